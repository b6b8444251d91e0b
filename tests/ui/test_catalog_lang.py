"""The picker's card of a broken scenario, its warnings and the notice of a game that cannot start are in
the player's language (Indonesian or English), not the validator's English."""

from __future__ import annotations

import pygame
import pytest

from game.content.codes.example import BASE
from game.ui.app import App, Options
from game.ui.catalog import Entry, load_entry
from game.ui.screens.picker import PickerScreen
from game.ui.widgets import Box

BROKEN = BASE.replace("minutes: 5", "minutes: 5\npass_mark: 80")  # B094
# an unreachable node: a warning (B030), the scenario still plays
WARNED = BASE.replace(
    "endings:\n",
    "  sepi:\n    choices:\n      - text: {id: X, en: X}\n        feedback: {id: Y, en: Y}\n        next: END\nendings:\n",
)


def test_an_entry_says_its_error_and_warnings_in_either_language(tmp_path):
    broken, warned = tmp_path / "rusak.yaml", tmp_path / "sepi.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    warned.write_text(WARNED, encoding="utf-8")
    entry = load_entry(broken, "id")
    assert not entry.ok
    assert "kesalahan B094" in entry.error_in("id") and "tidak di antara 0 dan 1" in entry.error_in("id")
    assert "error B094" in entry.error_in("en") and "is not between 0 and 1" in entry.error_in("en")
    assert entry.errors == [entry.error_in("id")]
    assert entry.error == entry.error_in("en")  # as before, for the command line and the logs
    playable = load_entry(warned, "id")
    assert playable.ok
    (said_id,) = playable.warnings_in("id")
    (said_en,) = playable.warnings_in("en")
    assert "peringatan B030" in said_id and "warning B030" in said_en
    assert playable.warnings == [said_id]


def test_a_hand_made_entry_keeps_its_error():
    entry = Entry("<memory>", error="something broke")
    assert entry.error_in("id") == entry.error_in("en") == "something broke"


@pytest.mark.parametrize("lang, said", [("id", "kesalahan B094"), ("en", "error B094")])
def test_the_picker_card_and_a_failed_start_speak_the_player_language(tmp_path, lang, said):
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "rusak.yaml").write_text(BROKEN, encoding="utf-8")
    app = App(Options(scenario_dirs=[str(folder)], builtin=False, record=False))
    try:
        app.settings.lang = lang
        app.top.on_intent("play")
        app.top.on_intent("next")
        assert isinstance(app.top, PickerScreen)
        (box,) = [i for i in app.top.flow.items if isinstance(i, Box)]
        assert said in box.items[-1].text and "rusak.yaml" in box.items[-1].text
        app.frame([])
        app.flow.open_file(str(folder / "rusak.yaml"))
        notice = app.notices[-1][0]
        assert said in notice
        start = "Skenario tidak bisa dimulai" if lang == "id" else "The scenario cannot start"
        assert notice.startswith(start)
    finally:
        app.close()
        pygame.display.quit()
