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
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from dataclasses import dataclass

from ..content.checks import long_untagged_options, successors, telltale_words
from ..content.diagnostics import diag
from ..engine.conditions import BUILTIN_NAMES, Span, possible
from ..engine.model import END, Ending, Scenario
from ..engine.reach import KeyShape, condition_names, transitions, watched_meters
from ..engine.rules import apply_choice, initial_state, shown_choices
from ..engine.scoring import Bounds
from ..engine.session import Session

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
# not gated (the issue's gate names the six above).
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

PASS, FAIL, UNKNOWN = "PASS", "FAIL", "UNKNOWN"


# -- the scenario's best ending ---------------------------------------------------------------------
def best_ending(scenario: Scenario) -> Ending:
    """The ending marked `best: true`, else the first listed."""
    return scenario.best_ending()


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
    chance = random.Random(seed)
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
            problems.append(
                f"{name} reaches the best ending in {row['best']:.0%} of runs (limit {BEST_LIMIT:.0%})"
            )
        if row["mean_score"] is not None and row["mean_score"] > SCORE_LIMIT:
            problems.append(f"{name} has a mean score of {row['mean_score']:.1f} (limit {SCORE_LIMIT})")
    rnd = strategies.get("random")
    if rnd is not None and rnd["best"] < RANDOM_FLOOR:
        problems.append(
            f"random reaches the best ending in only {rnd['best']:.1%} of runs "
            f"(at least {RANDOM_FLOOR:.0%} needed)"
        )
    return {"status": FAIL if problems else PASS, "problems": problems, "strategies": strategies}


# -- what a search must keep of a state ---------------------------------------------------------------
def search_shape(scenario: Scenario, endings=None) -> KeyShape:
    """The full-state key for searches about `endings` (default: all): everything the story's conditions
    and those endings read. Lines' conditions change nothing that happens, so unlike KeyShape "all" they
    are left out (epilogues and long stories read many flags only to word a line)."""
    read = set(condition_names(scenario, endings=False))
    for ending in scenario.endings if endings is None else endings:
        if ending.condition is not None:
            read |= ending.condition.names
    read = frozenset(read)
    return KeyShape(
        watched_meters(scenario, read), read, "turn" in read, bool(read & {"day", "month", "date"})
    )


def _endings_up_to(scenario: Scenario, ending_id: str) -> tuple:
    """The endings that can take precedence over `ending_id`, and itself (the first whose `if` holds wins)."""
    ids = [e.id for e in scenario.endings]
    return scenario.endings[: ids.index(ending_id) + 1]


# -- a cheap bound on what can still happen (cuts the G2 and G6 searches) ---------------------------
INF = math.inf


def _gains(effects) -> tuple:
    up: dict = {}
    down: dict = {}
    for effect in effects:
        if effect.delta > 0:
            up[effect.meter] = up.get(effect.meter, 0) + effect.delta
        elif effect.delta < 0:
            down[effect.meter] = down.get(effect.meter, 0) + effect.delta
    return up, down


