"""Cue bias: can a scenario be won by reading cues instead of judging? (issue 10, gates G1-G6)

    python -m game.analysis.cues scenarios/01-musrenbang-tanpa-suara.yaml [--runs 200] [--json]

G1  naive strategies played through the real engine (with its seeded shuffle of the shown options):
    always the longest option (id, en), always the first shown, always the shortest (id), always the
    option with the most meeting/collaboration words (Indonesian text), and random. None may reach the
    best ending in more than 20% of runs or score above 75 on average; random must reach it in >= 3%.
G2  no playthrough with two or more misconception-tagged choices reaches the best ending (an exact,
    memoised search over full states; past its budget it says "unknown", which is not a pass).
G3  the longest option (by characters, id and en separately) is untagged at <= 40% of the decisions.
G4  collaboration and empathy effects of the choices correlate below 0.5.
G5  at least 3 decisions whose options lead to different next nodes.
G6  at least 1 deadline that a slow path can miss and a fast path can meet, and missing it changes
    which endings can still be reached.

Every gate is PASS, FAIL or UNKNOWN (a search cut by its budget); only PASS passes.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from dataclasses import dataclass
from typing import Optional

from ..content.checks import long_untagged_options, successors, telltale_words
from ..content.diagnostics import diag
from ..engine.model import END, Ending, Scenario
from ..engine.reach import explore, transitions
from ..engine.rules import apply_choice, initial_state, shown_choices
from ..engine.scoring import Bounds
from ..engine.session import Session
from .endings import EndingSearch

RUNS = 200  # seeded runs per strategy (seeds 0..RUNS-1)
BEST_LIMIT = 0.20  # no naive strategy may reach the best ending in more of its runs
SCORE_LIMIT = 75  # nor have a higher mean score
RANDOM_FLOOR = 0.03  # random play must reach the best ending at least this often
LONGEST_LIMIT = 0.40  # share of decisions where the longest option is untagged
CORRELATION_LIMIT = 0.5
CORRELATION_AIM = 0.3
BRANCHES_NEEDED = 3
DEADLINES_NEEDED = 1
SEARCH_BUDGET = 300_000  # full states (times the misconception count) the G2 search may visit
DEADLINE_STATES = 300_000  # full states all the G6 searches together may visit
VALIDATE_RUNS = 20  # `validate` plays each strategy this often: enough to see a cue, and fast

COLLABORATION_WORDS = {
    "id": ("musyawarah", "rapat", "forum", "bersama", "libatkan", "diskusi", "warga", "tim", "kader",
           "pendamping", "duduk", "ajak"),
    "en": ("meeting", "together", "involve", "forum", "discuss", "residents", "team", "cadre", "facilitator",
           "sit down", "invite"),
}
_WORD_RES = {
    lang: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    for lang, words in COLLABORATION_WORDS.items()
}

STRATEGIES = ("longest_id", "longest_en", "first", "shortest_id", "keyword", "random")
DESCRIPTIONS = {
    "longest_id": "always the longest option (Indonesian)",
    "longest_en": "always the longest option (English)",
    "first": "always the first option shown",
    "shortest_id": "always the shortest option (Indonesian)",
    "keyword": "always the option with the most meeting/collaboration words (Indonesian)",
    "random": "a random option",
}

PASS, FAIL, UNKNOWN = "PASS", "FAIL", "UNKNOWN"


# -- the scenario's best ending ---------------------------------------------------------------------
def best_ending(scenario: Scenario) -> Ending:
    """The ending marked `best: true`, else the first listed."""
    return scenario.best_ending()


# -- G1: naive strategies ---------------------------------------------------------------------------
def keyword_hits(text: str, lang: str = "id") -> int:
    """Whole-word, case-insensitive hits of the meeting/collaboration words in `text`."""
    return len(_WORD_RES[lang].findall(text))


def _pick_max(views, measure) -> int:
    """Position of the first shown option with the highest measure (ties go to the first shown)."""
    best, best_value = 0, None
    for i, view in enumerate(views):
        value = measure(view)
        if best_value is None or value > best_value:
            best, best_value = i, value
    return best


def pick(strategy: str, views, chooser: Optional[random.Random] = None) -> int:
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
    raise ValueError(f"unknown strategy '{strategy}'")


def _chooser(seed: int) -> random.Random:
    # Seeded apart from the session's own random source: the engine shuffles the shown options with
    # the seed, and a chooser drawing the very same numbers would pick by authored position.
    return random.Random(f"cues-random:{seed}")


def play(scenario: Scenario, strategy: str, seed: int, bounds: Bounds):
    """One playthrough; returns the session's Result."""
    session = Session(scenario, seed=seed, bounds=bounds)
    chooser = _chooser(seed) if strategy == "random" else None
    while not session.is_over:
        views = session.choices()
        session.choose(views[pick(strategy, views, chooser)].index)
    return session.result()


