"""Session records in SQLite: every decision is committed the moment it is made.

    store = RecordStore.open()                   # or RecordStore.open(path, clock=...)
    sid = store.start_session("Tim Melati", "posyandu", content_hash, seed=7, lang="id")
    store.record_decision(sid, turn=1, node="n1", choice="c2", meters={...}, ...)
    store.record_reflection(sid, "n1", "free text")
    store.finish_session(sid, ending="good", scores={...}, result=result.to_dict())
    store.set_status(sid, "abandoned")           # the player left before the end ("open" when continued)

Who and which class (learner_id, class_name, batch, organisation), the scenario's title and pass mark,
each decision's texts (choice_text, options, situation), a reflection's prompt and the ending's debrief
questions are keyword arguments of the same calls (schema 2): what a report or an LRS needs to say
without the scenario file.

The store never stops the game, nor freezes it. A damaged database is renamed
aside (kept) and a fresh one started; a folder that cannot be written turns
records off: `store.enabled` becomes False. A write that fails after the database
opened (a lock held past the short busy timeout, a full disk, a read-only file,
an I/O error) returns False and leaves `store.problem` set: the caller keeps what
was not written and tries again later (SessionRecorder does, at the next
decision); the next write that succeeds clears it. Every problem is a `Problem`
(game.records.problems) that `messages.problem_text` tells in id or en.

The file itself (is it ours, the schema, setting it aside) is game.records.dbfile;
reading sessions back is game.records.reading. The clock and the session-id
source are passed in (never read from globals inside), so tests control time and ids.
"""

from __future__ import annotations

import datetime
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from game import datadirs

from . import dbfile
from .dbfile import _SCHEMA, APPLICATION_ID, SCHEMA_VERSION, identify
from .problems import KINDS, TRANSIENT, Problem, RecordsUnavailable, classify
from .reading import (
    DEFAULT_PASS_MARK,
    _dump,
    held_session,
    iso,
    parse_moment,
    read_sessions,
    read_sessions_from,
)

__all__ = [  # what callers import from here (the pieces live in dbfile, problems, reading)
    "APPLICATION_ID",
    "BUSY_TIMEOUT_S",
    "DEFAULT_PASS_MARK",
    "KINDS",
    "RETRY_BUSY_TIMEOUT_S",
    "SCHEMA_VERSION",
    "TRANSIENT",
    "_SCHEMA",
    "Clock",
    "Problem",
    "RecordStore",
    "RecordsUnavailable",
    "classify",
    "default_db_path",
    "identify",
    "iso",
    "parse_moment",
    "read_sessions",
    "read_sessions_from",
    "utc_now",
]

BUSY_TIMEOUT_S = 0.2  # how long a write waits for another program's lock: the window must not freeze
RETRY_BUSY_TIMEOUT_S = 0.05  # while a lock is known to be held: each decision waits this long at most
DB_NAME = datadirs.DB_NAME

Clock = Callable[[], datetime.datetime]


def utc_now() -> datetime.datetime:
    """The default clock: aware UTC time. Pass your own clock to the store in tests."""
    return datetime.datetime.now(datetime.timezone.utc)


def default_db_path(env: dict | None = None) -> Path:
    """The records database in the game's data folder (game.datadirs), or where an earlier version made it."""
    return datadirs.folders(env).records_db


