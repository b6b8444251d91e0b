"""The whole cue-bias report: what the form of the options gives away, validate's B039, the report of
every gate, its text and the command (python -m game.analysis.cues)."""

from __future__ import annotations

import argparse
import json
import sys

from ...content.checks import long_untagged_options, telltale_words
from ...content.diagnostics import diag
from ...engine.model import Scenario
from ...engine.scoring import Bounds
from ..bounds import score_bounds
from ..said import Said
from .common import (
    BEST_LIMIT,
    PASS,
    RUNS,
    SEARCH_BUDGET,
    VALIDATE_RUNS,
    best_ending,
)
from .deadlines import gate_g6
from .gates import gate_g2, gate_g3, gate_g4, gate_g5, misconception_search
from .report_text import TITLES, description, format_report  # noqa: F401 - TITLES re-exported
from .strategies import COUNTER_STRATEGIES, gate_g1, run_strategies


# -- what the form of the options gives away (the same findings as validate's B039) -----------------
def findings(scenario: Scenario) -> dict:
    return {
        "long_untagged_options": [
            {
                "node": node.id,
                "choice": choice.id,
                "lang": lang,
                "times": round(times, 2),
                "line": choice.pos.line,
            }
            for node, choice, lang, times in long_untagged_options(scenario)
        ],
        "telltale_words": [
            {
                "tag": tag,
                "lang": lang,
                "word": word,
                "options": hits,
                "of": total,
                "elsewhere": elsewhere,
                "others": others,
                "line": first.pos.line,
            }
            for tag, lang, word, hits, total, elsewhere, others, first in telltale_words(scenario)
        ],
    }


def strategy_diagnostics(scenario: Scenario, runs: int = VALIDATE_RUNS) -> list:
    """validate's B039 warning when a naive strategy reaches the best ending in more than BEST_LIMIT of
    `runs` seeded runs, located at the best ending. Needs no score scale, so it stays fast."""
    if not scenario.endings or not scenario.nodes:
        return []
    try:
        rows = run_strategies(scenario, runs, scores=False)
    except Exception:  # noqa: BLE001 - a scenario the engine cannot play is reported elsewhere
        return []
    winners = [(name, row) for name, row in rows.items() if row["best"] > BEST_LIMIT]
    if not winners:
        return []
    best = best_ending(scenario)
    said = Said(
        "; ".join(
            f"{description(n, 'en')} in {round(row['best'] * runs)} of {runs} runs" for n, row in winners
        ),
        "; ".join(
            f"{description(n, 'id')} pada {round(row['best'] * runs)} dari {runs} kali main"
            for n, row in winners
        ),
    )
    return [diag("B039", best.pos, ending=best.id, said=said)]


# -- the whole report -------------------------------------------------------------------------------
def report(
    scenario: Scenario,
    runs: int = RUNS,
    budget: int = SEARCH_BUDGET,
    bounds: Bounds | None = None,
    counter: bool = True,
) -> dict:
    bounds = bounds or score_bounds(scenario)
    strategies = run_strategies(scenario, runs, bounds)
    also = run_strategies(scenario, runs, bounds, strategies=COUNTER_STRATEGIES) if counter else {}
    gates = {
        "G1": gate_g1(strategies),
        "G2": gate_g2(misconception_search(scenario, budget=budget)),
        "G3": gate_g3(scenario),
        "G4": gate_g4(scenario),
        "G5": gate_g5(scenario),
        "G6": gate_g6(scenario, budget=budget),
    }
    return {
        "scenario": scenario.id,
        "runs": runs,
        "best_ending": best_ending(scenario).id,
        "passed": all(g["status"] == PASS for g in gates.values()),
        "gates": gates,
        "also_tried": also,  # counter-strategies, reported, not gated
        "findings": findings(scenario),
    }


def main(argv=None) -> int:
    from ...content.diagnostics import format_text
    from ...content.loader import load_file

    parser = argparse.ArgumentParser(
        prog="python -m game.analysis.cues",
        description="Gates G1-G6: can this scenario be won by reading cues?",
    )
    parser.add_argument(
        "scenarios", nargs="+", metavar="SCENARIO", help="scenario .yaml files (plan files are skipped)"
    )
    parser.add_argument("--runs", type=int, default=RUNS, help=f"seeded runs per strategy (default {RUNS})")
    parser.add_argument(
        "--budget",
        type=int,
        default=SEARCH_BUDGET,
        help=f"states each G2 or G6 search may visit (default {SEARCH_BUDGET:,})",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    reports, failed = [], False
    for path in args.scenarios:
        if path.endswith((".plan.yaml", ".plan.yml")):
            continue
        loaded = load_file(path)
        if loaded.scenario is None:
            print(format_text(loaded.errors), file=sys.stderr)
            print(
                f"error: {path} has errors; fix them first (python run_game.py validate {path})",
                file=sys.stderr,
            )
            failed = True
            continue
        rep = report(loaded.scenario, runs=max(1, args.runs), budget=args.budget)
        failed = failed or not rep["passed"]
        if args.json:
            reports.append(rep)
        else:
            print(format_report(rep) + ("\n" if len(args.scenarios) > 1 else ""), flush=True)
    if args.json:
        print(json.dumps(reports[0] if len(reports) == 1 else reports, ensure_ascii=False, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
