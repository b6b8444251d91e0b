"""The debrief that teaches: misconceptions grouped by kind with the choice's own insight and the
collaborative alternative, those avoided, the per-decision chart on the scores' scale, a score that
agrees with the ending, the date each decision was made on, and the summary PNG."""

import datetime

import pygame
import pytest

from game.engine.session import Session
from game.ui.catalog import Entry
from game.ui.run import GameRun
from game.ui.screens import debrief_parts as parts
from game.ui.screens.debrief import SAVE_SUMMARY, DebriefScreen
from game.ui.screens.play import PlayScreen

from ..scenario_text import scenario
from .driver import click, pump

TEXT = """\
format: 1
id: teach
title: {id: Mengajar, en: Teaching}
summary: {id: Ringkas, en: Short}
duty: needs_design
minutes: 3
calendar: {start: 2026-01-05}
start: a
meters:
  trust:
    label: {id: Kepercayaan, en: Trust}
    start: 50
    min: 0
    max: 100
nodes:
  a:
    lines:
      - text: {id: Halo, en: Hello}
    choices:
      - id: a.solo
        text: {id: Sendiri, en: Alone}
        effects: {collaboration: -2}
        misconceptions: [solo_work]
        insight: {id: Ajak kader dulu, en: Ask the cadres first}
        time: 3 days
        feedback: {id: Sepi, en: Lonely}
        next: b
      - id: a.ask
        text: {id: Tanya, en: Ask}
        effects: {collaboration: 1}
        feedback: {id: Baik, en: Good}
        next: b
      - id: a.team
        text: {id: Bersama tim, en: With the team}
        effects: {collaboration: 2, empathy: 1, trust: 10}
        feedback: {id: Baik, en: Good}
        next: b
      - id: a.aid
        text: {id: Beri bantuan, en: Give aid}
        effects: {collaboration: 3, trust: 20}
        misconceptions: [aid_dependency]
        feedback: {id: Senang, en: Pleased}
        next: b
  b:
    lines:
      - text: {id: Lalu, en: Then}
    choices:
      - id: b.fast
        text: {id: Cepat sendiri, en: Fast alone}
        effects: {empathy: -1}
        misconceptions: [quick_change, solo_work]
        insight: {id: Perubahan butuh waktu, en: Change takes time}
        time: 4 days
        feedback: {id: Cepat, en: Quick}
        next: c
      - id: b.ok
        text: {id: Dengarkan, en: Listen}
        effects: {empathy: 2}
        feedback: {id: Baik, en: Good}
        next: c
  c:
    lines:
      - text: {id: Akhirnya, en: At last}
    choices:
      - id: c.done
        text: {id: Selesai, en: Finish}
        time: 2 days
        feedback: {id: Usai, en: Done}
        next: END
endings:
  - id: good
    if: trust >= 60
    best: true
    title: {id: Baik, en: Good}
    summary: {id: Baik, en: Good}
    debrief: [{id: Mengapa?, en: Why?}]
  - id: plain
    title: {id: Biasa, en: Plain}
    summary: {id: Biasa, en: Plain}
    debrief: [{id: Mengapa?, en: Why?}]
"""

BAD = ("a.solo", "b.fast", "c.done")


@pytest.fixture(scope="module")
def teach():
    return scenario(TEXT)


def played(sc, path, bounds=None):
    session = Session(sc, seed=5, bounds=bounds)
    for choice_id in path:
        session.choose_id(choice_id)
    return session


def test_misconceptions_are_grouped_by_kind_with_a_count(teach):
    result = played(teach, BAD).result()
    groups = parts.groups(result.misconceptions)
    assert [(g.tag, g.count) for g in groups] == [("solo_work", 2), ("quick_change", 1)]
    assert [f.turn for f in groups[0].findings] == [1, 2]
    assert [f.choice for f in groups[0].findings] == ["a.solo", "b.fast"]


def test_the_kinds_avoided_are_those_tested_and_not_revealed(teach):
    assert parts.tested(teach) == ["solo_work", "quick_change", "aid_dependency"]
    bad = played(teach, BAD).result()
    assert parts.avoided(teach, bad.misconceptions) == ["aid_dependency"]
    clean = played(teach, ("a.team", "b.ok", "c.done")).result()
    assert parts.avoided(teach, clean.misconceptions) == ["solo_work", "quick_change", "aid_dependency"]
    aid = played(teach, ("a.aid", "b.ok", "c.done")).result()
    assert parts.avoided(teach, aid.misconceptions) == ["solo_work", "quick_change"]


def test_the_best_alternative_has_the_best_competency_deltas_and_reveals_nothing(teach):
    # a.aid gains as much collaboration (3) as a.team gains in all (2 + 1), but reveals aid dependency
    assert parts.best_alternative(teach, "a", "a.solo").id == "a.team"
    assert parts.best_alternative(teach, "a", "a.team").id == "a.ask"  # never the choice itself
    assert parts.best_alternative(teach, "b", "b.fast").id == "b.ok"
    assert parts.best_alternative(teach, "c", "c.done") is None  # nothing else to choose
    assert parts.best_alternative(teach, "gone", "x") is None


def test_decision_n_is_dated_the_day_it_was_made(teach):
    history = played(teach, BAD).state.history
    # a.solo takes 3 days, b.fast 4, c.done 2: decisions made on days 0, 3 and 7
    assert [r.day for r in history] == [3, 7, 9]  # each record keeps the day after its choice
    assert [parts.decision_day(history, n) for n in (1, 2, 3)] == [0, 3, 7]


