"""Schema 2 of the records database: who, which class, and the texts a report needs, kept per session.

A schema 1 file (made here by the schema 1 text as it shipped) is migrated in place once, in one
transaction, keeping every row; read as it is (read-only) it gives the new keys' defaults. A migration
that fails leaves the file as it was.
"""

from __future__ import annotations

import sqlite3

import pytest

from game.records import dbfile
from game.records.store import APPLICATION_ID, SCHEMA_VERSION, RecordStore, read_sessions

# the schema as version 1 shipped it (game/records/dbfile.py before schema 2), kept verbatim
SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    player TEXT NOT NULL,
    scenario TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    seed INTEGER NOT NULL,
    lang TEXT NOT NULL,
    mode TEXT NOT NULL DEFAULT 'play',
    started_at TEXT NOT NULL,
    finished_at TEXT,
    ending TEXT,
    scores TEXT,
    result TEXT
);
CREATE TABLE IF NOT EXISTS decisions (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    turn INTEGER NOT NULL,
    day INTEGER NOT NULL DEFAULT 0,
    node TEXT NOT NULL,
    choice TEXT NOT NULL,
    at TEXT NOT NULL,
    meters TEXT NOT NULL,
    deltas TEXT NOT NULL,
    misconceptions TEXT NOT NULL,
    events TEXT NOT NULL,
    votes TEXT,
    PRIMARY KEY (session_id, turn)
);
CREATE TABLE IF NOT EXISTS reflections (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    node TEXT NOT NULL,
    answer TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (session_id, node)
);
CREATE INDEX IF NOT EXISTS sessions_started ON sessions(started_at);
"""


def v1_database(path):
    """A records database as Berdaya with schema 1 wrote it: our id, WAL, a finished and an open session."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(SCHEMA_V1)
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.execute(
        "INSERT INTO sessions (id, player, scenario, content_hash, seed, lang, started_at, finished_at,"
        " ending, scores) VALUES ('done', 'Ani', 'tiny', 'h', 3, 'id', '2024-05-01T09:00:00+00:00',"
        " '2024-05-01T09:20:00+00:00', 'shared', '{\"empathy\": 80}')"
    )
    conn.execute(
        "INSERT INTO sessions (id, player, scenario, content_hash, seed, lang, started_at)"
        " VALUES ('left', 'Budi', 'tiny', 'h', 4, 'en', '2024-05-01T10:00:00+00:00')"
    )
    for turn, sid in ((1, "done"), (2, "done"), (1, "left")):
        conn.execute(
            "INSERT INTO decisions (session_id, turn, node, choice, at, meters, deltas, misconceptions,"
            " events) VALUES (?, ?, 'meet', 'listen', '2024-05-01T09:01:00+00:00', '{}', '{}',"
            " '[\"solo_work\"]', '[]')",
            (sid, turn),
        )
    conn.execute(
        "INSERT INTO reflections VALUES ('done', 'meet', 'saya dengar dulu', '2024-05-01T09:02:00+00:00')"
    )
    conn.commit()
    conn.close()


def columns(path, table) -> set:
    with sqlite3.connect(path) as conn:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def version(path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]


def test_schema_version_is_2():
    assert SCHEMA_VERSION == 2


def test_a_v1_database_read_as_it_is_gives_the_defaults_and_is_not_changed(tmp_path):
    db = tmp_path / "r.db"
    v1_database(db)
    before = db.read_bytes()
    done, left = read_sessions(db)
    assert db.read_bytes() == before and version(db) == "1"  # read-only: not migrated by reading
    assert done["learner_id"] == done["class_name"] == done["batch"] == done["organisation"] == ""
    assert done["scenario_title"] == {"id": "tiny", "en": "tiny"}
    assert done["pass_mark"] == 0.6 and done["debrief_questions"] == []
    assert (done["status"], left["status"]) == ("finished", "open")
    decision = done["decisions"][0]
    assert decision["choice_text"] == {"id": "listen", "en": "listen"}
    assert decision["options"] == [] and decision["situation"] == {"id": "meet", "en": "meet"}
    assert done["reflections"] == [
        {
            "node": "meet",
            "answer": "saya dengar dulu",
            "at": "2024-05-01T09:02:00+00:00",
            "prompt": {"id": "", "en": ""},
        }
    ]


