"""The decision screen keeps the situation, every option and some of the scene in view together, and
the guards against accidental choices hold (SDL's dummy driver: geometry only)."""

import pygame
import pytest

from game.content.library import scenario_files
from game.ui.catalog import load_entry
from game.ui.guards import GuardTimes
from game.ui.screens.cards import Card
from game.ui.screens.play import PlayScreen
from game.ui.screens.title import TitleScreen

from ..conftest import ROOT, SAMPLE
from .driver import button_pos, click, key, pump

FILES = scenario_files([ROOT / "scenarios"])
# (window size, projector, text size): the trainee's laptop at the largest text, the projector at 1080p
LOOKS = [((1280, 720), False, 2), ((1920, 1080), True, 0), ((1920, 1080), True, 2)]


def crowded_node(scenario, lang: str) -> str:
    """The node whose options are the most and the longest to read."""
    return max(
        (n for n in scenario.nodes.values() if n.choices),
        key=lambda n: (sum(len(c.text.get(lang)) for c in n.choices), len(n.choices)),
    ).id


def hard_nodes(scenario, lang: str) -> list[str]:
    """The start, the node with the longest options, the one with the most options and the one with the
    longest situation: the decisions hardest to lay out."""
    deciding = [n for n in scenario.nodes.values() if n.choices]
    most = max(deciding, key=lambda n: (len(n.choices), sum(len(c.text.get(lang)) for c in n.choices)))
    said = max(deciding, key=lambda n: sum(len(line.text.get(lang)) for line in n.lines))
    return list(dict.fromkeys([scenario.start, crowded_node(scenario, lang), most.id, said.id]))


def open_at(make_app, path, node, size, projector, text_size, lang):
    app = make_app([], size=size, projector=projector, autosave=False)
    app.settings.lang, app.settings.text_size, app.settings.text_speed = lang, text_size, "normal"
    app.relayout()
    app.flow.open_file(str(path), start_at=node)
    pump(app)
    play = app.top
    assert isinstance(play, PlayScreen)
    key(app, pygame.K_SPACE)  # the whole text at once
    assert play.deciding
    return app, play


def on_screen(flow, item):
    """An item's rectangle in the window, as its panel shows it now."""
    return flow.on_screen(item)


def check_situation(sit, look, first_head: str, lines: int = 1):
    """A situation panel: all of it in view, or its start pinned above whole lines ending with its last
    words, nothing cut at an edge."""
    port = sit.port
    assert sit.rect.contains(port)
    if not sit.max_offset():
        assert sit.pin is None and sit.content_h <= port.height  # all of it in view
        return
    pin = sit.pin  # it scrolls: its start pinned above it, whole and clear of the lines
    assert pin is not None and pin.text and pin.text.startswith(first_head[:8])
    pinned = pin.rect.move(sit.rect.topleft)
    assert sit.rect.contains(pinned) and pinned.bottom <= port.y
    assert sit.note() == "\u25b2 PgUp"  # scrolled to its end: more above, and the key that shows it
    assert sit.offset in sit.tops()  # the top line is whole...
    bottom = sit.shown_bottom()
    assert bottom - sit.offset <= port.height  # ...and so is the bottom one
    assert bottom == sit.content_h  # the last words, the question, in view
    assert sum(top >= sit.offset and end <= bottom for top, end in sit.rows) >= lines  # and some lines