def _quick_ending(scenario: Scenario, strategy: str, seed: int) -> Optional[str]:
    """The ending one playthrough reaches, by the engine's rules without a Session: the same shuffle
    (shown_choices) and chance draws, but no texts rendered and no score; about twice as fast,
    which is what `validate` needs. Lengths are measured on the texts as written ({sapaan} unfilled)."""
    state = initial_state(scenario)
    chance = random.Random(seed)
    chooser = _chooser(seed) if strategy == "random" else None
    draw = lambda event: chance.random() < event.probability  # noqa: E731 - as Session._draw
    while state.ending is None and state.node != END:
        options = shown_choices(scenario, state, seed)
        apply_choice(scenario, state, options[pick(strategy, options, chooser)], draw)
    return state.ending


def _mean_score(result) -> float:
    scores = list(result.scores.values())
    return sum(scores) / len(scores) if scores else 0.0


def run_strategies(scenario: Scenario, runs: int = RUNS, bounds: Optional[Bounds] = None,
                   strategies=STRATEGIES, scores: bool = True) -> dict:
    """strategy -> {best, mean_score, endings: {id: share}} over seeds 0..runs-1.

    With `scores=False` no score scale is needed (mean_score is None) and the runs take the quick path
    (see _quick_ending): enough for "does it win".
    """
    if bounds is None and scores:
        bounds = Bounds.of(scenario)
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
            problems.append(f"{name} reaches the best ending in {row['best']:.0%} of runs (limit {BEST_LIMIT:.0%})")
        if row["mean_score"] is not None and row["mean_score"] > SCORE_LIMIT:
            problems.append(f"{name} has a mean score of {row['mean_score']:.1f} (limit {SCORE_LIMIT})")
    rnd = strategies.get("random")
    if rnd is not None and rnd["best"] < RANDOM_FLOOR:
        problems.append(f"random reaches the best ending in only {rnd['best']:.1%} of runs "
                        f"(at least {RANDOM_FLOOR:.0%} needed)")
    return {"status": FAIL if problems else PASS, "problems": problems, "strategies": strategies}


# -- G2: two misconceptions never reach the best ending ---------------------------------------------
@dataclass
class SearchResult:
    status: str  # PASS: no such path; FAIL: `path` is one; UNKNOWN: the budget ran out
    states: int
    path: tuple = ()
    tagged: tuple = ()  # the tagged choices on `path`


def misconception_search(scenario: Scenario, needed: int = 2, budget: int = SEARCH_BUDGET,
                         bound: Optional[EndingSearch] = None) -> SearchResult:
    """Is there a playthrough with >= `needed` misconception-tagged choices that ends at the best ending?

    Depth-first over full states (KeyShape "all": everything a condition, a branch or an ending reads),
    each with the count of tagged choices so far, capped at `needed`. A state already searched with a
    count at least as high needs no second visit: every path from it that reaches the best ending
    would have counted at least as many. Every chance outcome counts as possible. States from which
    the best ending can no longer hold (bounded by the flow summaries, as in EndingSearch) are cut.
    """
    best = best_ending(scenario)
    target = best.id
    index = next(i for i, e in enumerate(scenario.endings) if e.id == target)
    bound = bound or _flow(scenario)
    shape = bound.full_shape
    searched: dict = {}  # full key -> highest count it was searched with
    stack = [(initial_state(scenario), 0, ())]
    while stack:
        state, count, path = stack.pop()
        key = shape.key(state)
        if searched.get(key, -1) >= count:
            continue
        searched[key] = count
        if not bound._may_end(index, state):
            continue
        if len(searched) > budget:
            return SearchResult(UNKNOWN, len(searched))
        for t in transitions(scenario, state):
            tagged = min(needed, count + (1 if t.choice.misconceptions else 0))
            step = path + (t.choice.id,)
            if t.state.ending is not None:
                if t.state.ending == target and tagged >= needed:
                    return SearchResult(FAIL, len(searched), step, _tagged_on(scenario, step))
                continue
            stack.append((t.state, tagged, step))
    return SearchResult(PASS, len(searched))


