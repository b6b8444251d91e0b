"""Settings and the autosave survive a restart; damaged files are set aside, not fatal."""

import json

import pygame
import pytest

from game.ui import storage
from game.ui.screens.play import PlayScreen
from game.ui.screens.settings import SettingsScreen
from game.ui.screens.title import TitleScreen

from .driver import button_pos, click, key, pump


def test_settings_survive_a_restart(make_app, demo_entry):
    app = make_app([demo_entry])
    app.top.on_intent("settings")
    assert isinstance(app.top, SettingsScreen)
    for intent in (
        ("cycle", "lang", 1),
        ("cycle", "text_size", 1),
        ("cycle", "high_contrast", 1),
        ("cycle", "sound", 1),
        ("cycle", "text_speed", 1),
    ):
        click(app, button_pos(app.top.flow, intent))
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.top, TitleScreen)
    app.close()
    again = make_app([demo_entry])
    s = again.settings
    assert (s.lang, s.text_size, s.high_contrast, s.sound, s.text_speed) == ("en", 1, True, False, "fast")
    assert again.look.hc and again.lang == "en"


def test_settings_file_is_written_atomically_as_json():
    from game.ui import profiles

    settings = storage.Settings(lang="en", player_name="Bu Rina", sound=False)
    storage.save_settings(settings)
    data = json.loads(storage.settings_path().read_text(encoding="utf-8"))
    assert data["sound"] is False  # the laptop's settings; the player's are their profile's
    player = json.loads((profiles.folder(profiles.current_id()) / "player.json").read_text(encoding="utf-8"))
    assert player["prefs"]["lang"] == "en" and player["name"] == "Bu Rina"
    assert [p.name for p in storage.settings_path().parent.iterdir()] == ["settings.json"]
    assert sorted(p.name for p in profiles.folder(profiles.current_id()).iterdir()) == ["player.json"]


def test_a_corrupt_settings_file_is_set_aside_with_a_message(make_app, demo_entry):
    path = storage.settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"{ not json \xff")
    app = make_app([demo_entry])
    assert app.settings == storage.Settings()
    assert not path.exists()
    aside = list(path.parent.glob("settings.json.damaged-*"))
    assert len(aside) == 1
    assert any(str(aside[0]) in text for text, _ in app.notices)
    pump(app)  # the message draws


def test_settings_with_wrong_types_fall_back_to_defaults():
    path = storage.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"lang": "fr", "text_size": 9, "sound": "yes", "unknown": 1}))
    settings, aside = storage.load_settings()
    assert aside is None
    assert (settings.lang, settings.text_size, settings.sound) == ("id", 0, False)


def start(app):
    app.top.on_intent("play")
    app.top.on_intent("next")
    app.top.on_intent(("start", 0))
    assert isinstance(app.top, PlayScreen)


def test_autosave_after_every_choice_and_continue(make_app, demo_entry):
    app = make_app([demo_entry], seed=4)
    start(app)
    assert not storage.has_autosave()
    key(app, pygame.K_SPACE)
    key(app, pygame.K_2)
    assert storage.has_autosave()
    saved = json.loads(storage.autosave_path().read_text(encoding="utf-8"))
    assert saved["session"]["state"]["turn"] == 1
    state = app.game.session.to_dict()
    log = list(app.game.log)
    app.close()

    again = make_app([demo_entry])
    assert isinstance(again.top, TitleScreen)
    click(again, button_pos(again.top.flow, "continue"))
    assert isinstance(again.top, PlayScreen)
    assert again.game.session.to_dict() == state
    assert again.game.log == log


def test_a_corrupt_autosave_is_set_aside(make_app, demo_entry):
    path = storage.autosave_path()
    path.parent.mkdir(parents=True)
    path.write_text("[1, 2")
    app = make_app([demo_entry])
    app.top.on_intent("continue")
    assert isinstance(app.top, TitleScreen)
    assert not path.exists()
    assert list(path.parent.glob("autosave.json.damaged-*"))
    assert app.notices


def test_a_save_the_scenario_cannot_take_is_set_aside(make_app, demo_entry):
    path = storage.autosave_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"scenario": "demo-girimulyo", "session": {"version": 999}}))
    app = make_app([demo_entry])
    app.top.on_intent("continue")
    assert isinstance(app.top, TitleScreen)
    assert path.exists()  # a newer Berdaya's save: refused by name, left for that version
    assert any("999" in text for text, _ in app.notices)


def test_finishing_a_session_removes_the_autosave(make_app, demo_entry):
    from .test_playthrough import play_through

    app = make_app([demo_entry], seed=2)
    start(app)
    play_through(app)
    assert not storage.has_autosave()
    assert storage.load_best()["demo-girimulyo"] >= 0


def test_sessions_are_recorded_for_the_class_report(make_app, demo_entry):
    from game.records.store import default_db_path, read_sessions

    from .test_playthrough import play_through

    app = make_app([demo_entry], seed=2, record=True)
    app.settings.player_name = "Tim Melati"
    start(app)
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    app.close()  # stop half-way; Continue picks the same record up again
    again = make_app([demo_entry], record=True)
    again.top.on_intent("continue")
    play_through(again)
    again.close()
    sessions = read_sessions(default_db_path())
    assert len(sessions) == 1
    assert sessions[0]["player"] == "Tim Melati"
    assert len(sessions[0]["decisions"]) == len(again.game.session.state.history)


@pytest.mark.parametrize("lang, words", [("id", "tidak disimpan"), ("en", "not being kept")])
def test_game_plays_on_when_records_cannot_be_kept(make_app, demo_entry, tmp_path, lang, words):
    from .test_playthrough import play_through

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the records folder should be")
    app = make_app([demo_entry], seed=2, record=True, db=str(blocker / "records.sqlite3"))
    app.settings.lang = lang
    start(app)
    assert any(words in text for text, _ in app.notices), app.notices
    play_through(app)  # the game goes on to the debrief
