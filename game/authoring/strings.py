"""Every player-facing text of a scenario as a CSV table (key, id, en), and back.

    export_csv("scenarios/x.yaml", "x.csv")   # for a translator's spreadsheet
    import_csv("scenarios/x.yaml", "x.csv")   # changes only the texts

Keys are stable: `scenario.title`, `node.<node>.line.<n>`, `choice.<choice id>.feedback`,
`ending.<ending>.debrief.<n>`... Importing edits the file's text in place at the
positions the YAML parser reports for each value, replacing only the values
that changed with a quoted string, so comments, order and layout stay as the
trainer wrote them. The result is validated before it is written.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .. import safefiles
from ..content.diagnostics import format_text
from ..content.loader import load_text
from ..content.source import Loader

COLUMNS = ("key", "id", "en")
LANGS = ("id", "en")
DELIMITERS = (",", ";", "\t")  # a spreadsheet in the Indonesian (or German, French...) locale writes ';'
# the start of a line that looks like another row of the table: a key, then the delimiter
_KEY_KINDS = "scenario|character|location|meter|node|choice|event|ending"


class StringsError(Exception):
    """A problem the trainer can fix: a bad CSV, or an import that would break the scenario. `name` is
    its entry in game/authoring/words.py; str() is the English, `said(lang)` either language."""

    def __init__(self, name: str, /, diagnostics=(), **fields):
        self.name, self.fields, self.diagnostics = name, fields, tuple(diagnostics)
        super().__init__(self.said("en"))

    def said(self, lang: str) -> str:
        from .words import say

        text = say(lang, self.name, **self.fields)
        return text + ("\n" + format_text(self.diagnostics, lang) if self.diagnostics else "")


@dataclass
class Slot:
    key: str
    node: yaml.Node  # the text's value: a mapping {id, en} or a single string

    def fields(self) -> dict:
        if isinstance(self.node, yaml.MappingNode):
            return _fields(self.node)
        return {}

    def values(self) -> dict:
        if isinstance(self.node, yaml.ScalarNode):
            return {"id": self.node.value, "en": ""}
        fields = self.fields()
        return {
            lang: fields[lang].value if isinstance(fields.get(lang), yaml.ScalarNode) else ""
            for lang in LANGS
        }


@dataclass
class ImportReport:
    changed: int = 0
    unchanged: int = 0
    unknown: list = field(default_factory=list)
    missing: list = field(default_factory=list)  # keys of the scenario the CSV did not mention


# -- finding the texts -------------------------------------------------------------------
def _fields(node) -> dict:
    """{key: value node} of a mapping; the first of a repeated key wins, as in the loader."""
    found: dict = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value not in found:
                found[key.value] = value
    return found


def _items(node) -> list:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _is_text(node) -> bool:
    return isinstance(node, (yaml.ScalarNode, yaml.MappingNode))


def slots(root) -> list:
    """Every player-facing text in document order, each with its stable key."""
    found: list = []

    def add(key, node):
        if _is_text(node):
            found.append(Slot(key, node))

    top = _fields(root)
    add("scenario.title", top.get("title"))
    add("scenario.summary", top.get("summary"))
    for section, field_name in (("characters", "role"), ("locations", "name"), ("meters", "label")):
        for item_id, value in _fields(top.get(section)).items():
            add(f"{section[:-1]}.{item_id}.{field_name}", _fields(value).get(field_name))
    for nid, node in _fields(top.get("nodes")).items():
        fields = _fields(node)
        for n, line in enumerate(_items(fields.get("lines")), 1):
            add(f"node.{nid}.line.{n}", _fields(line).get("text"))
        add(f"node.{nid}.reflection", fields.get("reflection"))
        add(f"node.{nid}.hint", fields.get("hint"))
        for i, choice in enumerate(_items(fields.get("choices"))):
            cfields = _fields(choice)
            cid = cfields["id"].value if isinstance(cfields.get("id"), yaml.ScalarNode) else f"{nid}.{i + 1}"
            for name in ("text", "feedback", "insight"):
                add(f"choice.{cid}.{name}", cfields.get(name))
    for eid, event in _fields(top.get("events")).items():
        for name in ("title", "text"):
            add(f"event.{eid}.{name}", _fields(event).get(name))
    for i, ending in enumerate(_items(top.get("endings"))):
        efields = _fields(ending)
        eid = efields["id"].value if isinstance(efields.get("id"), yaml.ScalarNode) else f"ending{i + 1}"
        for name in ("title", "summary"):
            add(f"ending.{eid}.{name}", efields.get(name))
        for n, line in enumerate(_items(efields.get("epilogue")), 1):
            add(f"ending.{eid}.epilogue.{n}", _fields(line).get("text"))
        for n, question in enumerate(_items(efields.get("debrief")), 1):
            qfields = _fields(question)
            add(f"ending.{eid}.debrief.{n}", qfields["text"] if "text" in qfields else question)
    return found


def _read(path) -> tuple:
    """(text, had_bom, root)."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StringsError("scenario-not-utf8", path=path) from None
    try:
        root = yaml.compose(text, Loader=Loader)
    except yaml.YAMLError as exc:
        raise StringsError("not-yaml", path=path, problem=exc) from None
    if not isinstance(root, yaml.MappingNode):
        raise StringsError("not-scenario", path=path)
    return text, data.startswith(b"\xef\xbb\xbf"), root


