"""The picker lists every scenario file; a broken one is a card with its first error, not a crash."""

import shutil

import pygame

from game.ui.app import App, Options
from game.ui.screens.picker import PickerScreen
from game.ui.widgets import Box

from ..conftest import SAMPLE
from .driver import key


def test_broken_files_show_their_first_error(tmp_path):
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "rusak.yaml").write_text("format: 1\nid: rusak\ntitle: [unclosed\n", encoding="utf-8")
    (folder / "rusak.plan.yaml").write_text("plans: []\n", encoding="utf-8")  # not a scenario
    shutil.copy(SAMPLE, folder / "copy.yaml")
    app = App(Options(scenario_dirs=[str(folder)], builtin=False, record=False))
    try:
        app.top.on_intent("play")
        app.top.on_intent("next")
        assert isinstance(app.top, PickerScreen)
        entries = app.scenarios.entries()
        assert [e.ok for e in entries] == [True, False]
        assert "rusak.yaml:" in entries[1].error
        boxes = [i for i in app.top.flow.items if isinstance(i, Box)]
        assert len(boxes) == 1 and "rusak.yaml" in boxes[0].items[-1].text
        app.frame([])
    finally:
        app.close()
        pygame.display.quit()


def test_f5_reloads_the_scenario_and_keeps_the_state(playing_copy):
    app, path = playing_copy
    play = app.top
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    while app.top is not play:
        key(app, pygame.K_ESCAPE)  # close the cards (and a reflection, if any)
    before = app.game.session.to_dict()
    first_line = play.view.lines[0].text.get("id")
    path.write_text(
        path.read_text(encoding="utf-8").replace(first_line, "DIUBAH " + first_line), encoding="utf-8"
    )
    key(app, pygame.K_F5)
    assert app.game.session.to_dict()["state"] == before["state"]
    assert play.view.lines[0].text.get("id").startswith("DIUBAH ")


def test_f5_with_a_broken_file_lists_its_errors_and_play_goes_on(playing_copy):
    from game.ui.screens.errors import ErrorsScreen

    app, path = playing_copy
    play = app.top
    state = app.game.session.to_dict()
    path.write_text(path.read_text(encoding="utf-8").replace("nodes:", "nodez:", 1), encoding="utf-8")
    key(app, pygame.K_F5)
    assert isinstance(app.top, ErrorsScreen)
    assert all("s.yaml:" in e for e in app.top.errors)
    app.frame([])
    key(app, pygame.K_RETURN)
    assert app.top is play and app.game.session.to_dict() == state


def test_a_nul_in_a_shared_file_is_an_error_card_not_a_crash(tmp_path):
    folder = tmp_path / "more"
    folder.mkdir()
    shutil.copy(SAMPLE.parent.parent / "tests" / "corpus" / "nul-escape.yaml", folder / "nul.yaml")
    app = App(Options(scenario_dirs=[str(folder)], builtin=False, record=False))
    try:
        app.top.on_intent("play")
        app.top.on_intent("next")
        [entry] = app.scenarios.entries()
        assert not entry.ok and "U+0000" in entry.error
        for _ in range(3):
            app.frame([])  # draws the card with the error
    finally:
        app.close()
        pygame.display.quit()
