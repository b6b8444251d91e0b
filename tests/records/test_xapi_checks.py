"""xAPI of the pre/post misconception check sessions (issue 16): the check is an assessment activity, and
its completed statement carries the sitting's result (game.records.gain.result_extension) under the IRI
base's extensions/check, so an LRS report can compute the class's gain."""

from __future__ import annotations

import pytest

from game.records import xapi
from game.records.gain import result_extension
from game.records.xapi_checks import ASSESSMENT
from game.records.xapi_read import sessions_from_statements
from tests.records.xapi_memory import made_up_session

BASE = "https://lrs.sleman.go.id/berdaya"
SHOWS = {1: ["solo_work"], 2: [], 3: ["solo_work", "quick_change"], 4: [], 5: [], 6: []}


def _verbs(statements):
    return [s["verb"]["id"].rsplit("/", 1)[1] for s in statements]


def _check_session(mode: str) -> dict:
    one = made_up_session(3)
    one.update(
        mode=mode, scenario="cek-kolaborasi", scores={}, ending=None, debrief_questions=[], reflections=[]
    )
    one["scenario_title"] = {"id": "Cek kolaborasi", "en": "Collaboration check"}
    one["decisions"] = one["decisions"][:6]
    for decision in one["decisions"]:
        decision.update(
            node=f"soal-{decision['turn']}", misconceptions=SHOWS[decision["turn"]], meters={}, deltas={}
        )
    return one


@pytest.mark.parametrize("mode, sitting", [("check-pre", "pre"), ("check-post", "post")])
def test_a_check_sitting_is_an_assessment_whose_completed_carries_its_result(mode, sitting):
    session = _check_session(mode)
    statements = xapi.session_statements(session, BASE)
    assert _verbs(statements) == ["initialized"] + ["answered"] * 6 + ["completed", "terminated"]
    for statement in statements:
        assert xapi.check_statement(statement) == [], statement
    check = statements[0]["object"]
    assert check["id"] == f"{BASE}/scenarios/cek-kolaborasi"
    assert check["definition"]["type"] == ASSESSMENT
    assert check["definition"]["name"] == {"id-ID": "Cek kolaborasi", "en-US": "Collaboration check"}
    assert check["definition"]["description"] == {
        "id-ID": "Cek awal dan akhir Berdaya tentang tiga miskonsepsi: Cek kolaborasi",
        "en-US": "Berdaya pre/post check of the three misconceptions: Collaboration check",
    }
    # the answered items name the check as their parent, with the same definition in both sittings
    assert statements[1]["context"]["contextActivities"]["parent"] == [check]
    completed = statements[7]
    extension = completed["result"]["extensions"][f"{BASE}/extensions/check"]
    assert extension == result_extension(session)
    assert extension == {
        "sitting": sitting,
        "check": "cek-kolaborasi",
        "items": 6,
        "free_of": {"solo_work": False, "quick_change": False, "aid_dependency": True},
        "shown": {"solo_work": 2, "quick_change": 1, "aid_dependency": 0},
    }
    assert completed["context"]["extensions"][f"{BASE}/extensions/mode"] == mode
    assert completed["result"]["completion"] is True and "score" not in completed["result"]


def test_a_play_session_stays_a_simulation_without_a_check_result():
    session = _check_session("play")
    session["scores"] = {"empathy": 70, "collaboration": 70}
    statements = xapi.session_statements(session, BASE)
    assert statements[0]["object"]["definition"]["type"] == xapi.SIMULATION
    assert statements[0]["object"]["definition"]["description"]["en-US"].startswith("Berdaya simulation")
    for statement in statements:
        assert f"{BASE}/extensions/check" not in (statement.get("result") or {}).get("extensions", {})


def test_a_check_with_scores_carries_its_result_on_passed_too():
    session = _check_session("check-post")
    session["scores"] = {"empathy": 80, "collaboration": 80}
    statements = xapi.session_statements(session, BASE)
    judged = statements[8]
    assert _verbs([judged]) == ["passed"]
    assert judged["result"]["extensions"][f"{BASE}/extensions/check"]["sitting"] == "post"
    assert xapi.check_statement(judged) == []


def test_check_statements_read_back_as_the_check_session():
    session = _check_session("check-pre")
    (back,) = sessions_from_statements(xapi.session_statements(session, BASE))
    assert back["mode"] == "check-pre" and back["scenario"] == "cek-kolaborasi"
    assert [d["node"] for d in back["decisions"]] == [f"soal-{n}" for n in range(1, 7)]
    assert result_extension(back) == result_extension(session)
