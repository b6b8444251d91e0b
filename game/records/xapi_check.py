"""Checking an xAPI statement against the xAPI 1.0.3 requirements Berdaya relies on (a test aid and a
guard for what is sent): check_statement(statement) -> the problems, [] when none."""

from __future__ import annotations

import re

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
    for key in ("choices", "scale", "source", "target", "steps"):
        for number, component in enumerate(definition.get(key, ()) or (), 1):
            at = f"{where}.definition.{key}[{number}]"
            if not isinstance(component, dict) or not isinstance(component.get("id"), str):
                problems.append(f"{at} must be an object with an id")
            else:
                problems += _check_language_map(component.get("description", {}), f"{at}.description")
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
