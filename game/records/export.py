"""Export session records as JSON, CSV or xAPI statements, and read JSON/CSV back.

JSON is the complete, lossless form (and what `report` merges); write_json streams it one session at
a time. The long CSV that reads back as the same sessions is game.records.longcsv (`csv-long`); the
CSV and xlsx for Excel are game.records.spreadsheet; what a session must look like is
game.records.checks. Their names are importable from here as before.
"""

from __future__ import annotations

import datetime
import io
import json
from collections.abc import Iterable

from . import xapi
from .checks import ExportError, _kind, _session_problem, check_sessions
from .longcsv import from_csv, to_csv
from .store import iso, parse_moment

__all__ = [
    "FORMATS",
    "ExportError",
    "_session_problem",
    "check_sessions",
    "from_csv",
    "from_json",
    "render",
    "since_filter",
    "to_csv",
    "to_json",
    "write_json",
]

FORMAT_NAME = "berdaya-records"
FORMAT_VERSION = 1
FORMATS = ("csv", "csv-long", "json", "xapi", "xlsx")  # csv, xlsx: game.records.spreadsheet (for Excel)


def since_filter(sessions: Iterable[dict], since: datetime.datetime | None) -> list[dict]:
    """Sessions started at or after `since` (all of them when None)."""
    return [s for s in sessions if since is None or parse_moment(s["started_at"]) >= since]


def render(sessions: list[dict], fmt: str, now: datetime.datetime, lang: str = "id") -> str:
    """The export as text: csv is the spreadsheet's decisions table (game.records.spreadsheet), csv-long
    the lossless long table that `report` reads back (xlsx is a file: spreadsheet.write_xlsx)."""
    if fmt == "json":
        return to_json(sessions, now)
    if fmt == "csv-long":
        return to_csv(sessions)
    if fmt == "csv":
        from .spreadsheet import default_sep, write_csv_table  # noqa: PLC0415
        from .tables import Tables  # noqa: PLC0415

        out = io.StringIO()
        write_csv_table(sessions, "decisions", Tables(lang), default_sep(lang), out)
        return out.getvalue()
    if fmt == "xapi":
        return json.dumps(xapi.statements(sessions), ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")


# -- JSON ---------------------------------------------------------------------------


def to_json(sessions: list[dict], now: datetime.datetime) -> str:
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": iso(now),
        "sessions": sessions,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_json(sessions: Iterable[dict], now: datetime.datetime, out) -> int:
    """The JSON export written to the text stream `out` one session at a time (the same text as
    to_json, in memory one session at a time when `sessions` is read lazily): the number of sessions."""
    head = json.dumps({"format": FORMAT_NAME, "version": FORMAT_VERSION, "exported_at": iso(now)}, indent=2)
    out.write(head[:-2] + ',\n  "sessions": [')
    count = 0
    for session in sessions:
        text = json.dumps(session, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        out.write(("\n    " if not count else ",\n    ") + text)
        count += 1
    out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


def from_json(text: str, name: str = "<json>") -> list[dict]:
    try:
        document = json.loads(text)
    except RecursionError:
        raise ExportError("json_deep", path=name) from None
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        raise ExportError("json_breaks_at" if line else "json_breaks", path=name, line=line) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ExportError("not_export", path=name)
    version = document.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ExportError("export_version", path=name, version=repr(version), limit=FORMAT_VERSION)
    sessions = document.get("sessions")
    if not isinstance(sessions, list):
        raise ExportError("sessions_not_list", path=name, kind=_kind(sessions))
    check_sessions(sessions, name)
    return sessions
