"""Reading a scenario file into a YAML node tree, safely and within limits.

Only `compose` is used (never `yaml.load`): we get the node tree with a line
and column on every node and build the model ourselves, so no YAML tag can
construct a Python object. Aliases are refused, which also defeats alias
bombs ("billion laughs"); size and nesting are bounded.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field

import yaml

from ..engine.model import SourcePos
from .codes import phrase
from .diagnostics import Diagnostic, diag
from .yaml_errors import syntax_diagnostic


class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The safe loader, resolving each distinct plain scalar's type once per file: a scenario repeats
    the same keys and small values thousands of times, and resolving runs regular expressions in
    Python for every scalar. (The safe loader has no path resolvers: a scalar's tag depends only on
    its text and whether it was quoted.)"""

    def __init__(self, stream):
        super().__init__(stream)
        self._tags: dict = {}

    def resolve(self, kind, value, implicit):
        if kind is not yaml.ScalarNode:
            return super().resolve(kind, value, implicit)
        key = (value, implicit)
        tag = self._tags.get(key)
        if tag is None:
            tag = self._tags[key] = super().resolve(kind, value, implicit)
        return tag


MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32
MAX_YAML_NODES = 400_000


@dataclass
class SourceFile:
    path: str
    root: yaml.Node | None
    content_hash: str = ""
    diagnostics: list = field(default_factory=list)
    text: str = ""  # the decoded text, for checks that look at what the node tree leaves out (comments)


def pos_of(path: str, node: yaml.Node) -> SourcePos:
    """Where `node` starts, with where it ends (a range for editors)."""
    start, end = node.start_mark, node.end_mark
    return SourcePos(path, start.line + 1, start.column + 1, end.line + 1, end.column + 1)


def read_source(path: str) -> SourceFile:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            return _fail(path, diag("B045", SourcePos(path, 0, 0)))
        size = info.st_size
        if size > MAX_FILE_BYTES:
            return _fail(path, _too_large(path, size))
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # a file that grows while read still stops here
        if len(data) > MAX_FILE_BYTES:
            return _fail(path, _too_large(path, len(data)))
    except (OSError, ValueError) as exc:
        why = getattr(exc, "strerror", None) or exc
        return _fail(path, diag("B001", SourcePos(path, 0, 0), why=why))
    return parse_source(path, data)


def _too_large(path: str, size: int) -> Diagnostic:
    return diag("B002", SourcePos(path, 1, 1), kib=size // 1024, limit=MAX_FILE_BYTES // 1024)


def parse_source(path: str, data: bytes) -> SourceFile:
    digest = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return _fail(path, diag("B046", SourcePos(path, line, 1)), digest)
    try:
        root = yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        return _fail(path, syntax_diagnostic(path, exc, text), digest)
    except yaml.YAMLError as exc:
        return _fail(path, _unreadable(path, text, exc), digest)
    if root is None:
        return _fail(path, diag("B054", SourcePos(path, 1, 1)), digest)
    problems = list(_check_tree(path, root))
    if problems:
        return _fail(path, problems[0], digest)
    return SourceFile(path, root, digest, text=text)


def _fail(path: str, problem: Diagnostic, digest: str = "") -> SourceFile:
    return SourceFile(path, None, digest, [problem])


def _unreadable(path: str, text: str, exc: yaml.YAMLError) -> Diagnostic:
    """Errors without a mark, such as a control character pasted from another program."""
    for number, line in enumerate(text.split("\n"), 1):  # not splitlines: it splits at \x0b and \x0c
        for column, char in enumerate(line, 1):
            if ord(char) < 32 and char not in "\t\r":
                return diag("B049", SourcePos(path, number, column), char=ord(char))
    return diag("B003", SourcePos(path, 1, 1), cause=phrase("yaml-other", problem=str(exc)), problem=str(exc))


def _check_tree(path: str, root: yaml.Node):
    """Refuse aliases, deep nesting and huge trees; report the first such problem."""
    seen: set = set()
    stack = [(root, 1)]
    count = 0
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            yield diag("B004", pos_of(path, node))
            return
        seen.add(id(node))
        count += 1
        if count > MAX_YAML_NODES:
            yield diag("B052", pos_of(path, node), limit=MAX_YAML_NODES)
            return
        if depth > MAX_DEPTH:
            yield diag("B051", pos_of(path, node), limit=MAX_DEPTH)
            return
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
