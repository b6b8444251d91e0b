"""What every gate shares: the limits from the issue, the three verdicts and the best ending."""

from __future__ import annotations

from ...engine.model import Ending, Scenario

RUNS = 200  # seeded runs per strategy (seeds 0..RUNS-1)
BEST_LIMIT = 0.20  # no naive strategy may reach the best ending in more of its runs
SCORE_LIMIT = 75  # nor have a higher mean score
RANDOM_FLOOR = 0.03  # random play must reach the best ending at least this often
LONGEST_LIMIT = 0.40  # share of decisions where the longest option is untagged
CORRELATION_LIMIT = 0.5
CORRELATION_AIM = 0.3
BRANCHES_NEEDED = 3
DEADLINES_NEEDED = 1
SEARCH_BUDGET = 300_000  # states (full or projected) each G2 or G6 search may visit
QUICK_STATES = 10_000  # the exact search tried first: finds a witness early when there is one
VALIDATE_RUNS = 20  # `validate` plays each strategy this often: enough to see a cue, and fast

PASS, FAIL, UNKNOWN = "PASS", "FAIL", "UNKNOWN"


def best_ending(scenario: Scenario) -> Ending:
    """The ending marked `best: true`, else the first listed."""
    return scenario.best_ending()
