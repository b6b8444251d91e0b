"""The statements an LRS report reads: cmi5 verbs, bilingual names, choices with every option, reflections,
debrief questions, the learner account, class/batch/organisation; read back into the same sessions; the
export streamed in constant memory."""

from __future__ import annotations

import copy
import io
import json
import uuid

import pytest

from game.records import xapi
from game.records.export import check_sessions
from game.records.xapi_read import sessions_from_statements
from tests.records.xapi_memory import made_up_session, peak_of_stream

BASE = "https://lrs.sleman.go.id/berdaya"


def _verbs(statements):
    return [s["verb"]["id"].rsplit("/", 1)[1] for s in statements]


@pytest.fixture
def session():
    one = made_up_session(7)
    one["decisions"] = one["decisions"][:3]
    one["decisions"][0]["options"] = [
        {
            "id": "listen",
            "text": {"id": "Dengarkan warga", "en": "Listen to the villagers"},
            "misconceptions": [],
        },
        {"id": "announce", "text": {"id": "Umumkan", "en": "Announce"}, "misconceptions": ["solo_work"]},
    ]
    one["decisions"][0]["choice"] = "announce"
    one["decisions"][0]["choice_text"] = {"id": "Umumkan", "en": "Announce"}
    one["decisions"][0]["misconceptions"] = ["solo_work"]
    one["reflections"][0]["prompt"] = {"id": "Mengapa Bapak/Ibu memilih itu?", "en": "Why did you choose it?"}
    return one


def test_a_finished_session_in_cmi5_order(session):
    statements = xapi.session_statements(session, BASE)
    assert _verbs(statements) == [
        "initialized",
        "answered",
        "answered",
        "answered",
        "responded",
        "responded",
        "completed",
        "passed" if sum(session["scores"].values()) / 200 >= 0.7 else "failed",
        "terminated",
    ]
    assert "launched" not in _verbs(statements)  # cmi5: the LMS's verb
    for statement in statements:
        assert xapi.check_statement(statement) == [], statement
        assert statement["id"] and uuid.UUID(statement["id"]).version == 5
        assert statement["object"]["id"].startswith(BASE + "/scenarios/")
    assert statements == xapi.session_statements(copy.deepcopy(session), BASE)  # same session, same ids


def test_decisions_are_choice_interactions_listing_every_option_in_both_languages(session):
    answered = xapi.session_statements(session, BASE)[1]
    definition = answered["object"]["definition"]
    assert definition["interactionType"] == "choice" and "correctResponsesPattern" not in definition
    assert definition["choices"] == [
        {"id": "announce", "description": {"id-ID": "Umumkan", "en-US": "Announce"}},
        {"id": "listen", "description": {"id-ID": "Dengarkan warga", "en-US": "Listen to the villagers"}},
    ]
    assert definition["name"] == {"id-ID": "Situasi 1", "en-US": "Situation 1"}
    assert set(definition["description"]) == {"id-ID", "en-US"}
    assert answered["result"]["response"] == "announce"
    shown = answered["result"]["extensions"][xapi.ext("options", BASE)]
    assert shown == [
        {"id": "listen", "misconceptions": []},
        {"id": "announce", "misconceptions": ["solo_work"]},
    ]
    parent = answered["context"]["contextActivities"]["parent"][0]
    assert parent["definition"]["name"] == {"id-ID": "Skenario", "en-US": "Scenario"}


def test_reflections_debrief_pass_mark_and_the_learner(session):
    statements = xapi.session_statements(session, BASE)
    responded = statements[4]
    assert responded["object"]["definition"]["description"] == {
        "id-ID": "Mengapa Bapak/Ibu memilih itu?",
        "en-US": "Why did you choose it?",
    }
    assert responded["result"]["response"] == session["reflections"][0]["answer"]
    completed, judged = statements[6], statements[7]
    assert completed["context"]["extensions"][xapi.ext("debrief-questions", BASE)] == [
        {"id-ID": "Apa yang Anda pelajari?", "en-US": "What did you learn?"}
    ]
    assert "score" not in completed["result"] and completed["result"]["completion"] is True
    assert judged["context"]["extensions"][xapi.MASTERY_SCORE] == 0.7
    session["scores"] = {"empathy": 65, "collaboration": 65}  # 0.65: passes 0.6, fails this scenario's 0.7
    assert _verbs(xapi.session_statements(session, BASE))[7] == "failed"
    session["pass_mark"] = 0.6
    assert _verbs(xapi.session_statements(session, BASE))[7] == "passed"
    assert completed["actor"] == {
        "objectType": "Agent",
        "name": "Peserta 7",
        "account": {"homePage": "https://lrs.sleman.go.id", "name": "1987000007"},
    }
    session["learner_id"] = ""
    assert xapi.actor(session, BASE)["account"] == {"homePage": xapi.HOME_PAGE, "name": "Peserta 7"}
    grouping = completed["context"]["contextActivities"]["grouping"]
    assert [g["id"] for g in grouping] == [
        f"{BASE}/organisations/Dinas%20PMD%20Kabupaten%20Sleman",
        f"{BASE}/organisations/Dinas%20PMD%20Kabupaten%20Sleman/classes/Pelatihan%20Kabid%20PMD%20Angkatan%203",
        f"{BASE}/organisations/Dinas%20PMD%20Kabupaten%20Sleman/classes/Pelatihan%20Kabid%20PMD%20Angkatan%203"
        "/batches/3",
    ]
    assert completed["context"]["extensions"][xapi.ext("class", BASE)] == "Pelatihan Kabid PMD Angkatan 3"