class RecordStore:
    """Append-only session records. Build with `RecordStore.open(...)`."""

    def __init__(
        self,
        conn: sqlite3.Connection | None,
        path: Path,
        clock: Clock,
        new_id: Callable[[], str],
        problems: Iterable[Problem] = (),
        busy_timeout: float = BUSY_TIMEOUT_S,
    ):
        self._conn = conn
        self.path = path
        self.clock = clock
        self._new_id = new_id
        self.busy_timeout = busy_timeout
        self.problems: list[Problem] = list(problems)  # everything that went wrong, oldest first
        self.problem: Problem | None = next((p for p in reversed(self.problems) if p.stops), None)

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: os.PathLike | None = None,
        clock: Clock = utc_now,
        new_id: Callable[[], str] | None = None,
        busy_timeout: float | None = None,
    ) -> RecordStore:
        """The store at `path` (default_db_path()); `busy_timeout` (BUSY_TIMEOUT_S) is how long a write
        waits for another program's lock before it is left for the next decision."""
        path = Path(path) if path is not None else default_db_path()
        busy_timeout = BUSY_TIMEOUT_S if busy_timeout is None else busy_timeout
        new_id = new_id or (lambda: str(uuid.uuid4()))

        def made(conn, *problems):
            return cls(conn, path, clock, new_id, problems, busy_timeout)

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return made(dbfile.connect_checked(path, busy_timeout))
        except dbfile.ForeignDatabase as exc:  # left exactly as it is
            return made(None, Problem("foreign", path, str(exc)))
        except dbfile.NewerDatabase as exc:  # kept as it is: the newer game reads it
            return made(None, Problem("newer", path, str(exc)))
        except sqlite3.DatabaseError as exc:
            if not dbfile.is_damage(exc):
                return made(None, Problem("unwritable", path, str(exc)))
            try:
                aside = dbfile.set_aside(path, clock())
            except OSError as move:
                return made(None, Problem("unwritable", path, f"{exc}; {move}"))
            reset = Problem("reset", path, str(exc), aside)
            try:
                return made(dbfile.connect_checked(path, busy_timeout), reset)
            except (sqlite3.Error, OSError) as again:
                return made(None, reset, Problem("unwritable", path, str(again)))
        except OSError as exc:
            return made(None, Problem("unwritable", path, exc.strerror or str(exc)))

    @property
    def enabled(self) -> bool:
        """False when records are not being kept at all (see `problem`)."""
        return self._conn is not None

    @property
    def messages(self) -> list[str]:
        from .messages import problem_text  # noqa: PLC0415

        return [problem_text(p, "en") for p in self.problems]

    @property
    def message(self) -> str | None:
        """The latest thing the player should be told about records (English), or None."""
        return self.messages[-1] if self.problems else None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------
    def new_session_id(self) -> str:
        """An id for a session not started yet (so a save can name its record before it is written)."""
        return self._new_id()

    def start_session(
        self,
        player: str,
        scenario: str,
        content_hash: str,
        seed: int,
        lang: str,
        mode: str = "play",
        session_id: str | None = None,
        *,
        learner_id: str = "",
        class_name: str = "",
        batch: str = "",
        organisation: str = "",
        scenario_title: dict | None = None,
        pass_mark: float = DEFAULT_PASS_MARK,
    ) -> str | None:
        """Open a session record; its id (a UUID string, or `session_id`), or None when not written.
        `scenario_title` is {"id": ..., "en": ...} (None: the scenario id is its title)."""
        session_id = session_id or self._new_id()
        ok = self._write(
            "INSERT OR IGNORE INTO sessions (id, player, scenario, content_hash, seed, lang, mode, started_at,"
            " learner_id, class_name, batch, organisation, scenario_title, pass_mark, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')",
            (
                session_id,
                player,
                scenario,
                content_hash or "",
                int(seed),
                lang,
                mode,
                iso(self.clock()),
                learner_id or "",
                class_name or "",
                batch or "",
                organisation or "",
                None if scenario_title is None else _dump(scenario_title),
                float(pass_mark),
            ),
        )
        return session_id if ok else None

    def record_decision(
        self,
        session_id: str | None,
        turn: int,
        node: str,
        choice: str,
        meters: dict,
        misconceptions: Iterable[str] = (),
        events: Iterable = (),
        day: int = 0,
        deltas: dict | None = None,
        votes: dict | None = None,
        *,
        choice_text: dict | None = None,
        options: list | None = None,
        situation: dict | None = None,
    ) -> bool:
        """Keep one decision, committed before returning. A decision the store holds already (the same
        session and turn, its sequence number) is never overwritten: the first one written stays.
        `choice_text` and `situation` are {"id", "en"} texts; `options` every option shown, in the order
        shown: [{"id": choice id, "text": {"id", "en"}, "misconceptions": [...]}, ...]."""
        if session_id is None:
            return False
        return self._write(
            "INSERT OR IGNORE INTO decisions (session_id, turn, day, node, choice, at, meters, deltas,"
            " misconceptions, events, votes, choice_text, options, situation)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session_id,
                int(turn),
                int(day),
                node,
                choice,
                iso(self.clock()),
                _dump(meters),
                _dump(deltas or {}),
                _dump(list(misconceptions)),
                _dump(list(events)),
                None if votes is None else _dump(votes),
                None if choice_text is None else _dump(choice_text),
                None if options is None else _dump(options),
                None if situation is None else _dump(situation),
            ),
        )

    def record_reflection(
        self, session_id: str | None, node: str, answer: str, *, prompt: dict | None = None
    ) -> bool:
        """Keep a reflection's answer (and `prompt`, the question asked: {"id", "en"})."""
        if session_id is None:
            return False
        return self._write(  # like decisions: the first answer written stays
            "INSERT OR IGNORE INTO reflections (session_id, node, answer, at, prompt) VALUES (?, ?, ?, ?, ?)",
            (session_id, node, answer, iso(self.clock()), None if prompt is None else _dump(prompt)),
        )

    def finish_session(
        self,
        session_id: str | None,
        ending: str | None,
        scores: dict,
        result: dict | None = None,
        *,
        debrief_questions: list | None = None,
    ) -> bool:
        """The session ended: its ending, scores, result and the ending's debrief questions ([{"id", "en"}])."""
        if session_id is None:
            return False
        return self._write(
            "UPDATE sessions SET finished_at = ?, ending = ?, scores = ?, result = ?, status = 'finished',"
            " debrief_questions = ? WHERE id = ? AND finished_at IS NULL",
            (
                iso(self.clock()),
                ending,
                _dump(scores),
                None if result is None else _dump(result),
                _dump(list(debrief_questions or [])),
                session_id,
            ),
        )

    def set_status(self, session_id: str | None, status: str) -> bool:
        """Mark an unfinished session "abandoned" (the player left before the end) or "open" (continued);
        a finished session stays finished."""
        if session_id is None:
            return False
        if status not in ("open", "abandoned"):
            raise ValueError(f"status must be 'open' or 'abandoned', not {status!r}")
        return self._write(
            "UPDATE sessions SET status = ? WHERE id = ? AND finished_at IS NULL AND status != ?",
            (status, session_id, status),
        )

    def _write(self, sql: str, params: tuple) -> bool:
        """One committed statement. False (and `problem` set) when it could not be written."""
        if self._conn is None:
            return False
        try:
            with self._conn:  # one transaction, committed on leaving the block
                self._conn.execute(sql, params)
        except (sqlite3.Error, OSError) as exc:
            problem = Problem(classify(exc), self.path, str(exc))
            self.problems.append(problem)
            self.problem = problem
            if problem.kind == "locked":  # it is tried again at the next decision, without a long wait
                self._busy(RETRY_BUSY_TIMEOUT_S)
            elif not problem.transient:
                self.close()
            return False
        if self.problem is not None:
            self.problem = None
            self._busy(self.busy_timeout)
        return True

    def _busy(self, seconds: float) -> None:
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        except (sqlite3.Error, AttributeError):
            pass

    # -- reading ---------------------------------------------------------------
    def sessions(self, since: datetime.datetime | None = None) -> list[dict]:
        if self._conn is None:
            return []
        return read_sessions_from(self._conn, since)

    def held(self, session_id: str) -> dict | None:
        """What the store holds of one session, to reconcile a save with it: {"decisions": [...] in turn
        order, "reflections": {node: answer}, "finished": bool, "content_hash": ...}; None when it has no
        such session. RecordsUnavailable when it cannot be read (or records are off)."""
        if self._conn is None:
            raise RecordsUnavailable("records_off", path=self.path)
        try:
            return held_session(self._conn, session_id)
        except sqlite3.Error as exc:
            raise RecordsUnavailable("unreadable_db", path=self.path, detail=exc) from None
