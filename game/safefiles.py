"""Writing a file without ever leaving half of it, and keeping a damaged file instead of losing it.

    write_atomic(path, "text")                  # or bytes; raises OSError, the old file untouched
    write_json(path, {"a": 1})
    with replacing(path, ".png") as temp:       # for writers that need a file name (pygame)
        save_png(..., str(temp))
    set_aside(path, "why")                      # NAME.damaged-STAMP (+ NAME.damaged-STAMP.why.txt)
    clean_stale(folder)                         # start-up: temporary files a killed write left

A write goes to a temporary file beside the target (`.NAME.XXXXXXXX.tmp`), is
flushed and fsynced, takes the mode of the file it replaces (a new file: the
umask's), and is renamed over the target; the folder is fsynced so the rename
survives a power cut. A process killed in the middle leaves the target as it
was and, at worst, a temporary file that `clean_stale` removes at the next start.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import re
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

STALE_AFTER_S = 60.0  # a temporary file older than this is a killed write's, not a write going on
_TEMP = re.compile(r"^\.?.+\.[A-Za-z0-9_]{8}\.tmp(\.[A-Za-z0-9]+)?$")  # ours, and the older autosave's
DAMAGED = ".damaged-"


def write_atomic(path: os.PathLike | str, data: str | bytes, encoding: str = "utf-8") -> None:
    """Replace `path` with `data` (text is encoded with `encoding`), all or nothing."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with replacing(path) as temp, open(temp, "wb") as out:
        out.write(payload)


def write_json(path: os.PathLike | str, value, indent: int | None = 1) -> None:
    write_atomic(path, json.dumps(value, ensure_ascii=False, indent=indent))


@contextlib.contextmanager
def replacing(path: os.PathLike | str, suffix: str = "") -> Iterator[Path]:
    """A temporary file beside `path` (ending in `suffix`) to write; renamed over `path` when the block
    ends without an exception, removed when it raises."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp" + suffix)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        _sync(temp)
        _copy_mode(path, temp)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_folder(path.parent)


def set_aside(
    path: os.PathLike | str,
    reason: str = "",
    moment: datetime.datetime | None = None,
    companions: Iterable[str] = (),
) -> Path:
    """Rename a damaged file out of the way (kept, never deleted) to NAME.damaged-STAMP and return the
    new path. With a reason, NAME.damaged-STAMP.why.txt beside it says what was wrong; `companions`
    (suffixes such as "-wal") are files that belong to it and move with it. Raises OSError."""
    path = Path(path)
    moment = moment or datetime.datetime.now()
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}{DAMAGED}{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}{DAMAGED}{stamp}-{n}")
    os.rename(path, target)
    for suffix in companions:
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.rename(extra, target.with_name(target.name + suffix))
    if reason:
        with contextlib.suppress(OSError):  # the file itself is kept; the note is a courtesy
            target.with_name(target.name + ".why.txt").write_text(
                f"{path.name} was set aside on {moment.strftime('%Y-%m-%d %H:%M:%S')}: {reason}\n",
                encoding="utf-8",
            )
    return target


def read_json(path: os.PathLike | str) -> tuple[object | None, Path | None]:
    """(data, None) when readable; (None, new_path) when damaged and set aside (never deleted);
    (None, None) when absent; (None, path) when damaged and it could not be moved."""
    try:
        with open(path, encoding="utf-8") as src:
            return json.load(src), None
    except FileNotFoundError:
        return None, None
    except (OSError, ValueError, UnicodeDecodeError):
        try:
            return None, set_aside(Path(path))
        except OSError:
            return None, Path(path)


def clean_stale(
    folder: os.PathLike | str, older_than: float = STALE_AFTER_S, now: float | None = None
) -> list:
    """Remove the temporary files of writes that never finished (the process was killed) from `folder`;
    the paths removed. Files younger than `older_than` seconds may be another window's write going on."""
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP.match(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime >= older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass  # gone already, or not ours to remove
    return removed


def _sync(temp: Path) -> None:
    with open(temp, "rb+") as out:
        os.fsync(out.fileno())


def _copy_mode(path: Path, temp: Path) -> None:
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder, and needs no such step."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
