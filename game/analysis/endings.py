"""Endings of scenarios too large to enumerate: branch-and-bound searches.

The story's flow (which choices, branches and events happen) merges into few
states; what picks an ending (meters and flags only endings read) does not.
So the flow summaries bound what can still happen to every meter and flag from
any state, and a search over full states prunes every branch where the ending
sought can no longer hold (or can no longer beat the best score found). A
search that finds an ending returns the path as proof; one that exhausts the
pruned space proves the ending unreachable; one that runs out of budget says
it does not know.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine.conditions import Span, possible
from ..engine.model import Scenario
from ..engine.rules import initial_state
from ..engine.state import SessionState
from .reach import KeyShape, Summary, transitions

_NONE, _BOTH = frozenset(), frozenset([True, False])
DEFAULT_BUDGET = 20_000  # states expanded per search
DEFAULT_TOTAL = 150_000  # decisions played over all the searches of one EndingSearch


@dataclass(frozen=True)
class Found:
    reachable: bool | None  # None: the budget ran out first
    path: tuple = ()  # choice ids of a witness playthrough
    value: float | None = None  # for optimising searches: the best final value found
    exact: bool = True  # False when the budget cut an optimising search


class EndingSearch:
    def __init__(
        self,
        scenario: Scenario,
        flow: dict,
        flow_shape: KeyShape,
        budget: int = DEFAULT_BUDGET,
        total: int = DEFAULT_TOTAL,
    ):
        self.scenario, self.flow, self.flow_shape, self.budget = scenario, flow, flow_shape, budget
        self.remaining = total  # once spent, every further search answers "don't know"
        self.full_shape = KeyShape.of(scenario, "all")
        # what _may_end reads for ending i: the names of the conditions of endings 0..i; its answers by
        # the ranges of those names (many states share them, and `possible` is the search's main cost)
        self._read_upto = [
            sorted(
                {n for e in scenario.endings[: i + 1] if e.condition is not None for n in e.condition.names}
            )
            for i in range(len(scenario.endings))
        ]
        self._may_end_by_ranges: dict = {}
        self._flags_by_summary: dict = {}  # id(summary) -> flag -> values (the summaries live in `flow`)

    # -- bounds --------------------------------------------------------------------
    def _ranges(self, state: SessionState, summary: Summary | None):
        meters = self.scenario.meters
        flag_values = self._flag_values(summary)

        def lookup(name):
            meter = meters.get(name)
            if meter is not None:
                if summary is None:
                    return Span(
                        meter.min if meter.min is not None else float("-inf"),
                        meter.max if meter.max is not None else float("inf"),
                    )
                value = state.meters[name]
                return Span(
                    meter.clamp(value + summary.down.get(name, 0)),
                    meter.clamp(value + summary.up.get(name, 0)),
                )
            if name == "turn":
                if summary is None:
                    return Span(state.turn, float("inf"))
                return Span(state.turn + summary.shortest, state.turn + summary.longest)
            if name in ("day", "month"):
                return Span(state.day if name == "day" else state.day // 30, float("inf"))
            now = frozenset([state.flags.get(name, False)])
            return now | flag_values.get(name, _NONE) | (_BOTH if summary is None else _NONE)

        return lookup

    def _flag_values(self, summary: Summary | None) -> dict:
        """flag -> the values some path from a state with this summary sets (with no summary: every value
        some choice sets); computed once per summary."""
        key = id(summary)
        known = self._flags_by_summary.get(key)
        if known is None:
            values: dict = {}
            if summary is None:
                for f in self.scenario.flag_sets():
                    values.setdefault(f.flag, set()).add(f.value)
            else:
                for flag, value in summary.sets:
                    values.setdefault(flag, set()).add(value)
            known = {name: frozenset(v) for name, v in values.items()}
            self._flags_by_summary[key] = known
        return known

    def _may_end(self, ending_index: int, state: SessionState) -> bool:
        summary = self.flow.get(self.flow_shape.key(state))
        lookup = self._ranges(state, summary)
        key = (ending_index, tuple(lookup(name) for name in self._read_upto[ending_index]))
        answer = self._may_end_by_ranges.get(key)
        if answer is None:
            answer = self._may_end_by_ranges[key] = self._may_end_within(ending_index, lookup)
        return answer

    def _may_end_within(self, ending_index: int, lookup) -> bool:
        """Whether ending `ending_index` can still be the one played, the names ranging as `lookup` says."""
        ending = self.scenario.endings[ending_index]
        if ending.condition is not None and True not in possible(ending.condition, lookup):
            return False
        for earlier in self.scenario.endings[:ending_index]:
            if earlier.condition is None or False not in possible(earlier.condition, lookup):
                return False  # an earlier ending would always win
        return True

    # -- searches ------------------------------------------------------------------
    def reach(self, ending_index: int, mode: str = "any") -> Found:
        """Is ending number `ending_index` reachable? With a witness path when it is.

        mode "clean": by a path revealing no misconception; "revealing": by one revealing some.
        """
        return self._search(ending_index, None, mode)

    def extreme(self, ending_index: int, competency: str, sign: int) -> Found:
        """The highest (sign 1) or lowest (sign -1) final `competency` at this ending."""
        return self._search(ending_index, (competency, sign), "any")

    def _search(self, ending_index: int, objective, mode: str) -> Found:
        target = self.scenario.endings[ending_index].id
        root = initial_state(self.scenario)
        best_at: dict = {}  # full key -> best objective value on arrival
        stack = [(root, (), False)]
        expanded, best, best_path, cut = 0, None, (), False
        while stack:
            state, path, revealed = stack.pop()
            if not self._may_end(ending_index, state) or self._hopeless(state, objective, best):
                continue
            key = (self.full_shape.key(state), revealed)
            score = self._value(state, objective)
            if key in best_at and (objective is None or best_at[key] >= score):
                continue
            best_at[key] = score
            expanded += 1
            if expanded > self.budget or self.remaining <= 0:
                cut = True
                break
            outcomes = list(transitions(self.scenario, state))
            self.remaining -= len(outcomes)
            for t in outcomes:
                reveals = revealed or bool(t.choice.misconceptions)
                if mode == "clean" and reveals:
                    continue
                if t.state.ending is not None:
                    if t.state.ending == target and (mode != "revealing" or reveals):
                        value = self._value(t.state, objective)
                        if objective is None:
                            return Found(True, path + (t.choice.id,))
                        if best is None or value > best:
                            best, best_path = value, path + (t.choice.id,)
                    continue
                stack.append((t.state, path + (t.choice.id,), reveals))
        if best is not None:
            return Found(True, best_path, best * objective[1], exact=not cut)
        return Found(None if cut else False)

    def _value(self, state: SessionState, objective) -> float:
        if objective is None:
            return 0
        competency, sign = objective
        return sign * state.meters[competency]

    def _hopeless(self, state: SessionState, objective, best) -> bool:
        if objective is None or best is None:
            return False
        summary = self.flow.get(self.flow_shape.key(state))
        if summary is None or not summary.endings:
            return False
        competency, sign = objective
        gain = summary.best_gain(competency) if sign > 0 else -summary.worst_gain(competency)
        return sign * state.meters[competency] + gain <= best
