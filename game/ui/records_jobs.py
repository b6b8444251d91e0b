"""The work behind the Class records screen (game.ui.screens.records_tools), done in a worker thread so
the window keeps drawing: read what the records hold, write the class report, the Excel and CSV
exports, a backup (collect), send to an LRS. Each job returns its message as (id, en); a failure is a
message too (no records, a damaged database, a full disk, a folder that may not be written), never an
exception out of the thread.

The records themselves are game.records' (report, spreadsheet, collect, cli_xapi): this module only
calls them. What game.records does not offer yet is the smallest adapter here: the counts of sessions
and learners (one pass over tables.DbSessions), and where an LRS is set for the window
(the BERDAYA_LRS and BERDAYA_LRS_USER environment variables; BERDAYA_LRS_PASSWORD as the CLI reads it).
"""

from __future__ import annotations

import datetime
import errno
import io
import os
import threading
import webbrowser
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from .strings import t

LANGS = ("id", "en")
DB_NAME = "the records database {db}"


def words(key: str, **fmt) -> tuple[str, str]:
    """(id, en) of a string of game.ui.strings; a value that is itself an (id, en) pair is told in each."""
    return tuple(
        t(key, lang, **{k: v[i] if isinstance(v, tuple) else v for k, v in fmt.items()})
        for i, lang in enumerate(LANGS)
    )


def said_by(exc: BaseException) -> tuple[str, str]:
    """What an error of game.records says, (id, en); an error without Indonesian words says so."""
    found = getattr(exc, "words", None)
    if found:
        return tuple(found)
    return (f"{exc} (keterangan dalam bahasa Inggris)", str(exc))


def failure(exc: BaseException, what: tuple, path) -> tuple[str, str]:
    """The message for a job that failed: the disk full, a folder not writable, the records' own words."""
    from game.records.spreadsheet import XlsxMissing  # noqa: PLC0415
    from game.records.told import told  # noqa: PLC0415

    if isinstance(exc, Failed):
        return exc.message
    if isinstance(exc, XlsxMissing):
        return words("rec_failed", what=what, why=told("xlsx_missing"))
    if isinstance(exc, OSError) and not getattr(exc, "words", None):
        where = exc.filename or path
        if exc.errno == errno.ENOSPC:
            return words("rec_full", path=where)
        if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return words("rec_denied", path=where, detail=exc.strerror or exc)
        return words("rec_cannot_write", path=where, detail=exc.strerror or exc)
    return words("rec_failed", what=what, why=said_by(exc))


# -- running a job --------------------------------------------------------------------------------------


class Job:
    """One piece of work in a daemon thread: `run(job)` returns the message (id, en); `done` counts the
    sessions read so far (of `total`) for the screen to show."""

    def __init__(self, what: str, run, total: int = 0, path=None):
        self.what, self.total, self.done, self.path = what, total, 0, path
        self.result: tuple | None = None
        self.error: BaseException | None = None
        self.value = None  # what a job hands back besides its message (the counts)
        self._thread = threading.Thread(target=self._work, args=(run,), name=f"records-{what}", daemon=True)

    def start(self) -> Job:
        self._thread.start()
        return self

    def _work(self, run) -> None:
        try:
            self.result = run(self)
        except Exception as exc:  # noqa: BLE001 (a window never crashes on its records: it says why)
            self.error = exc
            self.result = failure(exc, words(f"rec_what_{self.what}"), self.path)

    @property
    def finished(self) -> bool:
        return self.result is not None and not self._thread.is_alive()

    def wait(self, seconds: float = 30.0) -> None:
        """For tests and tools: block until the job is done."""
        self._thread.join(seconds)


class Counted:
    """Sessions as given, counted into job.done as they are read (each pass counts again)."""

    def __init__(self, sessions, job: Job):
        self.sessions, self.job = sessions, job
        if hasattr(sessions, "names"):
            self.names = sessions.names

    def __iter__(self):
        self.job.done = 0
        for session in self.sessions:
            self.job.done += 1
            yield session


