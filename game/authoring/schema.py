"""JSON Schemas (draft 2020-12) of the scenario, play-plan and pre/post check formats, for editors.

VS Code's YAML extension reads them to offer completion and underline mistakes while a trainer types.
Both are made from the format's one description (content/format_spec.py), from which the loader's keys
also come, so a schema accepts what `validate` accepts and rejects the shape errors `validate` reports
(tests/authoring/test_schema_agreement.py holds them to it). The validator stays the authority: the
schema checks shape, not references between nodes.
"""

from __future__ import annotations

import re

from ..content.build_values import _UNITS
from ..content.format_spec import BUILTIN_METERS, CHECK, PLAN, SCENARIO, SPECS, Kind, Spec
from ..content.keys import CALENDAR_YEARS, MAX_DAYS
from ..content.reader import MAX_TEXT_CHARS, NO_WORDS, YES_WORDS
from ..engine.model import MISCONCEPTIONS

ID_PATTERN = "^[a-z0-9][a-z0-9_-]*$"  # builder._ID
SCHEMA_URL = "https://json-schema.org/draft/2020-12/schema"


def _any_case(words) -> str:
    """JSON Schema patterns have no ignore-case flag; the loader reads these words in any case."""
    return "|".join(
        "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in w) for w in words
    )


def _units(decisions: bool) -> str:
    return _any_case(u for u, (what, _) in _UNITS.items() if decisions or what == "days")


# what the reader takes for a number (float() after dropping "_"), a whole number and a yes/no
NUMBER = r"^\s*[+-]?_*([0-9][0-9_]*(\.[0-9_]*)?|\.[0-9_]*[0-9][0-9_]*)([eE][+-]?_*[0-9][0-9_]*)?\s*$"
WHOLE = r"^\s*[+-]?_*[0-9][0-9_]*(\.[0_]*)?([eE]\+?_*[0-9][0-9_]*)?\s*$"
WHOLE_POSITIVE = r"^\s*\+?[0_]*[1-9][0-9_]*(\.[0_]*)?([eE]\+?_*[0-9][0-9_]*)?\s*$"
ONE = r"^\s*\+?0*1(\.0*)?\s*$"
YES_NO = f"^({_any_case(YES_WORDS + NO_WORDS)})$"
assert CALENDAR_YEARS == (1900, 2200), "DATE below spells these years out"
# YYYY-MM-DD of a day that exists, 1900 to 2200 (builder.CALENDAR_YEARS): 2026-02-30 is refused (B068)
_MONTH_DAY = (
    r"((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))"
)
_LEAP_YEAR = r"(19(0[48]|[2468][048]|[13579][26])|20(0[048]|[2468][048]|[13579][26])|21(0[48]|[2468][048]|[13579][26]))"
DATE = rf"^((19[0-9]{{2}}|2[01][0-9]{{2}}|2200)-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)$"
DURATION = rf"^\s*[0-9]+\s*({_units(False)})?\s*$"
AFTER = rf"^\s*[0-9]+\s*({_units(True)})?\s*$"
# reader._CONTROL: no font draws these, so the reader refuses them in any text (B058)
_CONTROL = "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f"
PLAIN = f"^[^{_CONTROL}]*$"
NOT_BLANK = f"^[^{_CONTROL}]*[^\\s{_CONTROL}][^{_CONTROL}]*$"
SCALAR_TYPES = ["string", "number", "boolean", "null"]  # a YAML scalar the reader reads as text


def scenario_schema() -> dict:
    return _schema("scenario", "Berdaya scenario", "top", SCENARIO, "docs/authoring.md")


def plan_schema() -> dict:
    return _schema("plan", "Berdaya play-plan", "plan-file", PLAN, "docs/authoring.md, Play-plans")


def check_schema() -> dict:
    schema = _schema(
        "check", "Berdaya pre/post check", "check-file", CHECK, "docs/authoring.md, pre/post check"
    )
    return {**schema, "allOf": [_shown_somewhere(tag) for tag in MISCONCEPTIONS]}


def _schema(name: str, title: str, top: str, specs: tuple, see: str) -> dict:
    used = {s.name for s in specs if s.name != top} | ({"text"} if _has_text(specs) else set())
    return {
        "$schema": SCHEMA_URL,
        "$id": f"https://berdaya.example/{name}.schema.json",
        "title": title,
        "description": f"{_say(SPECS[top].noun)}. See {see}.",
        **_object(SPECS[top]),
        "$defs": {n: _object(SPECS[n]) for n in SPECS if n in used} | _builtin_meter(used),
    }


