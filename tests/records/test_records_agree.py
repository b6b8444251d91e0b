"""The save and the records agree, whatever write the window is stopped at.

Every write of the decision path (the records' commit of a decision, of a reflection, of the finish;
the autosave's temporary file, its rename) gets a fault: the process stops there (in-process: an
exception nothing catches; in a child process: a real SIGKILL), or the write fails with an error. Then
the game is continued from the autosave and played to its end with *different* choices, and:

- no decision is lost: every decision that reached the records or the save before the fault is in the
  finished game, as it was first made (not made again differently);
- save and records agree: the records hold exactly the game's decisions, turns 1..N once each, in one
  session, finished once.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from game.engine.model import Text
from game.records.store import RecordStore
from game.ui import storage
from game.ui.catalog import Entry
from game.ui.run import GameRun

from ..conftest import ROOT
from .conftest import tiny_scenario

ANSWER = "Warga perlu didengar dulu."


class Killed(BaseException):
    """The process stops here: nothing after this line of the decision path runs."""


def reflective_scenario():
    """The tiny scenario with a reflection question at its second decision."""
    scenario = tiny_scenario()
    nodes = dict(scenario.nodes)
    nodes["plan"] = dataclasses.replace(nodes["plan"], reflection=Text(id="Mengapa?", en="Why?"))
    return dataclasses.replace(scenario, nodes=nodes)


@pytest.fixture(autouse=True)
def private_data(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path


@pytest.fixture
def entry():
    return Entry("<tiny>", reflective_scenario())


def step(run: GameRun, pick) -> None:
    """One thing the player does: answer the reflection asked here, or make the decision."""
    view = run.session.view()
    run.note_node()
    if view.reflection and view.node not in run.session.state.reflections:
        run.reflect(ANSWER)
    else:
        run.choose(pick(view))


def first(view):
    return 0


def last(view):
    return len(view.choices) - 1


def first_sitting(entry, db, pick=first, until=None):
    """Start a game and play it to the end or until a fault stops it; return the run."""
    store = RecordStore.open(db)
    run = GameRun.start(entry, seed=3, player="Ani")
    try:
        run.attach_records(store, "id")
        while not run.session.is_over and (until is None or len(run.session.state.history) < until):
            step(run, pick)
    except Killed:
        pass
    finally:
        store._conn and store._conn.close()  # a killed process leaves its transaction uncommitted
    return run


def continue_sitting(entry, db, pick=last):
    """Continue from the autosave (as the title screen does) and play to the end; return (run, store)."""
    store = RecordStore.open(db)
    data, aside = storage.load_autosave()
    assert aside is None
    if data is None:
        return None, store
    run = GameRun.from_save(data, [entry])
    run.attach_records(store, "id")
    while not run.session.is_over:
        step(run, pick)
    return run, store


def persisted_before(db) -> list:
    """(turn, node, choice) of every decision the records or the save held when the first sitting stopped."""
    held = []
    if db.exists():
        for session in RecordStore.open(db).sessions():
            held = [(d["turn"], d["node"], d["choice"]) for d in session["decisions"]]
    data, _ = storage.load_autosave()
    saved = (
        []
        if data is None
        else [(h["turn"], h["node"], h["choice"]) for h in data["session"]["state"]["history"]]
    )
    return max(held, saved, key=len)


def assert_agree(db, run, before):
    [record] = RecordStore.open(db).sessions()
    recorded = [(d["turn"], d["node"], d["choice"]) for d in record["decisions"]]
    played = [h.key for h in run.session.state.history]
    assert recorded == played, "the records and the game disagree"
    assert [t for t, _, _ in recorded] == list(range(1, len(recorded) + 1))
    assert played[: len(before)] == before, "a decision made before the fault was lost or made again"
    assert record["finished_at"] is not None and record["ending"] == run.session.state.ending
    assert [(r["node"], r["answer"]) for r in record["reflections"]] == [("plan", ANSWER)]
    assert run.session.state.reflections == {"plan": ANSWER}
    assert not storage.has_autosave()


def fault(monkeypatch, target, name, when, at, error=Killed):
    """Make target.name fail (raise `error`) on its `at`-th call, `when` "before" or "after" it runs."""
    original = getattr(target, name)
    calls = []

    def patched(*args, **kwargs):
        calls.append(1)
        if len(calls) == at and when == "before":
            raise error("injected")
        result = original(*args, **kwargs)
        if len(calls) == at and when == "after":
            raise error("injected")
        return result

    monkeypatch.setattr(target, name, patched)
    return calls


# the decision path, in the order its writes happen; for each, the calls to fault (the tiny game makes
# 3 decisions and 1 reflection: 3 decision commits, 1 reflection commit, 1 finish, 1 start + 4 autosaves)
STEPS = [
    (RecordStore, "record_decision", (1, 2, 3)),
    (RecordStore, "record_reflection", (1,)),
    (RecordStore, "finish_session", (1,)),
    (storage, "write_autosave", (1, 2, 3, 4)),
]
CASES = [
    (target, name, when, at) for target, name, calls in STEPS for at in calls for when in ("before", "after")
]


@pytest.mark.parametrize(
    "target, name, when, at", CASES, ids=[f"kill-{when}-{name}-{at}" for _, name, when, at in CASES]
)
def test_a_kill_at_any_write_loses_nothing_and_leaves_them_agreeing(
    entry, tmp_path, monkeypatch, target, name, when, at
):
    db = tmp_path / "records.sqlite3"
    calls = fault(monkeypatch, target, name, when, at)
    first_sitting(entry, db)
    assert len(calls) >= at, "the fault was never reached"
    monkeypatch.undo()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    before = persisted_before(db)
    run, _ = continue_sitting(entry, db)
    if run is None:
        assert_nothing_to_continue(db)
        return
    assert_agree(db, run, before)


def assert_nothing_to_continue(db):
    """No autosave: the game had finished (and removed it), or stopped before it made any decision."""
    [record] = RecordStore.open(db).sessions()
    assert (record["finished_at"] is not None and len(record["decisions"]) == 3) or not record["decisions"]


def test_a_kill_in_the_middle_of_the_autosave_rename(entry, tmp_path, monkeypatch):
    db = tmp_path / "records.sqlite3"
    real_replace, hits = os.replace, []

    def replace(src, dst):
        if str(dst).endswith("autosave.json"):
            hits.append(dst)
            if len(hits) == 3:  # the temporary file is written and synced, the rename never happens
                raise Killed()
        return real_replace(src, dst)

    monkeypatch.setattr(storage.os, "replace", replace)
    first_sitting(entry, db)
    monkeypatch.setattr(storage.os, "replace", real_replace)
    before = persisted_before(db)
    run, _ = continue_sitting(entry, db)
    assert_agree(db, run, before)


@pytest.mark.parametrize("at", [1, 2, 3, 4])
def test_an_autosave_that_fails_with_oserror_loses_nothing(entry, tmp_path, monkeypatch, at):
    db = tmp_path / "records.sqlite3"
    fault(
        monkeypatch, storage, "write_autosave", "before", at, error=lambda why: OSError(28, "No space left")
    )
    run = first_sitting(
        entry, db, until=2
    )  # the player stops after two decisions (the last save may have failed)
    monkeypatch.undo()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert run.save_error is None or "No space" in run.save_error
    before = persisted_before(db)
    again, _ = continue_sitting(entry, db)
    assert_agree(db, again, before)


@pytest.mark.parametrize("at", [1, 2])
def test_a_decision_the_records_could_not_take_is_written_on_continue(entry, tmp_path, monkeypatch, at):
    db = tmp_path / "records.sqlite3"
    original, calls = RecordStore.record_decision, []

    def refused(self, *args, **kwargs):  # the database refuses this one write (read-only for a moment)
        calls.append(1)
        if len(calls) != at:
            return original(self, *args, **kwargs)
        self._conn.execute("PRAGMA query_only = ON")
        try:
            return original(self, *args, **kwargs)
        finally:
            self._conn.execute("PRAGMA query_only = OFF")

    monkeypatch.setattr(RecordStore, "record_decision", refused)
    run = first_sitting(entry, db, until=2)  # the player stops after two decisions
    assert not run.recorder.complete if at == 2 else run.recorder.complete
    monkeypatch.undo()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    before = persisted_before(db)
    again, _ = continue_sitting(entry, db)
    assert_agree(db, again, before)


def test_a_save_behind_a_failed_write_is_caught_up_by_the_next_decision(entry, tmp_path):
    db = tmp_path / "records.sqlite3"
    store = RecordStore.open(db)
    run = GameRun.start(entry, seed=3, player="Ani")
    run.attach_records(store, "id")
    store._conn.execute("PRAGMA query_only = ON")  # the decision is not written...
    step(run, first)
    assert [len(s["decisions"]) for s in store.sessions()] == [0]
    store._conn.execute("PRAGMA query_only = OFF")  # ...until the next one
    while not run.session.is_over:
        step(run, first)
    assert_agree(db, run, [])


def other_choice_at(db, turn: int) -> str:
    """Make the records hold another decision at `turn` than the save (someone else's copy of this save
    went on differently, or two windows played it): the store's own record, changed behind our back."""
    data, _ = storage.load_autosave()
    record = data["session"]["state"]["history"][turn - 1]
    other = [c.id for c in tiny_scenario().nodes[record["node"]].choices if c.id != record["choice"]][0]
    with RecordStore.open(db) as store:
        store._conn.execute("UPDATE decisions SET choice = ? WHERE turn = ?", (other, turn))
        store._conn.commit()
    return other


