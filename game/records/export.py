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
import re
from typing import Iterable, Optional

from . import xapi
from .store import iso, parse_moment

FORMAT_NAME = "berdaya-records"
FORMAT_VERSION = 1
FORMATS = ("csv", "json", "xapi")


class ExportError(ValueError):
    """A file that is not a records export this game can read."""


def since_filter(sessions: Iterable[dict], since: Optional[datetime.datetime]) -> list[dict]:
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
    document = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "exported_at": iso(now),
                "sessions": sessions}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def from_json(text: str, name: str = "<json>") -> list[dict]:
    try:
        document = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        raise ExportError(f"{name}: not a Berdaya records export (the JSON breaks"
                          f"{f' at line {line}' if line else ''}); make it again with "
                          "`python run_game.py export --format json`") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ExportError(f"{name}: not a Berdaya records export (made with `export --format json`)")
    version = document.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ExportError(f"{name}: export version {version!r}; this game reads up to {FORMAT_VERSION}")
    sessions = document.get("sessions")
    if not isinstance(sessions, list) or not all(_looks_like_session(s) for s in sessions):
        raise ExportError(f"{name}: the export's sessions are damaged")
    return sessions


def _looks_like_session(value) -> bool:
    return isinstance(value, dict) and all(k in value for k in ("id", "player", "scenario", "started_at"))


# -- CSV ----------------------------------------------------------------------------

SESSION_COLUMNS = ["session_id", "player", "scenario", "content_hash", "seed", "lang", "mode",
                   "started_at", "finished_at", "ending"]
DECISION_COLUMNS = ["turn", "day", "node", "choice", "at", "misconceptions", "deltas", "events", "votes"]
TAIL_COLUMNS = ["answer", "result"]


def to_csv(sessions: list[dict]) -> str:
    competencies = sorted({c for s in sessions for c in (s.get("scores") or {})})
    meters = sorted({m for s in sessions for d in s.get("decisions", []) for m in d.get("meters", {})})
    header = (["kind"] + SESSION_COLUMNS + DECISION_COLUMNS + TAIL_COLUMNS
              + [f"score.{c}" for c in competencies] + [f"meter.{m}" for m in meters])
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
            writer.writerow({"kind": "reflection", "session_id": session["id"], "node": reflection["node"],
                             "at": reflection["at"], "answer": reflection["answer"]})
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
        raise ExportError(f"{name}: not a Berdaya records CSV (made with `export --format csv`)")
    sessions: dict[str, dict] = {}
    try:
        for row in reader:
            _read_row(row, sessions)
    except (KeyError, ValueError) as exc:
        raise ExportError(f"{name}:{reader.line_num}: damaged row ({exc})") from None
    return list(sessions.values())


def _read_row(row: dict, sessions: dict) -> None:
    kind = row["kind"]
    if kind == "session":
        sessions[row["session_id"]] = {
            "id": row["session_id"], "player": row["player"], "scenario": row["scenario"],
            "content_hash": row["content_hash"], "seed": int(row["seed"]), "lang": row["lang"],
            "mode": row["mode"], "started_at": row["started_at"],
            "finished_at": row["finished_at"] or None, "ending": row["ending"] or None,
            "scores": _prefixed(row, "score."), "result": _from_json_cell(row["result"]),
            "decisions": [], "reflections": [],
        }
    elif kind == "decision":
        sessions[row["session_id"]]["decisions"].append({
            "turn": int(row["turn"]), "day": int(row["day"] or 0), "node": row["node"],
            "choice": row["choice"], "at": row["at"], "meters": _prefixed(row, "meter."),
            "deltas": _from_json_cell(row["deltas"]) or {},
            "misconceptions": [t for t in row["misconceptions"].split(";") if t],
            "events": _from_json_cell(row["events"]) or [], "votes": _from_json_cell(row["votes"]),
        })
    elif kind == "reflection":
        sessions[row["session_id"]]["reflections"].append(
            {"node": row["node"], "answer": row["answer"], "at": row["at"]})
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
    return {k[len(prefix):]: _number(v) for k, v in row.items() if k.startswith(prefix) and v not in ("", None)}
