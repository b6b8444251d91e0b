"""Score scales come from a background search, then from a cache keyed by content and engine."""

import pytest

from game.analysis import bounds as scales
from game.analysis.bounds import score_bounds
from game.engine.session import Session
from game.ui import bounds as service_module
from game.ui.bounds import BoundsService


@pytest.fixture(autouse=True)
def fresh_memory(monkeypatch):
    """Each test starts as a new game would: nothing in the analysis' memory (other tests fill it)."""
    monkeypatch.setattr(scales, "_memory", {})
    monkeypatch.setattr(service_module, "shipped_scales", dict)  # searched here, not shipped


def test_bounds_are_found_in_the_background_then_cached(tmp_path, sample_entry):
    scenario = sample_entry.scenario
    service = BoundsService(tmp_path)
    first = service.request(scenario)
    found = service.wait(scenario)
    assert first is None and found == scales.explore_bounds(scenario)
    assert list(tmp_path.glob("*.json"))
    scales._memory.clear()  # a new start of the game reads the cache file
    again = BoundsService(tmp_path)
    assert again.request(scenario) == found


def test_a_damaged_cache_is_ignored(tmp_path, sample_entry):
    scenario = sample_entry.scenario
    service = BoundsService(tmp_path)
    service.wait(scenario)
    for path in tmp_path.glob("*.json"):
        path.write_text("{not json")
    assert BoundsService(tmp_path).wait(scenario) == score_bounds(scenario)


def test_session_receives_its_bounds(tmp_path, sample_entry):
    service = BoundsService(tmp_path)
    session = Session(sample_entry.scenario)
    service.wait(sample_entry.scenario)
    assert service.provide(session) and session.has_bounds
    assert session.bounds == score_bounds(sample_entry.scenario)
