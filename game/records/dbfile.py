"""The records database as a file: is it ours, open it, set it aside when it is damaged.

Our database is known by its SQLite application id; a file that is not ours (another program's
database, one made by a newer Berdaya) is never written to. The schema and its version live here.
"""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

from game import safefiles

SCHEMA_VERSION = 2  # 2: who and which class (learner id, class, batch, organisation), the texts a report
# needs without the scenario file (titles, options, situations, prompts, debrief questions), pass mark, status

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
    result TEXT,
    learner_id TEXT NOT NULL DEFAULT '',
    class_name TEXT NOT NULL DEFAULT '',
    batch TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    scenario_title TEXT,
    pass_mark REAL NOT NULL DEFAULT 0.6,
    status TEXT NOT NULL DEFAULT 'open',
    debrief_questions TEXT
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
    choice_text TEXT,
    options TEXT,
    situation TEXT,
    PRIMARY KEY (session_id, turn)
);
CREATE TABLE IF NOT EXISTS reflections (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    node TEXT NOT NULL,
    answer TEXT NOT NULL,
    at TEXT NOT NULL,
    prompt TEXT,
    PRIMARY KEY (session_id, node)
);
CREATE INDEX IF NOT EXISTS sessions_started ON sessions(started_at);
"""

# what schema 2 added to each table of schema 1: a v1 database gets them once, in one transaction
V2_COLUMNS = {
    "sessions": (
        ("learner_id", "TEXT NOT NULL DEFAULT ''"),
        ("class_name", "TEXT NOT NULL DEFAULT ''"),
        ("batch", "TEXT NOT NULL DEFAULT ''"),
        ("organisation", "TEXT NOT NULL DEFAULT ''"),
        ("scenario_title", "TEXT"),
        ("pass_mark", "REAL NOT NULL DEFAULT 0.6"),
        ("status", "TEXT NOT NULL DEFAULT 'open'"),
        ("debrief_questions", "TEXT"),
    ),
    "decisions": (("choice_text", "TEXT"), ("options", "TEXT"), ("situation", "TEXT")),
    "reflections": (("prompt", "TEXT"),),
}


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


def connect_checked(path: Path, busy_timeout: float) -> sqlite3.Connection:
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
        _migrate(conn)
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


def _migrate(conn: sqlite3.Connection) -> None:
    """A schema 1 database becomes schema 2 in place, once: the new columns added (every row kept, old
    rows get the defaults; a finished session is "finished"), all in one transaction, so a failure (a
    read-only file, a full disk) leaves it exactly as it was."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None or int(row[0]) >= SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table, columns in V2_COLUMNS.items():
            have = {info[1] for info in conn.execute(f"PRAGMA table_info({table})")}
            for name, kind in columns:
                if name not in have:  # a file made by an early build of schema 1 may have some already
                    conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
        conn.execute("UPDATE sessions SET status = 'finished' WHERE finished_at IS NOT NULL")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """A damaged or foreign file, as opposed to a folder we may not write or a full disk."""
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        return "malformed" in text or "not a database" in text
    return True


def set_aside(path: Path, moment: datetime.datetime) -> Path:
    """A damaged database (and its -wal, -shm, -journal) renamed out of the way, kept: the new name."""
    return safefiles.set_aside(path, moment=moment, companions=("-wal", "-shm", "-journal"))
