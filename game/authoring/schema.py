"""A JSON Schema (draft 2020-12) of the scenario format, for editors.

VS Code's YAML extension reads it to offer completion and underline unknown
keys while a trainer types. The allowed keys come from the loader's own key
tuples, so the schema cannot drift from what `validate` accepts. The
validator stays the authority: the schema checks shape, not references.
"""

from __future__ import annotations

from ..content.keys import (
    CHOICE_KEYS,
    ENDING_KEYS,
    EVENT_KEYS,
    FORMAT_VERSION,
    LOCATION_KEYS,
    METER_KEYS,
    NODE_KEYS,
    TOP_KEYS,
    TOP_REQUIRED,
)
from ..engine.model import DUTIES, METER_DIRECTIONS, METER_KINDS, MISCONCEPTIONS, WEATHERS

# Small maps the loader spells inline rather than as tuples.
LINE_KEYS = ("speaker", "text", "if")
CHARACTER_KEYS = ("name", "role", "portrait")
BRANCH_KEYS = ("if", "node")
SCHEDULE_KEYS = ("event", "after")


ID_PATTERN = "^[a-z0-9][a-z0-9_-]*$"


def _any_case(words: str) -> str:
    """JSON Schema patterns have no ignore-case flag; the loader reads units in any case."""
    return "|".join("".join(f"[{c.lower()}{c.upper()}]" for c in word) for word in words.split("|"))


UNITS = _any_case("day|days|hari|week|weeks|minggu|pekan|month|months|bulan")
DURATION = rf"^\s*\d+\s*({UNITS})?\s*$"
AFTER = rf"^\s*\d+\s*({UNITS}|{_any_case('decision|decisions|keputusan')})?\s*$"


def _obj(keys: tuple, properties: dict, required: tuple = (), description: str = "") -> dict:
    assert set(properties) == set(keys), sorted(set(properties) ^ set(keys))
    schema = {"type": "object", "properties": {k: properties[k] for k in keys}, "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    if description:
        schema["description"] = description
    return schema


def _ref(name: str) -> dict:
    return {"$ref": f"#/$defs/{name}"}


def _weather(where: str = "drawn over the location's picture") -> dict:
    return {"enum": list(WEATHERS), "description": f"the weather, {where}"}


def _map_of(name: str) -> dict:
    return {
        "type": "object",
        "propertyNames": {"pattern": "^[A-Za-z0-9_.-]+$"},
        "additionalProperties": _ref(name),
    }


def _one_or_list(item: dict) -> dict:
    return {"anyOf": [item, {"type": "array", "items": item}]}


def scenario_schema() -> dict:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://berdaya.example/scenario.schema.json",
        "title": "Berdaya scenario",
        "description": "A training scenario for Berdaya. See docs/authoring.md.",
        **_obj(TOP_KEYS, _top(), TOP_REQUIRED),
        "$defs": _defs(),
    }


def _top() -> dict:
    return {
        "format": {"const": FORMAT_VERSION, "description": "the format version"},
        "id": {"type": "string", "pattern": ID_PATTERN, "description": "lowercase letters, digits, - and _"},
        "title": _ref("text"),
        "summary": _ref("text"),
        "duty": _one_or_list({"enum": list(DUTIES)}),
        "minutes": {"type": "integer", "minimum": 0, "description": "roughly how long a playthrough takes"},
        "start": {"type": "string", "description": "the id of the first node"},
        "calendar": _obj(("start",), {"start": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}}),
        "coach": {
            "type": "string",
            "description": "the character who answers when a trainee asks for a hint",
        },
        "characters": _map_of("character"),
        "locations": _map_of("location"),
        "meters": _map_of("meter"),
        "nodes": {**_map_of("node"), "minProperties": 1},
        "events": _map_of("event"),
        "endings": {"type": "array", "minItems": 1, "items": _ref("ending")},
    }