def _tagged_on(scenario: Scenario, path: tuple) -> tuple:
    tags = {c.id: c.misconceptions for n in scenario.nodes.values() for c in n.choices}
    return tuple(f"{cid} ({', '.join(tags[cid])})" for cid in path if tags.get(cid))


def gate_g2(found: SearchResult) -> dict:
    entry = {"status": found.status, "states": found.states}
    if found.status == FAIL:
        entry["path"] = list(found.path)
        entry["tagged"] = list(found.tagged)
        entry["problems"] = [f"a path with {len(found.tagged)} misconception-tagged choices reaches the best "
                             f"ending: {', '.join(found.tagged)}"]
    elif found.status == UNKNOWN:
        entry["problems"] = [f"the search stopped after {found.states:,} states without an answer"]
    else:
        entry["problems"] = []
    return entry


# -- G3: the longest option is rarely the untagged one ----------------------------------------------
def decisions(scenario: Scenario) -> list:
    """Nodes with two or more options."""
    return [n for n in scenario.nodes.values() if len(n.choices) >= 2]


def longest_is_untagged(node, lang: str) -> bool:
    lengths = [len(c.text.get(lang)) for c in node.choices]
    top = max(lengths)
    return any(not c.misconceptions and n == top for c, n in zip(node.choices, lengths))


def gate_g3(scenario: Scenario) -> dict:
    nodes = decisions(scenario)
    entry = {"decisions": len(nodes), "problems": []}
    for lang in ("id", "en"):
        hits = [n.id for n in nodes if longest_is_untagged(n, lang)]
        share = len(hits) / len(nodes) if nodes else 0.0
        entry[lang] = {"untagged_longest": len(hits), "share": round(share, 4), "nodes": hits}
        if share > LONGEST_LIMIT:
            entry["problems"].append(f"the longest option ({lang}) is untagged at {len(hits)} of {len(nodes)} "
                                     f"decisions ({share:.0%}, limit {LONGEST_LIMIT:.0%})")
    entry["status"] = FAIL if entry["problems"] else PASS
    return entry


# -- G4: collaboration and empathy move apart -------------------------------------------------------
def effect_pairs(scenario: Scenario) -> list:
    """(collaboration delta, empathy delta) of every choice (0 where it does not touch one)."""
    pairs = []
    for node in scenario.nodes.values():
        for choice in node.choices:
            total = {"collaboration": 0.0, "empathy": 0.0}
            for effect in choice.effects:
                if effect.meter in total:
                    total[effect.meter] += effect.delta
            pairs.append((total["collaboration"], total["empathy"]))
    return pairs


def correlation(pairs) -> Optional[float]:
    """Pearson's r; None when either side never varies."""
    n = len(pairs)
    if n < 2:
        return None
    mx = sum(p[0] for p in pairs) / n
    my = sum(p[1] for p in pairs) / n
    sxx = sum((p[0] - mx) ** 2 for p in pairs)
    syy = sum((p[1] - my) ** 2 for p in pairs)
    if sxx == 0 or syy == 0:
        return None
    sxy = sum((p[0] - mx) * (p[1] - my) for p in pairs)
    return sxy / math.sqrt(sxx * syy)


def gate_g4(scenario: Scenario) -> dict:
    pairs = effect_pairs(scenario)
    r = correlation(pairs)
    entry = {"r": None if r is None else round(r, 3), "choices": len(pairs), "limit": CORRELATION_LIMIT,
             "aim": CORRELATION_AIM}
    if r is None:
        entry["status"], entry["problems"] = FAIL, ["collaboration or empathy never changes, so r is undefined"]
    elif r >= CORRELATION_LIMIT:
        entry["status"], entry["problems"] = FAIL, [f"r = {r:.2f} (limit {CORRELATION_LIMIT}, aim below "
                                                    f"{CORRELATION_AIM})"]
    else:
        entry["status"], entry["problems"] = PASS, []
    return entry


