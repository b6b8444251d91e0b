"""The save slots as the screens show them, and continuing one (the title's Continue, the Load list).

A slot is only looked into here (never set aside): Continue itself sets a damaged save aside and says
so, and leaves a newer Berdaya's save where it is.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path

from . import profiles, storage
from .screens.common import MONTHS


@dataclass(frozen=True)
class Slot:
    n: int
    path: Path
    exists: bool = False
    readable: bool = False
    title: dict | None = None  # {"id": ..., "en": ...}
    turn: int = 0  # decisions made so far
    saved: float | None = None  # when it was written (the file's time)
    newer: int | None = None  # a newer Berdaya's save format


def slot(pid: str, n: int) -> Slot:
    path = profiles.slot_path(pid, n)
    try:
        stat = path.stat()
    except OSError:
        return Slot(n, path)
    try:
        if stat.st_size > storage.MAX_PEEK:
            raise ValueError("too big to look into")
        with open(path, encoding="utf-8") as src:
            data = json.load(src)
    except (OSError, ValueError, UnicodeDecodeError):
        return Slot(n, path, exists=True, saved=stat.st_mtime)
    if not isinstance(data, dict):
        return Slot(n, path, exists=True, saved=stat.st_mtime)
    title = data.get("title") if isinstance(data.get("title"), dict) else None
    turn = (
        data.get("turn")
        if isinstance(data.get("turn"), int) and not isinstance(data.get("turn"), bool)
        else 0
    )
    readable = isinstance(data.get("session"), dict)
    return Slot(n, path, True, readable, title, max(0, turn), stat.st_mtime, storage.newer_save(data))


def slots(pid: str) -> list[Slot]:
    return [slot(pid, n) for n in range(1, profiles.SLOTS + 1)]


def when_text(moment: float | str | None, lang: str) -> str:
    """'2 Des 2026, 13.40' / '2 Dec 2026, 13:40' for a file time or an ISO time; '' when unknown."""
    if moment is None or moment == "":
        return ""
    try:
        if isinstance(moment, str):
            at = datetime.datetime.fromisoformat(moment)
        else:
            at = datetime.datetime.fromtimestamp(moment)
    except (ValueError, OverflowError, OSError):
        return ""
    clock = f"{at.hour:02d}.{at.minute:02d}" if lang == "id" else f"{at.hour:02d}:{at.minute:02d}"
    return f"{at.day} {MONTHS['en' if lang == 'en' else 'id'][at.month - 1]} {at.year}, {clock}"


def title_text(info: Slot, lang: str) -> str:
    if not info.title:
        return "?"
    return str(info.title.get("en" if lang == "en" else "id") or info.title.get("id") or "?")


def resume(ctx, pid: str, n: int | None = None) -> bool:
    """Continue slot `n` of `pid` (its most recent by default). A damaged save is set aside and the
    player told where it is kept; a newer Berdaya's is left alone, said by name. True when it plays."""
    tr = ctx.tr
    n = n or profiles.latest_slot(pid)
    if n is None:
        return False
    data, aside = storage.load_autosave(pid, n)
    if aside is not None:
        ctx.notify(tr("save_reset", path=aside), 8)
        return False
    if data is None:
        return False
    from game.engine.state import SaveError  # noqa: PLC0415 (kept off the start-up path)

    from .run import GameRun, NewerSave  # noqa: PLC0415

    try:
        run = GameRun.from_save(data, ctx.scenarios.entries())
    except (SaveError, KeyError, TypeError, ValueError) as exc:  # from_save raises only SaveError
        if isinstance(exc, NewerSave):  # not damaged: left where it is, for the newer Berdaya
            ctx.notify(tr("save_newer", why=exc), 12)
            return False
        why = tr("save_gone", why=exc)
        try:  # kept beside the autosave with its reason (NAME.why.txt), never deleted
            where = storage.set_aside(storage.autosave_path(pid, n), str(exc))
            ctx.notify(why + " " + tr("save_kept", path=where), 12)
        except OSError:
            ctx.notify(why, 8)
        return False
    run.autosave = ctx.autosave
    profiles.use_slot(pid, n)  # the game saves where it came from
    ctx.flow.begin(run)
    return True
