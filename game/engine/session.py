"""The small pull API every front end drives: view, choose, is_over, result.

    session = Session(scenario, seed=7)
    while not session.is_over:
        view = session.view()          # lines, choices (in their shown order), meters, calendar
        outcome = session.choose(0)    # the first option shown: feedback, deltas, misconceptions, events
    result = session.result()

Options are shown in a shuffle fixed by the seed (see rules.shown_choices), so a
choice's number says nothing about it; `choose(i)` takes the i-th shown option
and each history record keeps the order that was shown. Every text a view,
outcome or result carries has its placeholders ({sapaan}, {tanggal}) filled.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass

from .model import END, Character, Location, Scenario, Text
from .rng import SplitMix64, from_mersenne
from .rules import Outcome, apply_choice, initial_state, shown_choices
from .scoring import Bounds, Result, build_result
from .state import OLDEST_LOADABLE_VERSION, STATE_VERSION, SaveError, SessionState
from .wording import ADDRESS_FORMS, Wording


class ChoiceError(ValueError):
    """A choice that cannot be made now (wrong number, or the session is over); str() is the English,
    `indonesian` the same in Bahasa Indonesia (for the trainer who gave it)."""

    def __init__(self, message: str, indonesian: str = ""):
        super().__init__(message)
        self.indonesian = indonesian or message

    def said(self, lang: str) -> str:
        return self.indonesian if lang == "id" else str(self)


@dataclass(frozen=True)
class ChoiceView:
    index: int  # 0-based position among the options as shown now
    id: str
    text: Text
    authored: int = 0  # 0-based place in the scenario file


@dataclass(frozen=True)
class LineView:
    speaker: Character | None
    text: Text


@dataclass(frozen=True)
class View:
    node: str
    location: Location | None
    lines: tuple
    choices: tuple
    meters: dict
    turn: int
    day: int
    date: str | None  # ISO date on the scenario's calendar, when it has one
    reflection: Text
    over: bool
    hint: Text = Text()  # what the coach says when asked; empty when the node has none
    coach: Character | None = None


class Session:
    def __init__(
        self,
        scenario: Scenario,
        seed: int = 0,
        rng: SplitMix64 | None = None,
        bounds: Bounds | None = None,
        address: str = "",
    ):
        if address not in ADDRESS_FORMS:
            raise ValueError(f"the form of address must be one of {ADDRESS_FORMS}, not {address!r}")
        self.scenario = scenario
        self.seed = seed
        self.rng = rng if rng is not None else SplitMix64.seeded(seed)
        self._bounds = bounds
        self.state: SessionState = initial_state(scenario)
        self.state.address = address

    # -- reading -------------------------------------------------------------
    @property
    def is_over(self) -> bool:
        return self.state.ending is not None or self.state.node == END

    def _shown(self) -> list:
        return [] if self.is_over else shown_choices(self.scenario, self.state, self.seed)

    def choices(self) -> tuple:
        if self.is_over:
            return ()
        node = self.scenario.nodes[self.state.node]
        wording = self.wording()
        return tuple(
            ChoiceView(i, c.id, wording.text(c.text), node.choices.index(c))
            for i, c in enumerate(self._shown())
        )

    def wording(self) -> Wording:
        """What {sapaan} and {tanggal} stand for now."""
        return Wording(self.state.address, self._today(), self.state.day)

    def render(self, text: Text) -> Text:
        """A scenario text with its placeholders filled for this session, now."""
        return self.wording().text(text)

    def view(self) -> View:
        state, scenario = self.state, self.scenario
        node = None if self.is_over else scenario.nodes[state.node]
        wording = self.wording()
        lines = (
            ()
            if node is None
            else tuple(
                LineView(
                    scenario.characters.get(line.speaker) if line.speaker else None, wording.text(line.text)
                )
                for line in node.lines
                if line.condition is None or line.condition.evaluate(state.lookup)
            )
        )
        return View(
            node=state.node,
            location=self._location(),
            lines=lines,
            choices=self.choices(),
            meters=dict(state.meters),
            turn=state.turn,
            day=state.day,
            date=self.date(),
            reflection=(wording.text(node.reflection) if node is not None else Text()),
            over=self.is_over,
            hint=(wording.text(node.hint) if node is not None else Text()),
            coach=scenario.characters.get(scenario.coach) if scenario.coach else None,
        )

    def date(self) -> str | None:
        today = self._today()
        return today.isoformat() if today else None

    def _today(self) -> datetime.date | None:
        if not self.scenario.calendar.start:
            return None
        try:
            return datetime.date.fromisoformat(self.scenario.calendar.start) + datetime.timedelta(
                days=self.state.day
            )
        except (ValueError, OverflowError):
            return None  # past the end of the calendar: show days only

    def _location(self) -> Location | None:
        """The node's location, or the last one the story was at."""
        nodes = [self.state.node] + [r.node for r in reversed(self.state.history)]
        for node_id in nodes:
            node = self.scenario.nodes.get(node_id)
            if node is not None and node.location:
                return self.scenario.locations.get(node.location)
        return None

    # -- acting --------------------------------------------------------------
    def choose(self, index: int) -> Outcome:
        if self.is_over:
            raise ChoiceError(
                "the session is over: there is nothing left to choose",
                "permainan sudah selesai: tidak ada lagi yang bisa dipilih",
            )
        shown = self._shown()
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(shown):
            number = index + 1 if isinstance(index, int) else repr(index)
            raise ChoiceError(
                f"choice {number} is not available here (choose 1 to {len(shown)})",
                f"pilihan {number} tidak tersedia di sini (pilih 1 sampai {len(shown)})",
            )
        outcome = apply_choice(self.scenario, self.state, shown[index], self._draw)
        self.state.history[-1] = dataclasses.replace(self.state.history[-1], shown=tuple(c.id for c in shown))
        return self._rendered(outcome)

    def _rendered(self, outcome: Outcome) -> Outcome:
        wording = self.wording()
        events = tuple(
            dataclasses.replace(e, title=wording.text(e.title), text=wording.text(e.text))
            for e in outcome.events
        )
        return dataclasses.replace(
            outcome,
            feedback=wording.text(outcome.feedback),
            insight=wording.text(outcome.insight),
            events=events,
        )

    def find(self, ref: str) -> ChoiceView | None:
        """An available option by its id, or by `node.N`: the N-th option written at this node (stable
        whatever order the options are shown in, and whether or not they carry ids of their own)."""
        choices = self.choices()
        found = next((c for c in choices if c.id == ref), None)
        node, _, number = ref.rpartition(".")
        if found is None and node == self.state.node and number.isascii() and number.isdigit():
            found = next((c for c in choices if c.authored == int(number) - 1), None)
        return found

    def choose_id(self, choice_id: str) -> Outcome:
        view = self.find(choice_id)
        if view is not None:
            return self.choose(view.index)
        raise ChoiceError(
            f"choice '{choice_id}' is not available at node '{self.state.node}'",
            f"pilihan '{choice_id}' tidak tersedia di node '{self.state.node}'",
        )

    def jump(self, node_id: str, values: dict | None = None) -> None:
        """Trainer preview: stand at `node_id` with some meters or flags set (nothing else changes)."""
        if node_id not in self.scenario.nodes:
            raise ChoiceError(f"there is no node '{node_id}'", f"tidak ada node '{node_id}'")
        for name, value in (values or {}).items():
            meter = self.scenario.meters.get(name)
            if meter is not None:
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ChoiceError(
                        f"meter '{name}' needs a number, not {value!r}",
                        f"meter '{name}' perlu angka, bukan {value!r}",
                    )
                self.state.meters[name] = meter.clamp(value)
            elif name in self.scenario.flags:
                self.state.flags[name] = value
            else:
                raise ChoiceError(
                    f"'{name}' is neither a meter nor a flag of this scenario",
                    f"'{name}' bukan meter maupun flag skenario ini",
                )
        self.state.node = node_id

    def reflect(self, answer: str) -> None:
        """Keep the trainee's free-text answer to the current node's reflection question."""
        self.state.reflections[self.state.node] = answer

    def _draw(self, event) -> bool:
        return self.rng.random() < event.probability

    # -- results -------------------------------------------------------------
    @property
    def bounds(self) -> Bounds | None:
        """The scale the scores use, as given (game.analysis.bounds finds it); None until then."""
        return self._bounds

    @bounds.setter
    def bounds(self, bounds: Bounds | None) -> None:
        self._bounds = bounds

    @property
    def has_bounds(self) -> bool:
        return self._bounds is not None

    def result(self) -> Result:
        """The result so far; without bounds its scores are empty and `result.scaled` is False."""
        result = build_result(self.scenario, self.state, self.seed, self._bounds)
        if result.ending is None:
            return result
        wording, lookup = self.wording(), self.state.lookup
        epilogue = tuple(
            LineView(
                self.scenario.characters.get(line.speaker) if line.speaker else None, wording.text(line.text)
            )
            for line in result.ending.epilogue
            if line.condition is None or line.condition.evaluate(lookup)
        )
        debrief = tuple(
            wording.text(q.text)
            for q in result.ending.debrief
            if q.condition is None or q.condition.evaluate(lookup)
        )
        return dataclasses.replace(
            result, summary=wording.text(result.ending.summary), epilogue=epilogue, debrief=debrief
        )

    # -- saving --------------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "version": STATE_VERSION,
            "scenario": self.scenario.id,
            "content_hash": self.scenario.content_hash,
            "seed": self.seed,
            "rng": self.rng.to_dict(),
            "state": self.state.to_dict(),
        }

    @classmethod
    def from_dict(cls, scenario: Scenario, data: dict, bounds: Bounds | None = None) -> Session:
        if not isinstance(data, dict):
            raise SaveError("the save is not a session (expected a JSON object)")
        version = data.get("version")
        if not isinstance(version, int) or not OLDEST_LOADABLE_VERSION <= version <= STATE_VERSION:
            raise SaveError(
                f"the save has version {version!r}; this game reads versions "
                f"{OLDEST_LOADABLE_VERSION} to {STATE_VERSION}"
            )
        if data.get("scenario") != scenario.id:
            raise SaveError(f"the save is for scenario '{data.get('scenario')}', not '{scenario.id}'")
        state = SessionState.from_dict(data.get("state"))
        _check_state_fits(scenario, state)
        seed = data.get("seed", 0)
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise SaveError(f"the save's seed {seed!r} is not a whole number")
        session = cls(scenario, seed=seed, bounds=bounds)
        session.state = state
        session.rng = (
            SplitMix64.from_dict(data.get("rng")) if version >= 3 else from_mersenne(data.get("rng"))
        )
        return session


def _check_state_fits(scenario: Scenario, state: SessionState) -> None:
    """A save made with an older version of the scenario may name things it no longer has."""
    if state.node != END and state.node not in scenario.nodes:
        raise SaveError(f"the save stands at node '{state.node}', which the scenario no longer has")
    missing = [m for m in scenario.meters if m not in state.meters]
    if missing:
        raise SaveError(f"the save has no value for meter(s) {', '.join(missing)}")
    unknown = [p.event for p in state.pending if p.event not in scenario.events]
    if unknown:
        raise SaveError(f"the save waits for event(s) the scenario no longer has: {', '.join(unknown)}")
