"""Competency scores, misconception findings and the session result."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Ending, Scenario, Text
from .state import SessionState


@dataclass(frozen=True)
class Bounds:
    """The worst and best final value of each competency over all playthroughs.

    An input to the session, never found by it: game.analysis.bounds.score_bounds explores the
    scenario (and caches the answer by content digest)."""

    best: dict
    worst: dict
    complete: bool = True

    def to_dict(self) -> dict:
        return {"best": dict(self.best), "worst": dict(self.worst), "complete": self.complete}

    @staticmethod
    def from_dict(data: dict) -> Bounds:
        def numbers(part):
            return {
                str(k): v
                for k, v in data[part].items()
                if isinstance(v, (int, float)) and not isinstance(v, bool)
            }

        return Bounds(numbers("best"), numbers("worst"), bool(data.get("complete", False)))


def scale(value: float, worst: float, best: float) -> int:
    """0 is the worst achievable in this scenario, 100 the best."""
    if best <= worst:
        return 100 if value >= best else 0
    return max(0, min(100, round(100 * (value - worst) / (best - worst))))


@dataclass(frozen=True)
class Finding:
    """A misconception revealed, and the decision that revealed it."""

    tag: str
    turn: int
    node: str
    choice: str

    def to_dict(self) -> dict:
        return {"tag": self.tag, "turn": self.turn, "node": self.node, "choice": self.choice}


@dataclass(frozen=True)
class Result:
    scenario: str
    seed: int
    ending: Ending | None
    scores: dict  # competency -> 0..100
    raw: dict  # competency -> final meter value
    misconceptions: tuple  # Finding
    path: tuple  # choice ids in order
    meters: dict
    days: int
    events: tuple = ()  # every fired event record, with its cause
    reflections: dict = field(default_factory=dict)
    bounds: Bounds | None = None  # None: no scale was given, so `scores` is empty (see `scaled`)
    # composed for this path (Session.result fills them): the ending's summary, the epilogue lines
    # whose conditions held (LineView), and the debrief questions that fit the choices made (Text)
    summary: Text | None = None
    epilogue: tuple = ()
    debrief: tuple = ()
    shown: tuple = ()  # per decision, the choice ids in the order the player saw them

    @property
    def scaled(self) -> bool:
        """True when the scores are on the scenario's 0-100 scale; False when no bounds were given."""
        return self.bounds is not None

    def to_dict(self) -> dict:
        return {
            "scenario": self.scenario,
            "seed": self.seed,
            "ending": self.ending.id if self.ending else None,
            "scores": dict(self.scores),
            "scaled": self.scaled,
            "raw": dict(self.raw),
            "misconceptions": [f.to_dict() for f in self.misconceptions],
            "path": list(self.path),
            "meters": dict(self.meters),
            "days": self.days,
            "events": list(self.events),
            "reflections": dict(self.reflections),
            "bounds": self.bounds.to_dict() if self.bounds else None,
            "epilogue": [
                {"speaker": line.speaker.id if line.speaker else None, "id": line.text.id, "en": line.text.en}
                for line in self.epilogue
            ],
            "debrief": [{"id": q.id, "en": q.en} for q in self.debrief],
            "shown": [list(order) for order in self.shown],
        }


def findings(state: SessionState) -> tuple:
    return tuple(
        Finding(tag, record.turn, record.node, record.choice)
        for record in state.history
        for tag in record.misconceptions
    )


def build_result(scenario: Scenario, state: SessionState, seed: int, bounds: Bounds | None) -> Result:
    """The result of `state`; with `bounds` None the raw values are kept and no score is made up."""
    comps = scenario.competencies()
    raw = {c: state.meters[c] for c in comps}
    scores = (
        {}
        if bounds is None
        else {c: scale(raw[c], bounds.worst.get(c, raw[c]), bounds.best.get(c, raw[c])) for c in comps}
    )
    return Result(
        scenario=scenario.id,
        seed=seed,
        ending=scenario.ending(state.ending) if state.ending else None,
        scores=scores,
        raw=raw,
        misconceptions=findings(state),
        path=tuple(record.choice for record in state.history),
        meters=dict(state.meters),
        days=state.day,
        events=tuple(e for record in state.history for e in record.events),
        reflections=dict(state.reflections),
        bounds=bounds,
        shown=tuple(record.shown for record in state.history),
    )
