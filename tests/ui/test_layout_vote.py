"""The class vote's presenter layout keeps every option with its tally in view at a size read from the
back of a room, beside the situation (its start pinned when it scrolls), for the most crowded vote of
every shipped scenario, in both languages (SDL's dummy driver: the rectangles the screen computes)."""

import pygame
import pytest

from game.content.library import scenario_files
from game.ui.catalog import load_entry
from game.ui.screens.play import PlayScreen
from game.ui.screens.vote import COLUMNS, FLOOR_PX, VoteScreen
from game.ui.theme import Look

from ..conftest import ROOT
from .driver import key, pump
from .layout_check import check_column
from .test_layout_decision import check_situation

FILES = scenario_files([ROOT / "scenarios"])
# (window size, projector, text size): the projector at 1080p, and at its largest text
LOOKS = [((1920, 1080), True, 0), ((1920, 1080), True, 2)]


def crowded_vote(scenario, lang: str):
    """The node with the most options, the longest of those to read."""
    node = max(
        (n for n in scenario.nodes.values() if n.choices),
        key=lambda n: (len(n.choices), sum(len(c.text.get(lang)) for c in n.choices)),
    )
    return node.id, len(node.choices)


def open_vote(make_app, path, node, size, projector, text_size, lang):
    app = make_app([], size=size, projector=projector, autosave=False)
    app.settings.lang, app.settings.text_size, app.settings.text_speed = lang, text_size, "normal"
    app.relayout()
    app.flow.open_file(str(path), start_at=node)
    pump(app)
    play = app.top
    assert isinstance(play, PlayScreen)
    key(app, pygame.K_SPACE)
    play.ctx.nav.push("vote", choices=play.view.choices, view=play.view)  # as a workshop's choice does
    pump(app)
    assert isinstance(app.top, VoteScreen)
    return app, app.top


def check_vote(app, vote, count: int):
    window = pygame.Rect((0, 0), app.window.get_size())
    look = vote.pl
    for flow in vote.flows():
        assert window.contains(flow.rect), (flow.rect, window)
    # every option and its bar in view, none over another, the situation or the button
    options = vote.options
    assert len(options.buttons()) == count and options.max_offset() == 0
    rects = [options.on_screen(b) for b in options.buttons()]
    for n, r in enumerate(rects):
        assert options.rect.contains(r)
        assert not any(r.colliderect(o) for o in rects[n + 1 :])
    for a, b in ((options, vote.situation), (options, vote.foot), (vote.situation, vote.foot)):
        assert not a.rect.colliderect(b.rect)
    assert vote.situation.rect.height >= look.line_h("body") * 2
    if vote.keys_note is not None:  # the keys under the options: in the window, under them, apart
        keys = vote.keys_note.get_rect(topleft=vote.keys_at)
        assert window.contains(keys) and keys.x == options.rect.x and keys.top >= options.rect.bottom
        assert not any(keys.colliderect(f.rect) for f in vote.flows())
    first = vote.view.lines[0]
    check_situation(vote.situation, look, first.speaker.name if first.speaker else "")
    found = []
    for flow in vote.flows():  # nothing clipped or overlapping, measured with the presenter's own look
        check_column(look, flow.items, found, "vote")
    assert found == []
    return look


@pytest.mark.parametrize("size,projector,text_size", LOOKS, ids=["proj-1080", "proj-largest"])
@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_a_crowded_vote_keeps_every_option_readable(make_app, path, size, projector, text_size):
    entry = load_entry(path)
    assert entry.ok, entry.error
    for lang in ("id", "en"):
        node, _ = crowded_vote(entry.scenario, lang)
        app, vote = open_vote(make_app, path, node, size, projector, text_size, lang)
        look = check_vote(app, vote, len(vote.choices))  # (the options shown there)
        key(app, pygame.K_2)  # a vote lays the screen out again: the situation stays at its end
        check_vote(app, vote, len(vote.choices))
        body = look.px("body") * 1080 / size[1]
        assert body >= FLOOR_PX - 0.5  # read from the back of the room: the options are not shrunk away
        step, share = vote.fitted[1]
        bigger = [s for s in vote.steps(FLOOR_PX) if s > step]
        if bigger:  # the text stepped down only as far as this vote needs: a step larger does not fit
            for wider in COLUMNS:
                vote.place(bigger[-1], wider)
                assert vote.options.content_h > vote.options.rect.height
        assert look.px("body") >= Look(size, text_size).px("body") * 0.6  # the text size is followed
        app.close()


def test_a_vote_with_room_under_its_options_puts_the_keys_there(make_app):
    """The facilitator's keys under the options when they leave room: the situation keeps those lines."""
    path = ROOT / "scenarios" / "00-tutorial.yaml"
    scenario = load_entry(path).scenario
    node = min((n for n in scenario.nodes.values() if n.choices), key=lambda n: len(n.choices))
    app, vote = open_vote(make_app, path, node.id, (1920, 1080), True, 0, "id")
    check_vote(app, vote, len(vote.choices))
    said, keys = vote.status_parts()
    assert vote.keys_note is not None  # two or three options leave the right column's foot free
    one_line = vote.pl.line_h("small")
    assert vote.note.get_height() < 2 * one_line  # above the situation, only the votes so far
    both = vote.pl.text(f"{said}\n{keys}", "small", "muted", wrap=vote.left_rect.width)
    assert both.get_height() >= 3 * one_line  # the lines the situation would lose to the keys
    app.close()
