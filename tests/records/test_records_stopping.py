"""Records that stop after the database opened: the player is told (both languages), nothing is lost.

A lock held past the busy timeout, a full disk, a read-only file or a broken database: each write
that fails is told once, the decision waits in the recorder and is written, in order, by the next
write that works; the command line says so on standard error and exits 4.
"""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
import time

from game.engine.session import Session
from game.records import store as store_module
from game.records.messages import both, problem_text
from game.records.recorder import SessionRecorder
from game.records.store import Problem, RecordStore

from ..conftest import ROOT, SAMPLE


class Told(list):
    def __call__(self, problem):
        self.append(None if problem is None else problem.kind)


def _recorder(tmp_path, scenario, **open_kw):
    store = RecordStore.open(tmp_path / "r.db", **open_kw)
    told = Told()
    session = Session(scenario, seed=1)
    recorder = SessionRecorder.begin(store, session, "Tim Melati", "id", on_problem=told)
    return store, session, recorder, told


def _decide(session, recorder, votes=None):
    session.choose(0)
    return recorder.after_choice(votes=votes)


def _recorded(path):
    [session] = RecordStore.open(path).sessions()
    return session


def test_a_lock_held_past_the_timeout_is_told_once_and_the_decisions_wait(tmp_path, scenario):
    store, session, recorder, told = _recorder(tmp_path, scenario, busy_timeout=0.3)
    other = sqlite3.connect(tmp_path / "r.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    started = time.monotonic()
    assert _decide(session, recorder) is False
    first_wait = time.monotonic() - started
    started = time.monotonic()
    assert _decide(session, recorder) is False
    second_wait = time.monotonic() - started
    assert told == ["locked"]  # told once, not at every decision
    assert store.problem.kind == "locked" and not recorder.complete
    assert 0.25 <= first_wait < 2 and second_wait < 0.3 + 0.2  # retries do not freeze each decision
    other.execute("ROLLBACK")
    other.close()
    assert _decide(session, recorder) is True
    assert told == ["locked", None]  # ...and told when records are kept again
    recorder.finish()
    assert recorder.complete
    record = _recorded(tmp_path / "r.db")
    assert [d["turn"] for d in record["decisions"]] == [1, 2, 3]
    assert [d["choice"] for d in record["decisions"]] == [h.choice for h in session.state.history]
    assert record["ending"] == "shared"


def test_a_full_disk_holds_a_reflection_until_there_is_room(tmp_path, scenario):
    store, session, recorder, told = _recorder(tmp_path, scenario)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    session.reflect("x" * 50_000)  # too big for the space left
    assert _decide(session, recorder) is False
    assert told == ["full"] and not recorder.complete
    store._conn.execute("PRAGMA max_page_count = 1000000")
    assert _decide(session, recorder) is True
    assert told == ["full", None]
    record = _recorded(tmp_path / "r.db")
    assert [r["node"] for r in record["reflections"]] == ["meet"] and len(record["decisions"]) == 2


def test_votes_wait_with_their_decision(tmp_path, scenario):
    store, session, recorder, told = _recorder(tmp_path, scenario)
    store._conn.execute("PRAGMA query_only = ON")
    assert _decide(session, recorder, votes={"listen": 3, "announce": 1}) is False
    store._conn.execute("PRAGMA query_only = OFF")
    assert _decide(session, recorder, votes={"together": 4}) is True
    record = _recorded(tmp_path / "r.db")
    assert [d["votes"] for d in record["decisions"]] == [{"listen": 3, "announce": 1}, {"together": 4}]


def test_a_read_only_database_is_told_and_caught_up(tmp_path, scenario):
    store, session, recorder, told = _recorder(tmp_path, scenario)
    store._conn.execute("PRAGMA query_only = ON")  # what a file made read-only after opening gives
    assert _decide(session, recorder) is False
    assert told == ["readonly"] and "read-only" in problem_text(store.problem, "en")
    assert "hanya bisa dibaca" in problem_text(store.problem, "id")
    store._conn.execute("PRAGMA query_only = OFF")
    assert _decide(session, recorder) is True
    assert len(_recorded(tmp_path / "r.db")["decisions"]) == 2


def test_a_database_broken_for_good_stops_records_and_says_so(tmp_path, scenario):
    store, session, recorder, told = _recorder(tmp_path, scenario)
    with sqlite3.connect(tmp_path / "r.db") as other:
        other.execute("DROP TABLE decisions")
    assert _decide(session, recorder) is False
    assert told == ["broken"] and not store.enabled and not recorder.complete
    assert _decide(session, recorder) is False  # the game goes on; nothing more is told
    assert told == ["broken"]


def test_a_lock_another_program_holds_never_freezes_a_decision(tmp_path, scenario):
    """The window's store (the defaults): the first write under another program's write lock gives up
    in a fraction of a second instead of 5 s, later ones sooner, and the player is told in both languages."""
    from game.ui.strings import t

    RecordStore.open(tmp_path / "r.db").close()
    other = sqlite3.connect(tmp_path / "r.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock, for as long as it likes
    try:
        started = time.monotonic()
        store, session, recorder, told = _recorder(tmp_path, scenario)  # the session row: waits
        waits = [time.monotonic() - started]
        for _ in range(2):
            started = time.monotonic()
            assert _decide(session, recorder) is False
            waits.append(time.monotonic() - started)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert waits[0] < 0.6 and max(waits[1:]) < 0.3, waits  # not the 5 s it was
    assert told == ["locked"] and store.problem.kind == "locked"
    indonesian, english = problem_text(store.problem, "id"), problem_text(store.problem, "en")
    assert "tertunda" in indonesian and "waiting" in english
    window = [t("records_locked", lang, path=store.path) for lang in ("id", "en")]
    assert "tertunda" in window[0] and "waiting" in window[1]  # what the window shows
    assert _decide(session, recorder) is True  # the lock is gone: everything waiting is written
    assert told == ["locked", None]
    assert [d["turn"] for d in _recorded(tmp_path / "r.db")["decisions"]] == [1, 2, 3]


def test_every_problem_reads_in_both_languages(tmp_path):
    for kind in store_module.KINDS:
        problem = Problem(kind, tmp_path / "r.db", "some detail", tmp_path / "aside")
        indonesian, english = problem_text(problem, "id"), problem_text(problem, "en")
        assert str(tmp_path / "r.db") in indonesian and str(tmp_path / "r.db") in english
        assert indonesian != english and "some detail" in english
        assert both(problem).splitlines() == [f"catatan: {indonesian}", f"note: {english}"]
    assert problem_text(None, "en").startswith("Records are being kept again")


def test_text_play_says_so_on_stderr_and_exits_4(tmp_path, monkeypatch, capsys):
    from game import cli

    db = tmp_path / "r.db"
    RecordStore.open(db).close()
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.2)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        code = cli.main(
            [
                "play",
                "--text",
                str(SAMPLE),
                "--db",
                str(db),
                "--json",
                "--choices",
                "kantor.pramusdes,musdes.data_kader,laksana.latih_bersama,evaluasi.pantau_warga",
            ]
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    out, err = capsys.readouterr()
    assert code == 4
    assert "Records are waiting: another program holds a lock" in err
    assert "catatan: Catatan sesi tertunda: program lain sedang mengunci" in err
    assert err.count("note:") == 1  # told once, not at every decision
    assert '"ending"' in out  # the game itself was played to its end


def test_text_play_fully_recorded_exits_0(tmp_path, capsys):
    from game import cli

    code = cli.main(
        [
            "play",
            "--text",
            str(SAMPLE),
            "--db",
            str(tmp_path / "r.db"),
            "--json",
            "--choices",
            "kantor.pramusdes,musdes.data_kader,laksana.latih_bersama,evaluasi.pantau_warga",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert _recorded(tmp_path / "r.db")["ending"] == "dapur_milik_warga"


def test_play_help_documents_exit_code_4():
    done = subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), "play", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=ROOT,
    )
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    assert "4 played, but the session's records could not all be kept" in text


def test_open_time_problems_are_printed_in_both_languages(tmp_path):
    from game.records.cli_commands import open_store

    class Args:
        db = str(tmp_path / "file" / "r.db")
        no_record = False

    (tmp_path / "file").write_text("a file where the folder should be")
    err = io.StringIO()
    store = open_store(Args(), err=err)
    assert not store.enabled
    assert "catatan: Catatan sesi tidak disimpan" in err.getvalue()
    assert "note: Records are not being kept" in err.getvalue()
