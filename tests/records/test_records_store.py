"""The SQLite store: decisions survive a crash, damage is set aside, failures never crash."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from game.engine.session import Session
from game.records.recorder import SessionRecorder
from game.records.store import RecordStore, default_db_path, read_sessions

ROOT = Path(__file__).resolve().parents[2]


def _start(store):
    return store.start_session("Tim Melati", "tiny", "sha256:x", seed=7, lang="id")


def test_default_path_follows_xdg_data_home(tmp_path):
    assert default_db_path({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path / "berdaya" / "records.sqlite3"


def test_session_round_trip(tmp_path, clock, ids):
    with RecordStore.open(tmp_path / "r.db", clock=clock, new_id=ids) as store:
        assert store.enabled and store.message is None
        sid = _start(store)
        store.record_decision(
            sid, 1, "meet", "announce", {"trust": 4}, ["solo_work"], day=3, deltas={"trust": -1}
        )
        store.record_reflection(sid, "meet", "kami harus mendengar dulu")
        store.finish_session(sid, "shared", {"collaboration": 40, "empathy": 60}, {"days": 3})
        [session] = store.sessions()
    assert session["id"] == sid and session["player"] == "Tim Melati" and session["seed"] == 7
    assert session["started_at"] == "2024-05-01T09:00:00+00:00"
    assert session["ending"] == "shared" and session["scores"] == {"collaboration": 40, "empathy": 60}
    [decision] = session["decisions"]
    assert decision["misconceptions"] == ["solo_work"] and decision["meters"] == {"trust": 4}
    assert decision["day"] == 3 and decision["at"] == "2024-05-01T09:01:00+00:00"
    assert session["reflections"][0]["answer"] == "kami harus mendengar dulu"
    assert read_sessions(tmp_path / "r.db") == [session]


def test_database_is_in_wal_mode(tmp_path):
    RecordStore.open(tmp_path / "r.db").close()
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_recorder_follows_an_engine_session(tmp_path, clock, ids, scenario):
    store = RecordStore.open(tmp_path / "r.db", clock=clock, new_id=ids)
    session = Session(scenario, seed=3)
    recorder = SessionRecorder.begin(store, session, "Budi", "en")
    for index in (1, 0, 1):  # authored positions; the options are shown shuffled
        session.choose(next(c.index for c in session.choices() if c.authored == index))
        recorder.after_choice()
    recorder.finish()
    [record] = store.sessions()
    assert [d["choice"] for d in record["decisions"]] == ["announce", "together", "rush"]
    assert [d["node"] for d in record["decisions"]] == ["meet", "plan", "act"]
    assert record["ending"] == "shared" and record["result"]["path"] == ["announce", "together", "rush"]
    assert record["content_hash"] == "sha256:tiny" and record["lang"] == "en"


def test_recorder_without_store_does_nothing(scenario):
    session = Session(scenario)
    recorder = SessionRecorder.begin(None, session, "x", "id")
    session.choose(0)
    recorder.after_choice()
    assert not recorder.keeping


CRASHER = textwrap.dedent("""
    import sys, time
    from game.records.store import RecordStore
    store = RecordStore.open(sys.argv[1])
    sid = store.start_session("crash", "tiny", "h", 1, "id")
    for turn in range(1, int(sys.argv[2]) + 1):
        store.record_decision(sid, turn, f"n{turn}", f"c{turn}", {"trust": turn})
        print(f"recorded {turn}", flush=True)
    print("waiting", flush=True)
    sys.stdin.read()  # never returns: the test kills us
""")


def test_killed_process_loses_no_earlier_decision(tmp_path):
    db = tmp_path / "r.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASHER, str(db), "4"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        lines = []
        for line in proc.stdout:
            lines.append(line.strip())
            if line.strip() == "waiting":
                break
        assert lines[-2] == "recorded 4"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdin.close()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    [session] = RecordStore.open(db).sessions()
    assert [d["turn"] for d in session["decisions"]] == [1, 2, 3, 4]
    assert session["finished_at"] is None


def test_damaged_database_is_set_aside_and_a_fresh_one_started(tmp_path, clock):
    db = tmp_path / "records.sqlite3"
    db.write_bytes(b"this is not a database at all, just junk bytes " * 100)
    store = RecordStore.open(db, clock=clock)
    assert store.enabled
    aside = tmp_path / "records.sqlite3.damaged-20240501-090000"
    assert aside.read_bytes().startswith(b"this is not a database")
    assert "damaged" in store.message and str(aside) in store.message
    assert _start(store) is not None and len(store.sessions()) == 1


def test_truncated_database_is_set_aside(tmp_path, clock):
    db = tmp_path / "r.db"
    with RecordStore.open(db) as store:
        for _n in range(50):
            store.record_decision(_start(store), 1, "n" * 500, "c", {})
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = db.read_bytes()
    db.write_bytes(data[:100] + b"\xff" * 4096 + data[4196:])
    store = RecordStore.open(db, clock=clock)
    assert store.enabled and store.message and "damaged" in store.message
    assert store.sessions() == []
    assert any(p.name.startswith("r.db.damaged-") for p in tmp_path.iterdir())


def test_unwritable_place_turns_records_off_without_crashing(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = RecordStore.open(blocker / "sub" / "r.db")
    assert not store.enabled
    assert store.message.startswith("Records are not being kept")
    assert _start(store) is None
    assert store.record_decision(None, 1, "n", "c", {}) is False
    assert store.finish_session(None, None, {}) is False


def test_full_disk_holds_the_decision_and_writes_it_when_space_is_back(tmp_path):
    store = RecordStore.open(tmp_path / "r.db")
    sid = _start(store)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    big = {"m": "x" * 20000}
    assert store.record_decision(sid, 1, "n", "c", big) is False
    assert store.problem.kind == "full" and "disk is full" in store.message
    assert store.enabled  # not given up: the next write tries again
    store._conn.execute("PRAGMA max_page_count = 1000000")
    assert store.record_decision(sid, 1, "n", "c", big) is True
    assert store.problem is None
    assert [d["turn"] for d in store.sessions()[0]["decisions"]] == [1]


def test_recorder_keeps_reflections_given_to_the_session(tmp_path, scenario):
    store = RecordStore.open(tmp_path / "r.db")
    session = Session(scenario)
    recorder = SessionRecorder.begin(store, session, "Sari", "id")
    session.reflect("Warga perlu didengar")
    session.choose(0)
    recorder.after_choice()
    [record] = store.sessions()
    assert [(r["node"], r["answer"]) for r in record["reflections"]] == [("meet", "Warga perlu didengar")]
