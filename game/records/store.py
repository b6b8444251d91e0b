"""Session records in SQLite: every decision is committed the moment it is made.

    store = RecordStore.open()                   # or RecordStore.open(path, clock=...)
    sid = store.start_session("Tim Melati", "posyandu", content_hash, seed=7, lang="id")
    store.record_decision(sid, turn=1, node="n1", choice="c2", meters={...}, ...)
    store.record_reflection(sid, "n1", "free text")
    store.finish_session(sid, ending="good", scores={...}, result=result.to_dict())

The store never stops the game. A damaged database is renamed aside (kept) and a
fresh one started; a folder that cannot be written or a full disk turns records
off: `store.enabled` becomes False and `store.message` says why, in plain words.
Every write then does nothing and returns None/False.

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
from pathlib import Path
from typing import Callable, Iterable, Optional

SCHEMA_VERSION = 1
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


def default_data_dir(env: Optional[dict] = None) -> Path:
    """$XDG_DATA_HOME/berdaya (~/.local/share/berdaya); %APPDATA%\\berdaya on Windows."""
    env = os.environ if env is None else env
    if sys.platform == "win32" and env.get("APPDATA"):
        return Path(env["APPDATA"]) / APP_DIR
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR


def default_db_path(env: Optional[dict] = None) -> Path:
    return default_data_dir(env) / DB_NAME


class RecordsUnavailable(Exception):
    """Raised only by readers (export, report) when a database cannot be read."""


class RecordStore:
    """Append-only session records. Build with `RecordStore.open(...)`."""

    def __init__(self, conn: Optional[sqlite3.Connection], path: Path, clock: Clock,
                 new_id: Callable[[], str], message: Optional[str] = None):
        self._conn = conn
        self.path = path
        self.clock = clock
        self._new_id = new_id
        self.messages: list[str] = [message] if message else []

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, path: Optional[os.PathLike] = None, clock: Clock = utc_now,
             new_id: Optional[Callable[[], str]] = None) -> "RecordStore":
        path = Path(path) if path is not None else default_db_path()
        new_id = new_id or (lambda: str(uuid.uuid4()))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = _connect_checked(path)
            return cls(conn, path, clock, new_id)
        except ForeignDatabase as exc:
            return cls(None, path, clock, new_id, _off_message(path, f"{exc}; choose another file with --db"))
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                return cls(None, path, clock, new_id, _off_message(path, exc))
            try:
                aside = _set_aside(path, clock())
            except OSError as move:
                return cls(None, path, clock, new_id, _off_message(path, f"{exc}; {move}"))
            note = (f"The records database {path} was damaged ({exc}). It was kept as {aside} "
                    f"and a new, empty one was started.")
            try:
                return cls(_connect_checked(path), path, clock, new_id, note)
            except (sqlite3.Error, OSError) as again:
                return cls(None, path, clock, new_id, note + " " + _off_message(path, again))
        except OSError as exc:
            return cls(None, path, clock, new_id, _off_message(path, exc))

    @property
    def enabled(self) -> bool:
        """False when records are not being kept (see `message`)."""
        return self._conn is not None

    @property
    def message(self) -> Optional[str]:
        """The latest thing the player should be told about records, or None."""
        return self.messages[-1] if self.messages else None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None

    def __enter__(self) -> "RecordStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------
    def start_session(self, player: str, scenario: str, content_hash: str, seed: int, lang: str,
                      mode: str = "play") -> Optional[str]:
        """Open a session record; its id (a UUID string), or None when records are off."""
        session_id = self._new_id()
        ok = self._write(
            "INSERT INTO sessions (id, player, scenario, content_hash, seed, lang, mode, started_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, player, scenario, content_hash or "", int(seed), lang, mode, iso(self.clock())),
        )
        return session_id if ok else None

    def record_decision(self, session_id: Optional[str], turn: int, node: str, choice: str,
                        meters: dict, misconceptions: Iterable[str] = (), events: Iterable = (),
                        day: int = 0, deltas: Optional[dict] = None, votes: Optional[dict] = None) -> bool:
        """Keep one decision, committed before returning."""
        if session_id is None:
            return False
        return self._write(
            "INSERT OR REPLACE INTO decisions (session_id, turn, day, node, choice, at, meters, deltas,"
            " misconceptions, events, votes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, int(turn), int(day), node, choice, iso(self.clock()), _dump(meters),
             _dump(deltas or {}), _dump(list(misconceptions)), _dump(list(events)),
             None if votes is None else _dump(votes)),
        )

    def record_reflection(self, session_id: Optional[str], node: str, answer: str) -> bool:
        if session_id is None:
            return False
        return self._write(
            "INSERT OR REPLACE INTO reflections (session_id, node, answer, at) VALUES (?, ?, ?, ?)",
            (session_id, node, answer, iso(self.clock())),
        )

    def finish_session(self, session_id: Optional[str], ending: Optional[str], scores: dict,
                       result: Optional[dict] = None) -> bool:
        if session_id is None:
            return False
        return self._write(
            "UPDATE sessions SET finished_at = ?, ending = ?, scores = ?, result = ? WHERE id = ?",
            (iso(self.clock()), ending, _dump(scores), None if result is None else _dump(result),
             session_id),
        )

    def _write(self, sql: str, params: tuple) -> bool:
        if self._conn is None:
            return False
        try:
            with self._conn:  # one transaction, committed on leaving the block
                self._conn.execute(sql, params)
            return True
        except sqlite3.Error as exc:
            self.messages.append(_off_message(self.path, exc))
            self.close()
            return False

    # -- reading ---------------------------------------------------------------
    def sessions(self, since: Optional[datetime.datetime] = None) -> list[dict]:
        if self._conn is None:
            return []
        return read_sessions_from(self._conn, since)


def read_sessions(path: os.PathLike, since: Optional[datetime.datetime] = None) -> list[dict]:
    """Every session in the database at `path`, read-only; RecordsUnavailable if it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise RecordsUnavailable(f"there is no records database at {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return read_sessions_from(conn, since)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise RecordsUnavailable(f"the records database {path} cannot be read ({exc})") from None


def read_sessions_from(conn: sqlite3.Connection, since: Optional[datetime.datetime] = None) -> list[dict]:
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
                {"node": row["node"], "answer": row["answer"], "at": row["at"]})
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


def _after(started_at: str, since: Optional[datetime.datetime]) -> bool:
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


def _load(text: Optional[str], default):
    if text is None:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


class ForeignDatabase(sqlite3.DatabaseError):
    """A sound SQLite file that belongs to another program: left exactly as it is."""


def _connect_checked(path: Path) -> sqlite3.Connection:
    """Connect, set WAL, check the file is sound and has our tables."""
    conn = sqlite3.connect(str(path), timeout=5)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "meta" not in tables:  # before anything writes: it is someone else's database
            raise ForeignDatabase(f"{path} is another program's database (tables: {', '.join(sorted(tables)[:5])})")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {check}")
        with conn:
            conn.executescript(_SCHEMA)
            _check_version(conn)
        return conn
    except BaseException:
        conn.close()
        raise


def _check_version(conn: sqlite3.Connection) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    elif not row[0].isdigit() or int(row[0]) > SCHEMA_VERSION:
        raise sqlite3.DatabaseError(
            f"records schema version {row[0]!r} is newer than this game reads ({SCHEMA_VERSION})")


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


def _off_message(path: Path, exc) -> str:
    return (f"Records are not being kept: the records database {path} cannot be written ({exc}). "
            f"The game goes on; choose another place with --db PATH.")
