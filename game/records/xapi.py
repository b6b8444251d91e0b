"""xAPI 1.0.3 statements from session records, and a check of the spec's requirements.

One session gives: `launched` (the scenario), one `answered` per decision (the
decision node, with the choice as the response) and, when finished, `completed`
(result with score.scaled, success, completion, duration and extensions).

Activity IRIs are stable: the same scenario id and node id always give the same
IRI, so statements from many laptops line up in one Learning Record Store.
Statement ids are UUIDs derived from the session id and the step, so sending the
same session twice never duplicates it (an LRS keeps the first copy).
"""

from __future__ import annotations

import datetime
import re
import uuid
from collections.abc import Iterable
from urllib.parse import quote

from .store import parse_moment

VERSION = "1.0.3"
IRI_BASE = "https://berdaya.example/xapi"  # change here to the organisation's own domain
HOME_PAGE = "https://berdaya.example"
PASS_SCALED = 0.6  # success: the mean competency score reaches 60 of 100
_ID_NAMESPACE = uuid.UUID("6f1c3b1e-6a55-4c1c-9a57-3f6d2b0d9e11")

VERBS = {
    "launched": ("http://adlnet.gov/expapi/verbs/launched", "launched", "memulai"),
    "answered": ("http://adlnet.gov/expapi/verbs/answered", "answered", "menjawab"),
    "completed": ("http://adlnet.gov/expapi/verbs/completed", "completed", "menyelesaikan"),
}
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"


def ext(name: str, base: str = IRI_BASE) -> str:
    return f"{base}/extensions/{name}"


def scenario_iri(scenario: str, base: str = IRI_BASE) -> str:
    return f"{base}/scenarios/{quote(scenario, safe='')}"


def node_iri(scenario: str, node: str, base: str = IRI_BASE) -> str:
    return f"{scenario_iri(scenario, base)}/nodes/{quote(node, safe='')}"


def statements(sessions: Iterable[dict], base: str = IRI_BASE) -> list[dict]:
    out: list[dict] = []
    for session in sessions:
        out.extend(session_statements(session, base))
    return out


def session_statements(session: dict, base: str = IRI_BASE) -> list[dict]:
    result = [_launched(session, base)]
    result += [_answered(session, d, base) for d in session.get("decisions", [])]
    if session.get("finished_at"):
        result.append(_completed(session, base))
    return result


def _statement(session: dict, step: str, verb: str, obj: dict, timestamp: str, base: str) -> dict:
    verb_id, en, id_ = VERBS[verb]
    return {
        "id": str(uuid.uuid5(_ID_NAMESPACE, f"{session['id']}/{step}")),
        "actor": _actor(session),
        "verb": {"id": verb_id, "display": {"en": en, "id": id_}},
        "object": obj,
        "timestamp": timestamp,
        "context": _context(session, base),
    }


def _actor(session: dict) -> dict:
    return {
        "objectType": "Agent",
        "name": session["player"],
        "account": {"homePage": HOME_PAGE, "name": session["player"]},
    }


def _context(session: dict, base: str) -> dict:
    return {
        "registration": session["id"],
        "platform": "Berdaya",
        "language": session.get("lang") or "id",
        "extensions": {
            ext("content-hash", base): session.get("content_hash", ""),
            ext("seed", base): session.get("seed", 0),
            ext("mode", base): session.get("mode", "play"),
        },
    }


def _scenario_activity(session: dict, base: str) -> dict:
    return {
        "objectType": "Activity",
        "id": scenario_iri(session["scenario"], base),
        "definition": {"type": SIMULATION, "name": {"en": session["scenario"]}},
    }


def _launched(session: dict, base: str) -> dict:
    return _statement(
        session, "launched", "launched", _scenario_activity(session, base), session["started_at"], base
    )


def _answered(session: dict, decision: dict, base: str) -> dict:
    node = {
        "objectType": "Activity",
        "id": node_iri(session["scenario"], decision["node"], base),
        "definition": {"type": INTERACTION, "interactionType": "choice", "name": {"en": decision["node"]}},
    }
    extensions = {
        ext("misconceptions", base): list(decision.get("misconceptions", [])),
        ext("meters", base): dict(decision.get("meters", {})),
        ext("turn", base): decision["turn"],
        ext("day", base): decision.get("day", 0),
    }
    if decision.get("votes") is not None:
        extensions[ext("votes", base)] = decision["votes"]
    statement = _statement(session, f"answered/{decision['turn']}", "answered", node, decision["at"], base)
    statement["result"] = {"response": decision["choice"], "extensions": extensions}
    statement["context"]["contextActivities"] = {"parent": [_scenario_activity(session, base)]}
    return statement


def _completed(session: dict, base: str) -> dict:
    scores = session.get("scores") or {}
    scaled = round(sum(scores.values()) / (100 * len(scores)), 4) if scores else 0.0
    tags = sorted({t for d in session.get("decisions", []) for t in d.get("misconceptions", [])})
    result = {
        "score": {"scaled": scaled, "raw": round(scaled * 100, 2), "min": 0, "max": 100},
        "success": scaled >= PASS_SCALED,
        "completion": True,
        "duration": iso_duration(parse_moment(session["finished_at"]) - parse_moment(session["started_at"])),
        "extensions": {
            ext("competency-scores", base): dict(scores),
            ext("misconceptions", base): tags,
            ext("ending", base): session.get("ending"),
        },
    }
    statement = _statement(
        session, "completed", "completed", _scenario_activity(session, base), session["finished_at"], base
    )
    statement["result"] = result
    return statement