def test_a_v1_database_is_migrated_in_place_once_keeping_every_row(tmp_path, clock):
    db = tmp_path / "r.db"
    v1_database(db)
    old = read_sessions(db)
    store = RecordStore.open(db, clock=clock)
    assert store.enabled and store.problems == []
    assert version(db) == "2"
    for table, added in dbfile.V2_COLUMNS.items():
        assert {name for name, _ in added} <= columns(db, table)
    assert store.sessions() == old  # every row kept, old rows read with the defaults as before
    # the migrated file takes the new fields
    sid = store.start_session("Citra", "tiny", "h", 5, "id", learner_id="199001", class_name="Kelas A")
    assert store.record_decision(sid, 1, "meet", "listen", {}, choice_text={"id": "dengar", "en": "listen"})
    store.close()
    with sqlite3.connect(db) as conn:
        status = dict(conn.execute("SELECT id, status FROM sessions"))
    assert status["done"] == "finished" and status["left"] == "open"
    again = RecordStore.open(db, clock=clock)  # opened again: nothing more to do
    new = [s for s in again.sessions() if s["player"] == "Citra"][0]
    assert (new["learner_id"], new["class_name"]) == ("199001", "Kelas A")
    assert new["decisions"][0]["choice_text"] == {"id": "dengar", "en": "listen"}
    assert len(again.sessions()) == 3 and version(db) == "2"
    again.close()


def test_a_migration_that_fails_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    db = tmp_path / "r.db"
    v1_database(db)
    old = read_sessions(db)
    broken = dict(dbfile.V2_COLUMNS, reflections=(("prompt", "TEXT"), ("bad column", "NOT A TYPE (")))
    monkeypatch.setattr(dbfile, "V2_COLUMNS", broken)
    store = RecordStore.open(db)
    assert not store.enabled and store.problem.kind == "unwritable"  # said, not set aside as damaged
    store.close()
    assert not list(tmp_path.glob("*damaged*"))
    assert version(db) == "1" and "learner_id" not in columns(db, "sessions")  # rolled back as one
    assert "prompt" not in columns(db, "reflections")
    assert read_sessions(db) == old


def test_the_new_fields_are_written_and_read_back(tmp_path, clock, ids):
    store = RecordStore.open(tmp_path / "r.db", clock=clock, new_id=ids)
    title = {"id": "Posyandu Melati", "en": "The Melati health post"}
    sid = store.start_session(
        "Ani Suryani",
        "tiny",
        "h",
        1,
        "id",
        learner_id="ani@example.org",
        class_name="Pelatihan Kabid PMD Angkatan 3",
        batch="3",
        organisation="Dinas PMD Kabupaten Sleman",
        scenario_title=title,
        pass_mark=0.75,
    )
    options = [
        {"id": "listen", "text": {"id": "Dengarkan", "en": "Listen"}, "misconceptions": []},
        {"id": "announce", "text": {"id": "Umumkan", "en": "Announce"}, "misconceptions": ["solo_work"]},
    ]
    store.record_decision(
        sid,
        1,
        "meet",
        "announce",
        {"trust": 4},
        ["solo_work"],
        choice_text={"id": "Umumkan", "en": "Announce"},
        options=options,
        situation={"id": "Balai desa.", "en": "The village hall."},
    )
    store.record_reflection(sid, "meet", "terlalu cepat", prompt={"id": "Mengapa?", "en": "Why?"})
    assert store.set_status(sid, "abandoned")
    assert store.sessions()[0]["status"] == "abandoned"
    assert store.set_status(sid, "open")
    questions = [{"id": "Apa yang Anda pelajari?", "en": "What did you learn?"}]
    store.finish_session(sid, "shared", {"empathy": 50}, debrief_questions=questions)
    store.set_status(sid, "abandoned")  # a finished session stays finished
    (s,) = store.sessions()
    assert (s["learner_id"], s["class_name"], s["batch"], s["organisation"]) == (
        "ani@example.org",
        "Pelatihan Kabid PMD Angkatan 3",
        "3",
        "Dinas PMD Kabupaten Sleman",
    )
    assert s["scenario_title"] == title and s["pass_mark"] == 0.75
    assert s["status"] == "finished" and s["debrief_questions"] == questions
    d = s["decisions"][0]
    assert d["options"] == options and d["choice_text"] == {"id": "Umumkan", "en": "Announce"}
    assert d["situation"] == {"id": "Balai desa.", "en": "The village hall."}
    assert s["reflections"][0]["prompt"] == {"id": "Mengapa?", "en": "Why?"}
    with pytest.raises(ValueError):
        store.set_status(sid, "finished")  # only finish_session finishes
    store.close()


