"""Gates G2-G5: two misconceptions never reach the best ending (a search), the longest option is rarely
the untagged one, collaboration and empathy effects move apart, decisions branch to different scenes."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ...engine.model import Scenario
from ...engine.rules import initial_state
from ..reach import transitions
from ..said import Said
from .bound import StaticBound, _endings_up_to, search_shape
from .common import (
    BRANCHES_NEEDED,
    CORRELATION_AIM,
    CORRELATION_LIMIT,
    FAIL,
    LONGEST_LIMIT,
    PASS,
    SEARCH_BUDGET,
    UNKNOWN,
    best_ending,
)
from .projection import ProjectedSearch


# -- G2: two misconceptions never reach the best ending ---------------------------------------------
@dataclass
class SearchResult:
    status: str  # PASS: no such path; FAIL: `path` is one; UNKNOWN: the budget ran out
    states: int
    path: tuple = ()
    tagged: tuple = ()  # the tagged choices on `path`
    method: str = "exact"  # or "projection": proven on ProjectedSearch


def exact_misconception_search(
    scenario: Scenario, needed: int = 2, budget: int = SEARCH_BUDGET, bound: StaticBound | None = None
) -> SearchResult:
    """Depth-first over full states (search_shape: everything a condition, a branch or the endings up
    to the best one read), each with the count of tagged choices so far, capped at `needed`. A state
    already searched with a count at least as high needs no second visit: every path from it that
    reaches the best ending would have counted at least as many. Every chance outcome counts as
    possible. States from which the best ending can no longer hold, or too few tagged choices remain,
    are cut (StaticBound); tagged choices are tried first, so a path that breaks the gate is found early."""
    target = best_ending(scenario).id
    index = next(i for i, e in enumerate(scenario.endings) if e.id == target)
    bound = bound or StaticBound(scenario, search_shape(scenario, _endings_up_to(scenario, target)))
    shape = bound.full_shape
    searched: dict = {}  # full key -> highest count it was searched with
    stack = [(initial_state(scenario), 0, ())]
    while stack:
        state, count, path = stack.pop()
        key = shape.key(state)
        if searched.get(key, -1) >= count:
            continue
        searched[key] = count
        if len(searched) > budget:
            return SearchResult(UNKNOWN, len(searched))
        if count + bound.tagged_ahead(state.node) < needed or index not in bound.possible_endings(state):
            continue
        later = []
        for t in transitions(scenario, state):
            tagged = min(needed, count + (1 if t.choice.misconceptions else 0))
            step = path + (t.choice.id,)
            if t.state.ending is not None:
                if t.state.ending == target and tagged >= needed:
                    return SearchResult(FAIL, len(searched), step, _tagged_on(scenario, step))
                continue
            (later if t.choice.misconceptions else stack).append((t.state, tagged, step))
        stack += later  # popped first
    return SearchResult(PASS, len(searched))


def misconception_search(scenario: Scenario, needed: int = 2, budget: int = SEARCH_BUDGET) -> SearchResult:
    """Is there a playthrough with >= `needed` misconception-tagged choices that ends at the best ending?

    First the projection (ProjectedSearch: a proof when it says no); when it finds a path there, the
    exact search (tagged choices first) looks for a real one, over the whole budget."""
    index = next(i for i, e in enumerate(scenario.endings) if e.id == best_ending(scenario).id)
    projection = ProjectedSearch(scenario, index, needed=needed)
    if projection.reachable(budget) is False:
        return SearchResult(PASS, projection.states, method="projection")
    full = exact_misconception_search(scenario, needed, budget=budget)
    full.states += projection.states
    return full


def _tagged_on(scenario: Scenario, path: tuple) -> tuple:
    tags = {c.id: c.misconceptions for n in scenario.nodes.values() for c in n.choices}
    return tuple(f"{cid} ({', '.join(tags[cid])})" for cid in path if tags.get(cid))


def gate_g2(found: SearchResult) -> dict:
    entry = {"status": found.status, "states": found.states, "method": found.method}
    if found.status == FAIL:
        entry["path"] = list(found.path)
        entry["tagged"] = list(found.tagged)
        count, tags = len(found.tagged), ", ".join(found.tagged)
        entry["problems"] = [
            Said(
                f"a path with {count} misconception-tagged choices reaches the best ending: {tags}",
                f"sebuah jalur dengan {count} pilihan bertanda miskonsepsi mencapai akhir terbaik: {tags}",
            )
        ]
    elif found.status == UNKNOWN:
        states = f"{found.states:,}"
        entry["problems"] = [
            Said(
                f"the search stopped after {states} states without an answer",
                f"penelusuran berhenti setelah {found.states} keadaan tanpa jawaban",
            )
        ]
    else:
        entry["problems"] = []
    return entry


# -- G3: the longest option is rarely the untagged one ----------------------------------------------
def decisions(scenario: Scenario) -> list:
    """Nodes with two or more options."""
    return [n for n in scenario.nodes.values() if len(n.choices) >= 2]


def longest_is_untagged(node, lang: str) -> bool:
    lengths = [len(c.text.get(lang)) for c in node.choices]
    top = max(lengths)
    return any(not c.misconceptions and n == top for c, n in zip(node.choices, lengths))


def gate_g3(scenario: Scenario) -> dict:
    nodes = decisions(scenario)
    entry = {"decisions": len(nodes), "problems": []}
    for lang in ("id", "en"):
        hits = [n.id for n in nodes if longest_is_untagged(n, lang)]
        share = len(hits) / len(nodes) if nodes else 0.0
        entry[lang] = {"untagged_longest": len(hits), "share": round(share, 4), "nodes": hits}
        if share > LONGEST_LIMIT:
            shown, limit = f"{share:.0%}", f"{LONGEST_LIMIT:.0%}"
            entry["problems"].append(
                Said(
                    f"the longest option ({lang}) is untagged at {len(hits)} of {len(nodes)} "
                    f"decisions ({shown}, limit {limit})",
                    f"opsi terpanjang ({lang}) tanpa tanda di {len(hits)} dari {len(nodes)} "
                    f"keputusan ({shown}, batas {limit})",
                )
            )
    entry["status"] = FAIL if entry["problems"] else PASS
    return entry


# -- G4: collaboration and empathy move apart -------------------------------------------------------
def effect_pairs(scenario: Scenario) -> list:
    """(collaboration delta, empathy delta) of every choice (0 where it does not touch one)."""
    pairs = []
    for node in scenario.nodes.values():
        for choice in node.choices:
            total = {"collaboration": 0.0, "empathy": 0.0}
            for effect in choice.effects:
                if effect.meter in total:
                    total[effect.meter] += effect.delta
            pairs.append((total["collaboration"], total["empathy"]))
    return pairs


def correlation(pairs) -> float | None:
    """Pearson's r; None when either side never varies."""
    n = len(pairs)
    if n < 2:
        return None
    mx = sum(p[0] for p in pairs) / n
    my = sum(p[1] for p in pairs) / n
    sxx = sum((p[0] - mx) ** 2 for p in pairs)
    syy = sum((p[1] - my) ** 2 for p in pairs)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((p[0] - mx) * (p[1] - my) for p in pairs)
    return sxy / math.sqrt(sxx * syy)


