"""Problems a trainer can make, as values with stable codes.

Each problem has one descriptor (game/content/codes/): its code, severity, short name, the message and
hint templates in English and Indonesian, and a minimal example that triggers it, as Yarn Spinner's
DiagnosticDescriptor does. A Diagnostic names its descriptor and carries the fields the templates fill,
so the same problem reads the same everywhere, in either language. docs/errors.md is generated from the
table: `python -m game.content.diagnostics --docs > docs/errors.md`, and docs/errors.id.md (Indonesian) with
`--docs id > docs/errors.id.md`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..engine.model import NOWHERE, SourcePos
from .codes import CODES, ERROR, WARNING, Descriptor, Phrase, render  # noqa: F401 - re-exported

LANGS = ("en", "id")
_HINT_WORD = {"en": "hint", "id": "saran"}
# the severity as a line of text says it (--format json keeps "error"/"warning": a machine reads that)
_SEVERITY_WORD = {"id": {ERROR: "kesalahan", WARNING: "peringatan"}}


@dataclass(frozen=True)
class Diagnostic:
    code: str
    pos: SourcePos
    fields: tuple = ()  # (name, value) pairs the templates fill
    hint_key: str = ""  # one of the descriptor's alternative hints, or a shared one ("did-you-mean")
    end: SourcePos = field(default=NOWHERE, compare=False)  # where the offending YAML node ends

    @property
    def descriptor(self) -> Descriptor:
        return CODES[self.code]

    @property
    def severity(self) -> str:
        return self.descriptor.severity

    @property
    def name(self) -> str:
        return self.descriptor.name

    @property
    def message(self) -> str:
        return self.message_in("en")

    @property
    def hint(self) -> str:
        return self.hint_in("en")

    def message_in(self, lang: str) -> str:
        return render(self.descriptor.message, dict(self.fields), lang)

    def hint_in(self, lang: str) -> str:
        template = self.descriptor.hint_for(self.hint_key)
        return render(template, dict(self.fields), lang) if template else ""

    def is_error(self) -> bool:
        return self.severity == ERROR

    def text(self, lang: str = "en") -> str:
        severity = _SEVERITY_WORD.get(lang, {}).get(self.severity, self.severity)
        text = f"{self.pos}: {severity} {self.code}: {self.message_in(lang)}"
        hint = self.hint_in(lang)
        if hint:
            text += f"\n    {_HINT_WORD.get(lang, 'hint')}: {hint}"
        return text

    def __str__(self) -> str:
        return self.text("en")

    def to_dict(self, lang: str = "en") -> dict:
        end = self.end if self.end else self.pos
        return {
            "file": self.pos.file,
            "line": self.pos.line,
            "column": self.pos.col,
            "end_line": end.line,
            "end_column": end.col,
            "severity": self.severity,
            "code": self.code,
            "name": self.name,
            "message": self.message_in(lang),
            "hint": self.hint_in(lang),
        }


def diag(code: str, pos: SourcePos = NOWHERE, *, hint_key: str = "", end=None, **fields) -> Diagnostic:
    """A located problem: `code` names its descriptor, `fields` fill its templates."""
    descriptor = CODES[code]
    missing = descriptor.field_names(hint_key) - fields.keys()
    assert not missing, f"{code} needs {sorted(missing)}"
    if end is None:
        end = SourcePos(pos.file, pos.end_line, pos.end_col) if getattr(pos, "end_line", 0) else NOWHERE
    return Diagnostic(code, pos, tuple(fields.items()), hint_key, end)


def sort_key(d: Diagnostic):
    return (d.pos.file, d.pos.line, d.pos.col, d.code)


def format_text(diagnostics, lang: str = "en") -> str:
    return "\n".join(d.text(lang) for d in sorted(diagnostics, key=sort_key))


def format_json(files: dict, lang: str = "en") -> str:
    """`files` maps each path to its diagnostics."""
    payload = {
        "files": [
            {
                "file": path,
                "errors": sum(d.is_error() for d in diags),
                "warnings": sum(not d.is_error() for d in diags),
                "diagnostics": [d.to_dict(lang) for d in sorted(diags, key=sort_key)],
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


if __name__ == "__main__":  # python -m game.content.diagnostics --docs
    import sys

    from .codes.docs import errors_md

    args = [a.removeprefix("--lang=") for a in sys.argv[1:] if a != "--lang"]
    if args not in (["--docs"], ["--docs", "en"], ["--docs", "id"]):
        sys.exit("usage: python -m game.content.diagnostics --docs [--lang] [en|id]")
    sys.stdout.write(errors_md(args[1] if len(args) > 1 else "en"))
