"""A well-formed but invalid autosave is set aside with its reason, never a crash on Continue or later.

Wrong types, a node or an ending the scenario lacks: Continue keeps the file beside the autosave
(NAME.damaged-STAMP, with NAME.damaged-STAMP.why.txt saying why), the title screen says so in the
player's language, and the next Continue does not meet it again. A save a newer Berdaya made is not
damaged: it is refused by name and left where it is (a new game keeps it aside as NAME.vN-STAMP); a save
of an older version this game knows (one without a version is version 1) loads. Parts that only decorate a game
(a replay's comparison, workshop tallies, backlog lines) are dropped instead, and the game goes on.
"""

import copy
import json

import pygame
import pytest

from game.ui import storage
from game.ui.screens.debrief import DebriefScreen
from game.ui.screens.play import PlayScreen
from game.ui.screens.title import TitleScreen

from .driver import key, pump
from .test_playthrough import play_through
from .test_records_window import play_through_cards
from .test_storage import start


@pytest.fixture
def saved(make_app, demo_entry):
    """A real autosave after one decision (and its cards), as a dict."""
    app = make_app([demo_entry], seed=2)
    start(app)
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    play_through_cards(app)
    data = json.loads(storage.autosave_path().read_text(encoding="utf-8"))
    app.close()
    return data


def put(data, path, value):
    data = copy.deepcopy(data)
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return data


def history(*rest):
    return ("session", "state", "history", 0) + rest


INVALID = [  # (what, path, value, words of the reason)
    ("a version that is not a number", ("version",), "2", "not a version number"),
    ("a version below the first", ("version",), 0, "not a version number"),
    ("a node the scenario lacks", ("session", "state", "node"), "gone", "no longer has"),
    ("an ending it lacks", ("session", "state", "ending"), "happily", "does not have"),
    ("a meter as text", ("session", "state", "meters", "trust"), "lots", "meters are not numbers"),
    ("flags that are lists", ("session", "state", "flags"), {"x": [1]}, "flags"),
    ("a day past any calendar", ("session", "state", "day"), 10**30, "day"),
    ("a history that is text", ("session", "state", "history"), "x", "not a list"),
    ("a decision that is a number", history(), 1, "not a record"),
    ("a decision without a choice", history("choice"), 5, "no choice"),
    ("a day as text", history("day"), "Monday", "damaged 'day'"),
    ("deltas that are null", history("deltas"), None, "damaged 'deltas'"),
    ("misconceptions of numbers", history("misconceptions"), [1], "damaged 'misconceptions'"),
    ("events that are numbers", history("events"), [1], "damaged 'events'"),
    ("a renumbered decision", history("turn"), 4, "numbered"),
    ("a damaged random state", ("session", "rng", "state", 0), -1, "random state"),
]


@pytest.mark.parametrize(
    "lang, gone, kept",
    [("id", "tidak bisa dilanjutkan", "disimpan sebagai"), ("en", "cannot be", "was kept as")],
)
@pytest.mark.parametrize("what, path, value, words", INVALID, ids=[case[0] for case in INVALID])
def test_an_invalid_save_is_set_aside_with_its_reason(
    make_app, demo_entry, saved, what, path, value, words, lang, gone, kept
):
    bad = put(saved, path, value)
    storage.write_autosave(bad)
    written = storage.autosave_path().read_bytes()
    app = make_app([demo_entry])
    app.settings.lang = lang
    app.top.on_intent("continue")
    assert isinstance(app.top, TitleScreen)
    assert not storage.autosave_path().exists()
    [aside] = storage.autosave_path().parent.glob("autosave.json.damaged-*[0-9]")
    assert aside.read_bytes() == written  # kept exactly, not deleted
    reason = aside.with_name(aside.name + ".why.txt").read_text(encoding="utf-8")
    assert words in reason, reason
    [notice] = [text for text, _ in app.notices]
    assert gone in notice and kept in notice and str(aside) in notice
    pump(app)  # the notice draws
    assert not storage.has_autosave()  # the next start offers no Continue that breaks again


NEWER = [("a newer save", ("version",), 7), ("a newer session", ("session", "version"), 99)]


