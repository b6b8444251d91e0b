"""The shipped scenarios' score scales ship with them, so a laptop never searches them (issue 13)."""

from __future__ import annotations

import json

import pytest

from game.analysis.bounds import explore_bounds
from game.engine.scoring import Bounds
from game.tools.shipped_scales import scales_path
from game.ui.bounds import BoundsService, shipped_scales
from game.ui.catalog import discover

from ..conftest import ROOT


def _shipped():
    return [e for e in discover([ROOT / "scenarios"]) if e.ok]


def test_every_shipped_scenario_has_its_scale_for_its_content():
    table = json.loads(scales_path(ROOT / "scenarios").read_text(encoding="utf-8"))
    entries = _shipped()
    assert entries
    for entry in entries:
        digest = entry.scenario.content_hash[:64]
        assert digest in table, f"{entry.path}: run python -m game.tools.shipped_scales"
        assert table[digest]["scenario"] == entry.scenario.id
    assert len(table) == len(entries)  # no scale for a file that is gone


def test_a_shipped_scenario_is_answered_without_a_search(tmp_path, monkeypatch):
    shipped_scales.cache_clear()
    monkeypatch.setattr(BoundsService, "_search", lambda self, scenario: pytest.fail("searched"))
    service = BoundsService(tmp_path)
    for entry in _shipped():
        found = service.request(entry.scenario)
        assert isinstance(found, Bounds) and found.best and found.worst
    assert service.searches == 0 and service.pending() == 0


def test_a_changed_file_is_searched(tmp_path, monkeypatch):
    from game.ui.catalog import load_entry

    source = ROOT / "scenarios" / "sample-dapur-sehat.yaml"
    changed = tmp_path / "dapur.yaml"
    changed.write_text(source.read_text(encoding="utf-8") + "\n# diubah\n", encoding="utf-8")
    entry = load_entry(changed)
    assert entry.ok and entry.scenario.content_hash[:64] not in shipped_scales()
    service = BoundsService(tmp_path / "cache")
    assert service.request(entry.scenario) is None
    assert service.wait(entry.scenario) == explore_bounds(entry.scenario)
    assert service.searches == 1


# That each shipped scale is what the analysis finds today is checked where the scales are explored
# anyway: tests/test_content_plans.py (test_the_score_scale_is_complete_and_ships_as_found).