def check_decision(app, play):
    window = pygame.Rect((0, 0), app.window.get_size())
    look = play.text_look
    sit, choices = play.situation_flow, play.text_flow
    # the situation: its panel in the window, at least a few lines of it (or all of it) in view
    assert window.contains(sit.rect), (sit.rect, window)
    want = min(sit.content_h, look.line_h("body") * 2)
    assert sit.rect.height >= want > 0
    last = sit.items[-1]
    assert on_screen(sit, last).bottom <= sit.port.bottom + 1  # its last words, the question, in view
    check_situation(sit, look, play.typing[0].head, lines=2)
    # every option whole in the window, none hidden by scrolling, none over another or the situation
    buttons = [b for b in choices.buttons() if b.intent.__class__.__name__ == "Choose"]
    assert len(buttons) == len(play.view.choices)
    assert choices.max_offset() == 0
    rects = [on_screen(choices, b) for b in buttons]
    for n, r in enumerate(rects):
        assert window.contains(r) and choices.rect.contains(r), (r, choices.rect)
        assert not r.colliderect(sit.rect)
        assert not any(r.colliderect(o) for o in rects[n + 1 :])
    # a strip of the scene above the text panel, clear of both, under the top bar
    strip = pygame.Rect(play.scene.x, play.scene.y, play.scene.width, play.text_panel.y - play.scene.y)
    assert strip.height >= 40 * look.s and window.contains(strip)
    assert not strip.colliderect(sit.rect) and not strip.colliderect(choices.rect)
    assert not strip.colliderect(play.bar_flow.rect)
    # the text is never shrunk below the floor, and only as far as the node needs
    assert look.px("body") >= round(22 * play.look.s * 0.72)


@pytest.mark.parametrize("size,projector,text_size", LOOKS, ids=["1280-largest", "proj-1080", "proj-largest"])
@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_the_situation_every_option_and_the_scene_fit_together(make_app, path, size, projector, text_size):
    entry = load_entry(path)
    assert entry.ok, entry.error
    for lang in ("id", "en"):
        for node in hard_nodes(entry.scenario, lang):
            app, play = open_at(make_app, path, node, size, projector, text_size, lang)
            check_decision(app, play)
            app.close()


def test_folding_the_meters_gives_the_text_the_width(make_app):
    app, play = open_at(make_app, SAMPLE, "kantor", (1280, 720), False, 0, "en")
    assert play.text_look is play.look and play.meters_open  # a short decision: nothing given up
    wide_before = play.text_flow.rect.width
    key(app, pygame.K_m)
    assert not play.meters_open and play.text_flow.rect.width > wide_before + 200
    check_decision(app, play)
    click(app, button_pos(play.bar_flow, "meters"))
    assert play.meters_open and play.text_flow.rect.width == wide_before


def test_a_crowded_decision_folds_the_meters_before_it_shrinks_the_text(make_app):
    app, play = open_at(make_app, SAMPLE, "kantor", (1280, 720), False, 2, "en")
    assert not play.meters_open and play.auto_folded
    key(app, pygame.K_m)  # the player wants them back: the text steps down to make room
    assert play.meters_open and play.text_look.step < play.look.step
    check_decision(app, play)


def test_a_long_situation_pages_by_whole_lines_under_its_pinned_start(make_app):
    path = next(f for f in FILES if f.name.startswith("00-"))
    app, play = open_at(make_app, path, "sambutan", (1280, 720), False, 2, "id")
    sit = play.situation_flow
    assert sit.max_offset() > 0 and sit.offset == sit.max_offset()
    seen = [sit.offset]
    for _ in range(40):  # PgUp (the options never scroll) goes back through the situation to its top
        key(app, pygame.K_PAGEUP)
        if sit.offset == seen[-1]:
            break
        seen.append(sit.offset)
    assert seen[-1] == 0 and len(seen) > 2 and seen == sorted(seen, reverse=True)
    assert all(offset in sit.tops() for offset in seen)  # every stop at a line's top: none cut
    assert sit.note() == "\u25bc PgDn"
    key(app, pygame.K_PAGEDOWN)
    assert 0 < sit.offset in sit.tops() and sit.note() == "\u25b2 PgUp \u25bc PgDn"
    pump(app)  # and it draws


def test_projector_text_is_readable_and_follows_the_text_size(make_app):
    app = make_app([], size=(1920, 1080), projector=True)
    assert 32 <= app.look.px("body") <= 36 and app.look.px("small") == app.look.px("body")
    app.settings.text_size = 2
    app.relayout()
    assert app.look.px("body") > 40  # the setting is honoured in projector mode too