@pytest.mark.parametrize("turn, played", [(1, 1), (1, 2), (2, 2)])
def test_records_that_disagree_with_the_save_are_followed_in_the_same_session(entry, tmp_path, turn, played):
    db = tmp_path / "records.sqlite3"
    first_sitting(entry, db, until=played)
    data, _ = storage.load_autosave()
    saved = [(h["turn"], h["node"], h["choice"]) for h in data["session"]["state"]["history"]]
    other = other_choice_at(db, turn)
    [held] = RecordStore.open(db).sessions()
    recorded = [(d["turn"], d["node"], d["choice"]) for d in held["decisions"]]
    run, _ = continue_sitting(entry, db)
    assert run.record_id == held["id"] and run.recorder.forked_from is None
    assert run.recorder.reconciled_at == turn
    game = [h.key for h in run.session.state.history]
    assert game[: len(recorded)] == recorded  # the records were committed first: the game follows them
    assert game[: turn - 1] == saved[: turn - 1] and game[turn - 1][2] == other
    choices_in_backlog = [e["turn"] for e in run.log if e["kind"] == "choice"]
    assert choices_in_backlog == list(range(1, len(game) + 1))  # the save's other decisions are gone from it
    assert_agree(db, run, recorded)  # one session, the game's decisions once each, finished


