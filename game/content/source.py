"""Reading a scenario file into a YAML node tree, safely and within limits.

Only `compose` is used (never `yaml.load`): we get the node tree with a line
and column on every node and build the model ourselves, so no YAML tag can
construct a Python object. Aliases are refused, which also defeats alias
bombs ("billion laughs"); size and nesting are bounded.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import yaml

from ..engine.model import SourcePos
from .diagnostics import Diagnostic, diag

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32
MAX_YAML_NODES = 400_000


@dataclass
class SourceFile:
    path: str
    root: Optional[yaml.Node]
    content_hash: str = ""
    diagnostics: list = field(default_factory=list)


def pos_of(path: str, node: yaml.Node) -> SourcePos:
    mark = node.start_mark
    return SourcePos(path, mark.line + 1, mark.column + 1)


def read_source(path: str) -> SourceFile:
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            return _fail(path, diag(
                "B002", SourcePos(path, 1, 1),
                f"the file is {size // 1024} KiB; scenarios may be at most {MAX_FILE_BYTES // 1024} KiB",
                "split the story into two scenarios, or remove pasted material that is not part of it"))
        data = Path(path).read_bytes()
    except OSError as exc:
        return _fail(path, diag("B001", SourcePos(path, 0, 0), f"cannot read the file: {exc.strerror or exc}",
                                "check the file name and that the file is not open in another program"))
    return parse_source(path, data)


def parse_source(path: str, data: bytes) -> SourceFile:
    digest = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return _fail(path, diag("B001", SourcePos(path, line, 1), "the file is not UTF-8 text",
                                "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)"), digest)
    try:
        root = yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        return _fail(path, _syntax(path, exc), digest)
    except yaml.YAMLError as exc:
        return _fail(path, diag("B003", SourcePos(path, 1, 1), f"the YAML cannot be read: {exc}",
                                "check indentation and quotes"), digest)
    if root is None:
        return _fail(path, diag("B012", SourcePos(path, 1, 1), "the file is empty",
                                "start from `python run_game.py new NAME`, or copy a scenario from scenarios/"),
                     digest)
    problems = list(_check_tree(path, root))
    if problems:
        return _fail(path, problems[0], digest)
    return SourceFile(path, root, digest)


def _fail(path: str, problem: Diagnostic, digest: str = "") -> SourceFile:
    return SourceFile(path, None, digest, [problem])


def _syntax(path: str, exc: yaml.MarkedYAMLError) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    pos = SourcePos(path, mark.line + 1, mark.column + 1) if mark else SourcePos(path, 1, 1)
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    message = f"the YAML is not well-formed: {problem}" + (f" ({context})" if context else "")
    return diag("B003", pos, message, _syntax_hint(problem))


def _syntax_hint(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return "a text containing ': ' must be quoted, e.g. text: \"Kata Pak Kades: setuju\""
    if "found character '\\t'" in problem or "tab" in problem:
        return "YAML does not allow tab characters for indentation; use spaces"
    if "expected <block end>" in problem or "did not find expected" in problem:
        return "check that this line is indented like its neighbours, and that quotes and brackets are closed"
    if "found undefined alias" in problem or "found unknown" in problem:
        return "'*' and '&' have a special meaning in YAML; put the text in quotes"
    return "check the indentation and the quotes on this line and the one before it"


def _check_tree(path: str, root: yaml.Node):
    """Refuse aliases, deep nesting and huge trees; report the first such problem."""
    seen: set = set()
    stack = [(root, 1)]
    count = 0
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            yield diag("B004", pos_of(path, node), "this value is an alias (*name) of another part of the file",
                       "write the value out in full; scenarios do not support YAML anchors (&) and aliases (*)")
            return
        seen.add(id(node))
        count += 1
        if count > MAX_YAML_NODES:
            yield diag("B005", pos_of(path, node), f"the file has more than {MAX_YAML_NODES} YAML values",
                       "split the story into smaller scenarios")
            return
        if depth > MAX_DEPTH:
            yield diag("B005", pos_of(path, node), f"the file nests deeper than {MAX_DEPTH} levels",
                       "check the indentation: a scenario never needs this much nesting")
            return
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
