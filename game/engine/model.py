"""Immutable scenario model: what a scenario *is*, never what a session did.

Every object carries a SourcePos so that a problem found later (by a check, by
analysis, by the engine) can point the trainer at the line that caused it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .conditions import Condition

LANGUAGES = ("id", "en")

DUTIES = ("needs_design", "team_coordination", "monitoring_evaluation", "partnerships")

MISCONCEPTIONS = ("solo_work", "quick_change", "aid_dependency")

COMPETENCIES = ("collaboration", "empathy")

METER_KINDS = ("competency", "world", "trust")
METER_DIRECTIONS = ("higher", "lower")
WEATHERS = ("clear", "cloudy", "rain", "dry")  # a location's or a node's weather; "" when not said

END = "END"  # the pseudo node a choice names to finish the session


@dataclass(frozen=True)
class SourcePos:
    file: str = "<memory>"
    line: int = 0
    col: int = 0
    # where the written value ends (a range for editors); not part of equality
    end_line: int = field(default=0, compare=False)
    end_col: int = field(default=0, compare=False)

    def __bool__(self) -> bool:
        return self.line > 0

    def or_else(self, other: SourcePos) -> SourcePos:
        return self if self else other

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


NOWHERE = SourcePos()


@dataclass(frozen=True)
class Text:
    """A player-facing string in both languages; a missing one falls back."""

    id: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        first, second = (self.en, self.id) if lang == "en" else (self.id, self.en)
        return first or second

    def __bool__(self) -> bool:
        return bool(self.id or self.en)


@dataclass(frozen=True)
class Character:
    id: str
    name: str
    role: Text
    portrait: str | None = None
    pos: SourcePos = NOWHERE
    portrait_pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class Location:
    id: str
    name: Text
    kind: str = ""
    background: str | None = None
    weather: str = ""  # one of WEATHERS; "" when the scenario does not say
    pos: SourcePos = NOWHERE
    background_pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class Meter:
    id: str
    label: Text
    kind: str = "world"  # competency | world | trust
    start: float = 0
    min: float | None = None  # None: unbounded (competencies by default)
    max: float | None = None
    stakeholder: str | None = None  # character id, for trust meters
    better: str = "higher"  # which way is good news: "higher" or "lower" (e.g. your own workload)
    description: Text = field(default_factory=Text)  # what it measures, said to the player (optional)
    pos: SourcePos = NOWHERE
    stakeholder_pos: SourcePos = NOWHERE

    def clamp(self, value: float) -> float:
        if self.min is not None and value < self.min:
            return self.min
        if self.max is not None and value > self.max:
            return self.max
        return value


@dataclass(frozen=True)
class Effect:
    """Add `delta` to a meter."""

    meter: str
    delta: float
    pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class FlagSet:
    flag: str
    value: bool | int | float | str
    pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class Duration:
    """Time as days, or as a count of decisions (for delayed events)."""

    days: int = 0
    decisions: int = 0
    pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class Schedule:
    """A choice's promise that `event` happens later."""

    event: str
    after: Duration
    pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class Branch:
    """One arm of a `next`: go to `target` when `condition` holds (None: always)."""

    target: str
    condition: Condition | None = None
    pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class Line:
    text: Text
    speaker: str | None = None  # character id; None is the narrator
    condition: Condition | None = None
    pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class Choice:
    id: str
    text: Text
    feedback: Text
    next: tuple[Branch, ...]
    effects: tuple[Effect, ...] = ()
    sets: tuple[FlagSet, ...] = ()
    misconceptions: tuple[str, ...] = ()
    insight: Text = Text()  # coaching: what a collaborative alternative looks like
    time: Duration = Duration()
    schedule: tuple[Schedule, ...] = ()
    condition: Condition | None = None
    fixed: bool = False  # keeps its authored place when the options are shuffled
    pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class Deadline:
    """Arriving at the node after story day `day` goes to `missed` instead."""

    day: int
    missed: str
    pos: SourcePos = NOWHERE
    missed_pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class Node:
    id: str
    lines: tuple[Line, ...]
    choices: tuple[Choice, ...]
    location: str | None = None
    condition: Condition | None = None  # on arrival; when false go to `otherwise`
    otherwise: str | None = None
    reflection: Text = Text()  # a free-text question asked at this node
    hint: Text = Text()  # what the coach says when the trainee asks (a question, never the answer)
    deadline: Deadline | None = None
    weather: str = ""  # overrides the location's weather at this node ("the road floods"); "" when not said
    pos: SourcePos = NOWHERE
    location_pos: SourcePos = NOWHERE
    otherwise_pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class Event:
    """Something the world does: a delayed consequence or an obstacle.

    Obstacles (kind == "obstacle") are rolled after every decision while their
    condition holds (and, with `at`, only on the way into those nodes).
    Delayed events fire only when a choice schedules them.
    """

    id: str
    kind: str  # delayed | obstacle
    title: Text
    text: Text
    effects: tuple[Effect, ...] = ()
    sets: tuple[FlagSet, ...] = ()
    condition: Condition | None = None
    probability: float = 1.0
    at: tuple[str, ...] = ()
    once: bool = True
    next: str | None = None  # divert the story to this node
    pos: SourcePos = NOWHERE
    at_pos: SourcePos = NOWHERE
    next_pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class Ending:
    id: str
    title: Text
    summary: Text
    debrief: tuple[Line, ...]  # questions; each may carry a condition on the path
    condition: Condition | None = None
    best: bool = False
    epilogue: tuple[Line, ...] = ()  # lines composed from the path, shown after the summary
    pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class Calendar:
    start: str = ""  # ISO date the story starts on; empty: count days only


@dataclass(frozen=True)
class Scenario:
    id: str
    format: int
    title: Text
    summary: Text
    duty: tuple[str, ...]
    minutes: int
    start: str
    characters: dict[str, Character]
    locations: dict[str, Location]
    meters: dict[str, Meter]
    nodes: dict[str, Node]
    events: dict[str, Event]
    endings: tuple[Ending, ...]
    calendar: Calendar = Calendar()
    source: str = "<memory>"
    content_hash: str = ""
    pos: SourcePos = NOWHERE
    flags: tuple[str, ...] = field(default=())  # every flag some choice or event sets
    start_pos: SourcePos = NOWHERE
    coach: str | None = None  # the character who answers "ask for a hint"
    coach_pos: SourcePos = NOWHERE
    pass_mark: float = 0.6  # the share of the best score that counts as passed (records, xAPI)

    def best_ending(self) -> Ending | None:
        """The ending marked `best: true`, else the first listed."""
        marked = [e for e in self.endings if e.best]
        return marked[0] if marked else (self.endings[0] if self.endings else None)

    def choice(self, node_id: str, choice_id: str) -> Choice | None:
        """The choice with this id at this node (None when the scenario no longer has it)."""
        node = self.nodes.get(node_id)
        return next((c for c in node.choices if c.id == choice_id), None) if node is not None else None

    def flag_sets(self) -> tuple:
        """Every FlagSet a choice or an event can perform."""
        sets = [f for node in self.nodes.values() for choice in node.choices for f in choice.sets]
        return tuple(sets + [f for event in self.events.values() for f in event.sets])

    def competencies(self) -> tuple[str, ...]:
        return tuple(m for m, meter in self.meters.items() if meter.kind == "competency")

    def ending(self, ending_id: str) -> Ending:
        for ending in self.endings:
            if ending.id == ending_id:
                return ending
        raise KeyError(ending_id)
