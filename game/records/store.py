"""Session records in SQLite: every decision is committed the moment it is made.

    store = RecordStore.open()                   # or RecordStore.open(path, clock=...)
    sid = store.start_session("Tim Melati", "posyandu", content_hash, seed=7, lang="id")
    store.record_decision(sid, turn=1, node="n1", choice="c2", meters={...}, ...)
    store.record_reflection(sid, "n1", "free text")
    store.finish_session(sid, ending="good", scores={...}, result=result.to_dict())

The store never stops the game. A damaged database is renamed aside (kept) and a
fresh one started; a folder that cannot be written turns records off:
`store.enabled` becomes False. A write that fails after the database opened (a
lock held past the busy timeout, a full disk, a read-only file, an I/O error)
returns False and leaves `store.problem` set: the caller keeps what was not
written and tries again later (SessionRecorder does, at the next decision); the
next write that succeeds clears it. Every problem is a `Problem` (a kind, the
file, SQLite's own words) that `messages.problem_text` tells in id or en;
`store.message` is its English text.

The clock and the session-id source are passed in (never read from globals
inside), so tests control time and ids.
"""

from __future__ import annotations

import datetime
import json
import os
import sqlite3
import sys
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 1
BUSY_TIMEOUT_S = 5.0  # how long a write waits for another program's lock before it gives up
RETRY_BUSY_TIMEOUT_S = 0.25  # while a lock is known to be held: do not freeze every decision for 5 s
DB_NAME = "records.sqlite3"
APP_DIR = "berdaya"

