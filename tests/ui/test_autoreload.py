"""The live loop in the window: a saved file reloads by itself, its errors over the game in the
trainer's language, fixed errors go; shipped scenarios are left alone; a loop stops at the limit."""

import shutil

import pygame

from game.content.library import SCENARIOS_DIR, scenario_files
from game.content.loader import load_file
from game.engine.loops import LoopGuard
from game.ui.catalog import load_entry
from game.ui.live import live_file
from game.ui.screens.errors import ErrorsScreen

from ..conftest import SAMPLE
from .driver import key


class Clock:
    now = 0.0

    def __call__(self):
        return self.now


def start(playing_copy):
    app, path = playing_copy
    assert app.flow.live is not None
    clock = Clock()
    app.flow.live.watch.clock, app.flow.live.watch.last = clock, 0.0  # time moves only when told
    return app, path, clock


def save(path, old, new, clock, app, seconds=1.0):
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    clock.now += seconds
    app.frame([])
    app.frame([])  # the requests it made, applied, and the play screen's refresh


def test_a_saved_change_reloads_by_itself_and_keeps_the_decisions(playing_copy):
    app, path, clock = start(playing_copy)
    play = app.top
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    while app.top is not play:
        key(app, pygame.K_ESCAPE)  # close the cards (and a reflection, if any)
    before = app.game.session.to_dict()["state"]
    first = play.view.lines[0].text.get("id")
    save(path, first, "DIUBAH " + first, clock, app, seconds=0.5)
    assert not play.view.lines[0].text.get("id").startswith("DIUBAH ")  # not looked yet: < 1 s
    clock.now += 0.5
    app.frame([])
    app.frame([])
    assert play.view.lines[0].text.get("id").startswith("DIUBAH ")
    assert app.game.session.to_dict()["state"] == before
    app.frame([])
    assert sum(text == app.tr("reloaded") for text, _ in app.notices) == 1  # once, not every look


def test_errors_show_over_the_game_in_the_trainers_language_and_fixing_clears_them(playing_copy):
    app, path, clock = start(playing_copy)
    play, state = app.top, app.game.session.to_dict()
    app.settings.lang = "id"
    save(path, "nodes:", "nodez:", clock, app)
    assert isinstance(app.top, ErrorsScreen)
    wanted = [d.text("id") for d in load_file(path).diagnostics if d.is_error()]
    assert app.top.errors == wanted and wanted != [d.text("en") for d in load_file(path).diagnostics]
    assert app.game.session.to_dict() == state  # the last good version goes on
    save(path, "nodez:", "nodes:", clock, app)
    assert app.top is play
    assert app.game.session.to_dict()["state"] == state["state"]


def test_only_a_trainers_own_file_is_watched_unless_watch_is_asked(tmp_path):
    shipped = load_entry(scenario_files([SCENARIOS_DIR])[0])
    assert live_file(shipped) is None
    assert live_file(shipped, forced=True) is not None  # play --watch
    copy = tmp_path / "copy.yaml"
    shutil.copy(SAMPLE, copy)
    assert live_file(load_entry(copy)) is not None


def test_a_game_past_the_decision_limit_stops_and_says_where(playing_copy):
    app, _path, _clock = start(playing_copy)
    node = app.game.session.state.node
    app.flow.guard = LoopGuard(limit=0)  # the next decision is one too many
    assert app.flow.choose(0) is None
    app.frame([])
    assert app.flow.run is None and type(app.top).__name__ == "TitleScreen"
    [(text, _)] = [n for n in app.notices if node in n[0]]
    assert "0 keputusan" in text if app.settings.lang == "id" else "0 decisions" in text