# -- guards -----------------------------------------------------------------------------------------
@pytest.fixture
def delays(monkeypatch):
    monkeypatch.setattr(GuardTimes, "choices", 0.4)
    monkeypatch.setattr(GuardTimes, "card", 0.8)


def wait(app, seconds):
    for _ in range(round(seconds * 60) + 1):
        app.frame([], 1 / 60)


def typing_play(make_app):
    app = make_app([], autosave=False)
    app.settings.text_speed = "normal"
    app.flow.open_file(str(SAMPLE))
    pump(app)
    play = app.top
    assert isinstance(play, PlayScreen) and not play.all_typed
    return app, play


def test_a_click_that_completes_the_text_never_chooses(make_app, delays):
    app, play = typing_play(make_app)
    middle = play.text_panel.center
    click(app, middle)  # completes the text
    assert play.all_typed and app.top is play
    click(app, button_pos(play.text_flow, ("choose", 0)))  # the same hand, at once: too soon
    assert app.top is play and app.game.session.view().turn == 0
    wait(app, 0.45)
    click(app, button_pos(play.text_flow, ("choose", 0)))
    assert isinstance(app.top, Card)


def test_two_quick_number_presses_do_not_choose_unread(make_app, delays):
    app, play = typing_play(make_app)
    key(app, pygame.K_1)  # completes the text
    key(app, pygame.K_1)  # 1/60 s later: ignored
    assert app.top is play and play.all_typed
    wait(app, 0.2)
    key(app, pygame.K_1)
    assert app.top is play  # still under the delay
    wait(app, 0.25)
    key(app, pygame.K_1)
    assert isinstance(app.top, Card)


def test_a_card_cannot_be_closed_before_it_was_shown(make_app, delays):
    app, play = typing_play(make_app)
    key(app, pygame.K_SPACE)
    wait(app, 0.45)
    key(app, pygame.K_1)
    card = app.top
    assert isinstance(card, Card)
    key(app, pygame.K_RETURN)
    key(app, pygame.K_ESCAPE)
    click(app, button_pos(card.foot, "continue"))
    assert app.top is card  # Enter, Escape and a click all too soon
    wait(app, 0.85)
    key(app, pygame.K_RETURN)
    assert app.top is not card


def test_a_tall_card_shows_its_rest_before_it_closes(make_app, delays):
    app, play = typing_play(make_app)
    key(app, pygame.K_SPACE)
    wait(app, 0.45)
    key(app, pygame.K_1)
    card = app.top
    card.items = lambda: [card.__class__.items(card)[0]] * 30  # far taller than the window
    card.read.stop()
    card.layout()
    assert card.flow.max_offset() > 0 and not card.read.running
    wait(app, 1.0)
    for _ in range(40):  # each Enter shows more; only once the end was in view a moment does it close
        if card.flow.offset >= card.flow.max_offset():
            break
        key(app, pygame.K_RETURN)
        assert app.top is card
    assert card.flow.offset == card.flow.max_offset()
    key(app, pygame.K_RETURN)
    assert app.top is card
    wait(app, 0.85)
    key(app, pygame.K_RETURN)
    assert app.top is not card


def test_escape_on_the_title_asks_before_quitting(make_app):
    app = make_app([])
    assert isinstance(app.top, TitleScreen)
    key(app, pygame.K_ESCAPE)
    assert app.running and app.top.asking
    key(app, pygame.K_RETURN)  # the focused answer is No
    assert app.running and not app.top.asking
    key(app, pygame.K_ESCAPE)
    click(app, button_pos(app.top.flow, "quit"))
    assert not app.running


def test_the_window_keeps_its_minimum_size(make_app):
    from game.ui.display import MIN_SIZE

    app = make_app([], size=(300, 200))
    assert app.window.get_size() == MIN_SIZE
    pygame.display.set_mode((320, 180), pygame.RESIZABLE)  # a window manager that let it shrink
    pump(app, pygame.event.Event(pygame.VIDEORESIZE, size=(320, 180), w=320, h=180))
    assert app.window.get_size() == MIN_SIZE and app.look.size == MIN_SIZE