# -- export ------------------------------------------------------------------------------
def export_rows(path) -> list:
    _, _, root = _read(path)
    return [(slot.key, slot.values()["id"], slot.values()["en"]) for slot in slots(root)]


def check_export_name(csv_path) -> None:
    """Refuse a name that does not end in .csv: the export is CSV text, and a spreadsheet's own name
    (x.xlsx, x.ods) would give a file that program then cannot open as what it says it is."""
    from .output import OutputError

    suffix = Path(csv_path).suffix.lower()
    if suffix == ".csv":
        return
    what = f"a {suffix} file" if suffix else "a file without the .csv extension"
    apa = f"berkas {suffix}" if suffix else "berkas tanpa akhiran .csv"
    stem = Path(csv_path).stem or "texts"
    raise OutputError(
        f"strings --export writes CSV text (UTF-8), not {what}: give a name ending in .csv, such as "
        f"{stem}.csv; Excel and LibreOffice open it (nothing was written)",
        f"strings --export menulis teks CSV (UTF-8), bukan {apa}: beri nama berakhiran .csv, misalnya "
        f"{stem}.csv; Excel dan LibreOffice dapat membukanya (tidak ada yang ditulis)",
    )


def export_csv(path, csv_path) -> int:
    rows = export_rows(path)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    # utf-8 with a BOM, so spreadsheet programs show Indonesian and other characters correctly
    from .output import write_atomic

    write_atomic(csv_path, buffer.getvalue().encode("utf-8-sig"), binary=True)
    return len(rows)


