"""Where the authoring commands may write, and writing there without ever losing a file.

    check_output("x.svg", own=GRAPH_OWN, force=False, protect=[scenario])  # raises OutputError
    write_atomic("x.svg", text)                                           # game.safefiles

Rules: a .yaml/.yml file and the scenario being read are never written over,
not even with --force (nor is a new .yaml/.yml file written: that name is for
scenarios). An existing file the command itself wrote (for graph a map, SVG, PNG,
DOT or Mermaid file it wrote, for schema a .json schema) may be replaced; any
other existing file only with --force. A file is judged by its content, not by
its name alone: a trainer's photo.png, a README.md or a package.json is not an
earlier graph or schema (graph marks its SVG, HTML and PNG files as its own). An
empty file holds nothing to lose. Refusals are said in both languages.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from .. import safefiles

SCENARIO_SUFFIXES = (".yaml", ".yml")


class OutputError(Exception):
    """A path the command refuses to write (the message says why and what to do); `indonesian` says
    it in Bahasa Indonesia (str() is the English)."""

    def __init__(self, message: str, indonesian: str = ""):
        super().__init__(message)
        self.indonesian = indonesian or message


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
        raise OutputError(f"{path} is a folder; give a file name", f"{path} adalah folder; beri nama berkas")
    for scenario in protect:
        if _same(path, scenario):
            raise OutputError(
                f"{path} is the scenario being read; it is never written over "
                "(give another output file; nothing was written)",
                f"{path} adalah skenario yang sedang dibaca; berkas itu tidak pernah ditimpa "
                "(beri nama berkas keluaran lain; tidak ada yang ditulis)",
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
        apa = (
            "adalah berkas skenario (.yaml/.yml); berkas itu tidak pernah ditimpa"
            if path.exists()
            else "berakhiran .yaml/.yml, akhiran berkas skenario; perintah ini tidak pernah menulisnya"
        )
        raise OutputError(
            f"{path} {what}, not even with --force (give another output file; nothing was written)",
            f"{path} {apa}, juga tidak dengan --force (beri nama berkas keluaran lain; tidak ada yang ditulis)",
        )
    if not path.exists() or force:
        return path
    looks_like = (own or {}).get(path.suffix.lower(), False)
    if looks_like is None or _empty(path) or (looks_like and looks_like(path)):
        return path
    if own is GRAPH_OWN:
        raise OutputError(
            f"{path} already exists and is not a graph this command wrote; it was left as it is. "
            "Give another file name, or add --force to replace it",
            f"{path} sudah ada dan bukan gambar alur yang ditulis perintah ini; berkas itu dibiarkan. "
            "Beri nama berkas lain, atau tambahkan --force untuk menggantinya",
        )
    raise OutputError(
        f"{path} already exists; add --force to replace it (nothing was written)",
        f"{path} sudah ada; tambahkan --force untuk menggantinya (tidak ada yang ditulis)",
    )


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


def _empty(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size == 0
    except OSError:
        return False


def looks_like_schema(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig") or "null")
    except (OSError, ValueError):
        return False
    return data is None or (isinstance(data, dict) and "$schema" in data)


# -- graph's own files: marked when written, known by the mark (or by what earlier versions wrote) --
GENERATOR = b"berdaya graph"  # game.analysis.render.GENERATOR
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _text_head(path: Path) -> bytes:
    return _head(path, 65536).lstrip(b"\xef\xbb\xbf")


def looks_like_graph_html(path: Path) -> bool:
    return b'<meta name="generator" content="berdaya graph">' in _text_head(path)


def looks_like_graph_svg(path: Path) -> bool:
    head = _text_head(path)
    if not head.startswith(b"<svg"):
        return False
    earlier = b'font-family="DejaVu Sans, sans-serif">' in head and b'<defs><marker id="arrow"' in head
    return b"<metadata>berdaya graph</metadata>" in head or earlier


def looks_like_graph_dot(path: Path) -> bool:
    head = _text_head(path)
    ours = b'node [shape=box, style="rounded,filled", fontname="DejaVu Sans", fontsize=11];'
    return head.startswith(b"digraph ") and ours in head


def looks_like_graph_mermaid(path: Path) -> bool:
    head = _text_head(path)
    if head.startswith(b"```mermaid"):
        head = head[len(b"```mermaid") :].lstrip(b"\r\n")
    return head.startswith(b"flowchart TD") and (b"%% berdaya graph" in head or b"\n    n0" in head[:40])


def looks_like_graph_png(path: Path) -> bool:
    head = _head(path, 4096)
    return head.startswith(PNG_SIGNATURE) and b"tEXtSoftware\x00" + GENERATOR in head


def mark_png(path) -> None:
    """Put a 'Software: berdaya graph' text chunk after the PNG's header, so graph knows its own file."""
    import struct
    import zlib

    data = Path(path).read_bytes()
    if not data.startswith(PNG_SIGNATURE) or looks_like_graph_png(Path(path)):
        return
    end_of_header = 8 + 8 + struct.unpack(">I", data[8:12])[0] + 4  # length, type, data, crc
    body = b"tEXt" + b"Software\x00" + GENERATOR
    chunk = struct.pack(">I", len(body) - 4) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    Path(path).write_bytes(data[:end_of_header] + chunk + data[end_of_header:])


GRAPH_OWN = {
    ".html": looks_like_graph_html,
    ".htm": looks_like_graph_html,
    ".svg": looks_like_graph_svg,
    ".png": looks_like_graph_png,
    ".dot": looks_like_graph_dot,
    ".gv": looks_like_graph_dot,
    ".mmd": looks_like_graph_mermaid,
    ".mermaid": looks_like_graph_mermaid,
    ".md": looks_like_graph_mermaid,
}