def sessions_of(db: Path, job: Job, skip: tuple = ()):
    """The database's sessions, one at a time, each checked as the export checks it."""
    from game.records.cli_facilitator import Checked  # noqa: PLC0415
    from game.records.tables import DbSessions  # noqa: PLC0415

    return Counted(Checked(DbSessions(db, skip=skip), DB_NAME.format(db=db)), job)


# -- what the records hold --------------------------------------------------------------------------------


@dataclass
class Counts:
    sessions: int = 0
    learners: int = 0
    status: Counter = field(default_factory=Counter)
    classes: list = field(default_factory=list)  # the class names recorded, in order of first session


def count_records(db: Path, job: Job) -> tuple[str, str]:
    """Adapter: sessions and learners (learner id, else name: game.records.gain.learner_key)."""
    from game.records.gain import learner_key  # noqa: PLC0415

    found, learners = Counts(), set()
    if not db.is_file():
        job.value = found
        return words("rec_none")
    for session in sessions_of(db, job, skip=("options",)):
        found.sessions += 1
        learners.add(learner_key(session))
        found.status[session.get("status") or "open"] += 1
        name = " ".join(str(session.get("class_name") or "").split())
        if name and name not in found.classes:
            found.classes.append(name)
    found.learners = len(learners)
    job.value = found
    if not found.sessions:
        return words("rec_none")
    return words(
        "rec_counts",
        sessions=found.sessions,
        learners=found.learners,
        finished=found.status["finished"],
        open=found.status["open"],
        abandoned=found.status["abandoned"],
    )


# -- the jobs ---------------------------------------------------------------------------------------------


def headless() -> bool:
    """The dummy video driver (tests, CI): no browser is started, the path is said instead."""
    return os.environ.get("SDL_VIDEODRIVER") == "dummy"


def show_page(page: Path) -> bool:
    """The report in the system's browser; False when none could be started."""
    if headless():
        return False
    try:
        return bool(webbrowser.open(page.resolve().as_uri()))
    except (webbrowser.Error, OSError):
        return False


