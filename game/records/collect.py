"""The facilitator's `collect` (a sound copy of a laptop's records) and `forget` (delete one learner's data).

    path, sessions = collect(db, "E:/kelas-3")      # folder -> records-<laptop>-<date>.sqlite3 in it
    found = find_learner(db, player="Ani", learner_id="")   # the sessions that forget would delete
    counts = forget(db, [s["id"] for s in found])   # deleted, then VACUUM: gone from the file

collect copies through SQLite's backup API from a read-only connection, so what is still in the
write-ahead log (-wal) is in the copy, then checks the copy (PRAGMA integrity_check) before it is
renamed into place; an existing file is replaced only with force. forget deletes the sessions' rows
from every table that has a session_id, with secure_delete on, then VACUUM and a checkpoint that
empties the -wal: afterwards the learner's data is no longer in the file (UU PDP 27/2022, the right
to erasure). Errors are Told (game.records.told) or RecordsUnavailable, both with words in id and en.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import socket
import sqlite3
from pathlib import Path

from .dbfile import ForeignDatabase, NewerDatabase, identify
from .problems import RecordsUnavailable
from .told import Told

BUSY_MS = 5000  # a running game writes for milliseconds at a time: waiting this long is enough


def _check_ours(db: Path) -> str:
    """identify(db), or RecordsUnavailable that says what the file is."""
    if not db.is_file():
        raise RecordsUnavailable("no_db", path=db)
    try:
        return identify(db)
    except ForeignDatabase as exc:
        raise RecordsUnavailable("foreign_db", path=db, detail=exc) from None
    except NewerDatabase as exc:
        raise RecordsUnavailable("newer_db", path=db, detail=exc) from None
    except (sqlite3.Error, OSError) as exc:
        if _locked(exc):
            raise Told("collect_locked", path=db, detail=exc) from None
        raise RecordsUnavailable("unreadable_db", path=db, detail=exc) from None


def _locked(exc: BaseException) -> bool:
    return "locked" in str(exc).lower() or "busy" in str(exc).lower()


def collect_target(dest: Path, now: datetime.datetime) -> Path:
    """`dest` itself, or a file named after this laptop and the time when `dest` is a folder (one that
    exists, or a name without a suffix such as E:/kelas-3, made when its parent exists)."""
    if not dest.exists() and not dest.suffix and dest.parent.is_dir():
        try:
            dest.mkdir()
        except OSError as exc:
            raise Told("collect_failed", path=dest, detail=exc.strerror or exc) from None
    if dest.is_dir():
        host = "".join(c if c.isalnum() or c in "-_" else "-" for c in socket.gethostname()) or "laptop"
        return dest / f"records-{host}-{now.strftime('%Y%m%d-%H%M%S')}.sqlite3"
    if not dest.parent.is_dir():
        raise Told("collect_no_folder", path=dest.parent)
    return dest


def collect(
    db: Path, dest: Path, force: bool = False, now: datetime.datetime | None = None
) -> tuple[Path, int]:
    """Copy the records database `db` (with what its -wal holds) to `dest` (a file, or a folder):
    the file written and its number of sessions."""
    db, dest = Path(db), Path(dest)
    now = now or datetime.datetime.now()
    kind = _check_ours(db)
    target = collect_target(dest, now)
    if target.exists() and not force:
        raise Told("collect_exists", path=target)
    if target.resolve() == db.resolve():
        raise Told("collect_exists", path=target)
    temp = target.with_name(f".{target.name}.collecting")
    try:
        sessions = _backup(db, temp, kind)
        if target.exists() and not force:  # made while we copied: still never replaced without force
            raise Told("collect_exists", path=target)
        os.replace(temp, target)
    except sqlite3.Error as exc:
        if _locked(exc):
            raise Told("collect_locked", path=db, detail=exc) from None
        raise RecordsUnavailable("unreadable_db", path=db, detail=exc) from None
    except OSError as exc:
        raise Told("collect_failed", path=target, detail=exc.strerror or exc) from None
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return target, sessions


def _backup(db: Path, temp: Path, kind: str) -> int:
    with contextlib.suppress(OSError):
        temp.unlink()
    source = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_MS / 1000)
    try:
        # a read transaction first: it waits BUSY_MS for a lock and then fails (backup() alone would retry
        # for ever), and the copy is one moment of the database even while the game writes
        source.execute("BEGIN")
        source.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        copy = sqlite3.connect(str(temp))
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            check = [row[0] for row in copy.execute("PRAGMA integrity_check")]
            if check != ["ok"]:
                raise Told("collect_damaged", path=db, db=db, detail="; ".join(check[:3]))
            if kind == "new":
                return 0
            return copy.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        finally:
            copy.close()
    except sqlite3.DatabaseError as exc:
        if _locked(exc):
            raise
        raise Told("collect_damaged", path=db, db=db, detail=exc) from None
    finally:
        source.close()


# -- forget ---------------------------------------------------------------------------------------------


def same_name(a: str, b: str) -> bool:
    """Names compared as a person would: case and extra spaces do not matter."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def matches(session: dict, player: str | None, learner_id: str | None) -> bool:
    """True when the session is the learner's: every one given of player and learner_id matches."""
    if player and not same_name(str(session.get("player") or ""), player):
        return False
    if learner_id and (session.get("learner_id") or "").strip() != learner_id.strip():
        return False
    return bool(player or learner_id)


