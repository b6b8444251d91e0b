"""The live loop's eyes: which scenario, plan and picture files changed since the last look.

Polled, not notified: once a second, `os.scandir` reads each file's mtime and size (a few hundred
files cost well under a millisecond of stat calls). A watchdog library would add a dependency and
threads for a loop a trainer runs beside an editor; polling needs neither. The clock, the sleep and
the stat function are injected so a test drives it without real time or real files.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

WATCHED = (".yaml", ".yml", ".png", ".jpg", ".jpeg", ".webp")  # scenarios, plans and pictures
Stamp = tuple[int, int]  # (mtime in ns, size)


def _stat(path: str) -> Stamp | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def _walk(folder: str) -> Iterator[str]:
    try:
        with os.scandir(folder) as entries:
            items = list(entries)
    except OSError:
        return
    for item in items:
        if item.name.startswith("."):
            continue  # editors' swap and backup files: .x.yaml.swp, .#x.yaml
        if item.is_dir(follow_symlinks=False):
            yield from _walk(item.path)
        elif item.name.lower().endswith(WATCHED):
            yield item.path


def snapshot(paths: Iterable, stat: Callable[[str], Stamp | None] = _stat) -> dict[str, Stamp | None]:
    """Every watched file under `paths` (files named are watched whatever they end in) and its stamp;
    a named file that does not exist is kept with None, so its appearing counts as a change."""
    found: dict[str, Stamp | None] = {}
    for path in paths:
        path = str(path)
        if os.path.isdir(path):
            for file in _walk(path):
                found[file] = stat(file)
        else:
            found[path] = stat(path)
    return found


def changed(before: dict, after: dict) -> list[str]:
    """The files added, removed or rewritten between two snapshots, sorted."""
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


class FileWatch:
    """One file or folder set, asked `poll()` as often as one likes: it looks at most every `every`
    seconds (by `clock`) and returns the files that changed since the last look (empty otherwise)."""

    def __init__(self, paths: Iterable, *, every: float = 1.0, clock=time.monotonic, stat=_stat):
        self.paths = [Path(p) for p in paths]
        self.every, self.clock, self.stat = every, clock, stat
        self.seen = snapshot(self.paths, stat)
        self.last = clock()

    def poll(self) -> list[str]:
        now = self.clock()
        if now - self.last < self.every:
            return []
        self.last = now
        fresh = snapshot(self.paths, self.stat)
        different = changed(self.seen, fresh)
        self.seen = fresh
        return different


def watch(
    paths: Iterable,
    on_change: Callable[[list[str]], None],
    *,
    every=1.0,
    clock=time.monotonic,
    sleep=time.sleep,
    stat=_stat,
    rounds: int | None = None,
) -> None:
    """Call `on_change(files)` each time files under `paths` change, until interrupted (KeyboardInterrupt
    goes to the caller) or, for tests, after `rounds` looks."""
    watcher = FileWatch(paths, every=every, clock=clock, stat=stat)
    done = 0
    while rounds is None or done < rounds:
        sleep(every)
        done += 1
        files = watcher.poll()
        if files:
            on_change(files)
