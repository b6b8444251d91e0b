"""Placeholders in player-facing text: how the player is addressed, and the story's date.

    "Silakan, {sapaan} Kabid."   ->  "Silakan, Bu Kabid."
    "Hari ini {tanggal}."        ->  "Hari ini 14 Agustus 2026."

`{{` and `}}` are literal braces. A name not listed here is left as written (the
validator reports it with its line).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .model import Text

PLACEHOLDERS = ("sapaan", "tanggal")

# The forms of address a player can choose; "" is the neutral form.
ADDRESS_FORMS = ("pak", "bu", "")
_ADDRESS_WORDS = {"pak": "Pak", "bu": "Bu", "": "Bapak/Ibu"}

_MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

_PATTERN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


@dataclass(frozen=True)
class Wording:
    """What the placeholders stand for in one session at one moment."""

    address: str = ""  # one of ADDRESS_FORMS
    date: datetime.date | None = None
    day: int = 0

    def value(self, name: str, lang: str) -> str | None:
        if name == "sapaan":
            return _ADDRESS_WORDS.get(self.address, _ADDRESS_WORDS[""])
        if name == "tanggal":
            return (
                format_date(self.date, lang)
                if self.date
                else (f"hari ke-{self.day}" if lang == "id" else f"day {self.day}")
            )
        return None

    def fill(self, source: str, lang: str) -> str:
        if "{" not in source and "}" not in source:
            return source

        def replace(match: re.Match) -> str:
            whole = match.group(0)
            if whole in ("{{", "}}"):
                return whole[0]
            name = match.group(1)
            value = self.value(name.strip(), lang) if name is not None else None
            return whole if value is None else value

        return _PATTERN.sub(replace, source)

    def text(self, text: Text) -> Text:
        if not text:
            return text
        return Text(self.fill(text.id, "id"), self.fill(text.en, "en"))


def format_date(date: datetime.date, lang: str) -> str:
    months = _MONTHS["en" if lang == "en" else "id"]
    return f"{date.day} {months[date.month - 1]} {date.year}"


def problems(source: str) -> Iterator[tuple[int, str]]:
    """(offset, what is wrong) for every brace a reader could not fill."""
    for match in _PATTERN.finditer(source):
        whole = match.group(0)
        if whole in ("{{", "}}"):
            continue
        if match.group(1) is None:
            yield match.start(), f"a lone '{whole}'"
        elif match.group(1).strip() not in PLACEHOLDERS:
            yield match.start(), f"'{whole}' is not a placeholder"


TELLING = 40  # characters an opening needs before it says something (a date alone does not)
_SENTENCE = re.compile(r"\S.*?[.!?\u2026][\"'\u201d\u2019)]*(?=\s|$)", re.S)


def opening(text: str, telling: int = TELLING) -> str:
    """The first sentence of `text` on one line; one too short to tell anything ("Senin, 6 Juli 2026.",
    "Malam hari di kantor.") takes the next ones with it until they do. Used where a situation must be
    named in a line: the decision screen's pinned start and the class report's decisions."""
    said, rest = "", text.strip()
    while rest and len(said) < telling:
        found = _SENTENCE.match(rest)
        sentence = found.group(0) if found else rest
        said, rest = f"{said} {sentence}".strip(), rest[len(sentence) :].strip()
    return " ".join(said.split())