def test_the_chart_ends_at_the_final_scores(teach):
    from game.engine.scoring import Bounds

    bounds = Bounds(best={"collaboration": 2, "empathy": 3}, worst={"collaboration": -2, "empathy": -1})
    result = played(teach, BAD, bounds).result()
    series = {
        s.meter: s.points for s in parts.competency_series(teach, played(teach, BAD).state.history, result)
    }
    assert series == {"collaboration": (50, 0, 0, 0), "empathy": (25, 25, 0, 0)}
    assert {m: p[-1] for m, p in series.items()} == result.scores
    assert parts.competency_series(teach, [], played(teach, BAD).result()) == []  # no scale yet


def test_the_verdict_agrees_with_the_ending(teach):
    from game.engine.scoring import Bounds

    bounds = Bounds(best={"collaboration": 3, "empathy": 2}, worst={"collaboration": -2, "empathy": -1})
    best_low = played(teach, ("a.aid", "b.fast", "c.done"), bounds).result()  # trust 70: the best ending
    assert best_low.ending.id == "good" and parts.overall(best_low) < parts.HIGH
    assert parts.verdict(teach, best_low) == "verdict_best_low"
    other_high = played(teach, ("a.ask", "b.ok", "c.done"), bounds).result()
    assert other_high.ending.id == "plain" and parts.overall(other_high) >= parts.HIGH
    assert parts.verdict(teach, other_high) == "verdict_other_high"
    assert parts.verdict(teach, played(teach, BAD, bounds).result()) == "verdict_other_low"
    assert parts.verdict(teach, played(teach, ("a.team", "b.ok", "c.done"), bounds).result()) == (
        "verdict_best_high"
    )


def debrief_after(make_app, sc, path, lang="en"):
    app = make_app([Entry("<teach>", sc)], lang=lang)
    run = GameRun.start(app.context.scenarios.entries()[0], seed=5)
    for choice_id in path:
        run.choose(run.session.find(choice_id).index)
    app.context.flow.begin(run)
    pump(app)
    assert isinstance(app.top, DebriefScreen)
    return app, app.top


def texts(screen):
    return [str(p.text) for item in screen.flow.items for p in item.walk() if hasattr(p, "text")]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_debrief_teaches_each_choice_once_under_its_kind(make_app, teach, lang):
    app, debrief = debrief_after(make_app, teach, BAD, lang)
    shown = texts(debrief)
    tr = debrief.tr
    assert tr("mis_group_many", n=2) in shown and tr("mis_group_one") in shown
    insight = "Ask the cadres first" if lang == "en" else "Ajak kader dulu"
    assert shown.count(insight) == 1  # the choice's own insight, under its choice
    alternative = "“With the team”" if lang == "en" else "“Bersama tim”"
    assert alternative in shown
    assert shown.count(tr("kabid_would")) == 3  # one per choice that revealed a misconception
    assert tr("avoided_aid_dependency") in shown
    assert any(tr("overall_score", n=parts.overall(debrief.result)) == t for t in shown)
    assert tr("verdict_other_low") in shown
    # the timeline: decision 2 was made on day 3 (8 Jan), not the day it ended (day 7)
    assert f"{tr('turn', n=2)} · {tr('day', n=4)} · 8 {'Jan'} 2026" in shown


def test_replay_from_a_misconception_starts_at_that_decision(make_app, teach):
    app, debrief = debrief_after(make_app, teach, BAD)
    label = debrief.tr("replay_try", n=2)
    button = next(b for b in debrief.flow.buttons() if b.label == label)
    debrief.flow.scroll_to(button.rect)
    click(app, button.rect.move(debrief.flow.rect.x, debrief.flow.rect.y - debrief.flow.offset).center)
    play = app.top
    assert isinstance(play, PlayScreen)
    assert play.run.session.state.turn == 1 and play.view.node == "b"
    assert play.run.compare["from_turn"] == 2


@pytest.mark.parametrize("lang", ["en", "id"])
def test_save_summary_writes_a_png_in_the_data_folder_and_says_where(make_app, teach, private_home, lang):
    app, debrief = debrief_after(make_app, teach, BAD, lang)
    button = next(b for b in debrief.flow.buttons() if b.intent == SAVE_SUMMARY)
    debrief.flow.scroll_to(button.rect)
    click(app, button.rect.move(debrief.flow.rect.x, debrief.flow.rect.y - debrief.flow.offset).center)
    saved = list((private_home / "data").rglob("*.png"))
    assert len(saved) == 1
    path = saved[0]
    assert path.parent.name == "summaries"
    assert path.name.startswith("teach-" + datetime.date.today().isoformat())
    image = pygame.image.load(str(path))
    assert image.get_width() == 1600 and image.get_height() > 1000
    assert debrief.saved_to == str(path)
    assert debrief.tr("summary_saved", path=path) in texts(debrief)


def test_a_summary_that_cannot_be_written_is_reported(make_app, teach):
    from game.datadirs import folders

    app, debrief = debrief_after(make_app, teach, BAD)
    blocked = folders().data / "summaries"
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("a file where the folder should be")
    assert debrief.save_summary() is None
    assert debrief.saved_to == "" and debrief.tr("save_summary") in [b.label for b in debrief.flow.buttons()]


def test_a_clean_game_is_praised_once_for_every_kind_avoided(make_app, teach):
    app, debrief = debrief_after(make_app, teach, ("a.team", "b.ok", "c.done"))
    shown = texts(debrief)
    assert debrief.tr("misconceptions") not in shown  # no empty "revealed" heading
    assert debrief.tr("avoided_all") in shown
    assert all(
        debrief.tr(f"avoided_{tag}") in shown for tag in ("solo_work", "quick_change", "aid_dependency")
    )
    assert debrief.tr("verdict_best_high") in shown or debrief.tr("verdict_best_low") in shown