Clock = Callable[[], datetime.datetime]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    player TEXT NOT NULL,
    scenario TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    seed INTEGER NOT NULL,
    lang TEXT NOT NULL,
    mode TEXT NOT NULL DEFAULT 'play',
    started_at TEXT NOT NULL,
    finished_at TEXT,
    ending TEXT,
    scores TEXT,
    result TEXT
);
CREATE TABLE IF NOT EXISTS decisions (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    turn INTEGER NOT NULL,
    day INTEGER NOT NULL DEFAULT 0,
    node TEXT NOT NULL,
    choice TEXT NOT NULL,
    at TEXT NOT NULL,
    meters TEXT NOT NULL,
    deltas TEXT NOT NULL,
    misconceptions TEXT NOT NULL,
    events TEXT NOT NULL,
    votes TEXT,
    PRIMARY KEY (session_id, turn)
);
CREATE TABLE IF NOT EXISTS reflections (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    node TEXT NOT NULL,
    answer TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (session_id, node)
);
CREATE INDEX IF NOT EXISTS sessions_started ON sessions(started_at);
"""


def utc_now() -> datetime.datetime:
    """The default clock: aware UTC time. Pass your own clock to the store in tests."""
    return datetime.datetime.now(datetime.timezone.utc)


def iso(moment: datetime.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment.isoformat(timespec="seconds")


def default_data_dir(env: dict | None = None) -> Path:
    """$XDG_DATA_HOME/berdaya (~/.local/share/berdaya); %APPDATA%\\berdaya on Windows."""
    env = os.environ if env is None else env
    if sys.platform == "win32" and env.get("APPDATA"):
        return Path(env["APPDATA"]) / APP_DIR
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR


def default_db_path(env: dict | None = None) -> Path:
    return default_data_dir(env) / DB_NAME


class RecordsUnavailable(Exception):
    """Raised only by readers (export, report) when a database cannot be read."""


# What went wrong, for the player. Transient kinds are retried at the next write.
TRANSIENT = ("locked", "full", "readonly", "io")
KINDS = TRANSIENT + ("unwritable", "broken", "reset", "foreign", "newer")


@dataclass(frozen=True)
class Problem:
    """Why records are not (all) being kept: a kind from KINDS, the database, SQLite's or the system's words."""

    kind: str
    path: Path
    detail: str = ""
    aside: Path | None = None  # "reset": where the damaged file was kept

    @property
    def transient(self) -> bool:
        return self.kind in TRANSIENT

    @property
    def stops(self) -> bool:
        """True when decisions are not being written (a reset database is written again at once)."""
        return self.kind != "reset"


def classify(exc: BaseException) -> str:
    """The Problem kind of a failed write."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return "locked"
    if name.startswith("SQLITE_FULL") or "disk is full" in text or getattr(exc, "errno", None) == 28:
        return "full"
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return "readonly"
    if name.startswith("SQLITE_IOERR") or "disk i/o" in text:
        return "io"
    return "broken"


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
        busy_timeout: float = BUSY_TIMEOUT_S,
    ) -> RecordStore:
        path = Path(path) if path is not None else default_db_path()
        new_id = new_id or (lambda: str(uuid.uuid4()))

        def made(conn, *problems):
            return cls(conn, path, clock, new_id, problems, busy_timeout)

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return made(_connect_checked(path, busy_timeout))
        except ForeignDatabase as exc:  # left exactly as it is
            return made(None, Problem("foreign", path, str(exc)))
        except NewerDatabase as exc:  # kept as it is: the newer game reads it
            return made(None, Problem("newer", path, str(exc)))
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                return made(None, Problem("unwritable", path, str(exc)))
            try:
                aside = _set_aside(path, clock())
            except OSError as move:
                return made(None, Problem("unwritable", path, f"{exc}; {move}"))
            reset = Problem("reset", path, str(exc), aside)
            try:
                return made(_connect_checked(path, busy_timeout), reset)
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
    ) -> str | None:
        """Open a session record; its id (a UUID string, or `session_id`), or None when not written."""
        session_id = session_id or self._new_id()
        ok = self._write(
            "INSERT OR IGNORE INTO sessions (id, player, scenario, content_hash, seed, lang, mode, started_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, player, scenario, content_hash or "", int(seed), lang, mode, iso(self.clock())),
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
    ) -> bool:
        """Keep one decision, committed before returning. A decision the store holds already (the same
        session and turn, its sequence number) is never overwritten: the first one written stays."""
        if session_id is None:
            return False
        return self._write(
            "INSERT OR IGNORE INTO decisions (session_id, turn, day, node, choice, at, meters, deltas,"
            " misconceptions, events, votes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            ),
        )

    def record_reflection(self, session_id: str | None, node: str, answer: str) -> bool:
        if session_id is None:
            return False
        return self._write(  # like decisions: the first answer written stays
            "INSERT OR IGNORE INTO reflections (session_id, node, answer, at) VALUES (?, ?, ?, ?)",
            (session_id, node, answer, iso(self.clock())),
        )

    def finish_session(
        self, session_id: str | None, ending: str | None, scores: dict, result: dict | None = None
    ) -> bool:
        if session_id is None:
            return False
        return self._write(
            "UPDATE sessions SET finished_at = ?, ending = ?, scores = ?, result = ?"
            " WHERE id = ? AND finished_at IS NULL",
            (iso(self.clock()), ending, _dump(scores), None if result is None else _dump(result), session_id),
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
            raise RecordsUnavailable(f"records are off ({self.path})")
        try:
            self._conn.row_factory = sqlite3.Row
            row = self._conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if row is None:
                return None
            decisions = [
                _decision_dict(d)
                for d in self._conn.execute(
                    "SELECT * FROM decisions WHERE session_id = ? ORDER BY turn", (session_id,)
                )
            ]
            reflections = {
                r["node"]: r["answer"]
                for r in self._conn.execute(
                    "SELECT node, answer FROM reflections WHERE session_id = ?", (session_id,)
                )
            }
        except sqlite3.Error as exc:
            raise RecordsUnavailable(f"the records database {self.path} cannot be read ({exc})") from None
        return {
            "decisions": decisions,
            "reflections": reflections,
            "finished": row["finished_at"] is not None,
            "content_hash": row["content_hash"],
        }


def read_sessions(path: os.PathLike, since: datetime.datetime | None = None) -> list[dict]:
    """Every session in the database at `path`, read-only; RecordsUnavailable if it cannot be read
    (not there, not ours, made by a newer Berdaya, damaged)."""
    path = Path(path)
    if not path.is_file():
        raise RecordsUnavailable(f"there is no records database at {path}")
    try:
        if identify(path) == "new":
            return []
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return read_sessions_from(conn, since)
        finally:
            conn.close()
    except ForeignDatabase as exc:
        raise RecordsUnavailable(
            f"{path} is another program's database ({exc}), not Berdaya's records; it was not changed"
        ) from None
    except NewerDatabase as exc:
        raise RecordsUnavailable(
            f"{path} was made by a newer Berdaya ({exc}); export it with that version"
        ) from None
    except (sqlite3.Error, OSError, IndexError, KeyError, ValueError, TypeError) as exc:
        raise RecordsUnavailable(f"the records database {path} cannot be read ({exc})") from None


def read_sessions_from(conn: sqlite3.Connection, since: datetime.datetime | None = None) -> list[dict]:
    """Sessions as plain dicts (the JSON export's shape), oldest first."""
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM sessions ORDER BY started_at, id").fetchall()
    sessions = [_session_dict(row) for row in rows if _after(row["started_at"], since)]
    by_id = {s["id"]: s for s in sessions}
    for row in conn.execute("SELECT * FROM decisions ORDER BY session_id, turn"):
        if row["session_id"] in by_id:
            by_id[row["session_id"]]["decisions"].append(_decision_dict(row))
    for row in conn.execute("SELECT * FROM reflections ORDER BY session_id, at, node"):
        if row["session_id"] in by_id:
            by_id[row["session_id"]]["reflections"].append(
                {"node": row["node"], "answer": row["answer"], "at": row["at"]}
            )
    return sessions


def parse_moment(text: str) -> datetime.datetime:
    """A date (2024-05-01) or date-time; naive values are taken as UTC."""
    text = text.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    moment = datetime.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment


def _after(started_at: str, since: datetime.datetime | None) -> bool:
    return since is None or parse_moment(started_at) >= since


def _session_dict(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "player": row["player"],
        "scenario": row["scenario"],
        "content_hash": row["content_hash"],
        "seed": row["seed"],
        "lang": row["lang"],
        "mode": row["mode"],
        "started_at": row["started_at"],
        "finished_at": row["finished_at"],
        "ending": row["ending"],
        "scores": _load(row["scores"], {}),
        "result": _load(row["result"], None),
        "decisions": [],
        "reflections": [],
    }


def _decision_dict(row: sqlite3.Row) -> dict:
    return {
        "turn": row["turn"],
        "day": row["day"],
        "node": row["node"],
        "choice": row["choice"],
        "at": row["at"],
        "meters": _load(row["meters"], {}),
        "deltas": _load(row["deltas"], {}),
        "misconceptions": _load(row["misconceptions"], []),
        "events": _load(row["events"], []),
        "votes": _load(row["votes"], None),
    }


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _load(text: str | None, default):
    if text is None:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


class ForeignDatabase(sqlite3.DatabaseError):
    """A sound SQLite file that belongs to another program: left exactly as it is."""


class NewerDatabase(sqlite3.DatabaseError):
    """Our database, with a schema newer than this game reads: kept as it is, never called damaged."""


APPLICATION_ID = 0x42524459  # "BRDY": PRAGMA application_id of every records database this game makes
OUR_TABLES = frozenset({"meta", "sessions", "decisions", "reflections"})
SQLITE_HEADER = b"SQLite format 3\x00"


def identify(path: Path) -> str:
    """What the file at `path` is, read without changing a byte of it: "new" (absent, empty, or a
    database without tables), "ours" (our application id), or "adopt" (ours from before the
    application id: our tables and a schema version). ForeignDatabase for another program's SQLite
    file, NewerDatabase for ours with a newer schema, sqlite3.DatabaseError for what is not SQLite."""
    try:
        with open(path, "rb") as src:
            header = src.read(100)
    except FileNotFoundError:
        return "new"
    if not header:
        return "new"
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise sqlite3.DatabaseError("file is not a database")
    app_id = int.from_bytes(header[68:72], "big", signed=True)
    if app_id not in (0, APPLICATION_ID):
        raise ForeignDatabase(f"application id {app_id:#010x}")
    tables, version = _peek(path)
    if version is not None and _newer(version):
        raise NewerDatabase(f"records schema {version}; this Berdaya reads up to {SCHEMA_VERSION}")
    if app_id == APPLICATION_ID:
        return "ours"
    if not tables:
        return "new"
    if (
        OUR_TABLES <= tables
        and not {t for t in tables - OUR_TABLES if not t.startswith("sqlite_")}
        and version is not None
    ):
        return "adopt"
    raise ForeignDatabase(f"tables: {', '.join(sorted(tables)[:5])}")


def _peek(path: Path) -> tuple[set, str | None]:
    """Table names and our schema version, through a read-only connection that writes nothing (no
    journal, no lock files when the database has no write-ahead log)."""
    immutable = "" if path.with_name(path.name + "-wal").exists() else "&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{immutable}", uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = None
        if "meta" in tables:
            try:
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            except sqlite3.Error:
                row = None
            version = None if row is None else str(row[0])
        return tables, version
    finally:
        conn.close()


def _newer(version: str) -> bool:
    return not version.isdigit() or int(version) > SCHEMA_VERSION


def _connect_checked(path: Path, busy_timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """Identify the file (nothing is written to one that is not ours), then connect, mark it ours, set WAL,
    check it is sound and has our tables."""
    kind = identify(path)
    conn = sqlite3.connect(str(path), timeout=busy_timeout)
    try:
        if kind in ("new", "adopt"):  # before WAL: the id goes into the main file's header at once
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {check}")
        with conn:
            conn.executescript(_SCHEMA)
            _check_version(conn)
        if kind == "adopt":
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # adopted once: the header says so from now on
        return conn
    except BaseException:
        conn.close()
        raise


def _check_version(conn: sqlite3.Connection) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    elif _newer(row[0]):
        raise NewerDatabase(f"records schema {row[0]!r}; this Berdaya reads up to {SCHEMA_VERSION}")


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """A damaged or foreign file, as opposed to a folder we may not write or a full disk."""
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        return "malformed" in text or "not a database" in text
    return True


def _set_aside(path: Path, moment: datetime.datetime) -> Path:
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    path.rename(aside)
    for suffix in ("-wal", "-shm", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(aside.with_name(aside.name + suffix))
    return aside