# -- G5: real branches ------------------------------------------------------------------------------
def branching_decisions(scenario: Scenario) -> list:
    """Decisions whose options do not all lead to the same next node(s)."""
    found = []
    for node in decisions(scenario):
        targets = {frozenset(b.target for b in c.next) for c in node.choices}
        if len(targets) >= 2:
            found.append(node.id)
    return found


def gate_g5(scenario: Scenario) -> dict:
    nodes = branching_decisions(scenario)
    problems = [] if len(nodes) >= BRANCHES_NEEDED else [
        f"{len(nodes)} decision(s) lead to different next nodes (at least {BRANCHES_NEEDED} needed)"]
    return {"status": FAIL if problems else PASS, "branching": len(nodes), "nodes": nodes, "problems": problems}


# -- G6: a deadline that matters --------------------------------------------------------------------
def _leads_to(scenario: Scenario, node_id: str) -> set:
    """Nodes from which some path of nodes can arrive at `node_id` (ignoring conditions: a safe bound)."""
    diverts = {e.next for e in scenario.events.values() if e.next}
    back: dict = {}
    for source, node in scenario.nodes.items():
        targets = successors(scenario, source) | diverts
        for target in targets:
            back.setdefault(target, set()).add(source)
    seen, todo = {node_id}, [node_id]
    while todo:
        for source in back.get(todo.pop(), ()):
            if source not in seen:
                seen.add(source)
                todo.append(source)
    return seen


class _Budget:
    def __init__(self, states: int):
        self.left = states


def reachable_via(scenario: Scenario, ending_index: int, via: str, bound: EndingSearch, budget: _Budget,
                  leads=None) -> Optional[bool]:
    """Can ending number `ending_index` be reached by a playthrough that stands at node `via` on the way?
    None when the budget ran out first. Depth first over full states (each marked: been at `via` yet?),
    cutting states from which the ending can no longer hold or `via` can no longer be reached."""
    target = scenario.endings[ending_index].id
    leads = _leads_to(scenario, via) if leads is None else leads
    shape = bound.full_shape
    root = initial_state(scenario)
    stack, seen = [(root, root.node == via)], set()
    while stack:
        state, passed = stack.pop()
        key = (shape.key(state), passed)
        if key in seen:
            continue
        seen.add(key)
        budget.left -= 1
        if budget.left < 0:
            return None
        if (not passed and state.node not in leads) or not bound._may_end(ending_index, state):
            continue
        for t in transitions(scenario, state):
            if t.state.ending is not None:
                if passed and t.state.ending == target:
                    return True
                continue
            stack.append((t.state, passed or t.state.node == via))
    return False


def _flow(scenario: Scenario):
    flow = explore(scenario, scope="flow")
    usable = flow.summaries if flow.complete and not flow.cyclic else {}
    return EndingSearch(scenario, usable, flow.shape)


