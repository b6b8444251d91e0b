"""Player profiles: each trainee on a shared laptop has their own saves (a few slots), best results and
preferences; the class's games are kept apart; nothing is written over without asking; an earlier
version's single files become the first player's."""

import json

import pygame
import pytest

from game import datadirs
from game.ui import profiles, storage
from game.ui.screens.confirm import ConfirmScreen
from game.ui.screens.picker import PickerScreen
from game.ui.screens.play import PlayScreen
from game.ui.screens.player import PlayerScreen
from game.ui.screens.slots import SlotsScreen
from game.ui.screens.title import TitleScreen

from .driver import button_pos, click, key, type_text
from .test_records_window import play_through_cards


def named(app, name):
    """From the title: Play, a name typed over the box, Next: the picker."""
    app.top.on_intent("play")
    assert isinstance(app.top, PlayerScreen)
    app.top.entry.text = ""
    type_text(app, name)
    key(app, pygame.K_RETURN)


def one_decision(app, index=0):
    app.top.on_intent(("start", index))
    assert isinstance(app.top, PlayScreen)
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    play_through_cards(app)


def to_title(app):
    app.context.flow.to_title()
    assert isinstance(app.top, TitleScreen)


def every_button(flow):
    """Every button of a column, the disabled ones too (a driver's list leaves those out)."""
    from game.ui.widgets import Button

    return [part for item in flow.items for part in item.walk() if isinstance(part, Button)]


def continue_enabled(app):
    return next(b for b in every_button(app.top.flow) if b.intent == "continue").enabled


def names():
    return sorted(p.name for p in profiles.players())


def test_two_trainees_keep_their_own_saves_bests_and_preferences(make_app, demo_entry):
    app = make_app([demo_entry], seed=3)
    named(app, "Ani")
    assert isinstance(app.top, PickerScreen) and app.settings.player_name == "Ani"
    app.settings.text_size = 2  # Ani's large text
    app.context.apply_settings()
    one_decision(app)
    ani = profiles.current_id()
    assert storage.has_autosave(ani)
    storage.record_best(demo_entry.scenario.id, 42)
    to_title(app)

    named(app, "Budi")  # someone else sits down: a player of their own
    budi = profiles.current_id()
    assert budi != ani and names() == ["Ani", "Budi"]
    assert app.settings.text_size == 0 and app.settings.player_name == "Budi"
    assert not storage.has_autosave(budi) and storage.load_best() == {}
    key(app, pygame.K_ESCAPE)  # back from the picker to the title
    assert isinstance(app.top, TitleScreen)
    assert not continue_enabled(app)

    app.close()  # the next start is Budi's (the player who played last)
    again = make_app([demo_entry])
    assert again.settings.player_name == "Budi" and again.settings.text_size == 0
    click(again, button_pos(again.top.flow, "player"))  # the title's player button: pick Ani from the list
    player = again.top
    assert isinstance(player, PlayerScreen)
    index = next(i for i, p in enumerate(player.others) if p.name == "Ani")
    click(again, button_pos(player.flow, ("pick", index)))
    assert isinstance(again.top, TitleScreen)
    assert again.settings.player_name == "Ani" and again.settings.text_size == 2
    assert storage.load_best() == {demo_entry.scenario.id: 42}
    click(again, button_pos(again.top.flow, "continue"))  # Ani's game, where she left it
    assert isinstance(again.top, PlayScreen) and again.game.session.state.turn == 1


def test_a_name_someone_else_has_is_asked_about(make_app, demo_entry):
    app = make_app([demo_entry])
    named(app, "Ani")
    to_title(app)
    named(app, "Budi")
    to_title(app)
    named(app, "  ani ")  # the same name, typed differently
    player = app.top
    assert isinstance(player, PlayerScreen) and player.same is not None  # "is that you?"
    key(app, pygame.K_ESCAPE)  # back to the name: nothing made, nobody switched
    assert player.same is None and app.settings.player_name == "Budi" and names() == ["Ani", "Budi"]
    type_text(app, "x")
    player.entry.text = "Ani"
    key(app, pygame.K_RETURN)
    click(app, button_pos(player.flow, "no"))  # someone else: a name of their own
    assert isinstance(app.top, PickerScreen)
    assert app.settings.player_name == "Ani (2)" and names() == ["Ani", "Ani (2)", "Budi"]
    to_title(app)
    named(app, "Ani")
    click(app, button_pos(app.top.flow, "yes"))  # "that is me": the first Ani
    assert app.settings.player_name == "Ani" and len(names()) == 3


