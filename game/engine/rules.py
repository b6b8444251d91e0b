"""The rules of the game as pure functions over (scenario, state).

`apply_choice` is the one transition. Chance enters only through `draw`, a
callable that answers "does this event with probability p happen?": the
session answers from its seeded random source, the explorer answers every
way in turn. Both therefore follow exactly the same rules.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from .model import END, Choice, Effect, Event, Scenario, Text
from .state import Cause, Decision, Pending, SessionState

Draw = Callable[[Event], bool]


@dataclass(frozen=True)
class FiredEvent:
    id: str
    kind: str
    title: Text
    text: Text
    deltas: dict
    cause: Cause | None  # the decision that scheduled it; None for an obstacle
    turn: int
    day: int

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "deltas": dict(self.deltas),
            "cause": self.cause.to_dict() if self.cause else None,
            "turn": self.turn,
            "day": self.day,
        }


@dataclass(frozen=True)
class Outcome:
    choice: str
    feedback: Text
    insight: Text
    deltas: dict
    misconceptions: tuple
    events: tuple = ()
    days: int = 0
    ended: bool = False
    ending: str | None = None
    node: str = ""  # where the story stands after this decision
    meters: dict = field(default_factory=dict)


def available_choices(scenario: Scenario, state: SessionState) -> list[Choice]:
    node = scenario.nodes[state.node]
    return [c for c in node.choices if c.condition is None or c.condition.evaluate(state.lookup)]


def shown_choices(scenario: Scenario, state: SessionState, seed: int) -> list[Choice]:
    """The available choices in the order a player sees them: a shuffle fixed by the seed,
    the decision's number and the node, so a replay shows the same order; `fixed` options
    keep their authored place."""
    choices = available_choices(scenario, state)
    movable = [c for c in choices if not c.fixed]
    random.Random(f"{seed}:{state.turn}:{state.node}").shuffle(movable)
    order = iter(movable)
    return [c if c.fixed else next(order) for c in choices]


def initial_state(scenario: Scenario) -> SessionState:
    meters = {m.id: m.clamp(m.start) for m in scenario.meters.values()}
    state = SessionState(node=scenario.start, meters=meters)
    state.node = enter_node(scenario, state, scenario.start)
    return state


def enter_node(scenario: Scenario, state: SessionState, target: str) -> str:
    """Follow `if`/`otherwise` redirects from `target`; return the node to show."""
    seen = set()
    while target != END and target not in seen:
        seen.add(target)
        node = scenario.nodes[target]
        if node.deadline is not None and state.day > node.deadline.day:
            target = node.deadline.missed  # arrived too late
            continue
        if node.condition is None or node.condition.evaluate(state.lookup):
            return target
        target = node.otherwise or END
    return target


def apply_effects(scenario: Scenario, state: SessionState, effects, sets) -> dict:
    deltas: dict = {}
    for effect in effects:
        _apply_effect(scenario, state, effect, deltas)
    for flag in sets:
        state.flags[flag.flag] = flag.value
    return deltas


def _apply_effect(scenario: Scenario, state: SessionState, effect: Effect, deltas: dict) -> None:
    meter = scenario.meters[effect.meter]
    before = state.meters[effect.meter]
    after = meter.clamp(before + effect.delta)
    state.meters[effect.meter] = after
    if after != before:
        deltas[effect.meter] = deltas.get(effect.meter, 0) + (after - before)


def apply_choice(
    scenario: Scenario, state: SessionState, choice: Choice, draw: Draw, record: bool = True
) -> Outcome:
    """Play `choice` in `state` (mutated in place) and describe what happened.

    `record=False` skips the history entry (the explorer has no use for it).
    """
    node_id, cause = state.node, Cause(state.turn + 1, state.node, choice.id)
    deltas = apply_effects(scenario, state, choice.effects, choice.sets)
    state.day += choice.time.days
    state.turn += 1
    for item in choice.schedule:
        state.pending.append(_pending(item, cause, state))
    target = _branch(choice, state)
    fired = _fire_due(scenario, state, draw, flush=(target == END))
    if target != END:
        fired += _roll_obstacles(scenario, state, draw, target)
        divert = next((scenario.events[f.id].next for f in fired if scenario.events[f.id].next), None)
        target = enter_node(scenario, state, divert or target)
    if target == END or not available_choices(scenario, _at(state, target)):
        state.ending = choose_ending(scenario, state)
        target = END
    state.node = target
    if record:
        state.history.append(_record(node_id, choice, deltas, fired, state))
    return Outcome(
        choice=choice.id,
        feedback=choice.feedback,
        insight=choice.insight,
        deltas=deltas,
        misconceptions=choice.misconceptions,
        events=tuple(fired),
        days=choice.time.days,
        ended=state.ending is not None,
        ending=state.ending,
        node=target,
        meters=dict(state.meters),
    )


def _at(state: SessionState, node: str) -> SessionState:
    return SessionState(node=node, meters=state.meters, flags=state.flags, turn=state.turn, day=state.day)


def _pending(item, cause: Cause, state: SessionState) -> Pending:
    after = item.after
    return Pending(
        event=item.event,
        cause=cause,
        due_turn=state.turn + after.decisions if after.decisions else None,
        due_day=state.day + after.days if after.days or not after.decisions else None,
    )


def _branch(choice: Choice, state: SessionState) -> str:
    for branch in choice.next:
        if branch.condition is None or branch.condition.evaluate(state.lookup):
            return branch.target
    return choice.next[-1].target


def _fire_due(scenario: Scenario, state: SessionState, draw: Draw, flush: bool) -> list[FiredEvent]:
    """Fire pending events that are due; at the end, everything still pending.

    Flushing at the end is the epilogue: the months after the last decision,
    when slow change shows and shortcuts come due.
    """
    due = [p for p in state.pending if flush or p.is_due(state.turn, state.day)]
    state.pending = [p for p in state.pending if not any(p is d for d in due)]
    fired = []
    for pending in due:
        if flush and pending.due_day is not None:
            state.day = max(state.day, pending.due_day)
        event = scenario.events[pending.event]
        if _fires(event, state, draw):
            fired.append(_fire(scenario, state, event, pending.cause))
    return fired


def _roll_obstacles(scenario: Scenario, state: SessionState, draw: Draw, target: str) -> list[FiredEvent]:
    fired = []
    for event in scenario.events.values():
        if event.kind != "obstacle" or (event.once and event.id in state.fired):
            continue
        if event.at and target not in event.at:
            continue
        if _fires(event, state, draw):
            fired.append(_fire(scenario, state, event, None))
    return fired


def _fires(event: Event, state: SessionState, draw: Draw) -> bool:
    if event.condition is not None and not event.condition.evaluate(state.lookup):
        return False
    return event.probability >= 1 or (event.probability > 0 and draw(event))


def _fire(scenario: Scenario, state: SessionState, event: Event, cause: Cause | None) -> FiredEvent:
    deltas = apply_effects(scenario, state, event.effects, event.sets)
    if event.kind == "obstacle" and event.once and event.id not in state.fired:
        state.fired.append(event.id)  # only obstacles are rolled again; delayed events fire when scheduled
    return FiredEvent(event.id, event.kind, event.title, event.text, deltas, cause, state.turn, state.day)


def choose_ending(scenario: Scenario, state: SessionState) -> str:
    for ending in scenario.endings:
        if ending.condition is None or ending.condition.evaluate(state.lookup):
            return ending.id
    return scenario.endings[-1].id


def _record(node_id: str, choice: Choice, deltas: dict, fired: list, state: SessionState) -> Decision:
    return Decision(
        turn=state.turn,
        day=state.day,
        node=node_id,
        choice=choice.id,
        deltas=dict(deltas),
        misconceptions=tuple(choice.misconceptions),
        events=tuple(f.to_dict() for f in fired),
        meters=dict(state.meters),
    )
