"""What a widget asks for when it is activated: typed intents, never loose strings or tuples.

A button carries one of these; the screen that owns it acts on it. Plain actions are members of `Act`
(a StrEnum, so a misspelt action fails at import, not silently at the click); the ones that carry a
value are small frozen data classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Act(StrEnum):
    PLAY = "play"
    CONTINUE = "continue"
    WORKSHOP = "workshop"
    SETTINGS = "settings"
    LANG = "lang"
    QUIT = "quit"
    NEXT = "next"
    BACK = "back"
    SUBMIT = "submit"
    SKIP = "skip"
    MENU = "menu"
    HISTORY = "history"
    HINT = "hint"
    RESUME = "resume"
    SAVE = "save"
    TITLE = "title"
    AGAIN = "again"
    METERS = "meters"
    EXPLAIN = "explain"  # the side meters' legend: what each measures
    LOAD = "load"  # the list of saved games
    PLAYER = "player"  # who is playing (the title's player button)
    YES = "yes"
    NO = "no"
    TRAINER = "trainer"  # the title's Trainer entry (check a folder, story map, strings, folder)
    MAP = "map"
    EXPORT = "export"
    FOLDER = "folder"
    CHECK = "check"
    RECORDS = "records"  # the Trainer screen's Class records entry (report, Excel, backup, LRS)


@dataclass(frozen=True)
class Choose:
    """Play the choice shown as number `index + 1`."""

    index: int


@dataclass(frozen=True)
class Start:
    """Start the scenario at this place in the picker's list."""

    index: int


@dataclass(frozen=True)
class Vote:
    """One more class vote for the choice shown as number `index + 1`."""

    index: int


@dataclass(frozen=True)
class Replay:
    """Play again from this decision (1-based), the earlier ones made the same way."""

    turn: int


@dataclass(frozen=True)
class Cycle:
    """Step a settings row (`key`) forward (1) or back (-1)."""

    key: str
    step: int = 1


@dataclass(frozen=True)
class Sapaan:
    """Step the form of address forward (1) or back (-1)."""

    step: int = 1


@dataclass(frozen=True)
class Pick:
    """Pick the item at this place in a screen's list (a player profile, a save slot)."""

    index: int


@dataclass(frozen=True)
class Voted:
    """What the class vote decided: the choice to play and the tally (choice id -> votes)."""

    index: int
    votes: dict


Intent = Act | Choose | Start | Vote | Replay | Cycle | Sapaan | Pick

_WITH_VALUE = {
    "choose": Choose,
    "start": Start,
    "vote": Vote,
    "replay": Replay,
    "cycle": Cycle,
    "sapaan": Sapaan,
    "pick": Pick,
}


def coerce(intent) -> Intent | None:
    """An intent from its older spelling ("play", ("start", 0), ("cycle", "lang", 1)), for drivers
    (tests, tools) written before intents were typed; a typed intent is returned as it is."""
    if isinstance(intent, (Act, Choose, Start, Vote, Replay, Cycle, Sapaan, Pick)):
        return intent
    if isinstance(intent, str):
        return Act(intent) if intent in Act._value2member_map_ else None
    if isinstance(intent, tuple) and intent and intent[0] in _WITH_VALUE:
        return _WITH_VALUE[intent[0]](*intent[1:])
    return None
