"""The shipped scenarios' score scales as they ship (scenarios/scales.json, by content digest).

Exploring a main scenario's scale takes ~20 s; tests that need a scale to play with (not to check it)
read the shipped one. tests/test_content_plans.py checks the file is what the analysis finds today;
game.tools.shipped_scales rewrites it.
"""

import json

from game.analysis.bounds import score_bounds
from game.engine.scoring import Bounds

from .conftest import ROOT


def shipped_scale(scenario) -> Bounds | None:
    """The scale scenarios/scales.json ships for this scenario's content; None when there is none."""
    table = json.loads((ROOT / "scenarios" / "scales.json").read_text(encoding="utf-8"))
    found = table.get(scenario.content_hash)
    return Bounds.from_dict(found) if found else None


def shipped_bounds(scenario) -> Bounds:
    """The scale shipped for this scenario's content, or explored now when the content is not shipped."""
    return shipped_scale(scenario) or score_bounds(scenario)