def test_the_old_write_calls_still_work_with_the_defaults(tmp_path, clock):
    store = RecordStore.open(tmp_path / "r.db", clock=clock)
    sid = store.start_session("Ani", "tiny", "h", 0, "id", "workshop")
    assert store.record_decision(sid, 1, "meet", "listen", {"trust": 5}, (), (), 0, {}, None)
    assert store.record_reflection(sid, "meet", "ok")
    assert store.finish_session(sid, None, {}, None)
    (s,) = store.sessions()
    assert s["mode"] == "workshop" and s["pass_mark"] == 0.6 and s["status"] == "finished"
    assert s["scenario_title"] == {"id": "tiny", "en": "tiny"} and s["debrief_questions"] == []
    store.close()


# -- the recorder fills them from the engine's scenario and session -------------------------------------


def _with_texts(scenario):
    """The tiny scenario with a reflection question at `plan` and debrief questions at its ending."""
    import dataclasses

    from game.engine.model import Line, Text

    plan = dataclasses.replace(scenario.nodes["plan"], reflection=Text(id="Mengapa {sapaan}?", en="Why?"))
    ending = dataclasses.replace(
        scenario.endings[0],
        debrief=(Line(Text(id="Apa yang Anda pelajari?", en="What did you learn?")),),
    )
    return dataclasses.replace(scenario, nodes={**scenario.nodes, "plan": plan}, endings=(ending,))


def test_the_recorder_keeps_who_and_the_texts_of_each_decision(tmp_path, clock, scenario):
    from game.analysis.bounds import score_bounds
    from game.engine.session import Session
    from game.records.recorder import SessionRecorder

    scenario = _with_texts(scenario)
    store = RecordStore.open(tmp_path / "r.db", clock=clock)
    session = Session(scenario, seed=11, bounds=score_bounds(scenario), address="bu")
    recorder = SessionRecorder.begin(
        store, session, "Ani Suryani", "id", learner_id="1990", class_name="Kelas A", organisation="Dinas"
    )
    shown = [c.id for c in session.view().choices]
    session.choose(1)
    recorder.after_choice()
    session.reflect("karena warga")
    session.choose(0)
    session.choose(0)
    recorder.after_choice()
    recorder.finish()
    (s,) = store.sessions()
    assert (s["player"], s["learner_id"], s["class_name"], s["batch"], s["organisation"]) == (
        "Ani Suryani",
        "1990",
        "Kelas A",
        "",
        "Dinas",
    )
    assert s["scenario_title"] == {"id": "Kecil", "en": "Tiny"} and s["pass_mark"] == 0.6
    assert s["status"] == "finished"
    assert s["debrief_questions"] == [{"id": "Apa yang Anda pelajari?", "en": "What did you learn?"}]
    first = s["decisions"][0]
    assert [o["id"] for o in first["options"]] == shown  # every option, in the order shown
    tags = {o["id"]: o["misconceptions"] for o in first["options"]}
    assert tags == {"listen": [], "announce": ["solo_work"]}
    texts = {o["id"]: o["text"] for o in first["options"]}
    assert texts["announce"] == {"id": "pilih announce", "en": "choose announce"}
    assert first["choice_text"] == texts[first["choice"]]
    assert first["situation"] == {"id": "Balai desa.", "en": "The village hall."}
    assert [len(d["options"]) for d in s["decisions"]] == [2, 3, 2]
    assert s["reflections"][0]["prompt"] == {"id": "Mengapa Bu?", "en": "Why?"}  # as the player saw it
    store.close()


