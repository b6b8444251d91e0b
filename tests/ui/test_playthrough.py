"""A full playthrough driven only by posted keyboard, mouse and text events."""

import pygame

from game.analysis.bounds import score_bounds
from game.engine.session import Session
from game.ui.screens.cards import EventCard, OutcomeCard
from game.ui.screens.debrief import DebriefScreen
from game.ui.screens.picker import PickerScreen
from game.ui.screens.play import PlayScreen
from game.ui.screens.player import PlayerScreen
from game.ui.screens.reflection import ReflectionScreen

from .driver import button_pos, click, key, pump, type_text


def play_through(app, max_steps=200):
    """Play to the debrief, varying the input method; return the 0-based choices made."""
    chosen = []
    for step in range(max_steps):
        top = app.top
        if isinstance(top, DebriefScreen):
            return chosen
        if isinstance(top, (OutcomeCard, EventCard)):
            if step % 2:
                key(app, pygame.K_RETURN)
            else:
                click(app, button_pos(top.foot, "continue"))
        elif isinstance(top, ReflectionScreen):
            type_text(app, "Warga belum diajak bicara.")
            key(app, pygame.K_RETURN)
        elif isinstance(top, PlayScreen):
            key(app, pygame.K_SPACE)  # complete the typewriter
            assert top.all_typed
            n = len(top.view.choices)
            index = len(chosen) % n
            method = len(chosen) % 3
            if method == 0:
                key(app, pygame.K_1 + index)
            elif method == 1:
                click(app, button_pos(top.text_flow, ("choose", index)))
            else:
                for _ in range(index + 1):
                    key(app, pygame.K_DOWN)
                key(app, pygame.K_RETURN)
            chosen.append(index)
        else:
            raise AssertionError(f"unexpected screen {type(top).__name__}")
    raise AssertionError("the playthrough did not reach the debrief")


def test_full_playthrough_matches_the_engine(make_app, sample_entry):
    app = make_app([sample_entry], seed=5)
    pump(app)
    click(app, button_pos(app.top.flow, "play"))
    assert isinstance(app.top, PlayerScreen)
    type_text(app, "Tim Uji")
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, PickerScreen)
    assert app.settings.player_name == "Tim Uji"
    click(app, button_pos(app.top.flow, ("start", 0)))
    assert isinstance(app.top, PlayScreen)
    # text appears over time until a key completes it
    pump(app, frames=3)
    chosen = play_through(app)

    engine = Session(sample_entry.scenario, seed=5, bounds=score_bounds(sample_entry.scenario))
    for index in chosen:
        engine.choose(index)
    want = engine.result().to_dict()
    # the debrief draws with every part of the result
    pump(app)
    assert isinstance(app.top, DebriefScreen)
    got = app.game.session.result().to_dict()  # scaled: the debrief gave it its bounds
    for field in ("ending", "scores", "misconceptions", "path", "meters", "days", "events"):
        assert got[field] == want[field], field
    assert app.top.result.ending is not None


def test_playthrough_at_large_text_and_small_window(make_app, demo_entry):
    app = make_app([demo_entry], seed=3, size=(1280, 720))
    app.settings.text_size = 2
    app.relayout()
    app.top.on_intent("play")
    app.top.on_intent("next")
    app.top.on_intent(("start", 0))
    play_through(app)
    assert isinstance(app.top, DebriefScreen)


def test_replay_from_a_decision_compares_two_endings(make_app, demo_entry):
    app = make_app([demo_entry], seed=3)
    app.top.on_intent("play")
    app.top.on_intent("next")
    app.top.on_intent(("start", 0))
    first = play_through(app)
    debrief = app.top
    before = debrief.result
    click(app, button_pos(debrief.flow, ("replay", 2)))
    play = app.top
    assert isinstance(play, PlayScreen)
    assert play.run.session.state.turn == 1  # the first decision was made again
    assert play.run.session.state.history[0].choice == before.path[0]
    key(app, pygame.K_SPACE)
    other = (first[1] + 1) % len(play.view.choices)
    key(app, pygame.K_1 + other)
    play_through(app)
    after = app.top
    assert isinstance(after, DebriefScreen)
    assert after.result.path[0] == before.path[0] and after.result.path[1] != before.path[1]
    assert after.run.compare["scores"] == before.scores
    texts = [i.text for item in after.flow.items for i in item.walk() if hasattr(i, "text")]
    assert any(before.ending.title.get("id") in str(t) for t in texts)


def test_changing_language_mid_scene_shows_the_same_lines_in_the_other(make_app, demo_entry):
    app = make_app([demo_entry], lang="id")
    app.top.on_intent("play")
    app.top.on_intent("next")
    app.top.on_intent(("start", 0))
    play = app.top
    key(app, pygame.K_ESCAPE)  # pause
    app.top.on_intent("settings")
    app.top.on_intent(("cycle", "lang", 1))
    key(app, pygame.K_ESCAPE)
    key(app, pygame.K_ESCAPE)
    assert app.top is play and app.lang == "en"
    assert play.typing[-1].text.startswith("The priority list is ready")
    assert play.all_typed
    key(app, pygame.K_1)
    assert app.game.session.state.turn == 1
