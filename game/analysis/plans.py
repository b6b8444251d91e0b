"""Running play-plans against their scenario, and saying where a failing one went astray."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..engine.model import Scenario
from ..engine.scoring import Bounds
from ..engine.session import Session
from .said import Said


@dataclass(frozen=True)
class PlanResult:
    name: str
    passed: bool
    problems: tuple  # plain sentences (Said: English, with .indonesian)
    transcript: tuple  # (step, node, choice id) actually played


def run_plan(scenario: Scenario, plan, bounds: Bounds) -> PlanResult:
    session = Session(scenario, seed=plan.seed, bounds=bounds)
    played, problems = [], []
    for step, wanted in enumerate(plan.choices, 1):
        if session.is_over:
            left, ending = len(plan.choices) - step + 1, session.state.ending
            problems.append(
                Said(
                    f"step {step}: the scenario already ended (ending '{ending}') "
                    f"but the plan still has {left} choice(s)",
                    f"langkah {step}: skenario sudah berakhir (akhir '{ending}') "
                    f"tetapi rencananya masih punya {left} pilihan",
                )
            )
            break
        index = _index(session, wanted)
        if index is None:
            offered = ", ".join(f"{c.index + 1}={c.id}" for c in session.choices())
            node = session.state.node
            problems.append(
                Said(
                    f"step {step}: the plan chooses {wanted!r}, but the story is at node '{node}', "
                    f"which offers {offered}",
                    f"langkah {step}: rencananya memilih {wanted!r}, tetapi cerita ada di node '{node}', "
                    f"yang menawarkan {offered}",
                )
            )
            break
        node = session.state.node
        outcome = session.choose(index)
        played.append((step, node, outcome.choice))
    if not problems and not session.is_over:
        count, node = len(plan.choices), session.state.node
        problems.append(
            Said(
                f"the plan ended after {count} choice(s) but the scenario goes on (at node '{node}')",
                f"rencananya selesai setelah {count} pilihan tetapi skenarionya berlanjut (di node '{node}')",
            )
        )
    if session.is_over:
        problems += _compare(plan.expect, session.result())
    return PlanResult(plan.name, not problems, tuple(problems), tuple(played))


def _index(session: Session, wanted):
    if isinstance(wanted, int):
        return wanted - 1 if 1 <= wanted <= len(session.choices()) else None
    found = session.find(wanted)
    return found.index if found is not None else None


def _compare(expect, result) -> list:
    problems = []
    ending = result.ending.id if result.ending else None
    if expect.ending is not None and ending != expect.ending:
        problems.append(
            Said(
                f"expected ending '{expect.ending}', reached '{ending}'",
                f"akhir yang diharapkan '{expect.ending}', yang tercapai '{ending}'",
            )
        )
    if ending in expect.not_endings:
        problems.append(
            Said(
                f"reached ending '{ending}', which this path must not reach",
                f"tercapai akhir '{ending}', yang tidak boleh dicapai jalur ini",
            )
        )
    if expect.misconceptions is not None:
        found = Counter(f.tag for f in result.misconceptions)
        if set(found) != set(expect.misconceptions):
            wanted, shown = sorted(set(expect.misconceptions)), sorted(found)
            problems.append(
                Said(
                    f"expected misconceptions {wanted}, revealed {shown}",
                    f"miskonsepsi yang diharapkan {wanted}, yang muncul {shown}",
                )
            )
    for comp, (low, high) in expect.scores.items():
        score = result.scores.get(comp)
        if score is None:
            problems.append(Said(f"there is no competency '{comp}'", f"tidak ada kompetensi '{comp}'"))
        elif (low is not None and score < low) or (high is not None and score > high):
            span = f"{low if low is not None else 0}..{high if high is not None else 100}"
            problems.append(
                Said(
                    f"{comp} scored {score}, expected {span}", f"skor {comp} {score}, yang diharapkan {span}"
                )
            )
    fired = {e["id"] for e in result.events}
    for event in expect.events:
        if event not in fired:
            problems.append(
                Said(
                    f"expected event '{event}' to happen; it did not",
                    f"kejadian '{event}' diharapkan terjadi, tetapi tidak terjadi",
                )
            )
    return problems
