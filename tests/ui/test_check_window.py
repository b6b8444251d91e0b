"""The pre/post check in the window: offered once before the first scenario (and skippable), taken with
the keys, offered again from the debrief as the closing check, and the change per misconception shown in
plain words; both sittings are recorded as sessions the gain is computed from."""

import pygame
import pytest

from game.records import gain
from game.records.reading import read_sessions
from game.ui.check_run import OPEN_CHECK
from game.ui.screens.check import CheckDoneScreen, CheckOfferScreen, CheckScreen
from game.ui.screens.debrief import DebriefScreen
from game.ui.screens.play import PlayScreen

from ..conftest import ROOT
from .driver import button_pos, click, key
from .test_playthrough import play_through

CHECKS = ROOT / "scenarios" / "checks"


def to_picker_start(app):
    app.top.on_intent("play")
    app.top.on_intent("next")
    app.top.on_intent(("start", 0))


def position_of(flow, intent):
    """Where the button with this intent is (the debrief's own intents are not the driver's)."""
    [button] = [b for b in flow.buttons() if b.intent == intent]
    flow.scroll_to(button.rect)
    return button.rect.move(flow.rect.x, flow.rect.y - flow.offset).clip(flow.rect).center


def answer_all(app, pick):
    """Answer every situation with the keys: `pick(options)` is the position to choose."""
    while isinstance(app.top, CheckScreen):
        options = app.top.sitting.shown()
        key(app, pygame.K_1 + pick(options))


def tagged(tag):
    return lambda options: next(i for i, o in enumerate(options) if tag in o.misconceptions)


def free(options):
    return next(i for i, o in enumerate(options) if not o.misconceptions)


@pytest.mark.parametrize(
    "lang, fewer",
    [
        ("id", "Berkurang: 8 dari 8 jawaban di cek awal, 0 dari 8 sekarang."),
        ("en", "Less often: 8 of 8 answers in the first check, 0 of 8 now."),
    ],
)
def test_pre_check_then_post_check_shows_the_change(make_app, demo_entry, tmp_path, lang, fewer):
    db = tmp_path / "records.sqlite3"
    app = make_app([demo_entry], scenario_dirs=[str(CHECKS)], record=True, db=str(db))
    app.settings.lang = lang
    app.settings.player_name = "Bu Ratna"
    to_picker_start(app)
    assert isinstance(app.top, CheckOfferScreen)
    click(app, button_pos(app.top.foot, "next"))  # Start the check
    assert isinstance(app.top, CheckScreen)
    answer_all(app, tagged("solo_work"))
    assert isinstance(app.top, CheckDoneScreen)
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, PlayScreen)
    play_through(app)
    debrief = app.top
    assert isinstance(debrief, DebriefScreen)
    assert [b for b in debrief.flow.buttons() if b.intent == OPEN_CHECK]
    click(app, position_of(debrief.flow, OPEN_CHECK))
    assert isinstance(app.top, CheckOfferScreen)
    key(app, pygame.K_RETURN)
    answer_all(app, free)
    result = app.top
    assert isinstance(result, CheckDoneScreen) and result.mode == "check-post"
    text = result.speech_text()
    assert fewer in text, text
    key(app, pygame.K_RETURN)
    assert app.top is debrief

    app.close()
    checks = [s for s in read_sessions(db) if s["mode"].startswith("check-")]
    assert sorted(s["mode"] for s in checks) == ["check-post", "check-pre"]
    [pre] = [s for s in checks if s["mode"] == "check-pre"]
    assert pre["scenario"] == "cek-awal-akhir" and pre["player"] == "Bu Ratna"
    assert len(pre["decisions"]) == 8 and all(d["misconceptions"] == ["solo_work"] for d in pre["decisions"])
    assert all(len(d["options"]) == 4 for d in pre["decisions"])
    row = gain.gain(checks).row("solo_work")
    assert (row.pre, row.post, row.gain) == (0.0, 1.0, 1.0)


def test_the_first_check_is_offered_once_and_can_be_skipped(make_app, demo_entry):
    app = make_app([demo_entry], scenario_dirs=[str(CHECKS)])
    to_picker_start(app)
    assert isinstance(app.top, CheckOfferScreen)
    key(app, pygame.K_ESCAPE)  # Escape skips it: the scenario starts
    assert isinstance(app.top, PlayScreen)
    app.flow.to_title()
    app.frame([], 1 / 60)
    to_picker_start(app)
    assert isinstance(app.top, PlayScreen)  # not offered again to this profile


def test_no_check_no_offer(make_app, demo_entry):
    app = make_app([demo_entry])
    to_picker_start(app)
    assert isinstance(app.top, PlayScreen)