def test_the_list_of_players_says_when_each_last_played(make_app, demo_entry):
    profiles.ensure()
    first = profiles.current()
    first.name, first.last_used = "Ani", "2026-03-04T09:05:00"
    profiles.write_player(first)
    other = profiles.create("Ani (2)")
    other.last_used = "2026-05-06T14:30:00"
    profiles.write_player(other)
    app = make_app([demo_entry])
    app.top.on_intent("play")
    subs = {b.label: b.sub for b in app.top.flow.buttons() if b.intent.__class__.__name__ == "Pick"}
    assert "4 Mar 2026, 09.05" in subs["Ani"] and "6 Mei 2026, 14.30" in subs["Ani (2)"]


@pytest.mark.parametrize(
    "lang, words",
    [("id", ("Ganti permainan tersimpan?", "Tempat 1")), ("en", ("Replace a saved game?", "Slot 1"))],
)
def test_a_new_game_asks_before_it_replaces_a_saved_game_and_no_keeps_it(make_app, demo_entry, lang, words):
    app = make_app([demo_entry], seed=5)
    app.settings.lang = lang
    for _ in range(profiles.SLOTS):  # three games in progress: every slot in use
        app.top.on_intent("play")
        key(app, pygame.K_RETURN)
        one_decision(app)
        to_title(app)
    pid = profiles.current_id()
    assert profiles.taken(pid) == [1, 2, 3]
    before = {n: profiles.slot_path(pid, n).read_bytes() for n in (1, 2, 3)}

    app.top.on_intent("play")
    key(app, pygame.K_RETURN)
    app.top.on_intent(("start", 0))  # a fourth game: which one may it replace?
    slots = app.top
    assert isinstance(slots, SlotsScreen) and slots.mode == "new"
    click(app, button_pos(slots.flow, ("pick", 0)))
    confirm = app.top
    assert isinstance(confirm, ConfirmScreen)
    assert confirm.heading_text == words[0] and words[1] in confirm.text
    key(app, pygame.K_ESCAPE)  # Esc is no
    assert app.top is slots
    click(app, button_pos(slots.flow, ("pick", 0)))
    key(app, pygame.K_RETURN)  # Enter answers no too: it has the focus
    assert app.top is slots
    assert {n: profiles.slot_path(pid, n).read_bytes() for n in (1, 2, 3)} == before  # nothing lost

    click(app, button_pos(slots.flow, ("pick", 1)))
    click(app, button_pos(app.top.flow, "yes"))  # a deliberate yes: slot 2 is given up
    assert isinstance(app.top, PlayScreen) and app.game.session.state.turn == 0
    key(app, pygame.K_SPACE)
    key(app, pygame.K_2)
    assert profiles.slot_path(pid, 2).read_bytes() != before[2]
    assert profiles.slot_path(pid, 1).read_bytes() == before[1]
    assert profiles.slot_path(pid, 3).read_bytes() == before[3]


@pytest.mark.parametrize(
    "lang, words", [("id", ("Tempat 1", "Keputusan 2")), ("en", ("Slot 1", "Decision 2"))]
)
def test_the_load_list_shows_each_slot_and_continues_the_one_picked(make_app, demo_entry, lang, words):
    app = make_app([demo_entry], seed=5)
    app.top.on_intent("play")
    key(app, pygame.K_RETURN)
    one_decision(app)  # slot 1: one decision made
    to_title(app)
    app.top.on_intent("play")
    key(app, pygame.K_RETURN)
    app.top.on_intent(("start", 0))  # slot 2: none yet (nothing saved until the first decision)
    to_title(app)
    app.settings.lang = lang
    app.context.apply_settings()
    click(app, button_pos(app.top.flow, "load"))
    slots = app.top
    assert isinstance(slots, SlotsScreen)
    buttons = [b for b in every_button(slots.flow) if b.intent.__class__.__name__ == "Pick"]
    title = demo_entry.scenario.title.get(lang)
    assert words[0] in buttons[0].label and title in buttons[0].label and words[1] in buttons[0].sub
    assert not buttons[1].enabled and not buttons[2].enabled  # empty slots
    click(app, button_pos(slots.flow, ("pick", 0)))
    assert isinstance(app.top, PlayScreen) and app.game.session.state.turn == 1