def test_leaving_before_the_end_is_abandoned_and_continuing_opens_it_again(tmp_path, clock, scenario):
    from game.engine.session import Session
    from game.records.recorder import SessionRecorder

    store = RecordStore.open(tmp_path / "r.db", clock=clock)
    session = Session(scenario, seed=2)
    recorder = SessionRecorder.begin(store, session, "Budi", "id", class_name="Kelas B")
    session.choose(0)
    recorder.after_choice()
    recorder.abandon()
    assert store.sessions()[0]["status"] == "abandoned"
    saved = session.to_dict()
    again = Session.from_dict(scenario, saved)
    resumed = SessionRecorder.resume(store, again, recorder.session_id, "Budi", "id", class_name="Kelas B")
    assert store.sessions()[0]["status"] == "open"
    again.choose(0)
    again.choose(0)
    resumed.after_choice()
    resumed.finish()
    resumed.abandon()  # over: nothing to abandon
    (s,) = store.sessions()
    assert s["status"] == "finished" and s["class_name"] == "Kelas B" and len(s["decisions"]) == 3
    store.close()


def test_the_pass_mark_is_the_scenarios_when_it_has_one():
    from types import SimpleNamespace

    from game.records.texts import first_sentence, pass_mark

    assert pass_mark(SimpleNamespace(pass_mark=0.8)) == 0.8
    assert pass_mark(SimpleNamespace(pass_mark=1.5)) == 0.6  # not a share: the default
    assert pass_mark(SimpleNamespace()) == 0.6
    told = "Pak Kades membuka rapat dan meminta warga bicara."
    assert first_sentence(f"{told}\nKepala desa datang terlambat.") == told  # it tells: it stands alone
    # a date or a place alone tells nothing: the next sentence comes with it
    assert first_sentence("Senin, 6 Juli 2026.\nDraf RKPDes  ada di meja Anda.") == (
        "Senin, 6 Juli 2026. Draf RKPDes ada di meja Anda."
    )
    assert len(first_sentence("kata " * 100)) == 160


# -- the organisation's settings file -------------------------------------------------------------------


def test_the_settings_file_gives_the_organisation_and_the_iri_base(tmp_path):
    from game.records.settings import DEFAULT_IRI_BASE, load_settings

    assert load_settings(tmp_path / "none.json").organisation == ""  # no file: the defaults, no message
    assert load_settings(tmp_path / "none.json").iri_base == DEFAULT_IRI_BASE
    path = tmp_path / "records-settings.json"
    path.write_text(
        '{"organisation": " Dinas PMD  Kabupaten Sleman ", "iri_base": "https://lrs.sleman.go.id/b/"}'
    )
    found = load_settings(path)
    assert (found.organisation, found.iri_base, found.problems) == (
        "Dinas PMD Kabupaten Sleman",
        "https://lrs.sleman.go.id/b",
        (),
    )


def test_the_default_iri_base_is_xapis():
    from game.records import xapi
    from game.records.settings import DEFAULT_IRI_BASE

    assert DEFAULT_IRI_BASE == getattr(xapi, "DEFAULT_IRI_BASE", xapi.IRI_BASE)


@pytest.mark.parametrize(
    "text, kind, line",
    [
        ('{"organisation": "Dinas",\n "iri_base": "http://lrs.go.id"}', "bad_iri_base", 2),
        ('{"iri_base": "https://lrs.go.id/x?y=1"}', "bad_iri_base", 1),
        ('{"organisation": 7}', "bad_organisation", 1),
        ('{\n\n"organisaton": "Dinas"}', "unknown_key", 3),
    ],
)
def test_a_wrong_value_is_said_in_both_languages_with_its_line_and_the_default_used(
    tmp_path, text, kind, line
):
    from game.records.settings import DEFAULT_IRI_BASE, load_settings

    path = tmp_path / "records-settings.json"
    path.write_text(text)
    found = load_settings(path)
    assert [k for k, _ in found.problems] == [kind]
    assert found.iri_base == DEFAULT_IRI_BASE and path.exists()  # kept: the trainer corrects it
    indonesian, english = found.messages("id")[0], found.messages("en")[0]
    assert f"baris {line}" in indonesian and f"line {line}" in english and str(path) in english


def test_a_damaged_settings_file_is_set_aside_with_its_line_and_the_defaults_used(tmp_path):
    from game.records.settings import load_settings

    path = tmp_path / "records-settings.json"
    path.write_text('{"organisation": "Dinas",\n "iri_base": }')
    found = load_settings(path)
    assert found.organisation == "" and [k for k, _ in found.problems] == ["bad_json"]
    assert not path.exists() and len(list(tmp_path.iterdir())) == 1  # set aside, never deleted
    assert "baris 2" in found.messages("id")[0] and "line 2" in found.messages("en")[0]
    path.write_text("[1, 2]")
    assert [k for k, _ in load_settings(path).problems] == ["not_object"]


