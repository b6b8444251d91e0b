"""The `report` command's own options (filters, time zone, anonymous) and how they are read.

add_report_options(report_parser)
options = report_options(args)      # ReportArgError (bilingual .words) when one is wrong
html = build_report(sessions, lang, now, scenarios, **options)
"""

from __future__ import annotations

from .report_data import Filters, Slimmer, local_zone, parse_day, zone_named
from .report_words import MESSAGES
from .told import WORDS as TOLD


class ReportArgError(ValueError):
    def __init__(self, words: tuple):
        super().__init__(words[1])
        self.words = words


def add_report_options(report) -> None:
    report.add_argument(
        "--anonymous",
        action="store_true",
        help="for the projector: no names or learner ids anywhere in the page (and no per-learner paths)",
    )
    report.add_argument(
        "--since", metavar="DATE", help="only sessions started on or after DATE (2024-05-01; in --tz)"
    )
    report.add_argument(
        "--until", metavar="DATE", help="only sessions started on or before DATE (the whole day; in --tz)"
    )
    report.add_argument(
        "--class",
        dest="classes",
        metavar="NAME",
        action="append",
        help='only this class (kelas), e.g. "Angkatan 3"; give it again for more classes',
    )
    report.add_argument(
        "--scenario",
        dest="scenario_ids",
        metavar="ID",
        action="append",
        help="only this scenario (its id); give it again for more scenarios",
    )
    report.add_argument(
        "--tz",
        metavar="ZONE",
        help="time zone of the times shown, e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura "
        "(default: this computer's); the page names it",
    )


def report_options(args) -> dict:
    """build_report's keyword arguments from the parsed options (absent ones: the defaults)."""
    tz = getattr(args, "tz", None)
    try:
        zone = zone_named(tz) if tz else local_zone()
    except ValueError as exc:
        id_, en = TOLD["bad_tz"]
        raise ReportArgError((id_.format(value=tz, detail=exc), en.format(value=tz, detail=exc))) from None
    moments = {}
    for flag in ("since", "until"):
        value = getattr(args, flag, None)
        if value is None:
            continue
        try:
            moments[flag] = parse_day(value, zone, end=flag == "until")
        except (ValueError, OverflowError):
            id_, en = MESSAGES["bad_date"]
            raise ReportArgError(
                (id_.format(flag=f"--{flag}", value=value), en.format(flag=f"--{flag}", value=value))
            ) from None
    filters = Filters(
        since=moments.get("since"),
        until=moments.get("until"),
        classes=tuple(getattr(args, "classes", None) or ()),
        scenarios=tuple(getattr(args, "scenario_ids", None) or ()),
    )
    return {"anonymous": bool(getattr(args, "anonymous", False)), "zone": zone, "filters": filters}


def database_sessions(db, slim: Slimmer) -> list:
    """The database's sessions for the report, read one at a time (never all of them whole at once),
    each checked as an export is (ExportError naming the session and field) and slimmed."""
    from .cli_facilitator import Checked  # noqa: PLC0415
    from .tables import DbSessions  # noqa: PLC0415

    return [slim(s) for s in Checked(DbSessions(db), f"the records database {db}")]
