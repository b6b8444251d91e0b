"""Score scales come from the analysis, cached by the scenario's content digest and the rules' digest."""

import dataclasses
import json

import pytest

from game.analysis import bounds as scales
from game.analysis.bounds import cache_key, cached_bounds, explore_bounds, score_bounds
from game.analysis.generate import layered
from game.engine.scoring import Bounds

from ..scenario_text import scenario


@pytest.fixture
def fresh(monkeypatch):
    """An empty memory, and a way to make any further exploration fail the test."""
    monkeypatch.setattr(scales, "_memory", {})

    def forbid():
        monkeypatch.setattr(scales, "explore", lambda *a, **k: pytest.fail("explored again"))

    return forbid


def test_the_scale_is_the_exploration_s_best_and_worst(sample, fresh):
    found = score_bounds(sample)
    assert found == explore_bounds(sample) and found.complete
    assert found.best["collaboration"] > found.worst["collaboration"]
    fresh()
    assert score_bounds(sample) is found  # from memory: not explored twice


def test_a_cache_folder_keeps_it_for_the_next_process(sample, fresh, tmp_path):
    found = score_bounds(sample, tmp_path)
    [kept] = tmp_path.glob("*.json")
    assert kept.name == f"{cache_key(sample)}.json"
    assert Bounds.from_dict(json.loads(kept.read_text(encoding="utf-8"))) == found
    scales._memory.clear()  # as a new start of the game
    fresh()
    assert cached_bounds(sample) is None  # memory only: not known
    assert cached_bounds(sample, tmp_path) == found == score_bounds(sample, tmp_path)


def test_the_key_is_the_content_and_the_rules(sample, monkeypatch):
    key = cache_key(sample)
    assert key.startswith(scales.rules_digest() + "-") and key.endswith(sample.content_hash[:64])
    other = dataclasses.replace(sample, content_hash="ab" * 32)
    assert cache_key(other) != key
    scales.rules_digest.cache_clear()
    monkeypatch.setattr(scales, "RULES", ("engine",))  # other rules, other key
    try:
        assert cache_key(sample) != key
    finally:
        scales.rules_digest.cache_clear()


def test_a_damaged_cache_file_is_explored_again(sample, fresh, tmp_path):
    score_bounds(sample, tmp_path)
    for path in tmp_path.glob("*.json"):
        path.write_text("{not json", encoding="utf-8")
    scales._memory.clear()
    assert cached_bounds(sample, tmp_path) is None
    assert score_bounds(sample, tmp_path) == explore_bounds(sample)


def test_a_folder_that_cannot_be_written_costs_only_the_cache(sample, fresh, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert score_bounds(sample, blocked / "bounds") == explore_bounds(sample)


def test_a_scenario_without_a_content_digest_is_never_cached(fresh, tmp_path):
    built = layered(nodes=40, width=4)
    assert built.content_hash == "" and cache_key(built) is None
    assert score_bounds(built, tmp_path) == explore_bounds(built)
    assert cached_bounds(built, tmp_path) is None and not list(tmp_path.iterdir())


def test_a_cut_exploration_says_so():
    assert explore_bounds(scenario(), max_transitions=1).complete is False
