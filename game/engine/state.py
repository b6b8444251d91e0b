"""All mutable session state in one object, saved to JSON with a version."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

STATE_VERSION = 3  # 2: the form of address, and the shown order of each decision; 3: our own random source
# (engine/rng.py) instead of CPython's Mersenne Twister internals
OLDEST_LOADABLE_VERSION = 1


class SaveError(ValueError):
    """A save that cannot be resumed; the message says why in plain words."""


@dataclass(frozen=True)
class Cause:
    """The decision that set something in motion."""

    turn: int
    node: str
    choice: str

    def to_dict(self) -> dict:
        return {"turn": self.turn, "node": self.node, "choice": self.choice}

    @staticmethod
    def from_dict(data: dict) -> Cause:
        return Cause(int(data["turn"]), str(data["node"]), str(data["choice"]))


@dataclass(frozen=True)
class Pending:
    event: str
    cause: Cause
    due_turn: int | None = None
    due_day: int | None = None

    def is_due(self, turn: int, day: int) -> bool:
        if self.due_turn is not None and turn >= self.due_turn:
            return True
        return self.due_day is not None and day >= self.due_day


@dataclass(frozen=True)
class Decision:
    """One decision the player made, as the history keeps it: where, what, what it changed, what followed.

    `day` is the day after the choice's time had passed; `meters` are the values after everything that
    followed it; `events` are the fired events in their saved form (id, kind, deltas, cause, turn, day);
    `shown` is the order the options were shown in (empty for a decision made by id, as the explorer does).
    """

    turn: int
    day: int
    node: str
    choice: str
    deltas: dict[str, float] = field(default_factory=dict)
    misconceptions: tuple[str, ...] = ()
    events: tuple[dict, ...] = ()
    meters: dict[str, float] = field(default_factory=dict)
    shown: tuple[str, ...] = ()

    @property
    def key(self) -> tuple:
        """What makes two records of a decision the same decision: its number, where, what."""
        return (self.turn, self.node, self.choice)

    def to_dict(self) -> dict:
        return {
            "turn": self.turn,
            "day": self.day,
            "node": self.node,
            "choice": self.choice,
            "deltas": dict(self.deltas),
            "misconceptions": list(self.misconceptions),
            "events": copy.deepcopy(list(self.events)),
            "meters": dict(self.meters),
            "shown": list(self.shown),
        }

    @staticmethod
    def from_dict(data: dict) -> Decision:
        return Decision(
            turn=int(data["turn"]),
            day=int(data.get("day", 0)),
            node=str(data["node"]),
            choice=str(data["choice"]),
            deltas={str(k): _number(v) for k, v in data.get("deltas", {}).items()},
            misconceptions=tuple(str(m) for m in data.get("misconceptions", ())),
            events=tuple(dict(e) for e in data.get("events", ())),
            meters={str(k): _number(v) for k, v in data.get("meters", {}).items()},
            shown=tuple(str(c) for c in data.get("shown", ())),
        )


@dataclass
class SessionState:
    node: str
    meters: dict[str, float]
    flags: dict[str, Any] = field(default_factory=dict)
    pending: list[Pending] = field(default_factory=list)
    fired: list[str] = field(default_factory=list)  # ids of `once` events already fired
    turn: int = 0
    day: int = 0
    ending: str | None = None
    history: list[Decision] = field(default_factory=list)  # one record per decision
    reflections: dict[str, str] = field(default_factory=dict)
    address: str = ""  # how the player is addressed: "pak", "bu" or "" (neutral)

    def lookup(self, name: str):
        if name in self.meters:
            return self.meters[name]
        if name == "turn":
            return self.turn
        if name == "day":
            return self.day
        if name == "month":
            return self.day // 30
        return self.flags.get(name, False)

    def copy(self) -> SessionState:
        """A copy that shares nothing mutable (pending items and decisions are frozen)."""
        return SessionState(
            node=self.node,
            meters=dict(self.meters),
            flags=dict(self.flags),
            pending=list(self.pending),
            fired=list(self.fired),
            turn=self.turn,
            day=self.day,
            ending=self.ending,
            history=list(self.history),
            reflections=dict(self.reflections) if self.reflections else {},
            address=self.address,
        )

    def to_dict(self) -> dict:
        return {
            "node": self.node,
            "meters": dict(self.meters),
            "flags": dict(self.flags),
            "pending": [
                {"event": p.event, "cause": p.cause.to_dict(), "due_turn": p.due_turn, "due_day": p.due_day}
                for p in self.pending
            ],
            "fired": list(self.fired),
            "turn": self.turn,
            "day": self.day,
            "ending": self.ending,
            "history": [d.to_dict() for d in self.history],
            "reflections": dict(self.reflections),
            "address": self.address,
        }

    @staticmethod
    def from_dict(data: dict) -> SessionState:
        try:
            return SessionState(
                node=str(data["node"]),
                meters={str(k): _number(v) for k, v in data["meters"].items()},
                flags=dict(data.get("flags", {})),
                pending=[
                    Pending(
                        str(p["event"]),
                        Cause.from_dict(p["cause"]),
                        _optional_int(p.get("due_turn")),
                        _optional_int(p.get("due_day")),
                    )
                    for p in data.get("pending", [])
                ],
                fired=[str(e) for e in data.get("fired", [])],
                turn=int(data.get("turn", 0)),
                day=int(data.get("day", 0)),
                ending=data.get("ending"),
                history=[Decision.from_dict(d) for d in data.get("history", [])],
                reflections={str(k): str(v) for k, v in data.get("reflections", {}).items()},
                address=_address(data.get("address", "")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SaveError(f"the save is damaged ({type(exc).__name__}: {exc})") from None


def _number(value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"meter value {value!r} is not a number")
    return value


def _address(value) -> str:
    if value not in ("pak", "bu", ""):
        raise ValueError(f"the form of address {value!r} is not pak, bu or empty")
    return value


def _optional_int(value) -> int | None:
    return None if value is None else int(value)