def _defs() -> dict:
    number = {"type": "number"}
    condition = {"type": "string", "description": "a condition, e.g. trust >= 50 and not road_paved"}
    return {
        "text": {
            "description": "text in both languages: {id: ..., en: ...}",
            "anyOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "en": {"type": "string"}},
                    "additionalProperties": False,
                    "minProperties": 1,
                },
            ],
        },
        "condition": condition,
        "effects": {
            "type": "object",
            "additionalProperties": number,
            "description": "{meter: change}, e.g. {collaboration: 2}",
        },
        "set": {
            "anyOf": [
                {"type": "object", "additionalProperties": {"type": ["boolean", "number", "string"]}},
                {"type": "array", "items": {"type": "string"}},
            ]
        },
        "character": _obj(
            CHARACTER_KEYS,
            {
                "name": {"type": "string"},
                "role": _ref("text"),
                "portrait": {"type": "string"},
            },
            ("name",),
        ),
        "location": _obj(
            LOCATION_KEYS,
            {
                "name": _ref("text"),
                "kind": {"type": "string"},
                "background": {"type": "string"},
                "weather": _weather(),
            },
            ("name",),
        ),
        "meter": _obj(
            METER_KEYS,
            {
                "label": _ref("text"),
                "kind": {"enum": list(METER_KINDS)},
                "start": number,
                "min": number,
                "max": number,
                "stakeholder": {"type": "string"},
                "better": {"enum": list(METER_DIRECTIONS)},
                "description": _ref("text"),
            },
        ),
        "line": _obj(
            LINE_KEYS, {"speaker": {"type": "string"}, "text": _ref("text"), "if": condition}, ("text",)
        ),
        "node": _obj(
            NODE_KEYS,
            {
                "location": {"type": "string"},
                "weather": _weather("here, instead of the location's (the road floods in the rainy season)"),
                "lines": {"type": "array", "items": _ref("line")},
                "choices": {"type": "array", "minItems": 1, "items": _ref("choice")},
                "if": condition,
                "otherwise": {"type": "string"},
                "reflection": _ref("text"),
                "hint": {
                    **_ref("text"),
                    "description": "what the coach says when asked: a question, not the answer",
                },
                "deadline": {
                    **_obj(
                        ("day", "date", "missed"),
                        {
                            "day": {
                                "type": "integer",
                                "description": "arriving after this story day goes to missed",
                            },
                            "date": {
                                "type": "string",
                                "pattern": r"^\d{4}-\d{2}-\d{2}$",
                                "description": "arriving after this date goes to missed",
                            },
                            "missed": {
                                "type": "string",
                                "description": "the node to go to when the deadline has passed",
                            },
                        },
                        ("missed",),
                    ),
                    "oneOf": [{"required": ["day"]}, {"required": ["date"]}],
                },
            },
            ("choices",),
        ),
        "choice": _obj(
            CHOICE_KEYS,
            {
                "id": {"type": "string"},
                "text": _ref("text"),
                "feedback": _ref("text"),
                "effects": _ref("effects"),
                "set": _ref("set"),
                "misconceptions": _one_or_list({"enum": list(MISCONCEPTIONS)}),
                "insight": _ref("text"),
                "time": {
                    "anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "pattern": DURATION}]
                },
                "schedule": {
                    "type": "array",
                    "items": _obj(
                        SCHEDULE_KEYS,
                        {
                            "event": {"type": "string"},
                            "after": {
                                "anyOf": [
                                    {"type": "integer", "minimum": 0},
                                    {"type": "string", "pattern": AFTER},
                                ]
                            },
                        },
                        SCHEDULE_KEYS,
                    ),
                },
                "if": condition,
                "fixed": {
                    "type": "boolean",
                    "description": "keep this option in its place when options are shuffled",
                },
                "next": {
                    "anyOf": [
                        {"type": "string", "description": "a node id, or END"},
                        {
                            "type": "array",
                            "minItems": 1,
                            "items": _obj(
                                BRANCH_KEYS, {"if": condition, "node": {"type": "string"}}, ("node",)
                            ),
                        },
                    ]
                },
            },
            ("text", "next"),
        ),
        "event": _obj(
            EVENT_KEYS,
            {
                "kind": {"enum": ["delayed", "obstacle"]},
                "title": _ref("text"),
                "text": _ref("text"),
                "effects": _ref("effects"),
                "set": _ref("set"),
                "if": condition,
                "probability": {"type": "number", "minimum": 0, "maximum": 1},
                "at": _one_or_list({"type": "string"}),
                "once": {"type": "boolean"},
                "next": {"type": "string"},
            },
            ("kind", "title", "text"),
        ),
        "ending": _obj(
            ENDING_KEYS,
            {
                "id": {"type": "string"},
                "title": _ref("text"),
                "summary": _ref("text"),
                "debrief": {
                    "type": "array",
                    "items": {
                        "anyOf": [
                            _ref("text"),
                            _obj(("text", "if"), {"text": _ref("text"), "if": condition}, ("text",)),
                        ]
                    },
                },
                "if": condition,
                "best": {
                    "type": "boolean",
                    "description": "the outcome a trainee should aim for (one ending)",
                },
                "epilogue": {
                    "type": "array",
                    "items": _ref("line"),
                    "description": "lines shown after the summary; each may have an if",
                },
            },
            ("id", "title", "summary", "debrief"),
        ),
    }


def plain_data(text: str):
    """YAML text -> the JSON-like data an editor checks against the schema.

    Dates stay strings (as editors treat them, and as the loader reads them);
    numbers, booleans and null become JSON values.
    """
    import yaml

    def convert(node):
        if isinstance(node, yaml.MappingNode):
            return {convert(k): convert(v) for k, v in node.value}
        if isinstance(node, yaml.SequenceNode):
            return [convert(item) for item in node.value]
        if node.tag.endswith((":int", ":float", ":bool", ":null")):
            return yaml.safe_load(node.value)
        return node.value

    from ..content.source import Loader

    root = yaml.compose(text, Loader=Loader)
    return None if root is None else convert(root)
