"""A scenario's own pass mark (pass_mark: 0..1) reaches its sessions' records and their xAPI passed/failed;
a value that is not a share between 0 and 1 is a located error in both languages (B094)."""

from __future__ import annotations

import pytest

from game.analysis.bounds import score_bounds
from game.content.codes.example import BASE
from game.content.loader import load_text
from game.engine.session import Session
from game.records import xapi
from game.records.reading import read_sessions
from game.records.recorder import SessionRecorder
from game.records.store import RecordStore


def _scenario(line: str):
    return load_text(BASE.replace("minutes: 5\n", f"minutes: 5\n{line}\n"), "contoh.yaml")


def _verbs(statements):
    return [s["verb"]["id"].rsplit("/", 1)[-1] for s in statements]


def test_a_scenario_pass_mark_reaches_the_record_and_xapi(tmp_path, clock, ids):
    scenario = _scenario("pass_mark: 0.8").scenario
    assert scenario.pass_mark == 0.8
    db = tmp_path / "records.sqlite3"
    store = RecordStore.open(db, clock=clock, new_id=ids)
    session = Session(scenario, seed=0, bounds=score_bounds(scenario))
    recorder = SessionRecorder.begin(store, session, "Ani", "id")
    while not session.is_over:
        session.choose(0)
        recorder.after_choice()
    recorder.finish()
    store.close()
    (record,) = read_sessions(db)
    assert record["pass_mark"] == 0.8
    record["scores"] = {"collaboration": 70, "empathy": 70}  # 0.7: passes the default 0.6, not this 0.8
    statements = xapi.session_statements(record)
    assert "failed" in _verbs(statements) and "passed" not in _verbs(statements)
    judged = next(s for s in statements if _verbs([s])[0] == "failed")
    assert judged["context"]["extensions"][xapi.MASTERY_SCORE] == 0.8
    record["scores"] = {"collaboration": 85, "empathy": 85}
    assert "passed" in _verbs(xapi.session_statements(record))


def test_without_pass_mark_the_default_is_60_percent():
    assert _scenario("").scenario.pass_mark == 0.6
    assert _scenario("pass_mark: 0").scenario.pass_mark == 0
    assert _scenario("pass_mark: '1'").scenario.pass_mark == 1


@pytest.mark.parametrize(
    "value, code, en, idn",
    [
        ("80", "B094", "pass_mark: 0.8 (80%)", "tulis sebagai bagian antara 0 dan 1: pass_mark: 0.8 (80%)"),
        ("80%", "B094", "pass_mark: 0.8 (80%)", "pass_mark: 0.8 (80%)"),
        ('"60 %"', "B094", "pass_mark: 0.6 (60%)", "pass_mark: 0.6 (60%)"),
        ("1.5", "B094", "e.g. pass_mark: 0.6", "misalnya pass_mark: 0.6"),
        ("-0.2", "B094", "between 0 and 1", "antara 0 dan 1"),
        ("enam puluh", "B059", "must be a number", "harus berupa angka"),
        ("[0.6]", "B010", "single value", "satu nilai"),
    ],
)
def test_a_bad_pass_mark_is_located_in_both_languages(value, code, en, idn):
    loaded = _scenario(f"pass_mark: {value}")
    assert loaded.scenario is None
    (problem,) = loaded.diagnostics
    assert problem.code == code
    assert en in problem.text("en") and idn in problem.text("id")
    assert problem.text("id").startswith("contoh.yaml:7:12: kesalahan")
