"""strings --export / --import: stable keys, round trips, only texts change."""

import csv
import subprocess
import sys

import pytest

from game.authoring.strings import StringsError, export_csv, export_rows, import_csv
from game.content.loader import load_file

from ..conftest import ROOT, SAMPLE

SMALL = """\
# A small scenario with every way of writing a text.
format: 1
id: kecil
title: {id: Kecil, en: Small}   # flow style
summary:
  id: >-
    Ringkasan yang
    dilipat.
  en: "A folded summary."
duty: needs_design
minutes: 2
start: a
characters:
  rina:
    name: Bu Rina
    role: {id: Kader}             # no English yet
nodes:
  a:
    lines:
      - speaker: rina
        text:
          id: "Halo: apa kabar?"
          # the English line is missing
      - text: Narasi saja
    choices:
      - id: a.ok
        text: {id: Bersama, en: Together}
        feedback: {id: Baik, en: Good}
        next: END
endings:
  - id: plain
    title: {id: Biasa, en: Plain}
    summary: {id: Biasa, en: Plain}
    debrief:
      - {id: Mengapa?, en: Why?}
"""
KEYS = [
    "scenario.title",
    "scenario.summary",
    "character.rina.role",
    "node.a.line.1",
    "node.a.line.2",
    "choice.a.ok.text",
    "choice.a.ok.feedback",
    "ending.plain.title",
    "ending.plain.summary",
    "ending.plain.debrief.1",
]


@pytest.fixture()
def small(tmp_path):
    path = tmp_path / "kecil.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return path


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["key", "id", "en"])
        writer.writerows(rows)


def test_export_lists_every_text_with_a_stable_key(small):
    rows = export_rows(small)
    assert [r[0] for r in rows] == KEYS
    assert rows[1] == ("scenario.summary", "Ringkasan yang dilipat.", "A folded summary.")
    assert rows[2] == ("character.rina.role", "Kader", "")
    assert rows[4] == ("node.a.line.2", "Narasi saja", "")


def test_round_trip_without_changes_keeps_the_file_byte_for_byte(small, tmp_path):
    table = tmp_path / "t.csv"
    assert export_csv(small, table) == len(KEYS)
    report = import_csv(small, table)
    assert (report.changed, report.unchanged, report.unknown) == (0, len(KEYS), [])
    assert small.read_text(encoding="utf-8") == SMALL


def test_import_changes_only_the_texts_and_keeps_comments(small, tmp_path):
    table = tmp_path / "t.csv"
    write_csv(
        table,
        [
            ("scenario.summary", "", 'A "new" summary: folded no more'),
            ("character.rina.role", "", "Health cadre"),
            ("node.a.line.1", "", "Hello: how are you?"),
            ("node.a.line.2", "Narasi saja", "Narration only"),
            ("choice.a.ok.feedback", "Baik sekali", ""),
        ],
    )
    report = import_csv(small, table)
    assert report.changed == 5 and report.unknown == []
    text = small.read_text(encoding="utf-8")
    for comment in (
        "# A small scenario",
        "# flow style",
        "# no English yet",
        "# the English line is missing",
    ):
        assert comment in text
    assert "title: {id: Kecil, en: Small}   # flow style" in text  # untouched lines stay as written
    loaded = load_file(small)
    assert loaded.scenario is not None and loaded.warnings == []  # every B040 is gone
    s = loaded.scenario
    assert s.summary.en == 'A "new" summary: folded no more' and s.summary.id == "Ringkasan yang dilipat."
    assert s.characters["rina"].role.en == "Health cadre"
    line1, line2 = s.nodes["a"].lines
    assert (line1.text.id, line1.text.en) == ("Halo: apa kabar?", "Hello: how are you?")
    assert (line2.text.id, line2.text.en) == ("Narasi saja", "Narration only")
    assert s.nodes["a"].choices[0].feedback.id == "Baik sekali"
    changed = [line for line in text.splitlines() if line not in SMALL.splitlines()]
    assert len(changed) == 5, changed  # summary en, role, line 1 gains an en line, line 2, feedback
    assert '          en: "Hello: how are you?"' in changed


def test_unknown_keys_are_reported_and_the_rest_applied(small, tmp_path):
    table = tmp_path / "t.csv"
    write_csv(table, [("choice.nope.text", "X", "Y"), ("ending.plain.title", "Biasa saja", "")])
    report = import_csv(small, table)
    assert report.unknown == ["choice.nope.text"] and report.changed == 1
    assert load_file(small).scenario.endings[0].title.id == "Biasa saja"


def test_an_import_that_breaks_the_scenario_writes_nothing(small, tmp_path):
    table = tmp_path / "t.csv"
    write_csv(table, [("scenario.title", "x" * 5000, "")])  # longer than a text may be (B005)
    with pytest.raises(StringsError, match="B005"):
        import_csv(small, table)
    assert small.read_text(encoding="utf-8") == SMALL