def test_a_kill_while_reconciling_on_continue_still_leaves_one_session(entry, tmp_path, monkeypatch):
    db = tmp_path / "records.sqlite3"
    first_sitting(entry, db, until=2)
    other_choice_at(db, 1)
    [held] = RecordStore.open(db).sessions()
    recorded = [(d["turn"], d["node"], d["choice"]) for d in held["decisions"]]
    fault(monkeypatch, storage, "write_autosave", "before", 1)  # the first save after the game followed
    with pytest.raises(Killed):
        continue_sitting(entry, db)
    monkeypatch.undo()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    run, _ = continue_sitting(entry, db)  # the save still disagrees: reconciled again, the same way
    assert run.record_id == held["id"] and run.recorder.forked_from is None
    assert_agree(db, run, recorded)


def test_records_the_scenario_can_no_longer_make_are_kept_and_the_game_is_recorded_anew(entry, tmp_path):
    db = tmp_path / "records.sqlite3"
    first_sitting(entry, db, until=1)
    data, _ = storage.load_autosave()
    saved = data["session"]["state"]["history"][0]["choice"]
    with RecordStore.open(db) as store:  # a decision this scenario does not have (it was edited since)
        [held] = store.sessions()
        store._conn.execute("UPDATE decisions SET choice = 'gone' WHERE turn = 1")
        store._conn.commit()
    run, store = continue_sitting(entry, db)
    assert run.session.state.history[0].choice == saved  # the save is played on as it was
    sessions = {s["id"]: s for s in RecordStore.open(db).sessions()}
    assert sessions[held["id"]]["decisions"][0]["choice"] == "gone"  # the record is left exactly as it was
    assert len(sessions[held["id"]]["decisions"]) == 1 and sessions[held["id"]]["finished_at"] is None
    [new] = [s for s in sessions.values() if s["id"] != held["id"]]
    assert [d["choice"] for d in new["decisions"]] == [h.choice for h in run.session.state.history]
    assert run.record_id == new["id"] and run.recorder.forked_from == held["id"]


def test_a_save_whose_record_the_database_lacks_is_recorded_under_its_id(entry, tmp_path):
    first_sitting(entry, tmp_path / "old.sqlite3", until=2)
    data, _ = storage.load_autosave()
    run, _ = continue_sitting(entry, tmp_path / "new.sqlite3")
    [record] = RecordStore.open(tmp_path / "new.sqlite3").sessions()
    assert record["id"] == data["record_id"] == run.record_id
    assert_agree(tmp_path / "new.sqlite3", run, [])


KILLER = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, sys.argv[1])
    from game.records.store import RecordStore
    from game.ui import storage
    from tests.records import test_records_agree as t
    os.environ["XDG_DATA_HOME"] = sys.argv[2]  # after the imports: the tests' conftest sets its own
    target = {"record_decision": RecordStore, "record_reflection": RecordStore, "finish_session": RecordStore,
              "write_autosave": storage}[sys.argv[4]]
    name, when, at = sys.argv[4], sys.argv[5], int(sys.argv[6])
    original, calls = getattr(target, name), []

    def patched(*args, **kwargs):
        calls.append(1)
        if len(calls) == at and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        result = original(*args, **kwargs)
        if len(calls) == at and when == "after":
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    setattr(target, name, patched)
    from pathlib import Path
    t.first_sitting(t.Entry("<tiny>", t.reflective_scenario()), Path(sys.argv[3]))
    print("not killed")
""")

REAL_KILLS = [
    ("record_decision", "after", 2),
    ("record_reflection", "after", 1),
    ("finish_session", "after", 1),
    ("write_autosave", "before", 3),
    ("record_decision", "before", 3),
]


@pytest.mark.parametrize("name, when, at", REAL_KILLS, ids=[f"sigkill-{w}-{n}-{a}" for n, w, a in REAL_KILLS])
def test_a_real_sigkill_at_a_write_loses_nothing(entry, tmp_path, name, when, at):
    db = tmp_path / "records.sqlite3"
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(ROOT), str(tmp_path / "data"), str(db), name, when, str(at)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    before = persisted_before(db)
    run, _ = continue_sitting(entry, db)
    if run is None:
        assert_nothing_to_continue(db)
        return
    assert_agree(db, run, before)
