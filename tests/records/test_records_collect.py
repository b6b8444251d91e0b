"""`collect` (a sound copy of the records, with what is still in the -wal) and `forget` (one learner's
data deleted for good, UU PDP 27/2022), as a facilitator runs them after a workshop (issue 15)."""

from __future__ import annotations

import argparse
import io
import json
import sqlite3

import pytest

from game.records import collect as collect_module
from game.records.cli_commands import add_record_arguments
from game.records.export import to_csv, to_json
from game.records.store import RecordStore, read_sessions


def run(argv, answers=None):
    parser = argparse.ArgumentParser()
    add_record_arguments(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    err = io.StringIO()
    kwargs = {} if answers is None else {"ask": lambda: answers}
    code = args.handler(args, err=err, **kwargs)
    return code, err.getvalue()


def _session(store, player, learner_id=""):
    sid = store.start_session(player, "tiny", "sha256:tiny", seed=1, lang="id", learner_id=learner_id)
    store.record_decision(sid, 1, "meet", "listen", {"trust": 6})
    store.record_reflection(sid, "meet", f"jawaban rahasia {player}")
    store.finish_session(sid, "shared", {"empathy": 50})
    return sid


@pytest.fixture
def open_store(tmp_path, clock, ids):
    """A store still open (as the game holds it while it runs): its last writes are in the -wal."""
    store = RecordStore.open(tmp_path / "records.sqlite3", clock=clock, new_id=ids)
    for name, learner in (("Ani Suryani", "198701"), ("Ani Suryani", "199002"), ("Budi", "")):
        _session(store, name, learner)
    yield store
    store.close()


def test_collect_copies_what_is_still_in_the_wal(open_store, tmp_path):
    db = open_store.path
    wal = db.with_name(db.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the game has not checkpointed: a bare copy would lose it
    folder = tmp_path / "flashdisk"
    code, message = run(["collect", str(folder), "--db", str(db)])
    assert code == 0 and "3 sesi" in message and "3 session(s)" in message and "integrity check ok" in message
    (copy,) = folder.glob("records-*.sqlite3")
    assert not copy.with_name(copy.name + "-wal").exists()  # one self-contained file
    assert [s["id"] for s in read_sessions(copy)] == [s["id"] for s in read_sessions(db)]
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x42524459
    conn.close()


def test_collect_never_replaces_a_file_without_force(open_store, tmp_path):
    target = tmp_path / "kelas-3.sqlite3"
    target.write_bytes(b"the facilitator's earlier copy")
    code, message = run(["collect", str(target), "--db", str(open_store.path)])
    assert code == 1 and "--force" in message and target.read_bytes() == b"the facilitator's earlier copy"
    code, _ = run(["collect", str(target), "--db", str(open_store.path), "--force"])
    assert code == 0 and len(read_sessions(target)) == 3
    code, message = run(
        ["collect", str(tmp_path / "no" / "such" / "x.sqlite3"), "--db", str(open_store.path)]
    )
    assert code == 1 and "does not exist" in message and "tidak ada" in message


def test_collect_and_forget_say_what_is_wrong_with_the_database(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"x" * 200)
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE invoices (n INTEGER)")
    conn.close()
    before = foreign.read_bytes()
    for db, words in (
        (tmp_path / "missing.sqlite3", "no records database"),
        (junk, "cannot be read"),
        (foreign, "another program's database"),
    ):
        for argv in (["collect", str(tmp_path / "out")], ["forget", "--player", "Ani", "--yes"]):
            code, message = run([*argv, "--db", str(db)])
            assert code == 1 and words in message and "galat:" in message and "Traceback" not in message
    assert foreign.read_bytes() == before


def test_collect_says_a_locked_database(open_store, tmp_path, monkeypatch):
    monkeypatch.setattr(collect_module, "BUSY_MS", 50)
    open_store.close()

    def locked(path):
        raise sqlite3.OperationalError("database is locked")

    with monkeypatch.context() as patch:  # locked while the file is identified (dbfile waits 5 s for it)
        patch.setattr(collect_module, "identify", locked)
        for argv in (["collect", str(tmp_path / "out.sqlite3")], ["forget", "--player", "Budi", "--yes"]):
            code, message = run([*argv, "--db", str(open_store.path)])
            assert code == 1 and "close the game" in message and "tutup permainan" in message
    monkeypatch.setattr(collect_module, "identify", lambda path: "ours")  # locked while it is copied
    holder = sqlite3.connect(open_store.path, timeout=0.1)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, message = run(["collect", str(tmp_path / "out.sqlite3"), "--db", str(open_store.path)])
    finally:
        holder.rollback()
        holder.close()
    assert code == 1 and "close the game" in message and "tutup permainan" in message
    assert not (tmp_path / "out.sqlite3").exists()


def test_forget_asks_then_deletes_for_good(open_store, tmp_path):
    db = open_store.path
    open_store.close()
    export = tmp_path / "kelas.json"
    sessions = read_sessions(db)
    export.write_text(to_json(sessions, __import__("datetime").datetime.now()), encoding="utf-8")
    long_csv = tmp_path / "kelas.csv"
    long_csv.write_text(to_csv(sessions), encoding="utf-8")
    mine = [s["id"] for s in sessions if s["learner_id"] == "198701"]
    outbox = db.with_name("xapi-outbox.json")
    statements = [{"id": f"s{n}", "context": {"registration": s["id"]}} for n, s in enumerate(sessions)]
    outbox.write_text(json.dumps(statements), encoding="utf-8")

    argv = ["forget", "--db", str(db), "--player", "ani  suryani", "--learner-id", "198701"]
    code, message = run([*argv, "--export", str(export)], answers="tidak")
    assert code == 1 and "nothing was deleted" in message and "1 session(s)" in message
    assert len(read_sessions(db)) == 3

    code, message = run([*argv, "--export", str(export), "--export", str(long_csv)], answers="ya")
    assert code == 0 and "VACUUM" in message and "other copies" in message, message
    left = read_sessions(db)
    assert [s["learner_id"] for s in left] == ["199002", ""]  # the other Ani Suryani stays
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("records.sqlite3*"))
    assert b"198701" not in raw  # gone from the file itself, not only from the tables
    assert [s["learner_id"] for s in json.loads(export.read_text())["sessions"]] == ["199002", ""]
    assert "198701" not in long_csv.read_text(encoding="utf-8")
    assert {s["context"]["registration"] for s in json.loads(outbox.read_text())} == {s["id"] for s in left}
    assert mine and mine[0] not in outbox.read_text()


def test_forget_by_name_with_yes_and_what_it_needs(open_store):
    db = open_store.path
    code, message = run(["forget", "--db", str(db)])
    assert code == 2 and "--learner-id" in message
    code, message = run(["forget", "--db", str(db), "--player", "Citra", "--yes"])
    assert code == 0 and "nothing was deleted" in message
    code, message = run(["forget", "--db", str(db), "--player", "BUDI", "--yes"])
    assert code == 0 and "1 session(s)" in message
    raw = b"".join(p.read_bytes() for p in db.parent.glob("records.sqlite3*"))
    assert b"jawaban rahasia Budi" not in raw
    assert [s["player"] for s in read_sessions(db)] == ["Ani Suryani", "Ani Suryani"]
