"""Typed reading of YAML nodes: each accessor checks the type, records a located
diagnostic on a mismatch and returns a usable fallback, so one pass reports
every problem in the file instead of stopping at the first."""

from __future__ import annotations

import difflib
import re

import yaml

from ..engine import wording
from ..engine.model import SourcePos, Text
from .diagnostics import diag
from .source import pos_of

# C0 and C1 controls other than tab and newline: no font draws them (NUL crashes text rendering),
# and in a terminal some of them are escape codes
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

MAX_TEXT_CHARS = 4000

_TYPE_WORDS = {
    yaml.MappingNode: "a map (key: value lines)",
    yaml.SequenceNode: "a list (lines starting with '-')",
    yaml.ScalarNode: "a single value",
}


class Reader:
    def __init__(self, path: str):
        self.path = path
        self.diagnostics: list = []

    def pos(self, node: yaml.Node) -> SourcePos:
        return pos_of(self.path, node)

    def report(self, code: str, node: yaml.Node, message: str, hint: str = "") -> None:
        self.diagnostics.append(diag(code, self.pos(node), message, hint))

    # -- containers ------------------------------------------------------------
    def mapping(self, node: yaml.Node, what: str, keys: tuple, required: tuple = ()) -> dict:
        """{key: value node} of a map with the allowed `keys`; {} when it is not a map."""
        if not isinstance(node, yaml.MappingNode):
            self._wrong_type(node, what, yaml.MappingNode)
            return {}
        found: dict = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                self.report("B010", key_node, f"a key in {what} must be a plain word")
            elif key in found:
                self.report(
                    "B013",
                    key_node,
                    f"'{key}' appears twice in {what}",
                    "remove one of the two, or merge them",
                )
            elif keys and key not in keys:
                self._unknown_key(key_node, key, what, keys)
            else:
                found[key] = value_node
        for key in required:
            if key not in found:
                self.report("B012", node, f"{what} has no '{key}'", f"add '{key}:' to {what}")
        return found

    def entries(self, node: yaml.Node, what: str) -> list:
        """(id, key node, value node) of a map keyed by id, e.g. `nodes:`."""
        if not isinstance(node, yaml.MappingNode):
            self._wrong_type(node, what, yaml.MappingNode)
            return []
        result, seen = [], set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not key:
                self.report("B010", key_node, f"each id in {what} must be a plain word")
                continue
            if key in seen:
                self.report(
                    "B013", key_node, f"the id '{key}' is used twice in {what}", "give each one its own id"
                )
                continue
            seen.add(key)
            result.append((str(key), key_node, value_node))
        return result

    def sequence(self, node: yaml.Node, what: str) -> list:
        if isinstance(node, yaml.SequenceNode):
            return list(node.value)
        self._wrong_type(node, what, yaml.SequenceNode)
        return []

    def words(self, node: yaml.Node, what: str) -> list:
        """A word or a list of words, as [(word, node)]."""
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        result = []
        for item in items:
            value = self.string(item, what)
            if value:
                result.append((value, item))
        return result

    # -- scalars ---------------------------------------------------------------
    def scalar(self, node: yaml.Node, what: str) -> str | None:
        if isinstance(node, yaml.ScalarNode):
            return node.value
        self._wrong_type(node, what, yaml.ScalarNode)
        return None

    def string(self, node: yaml.Node, what: str) -> str:
        value = self.scalar(node, what)
        if value is None:
            return ""
        if len(value) > MAX_TEXT_CHARS:
            self.report(
                "B005",
                node,
                f"{what} is {len(value)} characters long (at most {MAX_TEXT_CHARS})",
                "shorten it, or split it over several lines of dialogue",
            )
            value = value[:MAX_TEXT_CHARS]
        bad = _CONTROL.search(value)
        if bad:
            self.report(
                "B014",
                node,
                f"{what} contains an invisible control character (U+{ord(bad.group()):04X})",
                "delete it (in a quoted text, escapes such as \\0, \\a or \\x1b write such characters); "
                "write only letters, digits, punctuation and spaces",
            )
            value = _CONTROL.sub("", value)
        return value

    def number(self, node: yaml.Node, what: str, default: float = 0) -> float:
        value = self.scalar(node, what)
        if value is None:
            return default
        try:
            number = float(value.replace("_", ""))
        except ValueError:
            self.report("B010", node, f"{what} must be a number, not '{value}'", _number_hint(value))
            return default
        if number != number or abs(number) > 1e9:
            self.report(
                "B014", node, f"{what} is out of range ({value})", "use a number between -1e9 and 1e9"
            )
            return default
        return int(number) if number.is_integer() else number

    def integer(self, node: yaml.Node, what: str, default: int = 0) -> int:
        number = self.number(node, what, default)
        if number != int(number):
            self.report("B010", node, f"{what} must be a whole number, not {number}")
        return int(number)

    def boolean(self, node: yaml.Node, what: str, default: bool = False) -> bool:
        value = self.scalar(node, what)
        if value is None:
            return default
        lowered = value.lower()
        if lowered in ("true", "yes", "ya", "on"):
            return True
        if lowered in ("false", "no", "tidak", "off"):
            return False
        self.report("B010", node, f"{what} must be true or false, not '{value}'")
        return default

    def flag_value(self, node: yaml.Node, what: str):
        """A flag's value: true/false, a number, or a word."""
        value = self.scalar(node, what)
        if value is None:
            return True
        if node.tag.endswith(":bool") or value.lower() in ("true", "false"):
            return value.lower() in ("true", "yes", "on")
        if node.tag.endswith((":int", ":float")):
            return self.number(node, what)
        return value

    def text(self, node: yaml.Node | None, what: str) -> Text:
        """A bilingual text {id: ..., en: ...}; a plain string counts as Indonesian."""
        if node is None:
            return Text()
        if isinstance(node, yaml.ScalarNode):
            value = self.string(node, what)
            if value:
                self.report(
                    "B040",
                    node,
                    f"{what} has only one language",
                    "write it as {id: \"Bahasa Indonesia\", en: \"English\"}",
                )
            return Text(id=value)
        fields = self.mapping(node, what, ("id", "en"))
        text = Text(
            id=self.string(fields["id"], f"{what} (id)") if "id" in fields else "",
            en=self.string(fields["en"], f"{what} (en)") if "en" in fields else "",
        )
        for lang, value in (("id", text.id), ("en", text.en)):
            self._placeholders(fields.get(lang), value, what)
        missing = [lang for lang, value in (("id", text.id), ("en", text.en)) if not value.strip()]
        if len(missing) == 2:
            self.report(
                "B012", node, f"{what} is empty", "write the text in Indonesian (id) and English (en)"
            )
        elif missing:
            lang = {"id": "Indonesian (id)", "en": "English (en)"}[missing[0]]
            self.report(
                "B040",
                node,
                f"{what} has no {lang} text",
                f"add '{missing[0]}:' with the translation; until then the other language is shown",
            )
        return text

    # -- helpers -----------------------------------------------------------------
    def _placeholders(self, node: yaml.Node | None, value: str, what: str) -> None:
        for _offset, problem in wording.problems(value):
            self.report(
                "B038",
                node,
                f"{what}: {problem}",
                "the placeholders are {sapaan} (Pak/Bu, as the player chose) and {tanggal} (the story's "
                "date); write {{ and }} for a brace that should show as it is",
            )
            return

    def _wrong_type(self, node: yaml.Node, what: str, expected) -> None:
        got = _TYPE_WORDS.get(type(node), "something else")
        self.report(
            "B010",
            node,
            f"{what} must be {_TYPE_WORDS[expected]}, but it is {got}",
            "check the indentation and the example in docs/authoring.md",
        )

    def _unknown_key(self, node: yaml.Node, key: str, what: str, keys: tuple) -> None:
        close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else f"the keys allowed here are: {', '.join(keys)}"
        self.report("B011", node, f"unknown key '{key}' in {what}", hint)


def _number_hint(value: str) -> str:
    text = value.strip()
    if text.endswith("%"):
        return f"write a fraction without %: {text[:-1].strip()}% is {_fraction(text[:-1])}"
    if "," in text and text.replace(",", "", 1).lstrip("-").isdigit():
        return f"use a dot for decimals: {text.replace(',', '.')}"
    return "write a number such as 5, -2 or 0.5"


def _fraction(text: str) -> str:
    try:
        return f"{float(text.replace(',', '.')) / 100:g}"
    except ValueError:
        return "a number between 0 and 1"
