"""PyYAML's parser errors, told by their likely cause: "did not find expected key" means little to a
trainer; "this line does not fit the block that starts on line 19" and a hint on what usually causes it
(an indentation, a text that starts with a quote, a Tab, a curly quote...) do.

`syntax_diagnostic` turns a MarkedYAMLError into one B003 located where the trainer must look: the
problem's mark, or for an unclosed quote or bracket the place it was opened (the parser only notices at
the end of the file), or for a key without ':' the key's own line.
"""

from __future__ import annotations

import re

import yaml

from ..engine.model import SourcePos
from .codes import phrase
from .diagnostics import Diagnostic, diag

_QUOTES = "\u201c\u201d\u2018\u2019"
_RESERVED = "@`%"


def syntax_diagnostic(path: str, exc: yaml.MarkedYAMLError, text: str) -> Diagnostic:
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    mark, opened = exc.problem_mark or exc.context_mark, exc.context_mark
    lines = text.splitlines()
    at = _line_col(mark)
    seen = _quote_in_quote(lines, at) or _dash_without_space(lines, opened, at)
    if seen:  # the lines themselves show the cause, located at the quote or the dash
        cause, hint, fields, at = seen
    else:
        cause, hint, fields = _cause(problem, context, opened, lines, at)
        if cause in ("yaml-unclosed", "yaml-no-colon") and opened is not None:
            at = _line_col(opened)  # where the quote was opened, or the key that has no ':'
        look = _look_of_the_lines(lines, at, problem)
        if look:
            hint, at = look
    return diag(
        "B003",
        SourcePos(path, *at),
        hint_key=hint,
        cause=phrase(cause, **fields),
        **{"problem": problem or "?", **fields},  # the hint may name the fix: {fixed}
    )


def _line_col(mark) -> tuple:
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _cause(problem: str, context: str, opened, lines: list, at: tuple) -> tuple:
    """(phrase key, hint key, phrase fields) for what the parser says."""
    since = {"line": opened.line + 1} if opened is not None else {"line": at[0]}
    if "mapping values are not allowed" in problem or "found unexpected ':'" in problem:
        return "yaml-colon", "colon", {}
    if "expected ',' or '}'" in problem or "expected ',' or ']'" in problem:
        closing = "}" if "'}'" in problem else "]"
        if opened is not None and at[0] > opened.line + 1:
            return "yaml-flow-unclosed", "flow", {**since, "bracket": closing}
        return "yaml-flow", "flow", {**since, "bracket": closing}
    if "found unexpected end of stream" in problem or "found unexpected end" in problem:
        return "yaml-unclosed", "unclosed", since
    if "could not find expected ':'" in problem:
        return "yaml-no-colon", "no-colon", since
    if "expected '-' indicator" in problem:
        return "yaml-dash", "dash", since
    if "did not find expected key" in problem or "expected <block end>" in problem:
        row = lines[at[0] - 1] if 0 < at[0] <= len(lines) else ""
        starts = len(row) - len(row.lstrip(" -"))  # where the line's first key or value begins
        value = row.split(": ", 1)[1].lstrip() if ": " in row else row.strip().lstrip("- ")
        if at[1] - 1 > starts and value[:1] and value[:1] in "\"'[{":  # stopped inside the line
            return "yaml-starts-quoted", "quote-whole", {"mark": value[:1]}
        return "yaml-indent", "indent", since
    if "while scanning an alias" in context or "found undefined alias" in problem:
        return "yaml-alias", "special", {}
    if "cannot start any token" in problem:
        row = lines[at[0] - 1] if 0 < at[0] <= len(lines) else ""
        char = row[at[1] - 1] if 0 < at[1] <= len(row) else "?"
        if char == "\t":
            return "yaml-tab", "tab", {}
        return "yaml-reserved", "reserved" if char in _RESERVED else "special", {"char": char}
    if "unknown escape character" in problem or "expected escape sequence" in problem:
        return "yaml-escape", "escape", {}
    if "expected a single document" in context or "another document" in problem:
        return "yaml-document", "document", {}
    if "undefined tag" in problem or "found unknown" in problem or "while parsing a tag" in context:
        return "yaml-special", "special", {}
    return "yaml-other", "", {"problem": problem or "?"}


_DASH_KEY = re.compile(r"^(\s*)-([^\W\d]\w*):(\s|$)")  # `-text:`, a list item without its space


def _quote_in_quote(lines: list, at: tuple):
    """(cause, hint, fields, where) when the parser stopped right after a double-quoted text that goes
    on: `"Bu Wati bilang "halo" ke saya"`, where the inner " closed the text early. None otherwise."""
    row = lines[at[0] - 1] if 0 < at[0] <= len(lines) else ""
    before = row[: at[1] - 1].rstrip()
    if not before.endswith('"') or not row[at[1] - 1 : at[1]].strip():
        return None
    early = len(before) - 1  # the inner quote the parser took for the end of the text
    opening = before.rfind('"', 0, early)
    if opening < 0:
        return None
    for end in (i for i, c in enumerate(row) if c == '"' and i >= at[1] - 1):
        after = row[end + 1 :].lstrip()
        if after[:1] in ("", ",", "}", "]", "#"):
            inner = row[opening + 1 : end]
            if ": " in row[at[1] - 1 : end]:
                return None  # the text did end there: what follows is the next key
            fixed = '"' + inner.replace('\\"', "'").replace('"', "'") + '"'
            return "yaml-quote-in-quote", "quote-in-quote", {"fixed": fixed}, (at[0], early + 1)
    return None


def _dash_without_space(lines: list, opened, at: tuple):
    """(cause, hint, fields, where) when a line of the block the parser was reading starts `-text:`:
    without a space after it the dash is part of a key, not a list item. None otherwise."""
    first = min(opened.line + 1 if opened is not None else at[0], at[0] - 1)
    for number in range(max(1, first), min(at[0], len(lines)) + 1):
        found = _DASH_KEY.match(lines[number - 1])
        if found:
            key = f"-{found.group(2)}"
            fields = {"line": number, "written": key, "fixed": f"- {found.group(2)}:"}
            return "yaml-dash-space", "dash-space", fields, (number, len(found.group(1)) + 1)
    return None


def _look_of_the_lines(lines: list, at: tuple, problem: str):
    """(hint, where) read from the lines themselves, which beats the parser's words: a Tab in the
    indentation, a non-breaking space or curly quotes on this line or the few before it (the parser
    often notices a line or two later), located at the character itself."""
    first = max(1, at[0] - 3)
    for number in range(min(at[0], len(lines)), first - 1, -1):
        row = lines[number - 1]
        indent = row[: len(row) - len(row.lstrip())]
        if "\t" in indent or (number == at[0] and "found character '\\t'" in problem):
            return "tab", (number, indent.find("\t") + 1 if "\t" in indent else at[1])
        if "\u00a0" in row:
            return "nbsp", (number, row.index("\u00a0") + 1)
        quote = next((q for q in _QUOTES if q in row), None)
        if quote:
            return "curly-quotes", (number, row.index(quote) + 1)
    return None
