"""The export and report subcommands as the game's command line runs them."""

from __future__ import annotations

import argparse
import io
import json
import socket

import pytest

from game.records.cli_commands import (
    OUTBOX_NAME,
    add_play_record_options,
    add_record_arguments,
    play_recorder,
)
from game.records.export import from_csv
from game.records.store import RecordStore


def parse(argv):
    parser = argparse.ArgumentParser()
    add_record_arguments(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def run(argv, **kwargs):
    args = parse(argv)
    err = io.StringIO()
    code = args.handler(args, err=err, **kwargs)
    return code, err.getvalue()


@pytest.fixture
def db(tmp_path, clock, ids, play):
    path = tmp_path / "records.sqlite3"
    store = RecordStore.open(path, clock=clock, new_id=ids)
    play(store, "Ani", [0, 0, 0])
    play(store, "Budi", [1, 1, 1])
    store.close()
    return path


def test_export_each_format_to_a_file(db, tmp_path):
    # issue 15: csv is now the spreadsheet's (one row per decision, with its -sesi and -refleksi files);
    # the long table that reads back is csv-long
    for fmt in ("json", "csv", "csv-long", "xapi", "xlsx"):
        target = tmp_path / f"out.{fmt}"
        code, message = run(["export", "--format", fmt, "-o", str(target), "--db", str(db)])
        assert code == 0 and "2 session(s)" in message
    assert len(json.loads((tmp_path / "out.json").read_text())["sessions"]) == 2
    assert len(from_csv((tmp_path / "out.csv-long").read_text())) == 2
    assert len((tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()) == 1 + 2 * 3
    assert len((tmp_path / "out-sesi.csv").read_text(encoding="utf-8-sig").splitlines()) == 1 + 2
    # per session: initialized, 3 answered, completed, passed or failed, terminated
    assert len(json.loads((tmp_path / "out.xapi").read_text())) == 2 * 7


def test_export_to_standard_output_and_since(db):
    out = io.StringIO()
    args = parse(["export", "--db", str(db), "--since", "2030-01-01"])
    assert args.handler(args, out=out, err=io.StringIO()) == 0
    assert json.loads(out.getvalue())["sessions"] == []


def test_export_bad_date_and_missing_database(tmp_path, db):
    assert run(["export", "--db", str(db), "--since", "yesterday"])[0] == 2
    code, message = run(["export", "--db", str(tmp_path / "none.db")])
    assert code == 1 and "no records database" in message


def test_export_to_an_unreachable_lrs_keeps_the_statements(db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, message = run(
        [
            "export",
            "--db",
            str(db),
            "--lrs",
            f"http://127.0.0.1:{port}/xAPI",
            "--lrs-user",
            "u",
            "--lrs-password",
            "p",
        ]
    )
    assert code == 1 and "Could not reach the LRS" in message
    outbox = db.parent / OUTBOX_NAME
    assert len(json.loads(outbox.read_text())) == 2 * 7 and str(outbox) in message


def test_report_from_the_database_and_from_exports(db, tmp_path):
    export = tmp_path / "laptop.json"
    run(["export", "--db", str(db), "-o", str(export)])
    html = tmp_path / "r.html"
    code, message = run(
        ["report", str(export), str(export), "--db", str(db), "-o", str(html), "--lang", "en"]
    )
    assert code == 0 and "2 session(s)" in message and "4 duplicate(s) counted once" in message
    assert "Class report" in html.read_text()
    code, _ = run(["report", "--db", str(db), "-o", str(html)])
    assert code == 0 and "Laporan kelas" in html.read_text()


def test_report_refuses_a_file_that_is_not_an_export(tmp_path):
    bad = tmp_path / "notes.json"
    bad.write_text("[1, 2]")
    code, message = run(["report", str(bad), "-o", str(tmp_path / "r.html")])
    assert code == 1 and "not a Berdaya records export" in message


def test_play_recorder_follows_the_play_options(tmp_path, scenario):
    from game.engine.session import Session

    parser = argparse.ArgumentParser()
    add_play_record_options(parser)
    args = parser.parse_args(["--db", str(tmp_path / "p.db"), "--player", "Tim Kenanga"])
    session = Session(scenario)
    recorder = play_recorder(args, session, err=io.StringIO())
    for _ in range(3):
        session.choose(0)
        recorder.after_choice()
    recorder.finish()
    [record] = RecordStore.open(tmp_path / "p.db").sessions()
    assert record["player"] == "Tim Kenanga" and record["ending"] == "shared"
    args = parser.parse_args(["--no-record"])
    assert not play_recorder(args, Session(scenario)).keeping


def test_since_without_a_zone_is_local_time():
    from game.records.cli_commands import parse_since

    assert parse_since("2024-05-01T07:00:00+07:00").isoformat() == "2024-05-01T07:00:00+07:00"
    local = parse_since("2024-05-01")
    assert local.tzinfo is not None and local.replace(tzinfo=None).isoformat() == "2024-05-01T00:00:00"


def test_report_refuses_a_fifo_without_waiting_on_it(tmp_path):
    import os

    fifo = tmp_path / "class.json"
    os.mkfifo(fifo)  # nothing ever writes to it: reading would block for ever
    code, message = run(["report", str(fifo), "-o", str(tmp_path / "r.html")])
    assert code == 1 and "not a regular file" in message


def test_a_hand_edited_database_is_a_plain_error_for_export_and_report(db, tmp_path):
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE decisions SET meters = '\"lots\"' WHERE turn = 2")
    conn.close()
    for argv in (["export", "--db", str(db)], ["report", "--db", str(db), "-o", str(tmp_path / "r.html")]):
        code, message = run(argv)
        assert code == 1 and f"the records database {db}: session 1 of 2" in message, message
        assert "'meters' should be an object of numbers" in message
