"""A meter declares which way is good news; the window colours its changes by it (issue 13)."""

from __future__ import annotations

from game.content.library import load_all
from game.resources import SCENARIOS_DIR
from game.ui.widgets.meter import MeterBar


def test_a_rise_on_a_lower_is_better_meter_is_bad_news_and_a_fall_good():
    bar = MeterBar("beban", "Load", 20, 0, 100, lower_better=True)
    bar.set(35)
    assert bar.tone() == "bad"
    bar.set(10)
    assert bar.tone() == "good"


def test_an_ordinary_meter_rises_as_good_news_and_shows_no_tone_at_rest():
    bar = MeterBar("trust", "Trust", 50, 0, 100)
    assert bar.tone() == "muted"
    bar.set(60)
    assert bar.tone() == "good"
    bar.set(40)
    assert bar.tone() == "bad"


def test_the_shipped_workload_meters_say_lower_is_better():
    found = 0
    for loaded in load_all([SCENARIOS_DIR]):
        meter = loaded.scenario.meters.get("beban_anda") if loaded.scenario else None
        if meter is not None:
            assert meter.better == "lower", loaded.path
            found += 1
    assert found >= 7
