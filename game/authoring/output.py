"""Where the authoring commands may write, and writing there without ever losing a file.

    check_output("x.svg", own=GRAPH_KINDS, force=False, protect=[scenario])  # raises OutputError
    write_atomic("x.svg", text)                                             # game.safefiles

Rules: a .yaml/.yml file and the scenario being read are never written over,
not even with --force (nor is a new .yaml/.yml file written: that name is for scenarios). An existing file of the command's own kind (for graph an
.svg/.png/.dot/.mmd/.md, for schema a .json) may be replaced; any other
existing file only with --force. A kind is judged by extension, and for .md and
.json also by content: a README.md or a package.json is not an earlier graph or schema.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from .. import safefiles

SCENARIO_SUFFIXES = (".yaml", ".yml")


class OutputError(Exception):
    """A path the command refuses to write (the message says why and what to do)."""


def _same(one: Path, other) -> bool:
    try:
        return other is not None and one.exists() and Path(other).exists() and os.path.samefile(one, other)
    except OSError:
        return False


def check_output(output, own: dict | None = None, force: bool = False, protect=()) -> Path:
    """Refuse to write `output` when that could lose a trainer's file; return it as a Path.

    `own` maps the suffixes of the command's own outputs to a test `looks_like(path) -> bool`
    (None: any file with that suffix is an earlier output); `None` for `own` means every
    existing file needs --force (strings --export).
    """
    path = Path(output)
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name")
    for scenario in protect:
        if _same(path, scenario):
            raise OutputError(
                f"{path} is the scenario being read; it is never written over "
                "(give another output file; nothing was written)"
            )
    try:
        suffixes = {path.suffix.lower(), path.resolve().suffix.lower()}
    except (OSError, RuntimeError):  # a symlink loop, say
        suffixes = {path.suffix.lower()}
    if suffixes & set(SCENARIO_SUFFIXES):
        what = (
            "is a scenario file (.yaml/.yml); it is never written over"
            if path.exists()
            else "ends in .yaml/.yml, the scenarios' extension; this command never writes one"
        )
        raise OutputError(
            f"{path} {what}, not even with --force (give another output file; nothing was written)"
        )
    if not path.exists() or force:
        return path
    looks_like = (own or {}).get(path.suffix.lower(), False)
    if looks_like is None or (looks_like and looks_like(path)):
        return path
    raise OutputError(f"{path} already exists; add --force to replace it (nothing was written)")


def write_atomic(path, data, binary: bool = False) -> None:
    """Write `data` (text, or bytes with `binary`) to `path` all or nothing (raises OSError)."""
    safefiles.write_atomic(path, data if binary else str(data))


# -- what an earlier output of each kind looks like ----------------------------------------
def _head(path: Path, size: int = 4096) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(size)
    except OSError:
        return b""


def looks_like_mermaid_markdown(path: Path) -> bool:
    head = _head(path).lstrip(b"\xef\xbb\xbf").strip()
    return not head or head.startswith(b"```mermaid")


def looks_like_schema(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig") or "null")
    except (OSError, ValueError):
        return False
    return data is None or (isinstance(data, dict) and "$schema" in data)
