"""Quality gates over every shipped scenario (issue 4), part two: each scenario's play-plans pass, and
its score scale is complete and ships as the analysis finds it. A file of its own so that the two
workers share the gates (tests/test_content_gates.py holds the analysis)."""

import pytest

from game.analysis.bounds import score_bounds
from game.analysis.plans import run_plan
from game.content.library import scenario_files
from game.content.loader import load_file
from game.content.plans import load_plans, plan_files

from .conftest import ROOT
from .shipped import shipped_scale

pytestmark = pytest.mark.slow  # every shipped scale explored, and the plans played on it: about 40 s

FILES = scenario_files([ROOT / "scenarios"])
IDS = [f.name for f in FILES]


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_play_plans_cover_the_main_paths_and_pass(path):
    [plan_file] = plan_files([path]) or [None]
    assert plan_file is not None, f"{path.name} has no {path.stem}.plan.yaml beside it"
    plans = load_plans(plan_file)
    assert plans.diagnostics == [] and len(plans.plans) >= 2
    sc = load_file(path).scenario
    bounds = score_bounds(sc)
    for plan in plans.plans:
        result = run_plan(sc, plan, bounds)
        assert result.passed, (plan.name, result.problems)


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_the_score_scale_is_complete_and_ships_as_found(path):
    """Scores run 0-100 between the worst and best any path reaches: a cut search would scale them
    wrongly. The scale shipped in scenarios/scales.json (which the window and the other tests read) is
    the one the analysis finds today: else run python -m game.tools.shipped_scales."""
    scenario = load_file(path).scenario
    found = score_bounds(scenario)  # explored once per scenario in this module (and kept in memory)
    assert found.complete
    assert shipped_scale(scenario) == found, f"{path.name}: run python -m game.tools.shipped_scales"
