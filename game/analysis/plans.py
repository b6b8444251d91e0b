"""Running play-plans against their scenario, and saying where a failing one went astray."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..engine.model import Scenario
from ..engine.scoring import Bounds
from ..engine.session import Session


@dataclass(frozen=True)
class PlanResult:
    name: str
    passed: bool
    problems: tuple  # plain sentences
    transcript: tuple  # (step, node, choice id) actually played


def run_plan(scenario: Scenario, plan, bounds: Bounds) -> PlanResult:
    session = Session(scenario, seed=plan.seed, bounds=bounds)
    played, problems = [], []
    for step, wanted in enumerate(plan.choices, 1):
        if session.is_over:
            problems.append(
                f"step {step}: the scenario already ended (ending '{session.state.ending}') "
                f"but the plan still has {len(plan.choices) - step + 1} choice(s)"
            )
            break
        index = _index(session, wanted)
        if index is None:
            offered = ", ".join(f"{c.index + 1}={c.id}" for c in session.choices())
            problems.append(
                f"step {step}: the plan chooses {wanted!r}, but the story is at node "
                f"'{session.state.node}', which offers {offered}"
            )
            break
        node = session.state.node
        outcome = session.choose(index)
        played.append((step, node, outcome.choice))
    if not problems and not session.is_over:
        problems.append(
            f"the plan ended after {len(plan.choices)} choice(s) but the scenario goes on "
            f"(at node '{session.state.node}')"
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
        problems.append(f"expected ending '{expect.ending}', reached '{ending}'")
    if ending in expect.not_endings:
        problems.append(f"reached ending '{ending}', which this path must not reach")
    if expect.misconceptions is not None:
        found = Counter(f.tag for f in result.misconceptions)
        if set(found) != set(expect.misconceptions):
            problems.append(
                f"expected misconceptions {sorted(set(expect.misconceptions))}, revealed {sorted(found)}"
            )
    for comp, (low, high) in expect.scores.items():
        score = result.scores.get(comp)
        if score is None:
            problems.append(f"there is no competency '{comp}'")
        elif (low is not None and score < low) or (high is not None and score > high):
            problems.append(
                f"{comp} scored {score}, expected {low if low is not None else 0}.."
                f"{high if high is not None else 100}"
            )
    fired = {e["id"] for e in result.events}
    for event in expect.events:
        if event not in fired:
            problems.append(f"expected event '{event}' to happen; it did not")
    return problems
