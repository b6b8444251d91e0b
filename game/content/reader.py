"""Typed reading of YAML nodes: each accessor checks the type, records a located
diagnostic on a mismatch and returns a usable fallback, so one pass reports
every problem in the file instead of stopping at the first."""

from __future__ import annotations

import difflib
import re

import yaml

from ..engine import wording
from ..engine.model import SourcePos, Text
from .codes import phrase
from .diagnostics import diag, shorten
from .key_aliases import alias_for, normalised
from .number_hints import DOT_THOUSANDS, digits, number_hint
from .source import pos_of

# C0 and C1 controls other than tab and newline: no font draws them (NUL crashes text rendering),
# and in a terminal some of them are escape codes
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

_INTEGER = re.compile(r"^-?\d+$")
_GLUED_KEY = re.compile(r"^(id|en)(?: +|:)(\S.*)$")  # `{id Halo}`, `{id:Halo}`: no ': ' after the key
MAX_TEXT_CHARS = 4000
# yes and no as a trainer writes them, in either language: the same words wherever a yes/no is read
YES_WORDS = ("true", "yes", "ya", "on", "benar", "betul")
NO_WORDS = ("false", "no", "tidak", "off", "salah", "bukan")

_TYPE_WORDS = {
    yaml.MappingNode: phrase("type-map"),
    yaml.SequenceNode: phrase("type-list"),
    yaml.ScalarNode: phrase("type-scalar"),
}