def gate_g6(scenario: Scenario, bound: Optional[EndingSearch] = None, budget: int = DEADLINE_STATES) -> dict:
    """For every deadline: which endings a playthrough that meets it (stands at the node) and one that
    misses it (stands at its `missed` node) can still reach. It matters when both arms are reachable and
    their endings differ."""
    deadlines = [(n.id, n.deadline.missed) for n in scenario.nodes.values() if n.deadline is not None]
    entry = {"deadlines": [], "problems": []}
    if not deadlines:
        entry["status"], entry["problems"] = FAIL, ["no deadline"]
        return entry
    bound = bound or _flow(scenario)
    left = _Budget(budget)
    unknown = False
    for node_id, missed in deadlines:
        arms = {}
        for arm, via in (("met", node_id), ("missed", missed)):
            leads = _leads_to(scenario, via)
            arms[arm] = {e.id: reachable_via(scenario, i, via, bound, left, leads)
                         for i, e in enumerate(scenario.endings)}
        met, late = arms["met"], arms["missed"]
        row = {
            "node": node_id, "missed": missed,
            "met_endings": sorted(e for e, ok in met.items() if ok),
            "missed_endings": sorted(e for e, ok in late.items() if ok),
            "unknown": sorted({e for e, ok in met.items() if ok is None} | {e for e, ok in late.items() if ok is None}),
        }
        row["met_reachable"], row["missed_reachable"] = bool(row["met_endings"]), bool(row["missed_endings"])
        # proven different: an ending one arm reaches and the other provably cannot
        differs = any((met[e] is True and late[e] is False) or (met[e] is False and late[e] is True) for e in met)
        row["matters"] = bool(row["met_reachable"] and row["missed_reachable"] and differs)
        unknown = unknown or bool(row["unknown"])
        entry["deadlines"].append(row)
    entry["states"] = budget - max(left.left, 0)
    if sum(row["matters"] for row in entry["deadlines"]) >= DEADLINES_NEEDED:
        entry["status"] = PASS
    elif unknown:
        entry["status"] = UNKNOWN
        entry["problems"].append(f"the search stopped after {budget:,} states before a deadline was shown to "
                                 "matter")
    else:
        entry["status"] = FAIL
        for row in entry["deadlines"]:
            if not row["met_reachable"]:
                entry["problems"].append(f"no path meets the deadline at '{row['node']}'")
            elif not row["missed_reachable"]:
                entry["problems"].append(f"no path misses the deadline at '{row['node']}' "
                                         f"(nothing reaches '{row['missed']}')")
            else:
                entry["problems"].append(f"missing the deadline at '{row['node']}' leaves the same endings "
                                         f"reachable ({', '.join(row['met_endings'])})")
    return entry


