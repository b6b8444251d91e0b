"""Cue bias: can a scenario be won by reading cues instead of judging? (issue 10, gates G1-G6)

    python -m game.analysis.cues scenarios/01-musrenbang-tanpa-suara.yaml [--runs 200] [--json]

G1  naive strategies played through the real engine (with its seeded shuffle of the shown options):
    always the longest option (id, en), always the first shown, always the shortest (id), always the
    option with the most meeting/collaboration words (Indonesian text), and random. None may reach the
    best ending in more than 20% of runs or score above 75 on average; random must reach it in >= 3%.
G2  no playthrough with two or more misconception-tagged choices reaches the best ending: a short exact
    search over full states (finds such a path when there is one), then a proof over a projection of
    the story onto what the best ending reads, then the exact search in full; past its budget it says
    "unknown", which is not a pass.
G3  the longest option (by characters, id and en separately) is untagged at <= 40% of the decisions.
G4  collaboration and empathy effects of the choices correlate below 0.5.
G5  at least 3 decisions whose options lead to different next nodes.
G6  at least 1 deadline that a slow path can miss and a fast path can meet, and missing it changes
    which endings can still be reached.

Every gate is PASS, FAIL or UNKNOWN (a search cut by its budget); only PASS passes.
The package, by responsibility: common (limits, verdicts), strategies (G1), bound (StaticBound),
projection (ProjectedSearch), gates (G2-G5), deadlines (G6), report (the whole report, its text, the
command).
"""

from .bound import StaticBound, search_shape
from .common import (
    BEST_LIMIT,
    FAIL,
    PASS,
    RANDOM_FLOOR,
    RUNS,
    SCORE_LIMIT,
    SEARCH_BUDGET,
    UNKNOWN,
    VALIDATE_RUNS,
    best_ending,
)
from .deadlines import deadline_arms, gate_g6
from .gates import (
    SearchResult,
    branching_decisions,
    correlation,
    decisions,
    effect_pairs,
    exact_misconception_search,
    gate_g2,
    gate_g3,
    gate_g4,
    gate_g5,
    misconception_search,
)
from .projection import ProjectedSearch
from .report import TITLES, findings, format_report, main, report, strategy_diagnostics
from .strategies import (
    COUNTER_STRATEGIES,
    DESCRIPTIONS,
    STRATEGIES,
    gate_g1,
    keyword_hits,
    pick,
    play,
    run_strategies,
)

__all__ = [
    "BEST_LIMIT",
    "COUNTER_STRATEGIES",
    "DESCRIPTIONS",
    "FAIL",
    "PASS",
    "RANDOM_FLOOR",
    "RUNS",
    "SCORE_LIMIT",
    "SEARCH_BUDGET",
    "STRATEGIES",
    "TITLES",
    "UNKNOWN",
    "VALIDATE_RUNS",
    "ProjectedSearch",
    "SearchResult",
    "StaticBound",
    "best_ending",
    "branching_decisions",
    "correlation",
    "deadline_arms",
    "decisions",
    "effect_pairs",
    "exact_misconception_search",
    "findings",
    "format_report",
    "gate_g1",
    "gate_g2",
    "gate_g3",
    "gate_g4",
    "gate_g5",
    "gate_g6",
    "keyword_hits",
    "main",
    "misconception_search",
    "pick",
    "play",
    "report",
    "run_strategies",
    "search_shape",
    "strategy_diagnostics",
]
