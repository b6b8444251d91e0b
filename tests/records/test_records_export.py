"""Export: JSON and CSV round trips, --since, xAPI statements checked against the spec."""

from __future__ import annotations

import datetime
import json
import uuid

import pytest

from game.records import xapi
from game.records.export import ExportError, from_csv, from_json, render, since_filter, to_csv, to_json
from game.records.store import RecordStore

NOW = datetime.datetime(2024, 6, 1, tzinfo=datetime.timezone.utc)


@pytest.fixture
def sessions(tmp_path, clock, ids, play):
    store = RecordStore.open(tmp_path / "r.db", clock=clock, new_id=ids)
    play(store, "Tim Melati", [0, 0, 0])
    sid = play(store, "Tim, \"Anggrek\"\nbaris dua", [1, 1, 1])
    store.record_reflection(sid, "plan", "Kami terburu-buru; perlu, \"dengar\" dulu.")
    play(store, "Budi", [1, 2], finish=False)
    return store.sessions()


def test_json_round_trip(sessions):
    text = to_json(sessions, NOW)
    assert from_json(text) == sessions
    assert json.loads(text)["exported_at"] == "2024-06-01T00:00:00+00:00"


def test_csv_round_trip(sessions):
    assert from_csv(to_csv(sessions)) == sessions


def test_csv_has_one_column_per_score_and_meter(sessions):
    header = to_csv(sessions).splitlines()[0].split(",")
    assert {"score.collaboration", "score.empathy", "meter.trust", "meter.empathy"} <= set(header)


def test_csv_round_trip_keeps_float_meters():
    session = {
        "id": "s1",
        "player": "p",
        "scenario": "x",
        "content_hash": "",
        "seed": 0,
        "lang": "en",
        "mode": "play",
        "started_at": "2024-01-01T00:00:00+00:00",
        "finished_at": None,
        "ending": None,
        "scores": {},
        "result": None,
        "reflections": [],
        "decisions": [
            {
                "turn": 1,
                "day": 0,
                "node": "n",
                "choice": "c",
                "at": "2024-01-01T00:01:00+00:00",
                "meters": {"a": 1.5, "b": 2.0, "c": -3},
                "deltas": {"a": 0.5},
                "misconceptions": [],
                "events": [],
                "votes": {"c": 3, "d": 1},
            }
        ],
    }
    assert from_csv(to_csv([session])) == [session]


def test_reading_something_else_is_a_clear_error():
    with pytest.raises(ExportError, match="not a Berdaya records export"):
        from_json('{"hello": 1}', "a.json")
    with pytest.raises(ExportError, match="the JSON breaks at line 1"):
        from_json("{", "a.json")
    with pytest.raises(ExportError, match="not a Berdaya records CSV"):
        from_csv("a,b\n1,2\n", "a.csv")


def test_since_keeps_sessions_started_on_or_after(sessions):
    starts = [s["started_at"] for s in sessions]
    cut = datetime.datetime.fromisoformat(starts[1])
    assert [s["started_at"] for s in since_filter(sessions, cut)] == starts[1:]
    assert since_filter(sessions, None) == sessions


def test_xapi_statements_meet_the_spec(sessions):
    statements = json.loads(render(sessions, "xapi", NOW))
    for statement in statements:
        assert xapi.check_statement(statement) == [], statement
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in statements]
    # two finished sessions of 3 decisions, one unfinished of 2
    assert verbs.count("initialized") == 3 and verbs.count("answered") == 8 and verbs.count("completed") == 2
    assert verbs.count("terminated") == 2 and verbs.count("passed") + verbs.count("failed") == 2
    assert len({s["id"] for s in statements}) == len(statements)


def test_xapi_completed_carries_scores_and_misconceptions(sessions):
    finished = sessions[1]
    made = xapi.session_statements(finished)
    completed = [s for s in made if s["verb"]["id"].endswith("completed")][0]
    judged = [s for s in made if s["verb"]["id"].endswith(("passed", "failed"))][0]
    scores = finished["scores"]
    scaled = judged["result"]["score"]["scaled"]  # cmi5: the score is on passed/failed, not completed
    assert scaled == pytest.approx(sum(scores.values()) / 200, abs=1e-4)
    assert judged["result"]["success"] is (scaled >= finished["pass_mark"])
    result = completed["result"]
    assert result["completion"] is True and "score" not in result and "success" not in result
    assert result["duration"] == "PT0H4M0S"  # started, then three decisions a minute apart, then finished
    assert result["extensions"][xapi.ext("competency-scores")] == scores
    assert result["extensions"][xapi.ext("misconceptions")] == ["aid_dependency", "quick_change", "solo_work"]
    assert completed["context"]["registration"] == finished["id"]


def test_xapi_iris_are_stable_per_scenario_and_node(sessions):
    first = xapi.session_statements(sessions[0])
    second = xapi.session_statements(sessions[1])
    assert first[0]["object"]["id"] == second[0]["object"]["id"] == xapi.scenario_iri("tiny")
    assert first[1]["object"]["id"] == second[1]["object"]["id"] == xapi.node_iri("tiny", "meet")
    assert first[1]["result"]["response"] == "listen" and second[1]["result"]["response"] == "announce"
    assert xapi.session_statements(sessions[0]) == first  # same ids every time


@pytest.mark.parametrize(
    "breakage, expected",
    [
        (lambda s: s.pop("verb"), "missing required property 'verb'"),
        (lambda s: s["actor"].pop("account"), "exactly one identifier"),
        (lambda s: s["actor"].update(mbox="mailto:a@b.c"), "exactly one identifier"),
        (lambda s: s["object"].update(id="not an iri"), "object.id must be an IRI"),
        (lambda s: s.update(id="123"), "id must be a UUID"),
        (lambda s: s["result"]["score"].update(scaled=1.5), "scaled must be a number from -1 to 1"),
        (lambda s: s["result"].update(duration="4 minutes"), "ISO 8601 duration"),
        (lambda s: s.update(timestamp="2024-05-01 09:00"), "timestamp"),
        (lambda s: s["context"].update(registration="abc"), "registration must be a UUID"),
        (lambda s: s["result"].setdefault("extensions", {}).update(score=1), "must be an IRI"),
        (lambda s: s.update(colour="red"), "unknown property 'colour'"),
    ],
)
def test_the_checker_catches_broken_statements(sessions, breakage, expected):
    statement = [s for s in xapi.session_statements(sessions[0]) if "score" in s.get("result", {})][0]
    assert xapi.check_statement(statement) == []
    breakage(statement)
    assert any(expected in p for p in xapi.check_statement(statement))


def test_statement_ids_are_uuids(sessions):
    for statement in xapi.statements(sessions):
        assert uuid.UUID(statement["id"]).version == 5
