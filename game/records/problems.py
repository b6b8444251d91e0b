"""Why records are not (all) being kept: a Problem for each thing that went wrong, by kind.

Transient kinds (a lock, a full disk, a read-only file, an I/O error) are tried
again at the next write; the others turn records off for this run.
`game.records.messages.problem_text` tells each one in id or en.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .said import Said


class RecordsUnavailable(Said):
    """Raised only by readers (export, report) when a database cannot be read."""


TRANSIENT = ("locked", "full", "readonly", "io")  # tried again at the next write
KINDS = TRANSIENT + ("unwritable", "broken", "reset", "foreign", "newer")


@dataclass(frozen=True)
class Problem:
    """Why records are not (all) being kept: a kind from KINDS, the database, SQLite's or the system's words."""

    kind: str
    path: Path
    detail: str = ""
    aside: Path | None = None  # "reset": where the damaged file was kept

    @property
    def transient(self) -> bool:
        return self.kind in TRANSIENT

    @property
    def stops(self) -> bool:
        """True when decisions are not being written (a reset database is written again at once)."""
        return self.kind != "reset"


def classify(exc: BaseException) -> str:
    """The Problem kind of a failed write."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return "locked"
    if name.startswith("SQLITE_FULL") or "disk is full" in text or getattr(exc, "errno", None) == 28:
        return "full"
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return "readonly"
    if name.startswith("SQLITE_IOERR") or "disk i/o" in text:
        return "io"
    return "broken"
