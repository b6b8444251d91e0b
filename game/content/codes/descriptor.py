"""Descriptor, Example and Phrase: the shapes of the table's entries and how a template is filled."""

from __future__ import annotations

import string
from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Example:
    """A minimal file that triggers the problem: the shared example scenario (codes/example.py) with
    `old` replaced by `new` (or `new` alone when `old` is empty). `also` lists other codes the example
    is meant to draw; `files` are written beside it; `plan` marks a play-plan checked against the
    example scenario; `encoding` is how the text is saved."""

    old: str
    new: str
    also: tuple = ()
    more: tuple = ()  # further (old, new) replacements
    files: tuple = ()  # (name, bytes) pairs
    plan: bool = False
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Descriptor:
    code: str
    name: str
    severity: str
    title: str
    message: tuple  # (en, id)
    hint: tuple = ("", "")
    hints: dict = field(default_factory=dict)  # alternative hints by key: {key: (en, id)}
    doc: str = ""  # what docs/errors.md says beyond the title: the usual mistake and its fix
    example: Example | None = None
    no_example: str = ""  # why there is no example file (a property of the file system, not its text)

    def hint_for(self, key: str) -> tuple:
        if not key:
            return self.hint
        return self.hints[key] if key in self.hints else SHARED_HINTS[key]

    def field_names(self, hint_key: str = "") -> set:
        names = set()
        for template in (*self.message, *self.hint_for(hint_key)):
            names |= {f for _, f, _, _ in string.Formatter().parse(template) if f}
        return {n.split(".")[0].split("[")[0] for n in names}


SHARED_HINTS = {
    "did-you-mean": ("did you mean '{suggestion}'?", "mungkin maksudnya '{suggestion}'?"),
    "alias": (
        "did you mean '{suggestion}'? The keys are English words: write '{suggestion}:' for '{key}:'",
        "mungkin maksudnya '{suggestion}'? Nama kunci ditulis dalam bahasa Inggris: tulis '{suggestion}:' "
        "untuk '{key}:'",
    ),
    "as-list": (
        "write several as a list in brackets: [{items}]",
        "tulis beberapa sekaligus sebagai daftar dalam kurung siku: [{items}]",
    ),
}


@dataclass(frozen=True)
class Phrase:
    """A translatable piece of a message, e.g. Phrase("feedback-of", what=Phrase("choice-of", ...))."""

    key: str
    fields: tuple = ()

    def render(self, lang: str) -> str:
        from .phrases import PHRASES

        return render(PHRASES[self.key], dict(self.fields), lang)

    def __str__(self) -> str:
        return self.render("en")


def phrase(key: str, **fields) -> Phrase:
    return Phrase(key, tuple(fields.items()))


def render(template: tuple, fields: dict, lang: str) -> str:
    text = template[1] if lang == "id" and template[1] else template[0]
    # a Phrase, or a sentence that knows its languages (game.analysis.said.Said), is said in `lang`
    values = {k: v.render(lang) if callable(getattr(v, "render", None)) else v for k, v in fields.items()}
    return text.format_map(values)
