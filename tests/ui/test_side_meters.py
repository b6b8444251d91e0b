"""The side meters (issue 13): what each measures, a zero mark, no bar before the score scale is known, and
changes shown only as the cards after a choice show them."""

from __future__ import annotations

import pygame

from game.engine.scoring import Bounds
from game.ui.catalog import Entry
from game.ui.intents import Act
from game.ui.screens.cards import EventCard, OutcomeCard
from game.ui.screens.debrief_sections import score_box
from game.ui.screens.play import PlayScreen
from game.ui.widgets.chart import Bars
from game.ui.widgets.meter import MeterBar

from ..scenario_text import BASE, RAIN_AT_B, replace, scenario
from .driver import click, key, pump

# trust gains 10 from the choice "Together"; an obstacle at b then takes 7 from it
TEXT = replace(
    "    label: {id: Kepercayaan, en: Trust}\n",
    "    label: {id: Kepercayaan, en: Trust}\n"
    "    description: {id: Seberapa warga percaya Anda, en: How far residents trust you}\n",
    replace(
        "        next: END\nendings:",
        "        next: END\n" + RAIN_AT_B + "endings:",
        BASE,
    ),
)


def started(make_app, practice=False, lang="en"):
    app = make_app([Entry("<side>", scenario(TEXT))], lang=lang)
    app.settings.practice = practice
    app.context.flow.new_game(app.context.scenarios.entries()[0])
    play = app.top
    assert isinstance(play, PlayScreen)
    key(app, pygame.K_SPACE)  # the text, typed out
    return app, play


def choose(app, play, text_en):
    key(app, pygame.K_1 + next(c.index for c in play.view.choices if c.text.en == text_en))


# -- the side panel follows the cards ------------------------------------------------------------------


def test_the_side_panel_shows_a_choices_changes_only_as_its_cards_show_them(make_app):
    app, play = started(make_app)
    assert play.meters["trust"].value == 50
    choose(app, play, "Together")
    assert isinstance(app.top, OutcomeCard)
    assert play.run.session.view().meters["trust"] == 53  # +10 from the choice, -7 from the rain
    assert play.meters["trust"].value == 60  # the outcome card shows +10: the rain is not yet seen
    assert play.meters["trust"].delta == 10
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, EventCard) and app.top.item.id == "rain"
    assert play.meters["trust"].value == 53 and play.meters["trust"].delta == -7  # now the rain shows
    key(app, pygame.K_RETURN)
    assert app.top is play and play.meters["trust"].value == 53


def test_before_its_card_is_drawn_a_choice_has_not_moved_the_side_panel(make_app):
    app, play = started(make_app)
    outcome = app.context.flow.choose(0)  # the choice is made; its card is only requested
    play.panel.hold(play.meters, outcome)
    assert play.meters["trust"].value == 50 and play.meters["trust"].flash == 0
    pump(app)  # the card opens and is drawn over the panel
    assert isinstance(app.top, OutcomeCard) and play.meters["trust"].value == 50 + outcome.deltas.get(
        "trust", 0
    )


# -- what a meter measures --------------------------------------------------------------------------


def test_the_legend_shows_each_meters_description_and_I_closes_it(make_app):
    app, play = started(make_app)
    bar = play.meters["trust"]
    assert bar.description == "How far residents trust you" and not bar.explain
    closed_h = bar.rect.height
    key(app, pygame.K_i)
    assert bar.explain and bar.rect.height > closed_h  # the description takes its own lines
    [button] = play.meter_flow.buttons()  # "Hide the explanations (I)", by mouse this time
    assert button.intent == Act.EXPLAIN
    flow = play.meter_flow
    click(app, button.rect.move(flow.rect.x, flow.rect.y - flow.offset).center)
    assert not bar.explain and bar.rect.height == closed_h


def test_the_legend_speaks_the_players_language(make_app):
    app, play = started(make_app, lang="id")
    key(app, pygame.K_i)
    assert play.meters["trust"].description == "Seberapa warga percaya Anda"


