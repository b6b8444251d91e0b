"""Reading a session dict for the report without trusting it, the report's filters, and its clock.

Exports come from many laptops, older versions and hand edits: check_sessions guarantees the first
keys (id, player, scenario, started_at, decisions' node/choice/turn, misconceptions), but the keys of
schema 2 (options, choice_text, situation, learner_id, class_name, status, prompts, debrief questions)
may be missing or of any type. Everything here reads them with a default.

    text_of(value, lang, fallback)          # a {"id", "en"} text, or the fallback
    Filters(since, until, classes, scenarios).keep(sessions)
    ReportClock(zone).when(iso_text, lang)  # "1 Mei 2024 09:00", in the report's zone
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from .gain import MODES as CHECK_MODES
from .gain import learner_key
from .report_words import MONTHS
from .store import parse_moment
from .tables import Zone, local_zone, zone_named

__all__ = ["CHECK_MODES", "Zone", "learner_key", "local_zone", "zone_named"]


def string(value, default: str = "") -> str:
    return value if isinstance(value, str) else default


def text_of(value, lang: str, fallback: str = "") -> str:
    """The text in `lang` of a {"id", "en"} dict (the other language when it is empty), else fallback."""
    if not isinstance(value, dict):
        return fallback
    first, second = value.get(lang), value.get("en" if lang == "id" else "id")
    return string(first) or string(second) or fallback


def items(value) -> list:
    """A list's dict items ([] when it is no list)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def names(value) -> list:
    """A list's texts (misconception ids), [] when it is no list."""
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def status(session: dict) -> str:
    """finished | abandoned | open (older records: finished when they have finished_at)."""
    if session.get("finished_at"):
        return "finished"
    value = session.get("status")
    return value if value in ("abandoned", "open") else "open"


def is_play(session: dict) -> bool:
    """A played scenario (the pre/post check's sittings have their own section, game.records.gain)."""
    return session.get("mode") not in CHECK_MODES


def person(session: dict) -> str:
    """The learner as a reflection names them: the name, else the learner id."""
    return " ".join(string(session.get("player")).split()) or string(session.get("learner_id")).strip()


# -- filters ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    since: datetime.datetime | None = None  # aware; sessions started at or after
    until: datetime.datetime | None = None  # aware; sessions started before
    classes: tuple = ()  # class names (any of them), compared without case
    scenarios: tuple = ()  # scenario ids (any of them)

    def __bool__(self) -> bool:
        return bool(self.since or self.until or self.classes or self.scenarios)

    def keep(self, sessions: Iterable[dict]) -> list:
        classes = {_folded(c) for c in self.classes}
        scenarios = {_folded(s) for s in self.scenarios}
        kept = []
        for session in sessions:
            if classes and _folded(string(session.get("class_name"))) not in classes:
                continue
            if scenarios and _folded(string(session.get("scenario"))) not in scenarios:
                continue
            if self.since or self.until:
                started = _moment(session.get("started_at"))
                if started is None or (self.since and started < self.since):
                    continue
                if self.until and started >= self.until:
                    continue
            kept.append(session)
        return kept


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _moment(text) -> datetime.datetime | None:
    try:
        return parse_moment(text) if isinstance(text, str) and text else None
    except (ValueError, OverflowError):
        return None


def parse_day(text: str, zone: Zone, end: bool = False) -> datetime.datetime:
    """--since/--until: a date (the whole day in the report's zone: --until 2024-05-01 keeps that day)
    or a date and time (in the report's zone unless it names one). ValueError when unreadable."""
    text = text.strip()
    moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = _localise(moment, zone)
    if end and len(text) <= 10:  # a date alone: up to the end of that day
        moment = _localise(moment.replace(tzinfo=None) + datetime.timedelta(days=1), zone)
    return moment


def _localise(naive: datetime.datetime, zone: Zone) -> datetime.datetime:
    return naive.replace(tzinfo=zone.tz) if zone.tz is not None else naive.astimezone()


# -- times, in the report's zone -------------------------------------------------------------------


class ReportClock:
    def __init__(self, zone: Zone | None = None):
        self.zone = zone or local_zone()

    def local(self, text) -> datetime.datetime | None:
        return self.zone.moment(text)

    def when(self, text, lang: str, with_date: bool = True) -> str:
        """'1 Mei 2024 09:00' (or '09:00'); '' when the text is no time."""
        moment = self.local(text)
        if moment is None:
            return ""
        clock = f"{moment.hour:02d}:{moment.minute:02d}"
        return f"{day_text(moment, lang)} {clock}" if with_date else clock

    def moment(self, moment: datetime.datetime, lang: str) -> str:
        return self.when(moment.isoformat(), lang)


def day_text(moment: datetime.date, lang: str) -> str:
    return f"{moment.day} {MONTHS[lang][moment.month - 1]} {moment.year}"


# -- what the report keeps of a session ------------------------------------------------------------

DECISION_KEYS = ("turn", "node", "choice", "at", "misconceptions", "votes")
SHARED_KEYS = ("options", "choice_text", "situation")


class Slimmer:
    """Sessions as the report needs them, in a fraction of the memory: each decision keeps what the
    report reads (not its meters, deltas or events), and the texts every session repeats (a node's
    options, the chosen text, the situation) are kept once and shared. 2,000 sessions of 20 decisions
    with 4 bilingual options each hold ~25 MB instead of ~200 MB."""

    def __init__(self):
        self._shared: dict = {}

    def __call__(self, session: dict) -> dict:
        slim = {k: v for k, v in session.items() if k not in ("decisions", "result")}
        result = session.get("result")
        if isinstance(result, dict) and "debrief" in result and not session.get("debrief_questions"):
            slim["result"] = {"debrief": self._share(result["debrief"])}  # records before schema 2
        slim["decisions"] = [self._decision(d) for d in session.get("decisions", [])]
        return slim

    def all(self, sessions) -> list:
        return [self(s) for s in sessions]

    def _decision(self, decision: dict) -> dict:
        slim = {k: decision[k] for k in DECISION_KEYS if k in decision}
        for key in SHARED_KEYS:
            if key in decision:
                slim[key] = self._share(decision[key])
        return slim

    def _share(self, value):
        try:
            key = _frozen(value)
        except TypeError:  # something no record holds (a hand edit): kept as it is
            return value
        return self._shared.setdefault(key, value)


def _frozen(value):
    if isinstance(value, dict):
        return ("d", tuple((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, list):
        return ("l", tuple(_frozen(v) for v in value))
    hash(value)
    return (type(value).__name__, value)  # 1, 1.0 and True stay apart