def report(db: Path, out: Path, lang: str, scenarios: dict, anonymous: bool, classes: tuple, job: Job):
    """The class report (game.records.report) written to `out` and opened in the browser."""
    from game import safefiles  # noqa: PLC0415
    from game.records.report import Filters, build_report  # noqa: PLC0415
    from game.records.store import utc_now  # noqa: PLC0415

    sessions = list(sessions_of(db, job))
    kind = "anonymous" if anonymous else "report"
    if not sessions:
        return words("rec_no_sessions", what=words(f"rec_what_{kind}"))
    html = build_report(
        sessions, lang, utc_now(), scenarios, anonymous=anonymous, filters=Filters(classes=classes)
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    safefiles.write_atomic(out, html)
    opened = show_page(out)
    return words(f"rec_{kind}_{'opened' if opened else 'written'}", n=len(sessions), path=out)


def xlsx(db: Path, out: Path, lang: str, job: Job):
    from game.records.spreadsheet import write_xlsx  # noqa: PLC0415
    from game.records.tables import Tables, local_zone  # noqa: PLC0415

    zone = local_zone()
    out.parent.mkdir(parents=True, exist_ok=True)
    count = write_xlsx(sessions_of(db, job, skip=("options",)), out, Tables(lang, zone))
    return words("rec_xlsx_done", n=count, path=out, zone=zone.name)


def csv(db: Path, out: Path, lang: str, job: Job):
    from game.records.spreadsheet import default_sep, write_csv  # noqa: PLC0415
    from game.records.tables import Tables, local_zone  # noqa: PLC0415

    zone, sep = local_zone(), default_sep(lang)
    out.parent.mkdir(parents=True, exist_ok=True)
    count, paths = write_csv(sessions_of(db, job, skip=("options",)), out, Tables(lang, zone), sep)
    shown = ", ".join(str(p) for p in paths.values())
    return words("rec_csv_done", n=count, sep=sep, zone=zone.name, paths=shown)


def backup(db: Path, target: Path, force: bool, job: Job):
    """game.records.collect: a sound copy (with what the -wal holds), checked before it is kept."""
    from game.records.collect import collect  # noqa: PLC0415

    target.parent.mkdir(parents=True, exist_ok=True)
    path, count = collect(db, target, force=force)
    kb = max(1, path.stat().st_size // 1024)
    return words("rec_backup_done", path=path, n=count, kb=kb)


def lrs_setting(env=None) -> dict | None:
    """Adapter: the LRS the window sends to, from the environment (None when none is set)."""
    env = os.environ if env is None else env
    url = (env.get("BERDAYA_LRS") or "").strip()
    return {"url": url, "user": (env.get("BERDAYA_LRS_USER") or "").strip() or None} if url else None


def lrs_shown(url: str) -> str:
    from game.records.lrs import shown  # noqa: PLC0415 (http: only when an LRS is set)

    return shown(url)


class _Said(io.StringIO):
    """Standard error for a CLI handler: each message it prints is 'id line\\nen line'."""

    def pairs(self, lang_index: int) -> list[str]:
        blocks = [b for b in self.getvalue().split("\n") if b.strip()]
        if len(blocks) % 2:
            return blocks
        return [blocks[i + lang_index] for i in range(0, len(blocks), 2)]


def send(db: Path, setting: dict, job: Job):
    """game.records.cli_xapi.send_lrs: only what the LRS lacks; its summary is the message."""
    from game.records.cli_commands import LEDGER_NAME, LRS_TIMEOUT, OUTBOX_NAME  # noqa: PLC0415
    from game.records.cli_xapi import send_lrs  # noqa: PLC0415

    args = SimpleNamespace(
        lrs=setting["url"],
        lrs_user=setting["user"],
        lrs_password=None,
        lrs_resend=False,
        lrs_timeout=LRS_TIMEOUT,
    )
    err = _Said()
    code = send_lrs(args, db, None, db.parent / OUTBOX_NAME, db.parent / LEDGER_NAME, err)
    said = tuple(" ".join(line.removeprefix(label) for line in err.pairs(i)) for i, label in LABELS)
    if code:
        raise Failed(words("rec_lrs_failed", why=said))
    return words("rec_lrs_done", said=said)


LABELS = ((0, "galat: "), (1, "error: "))  # what the CLI puts before an error line


class Failed(Exception):
    """A job that could not be done, with its message already in both languages (`.words`)."""

    def __init__(self, message: tuple):
        self.message = message
        super().__init__(message[1])


def stamp(now: datetime.datetime | None = None) -> str:
    return (now or datetime.datetime.now()).strftime("%Y-%m-%d")


# -- where the files go -------------------------------------------------------------------------------------

FOLDER_NAME = "Berdaya"  # inside Documents or on the Desktop


def removable_drives() -> list[Path]:
    """USB sticks and other removable drives that are mounted now (none found: [])."""
    import sys  # noqa: PLC0415

    if sys.platform.startswith("win"):
        try:
            import ctypes  # noqa: PLC0415

            mask = ctypes.windll.kernel32.GetLogicalDrives()
            letters = [chr(65 + i) for i in range(26) if mask >> i & 1 and i > 1]
            kernel = ctypes.windll.kernel32
            return [Path(f"{c}:\\") for c in letters if kernel.GetDriveTypeW(f"{c}:\\") == 2]  # removable
        except (AttributeError, OSError):
            return []
    user = os.environ.get("USER") or os.environ.get("LOGNAME") or ""
    bases = (
        [Path("/Volumes")] if sys.platform == "darwin" else [Path("/media") / user, Path("/run/media") / user]
    )
    found = []
    for base in bases:
        try:
            found += sorted(p for p in base.iterdir() if p.is_dir() and not p.is_symlink())
        except OSError:
            continue
    return found


def folder_choices(exports: Path) -> list[tuple[str, Path]]:
    """(kind, folder) to save to, the first the default: Documents/Berdaya, Desktop/Berdaya, each
    removable drive, then `exports` (the data folder's exports/, always there to fall back on)."""
    import platformdirs  # noqa: PLC0415

    found = []
    for kind, where in (
        ("documents", platformdirs.user_documents_dir),
        ("desktop", platformdirs.user_desktop_dir),
    ):
        try:
            base = Path(where())
        except (OSError, ValueError):
            continue
        if base.is_dir() and base != Path.home():
            found.append((kind, base / FOLDER_NAME))
    found += [("drive", drive) for drive in removable_drives()]
    found.append(("data", exports))
    return found