class StaticBound:
    """What can still happen to each meter and flag from a node, over every path of nodes with every
    condition assumed true and every event assumed to fire: an over-estimate, so a state it rules an
    ending out for can be skipped safely. It costs milliseconds (exploring the flow can take many
    seconds, and helps only when it completes). `possible_endings(state)` applies it."""

    def __init__(self, scenario: Scenario, shape: KeyShape | None = None):
        self.scenario = scenario
        self.full_shape = shape or search_shape(scenario)
        diverts = {e.next for e in scenario.events.values() if e.next}
        self.edges: dict = {}  # node -> [(up, down, sets, tagged, landing nodes)]
        for node_id, node in scenario.nodes.items():
            rows = []
            for choice in node.choices:
                effects, sets = list(choice.effects), {(f.flag, f.value) for f in choice.sets}
                for item in choice.schedule:
                    event = scenario.events.get(item.event)
                    if event is not None:
                        effects += event.effects
                        sets |= {(f.flag, f.value) for f in event.sets}
                up, down = _gains(effects)
                targets = set()
                for target in [b.target for b in choice.next] + sorted(diverts):
                    targets |= self._landing(target)
                rows.append((up, down, frozenset(sets), 1 if choice.misconceptions else 0, targets))
            self.edges[node_id] = rows
        self.up = self._longest(list(scenario.meters), lambda row: row[0], 1)
        self.down = self._longest(list(scenario.meters), lambda row: row[1], -1)
        self.tagged = self._longest(["tagged"], lambda row: {"tagged": row[3]}, 1)
        self.sets = self._settable()
        self.event_sets = frozenset((f.flag, f.value) for e in scenario.events.values() for f in e.sets)
        read = set()
        for ending in scenario.endings:
            if ending.condition is not None:
                read |= ending.condition.names
        self._meters = tuple(sorted(m for m in read if m in scenario.meters))
        self._flags = tuple(sorted(n for n in read if n not in scenario.meters and n not in BUILTIN_NAMES))
        self._turn, self._day = "turn" in read, bool(read & {"day", "month", "date"})
        self._cache: dict = {}

    def _landing(self, target: str) -> set:
        """Where arriving at `target` can put the story (if/otherwise redirects, missed deadlines)."""
        out, todo = set(), [target]
        while todo:
            node_id = todo.pop()
            if node_id in out:
                continue
            out.add(node_id)
            node = self.scenario.nodes.get(node_id)
            if node is not None:
                todo += [t for t in (node.otherwise, node.deadline.missed if node.deadline else None) if t]
        return out

    def _longest(self, names, part, sign) -> dict:
        """node -> name -> the most (sign 1) or least (sign -1) a path of nodes from there adds up to."""
        nodes = list(self.scenario.nodes)
        pick = max if sign > 0 else min
        best = {n: {m: 0 for m in names} for n in nodes + [END]}
        for name in names:
            for _ in range(len(nodes) + 1):
                changed = set()
                for n in nodes:
                    values = [
                        part(row).get(name, 0) + pick(best.get(t, best[END])[name] for t in row[4])
                        for row in self.edges[n]
                    ]
                    value = pick(values) if values else 0
                    if value * sign > best[n][name] * sign:
                        best[n][name] = value
                        changed.add(n)
                if not changed:
                    break
            else:  # still growing after as many rounds as nodes: a loop that adds every time round
                for _ in range(len(nodes) + 1):
                    for n in nodes:
                        if (
                            any(
                                best.get(t, best[END])[name] * sign == INF
                                for row in self.edges[n]
                                for t in row[4]
                            )
                            or n in changed
                        ):
                            best[n][name] = INF * sign
        return best

    def _settable(self) -> dict:
        sets = {n: set() for n in list(self.scenario.nodes) + [END]}
        changed = True
        while changed:
            changed = False
            for n in self.scenario.nodes:
                for row in self.edges[n]:
                    new = set(row[2]).union(*(sets.get(t, set()) for t in row[4]))
                    if not new <= sets[n]:
                        sets[n] |= new
                        changed = True
        return {n: frozenset(v) for n, v in sets.items()}

    def tagged_ahead(self, node_id: str) -> float:
        """The most misconception-tagged choices a path from this node can still take."""
        return self.tagged.get(node_id, self.tagged[END])["tagged"]

    def possible_endings(self, state) -> frozenset:
        """Indices of the endings this state can still end at."""
        key = (
            state.node,
            tuple(state.meters[m] for m in self._meters),
            tuple(state.flags.get(f, False) for f in self._flags),
            tuple(sorted(p.event for p in state.pending)),
            tuple(sorted(state.fired)),
            state.turn if self._turn else None,
            state.day if self._day else None,
        )
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._possible(state)
        return found

    def extras(self, pending, fired) -> tuple:
        """What events still to come can add to and take from each meter: those pending (ids), and the
        obstacles (each `once` one at most once, unless in `fired`)."""
        scenario = self.scenario
        extra_up: dict = {}
        extra_down: dict = {}
        for event_id in pending:
            up, down = _gains(scenario.events[event_id].effects)
            for name, value in up.items():
                extra_up[name] = extra_up.get(name, 0) + value
            for name, value in down.items():
                extra_down[name] = extra_down.get(name, 0) + value
        for event in scenario.events.values():
            if event.kind != "obstacle" or (event.once and event.id in fired):
                continue
            times = 1 if event.once else INF
            up, down = _gains(event.effects)
            for name, value in up.items():
                extra_up[name] = extra_up.get(name, 0) + value * times
            for name, value in down.items():
                extra_down[name] = extra_down.get(name, 0) + value * times
        return extra_up, extra_down

    def _possible(self, state) -> frozenset:
        scenario = self.scenario
        extra_up, extra_down = self.extras([p.event for p in state.pending], state.fired)
        node = state.node if state.node in self.up else END
        up, down, sets = self.up[node], self.down[node], self.sets.get(node, frozenset()) | self.event_sets

        def lookup(name):
            meter = scenario.meters.get(name)
            if meter is not None:
                value = state.meters[name]
                return Span(
                    meter.clamp(value + down.get(name, 0) + extra_down.get(name, 0)),
                    meter.clamp(value + up.get(name, 0) + extra_up.get(name, 0)),
                )
            if name == "turn":
                return Span(state.turn, INF)
            if name in ("day", "month"):
                return Span(state.day if name == "day" else state.day // 30, INF)
            return frozenset([state.flags.get(name, False)]) | {v for f, v in sets if f == name}

        out = set()
        for i, ending in enumerate(scenario.endings):
            truths = {True} if ending.condition is None else possible(ending.condition, lookup)
            if True in truths:
                out.add(i)
            if False not in truths:
                break  # this one always holds here, so no later ending can be chosen
        return frozenset(out)


# -- a projection of the story onto what one ending reads (proves "unreachable" cheaply) -------------
def _polarity(tree, name: str, sign: int = 1, flag: bool = False) -> set:
    """How `name` pushes a condition towards true: {1} a higher value (for a yes/no flag: true rather
    than false) never makes it less true, {-1} a lower one never does, {0} neither or both; empty when
    the condition does not read it."""
    op = tree[0]
    if op == "lit":
        return set()
    if op == "name":  # read as true or false
        return ({sign} if flag else {0}) if tree[1] == name else set()
    if op in ("and", "or"):
        return _polarity(tree[1], name, sign, flag) | _polarity(tree[2], name, sign, flag)
    if op == "not":
        return _polarity(tree[1], name, -sign, flag)
    if op == "cmp" and tree[1] in ("<", "<=", ">", ">="):
        rising = sign if tree[1] in (">", ">=") else -sign
        return _growth(tree[2], name, rising) | _growth(tree[3], name, -rising)
    return {0} if _reads(tree, name) else set()


def _growth(tree, name: str, sign: int) -> set:
    """As _polarity, for a number: the sign of how `tree` moves as `name` rises."""
    op = tree[0]
    if op == "lit":
        return set()
    if op == "name":
        return {sign} if tree[1] == name else set()
    if op == "+":
        return _growth(tree[1], name, sign) | _growth(tree[2], name, sign)
    if op == "-":
        return _growth(tree[1], name, sign) | _growth(tree[2], name, -sign)
    if op == "neg":
        return _growth(tree[1], name, -sign)
    return {0} if _reads(tree, name) else set()


def _reads(tree, name: str) -> bool:
    if tree[0] == "name":
        return tree[1] == name
    return any(_reads(t, name) for t in tree[1:] if isinstance(t, tuple))


class ProjectedSearch:
    """Can ending number `ending_index` be reached, by a path with at least `needed` tagged choices and
    (with `via`) standing at node `via` on the way? Answered over a projection of the story: only the
    meters that ending's condition reads, and the flags it or the story's conditions read, are followed
    exactly; a condition that reads anything else (another meter, the day, the turn) may go either way,
    and so may deadlines, chance and the timing of delayed events. Every real playthrough has its image
    here, so "no" is a proof; "yes" may be an artefact of the projection (then the exact search
    decides). The projection is far smaller than the full state space: the day and the other meters
    are gone."""

    def __init__(self, scenario: Scenario, ending_index: int, needed: int = 0, via: str | None = None):
        self.scenario = sc = scenario
        self.ending = sc.endings[ending_index]
        self.needed, self.via = needed, via
        self.states = 0
        reads = self.ending.condition.names if self.ending.condition is not None else frozenset()
        self.meters = tuple(sorted(m for m in reads if m in sc.meters))
        self.index = {m: i for i, m in enumerate(self.meters)}
        steer = set(condition_names(sc, endings=False)) | set(reads)
        self.flag_names = tuple(sorted(n for n in steer if n not in sc.meters and n not in BUILTIN_NAMES))
        self.fidx = {f: i for i, f in enumerate(self.flag_names)}
        self._other_flags: dict = {}
        for f in sc.flag_sets():
            self._other_flags.setdefault(f.flag, {False}).add(f.value)
        relevant = set(self.meters)
        self.events = frozenset(
            e.id
            for e in sc.events.values()
            if e.next
            or any(f.flag in self.fidx for f in e.sets)
            or any(x.meter in relevant for x in e.effects)
        )
        self.obstacles = tuple(e for e in sc.events.values() if e.kind == "obstacle" and e.id in self.events)
        self._cache: dict = {}
        self._hold: dict = {}
        self.bound = StaticBound(sc, shape=KeyShape((), frozenset(), False, False))
        self.direction = self._directions()

    def _directions(self) -> tuple:
        """Per followed meter, then per followed flag: +1 or -1 when every condition that reads it only
        gets truer as it rises (falls; for a yes/no flag, true rises above false), and it is read only
        where truer means more possible (a choice's `if`, the ending). Then a state at least as good on
        it can do all another can, and the other need not be searched. 0 where a node's or a branch's
        `if`, or an event's, reads it (those choose between futures), or it is not a number or yes/no."""
        sc = self.scenario
        open_ = [c.condition for n in sc.nodes.values() for c in n.choices] + [self.ending.condition]
        forks = [n.condition for n in sc.nodes.values()] + [
            b.condition for n in sc.nodes.values() for c in n.choices for b in c.next
        ]
        forks += [e.condition for e in sc.events.values()]
        yes_no = {f.flag for f in sc.flag_sets() if not isinstance(f.value, bool)}
        out = []
        for name in self.meters + self.flag_names:
            flag = name in self.fidx
            if any(c is not None and name in c.names for c in forks) or (flag and name in yes_no):
                out.append(0)
                continue
            seen = set().union(*(_polarity(c.tree, name, flag=flag) for c in open_ if c is not None))
            out.append(seen.pop() if len(seen) == 1 else 0)
        return tuple(out)

    def _point(self, values, flags) -> tuple:
        """The ordered parts of a state, turned so that more is better: (meters, bits of the flags)."""
        meters = tuple(v * d for v, d in zip(values, self.direction) if d)
        bits = 0
        for i, (value, d) in enumerate(zip(flags, self.direction[len(values) :])):
            if d and bool(value) == (d > 0):
                bits |= 1 << i
        return meters, bits

    @staticmethod
    def _covers(a, b) -> bool:
        """Entry a = (meters, bits, count, passed) can do all that b can."""
        return a[2] >= b[2] and a[3] >= b[3] and b[1] & ~a[1] == 0 and all(x >= y for x, y in zip(a[0], b[0]))

    def _admit(self, done: list, entry) -> bool:
        """Keep `entry` unless something searched covers it; drop what it covers (an antichain)."""
        if any(self._covers(other, entry) for other in done):
            return False
        done[:] = [other for other in done if not self._covers(entry, other)]
        done.append(entry)
        return True

    # -- three-valued reading of conditions over the projection -------------------------------------
    def _truths(self, condition, values, flags) -> frozenset:
        if condition is None:
            return _TRUE
        names = condition.names
        key = (
            id(condition),
            tuple(values[self.index[n]] for n in names if n in self.index),
            tuple(flags[self.fidx[n]] for n in names if n in self.fidx),
        )
        found = self._cache.get(key)
        if found is None:
            if all(n in self.index or n in self.fidx for n in names):  # known exactly: plain evaluation
                exact = {
                    **{m: values[i] for m, i in self.index.items()},
                    **{f: flags[i] for f, i in self.fidx.items()},
                }
                found = _TRUE if condition.evaluate(exact.__getitem__) else _FALSE
            else:
                found = possible(condition, self._lookup(values, flags))
            self._cache[key] = found
        return found

    def _lookup(self, values, flags):
        meters = self.scenario.meters

        def lookup(name):
            if name in self.index:
                return frozenset([values[self.index[name]]])
            if name in self.fidx:
                return frozenset([flags[self.fidx[name]]])  # followed exactly
            meter = meters.get(name)
            if meter is not None:
                return Span(-INF if meter.min is None else meter.min, INF if meter.max is None else meter.max)
            if name in ("turn", "day", "month", "date"):
                return Span(0, INF)
            return frozenset(self._other_flags.get(name, {False}))

        return lookup

    # -- one step ------------------------------------------------------------------------------------
    def _apply(self, effects, sets, values, flags):
        if any(e.meter in self.index for e in effects):
            values = list(values)
            for effect in effects:
                i = self.index.get(effect.meter)
                if i is not None:
                    values[i] = self.scenario.meters[effect.meter].clamp(values[i] + effect.delta)
            values = tuple(values)
        if any(f.flag in self.fidx for f in sets):
            flags = list(flags)
            for f in sets:
                i = self.fidx.get(f.flag)
                if i is not None:
                    flags[i] = f.value
            flags = tuple(flags)
        return values, flags

    def _fire_some(self, events, values, flags) -> list:
        """Every way these events may or may not fire: (fired ids, values, flags)."""
        outcomes = [((), values, flags)]
        for event in events:
            more = []
            for fired, vals, fl in outcomes:
                truths = self._truths(event.condition, vals, fl)
                if False in truths or event.probability < 1:
                    more.append((fired, vals, fl))  # it may not fire
                if True in truths and event.probability > 0:
                    v2, f2 = self._apply(event.effects, event.sets, vals, fl)
                    more.append((fired + (event.id,), v2, f2))
            outcomes = more
        return outcomes

    def _land(self, target, values, flags) -> set:
        """The nodes arriving at `target` can leave the story at (END included)."""
        out, todo, seen = set(), [target], set()
        while todo:
            node_id = todo.pop()
            if node_id == END or node_id in seen:
                out.add(node_id)
                continue
            seen.add(node_id)
            node = self.scenario.nodes[node_id]
            if node.deadline is not None:
                todo.append(node.deadline.missed)  # it may be too late (the day is not followed)
            truths = self._truths(node.condition, values, flags)
            if True in truths:
                out.add(node_id)
            if False in truths:
                todo.append(node.otherwise or END)
        return out

    def _branches(self, choice, values, flags) -> set:
        targets = set()
        for branch in choice.next:
            truths = self._truths(branch.condition, values, flags)
            if True in truths:
                targets.add(branch.target)
            if False not in truths:
                return targets
        return targets | {choice.next[-1].target}

    def _may_hold(self, node_id, values, flags, pending, fired, count) -> bool:
        """Can the ending still hold from here (StaticBound over the followed meters and flags), with
        enough tagged choices still ahead?"""
        bound = self.bound
        if count + bound.tagged_ahead(node_id) < self.needed:
            return False
        if self.ending.condition is None:
            return True
        names = self.ending.condition.names
        key = (node_id, values, tuple(flags[self.fidx[n]] for n in names if n in self.fidx), pending, fired)
        found = self._hold.get(key)
        if found is None:
            extra_up, extra_down = bound.extras(pending, fired)
            up, down = bound.up[node_id], bound.down[node_id]
            settable = bound.sets.get(node_id, frozenset()) | bound.event_sets
            base = self._lookup(values, flags)
            meters = self.scenario.meters

            def lookup(name):
                if name in self.index:
                    value, meter = values[self.index[name]], meters[name]
                    return Span(
                        meter.clamp(value + down.get(name, 0) + extra_down.get(name, 0)),
                        meter.clamp(value + up.get(name, 0) + extra_up.get(name, 0)),
                    )
                if name in self.fidx:
                    return base(name) | {v for f, v in settable if f == name}
                return base(name)

            found = self._hold[key] = True in possible(self.ending.condition, lookup)
        return found

    def _ends_here(self, values, flags, pending, tally, passed) -> bool:
        if tally < self.needed or (self.via is not None and not passed):
            return False
        events = [self.scenario.events[e] for e in pending]
        return any(
            True in self._truths(self.ending.condition, vals, fl)  # the epilogue: pending events come due
            for _, vals, fl in self._fire_some(events, values, flags)
        )

    def reachable(self, budget: int) -> bool | None:
        """False: proven unreachable; True: reachable in the projection; None: the budget ran out.
        `self.states` says how many projected states were looked at."""
        sc, events = self.scenario, self.scenario.events
        values0 = tuple(sc.meters[m].clamp(sc.meters[m].start) for m in self.meters)
        flags0 = tuple(False for _ in self.flag_names)
        stack = [
            (node, values0, flags0, (), (), 0, node == self.via)
            for node in self._land(sc.start, values0, flags0)
            if node != END
        ]
        seen: dict = {}  # projected state, less its ordered parts -> antichain of (meters, bits, count, passed)
        while stack:
            item = stack.pop()
            node_id, values, flags, pending, fired, count, passed = item
            later: list = []
            key = (node_id, tuple(v for v, d in zip(values + flags, self.direction) if not d), pending, fired)
            if not self._admit(seen.setdefault(key, []), self._point(values, flags) + (count, passed)):
                continue
            self.states += 1
            if self.states > budget:
                return None
            if not self._may_hold(node_id, values, flags, pending, fired, count):
                continue
            for choice in sc.nodes[node_id].choices:
                if True not in self._truths(choice.condition, values, flags):
                    continue
                tally = min(self.needed, count + (1 if choice.misconceptions else 0))
                out = (
                    later if choice.misconceptions and self.needed else stack
                )  # tagged first: breaks show early
                vals, fl = self._apply(choice.effects, choice.sets, values, flags)
                scheduled = tuple(s.event for s in choice.schedule if s.event in self.events)
                waiting = tuple(sorted(pending + scheduled)) if scheduled else pending
                for target in self._branches(choice, vals, fl):
                    if target == END:
                        if self._ends_here(vals, fl, waiting, tally, passed):
                            return True
                        continue
                    for due, v2, f2 in self._fire_some([events[e] for e in waiting], vals, fl):
                        still = tuple(e for e in waiting if e not in due) if due else waiting
                        rolled = [
                            e
                            for e in self.obstacles
                            if not (e.once and e.id in fired) and (not e.at or target in e.at)
                        ]
                        for hit, v3, f3 in self._fire_some(rolled, v2, f2):
                            now_fired = (
                                tuple(sorted(set(fired) | {e for e in hit if events[e].once}))
                                if hit
                                else fired
                            )
                            diverts = {events[e].next for e in due + hit if events[e].next}
                            for t in diverts or (target,):
                                for landed in self._land(t, v3, f3):
                                    if landed == END:
                                        if self._ends_here(v3, f3, still, tally, passed):
                                            return True
                                        continue
                                    out.append(
                                        (
                                            landed,
                                            v3,
                                            f3,
                                            still,
                                            now_fired,
                                            tally,
                                            passed or landed == self.via,
                                        )
                                    )
            stack += later
        return False


_TRUE, _FALSE = frozenset([True]), frozenset([False])


# -- G2: two misconceptions never reach the best ending ---------------------------------------------
@dataclass
class SearchResult:
    status: str  # PASS: no such path; FAIL: `path` is one; UNKNOWN: the budget ran out
    states: int
    path: tuple = ()
    tagged: tuple = ()  # the tagged choices on `path`
    method: str = "exact"  # or "projection": proven on ProjectedSearch


def exact_misconception_search(
    scenario: Scenario, needed: int = 2, budget: int = SEARCH_BUDGET, bound: StaticBound | None = None
) -> SearchResult:
    """Depth-first over full states (search_shape: everything a condition, a branch or the endings up
    to the best one read), each with the count of tagged choices so far, capped at `needed`. A state
    already searched with a count at least as high needs no second visit: every path from it that
    reaches the best ending would have counted at least as many. Every chance outcome counts as
    possible. States from which the best ending can no longer hold, or too few tagged choices remain,
    are cut (StaticBound); tagged choices are tried first, so a path that breaks the gate is found early."""
    target = best_ending(scenario).id
    index = next(i for i, e in enumerate(scenario.endings) if e.id == target)
    bound = bound or StaticBound(scenario, search_shape(scenario, _endings_up_to(scenario, target)))
    shape = bound.full_shape
    searched: dict = {}  # full key -> highest count it was searched with
    stack = [(initial_state(scenario), 0, ())]
    while stack:
        state, count, path = stack.pop()
        key = shape.key(state)
        if searched.get(key, -1) >= count:
            continue
        searched[key] = count
        if len(searched) > budget:
            return SearchResult(UNKNOWN, len(searched))
        if count + bound.tagged_ahead(state.node) < needed or index not in bound.possible_endings(state):
            continue
        later = []
        for t in transitions(scenario, state):
            tagged = min(needed, count + (1 if t.choice.misconceptions else 0))
            step = path + (t.choice.id,)
            if t.state.ending is not None:
                if t.state.ending == target and tagged >= needed:
                    return SearchResult(FAIL, len(searched), step, _tagged_on(scenario, step))
                continue
            (later if t.choice.misconceptions else stack).append((t.state, tagged, step))
        stack += later  # popped first
    return SearchResult(PASS, len(searched))


def misconception_search(scenario: Scenario, needed: int = 2, budget: int = SEARCH_BUDGET) -> SearchResult:
    """Is there a playthrough with >= `needed` misconception-tagged choices that ends at the best ending?

    First the projection (ProjectedSearch: a proof when it says no); when it finds a path there, the
    exact search (tagged choices first) looks for a real one, over the whole budget."""
    index = next(i for i, e in enumerate(scenario.endings) if e.id == best_ending(scenario).id)
    projection = ProjectedSearch(scenario, index, needed=needed)
    if projection.reachable(budget) is False:
        return SearchResult(PASS, projection.states, method="projection")
    full = exact_misconception_search(scenario, needed, budget=budget)
    full.states += projection.states
    return full


def _tagged_on(scenario: Scenario, path: tuple) -> tuple:
    tags = {c.id: c.misconceptions for n in scenario.nodes.values() for c in n.choices}
    return tuple(f"{cid} ({', '.join(tags[cid])})" for cid in path if tags.get(cid))


def gate_g2(found: SearchResult) -> dict:
    entry = {"status": found.status, "states": found.states, "method": found.method}
    if found.status == FAIL:
        entry["path"] = list(found.path)
        entry["tagged"] = list(found.tagged)
        entry["problems"] = [
            f"a path with {len(found.tagged)} misconception-tagged choices reaches the best "
            f"ending: {', '.join(found.tagged)}"
        ]
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
            entry["problems"].append(
                f"the longest option ({lang}) is untagged at {len(hits)} of {len(nodes)} "
                f"decisions ({share:.0%}, limit {LONGEST_LIMIT:.0%})"
            )
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


def correlation(pairs) -> float | None:
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
    entry = {
        "r": None if r is None else round(r, 3),
        "choices": len(pairs),
        "limit": CORRELATION_LIMIT,
        "aim": CORRELATION_AIM,
    }
    if r is None:
        entry["status"], entry["problems"] = (
            FAIL,
            ["collaboration or empathy never changes, so r is undefined"],
        )
    elif r >= CORRELATION_LIMIT:
        entry["status"], entry["problems"] = (
            FAIL,
            [f"r = {r:.2f} (limit {CORRELATION_LIMIT}, aim below {CORRELATION_AIM})"],
        )
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
    problems = (
        []
        if len(nodes) >= BRANCHES_NEEDED
        else [f"{len(nodes)} decision(s) lead to different next nodes (at least {BRANCHES_NEEDED} needed)"]
    )
    return {
        "status": FAIL if problems else PASS,
        "branching": len(nodes),
        "nodes": nodes,
        "problems": problems,
    }


# -- G6: a deadline that matters --------------------------------------------------------------------
def _leads_to(scenario: Scenario, node_id: str) -> set:
    """Nodes from which some path of nodes can arrive at `node_id` (ignoring conditions: a safe bound)."""
    diverts = {e.next for e in scenario.events.values() if e.next}
    back: dict = {}
    for source in scenario.nodes:
        for target in successors(scenario, source) | diverts:
            back.setdefault(target, set()).add(source)
    seen, todo = {node_id}, [node_id]
    while todo:
        for source in back.get(todo.pop(), ()):
            if source not in seen:
                seen.add(source)
                todo.append(source)
    return seen


def deadline_arms(scenario: Scenario, node_id: str, missed: str, bound: StaticBound, budget: int) -> tuple:
    """({ending: reachable?} for playthroughs that stand at `node_id` (met the deadline), the same for
    those that stand at `missed`, states searched). True: a path was found; False: none exists; None:
    not known. First one exact depth-first search over full states, each marked with the arms it is
    already on (a state is cut when neither arm it can still join has an ending left to find there);
    what it did not find within QUICK_STATES is then ruled out, where it can be, by the projection."""
    ids = [e.id for e in scenario.endings]
    leads = {"met": _leads_to(scenario, node_id), "missed": _leads_to(scenario, missed)}
    found = {"met": set(), "missed": set()}
    shape = bound.full_shape
    root = initial_state(scenario)
    stack = [(root, root.node == node_id, root.node == missed)]
    seen: set = set()
    cut = False
    while stack:
        state, met, late = stack.pop()
        key = (shape.key(state), met, late)
        if key in seen:
            continue
        seen.add(key)
        if len(seen) > min(budget, QUICK_STATES):
            cut = True
            break
        arms = [arm for arm, on in (("met", met), ("missed", late)) if on or state.node in leads[arm]]
        left = {ids[i] for i in bound.possible_endings(state)}
        if not any(left - found[arm] for arm in arms):
            continue
        for t in transitions(scenario, state):
            if t.state.ending is not None:
                if met:
                    found["met"].add(t.state.ending)
                if late:
                    found["missed"].add(t.state.ending)
                continue
            stack.append((t.state, met or t.state.node == node_id, late or t.state.node == missed))
    states = len(seen)
    answer = {arm: {e: True if e in found[arm] else (None if cut else False) for e in ids} for arm in found}
    if cut:
        for arm, via in (("met", node_id), ("missed", missed)):
            for i, ending_id in enumerate(ids):
                if answer[arm][ending_id] is None:
                    projection = ProjectedSearch(scenario, i, via=via)
                    if projection.reachable(budget) is False:
                        answer[arm][ending_id] = False
                    states += projection.states
    return answer["met"], answer["missed"], states


def gate_g6(scenario: Scenario, bound: StaticBound | None = None, budget: int = SEARCH_BUDGET) -> dict:
    """For every deadline: which endings a playthrough that meets it (stands at the node) and one that
    misses it (stands at its `missed` node) can still reach. It matters when both arms are reachable and
    some ending is reachable on one arm and provably not on the other."""
    deadlines = [(n.id, n.deadline.missed) for n in scenario.nodes.values() if n.deadline is not None]
    entry = {"deadlines": [], "problems": [], "states": 0}
    if not deadlines:
        entry["status"], entry["problems"] = FAIL, ["no deadline"]
        return entry
    bound = bound or StaticBound(scenario)
    unknown = False
    for node_id, missed in deadlines:
        met, late, states = deadline_arms(scenario, node_id, missed, bound, budget)
        entry["states"] += states
        row = {
            "node": node_id,
            "missed": missed,
            "met_endings": sorted(e for e, ok in met.items() if ok),
            "missed_endings": sorted(e for e, ok in late.items() if ok),
            "unknown": sorted(
                {e for e, ok in met.items() if ok is None} | {e for e, ok in late.items() if ok is None}
            ),
        }
        row["met_reachable"], row["missed_reachable"] = bool(row["met_endings"]), bool(row["missed_endings"])
        differs = any({met[e], late[e]} == {True, False} for e in met)
        row["matters"] = bool(row["met_reachable"] and row["missed_reachable"] and differs)
        unknown = unknown or bool(row["unknown"])
        entry["deadlines"].append(row)
        if row["matters"]:
            break  # one is enough (DEADLINES_NEEDED); the others are not searched
    if sum(row["matters"] for row in entry["deadlines"]) >= DEADLINES_NEEDED:
        entry["status"] = PASS
    elif unknown:
        entry["status"] = UNKNOWN
        entry["problems"].append(
            f"the searches ran out of room ({entry['states']:,} states) before a deadline was shown to matter"
        )
    else:
        entry["status"] = FAIL
        for row in entry["deadlines"]:
            if not row["met_reachable"]:
                entry["problems"].append(f"no path meets the deadline at '{row['node']}'")
            elif not row["missed_reachable"]:
                entry["problems"].append(
                    f"no path misses the deadline at '{row['node']}' (nothing reaches '{row['missed']}')"
                )
            else:
                entry["problems"].append(
                    f"missing the deadline at '{row['node']}' leaves the same endings "
                    f"reachable ({', '.join(row['met_endings'])})"
                )
    return entry


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
_BOUNDS: dict = {}


def bounds_for(scenario: Scenario) -> Bounds:
    """Bounds.of, once per scenario content (it is the expensive part of a run)."""
    key = (scenario.id, scenario.content_hash or id(scenario))
    if key not in _BOUNDS:
        _BOUNDS[key] = Bounds.of(scenario)
    return _BOUNDS[key]


def report(
    scenario: Scenario,
    runs: int = RUNS,
    budget: int = SEARCH_BUDGET,
    bounds: Bounds | None = None,
    counter: bool = True,
) -> dict:
    bounds = bounds or bounds_for(scenario)
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
    from ..content.diagnostics import format_text
    from ..content.loader import load_file

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