@pytest.mark.parametrize("lang, words", [("id", "Berdaya yang lebih baru"), ("en", "a newer Berdaya")])
@pytest.mark.parametrize("what, path, value", NEWER, ids=[case[0] for case in NEWER])
def test_a_newer_save_is_refused_by_name_and_left_where_it_is(
    make_app, demo_entry, saved, what, path, value, lang, words
):
    storage.write_autosave(put(saved, path, value))
    written = storage.autosave_path().read_bytes()
    app = make_app([demo_entry])
    app.settings.lang = lang
    app.top.on_intent("continue")
    assert isinstance(app.top, TitleScreen)
    [notice] = [text for text, _ in app.notices]
    assert words in notice and str(value) in notice
    assert storage.autosave_path().read_bytes() == written  # not moved, not damaged: the newer game reads it
    assert not list(storage.autosave_path().parent.glob("autosave.json.damaged-*"))
    assert storage.has_autosave()


def test_a_new_game_keeps_a_newer_save_beside_its_own(make_app, demo_entry, saved):
    newer = put(saved, ("version",), storage.SAVE_VERSION + 1)
    storage.write_autosave(newer)
    newer_path = storage.autosave_path()
    written = newer_path.read_bytes()
    app = make_app([demo_entry], seed=2)
    start(app)  # a new game: its first save must not write over the newer one
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    assert storage.autosave_path() != newer_path  # it went to a free slot: the newer save is untouched
    assert newer_path.read_bytes() == written
    assert json.loads(storage.autosave_path().read_text(encoding="utf-8"))["version"] == storage.SAVE_VERSION
    # written into that very slot (every slot in use, the player said yes): kept beside it as NAME.vN-STAMP
    app.close()
    from game.ui import profiles

    assert newer_path == profiles.slot_path(profiles.current_id(), 1)
    profiles.use_slot(profiles.current_id(), 1)
    storage.write_autosave(saved)
    [kept] = newer_path.parent.glob(f"autosave.json.v{storage.SAVE_VERSION + 1}-*")
    assert kept.read_bytes() == written


def test_a_save_of_an_older_known_version_loads(make_app, demo_entry, saved):
    older = copy.deepcopy(saved)
    del older["version"]  # saves made before the version was written are version 1
    storage.write_autosave(older)
    app = make_app([demo_entry])
    app.top.on_intent("continue")
    assert isinstance(app.top, PlayScreen), app.notices
    assert [d.to_dict() for d in app.game.session.state.history] == saved["session"]["state"]["history"]


DROPPED = [  # decorations of a game: dropped, and the game goes on
    ("a comparison that is text", ("compare",), "earlier"),
    ("a comparison with a bad path", ("compare",), {"from_turn": 1, "path": [1, 2], "scores": {}}),
    ("tallies of text", ("votes",), {"1": {"c": "many"}}),
    ("backlog lines with text turns", ("log",), [{"kind": "line", "turn": "one", "text": "x"}]),
    ("a player name that is a number", ("player",), 42),
]


@pytest.mark.parametrize("what, path, value", DROPPED, ids=[case[0] for case in DROPPED])
def test_a_decoration_of_the_wrong_type_is_dropped_and_the_game_goes_on(
    make_app, demo_entry, saved, what, path, value
):
    storage.write_autosave(put(saved, path, value))
    app = make_app([demo_entry])
    app.top.on_intent("continue")
    assert isinstance(app.top, PlayScreen), app.notices
    play_through(app)
    pump(app, frames=2)
    assert isinstance(app.top, DebriefScreen)


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):  # of a long list, the first three stand for all
            yield from _paths(v, path + (i,))


def test_no_value_of_the_wrong_type_anywhere_in_a_save_crashes(make_app, demo_entry, saved):
    """Every place in a real save, given a value of another type: set aside, or played to the debrief."""
    app = make_app([demo_entry])
    outcomes = {"set aside": 0, "played": 0}
    for path in list(_paths(saved))[1:]:
        if path == ("workshop",):
            continue  # true is a workshop game: it waits for class votes, which play_through does not give
        for value in (None, "x", [1]):
            storage.write_autosave(put(saved, path, value))
            app.notices.clear()
            app.reset(TitleScreen(app))
            app.top.on_intent("continue")
            if isinstance(app.top, TitleScreen):
                assert app.notices and not storage.has_autosave(), (path, value)
                outcomes["set aside"] += 1
            else:
                play_through(app, max_steps=60)
                pump(app)
                outcomes["played"] += 1
            for aside in storage.autosave_path().parent.glob("autosave.json.*"):
                aside.unlink()
    assert outcomes["set aside"] > 50 and outcomes["played"] > 10, outcomes
