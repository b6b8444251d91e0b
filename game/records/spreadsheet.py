"""Spreadsheet exports: CSV for Excel (as Indonesian Excel opens it) and .xlsx, both streamed.

    write_csv(sessions, "kelas.csv", tables, sep=";")   # kelas.csv (decisions), kelas-sesi.csv,
                                                        # kelas-refleksi.csv (-sessions, -reflections in en)
    write_csv_table(sessions, "decisions", tables, ";", out)   # one table to a text stream
    write_xlsx(sessions, "kelas.xlsx", tables)          # sheets Sesi/Sessions, Keputusan/Decisions, Refleksi

`sessions` is anything that can be iterated more than once (a list, or tables.DbSessions, which reads the
database one session at a time): a first pass learns the score and meter columns, a second writes, so
memory does not grow with the number of sessions. CSV files start with a UTF-8 BOM (Excel then reads
UTF-8), numbers use a decimal comma when the separator is ";" (the id-ID Excel), times are local
(the zone is in the header), and every text a spreadsheet would take for a formula gets an apostrophe
in front (game.records.tables.safe_text). The xlsx writes texts as text cells (never formulas), real
date cells, a frozen header row, a filter on it and column widths. Files are written beside their name
and renamed into place when complete: a failure leaves what was there.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
from collections.abc import Iterable
from pathlib import Path

from game import safefiles

from .tables import FORMULA_STARTS, TABLES, Tables, safe_text

BOM = "\ufeff"
SUFFIXES = {"sessions": ("-sesi", "-sessions"), "reflections": ("-refleksi", "-reflections")}
MAX_WIDTH, TIME_WIDTH = 50, 17  # characters
WIDTH_ROWS = 500  # column widths follow the first rows of each sheet (measuring every cell costs time)
DATE_FORMAT = "yyyy-mm-dd hh:mm"


def default_sep(lang: str) -> str:
    """ ";" for Bahasa Indonesia (Excel in id-ID reads ";" with a decimal comma), "," otherwise."""
    return "," if lang == "en" else ";"


def csv_paths(path: Path, lang: str) -> dict[str, Path]:
    """The file of each table: the decisions at `path`, the others beside it with a suffix."""
    path = Path(path)
    pick = 1 if lang == "en" else 0
    found = {"decisions": path}
    for table, suffix in SUFFIXES.items():
        found[table] = path.with_name(path.stem + suffix[pick] + (path.suffix or ".csv"))
    return found


def learn(sessions: Iterable[dict], tables: Tables) -> None:
    """First pass: the score and meter columns (tables.DbSessions reads only those columns)."""
    if hasattr(sessions, "names"):
        tables.learn_names(*sessions.names())
        return
    for session in sessions:
        tables.learn(session)


def csv_cell(value, sep: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, float):
        text = f"{value:g}" if value == int(value) else repr(value)
        return text.replace(".", ",") if sep == ";" else text
    return str(value)


def _writers(files: dict, sep: str) -> dict:
    return {t: csv.writer(f, delimiter=sep, lineterminator="\r\n") for t, f in files.items()}


def _csv_pass(sessions, tables: Tables, sep: str, files: dict) -> int:
    """Write the header and every row of each table in `files` (table -> text stream): the sessions."""
    writers = _writers(files, sep)
    for table, out in files.items():
        out.write(BOM)
        writers[table].writerow(tables.header(table))
    count = 0
    for session in sessions:
        count += 1
        for table, writer in writers.items():
            writer.writerows([csv_cell(c, sep) for c in row] for row in tables.rows(table, session))
    return count


def write_csv_table(sessions, table: str, tables: Tables, sep: str, out) -> int:
    """One table as CSV to the text stream `out` (standard output): the number of sessions."""
    learn(sessions, tables)
    return _csv_pass(sessions, tables, sep, {table: out})


def write_csv(sessions, path: Path, tables: Tables, sep: str) -> tuple[int, dict[str, Path]]:
    """The three tables beside each other (csv_paths): the number of sessions and the files."""
    paths = csv_paths(path, tables.lang)
    learn(sessions, tables)
    with contextlib.ExitStack() as stack:
        files = {}
        for table in TABLES:
            temp = stack.enter_context(safefiles.replacing(paths[table]))
            files[table] = stack.enter_context(open(temp, "w", encoding="utf-8", newline=""))
        count = _csv_pass(sessions, tables, sep, files)
        for out in files.values():
            out.flush()
    return count, paths


# -- xlsx ----------------------------------------------------------------------------------------------


class XlsxMissing(ImportError):
    """XlsxWriter is not installed."""


def _xlsxwriter():
    try:
        import xlsxwriter  # noqa: PLC0415 (only this export needs it)
    except ImportError:
        raise XlsxMissing("xlsxwriter") from None
    return xlsxwriter


class _Sheet:
    """One worksheet written row by row (constant memory), keeping the widest cell of each column."""

    def __init__(self, book, formats: dict, name: str, header: list[str]):
        self.sheet = book.add_worksheet(name)
        self.formats = formats
        self.widths = [min(MAX_WIDTH, len(h) + 2) for h in header]
        self.row = 0
        for col, text in enumerate(header):
            self.sheet.write_string(0, col, text, formats["header"])
        self.sheet.freeze_panes(1, 0)

    def write(self, cells: list) -> None:
        self.row += 1
        row, sheet, quoted, time = self.row, self.sheet, self.formats["quoted"], self.formats["time"]
        for col, value in enumerate(cells):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                sheet.write_string(row, col, value, quoted if value.startswith(FORMULA_STARTS) else None)
            elif isinstance(value, datetime.datetime):
                sheet.write_datetime(row, col, value, time)
            else:
                sheet.write_number(row, col, value)
            if row <= WIDTH_ROWS:
                self._measure(col, value)

    def _measure(self, col: int, value) -> None:
        if isinstance(value, str):
            width = max((len(part) for part in value.splitlines()), default=0) + 2
        elif isinstance(value, datetime.datetime):
            width = TIME_WIDTH
        else:
            width = len(str(value)) + 2
        if col < len(self.widths) and width > self.widths[col]:
            self.widths[col] = min(MAX_WIDTH, width)

    def finish(self) -> None:
        for col, width in enumerate(self.widths):
            self.sheet.set_column(col, col, width)
        if self.widths:
            self.sheet.autofilter(0, 0, max(self.row, 1), len(self.widths) - 1)


def write_xlsx(sessions, path: Path, tables: Tables) -> int:
    """The three tables as sheets of one .xlsx at `path`: the number of sessions. XlsxMissing when
    XlsxWriter is not installed."""
    xlsxwriter = _xlsxwriter()
    learn(sessions, tables)
    options = {
        "constant_memory": True,  # each row goes to disk when the next starts
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    }
    count = 0
    with safefiles.replacing(path, suffix=".xlsx") as temp:
        book = xlsxwriter.Workbook(str(temp), options)
        try:
            formats = {
                "header": book.add_format({"bold": True, "bg_color": "#DDE8F0", "text_wrap": True}),
                "time": book.add_format({"num_format": DATE_FORMAT}),
                "quoted": book.add_format({"quote_prefix": True}),
            }
            sheets = {}
            for table in TABLES:
                sheets[table] = _Sheet(book, formats, tables.sheet_name(table), tables.header(table))
            for session in sessions:
                count += 1
                for table, sheet in sheets.items():
                    for row in tables.rows(table, session):
                        sheet.write(row)
            for sheet in sheets.values():
                sheet.finish()
        finally:
            book.close()
    return count
