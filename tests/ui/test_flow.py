"""The play flow: after a choice, its outcome, each event, the question, then the debrief at the end."""

import pygame

from game.ui.catalog import Entry
from game.ui.screens.cards import EventCard, OutcomeCard
from game.ui.screens.debrief import DebriefScreen
from game.ui.screens.play import PlayScreen
from game.ui.screens.reflection import ReflectionScreen
from game.ui.screens.title import TitleScreen

from ..scenario_text import BASE, RAIN_AT_B, scenario
from .driver import key, pump

# the first choice leads to b, where two obstacles always strike and a question is asked; b ends the game
TEXT = BASE.replace(
    """  b:
    choices:""",
    """  b:
    reflection: {id: Mengapa?, en: Why?}
    choices:""",
).replace(
    """        next: END
endings:""",
    "        next: END\n"
    + RAIN_AT_B
    + """  cracks:
    kind: obstacle
    probability: 1
    at: [b]
    title: {id: Retak, en: Cracks}
    text: {id: Jalan retak, en: The road cracks}
endings:""",
)


def started(make_app):
    app = make_app([Entry("<flow>", scenario(TEXT))], lang="en")
    app.context.flow.new_game(app.context.scenarios.entries()[0])
    play = app.top
    assert isinstance(play, PlayScreen) and play.view.node == "a"
    key(app, pygame.K_SPACE)  # the text, typed out
    return app, play


def what_is_shown(app):
    top = app.top
    if isinstance(top, OutcomeCard):
        return ("outcome", top.item.feedback.en)
    if isinstance(top, EventCard):
        return ("event", top.item.id)
    if isinstance(top, ReflectionScreen):
        return ("reflection", top.run.session.view().node)
    if isinstance(top, PlayScreen):
        return ("play", top.view.node)
    return (type(top).__name__,)


def test_a_choice_shows_its_outcome_each_event_then_the_question_then_the_debrief(make_app):
    app, play = started(make_app)
    key(app, pygame.K_1 + next(c.index for c in play.view.choices if c.text.en == "Together"))
    seen = [what_is_shown(app)]
    while seen[-1][0] in ("outcome", "event"):
        assert app.nav.stack[0] is play and play.view.node == "a"  # the scene stays until the cards are read
        key(app, pygame.K_RETURN)
        seen.append(what_is_shown(app))
    assert seen == [("outcome", "Good"), ("event", "rain"), ("event", "cracks"), ("reflection", "b")]
    assert [type(s) for s in app.nav.stack] == [PlayScreen, ReflectionScreen]
    assert play.view.node == "b"  # the question is asked over the passage it belongs to
    key(app, pygame.K_ESCAPE)  # skipped: asked once, not again
    assert what_is_shown(app) == ("play", "b")
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    assert what_is_shown(app) == ("outcome", "Done")
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, DebriefScreen) and app.nav.stack == [app.top]
    assert app.game.session.is_over


def test_an_answered_question_is_kept_and_the_title_is_one_way_back(make_app):
    app, play = started(make_app)
    key(app, pygame.K_1)
    for _ in range(3):
        key(app, pygame.K_RETURN)
    assert isinstance(app.top, ReflectionScreen)
    app.top.entry.text = "Warga belum diajak"
    key(app, pygame.K_RETURN)
    assert app.top is play and app.game.session.state.reflections == {"b": "Warga belum diajak"}
    key(app, pygame.K_ESCAPE)  # pause
    app.top.on_intent("title")
    pump(app)
    assert isinstance(app.top, TitleScreen) and app.nav.stack == [app.top]
    assert app.game is None and app.context.flow.steps == []


def test_a_finished_game_continued_goes_straight_to_the_debrief(make_app):
    app, play = started(make_app)
    run = play.run
    run.session.choose(0)
    run.session.choose(0)
    app.context.flow.begin(run)
    assert isinstance(app.top, DebriefScreen) and len(app.nav.stack) == 1