def test_the_debrief_scores_say_what_each_competency_measures(make_app):
    app, play = started(make_app)
    run = play.run
    run.session.bounds = Bounds(
        best={"collaboration": 2, "empathy": 0}, worst={"collaboration": -1, "empathy": 0}
    )
    run.session.choose(0)
    run.session.choose(0)
    box = score_box(app.context, run, run.session.result())
    [bars] = [item for item in box.items if isinstance(item, Bars)]
    notes = {label: note for label, _, note in bars.rows}
    assert notes["Collaboration"] == run.scenario.meters["collaboration"].description.en != ""


# -- the bar itself ---------------------------------------------------------------------------------


def drawn(look, bar, width=400):
    """The bar laid out and drawn on a blank surface; its track in surface coordinates."""
    surf = pygame.Surface((width, 200))
    surf.fill((0, 0, 0))
    bar.layout(look, 0, 0, width)
    bar.draw(surf, look, 0, 0)
    return surf, bar.track(look)


def test_a_range_across_zero_has_a_zero_mark_where_zero_falls(make_app):
    app, _ = started(make_app)
    look = app.look
    bar = MeterBar("c", "Collaboration", 0, -10, 30)
    surf, track = drawn(look, bar)
    zero_x = track.x + round(track.width * 10 / 40)
    assert bar.signed and bar.x_of(0, track) == zero_x
    assert tuple(surf.get_at((zero_x, track.centery)))[:3] == look.c["text"][:3]  # the mark is drawn there
    third = track.x + track.width // 3
    assert tuple(surf.get_at((third, track.centery)))[:3] != look.c["chart"][:3]  # 0 fills nothing
    assert bar.fill_span(track) is None


def test_a_gain_fills_right_of_the_zero_mark_and_a_loss_left_of_it(make_app):
    app, _ = started(make_app)
    gain = MeterBar("c", "C", 10, -10, 30)
    _, track = drawn(app.look, gain)
    left, right = gain.fill_span(track)
    assert left == gain.x_of(0, track) and right == gain.x_of(10, track)
    loss = MeterBar("c", "C", -5, -10, 30)
    _, track = drawn(app.look, loss)
    left, right = loss.fill_span(track)
    assert left == loss.x_of(-5, track) and right == loss.x_of(0, track)


def test_a_range_from_zero_has_no_zero_mark_and_fills_from_its_left_end(make_app):
    app, _ = started(make_app)
    bar = MeterBar("w", "Trust", 40, 0, 100)
    _, track = drawn(app.look, bar)
    assert not bar.signed and bar.fill_span(track) == (track.x, bar.x_of(40, track))


def test_the_track_keeps_its_length_when_a_change_flashes(make_app):
    app, _ = started(make_app)
    bar = MeterBar("w", "Trust", 40, 0, 100)
    _, before = drawn(app.look, bar)
    bar.set(55)
    _, during = drawn(app.look, bar)
    assert during.width == before.width


# -- no bar before the score scale is known -----------------------------------------------------------


def test_a_competency_shows_no_bar_until_the_score_scale_is_known_then_the_debriefs_scale(
    make_app, monkeypatch
):
    app = make_app([Entry("<side>", scenario(TEXT))], lang="en")
    app.settings.practice = True  # competency bars are on show during play
    service = app.context.bounds
    monkeypatch.setattr(service, "provide", lambda session: False)  # the search is still running
    app.context.flow.new_game(app.context.scenarios.entries()[0])
    play = app.top
    key(app, pygame.K_SPACE)
    bar = play.meters["collaboration"]
    _, track = drawn(app.look, bar)
    assert not bar.known and bar.fill_span(track) is None
    assert app.tr("scale_pending") in [getattr(item, "text", None) for item in play.meter_flow.items]
    found = Bounds(best={"collaboration": 2, "empathy": 0}, worst={"collaboration": -1, "empathy": 0})

    def provide(session):
        session.bounds = found
        return True

    monkeypatch.setattr(service, "provide", provide)
    pump(app)
    bar = play.meters["collaboration"]
    assert bar.known and (bar.lo, bar.hi) == (-1, 2)  # the worst and best the debrief scores 0-100 on
    assert app.tr("scale_pending") not in [getattr(item, "text", None) for item in play.meter_flow.items]
