"""xAPI statements read back from an LRS, turned into session dicts (the JSON export's shape), so the
class report can be made from what an LRS holds (`report --lrs URL`).

    sessions = sessions_from_statements(statements)     # an iterable of statements, any order

Only Berdaya's statements count (context.platform "Berdaya" and a registration); the statements of one
registration make one session, whatever IRI base they were sent with (extensions are found by their
name). What a statement does not carry gets the reader's defaults, as for an older database: an LRS
that holds part of a session gives the part it holds. A statement of an unexpected shape is left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import unquote

from .reading import parse_moment
from .xapi import EN_LANG, ID_LANG, MASTERY_SCORE, PLATFORM, pass_mark

START_VERBS = ("initialized", "launched")  # launched: statements sent by Berdaya before cmi5's verbs


def sessions_from_statements(statements: Iterable[dict]) -> list[dict]:
    """The sessions the statements make, oldest first."""
    groups: dict[str, list] = {}
    for statement in statements:
        if not isinstance(statement, dict):
            continue
        context = statement.get("context")
        if not isinstance(context, dict) or context.get("platform") != PLATFORM:
            continue
        registration = context.get("registration")
        if isinstance(registration, str) and registration:
            groups.setdefault(registration, []).append(statement)
    sessions = []
    for registration, group in groups.items():
        try:
            sessions.append(_session(registration, group))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # not a shape Berdaya writes: left out
    return sorted(sessions, key=lambda s: (s["started_at"], s["id"]))


def _verb(statement: dict) -> str:
    return str(statement.get("verb", {}).get("id", "")).rstrip("/").rsplit("/", 1)[-1]


def _ext(extensions, name: str, default=None):
    """The extension called `name` under any IRI base (…/extensions/name)."""
    if isinstance(extensions, dict):
        for key, value in extensions.items():
            if str(key).endswith(f"/extensions/{name}"):
                return value
    return default


def _text(language_map, fallback: str = "") -> dict:
    """{"id", "en"} from an xAPI language map (id-ID / en-US, or id / en)."""
    if not isinstance(language_map, dict) or not language_map:
        return {"id": fallback, "en": fallback}
    first = next(iter(language_map.values()))
    id_ = language_map.get(ID_LANG) or language_map.get("id") or first
    en = language_map.get(EN_LANG) or language_map.get("en") or first
    return {"id": str(id_), "en": str(en)}


def _segment(iri: str, after: str) -> str:
    """The unquoted path segment that follows `/after/` in an IRI (scenario id, node id)."""
    marker = f"/{after}/"
    at = iri.rfind(marker)
    return unquote(iri[at + len(marker) :].split("/", 1)[0]) if at >= 0 else ""


def _session(registration: str, group: list) -> dict:
    group.sort(key=lambda s: parse_moment(str(s.get("timestamp") or "1970-01-01T00:00:00+00:00")))
    by_verb: dict[str, list] = {}
    for statement in group:
        by_verb.setdefault(_verb(statement), []).append(statement)
    first = next((by_verb[v][0] for v in START_VERBS if v in by_verb), group[0])
    actor, context = first.get("actor") or {}, first["context"]
    extensions = context.get("extensions") or {}
    scenario_activity = _scenario_activity(first)
    scenario = _segment(scenario_activity["id"], "scenarios")
    completed = (by_verb.get("completed") or [None])[0]
    judged = (by_verb.get("passed") or by_verb.get("failed") or [None])[0]
    session = {
        "id": registration,
        "player": str(actor.get("name") or (actor.get("account") or {}).get("name") or ""),
        "scenario": scenario,
        "content_hash": str(_ext(extensions, "content-hash", "")),
        "seed": _ext(extensions, "seed", 0) if isinstance(_ext(extensions, "seed", 0), int) else 0,
        "lang": str(context.get("language") or "id"),
        "mode": str(_ext(extensions, "mode", "play")),
        "started_at": first["timestamp"],
        "finished_at": completed["timestamp"] if completed else None,
        "ending": None,
        "scores": {},
        "result": None,
        "learner_id": str(_ext(extensions, "learner-id", "")),
        "class_name": str(_ext(extensions, "class", "")),
        "batch": str(_ext(extensions, "batch", "")),
        "organisation": str(_ext(extensions, "organisation", "")),
        "scenario_title": _text(scenario_activity.get("definition", {}).get("name"), scenario),
        "pass_mark": pass_mark({"pass_mark": _ext_exact(judged or first, MASTERY_SCORE)}),
        "status": "finished" if completed else "open",
        "debrief_questions": [],
        "decisions": [],
        "reflections": [],
    }
    if completed:
        found = (completed.get("result") or {}).get("extensions") or {}
        session["ending"] = _ext(found, "ending")
        scores = _ext(found, "competency-scores", {})
        session["scores"] = dict(scores) if isinstance(scores, dict) else {}
        questions = _ext((completed.get("context") or {}).get("extensions"), "debrief-questions", [])
        session["debrief_questions"] = [_text(q) for q in questions if isinstance(q, dict)]
    answered = sorted(
        (_decision(s) for s in by_verb.get("answered", [])), key=lambda d: (d["turn"], parse_moment(d["at"]))
    )
    session["decisions"] = list({d["turn"]: d for d in answered}.values())
    reflections = [_reflection(s) for s in by_verb.get("responded", [])]
    session["reflections"] = sorted(reflections, key=lambda r: (parse_moment(r["at"]), r["node"]))
    if not completed and by_verb.get("abandoned"):
        left = parse_moment(by_verb["abandoned"][-1]["timestamp"])
        later = [d for d in session["decisions"] if parse_moment(d["at"]) > left]
        session["status"] = "open" if later else "abandoned"
    return session


def _ext_exact(statement: dict, key: str):
    return ((statement.get("context") or {}).get("extensions") or {}).get(key)


def _scenario_activity(statement: dict) -> dict:
    """The scenario: the object of a session-level statement, the parent of a decision or reflection."""
    parents = ((statement.get("context") or {}).get("contextActivities") or {}).get("parent") or []
    for activity in [statement.get("object") or {}, *parents]:
        if isinstance(activity, dict) and "/scenarios/" in str(activity.get("id", "")):
            if "/nodes/" not in str(activity["id"]):
                return activity
    raise ValueError("no scenario activity")


def _decision(statement: dict) -> dict:
    activity = statement["object"]
    definition = activity.get("definition") or {}
    result = statement.get("result") or {}
    found = result.get("extensions") or {}
    choice = str(result.get("response", ""))
    texts = {
        c["id"]: _text(c.get("description"), c["id"])
        for c in definition.get("choices") or []
        if isinstance(c, dict) and isinstance(c.get("id"), str)
    }
    shown = _ext(found, "options", None)
    if isinstance(shown, list):
        options = [
            {
                "id": str(o.get("id", "")),
                "text": texts.get(o.get("id"), _text(None, str(o.get("id", "")))),
                "misconceptions": [str(m) for m in o.get("misconceptions") or []],
            }
            for o in shown
            if isinstance(o, dict)
        ]
    else:
        options = [{"id": k, "text": v, "misconceptions": []} for k, v in texts.items()]
    node = _segment(str(activity["id"]), "nodes")
    votes = _ext(found, "votes")
    return {
        "turn": int(_ext(found, "turn", 0)),
        "day": int(_ext(found, "day", 0) or 0),
        "node": node,
        "choice": choice,
        "at": statement["timestamp"],
        "meters": dict(_ext(found, "meters", {}) or {}),
        "deltas": dict(_ext(found, "deltas", {}) or {}),
        "misconceptions": [str(m) for m in _ext(found, "misconceptions", []) or []],
        "events": list(_ext(found, "events", []) or []),
        "votes": votes if isinstance(votes, dict) else None,
        "choice_text": texts.get(choice, _text(None, choice)),
        "options": options,
        "situation": _text(definition.get("name"), node),
    }


def _reflection(statement: dict) -> dict:
    activity = statement["object"]
    definition = activity.get("definition") or {}
    return {
        "node": _segment(str(activity["id"]), "nodes"),
        "answer": str((statement.get("result") or {}).get("response", "")),
        "at": statement["timestamp"],
        "prompt": _text(definition.get("description") or definition.get("name"), ""),
    }
