"""The handlers of the spreadsheet export (`export --format csv|xlsx`), `collect` and `forget`.

game.records.cli_commands adds their arguments and calls these. Each takes the parsed namespace and
returns the exit code (0 done, 1 failed, 2 a wrong argument); every message is in Bahasa Indonesia and
English on standard error, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from game import safefiles

from .checks import ExportError, _cut, _session_problem
from .collect import collect, find_learner, forget, forget_in_outbox, matches
from .export import write_json
from .longcsv import from_csv, to_csv
from .problems import RecordsUnavailable
from .said import ERROR, NOTE, error_lines, lines, said
from .spreadsheet import XlsxMissing, default_sep, write_csv, write_csv_table, write_xlsx
from .tables import DbSessions, Tables, local_zone, zone_named
from .told import Told, told

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
OUTBOX_NAME = "xapi-outbox.json"


class Checked:
    """Sessions as `sessions` gives them, each checked as the JSON export is (a hand-edited database
    gives ExportError naming the session and field, not a traceback later)."""

    def __init__(self, sessions, name: str):
        self.sessions, self.name = sessions, name
        if hasattr(sessions, "names"):
            self.names = sessions.names

    def __iter__(self):
        total = None
        for number, session in enumerate(self.sessions, 1):
            problem = _session_problem(session)
            if problem:
                if total is None:
                    total = self.sessions.count() if hasattr(self.sessions, "count") else "?"
                where = f"{self.name}: session {number} of {total}"
                if isinstance(session.get("id"), str) and session["id"]:
                    where += f" (id {_cut(session['id'])})"
                raise ExportError("session_problem", where=where, detail=problem)
            yield session


def export_json(args, db: Path, since, now, out=None, err=None) -> int:
    """`export --format json` from the database at `db`, streamed (the same text as export.to_json)."""
    out, err = out or sys.stdout, err or sys.stderr
    sessions = Checked(DbSessions(db, since), f"the records database {db}")
    try:
        if not args.output:
            write_json(sessions, now, out)
            return EXIT_OK
        with safefiles.replacing(args.output) as temp, open(temp, "w", encoding="utf-8", newline="") as file:
            count = write_json(sessions, now, file)
    except (RecordsUnavailable, ExportError) as exc:
        print(error_lines(exc), file=err)
        return EXIT_FAILED
    except (OSError, ValueError) as exc:  # ValueError: a name with a NUL in it
        return _cannot_write(args, exc, err)
    print(lines(said("wrote_export", path=args.output, n=count, fmt=args.format)), file=err)
    return EXIT_OK


def _cannot_write(args, exc: Exception, err) -> int:
    where = args.output or "<stdout>"
    detail = getattr(exc, "strerror", None) or exc
    print(lines(said("cannot_write", path=where, detail=detail), ERROR), file=err)
    return EXIT_FAILED


def export_tables(args, db: Path, since, out=None, err=None) -> int:
    """`export --format csv` or `--format xlsx` from the database at `db`, streamed."""
    out, err = out or sys.stdout, err or sys.stderr
    lang = getattr(args, "lang", None) or "id"
    try:
        zone = zone_named(args.tz) if getattr(args, "tz", None) else local_zone()
    except ValueError as exc:
        print(lines(told("bad_tz", value=args.tz, detail=exc), ERROR), file=err)
        return EXIT_USAGE
    if args.format == "xlsx" and not args.output:
        print(lines(told("xlsx_stdout"), ERROR), file=err)
        return EXIT_USAGE
    tables = Tables(lang, zone)
    sessions = Checked(DbSessions(db, since, skip=("options",)), f"the records database {db}")
    sep = getattr(args, "csv_sep", None) or default_sep(lang)
    try:
        if args.format == "xlsx":
            count, paths = write_xlsx(sessions, Path(args.output), tables), [args.output]
        elif args.output:
            count, written = write_csv(sessions, Path(args.output), tables, sep)
            paths = [str(p) for p in written.values()]
        else:
            write_csv_table(sessions, "decisions", tables, sep, out)
            return EXIT_OK
    except (RecordsUnavailable, ExportError) as exc:
        print(error_lines(exc), file=err)
        return EXIT_FAILED
    except XlsxMissing:
        print(lines(told("xlsx_missing"), ERROR), file=err)
        return EXIT_FAILED
    except (OSError, ValueError) as exc:  # ValueError: a name with a NUL in it
        return _cannot_write(args, exc, err)
    words = told("wrote_tables", n=count, fmt=args.format, zone=zone.name, paths=", ".join(paths))
    print(lines(words), file=err)
    return EXIT_OK


# -- collect --------------------------------------------------------------------------------------------


def collect_main(args, db: Path, err=None) -> int:
    err = err or sys.stderr
    try:
        target, count = collect(db, Path(args.dest), force=args.force)
    except (Told, RecordsUnavailable) as exc:
        print(error_lines(exc), file=err)
        return EXIT_FAILED
    except ValueError as exc:  # a name with a NUL in it
        print(error_lines(Told("collect_failed", path=args.dest, detail=exc)), file=err)
        return EXIT_FAILED
    kb = max(1, target.stat().st_size // 1024)
    print(lines(told("collected", path=target, n=count, kb=kb)), file=err)
    return EXIT_OK


# -- forget ---------------------------------------------------------------------------------------------


def _who(player: str | None, learner_id: str | None) -> str:
    parts = [repr(player)] if player else []
    return " ".join(parts + ([f"(ID {learner_id})"] if learner_id else []))


def _confirmed(args, err, ask) -> bool:
    if args.yes:
        return True
    print(" / ".join(told("forget_ask")) + " [ya/yes]: ", end="", file=err, flush=True)
    try:
        answer = ask()
    except (EOFError, KeyboardInterrupt):
        answer = ""
    return answer.strip().casefold() in ("y", "ya", "yes")


def forget_main(args, db: Path, err=None, ask=input) -> int:
    err = err or sys.stderr
    player, learner_id = (args.player or "").strip() or None, (args.learner_id or "").strip() or None
    if not player and not learner_id:
        print(lines(told("forget_who"), ERROR), file=err)
        return EXIT_USAGE
    who = _who(player, learner_id)
    try:
        found = find_learner(db, player, learner_id) if db.is_file() or not args.export else []
    except (Told, RecordsUnavailable) as exc:
        print(error_lines(exc), file=err)
        return EXIT_FAILED
    if not found:
        print(lines(told("forget_none", who=who, path=db)), file=err)
    else:
        print(lines(told("forget_list", n=len(found), who=who, path=db)), file=err)
        for s in found:
            ident = f" [{s['learner_id']}]" if s.get("learner_id") else ""
            print(f"  {s['started_at']}  {s['player']}{ident}  {s['scenario']}  ({s['decisions']})", file=err)
    if not found and not args.export:
        return EXIT_OK
    if not _confirmed(args, err, ask):
        print(lines(told("forget_kept"), NOTE), file=err)
        return EXIT_FAILED
    code = EXIT_OK
    if found:
        code = _forget_db(db, found, who, err)
    for name in args.export or ():
        code = _forget_export(Path(name), player, learner_id, err) or code
    print(lines(told("forget_copies"), NOTE), file=err)
    return code


def _forget_db(db: Path, found: list, who: str, err) -> int:
    from .lrs_wire import LrsError  # noqa: PLC0415

    ids = [s["id"] for s in found]
    try:
        counts = forget(db, ids)
    except (Told, RecordsUnavailable) as exc:
        print(error_lines(exc), file=err)
        return EXIT_FAILED
    d, r = counts.get("decisions", 0), counts.get("reflections", 0)
    print(lines(told("forgot", n=counts.get("sessions", 0), who=who, path=db, d=d, r=r)), file=err)
    outbox = db.parent / OUTBOX_NAME
    try:
        taken = forget_in_outbox(outbox, set(ids))
    except LrsError as exc:
        print(error_lines(exc), file=err)
        return EXIT_FAILED
    if taken:
        print(lines(told("forgot_outbox", n=taken, path=outbox)), file=err)
    return EXIT_OK


def _forget_export(path: Path, player, learner_id, err) -> int:
    """The learner's sessions taken out of a JSON or long-CSV export (rewritten all or nothing)."""
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix.lower() == ".csv":
            sessions = from_csv(text, str(path))
            kept = [s for s in sessions if not matches(s, player, learner_id)]
            new_text = to_csv(kept)
        elif path.suffix.lower() == ".json":
            document = json.loads(text)
            if not isinstance(document, dict) or not isinstance(document.get("sessions"), list):
                raise ExportError("not_export", path=path)
            sessions = document["sessions"]
            kept = [s for s in sessions if not (isinstance(s, dict) and matches(s, player, learner_id))]
            new_text = json.dumps({**document, "sessions": kept}, ensure_ascii=False, indent=2) + "\n"
        else:
            raise Told("forget_export_kind", path=path)
        if len(kept) != len(sessions):
            safefiles.write_atomic(path, new_text)
    except FileNotFoundError:
        print(error_lines(ExportError("no_file", path=path)), file=err)
        return EXIT_FAILED
    except UnicodeDecodeError:
        print(error_lines(Told("forget_export_kind", path=path)), file=err)
        return EXIT_FAILED
    except ValueError as exc:  # ExportError is one; a JSON that does not parse is another
        print(
            error_lines(exc if isinstance(exc, ExportError) else ExportError("json_breaks", path=path)),
            file=err,
        )
        return EXIT_FAILED
    except (Told, OSError) as exc:
        print(
            error_lines(
                exc if isinstance(exc, Told) else ExportError("unreadable_file", path=path, detail=exc)
            ),
            file=err,
        )
        return EXIT_FAILED
    print(lines(told("forgot_export", n=len(sessions) - len(kept), path=path)), file=err)
    return EXIT_OK
