"""Sessions as spreadsheet tables: one row per session, per decision, per reflection, headers in id or en.

    tables = Tables(lang="id", zone=local_zone())      # or zone_named("Asia/Jakarta")
    tables.learn(session) for each session             # the score and meter columns (a first pass)
    tables.header("decisions"); tables.rows("decisions", session)   # cells: str, int, float, datetime
    DbSessions(path, since)                            # sessions read one at a time (constant memory)

Times are naive datetimes in the chosen zone (its name is in the time columns' header); `safe_text`
neutralises a text a spreadsheet would read as a formula. Used by game.records.spreadsheet (CSV, xlsx).
"""

from __future__ import annotations

import datetime
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from .reading import _after, _decision_dict, _reflection_dict, _session_dict, parse_moment, read_only

TABLES = ("sessions", "decisions", "reflections")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")  # "'" too, so a name that starts with one stays


def safe_text(text: str) -> str:
    """`text` with an apostrophe in front when a spreadsheet would take it for a formula (= + - @, a tab
    or a carriage return first; OWASP's CSV injection advice), or it already starts with an apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


# -- time zones ---------------------------------------------------------------------------------------


class Zone:
    """Where the times are told: `tz` None is this computer's zone (at each moment, so summer time is
    right); `name` goes into the header."""

    def __init__(self, tz: datetime.tzinfo | None, name: str):
        self.tz, self.name = tz, name

    def moment(self, text) -> datetime.datetime | None:
        """A record's ISO time as a naive date-time in this zone; None when empty or unreadable."""
        if not isinstance(text, str) or not text:
            return None
        try:
            moment = parse_moment(text)
        except (ValueError, OverflowError):
            return None
        return moment.astimezone(self.tz).replace(tzinfo=None)


def local_zone() -> Zone:
    now = datetime.datetime.now().astimezone()
    offset = now.strftime("%z")
    name = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    label = now.tzname() or ""
    return Zone(None, f"{name} {label}" if label and not label.startswith(("UTC", "+", "-")) else name)


