"""Gate G6: a deadline that a slow path can miss and a fast path can meet, and missing it changes which
endings can still be reached."""

from __future__ import annotations

from ...content.checks import successors
from ...engine.model import Scenario
from ...engine.rules import initial_state
from ..reach import transitions
from ..said import Said
from .bound import StaticBound
from .common import DEADLINES_NEEDED, FAIL, PASS, QUICK_STATES, SEARCH_BUDGET, UNKNOWN
from .projection import ProjectedSearch


def _leads_to(scenario: Scenario, node_id: str) -> set:
    """Nodes from which some path of nodes can arrive at `node_id` (ignoring conditions: a safe bound)."""
    diverts = {e.next for e in scenario.events.values() if e.next}
    back: dict = {}
    for source in scenario.nodes:
        for target in successors(scenario, source) | diverts:
            back.setdefault(target, set()).add(source)
    seen, todo = {node_id}, [node_id]
    while todo:
        for source in back.get(todo.pop(), ()):
            if source not in seen:
                seen.add(source)
                todo.append(source)
    return seen


def deadline_arms(scenario: Scenario, node_id: str, missed: str, bound: StaticBound, budget: int) -> tuple:
    """({ending: reachable?} for playthroughs that stand at `node_id` (met the deadline), the same for
    those that stand at `missed`, states searched). True: a path was found; False: none exists; None:
    not known. First one exact depth-first search over full states, each marked with the arms it is
    already on (a state is cut when neither arm it can still join has an ending left to find there);
    what it did not find within QUICK_STATES is then ruled out, where it can be, by the projection."""
    ids = [e.id for e in scenario.endings]
    leads = {"met": _leads_to(scenario, node_id), "missed": _leads_to(scenario, missed)}
    found = {"met": set(), "missed": set()}
    shape = bound.full_shape
    root = initial_state(scenario)
    stack = [(root, root.node == node_id, root.node == missed)]
    seen: set = set()
    cut = False
    while stack:
        state, met, late = stack.pop()
        key = (shape.key(state), met, late)
        if key in seen:
            continue
        seen.add(key)
        if len(seen) > min(budget, QUICK_STATES):
            cut = True
            break
        arms = [arm for arm, on in (("met", met), ("missed", late)) if on or state.node in leads[arm]]
        left = {ids[i] for i in bound.possible_endings(state)}
        if not any(left - found[arm] for arm in arms):
            continue
        for t in transitions(scenario, state):
            if t.state.ending is not None:
                if met:
                    found["met"].add(t.state.ending)
                if late:
                    found["missed"].add(t.state.ending)
                continue
            stack.append((t.state, met or t.state.node == node_id, late or t.state.node == missed))
    states = len(seen)
    answer = {arm: {e: True if e in found[arm] else (None if cut else False) for e in ids} for arm in found}
    if cut:
        for arm, via in (("met", node_id), ("missed", missed)):
            for i, ending_id in enumerate(ids):
                if answer[arm][ending_id] is None:
                    projection = ProjectedSearch(scenario, i, via=via)
                    if projection.reachable(budget) is False:
                        answer[arm][ending_id] = False
                    states += projection.states
    return answer["met"], answer["missed"], states


def gate_g6(scenario: Scenario, bound: StaticBound | None = None, budget: int = SEARCH_BUDGET) -> dict:
    """For every deadline: which endings a playthrough that meets it (stands at the node) and one that
    misses it (stands at its `missed` node) can still reach. It matters when both arms are reachable and
    some ending is reachable on one arm and provably not on the other."""
    deadlines = [(n.id, n.deadline.missed) for n in scenario.nodes.values() if n.deadline is not None]
    entry = {"deadlines": [], "problems": [], "states": 0}
    if not deadlines:
        entry["status"], entry["problems"] = FAIL, [Said("no deadline", "tidak ada tenggat")]
        return entry
    bound = bound or StaticBound(scenario)
    unknown = False
    for node_id, missed in deadlines:
        met, late, states = deadline_arms(scenario, node_id, missed, bound, budget)
        entry["states"] += states
        row = {
            "node": node_id,
            "missed": missed,
            "met_endings": sorted(e for e, ok in met.items() if ok),
            "missed_endings": sorted(e for e, ok in late.items() if ok),
            "unknown": sorted(
                {e for e, ok in met.items() if ok is None} | {e for e, ok in late.items() if ok is None}
            ),
        }
        row["met_reachable"], row["missed_reachable"] = bool(row["met_endings"]), bool(row["missed_endings"])
        differs = any({met[e], late[e]} == {True, False} for e in met)
        row["matters"] = bool(row["met_reachable"] and row["missed_reachable"] and differs)
        unknown = unknown or bool(row["unknown"])
        entry["deadlines"].append(row)
        if row["matters"]:
            break  # one is enough (DEADLINES_NEEDED); the others are not searched
    if sum(row["matters"] for row in entry["deadlines"]) >= DEADLINES_NEEDED:
        entry["status"] = PASS
    elif unknown:
        entry["status"] = UNKNOWN
        states = f"{entry['states']:,}"
        entry["problems"].append(
            Said(
                f"the searches ran out of room ({states} states) before a deadline was shown to matter",
                f"penelusuran kehabisan ruang ({entry['states']} keadaan) sebelum terlihat bahwa "
                "sebuah tenggat berpengaruh",
            )
        )
    else:
        entry["status"] = FAIL
        for row in entry["deadlines"]:
            if not row["met_reachable"]:
                entry["problems"].append(
                    Said(
                        f"no path meets the deadline at '{row['node']}'",
                        f"tidak ada jalur yang memenuhi tenggat di '{row['node']}'",
                    )
                )
            elif not row["missed_reachable"]:
                entry["problems"].append(
                    Said(
                        f"no path misses the deadline at '{row['node']}' (nothing reaches '{row['missed']}')",
                        f"tidak ada jalur yang melewatkan tenggat di '{row['node']}' (tidak ada yang mencapai "
                        f"'{row['missed']}')",
                    )
                )
            else:
                same = ", ".join(row["met_endings"])
                entry["problems"].append(
                    Said(
                        f"missing the deadline at '{row['node']}' leaves the same endings reachable ({same})",
                        f"melewatkan tenggat di '{row['node']}' menyisakan akhir cerita yang sama ({same})",
                    )
                )
    return entry