# -- what the form of the options gives away (the same findings as validate's B039) -----------------
def findings(scenario: Scenario) -> dict:
    return {
        "long_untagged_options": [
            {"node": node.id, "choice": choice.id, "lang": lang, "times": round(times, 2), "line": choice.pos.line}
            for node, choice, lang, times in long_untagged_options(scenario)
        ],
        "telltale_words": [
            {"tag": tag, "lang": lang, "word": word, "options": hits, "of": total, "elsewhere": elsewhere,
             "others": others, "line": first.pos.line}
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
    said = "; ".join(f"{DESCRIPTIONS[name]} in {round(row['best'] * runs)} of {runs} runs" for name, row in winners)
    return [diag("B039", best.pos, f"the best ending '{best.id}' is reached without judgement: {said}",
                 "make each option as long and as detailed as the others, give the tempting ones a real reason, "
                 "and let the best ending need good choices at several decisions; `python run_game.py analyze "
                 "FILE --cues` shows every strategy with 200 runs")]


# -- the whole report -------------------------------------------------------------------------------
_BOUNDS: dict = {}


def bounds_for(scenario: Scenario) -> Bounds:
    """Bounds.of, once per scenario content (it is the expensive part of a run)."""
    key = (scenario.id, scenario.content_hash or id(scenario))
    if key not in _BOUNDS:
        _BOUNDS[key] = Bounds.of(scenario)
    return _BOUNDS[key]


def report(scenario: Scenario, runs: int = RUNS, budget: int = SEARCH_BUDGET,
           bounds: Optional[Bounds] = None) -> dict:
    bounds = bounds or bounds_for(scenario)
    strategies = run_strategies(scenario, runs, bounds)
    bound = _flow(scenario)  # what can still happen from each state: cuts the G2 and G6 searches
    gates = {
        "G1": gate_g1(strategies),
        "G2": gate_g2(misconception_search(scenario, budget=budget, bound=bound)),
        "G3": gate_g3(scenario),
        "G4": gate_g4(scenario),
        "G5": gate_g5(scenario),
        "G6": gate_g6(scenario, bound=bound),
    }
    return {
        "scenario": scenario.id,
        "runs": runs,
        "best_ending": best_ending(scenario).id,
        "passed": all(g["status"] == PASS for g in gates.values()),
        "gates": gates,
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
    lines = [f"Cue bias in {rep['scenario']}: best ending '{rep['best_ending']}', {rep['runs']} runs per strategy"]
    lines.append(f"G1 {g['G1']['status']:7} {TITLES['G1']}")
    lines.append(f"    {'strategy':12} {'best ending':>11} {'mean score':>10}  endings")
    for name, row in g["G1"]["strategies"].items():
        score = "-" if row["mean_score"] is None else f"{row['mean_score']:.1f}"
        endings = ", ".join(f"{e} {share:.0%}" for e, share in row["endings"].items())
        lines.append(f"    {name:12} {row['best']:>10.1%} {score:>10}  {endings}")
    g2 = g["G2"]
    detail = f"({g2['states']:,} states searched)"
    lines.append(f"G2 {g2['status']:7} {TITLES['G2']} {detail}")
    g3 = g["G3"]
    lines.append(f"G3 {g3['status']:7} {TITLES['G3']}: untagged longest at {g3['id']['untagged_longest']}/"
                 f"{g3['decisions']} decisions in id ({g3['id']['share']:.0%}), {g3['en']['untagged_longest']}/"
                 f"{g3['decisions']} in en ({g3['en']['share']:.0%}); limit {LONGEST_LIMIT:.0%}")
    g4 = g["G4"]
    r = "undefined" if g4["r"] is None else f"{g4['r']:.2f}"
    lines.append(f"G4 {g4['status']:7} {TITLES['G4']}: r = {r} over {g4['choices']} choices "
                 f"(limit {CORRELATION_LIMIT}, aim below {CORRELATION_AIM})")
    g5 = g["G5"]
    lines.append(f"G5 {g5['status']:7} {TITLES['G5']}: {g5['branching']} (need {BRANCHES_NEEDED})"
                 + (f": {', '.join(g5['nodes'])}" if g5["nodes"] else ""))
    g6 = g["G6"]
    lines.append(f"G6 {g6['status']:7} {TITLES['G6']}"
                 + ("" if g6["deadlines"] else ": no deadline"))
    for row in g6["deadlines"]:
        lines.append(f"    {row['node']} -> {row['missed']}: met {'/'.join(row['met_endings']) or 'unreachable'}; "
                     f"missed {'/'.join(row['missed_endings']) or 'unreachable'}"
                     + (f"; not known: {'/'.join(row['unknown'])}" if row.get("unknown") else "")
                     + ("" if row["matters"] else "  (no difference shown)"))
    for key in ("G1", "G2", "G3", "G4", "G5", "G6"):
        if key == "G6" and not g6["deadlines"]:
            continue
        for problem in g[key].get("problems", []):
            lines.append(f"  {key}: {problem}")
    found = rep.get("findings", {})
    if found.get("long_untagged_options"):
        lines.append("Untagged options more than 1.3x as long as every other option at their node:")
        for row in found["long_untagged_options"]:
            lines.append(f"    line {row['line']}: {row['node']} / {row['choice']} ({row['lang']}) {row['times']:.1f}x")
    if found.get("telltale_words"):
        lines.append("Words that give a misconception's options away:")
        for row in found["telltale_words"]:
            lines.append(f"    '{row['word']}' ({row['lang']}): {row['options']} of {row['of']} {row['tag']} options, "
                         f"{row['elsewhere']} of {row['others']} others (first at line {row['line']})")
    lines.append("All gates pass." if rep["passed"] else
                 "Not passed: " + ", ".join(k for k, v in g.items() if v["status"] != PASS))
    return "\n".join(lines)


def main(argv=None) -> int:
    from ..content.loader import load_file
    from ..content.diagnostics import format_text

    parser = argparse.ArgumentParser(prog="python -m game.analysis.cues",
                                     description="Gates G1-G6: can this scenario be won by reading cues?")
    parser.add_argument("scenarios", nargs="+", metavar="SCENARIO", help="scenario .yaml files (plan files are skipped)")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"seeded runs per strategy (default {RUNS})")
    parser.add_argument("--budget", type=int, default=SEARCH_BUDGET,
                        help=f"states the G2 search may visit (default {SEARCH_BUDGET:,})")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    reports, failed = [], False
    for path in args.scenarios:
        if path.endswith((".plan.yaml", ".plan.yml")):
            continue
        loaded = load_file(path)
        if loaded.scenario is None:
            print(format_text(loaded.errors), file=sys.stderr)
            print(f"error: {path} has errors; fix them first (python run_game.py validate {path})", file=sys.stderr)
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
