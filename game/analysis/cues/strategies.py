"""G1: naive strategies played through the real engine (with its seeded shuffle of the shown options).

Always the longest option (id, en), always the first shown, always the shortest (id), always the option
with the most meeting/collaboration words (Indonesian text), and random; two counter-strategies a
test-wise trainee learns next are played too and reported, not gated.
"""

from __future__ import annotations

import random
import re

from ...engine.model import END, Scenario
from ...engine.rng import SplitMix64
from ...engine.rules import apply_choice, initial_state, shown_choices
from ...engine.scoring import Bounds
from ...engine.session import Session
from ..bounds import score_bounds
from ..said import Said
from .common import BEST_LIMIT, FAIL, PASS, RANDOM_FLOOR, RUNS, SCORE_LIMIT, best_ending

COLLABORATION_WORDS = {
    "id": (
        "musyawarah",
        "rapat",
        "forum",
        "bersama",
        "libatkan",
        "diskusi",
        "warga",
        "tim",
        "kader",
        "pendamping",
        "duduk",
        "ajak",
    ),
    "en": (
        "meeting",
        "together",
        "involve",
        "forum",
        "discuss",
        "residents",
        "team",
        "cadre",
        "facilitator",
        "sit down",
        "invite",
    ),
}
_WORD_RES = {
    lang: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    for lang, words in COLLABORATION_WORDS.items()
}

STRATEGIES = ("longest_id", "longest_en", "first", "shortest_id", "keyword", "random")
# Heuristics a trainee learns once the longest stops winning: reported beside G1 so a writer sees them,
# not gated (the gate names the six above).
COUNTER_STRATEGIES = ("not_longest_id", "median_id")
DESCRIPTIONS = {
    "not_longest_id": "a random option that is not the longest (Indonesian)",
    "median_id": "always the option of middle length (Indonesian)",
    "longest_id": "always the longest option (Indonesian)",
    "longest_en": "always the longest option (English)",
    "first": "always the first option shown",
    "shortest_id": "always the shortest option (Indonesian)",
    "keyword": "always the option with the most meeting/collaboration words (Indonesian)",
    "random": "a random option",
}


# -- G1: naive strategies ---------------------------------------------------------------------------
_HITS: dict = {}


def keyword_hits(text: str, lang: str = "id") -> int:
    """Whole-word, case-insensitive hits of the meeting/collaboration words in `text`."""
    key = (text, lang)
    if key not in _HITS:
        if len(_HITS) > 50_000:
            _HITS.clear()
        _HITS[key] = len(_WORD_RES[lang].findall(text))
    return _HITS[key]


def _pick_max(views, measure) -> int:
    """Position of the first shown option with the highest measure (ties go to the first shown)."""
    best, best_value = 0, None
    for i, view in enumerate(views):
        value = measure(view)
        if best_value is None or value > best_value:
            best, best_value = i, value
    return best


