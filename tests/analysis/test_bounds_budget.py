"""The score-scale search is bounded by states kept as well as by decisions played (issue 13)."""

from game.analysis.bounds import explore_bounds
from game.content.loader import load_file

from ..conftest import SAMPLE


def test_a_search_past_its_state_budget_is_marked_incomplete():
    scenario = load_file(SAMPLE).scenario
    assert explore_bounds(scenario).complete
    assert not explore_bounds(scenario, max_states=2).complete