# -- import ------------------------------------------------------------------------------
def read_csv(csv_path) -> list:
    """[(key, id, en)] of a translator's CSV; a StringsError for a table that would lose texts."""
    data = Path(csv_path).read_bytes()
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise StringsError("workbook", csv=csv_path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StringsError("csv-not-utf8", csv=csv_path) from None
    delimiter = _delimiter(text)
    records = list(_records(text, delimiter, csv_path))
    if not records:
        raise StringsError("csv-empty", csv=csv_path)
    header = [h.strip().lower() for h in records[0][1]]
    if header[:3] != list(COLUMNS):
        raise StringsError("csv-columns", csv=csv_path, found=",".join(header) or "-")
    rows, seen = [], {}
    for line, cells in records[1:]:
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
            raise StringsError(
                "csv-cells", csv=csv_path, line=line, columns=",".join(header), mark=_shown(delimiter)
            )
        values = dict(zip(header, cells))
        key = (values.get("key") or "").strip()
        if not key:
            continue
        if key in seen:
            raise StringsError("csv-twice", csv=csv_path, key=key, first=seen[key], line=line)
        seen[key] = line
        rows.append((key, values.get("id") or "", values.get("en") or ""))
    return rows


def _shown(delimiter: str) -> str:
    return "\\t" if delimiter == "\t" else delimiter


def _delimiter(text: str) -> str:
    """The delimiter that splits the header line into key, id, en (a comma when none does)."""
    first = text.split("\n", 1)[0].rstrip("\r")
    for delimiter in DELIMITERS:
        cells = next(csv.reader([first], delimiter=delimiter), [])
        if [c.strip().lower() for c in cells[:3]] == list(COLUMNS):
            return delimiter
    return ","


def _records(text: str, delimiter: str, csv_path):
    """(line number where the row starts, cells) for each row; refuses a quote left open."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    next_row = re.compile(
        rf"\n[ \t]*(?:{_KEY_KINDS})\.[^\s{re.escape(delimiter)}\"]+[ \t]*{re.escape(delimiter)}"
    )
    start = last = 1
    try:
        for cells in reader:
            last = start
            for i, cell in enumerate(cells):
                if next_row.search(cell):
                    line = start + sum(c.count("\n") for c in cells[:i])
                    raise StringsError("csv-unclosed", csv=csv_path, line=line)
            yield start, cells
            start = reader.line_num + 1
    except csv.Error as exc:
        raise StringsError("csv-row", csv=csv_path, line=reader.line_num, problem=exc) from None
    if _quote_left_open(text, last, delimiter):
        raise StringsError("csv-unclosed", csv=csv_path, line=last)


def _quote_left_open(text: str, line: int, delimiter: str) -> bool:
    """Whether the row starting at LINE (the last one read) ends the file inside a quoted text."""
    rest = "".join(text.splitlines(keepends=True)[line - 1 :])
    try:
        list(csv.reader(io.StringIO(rest, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def import_csv(path, csv_path) -> ImportReport:
    text, bom, root = _read(path)
    rows = read_csv(csv_path)
    new_text, report = apply_rows(text, root, rows)
    if new_text != text:
        _check(path, text, new_text)
        _write_atomic(path, new_text, bom)
    return report


def apply_rows(text: str, root, rows) -> tuple:
    """(new text, report): each row's non-empty cells replace the texts they name."""
    by_key = {slot.key: slot for slot in slots(root)}
    report, edits = ImportReport(), []
    mentioned = {row[0] for row in rows}
    report.missing = [key for key in by_key if key not in mentioned]
    for key, id_text, en_text in rows:
        slot = by_key.get(key)
        if slot is None:
            report.unknown.append(key)
            continue
        current = slot.values()
        wanted = {"id": id_text or current["id"], "en": en_text or current["en"]}
        if wanted == current:
            report.unchanged += 1
            continue
        report.changed += 1
        edits += _edits(text, slot, current, wanted)
    return _apply(text, edits), report


def _edits(text: str, slot: Slot, current: dict, wanted: dict) -> list:
    node = slot.node
    if isinstance(node, yaml.ScalarNode):  # a single-language string becomes {id, en}
        if wanted["en"]:
            value = f"{{id: {_quote(wanted['id'])}, en: {_quote(wanted['en'])}}}"
        else:
            value = _quote(wanted["id"])
        return [_replace(text, node, value)]
    fields = slot.fields()
    edits = []
    for lang in LANGS:
        if wanted[lang] == current[lang]:
            continue
        if isinstance(fields.get(lang), yaml.ScalarNode):
            edits.append(_replace(text, fields[lang], _quote(wanted[lang])))
        else:
            edits.append(_insert(text, node, lang, wanted[lang]))
    return edits


def _quote(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def _replace(text: str, node, value: str) -> tuple:
    start, end = node.start_mark.index, node.end_mark.index
    span = text[start:end]
    return start, end, value + span[len(span.rstrip()) :]  # a block scalar's line break stays


def _insert(text: str, mapping, lang: str, value: str) -> tuple:
    entry = f"{lang}: {_quote(value)}"
    if mapping.flow_style:
        close = text.rindex("}", mapping.start_mark.index, mapping.end_mark.index)
        before = text[mapping.start_mark.index + 1 : close].strip()
        return close, close, (", " if before else "") + entry
    last = mapping.value[-1][1]
    indent = " " * mapping.value[0][0].start_mark.column
    end = last.end_mark.index
    end -= len(text[last.start_mark.index : end]) - len(text[last.start_mark.index : end].rstrip())
    return end, end, "\n" + indent + entry


def _apply(text: str, edits: list) -> str:
    for start, end, value in sorted(edits, key=lambda e: e[0], reverse=True):
        text = text[:start] + value + text[end:]
    return text


def _check(path, old_text: str, new_text: str) -> None:
    base = Path(path).resolve().parent
    before = load_text(old_text, path=str(path), base_dir=base)
    after = load_text(new_text, path=str(path), base_dir=base)
    if len(after.errors) > len(before.errors):
        raise StringsError("would-break", diagnostics=after.errors, path=path)


def _write_atomic(path, text: str, bom: bool) -> None:
    safefiles.write_atomic(path, ("\ufeff" if bom else "") + text)
