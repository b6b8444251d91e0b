"""What a session in an export or the database must look like: check_sessions names the first field
of the wrong type, so a hand edit or a damaged copy is refused with the file, session and field named."""

from __future__ import annotations

import math

from .said import Said
from .store import parse_moment


class ExportError(Said, ValueError):
    """A file that is not a records export this game can read."""


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