def test_an_abandoned_session_and_an_open_one(session):
    session.update(finished_at=None, status="abandoned", scores={})
    session["decisions"][-1]["at"] = "2026-07-06T15:30:00+00:00"  # it started at 15:00
    statements = xapi.session_statements(session, BASE)
    assert _verbs(statements)[-1] == "abandoned" and "terminated" not in _verbs(statements)
    left = statements[-1]
    assert left["verb"]["id"] == "https://w3id.org/xapi/adl/verbs/abandoned"
    assert left["timestamp"] == "2026-07-06T15:30:00+00:00" and left["result"]["duration"] == "PT0H30M0S"
    session["status"] = "open"
    assert _verbs(xapi.session_statements(session, BASE))[-1] == "responded"
    session["status"] = "abandoned"  # continued and left again further on: another statement, not a conflict
    session["decisions"].append(dict(session["decisions"][-1], turn=4))
    assert xapi.session_statements(session, BASE)[-1]["id"] != left["id"]


def test_statements_read_back_into_the_same_sessions(session):
    other = made_up_session(8)
    other.update(finished_at=None, ending=None, scores={}, status="abandoned", learner_id="")
    other.update(class_name="", batch="", organisation="", debrief_questions=[])
    other["decisions"] = other["decisions"][:2]
    sessions = [session, other]
    for one in sessions:  # in the order the database keeps them (time, then node)
        one["reflections"].sort(key=lambda r: (r["at"], r["node"]))
    statements = list(reversed(xapi.statements(sessions, BASE)))  # an LRS answers newest first
    statements.append({"id": "x", "verb": {"id": "http://example.com/other"}, "context": {"platform": "X"}})
    back = sessions_from_statements(json.loads(json.dumps(statements)))
    check_sessions(back, "read back")
    assert len(back) == 2
    for original, read in zip(sorted(sessions, key=lambda s: s["started_at"]), back):
        for key in original:
            if key != "result":
                assert read[key] == original[key], key


def test_the_export_is_a_json_array_written_as_it_goes(session):
    out = io.StringIO()
    assert xapi.write_statements([session, session | {"id": "another"}], out, BASE) == 18
    assert json.loads(out.getvalue()) == xapi.statements([session, session | {"id": "another"}], BASE)
    empty = io.StringIO()
    assert xapi.write_statements([], empty) == 0 and json.loads(empty.getvalue()) == []


def test_the_export_takes_the_same_memory_for_five_times_the_statements():
    # python -m tests.records.xapi_memory measures 44,000 statements through the command (about 6 MB)
    peak_of_stream(30)  # imports and caches out of the way
    small_count, small = peak_of_stream(104)
    big_count, big = peak_of_stream(520)
    assert (small_count, big_count) == (104, 520)
    assert big < small + 512 * 1024, (small, big)  # not growing with the statements
    assert big < 8 * 2**20


def test_export_takes_the_iri_base_from_the_organisation_settings(tmp_path, monkeypatch, clock, ids, play):
    import argparse

    from game.records.cli_commands import add_record_arguments
    from game.records.settings import settings_path
    from game.records.store import RecordStore

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    db = tmp_path / "records.sqlite3"
    store = RecordStore.open(db, clock=clock, new_id=ids)
    play(store, "Ani", [0, 0, 0])
    store.close()
    parser = argparse.ArgumentParser()
    add_record_arguments(parser.add_subparsers(dest="command"))

    def export():
        args = parser.parse_args(["export", "--db", str(db), "--format", "xapi"])
        out, err = io.StringIO(), io.StringIO()
        assert args.handler(args, out=out, err=err) == 0
        return json.loads(out.getvalue()), err.getvalue()

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"iri_base": BASE}), encoding="utf-8")
    statements, said = export()
    assert len(statements) == 7 and said == ""
    assert all(s["object"]["id"].startswith(BASE + "/") for s in statements)
    path.write_text('{"iri_base": "http://not-https.example"}', encoding="utf-8")
    statements, said = export()  # a wrong value: said in both languages, the default used
    assert all(s["object"]["id"].startswith(xapi.IRI_BASE + "/") for s in statements)
    assert "catatan:" in said and "note:" in said and "iri_base" in said