def pick(strategy: str, views, chooser: random.Random | None = None) -> int:
    """The position (among the shown options) a strategy picks."""
    if strategy == "first" or len(views) == 1:
        return 0
    if strategy == "longest_id":
        return _pick_max(views, lambda v: len(v.text.get("id")))
    if strategy == "longest_en":
        return _pick_max(views, lambda v: len(v.text.get("en")))
    if strategy == "shortest_id":
        return _pick_max(views, lambda v: -len(v.text.get("id")))
    if strategy == "keyword":
        return _pick_max(views, lambda v: keyword_hits(v.text.get("id"), "id"))
    if strategy == "random":
        return chooser.randrange(len(views))
    if strategy == "not_longest_id":
        longest = _pick_max(views, lambda v: len(v.text.get("id")))
        others = [i for i in range(len(views)) if i != longest]
        return others[chooser.randrange(len(others))]
    if strategy == "median_id":
        ranked = sorted(range(len(views)), key=lambda i: (len(views[i].text.get("id")), i))
        return ranked[(len(ranked) - 1) // 2]
    raise ValueError(f"unknown strategy '{strategy}'")


def _chooser(seed: int) -> random.Random:
    # Seeded apart from the session's own random source: the engine shuffles the shown options with
    # the seed, and a chooser drawing the very same numbers would pick by authored position.
    return random.Random(f"cues-random:{seed}")


def play(scenario: Scenario, strategy: str, seed: int, bounds: Bounds):
    """One playthrough; returns the session's Result."""
    session = Session(scenario, seed=seed, bounds=bounds)
    chooser = _chooser(seed) if strategy in ("random", "not_longest_id") else None
    while not session.is_over:
        views = session.choices()
        session.choose(views[pick(strategy, views, chooser)].index)
    return session.result()


def _quick_ending(scenario: Scenario, strategy: str, seed: int) -> str | None:
    """The ending one playthrough reaches, by the engine's rules without a Session: the same shuffle
    (shown_choices) and chance draws, but no texts rendered and no score; about twice as fast,
    which is what `validate` needs. Lengths are measured on the texts as written ({sapaan} unfilled)."""
    state = initial_state(scenario)
    chance = SplitMix64.seeded(seed)
    chooser = _chooser(seed) if strategy in ("random", "not_longest_id") else None
    draw = lambda event: chance.random() < event.probability  # noqa: E731 - as Session._draw
    while state.ending is None and state.node != END:
        options = shown_choices(scenario, state, seed)
        apply_choice(scenario, state, options[pick(strategy, options, chooser)], draw, record=False)
    return state.ending


def _mean_score(result) -> float:
    scores = list(result.scores.values())
    return sum(scores) / len(scores) if scores else 0.0


def run_strategies(
    scenario: Scenario,
    runs: int = RUNS,
    bounds: Bounds | None = None,
    strategies=STRATEGIES,
    scores: bool = True,
) -> dict:
    """strategy -> {best, mean_score, endings: {id: share}} over seeds 0..runs-1.

    With `scores=False` no score scale is needed (mean_score is None) and the runs take the quick path
    (see _quick_ending): enough for "does it win".
    """
    if bounds is None and scores:
        bounds = score_bounds(scenario)
    best = best_ending(scenario).id
    out = {}
    for strategy in strategies:
        endings: dict = {}
        total = 0.0
        for seed in range(runs):
            if scores:
                result = play(scenario, strategy, seed, bounds)
                ending = result.ending.id if result.ending else None
                total += _mean_score(result)
            else:
                ending = _quick_ending(scenario, strategy, seed)
            endings[ending] = endings.get(ending, 0) + 1
        out[strategy] = {
            "best": endings.get(best, 0) / runs if runs else 0.0,
            "mean_score": round(total / runs, 1) if scores and runs else None,
            "endings": {e: round(n / runs, 4) for e, n in sorted(endings.items(), key=lambda kv: -kv[1])},
        }
    return out


def gate_g1(strategies: dict) -> dict:
    problems = []
    for name, row in strategies.items():
        if row["best"] > BEST_LIMIT:
            best, limit = f"{row['best']:.0%}", f"{BEST_LIMIT:.0%}"
            problems.append(
                Said(
                    f"{name} reaches the best ending in {best} of runs (limit {limit})",
                    f"{name} mencapai akhir terbaik pada {best} permainan (batas {limit})",
                )
            )
        if row["mean_score"] is not None and row["mean_score"] > SCORE_LIMIT:
            mean = f"{row['mean_score']:.1f}"
            problems.append(
                Said(
                    f"{name} has a mean score of {mean} (limit {SCORE_LIMIT})",
                    f"skor rata-rata {name} {mean} (batas {SCORE_LIMIT})",
                )
            )
    rnd = strategies.get("random")
    if rnd is not None and rnd["best"] < RANDOM_FLOOR:
        best, floor = f"{rnd['best']:.1%}", f"{RANDOM_FLOOR:.0%}"
        problems.append(
            Said(
                f"random reaches the best ending in only {best} of runs (at least {floor} needed)",
                f"pilihan acak mencapai akhir terbaik hanya pada {best} permainan (perlu paling sedikit {floor})",
            )
        )
    return {"status": FAIL if problems else PASS, "problems": problems, "strategies": strategies}