def gate_g4(scenario: Scenario) -> dict:
    pairs = effect_pairs(scenario)
    r = correlation(pairs)
    entry = {
        "r": None if r is None else round(r, 3),
        "choices": len(pairs),
        "limit": CORRELATION_LIMIT,
        "aim": CORRELATION_AIM,
    }
    if r is None:
        entry["status"], entry["problems"] = (
            FAIL,
            [
                Said(
                    "collaboration or empathy never changes, so r is undefined",
                    "kolaborasi atau empati tidak pernah berubah, jadi r tidak terdefinisi",
                )
            ],
        )
    elif r >= CORRELATION_LIMIT:
        entry["status"], entry["problems"] = (
            FAIL,
            [
                Said(
                    f"r = {r:.2f} (limit {CORRELATION_LIMIT}, aim below {CORRELATION_AIM})",
                    f"r = {r:.2f} (batas {CORRELATION_LIMIT}, sasaran di bawah {CORRELATION_AIM})",
                )
            ],
        )
    else:
        entry["status"], entry["problems"] = PASS, []
    return entry


# -- G5: real branches ------------------------------------------------------------------------------
def branching_decisions(scenario: Scenario) -> list:
    """Decisions whose options do not all lead to the same next node(s)."""
    found = []
    for node in decisions(scenario):
        targets = {frozenset(b.target for b in c.next) for c in node.choices}
        if len(targets) >= 2:
            found.append(node.id)
    return found


def gate_g5(scenario: Scenario) -> dict:
    nodes = branching_decisions(scenario)
    problems = (
        []
        if len(nodes) >= BRANCHES_NEEDED
        else [
            Said(
                f"{len(nodes)} decision(s) lead to different next nodes (at least {BRANCHES_NEEDED} needed)",
                f"{len(nodes)} keputusan menuju simpul berikut yang berbeda (perlu paling sedikit {BRANCHES_NEEDED})",
            )
        ]
    )
    return {
        "status": FAIL if problems else PASS,
        "branching": len(nodes),
        "nodes": nodes,
        "problems": problems,
    }