# -- who plays in the terminal ---------------------------------------------------------------------------


def _play_args(*argv):
    import argparse

    from game.records.cli_commands import add_play_record_options

    parser = argparse.ArgumentParser()
    add_play_record_options(parser)
    parser.add_argument("--lang", default="id")
    return parser.parse_args(list(argv))


def test_the_terminal_asks_for_a_name_and_records_the_class_flags(tmp_path, scenario):
    import io

    from game.engine.session import Session
    from game.records.cli_commands import play_recorder

    args = _play_args(
        "--db",
        str(tmp_path / "p.db"),
        "--learner-id",
        "19900101 200001 1 001",
        "--class",
        "Pelatihan Kabid PMD Angkatan 3",
        "--batch",
        "3",
        "--org",
        "Dinas PMD Kabupaten Sleman",
    )
    asked = []

    def ask(prompt):
        asked.append(prompt)
        return "  Ani   Suryani "

    err = io.StringIO()
    recorder = play_recorder(args, Session(scenario), err=err, ask=ask, interactive=True)
    assert len(asked) == 1 and "Nama Anda" in asked[0]
    (s,) = RecordStore.open(tmp_path / "p.db").sessions()
    assert (s["player"], s["learner_id"], s["class_name"], s["batch"], s["organisation"]) == (
        "Ani Suryani",
        "19900101 200001 1 001",
        "Pelatihan Kabid PMD Angkatan 3",
        "3",
        "Dinas PMD Kabupaten Sleman",
    )
    assert recorder.keeping and "login" not in err.getvalue()


def test_without_a_terminal_the_login_name_is_used_and_said(tmp_path, scenario):
    import io

    from game.engine.session import Session
    from game.records.cli_commands import play_recorder
    from game.records.learner import login_name

    err = io.StringIO()
    play_recorder(_play_args("--db", str(tmp_path / "p.db")), Session(scenario), err=err, interactive=False)
    (s,) = RecordStore.open(tmp_path / "p.db").sessions()
    assert s["player"] == login_name() and s["learner_id"] == ""
    said = err.getvalue()
    assert f"'{login_name()}'" in said and "--player" in said and "nama login" in said  # both languages
    err = io.StringIO()  # an empty answer, or the end of input, is the login name too, said
    play_recorder(
        _play_args("--db", str(tmp_path / "q.db")),
        Session(scenario),
        err=err,
        ask=lambda _p: "",
        interactive=True,
    )
    assert "login name" in err.getvalue()


def test_same_name_different_learner_ids_are_two_learners(tmp_path, scenario):
    import io

    from game.engine.session import Session
    from game.records.cli_commands import play_recorder

    db = str(tmp_path / "p.db")
    for learner in ("111", "222"):
        args = _play_args("--db", db, "--player", "Ani Suryani", "--learner-id", learner)
        play_recorder(args, Session(scenario), err=io.StringIO())
    learners = {(s["player"], s["learner_id"]) for s in RecordStore.open(db).sessions()}
    assert learners == {("Ani Suryani", "111"), ("Ani Suryani", "222")}


def test_quitting_the_text_player_marks_the_session_abandoned(tmp_path, monkeypatch, capsys):
    import io
    import sys

    from game.cli import main

    from ..conftest import SAMPLE

    db = tmp_path / "p.db"
    monkeypatch.setattr(sys, "stdin", io.StringIO("1\nq\n"))
    code = main(["play", "--text", str(SAMPLE), "--db", str(db), "--player", "Budi", "--class", "Kelas C"])
    assert code == 0
    (s,) = read_sessions(db)
    assert s["status"] == "abandoned" and s["class_name"] == "Kelas C" and s["player"] == "Budi"
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # the end of input at once, no name given
    main(["play", "--text", str(SAMPLE), "--db", str(db)])
    assert "login" in capsys.readouterr().err
    assert [s["status"] for s in read_sessions(db)] == ["abandoned", "abandoned"]
