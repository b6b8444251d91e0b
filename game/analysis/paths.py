"""`analyze`: what every path through a scenario can lead to, as plain data."""

from __future__ import annotations

import math
import random

from ..engine.model import Scenario
from ..engine.session import Session
from .endings import DEFAULT_BUDGET, DEFAULT_TOTAL, EndingSearch
from .reach import DEFAULT_MAX_STATES, NEG, explore

FULL_SCOPE_STATES = 10_000  # beyond this, endings are found by search and sampling
FULL_SCOPE_TRANSITIONS = 100_000
SAMPLES = 2000
EXTREME_BUDGET = 4000  # states per min/max search; past it the range is marked approximate
EXTREME_TOTAL = 100_000  # decisions over all the min/max searches


def _number(value):
    if value is None or value in (NEG, math.inf):
        return None
    return int(value) if float(value).is_integer() else round(value, 6)


def analyze(scenario: Scenario, max_states: int = DEFAULT_MAX_STATES, samples: int = SAMPLES) -> dict:
    """Paths, bounds and misconceptions exactly (the story's flow merges well);
    endings exactly when the full state space is small enough, else by sampling.

    `max_states` bounds every part: the explorations, each ending search (states expanded, decisions
    played) and the random playthroughs (decisions played), so a small one gives a quick answer whose
    figures say they were cut (`complete`, unknown reachability, approximate ranges, fewer samples)."""
    found = explore(scenario, max_states, scope="flow")
    root, start = found.root, found.start
    comps = list(start)
    # every state the flow tells apart, the full scope does too: past the limit already, it cannot finish
    full_limit = min(max_states, FULL_SCOPE_STATES)
    full = (
        explore(scenario, full_limit, scope="all", max_transitions=FULL_SCOPE_TRANSITIONS)
        if found.states <= full_limit
        else None
    )
    if full is not None and full.complete:
        endings, exact = _exact_endings(scenario, full, comps), True
    else:
        endings, samples = _searched_endings(scenario, found, comps, samples, max_states)
        exact = False
    claimed = sorted({t for n in scenario.nodes.values() for c in n.choices for t in c.misconceptions})
    return {
        "scenario": scenario.id,
        "complete": found.complete,
        "endings_exact": exact,
        "endings_samples": 0 if exact else samples,
        "cyclic": found.cyclic,
        "states": found.states,
        "max_states": max_states,
        "endings": endings,
        "misconceptions_claimed": claimed,
        "misconceptions_reachable": sorted(root.tags),
        "paths": {
            "count": root.paths,
            "shortest": _number(root.shortest),
            "longest": _number(root.longest),
        },
        "best": {c: _number(v) for c, v in found.best.items()},
        "worst": {c: _number(v) for c, v in found.worst.items()},
        "best_while_revealing": {
            c: _number(start[c] + root.high_revealing[c])
            for c in comps
            if root.high_revealing.get(c, NEG) > NEG
        },
        "choices_never_matter": sorted(_never_matter(full if full is not None and full.complete else found)),
        "choices_never_available": sorted(
            {c.id for n in scenario.nodes.values() for c in n.choices} - found.choices_seen
        ),
    }


def _never_matter(exploration) -> set:
    """Choices that, wherever they are offered, lead exactly where a sibling leads."""
    return exploration.choices_seen - exploration.choices_that_matter


def _ending_entry(ending_id, reachable, probability, spans, revealing, clean) -> dict:
    return {
        "id": ending_id,
        "reachable": reachable,
        "probability": round(probability, 6),
        "competencies": spans,
        "reachable_revealing_misconceptions": revealing,
        "reachable_without_misconceptions": clean,
    }


def _exact_endings(scenario: Scenario, full, comps) -> list:
    start, result = full.start, []
    for ending in scenario.endings:
        stat = full.root.endings.get(ending.id)
        spans = {
            c: {"min": _number(start[c] + stat.low[c]), "max": _number(start[c] + stat.high[c])}
            if stat
            else {"min": None, "max": None}
            for c in comps
        }
        result.append(
            _ending_entry(
                ending.id,
                stat is not None,
                stat.probability if stat else 0.0,
                spans,
                bool(stat and stat.revealing),
                bool(stat and stat.clean),
            )
        )
    return result


def _searched_endings(scenario: Scenario, flow, comps, samples: int, max_states: int) -> tuple:
    """Reachability and score ranges by branch-and-bound search; probability by random play; each
    within `max_states`. Returns the entries and how many playthroughs were sampled."""
    usable = flow.summaries if flow.complete and not flow.cyclic else {}
    search = EndingSearch(
        scenario,
        usable,
        flow.shape,
        budget=min(DEFAULT_BUDGET, max_states),
        total=min(DEFAULT_TOTAL, max_states),
    )
    extremes = EndingSearch(
        scenario,
        usable,
        flow.shape,
        budget=min(EXTREME_BUDGET, max_states),
        total=min(EXTREME_TOTAL, max_states),
    )
    runs = _random_runs(scenario, comps, samples, max_states)
    samples = len(runs)
    result = []
    for index, ending in enumerate(scenario.endings):
        mine = [r for r in runs if r[0] == ending.id]
        found = search.reach(index)
        spans = {}
        for c in comps:
            spans[c] = {"min": None, "max": None}
            if found.reachable:
                low, high = extremes.extreme(index, c, -1), extremes.extreme(index, c, 1)
                spans[c] = {"min": _number(low.value), "max": _number(high.value)}
                if not (low.exact and high.exact):
                    spans[c]["approximate"] = True
        reachable = True if mine else found.reachable
        revealing = any(r[2] for r in mine) or bool(reachable and search.reach(index, "revealing").reachable)
        clean = any(not r[2] for r in mine) or bool(reachable and search.reach(index, "clean").reachable)
        entry = _ending_entry(
            ending.id, reachable, len(mine) / samples if samples else 0.0, spans, revealing, clean
        )
        entry["probability_estimated"] = True
        if found.path:
            entry["example_path"] = list(found.path)
        result.append(entry)
    return result, samples


def _random_runs(scenario: Scenario, comps, samples: int, max_decisions: int) -> list:
    """(ending, final competencies, revealed a misconception) for up to `samples` random playthroughs,
    stopping when `max_decisions` decisions have been played (an unfinished playthrough is not kept)."""
    chooser, runs, played = random.Random(0), [], 0
    for seed in range(samples):
        session = Session(scenario, seed=seed)  # reads endings and meters, never scores
        revealed = False
        while not session.is_over and played < max_decisions:
            outcome = session.choose(chooser.randrange(len(session.choices())))
            revealed = revealed or bool(outcome.misconceptions)
            played += 1
        if not session.is_over:
            break
        runs.append((session.state.ending, {c: session.state.meters[c] for c in comps}, revealed))
    return runs