def find_learner(db: Path, player: str | None, learner_id: str | None) -> list[dict]:
    """The learner's sessions in the database (without their decisions): id, player, learner_id,
    scenario, started_at, decisions (a count)."""
    db = Path(db)
    if _check_ours(db) == "new":
        return []
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_MS / 1000)
        try:
            conn.row_factory = sqlite3.Row
            columns = {row[1] for row in conn.execute("PRAGMA table_info(sessions)")}
            learner = "learner_id" if "learner_id" in columns else "'' AS learner_id"
            query = (
                f"SELECT s.id, s.player, {learner}, s.scenario, s.started_at, "
                "(SELECT COUNT(*) FROM decisions d WHERE d.session_id = s.id) AS decisions "
                "FROM sessions s ORDER BY s.started_at, s.id"
            )
            return [dict(row) for row in conn.execute(query) if matches(dict(row), player, learner_id)]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise RecordsUnavailable("unreadable_db", path=db, detail=exc) from None


def forget(db: Path, session_ids: list[str]) -> dict:
    """Delete the sessions (rows of every table with a session_id, then the sessions), VACUUM and empty
    the write-ahead log. The counts of rows deleted per table."""
    db = Path(db)
    _check_ours(db)
    counts: dict[str, int] = {}
    try:
        conn = sqlite3.connect(str(db), timeout=BUSY_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise Told("forget_failed", path=db, detail=exc) from None
    try:
        conn.execute("PRAGMA secure_delete=ON")  # freed pages are zeroed, not left readable
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        linked = [
            t for t in tables if "session_id" in {c[1] for c in conn.execute(f'PRAGMA table_info("{t}")')}
        ]
        conn.execute("BEGIN IMMEDIATE")
        for table in [*linked, "sessions"]:
            column = "id" if table == "sessions" else "session_id"
            deleted = 0
            for sid in session_ids:
                deleted += conn.execute(f'DELETE FROM "{table}" WHERE {column} = ?', (sid,)).rowcount
            counts[table] = deleted
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise sqlite3.OperationalError("database is locked (the write-ahead log is still in use)")
    except sqlite3.Error as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        key = "forget_locked" if _locked(exc) else "forget_failed"
        raise Told(key, path=db, detail=exc) from None
    finally:
        conn.close()
    return counts


def forget_in_outbox(outbox: Path, session_ids: set) -> int:
    """Unsent xAPI statements about the sessions (context.registration) taken out of the outbox."""
    from .lrs_outbox import clear, keep, read_outbox  # noqa: PLC0415

    if not outbox.is_file():
        return 0
    statements = read_outbox(outbox)
    kept = [s for s in statements if (s.get("context") or {}).get("registration") not in session_ids]
    if kept and len(kept) != len(statements):
        keep(outbox, kept)
    elif not kept:
        clear(outbox)
    return len(statements) - len(kept)
