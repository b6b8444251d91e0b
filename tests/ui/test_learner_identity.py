"""Who the window records: the profile's name (never the literal "player") and its optional learner id;
in a workshop the class, batch and organisation the facilitator gives once; a game left before its end is
abandoned, and Continue opens it again."""

import json

import pygame

from game import datadirs
from game.records.store import read_sessions
from game.ui import profiles
from game.ui.screens.play import PlayScreen
from game.ui.screens.player import PlayerScreen

from .driver import key, type_text


def _db(tmp_path):
    return tmp_path / "records.sqlite3"


def _to_the_player_screen(app):
    app.top.on_intent("play")
    assert isinstance(app.top, PlayerScreen)
    return app.top


def _one_decision(app):
    app.top.on_intent(("start", 0))
    assert isinstance(app.top, PlayScreen)
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)


def test_the_learner_id_is_typed_on_the_player_screen_and_recorded(make_app, demo_entry, tmp_path):
    app = make_app([demo_entry], seed=3, record=True, db=str(_db(tmp_path)))
    screen = _to_the_player_screen(app)
    labels = " ".join(getattr(item, "text", "") for item in screen.items())
    assert "Nomor peserta (tidak wajib)" in labels  # clearly optional, in the player's language
    type_text(app, "Ani Suryani")
    key(app, pygame.K_TAB)  # to the learner id box: the keys go there now
    type_text(app, "199001012020")
    assert screen.entry.text == "Ani Suryani" and screen.fields["learner_id"].text == "199001012020"
    key(app, pygame.K_RETURN)
    assert profiles.current().learner_id == "199001012020"
    _one_decision(app)
    app.close()  # the window closes mid-game
    (s,) = read_sessions(_db(tmp_path))
    assert (s["player"], s["learner_id"], s["status"]) == ("Ani Suryani", "199001012020", "abandoned")


def test_the_english_label_says_optional(make_app, demo_entry):
    app = make_app([demo_entry])
    app.settings.lang = "en"
    screen = _to_the_player_screen(app)
    assert any("Learner id (optional)" in getattr(item, "text", "") for item in screen.items())


def test_an_unnamed_player_is_not_recorded_as_player(make_app, demo_entry, tmp_path):
    app = make_app([demo_entry], seed=3, record=True, db=str(_db(tmp_path)))
    _to_the_player_screen(app).on_intent("next")
    _one_decision(app)
    app.close()
    (s,) = read_sessions(_db(tmp_path))
    assert s["player"] == f"Pemain ({profiles.current_id()})" and s["player"] != "player"


def test_the_same_name_with_another_learner_id_is_another_learner(make_app, demo_entry, tmp_path):
    app = make_app([demo_entry], seed=3, record=True, db=str(_db(tmp_path)))
    for learner in ("111", "222", "111"):
        screen = _to_the_player_screen(app)
        screen.entry.text = "Ani"
        screen.fields["learner_id"].text = learner
        screen.on_intent("next")
        _one_decision(app)
        app.flow.to_title()
        app.settle()
    anis = [p for p in profiles.players() if p.name == "Ani"]
    assert sorted(p.learner_id for p in anis) == ["111", "222"]  # two profiles, one name as typed
    app.close()
    learners = [(s["player"], s["learner_id"]) for s in read_sessions(_db(tmp_path))]
    assert sorted(learners) == [("Ani", "111"), ("Ani", "111"), ("Ani", "222")]


def test_continue_opens_an_abandoned_game_again(make_app, demo_entry, tmp_path):
    app = make_app([demo_entry], seed=3, record=True, db=str(_db(tmp_path)))
    screen = _to_the_player_screen(app)
    screen.entry.text = "Budi"
    screen.on_intent("next")
    _one_decision(app)
    app.close()
    assert read_sessions(_db(tmp_path))[0]["status"] == "abandoned"
    again = make_app([demo_entry], seed=3, record=True, db=str(_db(tmp_path)))
    again.top.on_intent("continue")
    assert isinstance(again.top, PlayScreen)
    (s,) = read_sessions(_db(tmp_path))
    assert s["status"] == "open" and s["player"] == "Budi"


def test_the_facilitator_gives_the_class_once_prefilled_with_the_organisation(make_app, demo_entry, tmp_path):
    settings = datadirs.folders().config / "records-settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"organisation": "Dinas PMD Kabupaten Sleman"}))
    app = make_app([demo_entry], seed=4, record=True, db=str(_db(tmp_path)))
    app.top.on_intent("workshop")
    screen = app.top
    assert isinstance(screen, PlayerScreen) and screen.title() == "Apa nama tim Anda?"
    assert screen.fields["organisation"].text == "Dinas PMD Kabupaten Sleman"
    type_text(app, "Tim Melati")
    key(app, pygame.K_TAB)
    type_text(app, "Pelatihan Kabid PMD Angkatan 3")
    key(app, pygame.K_TAB)
    type_text(app, "3")
    key(app, pygame.K_RETURN)
    _one_decision(app)  # the class votes
    assert app.top.__class__.__name__ == "VoteScreen"
    key(app, pygame.K_1)
    key(app, pygame.K_RETURN)
    app.flow.to_title()
    app.settle()
    app.top.on_intent("play")  # the next game of the class: not asked again, shown with a way to change
    screen = app.top
    assert isinstance(screen, PlayerScreen) and not screen.fields
    summary = [b.label for b in screen.flow.buttons() if "Kelas:" in getattr(b, "label", "")]
    assert summary == [
        "Kelas: Pelatihan Kabid PMD Angkatan 3 · Angkatan: 3 · Instansi: Dinas PMD Kabupaten Sleman (ubah)"
    ]
    app.close()
    (s,) = read_sessions(_db(tmp_path))
    assert (s["player"], s["class_name"], s["batch"], s["organisation"], s["mode"]) == (
        "Tim Melati",
        "Pelatihan Kabid PMD Angkatan 3",
        "3",
        "Dinas PMD Kabupaten Sleman",
        "workshop",
    )


def test_the_command_lines_fields_win_in_the_window(make_app, demo_entry, tmp_path):
    app = make_app(
        [demo_entry],
        seed=3,
        record=True,
        db=str(_db(tmp_path)),
        player="Citra",
        identity={"learner_id": "c@example.org", "class_name": "Kelas D", "organisation": "Bappeda"},
    )
    _to_the_player_screen(app).on_intent("next")
    _one_decision(app)
    app.close()
    (s,) = read_sessions(_db(tmp_path))
    assert (s["player"], s["learner_id"], s["class_name"], s["organisation"]) == (
        "Citra",
        "c@example.org",
        "Kelas D",
        "Bappeda",
    )
