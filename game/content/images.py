"""Image files a scenario names, checked from their headers before anything decodes them.

A small file can declare a huge picture (a 2.6 MB PNG of 30000x30000 pixels decodes to 3.6 GB, or
crashes the decoder), so the size is read from the header and refused above a limit, with a reason a
trainer can act on. Only regular files are read (never a FIFO or a device), and only their first bytes.
"""

from __future__ import annotations

import os
import stat
import struct
from pathlib import Path

from .codes import phrase

MAX_SIDE = 8192  # pixels, either way
MAX_PIXELS = 3840 * 2160 * 2  # about 66 MB once decoded (4 bytes a pixel)
MAX_FILE_BYTES = 32 * 1024 * 1024
_HEAD = 64 * 1024  # a JPEG's size can sit after its metadata


def header_size(head: bytes) -> tuple | None:
    """(kind, width, height) from the first bytes of a PNG, JPEG, GIF or BMP; None if not one."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and len(head) >= 24 and head[12:16] == b"IHDR":
        width, height = struct.unpack(">II", head[16:24])
        return "png", width, height
    if head.startswith((b"GIF87a", b"GIF89a")) and len(head) >= 10:
        width, height = struct.unpack("<HH", head[6:10])
        return "gif", width, height
    if head.startswith(b"BM") and len(head) >= 26:
        width, height = struct.unpack("<ii", head[18:26])
        return "bmp", abs(width), abs(height)
    if head.startswith(b"\xff\xd8"):
        return _jpeg_size(head)
    return None


def _jpeg_size(head: bytes) -> tuple | None:
    i = 2
    while i + 9 < len(head):
        if head[i] != 0xFF:
            return None
        marker = head[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = struct.unpack(">H", head[i + 2 : i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", head[i + 5 : i + 9])
            return "jpeg", width, height
        i += 2 + length
    return None


def problem(path: Path) -> tuple | None:
    """Why this picture cannot be shown, as (diagnostic code, fields); None when it is fine."""
    try:
        info = os.stat(path)
    except (OSError, ValueError) as exc:
        return "B085", {"why": getattr(exc, "strerror", None) or str(exc)}
    if not stat.S_ISREG(info.st_mode):
        return "B085", {"why": phrase("not-ordinary")}
    if info.st_size > MAX_FILE_BYTES:
        return "B088", {"mb": info.st_size // (1024 * 1024), "limit": MAX_FILE_BYTES // (1024 * 1024)}
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD)
    except OSError as exc:
        return "B085", {"why": exc.strerror or str(exc)}
    found = header_size(head)
    if found is None:
        return "B044", {}
    _, width, height = found
    if width == 0 or height == 0:
        return "B089", {}
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        return "B084", {"width": width, "height": height, "side": MAX_SIDE}
    return None
