"""Problems a trainer can make, as values with stable codes (documented in docs/errors.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..engine.model import NOWHERE, SourcePos

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    severity: str
    title: str


_TABLE = [
    Code("B001", "file-unreadable", ERROR, "The file cannot be read"),
    Code("B002", "file-too-large", ERROR, "The file is larger than the limit"),
    Code("B003", "yaml-syntax", ERROR, "The YAML is not well-formed"),
    Code("B004", "yaml-alias", ERROR, "Anchors and aliases are not allowed"),
    Code("B005", "limit-exceeded", ERROR, "A size limit is exceeded"),
    Code("B010", "wrong-type", ERROR, "A value has the wrong type"),
    Code("B011", "unknown-key", ERROR, "A key the format does not know"),
    Code("B012", "missing-key", ERROR, "A required key is missing"),
    Code("B013", "duplicate-id", ERROR, "Two things share one id"),
    Code("B014", "bad-value", ERROR, "A value is not one of those allowed"),
    Code("B020", "unknown-node", ERROR, "A reference to a node that does not exist"),
    Code("B021", "unknown-character", ERROR, "A reference to a character that does not exist"),
    Code("B022", "unknown-location", ERROR, "A reference to a location that does not exist"),
    Code("B023", "unknown-event", ERROR, "A reference to an event that does not exist"),
    Code("B024", "undeclared-meter", ERROR, "An effect on a meter that is not declared"),
    Code("B025", "unknown-name", ERROR, "A condition uses a name that is neither a meter nor a flag"),
    Code("B026", "unknown-misconception", ERROR, "A misconception tag the game does not know"),
    Code("B027", "bad-condition", ERROR, "A condition that cannot be read"),
    Code("B028", "compare-mismatch", ERROR, "A condition compares a number or a yes/no flag with text"),
    Code("B029", "set-meter", ERROR, "`set` used on a meter"),
    Code("B030", "unreachable-node", WARNING, "A node no path leads to"),
    Code("B031", "no-way-to-ending", ERROR, "A node from which no path reaches an ending"),
    Code("B032", "missing-feedback", ERROR, "A choice without feedback"),
    Code("B033", "no-default-ending", ERROR, "The last ending has a condition"),
    Code("B034", "no-unconditional-choice", ERROR, "Every choice of a node has a condition"),
    Code("B035", "unused-event", WARNING, "A delayed event that no choice schedules"),
    Code("B036", "too-many-choices", WARNING, "More than nine choices in one node"),
    Code("B037", "endless-loop", WARNING, "A loop of nodes nothing stops a player repeating"),
    Code("B038", "unknown-placeholder", ERROR, "A text has a brace that is not {sapaan} or {tanggal}"),
    Code("B039", "cue-bias", WARNING, "The form of the options gives the answer away"),
    Code("B040", "missing-translation", WARNING, "A text is missing one of its two languages"),
    Code("B041", "missing-asset", ERROR, "An image or sound file that does not exist"),
    Code("B042", "asset-outside", ERROR, "An asset path that leaves the allowed folders"),
    Code("B043", "unsupported-format", ERROR, "A format version this game cannot read"),
    Code(
        "B044", "bad-image", ERROR, "A picture is not an image we can read, or is too large to decode safely"
    ),
    Code("B050", "bad-range", ERROR, "A meter whose start, min and max do not fit"),
]

CODES = {c.code: c for c in _TABLE}


@dataclass(frozen=True)
class Diagnostic:
    code: str
    pos: SourcePos
    message: str
    hint: str = ""

    @property
    def severity(self) -> str:
        return CODES[self.code].severity

    @property
    def name(self) -> str:
        return CODES[self.code].name

    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        text = f"{self.pos}: {self.severity} {self.code}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def to_dict(self) -> dict:
        return {
            "file": self.pos.file,
            "line": self.pos.line,
            "column": self.pos.col,
            "severity": self.severity,
            "code": self.code,
            "name": self.name,
            "message": self.message,
            "hint": self.hint,
        }


def diag(code: str, pos: SourcePos = NOWHERE, message: str = "", hint: str = "") -> Diagnostic:
    assert code in CODES, code
    return Diagnostic(code, pos, message or CODES[code].title, hint)


def sort_key(d: Diagnostic):
    return (d.pos.file, d.pos.line, d.pos.col, d.code)


def format_text(diagnostics) -> str:
    return "\n".join(str(d) for d in sorted(diagnostics, key=sort_key))


def format_json(files: dict) -> str:
    """`files` maps each path to its diagnostics."""
    payload = {
        "files": [
            {
                "file": path,
                "errors": sum(d.is_error() for d in diags),
                "warnings": sum(not d.is_error() for d in diags),
                "diagnostics": [d.to_dict() for d in sorted(diags, key=sort_key)],
            }
            for path, diags in files.items()
        ]
    }
    payload["errors"] = sum(f["errors"] for f in payload["files"])
    payload["warnings"] = sum(f["warnings"] for f in payload["files"])
    return json.dumps(payload, ensure_ascii=False, indent=2)


def shorten(text: str, limit: int = 60) -> str:
    """A value quoted in a message: long ones are cut, so the message stays readable."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
