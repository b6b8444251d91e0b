"""Exhaustive exploration of a scenario's state space, merging identical states.

Used for the competency bounds the 0-100 scores are scaled against, and by the
analysis package. Every available choice and every outcome of every chance
event is followed; states that differ only in what cannot influence the future
(history, causes, meters no condition reads) are merged, so a scenario whose
paths number in the billions is explored in time proportional to its distinct
states.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from .model import END, Choice, Scenario
from .rules import apply_choice, available_choices, initial_state
from .state import SessionState

DEFAULT_MAX_STATES = 200_000


@dataclass(frozen=True)
class Transition:
    choice: Choice
    probability: float
    state: SessionState  # after the decision; `state.ending` is set when it ended


def transitions(scenario: Scenario, state: SessionState) -> Iterator[Transition]:
    """Every (choice, chance outcome) from `state`, each with its probability."""
    for choice in available_choices(scenario, state):
        yield from _chance_outcomes(scenario, state, choice)


def _chance_outcomes(scenario: Scenario, state: SessionState, choice: Choice) -> Iterator[Transition]:
    prefixes = [()]
    while prefixes:
        prefix = prefixes.pop()
        answers: list = []
        probability = 1.0

        def draw(event, prefix=prefix):
            nonlocal probability
            i = len(answers)
            if i < len(prefix):
                answer = prefix[i]
            else:
                answer = True
                prefixes.append(tuple(answers) + (False,))
            answers.append(answer)
            probability *= event.probability if answer else 1.0 - event.probability
            return answer

        after = state.copy()
        after.history = []
        apply_choice(scenario, after, choice, draw)
        yield Transition(choice, probability, after)


@dataclass(frozen=True)
class Span:
    """The least and most a competency can still gain from a state."""

    low: float
    high: float


@dataclass
class Exploration:
    best: dict  # competency -> highest final value at any ending
    worst: dict
    endings: frozenset  # ending ids reachable
    states: int
    complete: bool  # False when the state limit cut the search


@dataclass(frozen=True)
class KeyShape:
    """What of a state can influence the future, so what two states must share to merge."""

    watched: tuple  # meter ids
    turn: bool
    day: bool

    @staticmethod
    def of(scenario: Scenario) -> "KeyShape":
        read = frozenset(_all_condition_names(scenario))
        return KeyShape(watched_meters(scenario, read), "turn" in read, bool(read & {"day", "month"}))

    def key(self, state: SessionState) -> tuple:
        return (
            state.node,
            tuple(state.meters[m] for m in self.watched),
            tuple(sorted(state.flags.items(), key=lambda kv: kv[0])),
            tuple(
                (p.event, None if p.due_turn is None else p.due_turn - state.turn,
                 None if p.due_day is None else p.due_day - state.day)
                for p in state.pending
            ),
            tuple(sorted(state.fired)),
            state.turn if self.turn else None,
            state.day if self.day else None,
        )


def _all_condition_names(scenario: Scenario) -> Iterator[str]:
    for node in scenario.nodes.values():
        for cond in [node.condition] + [line.condition for line in node.lines]:
            if cond is not None:
                yield from cond.names
        for choice in node.choices:
            for cond in [choice.condition] + [b.condition for b in choice.next]:
                if cond is not None:
                    yield from cond.names
    for event in scenario.events.values():
        if event.condition is not None:
            yield from event.condition.names
    for ending in scenario.endings:
        if ending.condition is not None:
            yield from ending.condition.names


def watched_meters(scenario: Scenario, read: frozenset) -> tuple:
    """Meters whose value can change what happens next (or clamps their gains)."""
    return tuple(
        m.id for m in scenario.meters.values()
        if m.id in read or (m.kind == "competency" and (m.min is not None or m.max is not None))
    )


def explore(scenario: Scenario, max_states: int = DEFAULT_MAX_STATES) -> Exploration:
    """Walk every reachable state once (iteratively: chains can be thousands deep)."""
    comps = scenario.competencies()
    shape = KeyShape.of(scenario)
    memo: dict = {}
    on_stack: set = set()
    root = initial_state(scenario)
    root_key = shape.key(root)
    stack = [_Frame(root_key, root, list(transitions(scenario, root)), comps)]
    on_stack.add(root_key)
    complete = True
    while stack:
        frame = stack[-1]
        if frame.i >= len(frame.children):
            stack.pop()
            on_stack.discard(frame.key)
            memo[frame.key] = frame.summary()
            if stack:
                stack[-1].absorb(stack[-1].pending_delta, memo[frame.key])
            continue
        child = frame.children[frame.i]
        frame.i += 1
        delta = {c: child.state.meters[c] - frame.state.meters[c] for c in comps}
        if child.state.ending is not None:
            frame.absorb(delta, ({c: Span(0, 0) for c in comps}, frozenset([child.state.ending])))
            continue
        key = shape.key(child.state)
        if key in memo:
            frame.absorb(delta, memo[key])
        elif key in on_stack:
            continue  # a loop back to a state on this path adds nothing new
        elif len(memo) + len(stack) >= max_states:
            complete = False
        else:
            frame.pending_delta = delta
            on_stack.add(key)
            stack.append(_Frame(key, child.state, list(transitions(scenario, child.state)), comps))
    spans, endings = memo[root_key]
    return Exploration(
        best={c: root.meters[c] + spans[c].high for c in comps if c in spans},
        worst={c: root.meters[c] + spans[c].low for c in comps if c in spans},
        endings=endings,
        states=len(memo),
        complete=complete,
    )


class _Frame:
    __slots__ = ("key", "state", "children", "i", "spans", "endings", "pending_delta", "comps")

    def __init__(self, key, state, children, comps):
        self.key, self.state, self.children, self.i = key, state, children, 0
        self.spans: dict = {}
        self.endings: set = set()
        self.pending_delta: dict = {}
        self.comps = comps

    def absorb(self, delta: dict, summary) -> None:
        spans, endings = summary
        if not endings:
            return  # a branch that never reaches an ending says nothing about scores
        self.endings |= endings
        for c in self.comps:
            if c not in spans:
                continue
            low, high = delta[c] + spans[c].low, delta[c] + spans[c].high
            old = self.spans.get(c)
            self.spans[c] = Span(min(low, old.low), max(high, old.high)) if old else Span(low, high)

    def summary(self):
        return dict(self.spans), frozenset(self.endings)
