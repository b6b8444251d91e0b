"""The xAPI side of the command line: `export --format xapi` (streamed), `export --lrs URL` (only what
the LRS lacks, with a summary) and `report --lrs URL` (statements read back into sessions).

game.records.cli_commands adds the arguments and calls these; each returns the exit code (0 done, 1
failed) and says everything in Bahasa Indonesia and English on standard error, never a traceback. The
organisation's settings (game.records.settings: the IRI base) are read here, their problems told.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from game import safefiles

from . import xapi
from .cli_facilitator import Checked
from .export import ExportError
from .problems import RecordsUnavailable
from .said import ERROR, NOTE, error_lines, lines, said
from .tables import DbSessions

EXIT_OK, EXIT_FAILED = 0, 1


def iri_base(err) -> str:
    """The statements' IRI base from the organisation's settings (its problems told on `err`)."""
    from .messages import settings_both  # noqa: PLC0415
    from .settings import load_settings  # noqa: PLC0415

    found = load_settings()
    for kind, fields in found.problems:
        print(settings_both(kind, **fields), file=err)
    return found.iri_base


def export_xapi(args, db: Path, since, out=None, err=None) -> int:
    """`export --format xapi`: a JSON array of statements written one statement at a time."""
    out, err = out or sys.stdout, err or sys.stderr
    sessions = _Counted(Checked(DbSessions(db, since), f"the records database {db}"))
    base = iri_base(err)
    try:
        if not args.output:
            xapi.write_statements(sessions, out, base)
            return EXIT_OK
        with safefiles.replacing(args.output) as temp, open(temp, "w", encoding="utf-8", newline="") as file:
            xapi.write_statements(sessions, file, base)
    except (RecordsUnavailable, ExportError) as exc:
        print(error_lines(exc), file=err)
        return EXIT_FAILED
    except OSError as exc:
        where = args.output or "<stdout>"
        print(lines(said("cannot_write", path=where, detail=exc.strerror or exc), ERROR), file=err)
        return EXIT_FAILED
    print(lines(said("wrote_export", path=args.output, n=sessions.count, fmt=args.format)), file=err)
    return EXIT_OK


class _Counted:
    """Sessions as given, counted as they are read."""

    def __init__(self, sessions):
        self.sessions, self.count = sessions, 0

    def __iter__(self):
        for session in self.sessions:
            self.count += 1
            yield session


def _password(args) -> str | None:
    given = getattr(args, "lrs_password", None)
    return given if given is not None else os.environ.get("BERDAYA_LRS_PASSWORD")


def send_lrs(args, db: Path, since, outbox: Path, ledger: Path, err=None) -> int:
    """`export --lrs URL`: the statements the LRS has not acknowledged, read from the database one
    session at a time; a bilingual summary (sent, already there, conflicts with their ids). Exit 1 when
    this send found a conflict (the trainer has something to look at) or could not finish."""
    from .lrs import LrsError, send_statements, shown, summary  # noqa: PLC0415 (http, ssl: only here)

    err = err or sys.stderr
    base = iri_base(err)
    sessions = Checked(DbSessions(db, since), f"the records database {db}")
    try:
        sent = send_statements(
            args.lrs,
            xapi.iter_statements(sessions, base),
            getattr(args, "lrs_user", None),
            _password(args),
            outbox,
            ledger=ledger,
            resend=getattr(args, "lrs_resend", False),
            total_timeout=getattr(args, "lrs_timeout", 120.0),
        )
    except (LrsError, RecordsUnavailable, ExportError) as exc:
        print(error_lines(exc), file=err)
        return EXIT_FAILED
    if sent.note:
        print(lines((f"{sent.note} (keterangan dalam bahasa Inggris)", sent.note), NOTE), file=err)
    print(lines(summary(sent, shown(args.lrs), ledger), ERROR if sent.conflicts else ("", "")), file=err)
    return EXIT_FAILED if sent.conflicts else EXIT_OK


def read_lrs(args, err=None) -> list[dict]:
    """`report --lrs URL`: the sessions the LRS's Berdaya statements make (game.records.xapi_read),
    checked as an export is. ExportError (in both languages) when the LRS cannot be read."""
    from .export import check_sessions  # noqa: PLC0415
    from .lrs import LrsError, iter_statements, shown  # noqa: PLC0415
    from .xapi_read import sessions_from_statements  # noqa: PLC0415

    try:
        statements = iter_statements(
            args.lrs, getattr(args, "lrs_user", None), _password(args), getattr(args, "lrs_timeout", 120.0)
        )
        sessions = sessions_from_statements(statements)
    except LrsError as exc:
        problem = ExportError(str(exc))
        problem.words = (f"LRS tidak bisa dibaca: {exc} (keterangan dalam bahasa Inggris)", str(exc))
        raise problem from None
    check_sessions(sessions, f"the LRS at {shown(args.lrs)}")
    if not sessions:
        words = (
            f"catatan: LRS di {shown(args.lrs)} tidak menyimpan pernyataan Berdaya",
            f"note: the LRS at {shown(args.lrs)} holds no Berdaya statements",
        )
        print("\n".join(words), file=err or sys.stderr)
    return sessions
