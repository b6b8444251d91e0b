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
from .common import (
    BEST_LIMIT,
    BRANCHES_NEEDED,
    CORRELATION_AIM,
    CORRELATION_LIMIT,
    LONGEST_LIMIT,
    PASS,
    RUNS,
    SEARCH_BUDGET,
    VALIDATE_RUNS,
    best_ending,
)
from .deadlines import gate_g6
from .gates import gate_g2, gate_g3, gate_g4, gate_g5, misconception_search
from .strategies import COUNTER_STRATEGIES, DESCRIPTIONS, gate_g1, run_strategies


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
    said = "; ".join(
        f"{DESCRIPTIONS[name]} in {round(row['best'] * runs)} of {runs} runs" for name, row in winners
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


TITLES = {
    "G1": "naive strategies do not win",
    "G2": "two misconceptions never reach the best ending",
    "G3": "the longest option is rarely the untagged one",
    "G4": "collaboration and empathy effects move apart",
    "G5": "decisions branch to different scenes",
    "G6": "a deadline that changes what can happen",
}


def format_report(rep: dict) -> str:
    g = rep["gates"]
    lines = [
        f"Cue bias in {rep['scenario']}: best ending '{rep['best_ending']}', {rep['runs']} runs per strategy"
    ]
    lines.append(f"G1 {g['G1']['status']:7} {TITLES['G1']}")
    lines.append(f"    {'strategy':12} {'best ending':>11} {'mean score':>10}  endings")
    for name, row in g["G1"]["strategies"].items():
        score = "-" if row["mean_score"] is None else f"{row['mean_score']:.1f}"
        endings = ", ".join(f"{e} {share:.0%}" for e, share in row["endings"].items())
        lines.append(f"    {name:12} {row['best']:>10.1%} {score:>10}  {endings}")
    for name, row in rep.get("also_tried", {}).items():
        score = "-" if row["mean_score"] is None else f"{row['mean_score']:.1f}"
        lines.append(
            f"    {name:12} {row['best']:>10.1%} {score:>10}  (also tried, not gated: {DESCRIPTIONS[name]})"
        )
    g2 = g["G2"]
    detail = f"({g2['states']:,} states searched" + (
        ", proven on the projection)" if g2.get("method") == "projection" else ")"
    )
    lines.append(f"G2 {g2['status']:7} {TITLES['G2']} {detail}")
    g3 = g["G3"]
    lines.append(
        f"G3 {g3['status']:7} {TITLES['G3']}: untagged longest at {g3['id']['untagged_longest']}/"
        f"{g3['decisions']} decisions in id ({g3['id']['share']:.0%}), {g3['en']['untagged_longest']}/"
        f"{g3['decisions']} in en ({g3['en']['share']:.0%}); limit {LONGEST_LIMIT:.0%}"
    )
    g4 = g["G4"]
    r = "undefined" if g4["r"] is None else f"{g4['r']:.2f}"
    lines.append(
        f"G4 {g4['status']:7} {TITLES['G4']}: r = {r} over {g4['choices']} choices "
        f"(limit {CORRELATION_LIMIT}, aim below {CORRELATION_AIM})"
    )
    g5 = g["G5"]
    lines.append(
        f"G5 {g5['status']:7} {TITLES['G5']}: {g5['branching']} (need {BRANCHES_NEEDED})"
        + (f": {', '.join(g5['nodes'])}" if g5["nodes"] else "")
    )
    g6 = g["G6"]
    lines.append(f"G6 {g6['status']:7} {TITLES['G6']}" + ("" if g6["deadlines"] else ": no deadline"))
    for row in g6["deadlines"]:
        lines.append(
            f"    {row['node']} -> {row['missed']}: met {'/'.join(row['met_endings']) or 'unreachable'}; "
            f"missed {'/'.join(row['missed_endings']) or 'unreachable'}"
            + (f"; not known: {'/'.join(row['unknown'])}" if row.get("unknown") else "")
            + ("" if row["matters"] else "  (no difference shown)")
        )
    for key in ("G1", "G2", "G3", "G4", "G5", "G6"):
        if key == "G6" and not g6["deadlines"]:
            continue
        for problem in g[key].get("problems", []):
            lines.append(f"  {key}: {problem}")
    found = rep.get("findings", {})
    if found.get("long_untagged_options"):
        lines.append("Untagged options more than 1.3x as long as every other option at their node:")
        for row in found["long_untagged_options"]:
            lines.append(
                f"    line {row['line']}: {row['node']} / {row['choice']} ({row['lang']}) {row['times']:.1f}x"
            )
    if found.get("telltale_words"):
        lines.append("Words that give a misconception's options away:")
        for row in found["telltale_words"]:
            lines.append(
                f"    '{row['word']}' ({row['lang']}): {row['options']} of {row['of']} {row['tag']} options, "
                f"{row['elsewhere']} of {row['others']} others (first at line {row['line']})"
            )
    lines.append(
        "All gates pass."
        if rep["passed"]
        else "Not passed: " + ", ".join(k for k, v in g.items() if v["status"] != PASS)
    )
    return "\n".join(lines)


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
