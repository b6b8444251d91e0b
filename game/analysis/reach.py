"""Exhaustive exploration of a scenario's state space, merging identical states.

Every available choice and every outcome of every chance event is followed.
States that differ only in what cannot influence the future (history, causes,
meters no condition reads) are merged, and each merged state is summarised
once: what can still happen from it (endings, their probability under random
play, competency gains, path counts and lengths). A scenario whose paths number
in the billions is therefore explored in time proportional to its distinct
states. Loops back to a state already on the current path add nothing (the
result says `cyclic`), and a state limit keeps the search bounded (`complete`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..engine.model import Choice, Scenario
from ..engine.rules import apply_choice, available_choices, initial_state
from ..engine.state import SessionState

DEFAULT_MAX_STATES = 200_000
DEFAULT_MAX_TRANSITIONS = 300_000  # each one plays a decision: the real cost (many chance events
# multiply them), and a count keeps a cut search reproducible
NEG = float("-inf")
POS = float("inf")


@dataclass(frozen=True)
class Transition:
    choice: Choice
    probability: float  # of this chance outcome, given the choice
    state: SessionState  # after the decision; `state.ending` is set when it ended
    events: tuple = ()  # ids of the events that fired


def transitions(scenario: Scenario, state: SessionState) -> Iterator[Transition]:
    """Every (choice, chance outcome) from `state`, each with its probability."""
    for choice in available_choices(scenario, state):
        yield from chance_outcomes(scenario, state, choice)


def chance_outcomes(scenario: Scenario, state: SessionState, choice: Choice) -> Iterator[Transition]:
    """Replays the choice once per combination of chance answers it asks for."""
    prefixes = [()]
    while prefixes:
        prefix = prefixes.pop()
        answers: list = []
        probability = 1.0

        def draw(event, prefix=prefix, answers=answers):
            nonlocal probability
            i = len(answers)
            answer = prefix[i] if i < len(prefix) else True
            if i >= len(prefix):
                prefixes.append(tuple(answers) + (False,))
            answers.append(answer)
            probability *= event.probability if answer else 1.0 - event.probability
            return answer

        after = state.copy()
        after.history = []
        outcome = apply_choice(scenario, after, choice, draw, record=False)
        yield Transition(choice, probability, after, tuple(e.id for e in outcome.events))


@dataclass
class EndingStat:
    """How an ending can still be reached from a state."""

    probability: float = 0.0  # under random play from here
    low: dict = field(default_factory=dict)  # competency -> least gain on the way
    high: dict = field(default_factory=dict)
    revealing: bool = False  # some path to it reveals a misconception
    clean: bool = False  # some path to it reveals none


@dataclass
class Summary:
    """What can still happen from one state, to the end."""

    endings: dict = field(default_factory=dict)  # ending id -> EndingStat
    paths: int = 0
    shortest: float = POS  # decisions
    longest: float = NEG
    high_clean: dict = field(default_factory=dict)  # best gain on paths revealing no misconception
    high_revealing: dict = field(default_factory=dict)  # best gain on paths revealing one
    tags: frozenset = frozenset()
    up: dict = field(default_factory=dict)  # meter -> most it can still rise (sum of raw increases)
    down: dict = field(default_factory=dict)  # meter -> most it can still fall (sum of raw decreases, <= 0)
    sets: frozenset = frozenset()  # (flag, value) pairs some path from here sets

    def best_gain(self, competency: str) -> float:
        return max(stat.high[competency] for stat in self.endings.values())

    def worst_gain(self, competency: str) -> float:
        return min(stat.low[competency] for stat in self.endings.values())


def _leaf(ending: str, comps) -> Summary:
    zero = {c: 0 for c in comps}
    return Summary(
        endings={ending: EndingStat(1.0, dict(zero), dict(zero), False, True)},
        paths=1,
        shortest=0,
        longest=0,
        high_clean=dict(zero),
        high_revealing={c: NEG for c in comps},
    )


@dataclass(frozen=True)
class Step:
    """What one edge does, as far as summaries care."""

    weight: float  # probability under random play
    delta: dict  # competency -> observed change
    tags: tuple  # misconceptions revealed
    raw: dict | None  # meter -> (sum of increases, sum of decreases), before clamping; None: untracked
    sets: frozenset  # (flag, value) pairs set


def step_of(scenario: Scenario, transition: Transition, weight: float, delta: dict, raw: bool = True) -> Step:
    if not raw:
        return Step(weight, delta, transition.choice.misconceptions, None, frozenset())
    effects = list(transition.choice.effects)
    sets = [(f.flag, f.value) for f in transition.choice.sets]
    for event_id in transition.events:
        effects += scenario.events[event_id].effects
        sets += [(f.flag, f.value) for f in scenario.events[event_id].sets]
    raw: dict = {}
    for effect in effects:
        up, down = raw.get(effect.meter, (0, 0))
        raw[effect.meter] = (up + max(0, effect.delta), down + min(0, effect.delta))
    return Step(weight, delta, transition.choice.misconceptions, raw, frozenset(sets))


def _absorb(into: Summary, child: Summary, step: Step, comps) -> None:
    """Add the paths `child` summarises, reached through one edge, to `into`."""
    if child.paths == 0:
        return
    weight, delta, tags = step.weight, step.delta, step.tags
    reveals = bool(tags)
    for eid, stat in child.endings.items():
        mine = into.endings.get(eid)
        low = {c: delta[c] + stat.low[c] for c in comps}
        high = {c: delta[c] + stat.high[c] for c in comps}
        if mine is None:
            into.endings[eid] = EndingStat(
                weight * stat.probability, low, high, stat.revealing or reveals, stat.clean and not reveals
            )
            continue
        mine.probability += weight * stat.probability
        mine.low = {c: min(mine.low[c], low[c]) for c in comps}
        mine.high = {c: max(mine.high[c], high[c]) for c in comps}
        mine.revealing = mine.revealing or stat.revealing or reveals
        mine.clean = mine.clean or (stat.clean and not reveals)
    into.paths += child.paths
    into.shortest = min(into.shortest, 1 + child.shortest)
    into.longest = max(into.longest, 1 + child.longest)
    for c in comps:
        clean = NEG if reveals else delta[c] + child.high_clean[c]
        revealing = delta[c] + (
            max(child.high_clean[c], child.high_revealing[c]) if reveals else child.high_revealing[c]
        )
        into.high_clean[c] = max(into.high_clean.get(c, NEG), clean)
        into.high_revealing[c] = max(into.high_revealing.get(c, NEG), revealing)
    into.tags = into.tags | frozenset(tags) | child.tags
    if step.raw is None:
        return  # not tracked in this exploration
    into.sets = into.sets | step.sets | child.sets
    for meter in set(child.up) | set(step.raw):
        up, down = step.raw.get(meter, (0, 0))
        into.up[meter] = max(into.up.get(meter, 0), up + child.up.get(meter, 0))
        into.down[meter] = min(into.down.get(meter, 0), down + child.down.get(meter, 0))


@dataclass
class Exploration:
    root: Summary
    start: dict  # competency -> value at the start
    states: int
    complete: bool  # False when the state limit cut the search
    cyclic: bool  # True when some path loops back to a state already on it
    choices_that_matter: set  # choice ids that, somewhere, lead somewhere no sibling leads
    choices_seen: set
    summaries: dict = field(default_factory=dict)  # state key -> Summary
    shape: KeyShape = None

    @property
    def best(self) -> dict:
        if not self.root.endings:
            return {}
        return {c: self.start[c] + self.root.best_gain(c) for c in self.start}

    @property
    def worst(self) -> dict:
        if not self.root.endings:
            return {}
        return {c: self.start[c] + self.root.worst_gain(c) for c in self.start}


@dataclass(frozen=True)
class KeyShape:
    """What of a state can influence the future, so what two states must share to merge.

    Scope "flow" keeps only what decides which choices, branches and events
    happen: enough for competency bounds, path counts and misconceptions, and
    far smaller than scope "all", which also keeps what endings are chosen by.
    """

    watched: tuple  # meter ids
    flags: frozenset  # flag names read; None: all flags
    turn: bool
    day: bool
    timeless: frozenset = frozenset()  # delayed events whose timing changes nothing this scope sees

    @staticmethod
    def of(scenario: Scenario, scope: str = "all") -> KeyShape:
        read = frozenset(condition_names(scenario, endings=(scope == "all")))
        watched = watched_meters(scenario, read)
        timeless = frozenset(_timeless_events(scenario, watched, read)) if scope == "flow" else frozenset()
        return KeyShape(watched, read, "turn" in read, bool(read & {"day", "month"}), timeless)

    def key(self, state: SessionState) -> tuple:
        return (
            state.node,
            tuple(state.meters[m] for m in self.watched),
            tuple(sorted((k, v) for k, v in state.flags.items() if k in self.flags)),
            tuple(
                (
                    p.event,
                    None if p.due_turn is None else p.due_turn - state.turn,
                    None if p.due_day is None else p.due_day - state.day,
                )
                for p in state.pending
                if p.event not in self.timeless
            ),
            tuple(sorted(p.event for p in state.pending if p.event in self.timeless)),
            tuple(sorted(state.fired)),
            state.turn if self.turn else None,
            state.day if self.day else None,
        )


def _timeless_events(scenario: Scenario, watched: tuple, read: frozenset) -> Iterator[str]:
    """Delayed events that, whenever they fire, do the same to what the flow scope tracks:
    no condition, no diversion, no flag anything reads, no meter whose value steers the story
    (unclamped sums commute, so when they land changes no total)."""
    for event in scenario.events.values():
        if event.kind != "delayed" or event.condition is not None or event.next:
            continue
        if any(f.flag in read for f in event.sets) or any(e.meter in watched for e in event.effects):
            continue
        yield event.id


def condition_names(scenario: Scenario, endings: bool = True) -> Iterator[str]:
    """Names read by the conditions that steer the story (with `endings`, also those that pick the
    ending or show a line)."""
    conds = []
    for node in scenario.nodes.values():
        conds.append(node.condition)
        for choice in node.choices:
            conds += [choice.condition] + [b.condition for b in choice.next]
    conds += [event.condition for event in scenario.events.values()]
    if endings:  # what picks the ending, and what shows in the story's lines
        conds += [ending.condition for ending in scenario.endings]
        conds += [line.condition for node in scenario.nodes.values() for line in node.lines]
    for cond in conds:
        if cond is not None:
            yield from cond.names
    if any(node.deadline for node in scenario.nodes.values()):
        yield "day"  # a deadline reads the calendar


def watched_meters(scenario: Scenario, read: frozenset) -> tuple:
    """Meters whose value can change what happens next (or clamps their gains)."""
    return tuple(
        m.id
        for m in scenario.meters.values()
        if m.id in read or (m.kind == "competency" and (m.min is not None or m.max is not None))
    )


class _Frame:
    __slots__ = ("key", "state", "edges", "i", "summary", "signatures", "pending")

    def __init__(self, key, state, edges):
        self.key, self.state, self.edges, self.i = key, state, edges, 0
        self.summary = Summary()
        self.signatures: dict = {}  # choice id -> what choosing it leads to
        self.pending = None  # the edge waiting for a child frame to finish


def explore(
    scenario: Scenario,
    max_states: int = DEFAULT_MAX_STATES,
    scope: str = "all",
    max_transitions: int = DEFAULT_MAX_TRANSITIONS,
) -> Exploration:
    """Summarise every reachable state once (iteratively: chains can be thousands deep).

    With scope "flow", endings are not told apart (all are reported as "*"). Past
    `max_states` states or `max_transitions` decisions played, nothing new is
    expanded and the result says it is not `complete`.
    """
    comps = scenario.competencies()
    shape = KeyShape.of(scenario, scope)
    memo: dict = {}
    on_stack: set = set()
    matter: set = set()
    seen: set = set()
    complete, cyclic = True, False
    played = 0
    root = initial_state(scenario)

    def frame_for(key, state):
        nonlocal played
        on_stack.add(key)
        edges = []
        choices = available_choices(scenario, state)
        for choice in choices:
            for t in chance_outcomes(scenario, state, choice):
                edges.append((t, t.probability / len(choices)))
        played += len(edges)
        return _Frame(key, state, edges)

    root_key = shape.key(root)
    stack = [frame_for(root_key, root)]
    while stack:
        frame = stack[-1]
        if frame.i >= len(frame.edges):
            stack.pop()
            on_stack.discard(frame.key)
            memo[frame.key] = frame.summary
            _note_choices(frame, matter, seen)
            if stack:
                parent = stack[-1]
                _absorb(parent.summary, frame.summary, parent.pending, comps)
            continue
        edge, weight = frame.edges[frame.i]
        frame.i += 1
        after = edge.state
        delta = {c: after.meters[c] - frame.state.meters[c] for c in comps}
        if after.ending is not None:
            ending = after.ending if scope == "all" else "*"
            target = ("END", ending)
            child = _leaf(ending, comps)
        else:
            target = shape.key(after)
            child = memo.get(target)
        frame.signatures.setdefault(edge.choice.id, []).append(
            (target, round(edge.probability, 12), tuple(sorted(delta.items())), edge.choice.misconceptions)
        )
        step = step_of(scenario, edge, weight, delta, raw=(scope == "flow"))
        if child is not None:
            _absorb(frame.summary, child, step, comps)
        elif target in on_stack:
            cyclic = True
        elif len(memo) + len(stack) >= max_states or played >= max_transitions:
            complete = False
        else:
            frame.pending = step
            stack.append(frame_for(target, after))
    return Exploration(
        root=memo[root_key],
        start={c: root.meters[c] for c in comps},
        states=len(memo),
        complete=complete,
        cyclic=cyclic,
        choices_that_matter=matter,
        choices_seen=seen,
        summaries=memo,
        shape=shape,
    )


def _note_choices(frame: _Frame, matter: set, seen: set) -> None:
    """A choice matters in a state when what it leads to differs from every sibling's."""
    signatures = {cid: tuple(sorted(sig, key=repr)) for cid, sig in frame.signatures.items()}
    seen.update(signatures)
    for cid, sig in signatures.items():
        if sum(1 for other in signatures.values() if other == sig) == 1:
            matter.add(cid)
