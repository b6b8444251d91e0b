"""The spreadsheet exports (issue 15): CSV as Indonesian Excel opens it, .xlsx, formulas neutralised,
local time, and every one streamed from the database (never the whole list of sessions at once)."""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import json

import pytest

from game.records import cli_commands, spreadsheet
from game.records.cli_commands import add_record_arguments
from game.records.export import render, to_json
from game.records.store import RecordStore, read_sessions
from game.records.tables import DbSessions, safe_text

INJECTION = '=HYPERLINK("http://x","y")'


def run(argv, **kwargs):
    parser = argparse.ArgumentParser()
    add_record_arguments(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    err = io.StringIO()
    code = args.handler(args, err=err, **kwargs)
    return code, err.getvalue()


def _session(store, player, learner_id, choices, texts=True):
    sid = store.start_session(
        player,
        "tiny",
        "sha256:tiny",
        seed=1,
        lang="id",
        learner_id=learner_id,
        class_name="Pelatihan Kabid PMD Angkatan 3",
        batch="3",
        organisation="Dinas PMD Kabupaten Sleman",
        scenario_title={"id": "Kecil", "en": "Tiny"},
    )
    for turn, (node, choice, meters) in enumerate(choices, 1):
        store.record_decision(
            sid,
            turn,
            node,
            choice,
            meters,
            misconceptions=["solo_work"] if choice == "alone" else [],
            choice_text={"id": f"pilih {choice}", "en": f"choose {choice}"} if texts else None,
            situation={"id": "Balai desa.", "en": "The village hall."},
        )
    store.record_reflection(sid, "plan", "+62 812 warga", prompt={"id": "Mengapa?", "en": "Why?"})
    store.finish_session(sid, "shared", {"empathy": 50, "collaboration": 12.5})
    return sid


@pytest.fixture
def db(tmp_path, clock, ids):
    path = tmp_path / "records.sqlite3"
    store = RecordStore.open(path, clock=clock, new_id=ids)
    _session(store, INJECTION, "198701", [("meet", "listen", {"trust": 6}), ("plan", "alone", {"trust": -1})])
    _session(store, "Budi", "@budi", [("meet", "announce", {"trust": 4})])
    store.close()
    return path


def _rows(path, sep=";"):
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads UTF-8 only with its BOM
    return list(csv.reader(io.StringIO(text[1:]), delimiter=sep))


def test_csv_for_indonesian_excel(db, tmp_path):
    target = tmp_path / "kelas.csv"
    code, message = run(
        ["export", "--db", str(db), "--format", "csv", "-o", str(target), "--tz", "Asia/Jakarta"]
    )
    assert code == 0 and "2 session(s)" in message and "2 sesi" in message
    header, *rows = _rows(target)
    assert header[:3] == ["ID sesi", "Nama peserta", "ID peserta (NIP/email)"]
    assert "Waktu (Asia/Jakarta)" in header and "Meter: trust" in header
    assert len(rows) == 3  # one row per decision
    first = dict(zip(header, rows[0]))
    assert first["Nama peserta"] == "'" + INJECTION  # neutralised: Excel shows it, never runs it
    assert first["ID peserta (NIP/email)"] == "198701" and first["Kelas"] == "Pelatihan Kabid PMD Angkatan 3"
    assert first["Instansi"] == "Dinas PMD Kabupaten Sleman" and first["Angkatan"] == "3"
    assert (first["ID skenario"], first["Judul skenario"]) == ("tiny", "Kecil")
    assert (first["ID pilihan"], first["Pilihan"], first["Situasi"]) == (
        "listen",
        "pilih listen",
        "Balai desa.",
    )
    assert first["Waktu (Asia/Jakarta)"].endswith("16:01:00")  # the clock's 09:01 UTC is 16:01 WIB
    second = dict(zip(header, rows[1]))
    assert second["Miskonsepsi"] == "solo_work" and second["Meter: trust"] == "-1"  # a number stays a number
    assert dict(zip(header, rows[2]))["ID peserta (NIP/email)"] == "'@budi"
    sessions_header, *sessions = _rows(tmp_path / "kelas-sesi.csv")
    assert len(sessions) == 2 and "Skor: collaboration" in sessions_header
    one = dict(zip(sessions_header, sessions[0]))
    assert one["Status"] == "selesai" and one["Jumlah keputusan"] == "2" and one["Batas lulus"] == "0,6"
    assert one["Skor: collaboration"] == "12,5"  # a decimal comma with ";", as id-ID Excel reads it
    reflections_header, *reflections = _rows(tmp_path / "kelas-refleksi.csv")
    answer = dict(zip(reflections_header, reflections[0]))
    assert answer["Jawaban"] == "'+62 812 warga" and answer["Pertanyaan refleksi"] == "Mengapa?"


def test_csv_in_english_uses_commas_and_standard_output(db, capsys):
    out = io.StringIO()
    code, _ = run(["export", "--db", str(db), "--format", "csv", "--lang", "en"], out=out)
    header, *rows = list(csv.reader(io.StringIO(out.getvalue().lstrip("\ufeff"))))
    assert code == 0 and header[1] == "Player" and len(rows) == 3
    assert dict(zip(header, rows[0]))["Choice"] == "choose listen"
    out = io.StringIO()
    run(["export", "--db", str(db), "--format", "csv", "--lang", "en", "--csv-sep", ";"], out=out)
    assert out.getvalue().lstrip("\ufeff").startswith("Session ID;Player;")


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'=x"])
def test_every_formula_start_is_neutralised(text):
    assert safe_text(text) == "'" + text
    assert safe_text("Ani " + text) == "Ani " + text


def test_xlsx_sheets_cells_and_formulas(db, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "kelas.xlsx"
    code, message = run(["export", "--db", str(db), "--format", "xlsx", "-o", str(target), "--lang", "en"])
    assert code == 0 and "2 session(s)" in message
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Sessions", "Decisions", "Reflections"]
    decisions = book["Decisions"]
    header = [c.value for c in decisions[1]]
    assert header[:2] == ["Session ID", "Player"] and decisions.freeze_panes == "A2"
    player = decisions.cell(row=2, column=2)
    assert player.value == INJECTION and player.data_type == "s" and player.quotePrefix  # text, not a formula
    at = decisions.cell(row=2, column=header.index(next(h for h in header if h.startswith("Time"))) + 1)
    assert isinstance(at.value, datetime.datetime)  # a real date cell
    trust = decisions.cell(row=3, column=header.index("Meter: trust") + 1)
    assert trust.value == -1 and trust.data_type == "n"
    assert decisions.column_dimensions["B"].width > len("Player")
    assert book["Sessions"].max_row == 3 and book["Reflections"].max_row == 3


def test_xlsx_needs_a_file_and_xlsxwriter(db, tmp_path, monkeypatch):
    code, message = run(["export", "--db", str(db), "--format", "xlsx"])
    assert (
        code == 2
        and "tidak bisa ditulis ke layar" in message
        and "cannot be written to standard output" in message
    )

    def missing():
        raise spreadsheet.XlsxMissing("xlsxwriter")

    monkeypatch.setattr(spreadsheet, "_xlsxwriter", missing)
    code, message = run(["export", "--db", str(db), "--format", "xlsx", "-o", str(tmp_path / "k.xlsx")])
    assert code == 1 and "pip install XlsxWriter" in message and not (tmp_path / "k.xlsx").exists()


def test_exports_stream_from_the_database(db, tmp_path, monkeypatch):
    expected = read_sessions(db)
    assert list(DbSessions(db)) == expected  # the same sessions, one at a time
    since = datetime.datetime.fromisoformat("2024-05-01T09:05:00+00:00")
    assert [s["id"] for s in DbSessions(db, since)] == [expected[1]["id"]]

    def whole_list(*args, **kwargs):
        raise AssertionError("the export read every session into one list")

    monkeypatch.setattr(cli_commands, "read_sessions", whole_list)
    for fmt in ("csv", "xlsx", "json"):
        code, message = run(["export", "--db", str(db), "--format", fmt, "-o", str(tmp_path / f"k.{fmt}")])
        assert code == 0, message
    now = datetime.datetime.fromisoformat(json.loads((tmp_path / "k.json").read_text())["exported_at"])
    assert (tmp_path / "k.json").read_text(encoding="utf-8") == to_json(
        expected, now
    )  # the text is unchanged


def test_a_bad_database_or_zone_is_said_and_nothing_written(db, tmp_path):
    code, message = run(["export", "--db", str(db), "--format", "csv", "--tz", "Mars/Olympus"])
    assert code == 2 and "Asia/Jakarta" in message and "Traceback" not in message
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 10)
    for fmt in ("csv", "xlsx"):
        target = tmp_path / f"out.{fmt}"
        code, message = run(["export", "--db", str(junk), "--format", fmt, "-o", str(target)])
        assert code == 1 and "tidak bisa dibaca" in message and "cannot be read" in message
        assert not target.exists() and not list(tmp_path.glob(".out*"))
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE decisions SET meters = '\"lots\"' WHERE turn = 2")
    conn.close()
    code, message = run(["export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "k.csv")])
    assert code == 1 and "session 1 of 2" in message and "'meters' should be an object of numbers" in message


def test_render_csv_from_a_list_of_sessions(db):
    sessions = read_sessions(db)
    text = render(sessions, "csv", datetime.datetime.now(datetime.timezone.utc), lang="en")
    assert text.startswith("\ufeffSession ID,Player,") and len(text.strip().splitlines()) == 4
