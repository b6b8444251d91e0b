"""The `export` and `report` subcommands, and the record options of `play`.

game/cli.py wires them in:

    from .records.cli_commands import add_record_arguments, add_play_record_options, play_recorder
    add_record_arguments(sub)            # adds `export` and `report`, handler=export_main/report_main
    add_play_record_options(play)        # adds --db, --no-record, --player to `play`
    recorder = play_recorder(args, session)   # then after each decision recorder.after_choice(),
                                              # and recorder.finish() at the end

Handlers take the parsed namespace and return the exit code: 0 done, 1 failed
(the message says why), 2 a wrong argument. `play` adds 4: the game was played
to its end but its records were not all kept (standard error says why, in both
languages, as soon as it happens).
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from game.argtypes import seconds

from .export import FORMATS, ExportError, check_sessions, from_csv, from_json, render
from .messages import both
from .recorder import SessionRecorder
from .report import LANGS, build_report
from .report_cli import ReportArgError, add_report_options, database_sessions, report_options
from .report_data import Slimmer
from .report_words import MESSAGES as REPORT_MESSAGES
from .said import ERROR, NOTE, error_lines, lines, said
from .store import Clock, RecordStore, RecordsUnavailable, default_db_path, read_sessions, utc_now
from .summary import merge

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_NOT_RECORDED = (
    4  # `play`: played, but the records are not all kept (never "errors found", never a crash)
)
PLAY_EXIT_CODES = (
    "exit codes: 0 played (and recorded, unless --no-record); 1 the scenario has errors; "
    "2 a wrong argument; 3 a problem in the program itself; 4 played, but the session's "
    "records could not all be kept (standard error says why, in Bahasa Indonesia and English)"
)
OUTBOX_NAME = "xapi-outbox.json"
LRS_TIMEOUT = 120.0  # seconds for a whole send (game.records.lrs, imported only when sending)
LEDGER_NAME = "xapi-sent.json"  # per LRS, the statement ids it acknowledged: sent once, not at every export

# said without looking the folder up: building the parser must not touch the disk (every command builds it)
STREAMED = ("csv", "json", "xlsx")  # read from the database one session at a time (cli_facilitator)
DB_HELP = "records database (default: records.sqlite3 in the game's data folder)"


def add_record_arguments(subparsers) -> None:
    """Add `export` and `report` to an argparse subparsers object."""
    export = subparsers.add_parser(
        "export", help="export session records as JSON, CSV or xlsx for a spreadsheet, or xAPI statements"
    )
    export.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="output format (default: json, what `report` reads); csv and xlsx are for Excel (csv -o FILE "
        "writes FILE with one row per decision, and FILE-sesi.csv, FILE-refleksi.csv beside it, or "
        "-sessions, -reflections with --lang en; xlsx needs -o); csv-long is the long table `report` reads",
    )
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output)")
    export.add_argument(
        "--lang", choices=LANGS, default="id", help="language of csv/xlsx headers and texts (default: id)"
    )
    export.add_argument(
        "--csv-sep",
        choices=(";", ","),
        help="csv column separator (default: ';' with --lang id, as Excel in Indonesia expects, "
        "and ',' with --lang en)",
    )
    export.add_argument(
        "--tz",
        metavar="ZONE",
        help="time zone of csv/xlsx times, e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura "
        "(default: this computer's)",
    )
    export.add_argument("--db", metavar="PATH", help=DB_HELP)
    export.add_argument(
        "--since", metavar="DATE", help="only sessions started on or after DATE (2024-05-01, local time)"
    )
    export.add_argument("--lrs", metavar="URL", help="send xAPI statements to this Learning Record Store")
    export.add_argument("--lrs-user", metavar="U", help="LRS user name (basic authentication)")
    export.add_argument(
        "--lrs-password",
        metavar="P",
        help="LRS password (or set BERDAYA_LRS_PASSWORD, which other users cannot see)",
    )
    export.add_argument(
        "--lrs-timeout",
        metavar="S",
        type=_seconds,
        default=LRS_TIMEOUT,
        help=f"give up on the LRS after S seconds in all (default: {LRS_TIMEOUT:g}); "
        "what was not sent waits in the outbox",
    )
    export.add_argument(
        "--lrs-resend",
        action="store_true",
        help="send every statement again, even those this LRS acknowledged before",
    )
    export.set_defaults(handler=export_main)

    report = subparsers.add_parser("report", help="a class report (one HTML file) from records or exports")
    report.add_argument("inputs", nargs="*", metavar="FILE", help="JSON (or CSV) exports to merge")
    report.add_argument("--db", metavar="PATH", help="records database (used when no FILE is given)")
    report.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default="report.html",
        help="the HTML file to write (default: report.html)",
    )
    report.add_argument("--lang", choices=LANGS, default="id", help="language of the report (default: id)")
    add_report_options(report)  # --anonymous, --since, --until, --class, --scenario, --tz (report_cli)
    report.add_argument("--lrs", metavar="URL", help="also read the sessions a Learning Record Store holds")
    report.add_argument("--lrs-user", metavar="U", help="LRS user name (basic authentication)")
    report.add_argument("--lrs-password", metavar="P", help="LRS password (or set BERDAYA_LRS_PASSWORD)")
    report.set_defaults(handler=report_main)
    add_facilitator_arguments(subparsers)


def add_facilitator_arguments(subparsers) -> None:
    """`collect` and `forget` (handlers in game.records.cli_facilitator)."""
    collect = subparsers.add_parser(
        "collect",
        help="copy this laptop's records (with what is not yet in the main file) to a folder or file",
    )
    collect.add_argument(
        "dest", metavar="DEST", help="a folder (e.g. on a USB stick) or a .sqlite3 file name"
    )
    collect.add_argument("--db", metavar="PATH", help=DB_HELP)
    collect.add_argument("--force", action="store_true", help="replace DEST if it exists")
    collect.set_defaults(handler=_facilitator("collect_main"))
    forget = subparsers.add_parser(
        "forget", help="delete one learner's sessions for good (UU PDP 27/2022), after asking"
    )
    forget.add_argument("--player", metavar="NAME", help="the learner's name as recorded")
    forget.add_argument("--learner-id", metavar="ID", help="the learner's id (NIP, email, LMS user name)")
    forget.add_argument("--db", metavar="PATH", help=DB_HELP)
    forget.add_argument(
        "--export", metavar="FILE", action="append", help="also delete them from this JSON or csv-long export"
    )
    forget.add_argument("--yes", action="store_true", help="do not ask before deleting")
    forget.set_defaults(handler=_facilitator("forget_main"))


def _facilitator(name: str):
    def handler(args, err=None, **kwargs):
        from . import cli_facilitator  # noqa: PLC0415

        db = Path(args.db) if args.db else default_db_path()
        return getattr(cli_facilitator, name)(args, db, err=err, **kwargs)

    return handler


def add_play_record_options(parser: argparse.ArgumentParser) -> None:
    parser.epilog = ((parser.epilog + " ") if parser.epilog else "") + PLAY_EXIT_CODES
    parser.add_argument("--db", metavar="PATH", help=DB_HELP)
    parser.add_argument("--no-record", action="store_true", help="do not record this session")
    parser.add_argument(
        "--player",
        metavar="NAME",
        help="player or team name for the records (the terminal asks when it is not given)",
    )
    parser.add_argument(
        "--learner-id", metavar="ID", help="the learner's id for the records: NIP, email or LMS user name"
    )
    parser.add_argument(
        "--class", dest="class_name", metavar="NAME", help='the class (kelas), e.g. "Pelatihan Kabid PMD 3"'
    )
    parser.add_argument("--batch", metavar="NAME", help="the batch (angkatan), e.g. 3")
    parser.add_argument(
        "--org",
        dest="organisation",
        metavar="NAME",
        help="the organisation (instansi); default: records-settings.json's in the config folder",
    )


def open_store(args, clock: Clock = utc_now, err=None) -> RecordStore | None:
    """The store `play` records into, or None with --no-record. Problems are told, never fatal."""
    if getattr(args, "no_record", False):
        return None
    store = RecordStore.open(getattr(args, "db", None), clock=clock)
    for problem in store.problems:
        print(both(problem), file=err or sys.stderr)
    return store


def play_recorder(
    args, session, mode: str = "play", clock: Clock = utc_now, err=None, ask=None, interactive=None
) -> SessionRecorder:
    """A recorder for `session` as `play` was asked (works with --no-record too: it then keeps nothing).

    Who plays (game.records.learner): --player, or the name asked at a terminal (`ask`, default input),
    or the login name, said on `err`; --learner-id, --class, --batch, --org.
    Every change in whether records are being kept is printed on `err` (standard error) when it happens;
    `play_exit_code(recorder)` at the end turns a record not fully kept into exit code 4."""
    from .learner import learner_identity  # noqa: PLC0415

    store = open_store(args, clock, err)
    identity = {"player": ""}
    if store is not None and store.enabled:  # nothing is asked for a session that is not recorded
        identity = learner_identity(args, ask, interactive, err)

    def tell(problem):
        print(both(problem), file=err or sys.stderr)

    player = identity.pop("player")
    return SessionRecorder.begin(
        store, session, player, getattr(args, "lang", "id"), mode, on_problem=tell, **identity
    )


def play_exit_code(recorder: SessionRecorder) -> int:
    """0 when the session is fully recorded (or nothing was to be recorded), else EXIT_NOT_RECORDED."""
    return EXIT_OK if recorder.complete else EXIT_NOT_RECORDED


# -- export ------------------------------------------------------------------------


def export_main(args, clock: Clock = utc_now, out=None, err=None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        since = parse_since(args.since) if args.since else None
    except ValueError:
        print(lines(said("since", value=args.since), ERROR), file=err)
        return EXIT_USAGE
    db = Path(args.db) if args.db else default_db_path()
    if args.format in STREAMED and (args.output or not args.lrs):
        from . import cli_facilitator  # noqa: PLC0415

        if args.format == "json":
            code = cli_facilitator.export_json(args, db, since, clock(), out, err)
        else:
            code = cli_facilitator.export_tables(args, db, since, out, err)
        if code or not args.lrs:
            return code
    if args.format == "xapi" and (args.output or not args.lrs):
        from . import cli_xapi  # noqa: PLC0415 (statements streamed one at a time)

        code = cli_xapi.export_xapi(args, db, since, out, err)
        if code or not args.lrs:
            return code
    if args.lrs and args.format in (*STREAMED, "xapi"):
        return _send(args, db, since, err)
    try:
        sessions = read_sessions(db, since)
        check_sessions(
            sessions, f"the records database {db}"
        )  # a hand-edited database: said, not a traceback
    except (RecordsUnavailable, ExportError) as exc:
        print(error_lines(exc), file=err)
        return EXIT_FAILED
    if (args.output or not args.lrs) and args.format not in STREAMED:
        text = render(sessions, args.format, clock())
        if not _write(args.output, text, out, err):
            return EXIT_FAILED
        if args.output:
            print(lines(said("wrote_export", path=args.output, n=len(sessions), fmt=args.format)), file=err)
    if args.lrs:
        return _send(args, db, since, err)
    return EXIT_OK


def parse_since(text: str) -> datetime.datetime:
    """A date or date-time; without a time zone it is this computer's local time (the trainer's day)."""
    moment = datetime.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return moment if moment.tzinfo is not None else moment.astimezone()


def _send(args, db: Path, since, err) -> int:
    """Only the statements the LRS lacks, read one session at a time (game.records.cli_xapi)."""
    from .cli_xapi import send_lrs  # noqa: PLC0415 (http, ssl: only when sending)

    return send_lrs(args, db, since, db.parent / OUTBOX_NAME, db.parent / LEDGER_NAME, err)


_seconds = seconds(float, 1, 3600, "a number")


def _write(path: str | None, text: str, out, err) -> bool:
    if not path and out is not None:
        out.write(text)
        return True
    if not path:  # `report -o ''`: a report is a file, and an empty name names none
        print("galat: -o perlu nama berkas, misalnya -o laporan.html", file=err)
        print("error: -o needs a file name, e.g. -o report.html", file=err)
        return False
    try:
        Path(path).write_text(text, encoding="utf-8", newline="")
        return True
    except OSError as exc:
        print(lines(said("cannot_write", path=path, detail=exc.strerror or exc), ERROR), file=err)
        return False


# -- report ------------------------------------------------------------------------


def report_main(args, scenarios: dict | None = None, clock: Clock = utc_now, err=None) -> int:
    """`scenarios` (id -> engine Scenario), when given, puts the scenario's words in the report."""
    err = err or sys.stderr
    try:
        options = report_options(args)
    except ReportArgError as exc:
        print(lines(exc.words, ERROR), file=err)
        return EXIT_USAGE
    groups, slim = [], Slimmer()  # each session as the report needs it: a fraction of the memory
    try:
        for name in args.inputs:
            groups.append(slim.all(read_export(Path(name))))
        if getattr(args, "lrs", None):
            from .cli_xapi import read_lrs  # noqa: PLC0415 (http: only when reading an LRS)

            groups.append(slim.all(read_lrs(args, err)))
        if args.db or not (args.inputs or getattr(args, "lrs", None)):
            db = Path(args.db) if args.db else default_db_path()
            groups.append(database_sessions(db, slim))  # one session at a time from the file
    except (ExportError, RecordsUnavailable) as exc:
        print(error_lines(exc), file=err)
        return EXIT_FAILED
    sessions = merge(*groups)
    html = build_report(sessions, args.lang, clock(), scenarios, **options)
    if sessions and options["filters"] and not options["filters"].keep(sessions):
        print(lines(REPORT_MESSAGES["none_match"], NOTE), file=err)
    if not _write(args.output, html, None, err):
        return EXIT_FAILED
    counted = sum(len(g) for g in groups)
    more = said("duplicates", n=counted - len(sessions)) if counted > len(sessions) else ("", "")
    words = [said("wrote_report", path=args.output, n=len(sessions), more=m)[i] for i, m in enumerate(more)]
    print(lines(tuple(words)), file=err)
    return EXIT_OK


MAX_EXPORT_BYTES = 256 * 1024 * 1024  # a class's export is kilobytes; a file this big is not one


def read_export(path: Path) -> list:
    import stat  # noqa: PLC0415

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block the report, or never end
            raise ExportError("not_regular", path=path)
        if info.st_size > MAX_EXPORT_BYTES:
            raise ExportError(
                "too_big",
                path=path,
                mb=info.st_size // (1024 * 1024),
                limit=MAX_EXPORT_BYTES // (1024 * 1024),
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExportError("no_file", path=path) from None
    except UnicodeDecodeError:
        raise ExportError("not_text", path=path) from None
    except OSError as exc:
        raise ExportError("unreadable_file", path=path, detail=exc.strerror or exc) from None
    if path.suffix.lower() == ".csv":
        return from_csv(text, str(path))
    return from_json(text, str(path))
