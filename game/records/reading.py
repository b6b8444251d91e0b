"""Reading the records back: every session as a plain dict (the JSON export's shape).

read_sessions(path, since=None)      # read-only; RecordsUnavailable when it cannot be read

Besides the first keys, each session has learner_id, class_name, batch,
organisation, scenario_title, pass_mark, status, debrief_questions; per decision choice_text, options,
situation; per reflection prompt). A row written before schema 2 (or a schema 1 file read as it is,
without migrating it) gets their defaults.
"""

from __future__ import annotations

import datetime
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from .dbfile import ForeignDatabase, NewerDatabase, identify
from .problems import RecordsUnavailable


def iso(moment: datetime.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment.isoformat(timespec="seconds")


def read_sessions(path: os.PathLike, since: datetime.datetime | None = None) -> list[dict]:
    """Every session in the database at `path`, read-only; RecordsUnavailable if it cannot be read
    (not there, not ours, made by a newer Berdaya, damaged)."""
    return list(read_only(Path(path), lambda conn: iter(read_sessions_from(conn, since))))


def read_only(path: Path, reader: Callable[[sqlite3.Connection], Iterator]) -> Iterator:
    """What `reader` yields from the database at `path`, opened read-only (nothing for a new one);
    RecordsUnavailable, with the reason, when it is not there, not ours, newer, or damaged (also
    when the damage is met half-way through the reading)."""
    if not path.is_file():
        raise RecordsUnavailable("no_db", path=path)
    try:
        if identify(path) == "new":
            return
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            yield from reader(conn)
        finally:
            conn.close()
    except ForeignDatabase as exc:
        raise RecordsUnavailable("foreign_db", path=path, detail=exc) from None
    except NewerDatabase as exc:
        raise RecordsUnavailable("newer_db", path=path, detail=exc) from None
    except (sqlite3.Error, OSError, IndexError, KeyError, ValueError, TypeError) as exc:
        raise RecordsUnavailable("unreadable_db", path=path, detail=exc) from None


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
            by_id[row["session_id"]]["reflections"].append(_reflection_dict(row))
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


DEFAULT_PASS_MARK = 0.6
STATUSES = ("finished", "open", "abandoned")


def _column(row: sqlite3.Row, name: str):
    """A column's value, None when the row's table has no such column (a schema 1 file read as it is)."""
    return row[name] if name in row.keys() else None


def _text(value, fallback: str) -> dict:
    """A {"id", "en"} text from its JSON; `fallback` in both languages when it is missing or not a text."""
    if isinstance(value, dict) and isinstance(value.get("id"), str) and isinstance(value.get("en"), str):
        return {"id": value["id"], "en": value["en"]}
    return {"id": fallback, "en": fallback}


def _texts(value) -> list:
    if not isinstance(value, list):
        return []
    return [_text(item, item if isinstance(item, str) else "") for item in value]


def _options(value) -> list:
    if not isinstance(value, list):
        return []
    return [
        {
            "id": str(item.get("id", "")),
            "text": _text(item.get("text"), str(item.get("id", ""))),
            "misconceptions": [str(m) for m in item.get("misconceptions", ()) if isinstance(m, str)],
        }
        for item in value
        if isinstance(item, dict)
    ]


def _pass_mark(value) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1:
        return float(value)
    return DEFAULT_PASS_MARK


def _status(value, finished_at) -> str:
    if finished_at is not None:
        return "finished"
    return value if value in ("open", "abandoned") else "open"


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
        "learner_id": _column(row, "learner_id") or "",
        "class_name": _column(row, "class_name") or "",
        "batch": _column(row, "batch") or "",
        "organisation": _column(row, "organisation") or "",
        "scenario_title": _text(_load(_column(row, "scenario_title"), None), row["scenario"]),
        "pass_mark": _pass_mark(_column(row, "pass_mark")),
        "status": _status(_column(row, "status"), row["finished_at"]),
        "debrief_questions": _texts(_load(_column(row, "debrief_questions"), [])),
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
        "choice_text": _text(_load(_column(row, "choice_text"), None), row["choice"]),
        "options": _options(_load(_column(row, "options"), [])),
        "situation": _text(_load(_column(row, "situation"), None), row["node"]),
    }


def _reflection_dict(row: sqlite3.Row) -> dict:
    return {
        "node": row["node"],
        "answer": row["answer"],
        "at": row["at"],
        "prompt": _text(_load(_column(row, "prompt"), None), ""),
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


def held_session(conn: sqlite3.Connection, session_id: str) -> dict | None:
    """What the database holds of one session (see RecordStore.held); None when it has no such session.
    sqlite3.Error when it cannot be read."""
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
    if row is None:
        return None
    decisions = [
        _decision_dict(d)
        for d in conn.execute("SELECT * FROM decisions WHERE session_id = ? ORDER BY turn", (session_id,))
    ]
    reflections = {
        r["node"]: r["answer"]
        for r in conn.execute("SELECT node, answer FROM reflections WHERE session_id = ?", (session_id,))
    }
    return {
        "decisions": decisions,
        "reflections": reflections,
        "finished": row["finished_at"] is not None,
        "content_hash": row["content_hash"],
        "status": _status(_column(row, "status"), row["finished_at"]),
    }
