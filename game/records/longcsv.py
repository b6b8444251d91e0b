"""The long CSV (`export --format csv-long`): one `session` row, then one `decision` row per decision
and one `reflection` row per answer; scores and meters get one column each (`score.empathy`,
`meter.trust`), lists and objects are JSON in a cell, and what else a session, decision or reflection
holds (learner_id, class_name, scenario_title, choice_text, options, prompt, ...) is one JSON `extra`
cell per row. Reading it back gives the same sessions as the JSON; `report` reads it. (The CSV for
Excel is game.records.spreadsheet.)
"""

from __future__ import annotations

import csv
import io
import json
import re

from .checks import ExportError, check_sessions

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
TAIL_COLUMNS = ["answer", "result", "extra"]
# what each kind of row has columns for; any other key of the dict goes into the row's `extra` cell
KNOWN = {
    "session": frozenset(SESSION_COLUMNS[1:] + ["id", "scores", "result", "decisions", "reflections"]),
    "decision": frozenset(DECISION_COLUMNS + ["meters"]),
    "reflection": frozenset({"node", "answer", "at"}),
}


def _extra(kind: str, item: dict) -> str:
    rest = {k: v for k, v in item.items() if k not in KNOWN[kind]}
    return _json_cell(rest) if rest else ""


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
        row["extra"] = _extra("session", session)
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
                    "extra": _extra("reflection", reflection),
                }
            )
    return out.getvalue()


def _decision_cells(decision: dict) -> dict:
    cells = {k: _cell(decision.get(k)) for k in ("turn", "day", "node", "choice", "at")}
    cells["misconceptions"] = ";".join(decision.get("misconceptions", []))
    cells["deltas"] = _json_cell(decision.get("deltas", {}))
    cells["events"] = _json_cell(decision.get("events", []))
    cells["votes"] = _json_cell(decision.get("votes"))
    cells["extra"] = _extra("decision", decision)
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
            **_from_extra(row),
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
                **_from_extra(row),
            }
        )
    elif kind == "reflection":
        sessions[row["session_id"]]["reflections"].append(
            {"node": row["node"], "answer": row["answer"], "at": row["at"], **_from_extra(row)}
        )
    else:
        raise ValueError(f"unknown row kind {kind!r}")


def _cell(value) -> str:
    return "" if value is None else str(value)


def _json_cell(value) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _from_extra(row: dict) -> dict:
    """The row's `extra` keys (a CSV from before it had the column has none)."""
    extra = _from_json_cell(row.get("extra") or "")
    if extra is not None and not isinstance(extra, dict):
        raise ValueError("the 'extra' cell should be a JSON object")
    return extra or {}


def _from_json_cell(text: str):
    return None if not text else json.loads(text)


_INT = re.compile(r"^-?\d+$")


def _number(text: str):
    return int(text) if _INT.match(text) else float(text)


def _prefixed(row: dict, prefix: str) -> dict:
    return {
        k[len(prefix) :]: _number(v) for k, v in row.items() if k.startswith(prefix) and v not in ("", None)
    }