def _has_text(specs: tuple) -> bool:
    def texts(kind: Kind) -> bool:
        return kind.name == "text" or any(texts(k) for k in kind.of if isinstance(k, Kind))

    return any(texts(key.kind) for spec in specs for key in spec.keys)


def _say(pair: tuple) -> str:
    """A bilingual line, Indonesian first (as the trainers read it)."""
    en, id_ = pair
    return id_ if id_ == en else f"{id_} / {en}"


def _object(spec: Spec, needed: tuple | None = None) -> dict:
    needed = spec.needed if needed is None else needed
    schema: dict = {
        "type": "object",
        "description": _say(spec.noun),
        "properties": {k.name: {**_value_of(spec, k), "description": _say((k.en, k.id))} for k in spec.keys},
        "additionalProperties": False,
    }
    if needed:
        schema["required"] = list(needed)
    if spec.one_of:
        schema["oneOf"] = [{"required": [k]} for k in spec.one_of]
    rules = [
        {"if": {"properties": {k: {"const": v}}, "required": [k]}, "then": {"required": [other]}}
        for k, v, other in spec.when
    ]
    if rules:
        schema["allOf"] = rules
    if spec.name == "text":  # at least one language (B063 when neither is there)
        schema["anyOf"] = [{"required": [k], "properties": {k: _not_blank()}} for k in spec.names]
    return schema


def _value_of(spec: Spec, key) -> dict:
    if (spec.name, key.name) == ("top", "meters"):  # the built-in competencies need no label
        return {**_entries(_ref("meter")), "properties": {m: _ref("builtin-meter") for m in BUILTIN_METERS}}
    if (spec.name, key.name) == ("check-item", "options"):  # B205, B206: one free option, one tagged
        return {**value(key.kind), "allOf": [{"contains": _untagged()}, {"contains": _tagged()}]}
    return value(key.kind)


# -- a check item's options: which show a misconception (as check_loader reads `misconceptions:`) ------
def _no_tag() -> dict:
    """A `misconceptions:` value that shows none: [], empty, or a list of empty items."""
    empty = [{"type": "null"}, {"const": ""}]
    return {"anyOf": [*empty, {"type": "array", "items": {"anyOf": empty}}]}


def _untagged() -> dict:
    return {"type": "object", "properties": {"misconceptions": _no_tag()}}


def _tagged() -> dict:
    return {
        "type": "object",
        "required": ["misconceptions"],
        "properties": {"misconceptions": {"not": _no_tag()}},
    }


def _shown_somewhere(tag: str) -> dict:
    """B207: some option of some item shows `tag`."""
    shows = {"anyOf": [{"const": tag}, {"type": "array", "contains": {"const": tag}}]}
    option = {"type": "object", "required": ["misconceptions"], "properties": {"misconceptions": shows}}
    item = {
        "type": "object",
        "required": ["options"],
        "properties": {"options": {"type": "array", "contains": option}},
    }
    return {"properties": {"items": {"type": "array", "contains": item}}}


def _builtin_meter(used: set) -> dict:
    if "meter" not in used:
        return {}
    meter = SPECS["meter"]
    return {"builtin-meter": _object(meter, tuple(k for k in meter.needed if k != "label"))}


def _not_blank() -> dict:
    return {"type": ["string", "number", "boolean"], "pattern": NOT_BLANK, "maxLength": MAX_TEXT_CHARS}


def _ref(name: str) -> dict:
    return {"$ref": f"#/$defs/{name}"}