class Reader:
    def __init__(self, path: str, text: str = ""):
        self.path = path
        self.diagnostics: list = []
        self.lines = text.split("\n") if text else []  # to see a comment that cut a text short

    def pos(self, node: yaml.Node) -> SourcePos:
        return pos_of(self.path, node)

    def report(self, code: str, node: yaml.Node, hint_key: str = "", **fields) -> None:
        """A problem with `node`, located from its start to its end."""
        self.diagnostics.append(diag(code, self.pos(node), hint_key=hint_key, **fields))

    # -- containers ------------------------------------------------------------
    def mapping(
        self, node: yaml.Node, what: str, keys: tuple, required: tuple = (), number_what=None
    ) -> dict:
        """{key: value node} of a map with the allowed `keys`; {} when it is not a map. `number_what(key)`
        says what a key's number is, for a decimal comma inside braces (default: the key)."""
        if not isinstance(node, yaml.MappingNode):
            self._wrong_type(node, what, yaml.MappingNode)
            return {}
        found: dict = {}
        written = {k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
        own = self._indented_too_deep(node, what, keys)  # entries of this map; the rest is told (B099)
        for index, (key_node, value_node) in enumerate(node.value[:own]):
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if index and self._decimal_comma(node.value[index - 1], key_node, value_node, number_what):
                continue  # `{trust: 2,5}`: one message at 2,5, no unknown key or meter named 5
            if key is None:
                self.report("B055", key_node, what=what)
            elif key in found:
                self.report("B056", key_node, key=key, what=what)
            elif keys and key not in keys:
                meant = self._unknown_key(key_node, key, what, keys)
                if meant and meant not in written and meant not in found:
                    # one message for one mistake: read the value as the key it was meant to be (the
                    # file keeps its error), so a missing `choices` or unreachable nodes do not follow
                    found[meant] = value_node
            else:
                found[key] = value_node
        for key in required:
            if key not in found:
                self.report("B012", node, key=key, what=what)
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
                self.report("B055", key_node, what=what)
                continue
            if key in seen:
                self.report("B013", key_node, id=key, what=what)
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
        if (
            isinstance(node, yaml.MappingNode)
            and node.flow_style
            and node.value
            and all(_bare(v) for _, v in node.value)
        ):
            items = [k for k, _ in node.value]  # `{solo_work}`: a list written in { } (B010, use [ ])
            written = ", ".join(k.value for k in items if isinstance(k, yaml.ScalarNode))
            self.report(
                "B010",
                node,
                "braces",
                what=what,
                expected=phrase("type-words"),
                got=phrase("type-braces"),
                items=written,
            )
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
            self.report("B005", node, what=what, length=len(value), limit=MAX_TEXT_CHARS)
            value = value[:MAX_TEXT_CHARS]
        bad = _CONTROL.search(value)
        if bad:
            self.report("B058", node, what=what, char=f"{ord(bad.group()):04X}")
            value = _CONTROL.sub("", value)
        return value

    def number(self, node: yaml.Node, what: str, default: float = 0) -> float:
        value = self.scalar(node, what)
        if value is None:
            return default
        try:
            number = float(value.replace("_", ""))
        except ValueError:
            self.report("B059", node, what=what, value=value, **number_hint(value, what))
            return default
        if number != number or abs(number) > 1e9:
            self.report("B062", node, what=what, value=value)
            return default
        number = int(number) if number.is_integer() else number
        if not node.style and DOT_THOUSANDS.match(value.strip()):  # `trust: 1.000` is one, said once
            self.report("B095", node, what=what, value=value, read=f"{number:g}", thousands=digits(value))
        return number

    def integer(self, node: yaml.Node, what: str, default: int = 0) -> int:
        number = self.number(node, what, default)
        if number != int(number):
            self.report("B060", node, what=what, value=number)
        return int(number)

    def boolean(self, node: yaml.Node, what: str, default: bool = False) -> bool:
        value = self.scalar(node, what)
        if value is None:
            return default
        lowered = value.lower()
        if lowered in YES_WORDS:
            return True
        if lowered in NO_WORDS:
            return False
        self.report("B061", node, what=what, value=value)
        return default

    def flag_value(self, node: yaml.Node, what: str):
        """A flag's value: true/false, a number, or a word."""
        value = self.scalar(node, what)
        if value is None:
            return True
        if node.tag.endswith(":bool") or value.lower() in ("true", "false"):
            return value.lower() in YES_WORDS
        if not node.style and value.lower() in YES_WORDS + NO_WORDS:
            # `set: {paved: tidak}` means off, as `once: tidak` does; a word value is quoted: 'tidak'
            return value.lower() in YES_WORDS
        if node.tag.endswith((":int", ":float")):
            return self.number(node, what)
        return value

    def prose(self, node: yaml.Node, what: str) -> str:
        """A one-language text a person reads, such as a name: a string, told when ' #' cut it (B100)."""
        value = self.string(node, what)
        self._cut_by_comment(node, value, what)
        return value

    def text(self, node: yaml.Node | None, what: str) -> Text:
        """A bilingual text {id: ..., en: ...}; a plain string counts as Indonesian."""
        if node is None:
            return Text()
        if isinstance(node, yaml.ScalarNode):
            value = self.string(node, what)
            self._cut_by_comment(node, value, what)
            if value:
                self.report("B040", node, "plain", what=what, lang=phrase("lang-en"))
            return Text(id=value)
        fields = self.mapping(self._split_text(node, what), what, ("id", "en"))
        text = Text(
            id=self.string(fields["id"], phrase("lang-part", what=what, lang="id")) if "id" in fields else "",
            en=self.string(fields["en"], phrase("lang-part", what=what, lang="en")) if "en" in fields else "",
        )
        for lang, value in (("id", text.id), ("en", text.en)):
            self._placeholders(fields.get(lang), value, what)
            self._cut_by_comment(fields.get(lang), value, phrase("lang-part", what=what, lang=lang))
        missing = [lang for lang, value in (("id", text.id), ("en", text.en)) if not value.strip()]
        if len(missing) == 2:
            self.report("B063", node, what=what)
        elif missing:
            self.report("B040", node, what=what, lang=phrase(f"lang-{missing[0]}"), key=missing[0])
        return text

    # -- helpers -----------------------------------------------------------------
    def _placeholders(self, node: yaml.Node | None, value: str, what: str) -> None:
        for _offset, problem in wording.problems(value):
            self.report("B038", node, what=what, problem=problem)
            return

    def _cut_by_comment(self, node, value: str, what) -> None:
        """B100 when a plain text is followed on its line by ' #...': YAML dropped that as a comment."""
        if not isinstance(node, yaml.ScalarNode) or node.style or not value:  # plain: no quotes
            return
        end = node.end_mark
        row = self.lines[end.line] if end.line < len(self.lines) else ""
        rest = row[end.column :]
        if rest[:1] in (" ", "\t") and rest.strip().startswith("#"):
            self.report("B100", node, what=what, kept=shorten(value), dropped=shorten(rest.strip()))

    def _decimal_comma(self, before: tuple, key_node, value_node, number_what=None) -> bool:
        """`{trust: 2,5}`: in braces the comma parts entries, so YAML reads `trust: 2` and a key `5` with
        no value. Said once, as the decimal it is (B059), and True: that key is not read."""
        key, number = before
        if not all(isinstance(n, yaml.ScalarNode) and not n.style for n in (number, key_node, value_node)):
            return False
        if value_node.value or not _INTEGER.match(number.value) or not key_node.value.isdigit():
            return False
        start, end = number.end_mark, key_node.start_mark
        if start.line != end.line or end.column != start.column + 1:  # `2,5`: only the comma between
            return False
        written = f"{number.value},{key_node.value}"
        decimal = f"{float(written.replace(',', '.')):g}"
        name = key.value if isinstance(key, yaml.ScalarNode) else "?"
        at, until = self.pos(number), self.pos(key_node)
        self.diagnostics.append(
            diag(
                "B059",
                at,
                hint_key="comma-braces-thousands" if len(key_node.value) == 3 else "comma-braces",
                end=SourcePos(self.path, until.end_line, until.end_col),
                what=number_what(name) if number_what else name,
                value=written,
                whole=number.value,
                second=key_node.value,
                fixed=f"{name}: {decimal}",
                thousands=f"{name}: {digits(written)}",
                decimal=decimal,
            )
        )
        return True

    def _split_text(self, node: yaml.Node, what: str) -> yaml.Node:
        """A text map in { } as it was meant: `{id Halo, en: Hello}` lacks the ': ' after id (B098, read
        as `id: Halo`); in `{id: Halo, semua warga, en: Hello}` a comma ended the text and the rest was
        read as keys without values (B097 once, the pieces dropped), often as “ ” from Word are no quotes."""
        if not isinstance(node, yaml.MappingNode) or not node.flow_style:
            return node
        pairs, pieces = [], []
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) and not key_node.style else None
            glued = _GLUED_KEY.match(key) if key and _bare(value_node) else None
            if glued:
                lang, rest = glued.group(1), glued.group(2).strip()
                self.report("B098", key_node, written=key, lang=lang, fixed=f"{lang}: {rest}", what=what)
                start = key_node.start_mark
                text_at = yaml.Mark(
                    start.name, start.index, start.line, start.column + len(key) - len(rest), None, None
                )
                pairs.append(
                    (
                        yaml.ScalarNode("tag:yaml.org,2002:str", lang, start, start),
                        yaml.ScalarNode("tag:yaml.org,2002:str", rest, text_at, key_node.end_mark),
                    )
                )
            elif key and key not in ("id", "en") and _bare(value_node) and pairs:
                pieces.append(key_node)
            else:
                pairs.append((key_node, value_node))
        if pieces:
            said = "".join(n.value for pair in node.value for n in pair if isinstance(n, yaml.ScalarNode))
            curly = any(q in said for q in "\u201c\u201d\u201e")
            end = self.pos(pieces[-1])
            self.diagnostics.append(
                diag(
                    "B097",
                    self.pos(pieces[0]),
                    hint_key="curly" if curly else "",
                    end=SourcePos(self.path, end.end_line, end.end_col),
                    what=what,
                    piece=shorten(pieces[0].value),
                )
            )
        if len(pairs) == len(node.value) and all(p[0] is q[0] for p, q in zip(pairs, node.value)):
            return node  # as written
        return yaml.MappingNode(node.tag, pairs, node.start_mark, node.end_mark, flow_style=True)

    def _indented_too_deep(self, node: yaml.MappingNode, what, keys: tuple) -> int:
        """How many entries belong to `node`: all, or those before a key with no value after which keys
        it already has come again (`hujan:` written under event `retak` instead of beside it, so
        `kind`, `title`... repeat): B099 once at that key, and the rest is not read as this map's."""
        seen: set = set()
        for index, (key_node, value_node) in enumerate(node.value):
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if keys and index and key not in keys and not node.flow_style and _bare(value_node):
                after = [k.value for k, _ in node.value[index + 1 :] if isinstance(k, yaml.ScalarNode)]
                again = [k for k in dict.fromkeys(after) if k in seen]
                parent = self._parent_key(node)
                if again and parent:
                    self.report(
                        "B099",
                        key_node,
                        key=key,
                        what=what,
                        repeated=", ".join(again),
                        parent=parent[0],
                        spaces=key_node.start_mark.column - parent[1],
                    )
                    return index
            seen.add(key)
        return len(node.value)

    def _parent_key(self, node: yaml.Node):
        """(key, column) of the line above a block map that holds it: `retak` for event retak's keys."""
        column = node.start_mark.column
        for row in reversed(self.lines[: node.start_mark.line]):
            stripped = row.strip()
            if not stripped or stripped.startswith("#"):
                continue
            indent = len(row) - len(row.lstrip(" "))
            if indent >= column or ":" not in stripped:
                return None
            return stripped.split(":", 1)[0], indent
        return None

    def _wrong_type(self, node: yaml.Node, what: str, expected) -> None:
        got = _TYPE_WORDS.get(type(node), phrase("type-other"))
        self.report("B010", node, what=what, expected=_TYPE_WORDS[expected], got=got)

    def _unknown_key(self, node: yaml.Node, key: str, what: str, keys: tuple) -> str | None:
        """Report B011; the key it probably means (an Indonesian word for it, or a close spelling)."""
        meant = alias_for(key, keys)  # an Indonesian word for the key: `pilihan` is `choices`
        close = [meant] if meant else difflib.get_close_matches(normalised(key), keys, n=1, cutoff=0.6)
        hint = {"hint_key": "alias" if meant else "did-you-mean", "suggestion": close[0]} if close else {}
        self.report("B011", node, key=key, what=what, allowed=", ".join(keys), **hint)
        return close[0] if close else None


def _bare(node: yaml.Node) -> bool:
    """A key's value that was never written: `{solo_work}`, or `hujan:` with nothing after it."""
    return isinstance(node, yaml.ScalarNode) and not node.style and node.value == ""
