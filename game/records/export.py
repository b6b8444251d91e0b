"""Export session records as JSON, CSV or xAPI statements, and read JSON/CSV back.

JSON is the complete, lossless form (and what `report` merges). CSV is a long
table a spreadsheet opens: one `session` row, then one `decision` row per
decision and one `reflection` row per answer; scores and meters get one column
each (`score.empathy`, `meter.trust`), lists and objects are JSON in a cell.
Reading the CSV back gives the same sessions as the JSON.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import math
import re
from collections.abc import Iterable

from . import xapi
from .said import Said
from .store import iso, parse_moment

FORMAT_NAME = "berdaya-records"
FORMAT_VERSION = 1
FORMATS = ("csv", "json", "xapi")


class ExportError(Said, ValueError):
    """A file that is not a records export this game can read."""


def since_filter(sessions: Iterable[dict], since: datetime.datetime | None) -> list[dict]:
    """Sessions started at or after `since` (all of them when None)."""
    return [s for s in sessions if since is None or parse_moment(s["started_at"]) >= since]


def render(sessions: list[dict], fmt: str, now: datetime.datetime) -> str:
    if fmt == "json":
        return to_json(sessions, now)
    if fmt == "csv":
        return to_csv(sessions)
    if fmt == "xapi":
        return json.dumps(xapi.statements(sessions), ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")


# -- JSON ---------------------------------------------------------------------------


def to_json(sessions: list[dict], now: datetime.datetime) -> str:
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": iso(now),
        "sessions": sessions,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def from_json(text: str, name: str = "<json>") -> list[dict]:
    try:
        document = json.loads(text)
    except RecursionError:
        raise ExportError("json_deep", path=name) from None
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        raise ExportError("json_breaks_at" if line else "json_breaks", path=name, line=line) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ExportError("not_export", path=name)
    version = document.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ExportError("export_version", path=name, version=repr(version), limit=FORMAT_VERSION)
    sessions = document.get("sessions")
    if not isinstance(sessions, list):
        raise ExportError("sessions_not_list", path=name, kind=_kind(sessions))
    check_sessions(sessions, name)
    return sessions


# -- what a session must look like ------------------------------------------------------------------
# The report, the summary and the xAPI statements read these fields: anything else in a file (a hand
# edit, a damaged copy, another program's JSON) is refused with the file, the session and the field named.


def check_sessions(sessions, name: str) -> None:
    """ExportError naming the first session field of the wrong type (or missing); None when all are fine."""
    for number, session in enumerate(sessions, 1):
        where = f"{name}: session {number} of {len(sessions)}"
        if not isinstance(session, dict):
            raise ExportError("session_not_object", where=where, kind=_kind(session))
        if isinstance(session.get("id"), str) and session["id"]:
            where += f" (id {_cut(session['id'])})"
        problem = _session_problem(session)
        if problem:
            raise ExportError("session_problem", where=where, detail=problem)


def _session_problem(session: dict) -> str:
    for key in ("id", "player", "scenario", "started_at"):
        if not isinstance(session.get(key), str) or (key == "id" and not session.get(key)):
            return _wrong(key, session.get(key), "text", key not in session)
    for key in ("content_hash", "lang", "mode"):
        if key in session and not isinstance(session[key], str):
            return _wrong(key, session[key], "text")
    for key in ("finished_at", "ending"):
        if session.get(key) is not None and not isinstance(session[key], str):
            return _wrong(key, session[key], "text or null")
    for key in ("started_at", "finished_at"):
        if isinstance(session.get(key), str) and not _moment(session[key]):
            return (
                f"'{key}' should be a date and time like 2024-05-01T09:00:00+00:00, not {_cut(session[key])}"
            )
    if "seed" in session and not _whole(session["seed"]):
        return _wrong("seed", session["seed"], "a whole number")
    if not _numbers(session.get("scores") or {}):
        return _wrong("scores", session.get("scores"), "an object of numbers")
    if session.get("result") is not None and not isinstance(session["result"], dict):
        return _wrong("result", session["result"], "an object or null")
    decisions = session.get("decisions", [])
    if not isinstance(decisions, list):
        return _wrong("decisions", decisions, "a list")
    for number, decision in enumerate(decisions, 1):
        problem = _decision_problem(decision)
        if problem:
            return f"decision {number}: {problem}"
    reflections = session.get("reflections", [])
    if not isinstance(reflections, list):
        return _wrong("reflections", reflections, "a list")
    for number, reflection in enumerate(reflections, 1):
        if not isinstance(reflection, dict):
            return f"reflection {number} should be an object, not {_kind(reflection)}"
        for key in ("node", "answer", "at"):
            if not isinstance(reflection.get(key), str):
                return f"reflection {number}: " + _wrong(
                    key, reflection.get(key), "text", key not in reflection
                )
    return ""


def _decision_problem(decision) -> str:
    if not isinstance(decision, dict):
        return f"it should be an object, not {_kind(decision)}"
    if not _whole(decision.get("turn")):
        return _wrong("turn", decision.get("turn"), "a whole number", "turn" not in decision)
    if "day" in decision and not _whole(decision["day"]):
        return _wrong("day", decision["day"], "a whole number")
    for key in ("node", "choice", "at"):
        if not isinstance(decision.get(key), str):
            return _wrong(key, decision.get(key), "text", key not in decision)
    for key in ("meters", "deltas"):
        if not _numbers(decision.get(key, {})):
            return _wrong(key, decision.get(key), "an object of numbers")
    misconceptions = decision.get("misconceptions", [])
    if not (isinstance(misconceptions, list) and all(isinstance(t, str) for t in misconceptions)):
        return _wrong("misconceptions", misconceptions, "a list of names")
    if not isinstance(decision.get("events", []), list):
        return _wrong("events", decision.get("events"), "a list")
    votes = decision.get("votes")
    if votes is not None and not (
        isinstance(votes, dict) and all(_whole(n) and n >= 0 for n in votes.values())
    ):
        return _wrong("votes", votes, "an object of vote counts, or null")
    return ""


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _numbers(value) -> bool:
    return isinstance(value, dict) and all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value.values()
    )


def _moment(text: str) -> bool:
    try:
        parse_moment(text)
        return True
    except (ValueError, OverflowError):
        return False


def _kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {_cut(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _wrong(key: str, value, wanted: str, missing: bool = False) -> str:
    return (
        f"'{key}' is missing (it should be {wanted})"
        if missing
        else f"'{key}' should be {wanted}, not {_kind(value)}"
    )


def _cut(text: str, limit: int = 60) -> str:
    text = repr(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- CSV ----------------------------------------------------------------------------

SESSION_COLUMNS = [
    "session_id",
    "player",
    "scenario",
    "content_hash",
    "seed",
    "lang",
    "mode",
    "started_at",
    "finished_at",
    "ending",
]
DECISION_COLUMNS = ["turn", "day", "node", "choice", "at", "misconceptions", "deltas", "events", "votes"]
TAIL_COLUMNS = ["answer", "result"]


def to_csv(sessions: list[dict]) -> str:
    competencies = sorted({c for s in sessions for c in (s.get("scores") or {})})
    meters = sorted({m for s in sessions for d in s.get("decisions", []) for m in d.get("meters", {})})
    header = (
        ["kind"]
        + SESSION_COLUMNS
        + DECISION_COLUMNS
        + TAIL_COLUMNS
        + [f"score.{c}" for c in competencies]
        + [f"meter.{m}" for m in meters]
    )
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for session in sessions:
        base = {"session_id": session["id"], **{k: _cell(session.get(k)) for k in SESSION_COLUMNS[1:]}}
        row = {"kind": "session", **base, "result": _json_cell(session.get("result"))}
        row.update({f"score.{c}": _cell(v) for c, v in (session.get("scores") or {}).items()})
        writer.writerow(row)
        for decision in session.get("decisions", []):
            writer.writerow({"kind": "decision", "session_id": session["id"], **_decision_cells(decision)})
        for reflection in session.get("reflections", []):
            writer.writerow(
                {
                    "kind": "reflection",
                    "session_id": session["id"],
                    "node": reflection["node"],
                    "at": reflection["at"],
                    "answer": reflection["answer"],
                }
            )
    return out.getvalue()


def _decision_cells(decision: dict) -> dict:
    cells = {k: _cell(decision.get(k)) for k in ("turn", "day", "node", "choice", "at")}
    cells["misconceptions"] = ";".join(decision.get("misconceptions", []))
    cells["deltas"] = _json_cell(decision.get("deltas", {}))
    cells["events"] = _json_cell(decision.get("events", []))
    cells["votes"] = _json_cell(decision.get("votes"))
    cells.update({f"meter.{m}": _cell(v) for m, v in decision.get("meters", {}).items()})
    return cells


def from_csv(text: str, name: str = "<csv>") -> list[dict]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or reader.fieldnames[0] != "kind" or "session_id" not in reader.fieldnames:
        raise ExportError("not_csv", path=name)
    sessions: dict[str, dict] = {}
    try:
        for row in reader:
            _read_row(row, sessions)
    except (KeyError, ValueError, TypeError, AttributeError, csv.Error) as exc:
        raise ExportError(
            "damaged_row", path=name, line=reader.line_num, detail=f"{type(exc).__name__}: {exc}"
        ) from None
    found = list(sessions.values())
    check_sessions(found, name)
    return found


def _read_row(row: dict, sessions: dict) -> None:
    kind = row["kind"]
    if kind == "session":
        sessions[row["session_id"]] = {
            "id": row["session_id"],
            "player": row["player"],
            "scenario": row["scenario"],
            "content_hash": row["content_hash"],
            "seed": int(row["seed"]),
            "lang": row["lang"],
            "mode": row["mode"],
            "started_at": row["started_at"],
            "finished_at": row["finished_at"] or None,
            "ending": row["ending"] or None,
            "scores": _prefixed(row, "score."),
            "result": _from_json_cell(row["result"]),
            "decisions": [],
            "reflections": [],
        }
    elif kind == "decision":
        sessions[row["session_id"]]["decisions"].append(
            {
                "turn": int(row["turn"]),
                "day": int(row["day"] or 0),
                "node": row["node"],
                "choice": row["choice"],
                "at": row["at"],
                "meters": _prefixed(row, "meter."),
                "deltas": _from_json_cell(row["deltas"]) or {},
                "misconceptions": [t for t in row["misconceptions"].split(";") if t],
                "events": _from_json_cell(row["events"]) or [],
                "votes": _from_json_cell(row["votes"]),
            }
        )
    elif kind == "reflection":
        sessions[row["session_id"]]["reflections"].append(
            {"node": row["node"], "answer": row["answer"], "at": row["at"]}
        )
    else:
        raise ValueError(f"unknown row kind {kind!r}")


def _cell(value) -> str:
    return "" if value is None else str(value)


def _json_cell(value) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _from_json_cell(text: str):
    return None if not text else json.loads(text)


_INT = re.compile(r"^-?\d+$")


def _number(text: str):
    return int(text) if _INT.match(text) else float(text)


def _prefixed(row: dict, prefix: str) -> dict:
    return {
        k[len(prefix) :]: _number(v) for k, v in row.items() if k.startswith(prefix) and v not in ("", None)
    }
