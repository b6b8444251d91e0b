"""Every shipped scenario, played to its debrief in the window in both languages, ends exactly
as the engine says for the same choices."""

import pygame
import pytest

from game.analysis.bounds import score_bounds
from game.content.library import scenario_files
from game.engine.session import Session
from game.ui.catalog import load_entry
from game.ui.screens.debrief import DebriefScreen
from game.ui.screens.play import PlayScreen

from ..conftest import ROOT
from .driver import button_pos, click, pump
from .test_playthrough import play_through

pytestmark = pytest.mark.slow  # every shipped scenario in the window, in both languages: 80-130 s

FILES = scenario_files([ROOT / "scenarios"])


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_scenario_plays_through_in_the_window(make_app, path, lang):
    entry = load_entry(path)
    assert entry.ok, entry.error
    app = make_app([entry], seed=2)
    app.settings.lang = lang
    app.settings.player_name = "Uji"
    app.relayout()
    app.top.on_intent("play")  # the player screen, with the remembered name
    app.top.on_intent("next")
    pump(app)
    click(app, button_pos(app.top.flow, ("start", 0)))
    assert isinstance(app.top, PlayScreen)
    chosen = play_through(app)
    engine = Session(entry.scenario, seed=2, bounds=score_bounds(entry.scenario))
    for index in chosen:
        engine.choose(index)
    want = engine.result().to_dict()
    pump(app)
    assert isinstance(app.top, DebriefScreen)
    got = app.game.session.result().to_dict()  # scaled: the debrief gave it its bounds
    for field in ("ending", "scores", "misconceptions", "path", "meters", "events"):
        assert got[field] == want[field], field
    pygame.event.clear()