def iso_duration(delta: datetime.timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"PT{hours}H{minutes}M{secs}S"


# -- checking against the spec's requirements ---------------------------------------

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", re.I)
_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$")
_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_LANG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")
_TOP = {
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
}
_IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
_INTERACTIONS = {
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
}


def check_statement(statement: dict) -> list[str]:
    """Every way `statement` breaks an xAPI 1.0.3 requirement we rely on; [] when none."""
    problems: list[str] = []
    if not isinstance(statement, dict):
        return ["a statement must be a JSON object"]
    problems += [f"unknown property '{k}'" for k in statement if k not in _TOP]
    for key in ("actor", "verb", "object"):
        if key not in statement:
            problems.append(f"missing required property '{key}'")
    if "id" in statement and not _UUID.match(str(statement["id"])):
        problems.append("id must be a UUID")
    if "actor" in statement:
        problems += _check_agent(statement["actor"], "actor")
    if "verb" in statement:
        problems += _check_verb(statement["verb"])
    if "object" in statement:
        problems += _check_activity(statement["object"], "object")
    if "result" in statement:
        problems += _check_result(statement["result"])
    if "context" in statement:
        problems += _check_context(statement["context"])
    if "timestamp" in statement and not _TIMESTAMP.match(str(statement["timestamp"])):
        problems.append("timestamp must be an ISO 8601 date-time with a time zone")
    return problems


def _check_agent(agent, where: str) -> list[str]:
    if not isinstance(agent, dict):
        return [f"{where} must be an object"]
    problems = []
    if agent.get("objectType", "Agent") not in ("Agent", "Group"):
        problems.append(f"{where}.objectType must be Agent or Group")
    ifis = [k for k in _IFIS if k in agent]
    if len(ifis) != 1 and agent.get("objectType") != "Group":
        problems.append(f"{where} must have exactly one identifier ({', '.join(_IFIS)}), has {len(ifis)}")
    account = agent.get("account")
    if account is not None:
        if not isinstance(account, dict) or not _IRI.match(str(account.get("homePage", ""))):
            problems.append(f"{where}.account.homePage must be an IRL")
        if not isinstance(account, dict) or not isinstance(account.get("name"), str) or not account["name"]:
            problems.append(f"{where}.account.name must be a non-empty string")
    return problems


def _check_verb(verb) -> list[str]:
    if not isinstance(verb, dict) or not _IRI.match(str(verb.get("id", ""))):
        return ["verb.id must be an IRI"]
    return _check_language_map(verb.get("display", {}), "verb.display")


def _check_activity(activity, where: str) -> list[str]:
    if not isinstance(activity, dict):
        return [f"{where} must be an object"]
    problems = []
    if activity.get("objectType", "Activity") != "Activity":
        problems.append(f"{where}.objectType must be Activity")
    if not _IRI.match(str(activity.get("id", ""))):
        problems.append(f"{where}.id must be an IRI")
    definition = activity.get("definition", {})
    if not isinstance(definition, dict):
        return problems + [f"{where}.definition must be an object"]
    for key in ("name", "description"):
        if key in definition:
            problems += _check_language_map(definition[key], f"{where}.definition.{key}")
    if "type" in definition and not _IRI.match(str(definition["type"])):
        problems.append(f"{where}.definition.type must be an IRI")
    if "interactionType" in definition and definition["interactionType"] not in _INTERACTIONS:
        problems.append(f"{where}.definition.interactionType is not one the spec lists")
    return problems


def _check_result(result) -> list[str]:
    if not isinstance(result, dict):
        return ["result must be an object"]
    problems = []
    score = result.get("score")
    if score is not None:
        problems += _check_score(score)
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            problems.append(f"result.{key} must be true or false")
    if "duration" in result and not _DURATION.match(str(result["duration"])):
        problems.append("result.duration must be an ISO 8601 duration")
    problems += _check_extensions(result.get("extensions", {}), "result.extensions")
    return problems


def _check_score(score) -> list[str]:
    if not isinstance(score, dict):
        return ["result.score must be an object"]
    problems = []
    scaled = score.get("scaled")
    if scaled is not None and not (_number(scaled) and -1 <= scaled <= 1):
        problems.append("result.score.scaled must be a number from -1 to 1")
    low, high, raw = score.get("min"), score.get("max"), score.get("raw")
    if low is not None and high is not None and not low < high:
        problems.append("result.score.min must be below max")
    if raw is not None and ((low is not None and raw < low) or (high is not None and raw > high)):
        problems.append("result.score.raw must lie between min and max")
    return problems


def _check_context(context) -> list[str]:
    if not isinstance(context, dict):
        return ["context must be an object"]
    problems = []
    if "registration" in context and not _UUID.match(str(context["registration"])):
        problems.append("context.registration must be a UUID")
    if "language" in context and not _LANG.match(str(context["language"])):
        problems.append("context.language must be an RFC 5646 language tag")
    for kind, activities in context.get("contextActivities", {}).items():
        if kind not in ("parent", "grouping", "category", "other"):
            problems.append(f"context.contextActivities.{kind} is not a context activity type")
        for activity in activities if isinstance(activities, list) else [activities]:
            problems += _check_activity(activity, f"context.contextActivities.{kind}")
    problems += _check_extensions(context.get("extensions", {}), "context.extensions")
    return problems


def _check_extensions(extensions, where: str) -> list[str]:
    if not isinstance(extensions, dict):
        return [f"{where} must be an object"]
    return [f"{where} key '{k}' must be an IRI" for k in extensions if not _IRI.match(str(k))]


def _check_language_map(value, where: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{where} must be a language map"]
    return [f"{where} key '{k}' is not a language tag" for k in value if not _LANG.match(str(k))]


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
