"""A location and a node may say the weather; a node's overrides its location's; anything else is B092."""

from __future__ import annotations

from game.content.codes.example import BASE
from game.content.loader import load_text

RAINY_HALL = BASE.replace("  balai: {name:", "  balai: {weather: rain, name:", 1)


def test_a_location_and_a_node_carry_their_weather():
    text = RAINY_HALL.replace("  b:\n    choices:", "  b:\n    weather: clear\n    choices:", 1)
    loaded = load_text(text)
    assert loaded.diagnostics == []
    scenario = loaded.scenario
    assert scenario.locations["balai"].weather == "rain"
    assert scenario.nodes["a"].weather == ""  # not said: the location's rain shows there
    assert scenario.nodes["b"].weather == "clear"  # the rain stops here


def test_weather_left_out_is_empty():
    scenario = load_text(BASE).scenario
    assert scenario.locations["balai"].weather == "" and scenario.nodes["a"].weather == ""


def test_an_indonesian_word_is_b092_at_its_value_with_the_english_value_suggested():
    text = BASE.replace("  a:\n    location: balai\n", "  a:\n    location: balai\n    weather: hujan\n", 1)
    loaded = load_text(text)
    found = [d for d in loaded.diagnostics if d.code == "B092"]
    assert len(found) == 1
    line = text.splitlines().index("    weather: hujan") + 1
    assert (found[0].pos.line, found[0].pos.col) == (line, len("    weather: ") + 1)
    assert "weather: rain" in found[0].hint and "weather: rain" in found[0].hint_in("id")


def test_an_unknown_weather_on_a_location_is_b092_listing_the_values():
    text = BASE.replace("  balai: {name:", "  balai: {weather: badai, name:", 1)
    loaded = load_text(text)
    found = [d for d in loaded.diagnostics if d.code == "B092"]
    assert len(found) == 1
    written = "  balai: {weather: badai, name: {id: Balai desa, en: Village hall}}"
    line = text.splitlines().index(written) + 1
    assert (found[0].pos.line, found[0].pos.col) == (line, written.index("badai") + 1)
    assert all(value in found[0].hint for value in ("clear", "cloudy", "rain", "dry"))


def test_capitals_are_not_accepted_either():
    text = BASE.replace("  balai: {name:", "  balai: {weather: Rain, name:", 1)
    assert [d.code for d in load_text(text).diagnostics] == ["B092"]
