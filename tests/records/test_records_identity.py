"""Our database is known by its SQLite application id; every other file is left exactly as it was.

A new database gets PRAGMA application_id at once; one of ours from before the id (our four tables and
a schema version) is adopted once; another program's SQLite file - even one with a `meta` table, even
one with our table names and more - is never written to (no tables, no WAL switch, no lock files left);
a database of ours with a newer schema is kept, not renamed as damaged, with "made by a newer Berdaya".
"""

from __future__ import annotations

import io
import sqlite3

import pytest

from game.records.messages import problem_text
from game.records.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    RecordStore,
    RecordsUnavailable,
    identify,
    read_sessions,
)


def header_id(path) -> int:
    return int.from_bytes(path.read_bytes()[68:72], "big", signed=True)


def snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_new_database_is_marked_ours_in_its_header(tmp_path):
    db = tmp_path / "r.db"
    store = RecordStore.open(db)
    assert store.enabled and store.problems == []
    assert header_id(db) == APPLICATION_ID  # in the main file at once, not only in the write-ahead log
    store.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert identify(db) == "ours"


def _old_database(path, sessions=1):
    """A records database as this game wrote them before the application id."""
    from game.records.store import _SCHEMA

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(_SCHEMA)
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    for n in range(sessions):
        conn.execute(
            "INSERT INTO sessions (id, player, scenario, content_hash, seed, lang, started_at)"
            " VALUES (?, 'Ani', 'tiny', 'h', 0, 'id', '2024-05-01T09:00:00+00:00')",
            (f"s{n}",),
        )
    conn.commit()
    conn.close()


def test_our_database_from_before_the_id_is_adopted_once(tmp_path):
    db = tmp_path / "r.db"
    _old_database(db, sessions=2)
    assert header_id(db) == 0 and identify(db) == "adopt"
    store = RecordStore.open(db)
    assert store.enabled and store.problems == []
    assert [s["id"] for s in store.sessions()] == ["s0", "s1"]  # nothing lost
    assert header_id(db) == APPLICATION_ID  # adopted: checkpointed into the header at once
    store.close()
    assert identify(db) == "ours"


def _foreign(path, tables, app_id=0, wal=False):
    conn = sqlite3.connect(path)
    if app_id:
        conn.execute(f"PRAGMA application_id = {app_id}")
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    for table in tables:
        conn.execute(f"CREATE TABLE {table} (key TEXT, value TEXT)")
        conn.execute(f"INSERT INTO {table} VALUES ('schema_version', '1')")
    conn.commit()
    conn.close()


FOREIGN = [
    ("a meta table", ["meta"], 0, False),
    ("meta and settings", ["meta", "settings"], 0, False),
    (
        "our four table names and one more",
        ["meta", "sessions", "decisions", "reflections", "contacts"],
        0,
        False,
    ),
    ("another application id", ["meta"], 0x4D504246, False),
    ("another id, even with our tables", ["meta", "sessions", "decisions", "reflections"], 0x0F055112, False),
    ("a meta table, in WAL mode", ["meta"], 0, True),
]


@pytest.mark.parametrize("what, tables, app_id, wal", FOREIGN, ids=[case[0] for case in FOREIGN])
def test_another_programs_database_is_left_exactly_as_it_was(tmp_path, what, tables, app_id, wal):
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "records.sqlite3"
    _foreign(db, tables, app_id, wal)
    before = snapshot(folder)
    store = RecordStore.open(db)
    assert not store.enabled and store.problem.kind == "foreign"
    assert "another program's database" in store.message and "left exactly as it is" in store.message
    assert "milik program lain" in problem_text(store.problem, "id")
    assert store.start_session("Ani", "tiny", "h", 0, "id") is None
    store.close()
    assert snapshot(folder) == before  # the same files, byte for byte: no tables, no WAL, no lock files
    with pytest.raises(RecordsUnavailable, match="another program's database"):
        read_sessions(db)
    assert snapshot(folder) == before


def _newer(path, marked):
    """A database a newer Berdaya wrote and closed."""
    RecordStore.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    if not marked:
        conn.execute("PRAGMA application_id = 0")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("marked", [True, False], ids=["with our id", "from before the id"])
def test_a_newer_schema_is_kept_and_called_newer_not_damaged(tmp_path, marked):
    db = tmp_path / "r.db"
    _newer(db, marked)
    before = snapshot(tmp_path)
    store = RecordStore.open(db)
    assert not store.enabled and store.problem.kind == "newer"
    assert "made by a newer Berdaya" in problem_text(store.problem, "en")
    assert "dibuat oleh Berdaya yang lebih baru" in problem_text(store.problem, "id")
    store.close()
    assert snapshot(tmp_path) == before  # kept as it was: not renamed, not written
    assert not list(tmp_path.glob("*.damaged-*"))
    with pytest.raises(RecordsUnavailable, match="made by a newer Berdaya"):
        read_sessions(db)


def test_export_of_another_programs_file_is_a_plain_error(tmp_path):
    import argparse

    from game.records.cli_commands import add_record_arguments

    db = tmp_path / "contacts.sqlite3"
    _foreign(db, ["sessions", "people"])
    parser = argparse.ArgumentParser()
    add_record_arguments(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["export", "--db", str(db)])
    err = io.StringIO()
    assert args.handler(args, out=io.StringIO(), err=err) == 1
    assert "another program's database" in err.getvalue() and "was not changed" in err.getvalue()


@pytest.mark.parametrize(
    "lang, words", [("id", "dibuat oleh Berdaya yang lebih baru"), ("en", "made by a newer Berdaya")]
)
def test_the_window_says_made_by_a_newer_berdaya(tmp_path, lang, words):
    pytest.importorskip("pygame")
    from game.records.store import Problem
    from game.ui.strings import t

    assert words in t("records_newer", lang, path=tmp_path)
    assert Problem("newer", tmp_path).stops