def test_the_class_keeps_its_games_apart_from_the_players(make_app, demo_entry):
    from .test_workshop_class import finish_the_decision, open_vote

    app = make_app([demo_entry])
    named(app, "Ani")
    to_title(app)
    ani_settings = (profiles.folder(profiles.current_id()) / "player.json").read_bytes()
    vote = open_vote(app)
    finish_the_decision(app, vote, pygame.K_1)  # the class's first decision
    assert profiles.taken(profiles.CLASS) == [1]
    assert not storage.has_autosave(profiles.current_id())  # Ani's slots are untouched
    assert (profiles.folder(profiles.current_id()) / "player.json").read_bytes() == ani_settings
    assert all(p.id != profiles.CLASS for p in profiles.players())
    to_title(app)
    assert continue_enabled(app)  # the class's game
    app.close()
    solo = make_app([demo_entry])
    assert solo.settings.player_name == "Ani" and not solo.settings.projector
    assert not continue_enabled(solo)


def legacy_files(tmp_path, settings, save=None, best=None):
    here = datadirs.folders()
    here.config.mkdir(parents=True, exist_ok=True)
    here.data.mkdir(parents=True, exist_ok=True)
    (here.config / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    if save is not None:
        (here.data / "autosave.json").write_bytes(save)
    if best is not None:
        (here.data / "best.json").write_bytes(best)
    return here


def test_an_earlier_versions_files_become_the_first_players(make_app, demo_entry, tmp_path):
    app = make_app([demo_entry], seed=5)
    app.top.on_intent("play")
    key(app, pygame.K_RETURN)
    one_decision(app)
    save = storage.autosave_path().read_bytes()
    app.close()
    for path in (profiles.root(), datadirs.folders().config / "settings.json"):  # back to an old version's
        if path.is_dir():
            import shutil

            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    old = {"player_name": "Bu Sari", "lang": "en", "text_size": 2, "sound": False, "sapaan": "bu"}
    here = legacy_files(tmp_path, old, save, json.dumps({demo_entry.scenario.id: 55}).encode())

    again = make_app([demo_entry])
    s = again.settings
    assert (s.player_name, s.lang, s.text_size, s.sound, s.sapaan) == ("Bu Sari", "en", 2, False, "bu")
    assert names() == ["Bu Sari"]
    assert not (here.data / "autosave.json").exists() and not (here.data / "best.json").exists()  # moved
    assert storage.load_best() == {demo_entry.scenario.id: 55}
    assert storage.autosave_path(profiles.current_id(), 1).read_bytes() == save
    click(again, button_pos(again.top.flow, "continue"))
    assert isinstance(again.top, PlayScreen) and again.game.session.state.turn == 1


def test_a_nameless_earlier_version_becomes_pemain_and_its_damaged_files_are_set_aside(
    make_app, demo_entry, tmp_path
):
    here = legacy_files(tmp_path, {"lang": "id"}, b"[1, 2", b"{ broken")
    app = make_app([demo_entry])
    assert app.settings.player_name == "" and len(profiles.players()) == 1
    assert "Pemain" in next(b.label for b in app.top.flow.buttons() if b.intent == "player")
    assert storage.load_best() == {}  # the damaged results: set aside, not fatal
    assert list(profiles.folder(profiles.current_id()).glob("best.json.damaged-*"))
    app.top.on_intent("continue")  # the damaged save: set aside with a message
    assert isinstance(app.top, TitleScreen) and app.notices
    assert list(storage.autosave_path(profiles.current_id(), 1).parent.glob("autosave.json.damaged-*"))
    assert not (here.data / "autosave.json").exists()
    named(app, "Citra")  # the first name typed on a laptop nobody named: that player's
    assert names() == ["Citra"]


def test_a_damaged_profile_index_is_set_aside_and_nobody_is_lost(make_app, demo_entry):
    app = make_app([demo_entry])
    named(app, "Ani")
    to_title(app)
    named(app, "Budi")
    app.close()
    profiles.index_path().write_bytes(b"\x00{ not json")
    again = make_app([demo_entry])
    assert list(profiles.root().glob("profiles.json.damaged-*"))
    assert names() == ["Ani", "Budi"] and again.settings.player_name == "Budi"  # who played last
    assert json.loads(profiles.index_path().read_text(encoding="utf-8"))["current"] == profiles.current_id()