def zone_named(name: str) -> Zone:
    """Zone for an IANA name (Asia/Jakarta, Asia/Makassar, Asia/Jayapura); ValueError when unknown."""
    import zoneinfo  # noqa: PLC0415

    try:
        return Zone(zoneinfo.ZoneInfo(name), name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ValueError(str(exc) or name) from None


# -- the tables ---------------------------------------------------------------------------------------

# key -> (id, en) header; "{zone}" is filled in
HEADERS = {
    "session": ("ID sesi", "Session ID"),
    "player": ("Nama peserta", "Player"),
    "learner_id": ("ID peserta (NIP/email)", "Learner ID"),
    "class_name": ("Kelas", "Class"),
    "batch": ("Angkatan", "Batch"),
    "organisation": ("Instansi", "Organisation"),
    "scenario": ("ID skenario", "Scenario ID"),
    "scenario_title": ("Judul skenario", "Scenario title"),
    "mode": ("Mode", "Mode"),
    "lang": ("Bahasa", "Language"),
    "started_at": ("Mulai ({zone})", "Started ({zone})"),
    "finished_at": ("Selesai ({zone})", "Finished ({zone})"),
    "status": ("Status", "Status"),
    "ending": ("Akhir cerita", "Ending"),
    "n_decisions": ("Jumlah keputusan", "Decisions"),
    "pass_mark": ("Batas lulus", "Pass mark"),
    "turn": ("Giliran", "Turn"),
    "day": ("Hari", "Day"),
    "at": ("Waktu ({zone})", "Time ({zone})"),
    "node": ("ID situasi", "Node"),
    "situation": ("Situasi", "Situation"),
    "choice": ("ID pilihan", "Choice ID"),
    "choice_text": ("Pilihan", "Choice"),
    "misconceptions": ("Miskonsepsi", "Misconceptions"),
    "votes": ("Suara kelas", "Class vote"),
    "prompt": ("Pertanyaan refleksi", "Reflection question"),
    "answer": ("Jawaban", "Answer"),
    "score": ("Skor: {name}", "Score: {name}"),
    "meter": ("Meter: {name}", "Meter: {name}"),
}
WHO = ["session", "player", "learner_id", "class_name", "batch", "organisation", "scenario", "scenario_title"]
COLUMNS = {
    "sessions": WHO
    + ["mode", "lang", "started_at", "finished_at", "status", "ending", "n_decisions", "misconceptions"]
    + ["pass_mark"],
    "decisions": WHO
    + ["turn", "day", "at", "node", "situation", "choice", "choice_text", "misconceptions", "votes"],
    "reflections": WHO + ["at", "node", "prompt", "answer"],
}
SHEET_NAMES = {"sessions": ("Sesi", "Sessions"), "decisions": ("Keputusan", "Decisions")}
SHEET_NAMES["reflections"] = ("Refleksi", "Reflections")
STATUS = {"finished": ("selesai", "finished"), "open": ("belum selesai", "open")}
STATUS["abandoned"] = ("ditinggalkan", "abandoned")


class Tables:
    """The three tables of an export in one language and zone. Call `learn` on every session first
    (the score and meter columns), then `header` and `rows`."""

    def __init__(self, lang: str = "id", zone: Zone | None = None):
        self.lang = "en" if lang == "en" else "id"
        self.zone = zone or local_zone()
        self.scores: set[str] = set()
        self.meters: set[str] = set()

    def learn_names(self, scores: set, meters: set) -> None:
        self.scores.update(scores)
        self.meters.update(meters)

    def learn(self, session: dict) -> None:
        self.scores.update(session.get("scores") or {})
        for decision in session.get("decisions", []):
            self.meters.update(decision.get("meters") or {})

    def extra(self, table: str) -> list[tuple[str, str]]:
        if table == "sessions":
            return [("score", c) for c in sorted(self.scores)]
        if table == "decisions":
            return [("meter", m) for m in sorted(self.meters)]
        return []

    def header(self, table: str) -> list[str]:
        pick = 1 if self.lang == "en" else 0
        names = [HEADERS[k][pick].format(zone=self.zone.name) for k in COLUMNS[table]]
        return names + [HEADERS[kind][pick].format(name=name) for kind, name in self.extra(table)]

    def sheet_name(self, table: str) -> str:
        return SHEET_NAMES[table][1 if self.lang == "en" else 0]

    def rows(self, table: str, session: dict) -> Iterator[list]:
        """The session's rows of `table`: each a list of cells (str, int, float, datetime or None)."""
        who = self._who(session)
        if table == "sessions":
            yield who + self._session_cells(session)
        elif table == "decisions":
            for decision in session.get("decisions", []):
                yield who + self._decision_cells(decision)
        else:
            for reflection in session.get("reflections", []):
                at = self.zone.moment(reflection.get("at"))
                yield who + [
                    at,
                    reflection.get("node"),
                    self._said(reflection.get("prompt")),
                    reflection.get("answer"),
                ]

    def _said(self, text, fallback: str = "") -> str:
        if isinstance(text, dict):
            return str(text.get(self.lang) or text.get("id") or text.get("en") or fallback)
        return text if isinstance(text, str) and text else fallback

    def _who(self, session: dict) -> list:
        title = self._said(session.get("scenario_title"), session.get("scenario", ""))
        keys = ("id", "player", "learner_id", "class_name", "batch", "organisation", "scenario")
        return [session.get(k) or "" for k in keys] + [title]

    def _session_cells(self, session: dict) -> list:
        status = session.get("status") or ("finished" if session.get("finished_at") else "open")
        decisions = session.get("decisions", [])
        seen = dict.fromkeys(m for d in decisions for m in d.get("misconceptions", []))
        scores = session.get("scores") or {}
        return [
            session.get("mode", ""),
            session.get("lang", ""),
            self.zone.moment(session.get("started_at")),
            self.zone.moment(session.get("finished_at")),
            STATUS.get(status, (status, status))[1 if self.lang == "en" else 0],
            session.get("ending") or "",
            len(decisions),
            ", ".join(seen),
            session.get("pass_mark", 0.6),
        ] + [scores.get(c) for _, c in self.extra("sessions")]

    def _decision_cells(self, decision: dict) -> list:
        votes = decision.get("votes")
        meters = decision.get("meters") or {}
        return [
            decision.get("turn"),
            decision.get("day", 0),
            self.zone.moment(decision.get("at")),
            decision.get("node", ""),
            self._said(decision.get("situation"), decision.get("node", "")),
            decision.get("choice", ""),
            self._said(decision.get("choice_text"), decision.get("choice", "")),
            ", ".join(decision.get("misconceptions", [])),
            "; ".join(f"{k}: {v}" for k, v in votes.items()) if isinstance(votes, dict) else "",
        ] + [meters.get(m) for _, m in self.extra("decisions")]


# -- the database, one session at a time --------------------------------------------------------------


class DbSessions:
    """The sessions of the records database at `path` (oldest first), read one at a time through a
    read-only connection: iterate it as often as needed; each pass holds one session in memory.
    RecordsUnavailable (raised while iterating) when it cannot be read."""

    def __init__(self, path: Path, since: datetime.datetime | None = None, skip: tuple = ()):
        """`skip`: decision columns left out (their keys get the reader's defaults), e.g. ("options",)
        when only the chosen option is wanted: the largest column, not read at all."""
        self.path, self.since, self.skip = Path(path), since, frozenset(skip)

    def count(self) -> int:
        """How many sessions there are to read (those since `since`)."""
        return sum(1 for _ in self._read(self._starts))

    def _starts(self, conn: sqlite3.Connection) -> Iterator[str]:
        return (
            row[0] for row in conn.execute("SELECT started_at FROM sessions") if _after(row[0], self.since)
        )

    def names(self) -> tuple[set, set]:
        """The competencies scored and the meters recorded, read without building any session."""
        scores: set[str] = set()
        meters: set[str] = set()
        for kind, text in self._read(self._names):
            target = scores if kind == "s" else meters
            try:
                target.update(json.loads(text or "{}"))
            except (ValueError, TypeError):
                continue
        return scores, meters

    def _names(self, conn: sqlite3.Connection) -> Iterator[tuple[str, str]]:
        for row in conn.execute("SELECT started_at, scores FROM sessions"):
            if _after(row[0], self.since):
                yield "s", row[1]
        query = "SELECT s.started_at, d.meters FROM decisions d JOIN sessions s ON s.id = d.session_id"
        for row in conn.execute(query):
            if _after(row[0], self.since):
                yield "m", row[1]

    def __iter__(self) -> Iterator[dict]:
        return self._read(self._sessions)

    def _read(self, reader) -> Iterator:
        return read_only(self.path, reader)

    def _sessions(self, conn: sqlite3.Connection) -> Iterator[dict]:
        conn.row_factory = sqlite3.Row
        columns = [c[1] for c in conn.execute("PRAGMA table_info(decisions)") if c[1] not in self.skip]
        wanted = ", ".join(f'"{c}"' for c in columns)
        for row in conn.execute("SELECT * FROM sessions ORDER BY started_at, id"):
            if not _after(row["started_at"], self.since):
                continue
            session = _session_dict(row)
            key = (session["id"],)
            decisions = conn.execute(
                f"SELECT {wanted} FROM decisions WHERE session_id = ? ORDER BY turn", key
            )
            session["decisions"] = [_decision_dict(d) for d in decisions]
            reflections = conn.execute(
                "SELECT * FROM reflections WHERE session_id = ? ORDER BY at, node", key
            )
            session["reflections"] = [_reflection_dict(r) for r in reflections]
            yield session