def test_a_csv_without_the_columns_is_refused(small, tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("name,text\nx,y\n", encoding="utf-8")
    with pytest.raises(StringsError, match="key,id,en"):
        import_csv(small, table)


def test_sample_round_trips_through_the_command_line(tmp_path):
    copy = tmp_path / "sample.yaml"
    copy.write_bytes(SAMPLE.read_bytes())
    table = tmp_path / "sample.csv"
    run = lambda *a: subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), *a],  # noqa: E731
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    done = run("strings", str(copy), "--export", str(table))
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(table.open(encoding="utf-8-sig")))
    keys = [r[0] for r in rows[1:]]
    assert len(keys) == len(set(keys)) and "choice.kantor.pramusdes.feedback" in keys
    rows = [
        r if r[0] != "ending.dapur_tutup.debrief.2" else [r[0], r[1], "Who should own this kitchen?"]
        for r in rows
    ]
    rows.append(["node.nowhere.line.1", "a", "b"])
    with table.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    done = run("strings", str(copy), "--import", str(table))
    assert done.returncode == 0, done.stderr
    assert "node.nowhere.line.1" in done.stderr and "1 text(s) changed" in done.stdout
    before, after = (
        SAMPLE.read_text(encoding="utf-8").splitlines(),
        copy.read_text(encoding="utf-8").splitlines(),
    )
    assert len(before) == len(after)
    assert [a for b, a in zip(before, after) if a != b] == [
        '      - {id: "Siapa yang seharusnya memiliki dapur ini?", en: "Who should own this kitchen?"}'
    ]
    missing = run("strings", str(tmp_path / "none.yaml"), "--export", str(table))
    assert missing.returncode != 0 and "Traceback" not in missing.stderr


# -- CSV files as spreadsheets and hands really leave them --------------------------------
def refuse(small, table, *words):
    with pytest.raises(StringsError) as caught:
        import_csv(small, table)
    for word in words:
        assert word in str(caught.value), str(caught.value)
    assert small.read_text(encoding="utf-8") == SMALL  # nothing was written


def test_an_unclosed_quote_is_refused_with_its_line(small, tmp_path):
    table = tmp_path / "t.csv"
    table.write_text(
        "key,id,en\n"
        "node.a.line.2,Narasi saja,Narration\n"
        'scenario.title,"unclosed quote,Sample\n'
        "node.a.line.1,Halo,Hello\n"
        "ending.plain.title,Biasa,Plain\n",
        encoding="utf-8",
    )
    refuse(small, table, "line 3", "quote")


def test_an_unclosed_quote_on_the_last_row_is_refused(small, tmp_path):
    table = tmp_path / "t.csv"
    table.write_text(
        'key,id,en\nnode.a.line.2,Narasi saja,Narration\nscenario.title,Judul,"Title\n', encoding="utf-8"
    )
    refuse(small, table, "line 3", "quote")


def test_texts_with_line_breaks_and_quotes_still_import(small, tmp_path):
    table = tmp_path / "t.csv"
    write_csv(table, [("node.a.line.2", "Narasi\nsaja", 'Two "lines"\nnode.like text, here')])
    report = import_csv(small, table)
    assert report.changed == 1
    line2 = load_file(small).scenario.nodes["a"].lines[1].text
    assert (line2.id, line2.en) == ("Narasi\nsaja", 'Two "lines"\nnode.like text, here')


def test_a_key_twice_is_refused_naming_both_lines(small, tmp_path):
    table = tmp_path / "t.csv"
    write_csv(table, [("scenario.title", "A", ""), ("node.a.line.1", "B", ""), ("scenario.title", "C", "")])
    refuse(small, table, "scenario.title", "line 2", "line 4")


def test_a_row_with_more_cells_than_columns_is_refused(small, tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("key,id,en\nnode.a.line.2,Halo, apa kabar,Hello\n", encoding="utf-8")
    refuse(small, table, "line 2", "double quotes")


def test_a_semicolon_csv_from_excel_is_read(small, tmp_path):
    table = tmp_path / "t.csv"
    with open(table, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["key", "id", "en"])
        writer.writerow(["node.a.line.2", "Narasi saja", "Narration; only, really"])
    report = import_csv(small, table)
    assert report.changed == 1 and report.unknown == []
    assert load_file(small).scenario.nodes["a"].lines[1].text.en == "Narration; only, really"


def test_an_excel_workbook_is_refused_with_what_to_do(small, tmp_path):
    table = tmp_path / "texts.csv"  # the name does not matter: the content does
    table.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    refuse(small, table, "this is an Excel workbook; save it as CSV UTF-8 (Comma delimited)")


def test_the_report_counts_texts_the_csv_did_not_mention(small, tmp_path):
    table = tmp_path / "t.csv"
    write_csv(table, [("scenario.title", "Kecil", "Small"), ("node.a.line.2", "Narasi saja", "Narration")])
    report = import_csv(small, table)
    assert report.missing == [k for k in KEYS if k not in ("scenario.title", "node.a.line.2")]


def test_cli_import_problems_are_messages_and_missing_texts_a_note(small, tmp_path):
    run = lambda *a: subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), *a],  # noqa: E731
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    bad = tmp_path / "bad.csv"
    bad.write_text(
        'key,id,en\nscenario.title,"unclosed quote,Sample\nnode.a.line.1,Halo,Hello\n', encoding="utf-8"
    )
    done = run("strings", str(small), "--import", str(bad))
    assert done.returncode != 0 and "Traceback" not in done.stderr and "line 2" in done.stderr
    assert small.read_text(encoding="utf-8") == SMALL
    good = tmp_path / "good.csv"
    write_csv(good, [("node.a.line.2", "Narasi saja", "Narration")])
    done = run("strings", str(small), "--import", str(good))
    assert done.returncode == 0, done.stderr
    assert "1 text(s) changed" in done.stdout and f"{len(KEYS) - 1} text(s)" in done.stdout