def value(kind: Kind) -> dict:
    """The JSON Schema of one kind of value, as the loader reads it."""
    name, of = kind.name, kind.of
    if name == "text":  # low: not empty (an empty feedback is B032)
        return {"anyOf": [_not_blank() if kind.low else _word(), _ref("text")]}
    if name == "word":
        return _not_blank() if kind.low else _word()
    if name == "ref":
        return _not_blank() if kind.low else _word()  # an empty speaker, location or coach is none
    if name == "condition":
        return _not_blank()
    if name == "id":  # as the reader reads it: text, so `id: 2026` and `id: true` are ids; empty is B093
        return {
            "anyOf": [
                {"type": "string", "pattern": ID_PATTERN},
                {"type": ["integer", "boolean"], "minimum": 0},
            ]
        }
    if name == "number":
        return {"anyOf": [_range({"type": "number"}, kind), {"type": "string", "pattern": NUMBER}]}
    if name == "integer":
        whole = WHOLE_POSITIVE if (kind.low or 0) >= 1 else WHOLE
        return {"anyOf": [_range({"type": "integer"}, kind), {"type": "string", "pattern": whole}]}
    if name == "boolean":
        return {"anyOf": [{"type": "boolean"}, {"type": "string", "pattern": YES_NO}]}
    if name == "duration":
        days = {"type": "integer", "minimum": 0, "maximum": MAX_DAYS}
        return {"anyOf": [days, {"type": "string", "pattern": AFTER if kind.decisions else DURATION}]}
    if name == "date":
        return {"type": "string", "pattern": DATE}
    if name == "enum":
        return {"enum": list(of)}
    if name == "const":
        return {"anyOf": [{"const": of[0]}, {"type": "string", "pattern": ONE}]}
    if name == "list":
        items = {"type": "array", "items": value(of[0])}
        if kind.low:
            items["minItems"] = int(kind.low)
        if kind.high is not None and kind.high < 1e9:
            items["maxItems"] = int(kind.high)
        return items
    if name == "words":  # one or a list; the reader leaves empty items out
        one = {"anyOf": [value(of[0]), {"type": "null"}, {"const": ""}]}
        return {"anyOf": [*one["anyOf"], {"type": "array", "items": one}]}
    if name == "entries":
        return _entries(value(of[0]))
    if name == "ids":  # the things the file defines: an id without spaces (B102)
        return _entries(value(of[0]), {"pattern": r"^\S+$"})
    if name == "map":
        return _ref(of[0])
    if name == "either":
        return {"anyOf": [value(k) for k in of]}
    if name == "flags":
        return {"anyOf": [_entries(_word()), {"type": "array", "items": _word()}]}
    raise ValueError(name)


def _word() -> dict:
    return {"type": SCALAR_TYPES, "pattern": PLAIN, "maxLength": MAX_TEXT_CHARS}


def _range(schema: dict, kind: Kind) -> dict:
    if kind.low is not None:
        schema["minimum"] = kind.low
    if kind.high is not None:
        schema["maximum"] = kind.high
    return schema


def _entries(item: dict, names: dict | None = None) -> dict:
    """A map keyed by ids (nodes, meters, effects...): any key the reader takes (B055: not empty)."""
    return {
        "type": "object",
        "propertyNames": {"minLength": 1, **(names or {})},
        "additionalProperties": item,
    }


def plain_data(text: str):
    """YAML text -> the JSON-like data an editor checks against the schema, read as YAML 1.1 does (the
    loader's PyYAML): dates stay strings, numbers, booleans (yes/no too) and null become JSON values."""
    import yaml

    def convert(node):
        if isinstance(node, yaml.MappingNode):
            return {convert(k): convert(v) for k, v in node.value}
        if isinstance(node, yaml.SequenceNode):
            return [convert(item) for item in node.value]
        if node.tag.endswith((":int", ":float", ":bool", ":null")):
            return yaml.safe_load(node.value)
        return node.value

    return _compose(text, convert)


# YAML 1.2's core schema, which VS Code's YAML extension uses by default: `no` and `1_000` are text
_CORE = (
    (re.compile(r"^(~|null|Null|NULL|)$"), lambda v: None),
    (re.compile(r"^(true|True|TRUE)$"), lambda v: True),
    (re.compile(r"^(false|False|FALSE)$"), lambda v: False),
    (re.compile(r"^[-+]?[0-9]+$"), int),
    (re.compile(r"^0o[0-7]+$"), lambda v: int(v[2:], 8)),
    (re.compile(r"^0x[0-9a-fA-F]+$"), lambda v: int(v[2:], 16)),
    (re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"), float),
)


class DuplicateKey(ValueError):
    """A map with a key written twice: the editor's YAML parser reports it, before any schema."""


def editor_data(text: str):
    """YAML text -> the data VS Code's YAML extension checks against the schema (YAML 1.2 core schema):
    a quoted scalar is text, a plain one a number, true/false or null only as 1.2 spells them."""
    import yaml

    def scalar(node):
        if node.style:
            return node.value
        for pattern, make in _CORE:
            if pattern.match(node.value):
                return make(node.value)
        return node.value

    def convert(node):
        if isinstance(node, yaml.MappingNode):
            data = {}
            for k, v in node.value:
                if str(k.value) in data:  # as the editor's YAML parser says: "Map keys must be unique"
                    raise DuplicateKey(f"line {k.start_mark.line + 1}: the key '{k.value}' is written twice")
                data[str(k.value)] = convert(v)
            return data
        if isinstance(node, yaml.SequenceNode):
            return [convert(item) for item in node.value]
        return scalar(node)

    return _compose(text, convert)


def _compose(text: str, convert):
    import yaml

    from ..content.source import Loader

    root = yaml.compose(text, Loader=Loader)
    return None if root is None else convert(root)
