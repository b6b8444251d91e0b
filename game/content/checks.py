"""Rules over a built scenario: one small check_<thing> per rule, each returning
diagnostics. Nothing here prints or reads files (asset lookups come in as a
function)."""

from __future__ import annotations

import difflib
import re
from collections import deque
from collections.abc import Callable, Iterable

from ..engine.conditions import BUILTIN_NAMES
from ..engine.model import END, Scenario
from . import images
from .diagnostics import Diagnostic, diag, shorten

AssetStatus = Callable[[str], tuple]


def run_checks(scenario: Scenario, asset_status: AssetStatus) -> list:
    found: list = []
    for check in (
        check_start,
        check_references,
        check_meters,
        check_conditions,
        check_comparisons,
        check_sets,
        check_choices,
        check_endings,
        check_events,
        check_duplicates,
        check_cue_bias,
    ):
        found += check(scenario)
    found += check_assets(scenario, asset_status)
    if not any(d.code in ("B020",) for d in found):
        found += check_reachability(scenario)
        found += check_loops(scenario)
    return found


def _suggest(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def _unknown(code: str, pos, kind: str, name: str, known, declare: str) -> Diagnostic:
    hint = _suggest(name, known) or declare
    return diag(code, pos, f"there is no {kind} '{name}'", hint)


def check_start(scenario: Scenario) -> list:
    if scenario.start and scenario.start not in scenario.nodes:
        return [
            _unknown(
                "B020",
                scenario.start_pos.or_else(scenario.pos),
                "node",
                scenario.start,
                scenario.nodes,
                "set 'start' to the id of the first node",
            )
        ]
    return []


def check_references(scenario: Scenario) -> list:
    found = []
    nodes = scenario.nodes

    def node_ref(pos, target, allow_end=True):
        if target not in nodes and not (allow_end and target == END):
            found.append(
                _unknown(
                    "B020",
                    pos,
                    "node",
                    target,
                    list(nodes) + [END],
                    f"add a node '{target}' under nodes:, or use END to finish",
                )
            )

    for node in nodes.values():
        if node.location and node.location not in scenario.locations:
            found.append(
                _unknown(
                    "B022",
                    node.location_pos.or_else(node.pos),
                    "location",
                    node.location,
                    scenario.locations,
                    f"declare '{node.location}' under locations:",
                )
            )
        if node.otherwise:
            node_ref(node.otherwise_pos.or_else(node.pos), node.otherwise)
        if node.deadline:
            node_ref(node.deadline.missed_pos.or_else(node.pos), node.deadline.missed, allow_end=False)
        for line in node.lines:
            if line.speaker and line.speaker not in scenario.characters:
                found.append(
                    _unknown(
                        "B021",
                        line.pos,
                        "character",
                        line.speaker,
                        scenario.characters,
                        f"declare '{line.speaker}' under characters:, or leave out speaker",
                    )
                )
        for choice in node.choices:
            for branch in choice.next:
                node_ref(branch.pos, branch.target)
            for item in choice.schedule:
                if item.event not in scenario.events:
                    found.append(
                        _unknown(
                            "B023",
                            item.pos,
                            "event",
                            item.event,
                            scenario.events,
                            f"declare '{item.event}' under events:",
                        )
                    )
    for event in scenario.events.values():
        if event.next:
            node_ref(event.next_pos.or_else(event.pos), event.next, allow_end=False)
        for target in event.at:
            node_ref(event.at_pos.or_else(event.pos), target, allow_end=False)
    for ending in scenario.endings:
        for line in ending.epilogue:
            if line.speaker and line.speaker not in scenario.characters:
                found.append(
                    _unknown(
                        "B021",
                        line.pos,
                        "character",
                        line.speaker,
                        scenario.characters,
                        f"declare '{line.speaker}' under characters:, or leave out speaker",
                    )
                )
    if scenario.coach and scenario.coach not in scenario.characters:
        found.append(
            _unknown(
                "B021",
                scenario.coach_pos.or_else(scenario.pos),
                "character",
                scenario.coach,
                scenario.characters,
                "the coach must be one of the characters",
            )
        )
    for meter in scenario.meters.values():
        if meter.stakeholder and meter.stakeholder not in scenario.characters:
            found.append(
                _unknown(
                    "B021",
                    meter.stakeholder_pos.or_else(meter.pos),
                    "character",
                    meter.stakeholder,
                    scenario.characters,
                    "a trust meter's stakeholder must be a character id",
                )
            )
    return found


def check_meters(scenario: Scenario) -> list:
    found = []
    effects = [e for node in scenario.nodes.values() for c in node.choices for e in c.effects]
    effects += [e for event in scenario.events.values() for e in event.effects]
    for effect in effects:
        if effect.meter not in scenario.meters:
            found.append(
                diag(
                    "B024",
                    effect.pos,
                    f"meter '{effect.meter}' is not declared",
                    _suggest(effect.meter, scenario.meters)
                    or "declare it under meters: with a label, start, min and max",
                )
            )
    return found


def _conditions(scenario: Scenario):
    for node in scenario.nodes.values():
        yield node.pos, node.condition
        for line in node.lines:
            yield line.pos, line.condition
        for choice in node.choices:
            yield choice.pos, choice.condition
            for branch in choice.next:
                yield branch.pos, branch.condition
    for event in scenario.events.values():
        yield event.pos, event.condition
    for ending in scenario.endings:
        yield ending.pos, ending.condition
        for line in ending.epilogue + ending.debrief:
            yield line.pos, line.condition


def check_conditions(scenario: Scenario) -> list:
    known = set(scenario.meters) | set(scenario.flags) | set(BUILTIN_NAMES)
    found = []
    for pos, condition in _conditions(scenario):
        if condition is None:
            continue
        for name in sorted(condition.names - known):
            found.append(
                diag(
                    "B025",
                    condition.pos or pos,
                    f"the condition '{condition.source}' uses '{name}', "
                    "which is not a meter or a flag any choice sets",
                    _suggest(name, known)
                    or "declare a meter with that id, or set the flag in some choice with set: {"
                    + name
                    + ": true}",
                )
            )
    return found


def _flag_values(scenario: Scenario) -> dict:
    values: dict = {}
    for flag in scenario.flag_sets():
        values.setdefault(flag.flag, set()).add(type(flag.value))
    return values


def _comparisons(tree):
    if tree[0] == "cmp":
        yield tree
    for part in tree[1:]:
        if isinstance(part, tuple):
            yield from _comparisons(part)


def check_comparisons(scenario: Scenario) -> list:
    """`trust >= '50'` or `flag == 'true'` are never true: a quoted value is text."""
    flags, found = _flag_values(scenario), []
    for pos, condition in _conditions(scenario):
        if condition is None:
            continue
        for _, op, left, right in _comparisons(condition.tree):
            for name_side, other in ((left, right), (right, left)):
                if name_side[0] != "name" or other[0] != "lit" or not isinstance(other[1], str):
                    continue
                name, text = name_side[1], other[1]
                if name in scenario.meters or name in BUILTIN_NAMES:
                    found.append(
                        diag(
                            "B028",
                            condition.pos or pos,
                            f"'{condition.source}' compares the number '{name}' with the text '{text}'",
                            f"remove the quotes: {name} {op} {text}",
                        )
                    )
                elif flags.get(name) == {bool}:
                    found.append(
                        diag(
                            "B028",
                            condition.pos or pos,
                            f"'{condition.source}' compares the yes/no flag '{name}' with the text '{text}'",
                            f"write {name} (true when set) or not {name}",
                        )
                    )
    return found


def check_sets(scenario: Scenario) -> list:
    return [
        diag(
            "B029",
            f.pos,
            f"'{f.flag}' is a meter; `set` only sets flags",
            f"change a meter with effects, e.g. effects: {{{f.flag}: 10}}",
        )
        for f in scenario.flag_sets()
        if f.flag in scenario.meters
    ]


def check_choices(scenario: Scenario) -> list:
    found = []
    for node in scenario.nodes.values():
        if not node.choices:
            found.append(
                diag(
                    "B012",
                    node.pos,
                    f"node '{node.id}' has no choices",
                    "add at least one choice; use next: END on a choice to finish the scenario",
                )
            )
        elif all(c.condition is not None for c in node.choices):
            found.append(
                diag(
                    "B034",
                    node.pos,
                    f"every choice of node '{node.id}' has an 'if'",
                    "add one choice without 'if', so the player is never left with nothing to do",
                )
            )
        if len(node.choices) > 9:
            found.append(
                diag(
                    "B036",
                    node.pos,
                    f"node '{node.id}' has {len(node.choices)} choices",
                    "keep to nine at most: players pick them with the keys 1-9",
                )
            )
        for choice in node.choices:
            if not choice.feedback:
                found.append(
                    diag(
                        "B032",
                        choice.pos,
                        f"choice '{choice.id}' has no feedback",
                        "add feedback: what happens in the world because of this choice",
                    )
                )
    return found


def check_endings(scenario: Scenario) -> list:
    if not scenario.endings:
        return [
            diag(
                "B012",
                scenario.pos,
                "the scenario has no endings",
                "add an endings: list; the last ending has no 'if'",
            )
        ]
    best = [e for e in scenario.endings if e.best]
    if len(best) > 1:
        return [
            diag(
                "B013",
                best[1].pos,
                f"endings '{best[0].id}' and '{best[1].id}' are both marked best",
                "mark only one ending best: true (the outcome a trainee should aim for)",
            )
        ]
    last = scenario.endings[-1]
    if last.condition is not None:
        return [
            diag(
                "B033",
                last.pos,
                f"the last ending '{last.id}' has an 'if'",
                "remove its 'if' (or add a final ending without one) so every playthrough ends somewhere",
            )
        ]
    return []


def check_events(scenario: Scenario) -> list:
    scheduled = {s.event for node in scenario.nodes.values() for c in node.choices for s in c.schedule}
    found = []
    for event in scenario.events.values():
        if event.kind == "delayed" and event.id not in scheduled:
            found.append(
                diag(
                    "B035",
                    event.pos,
                    f"no choice schedules the delayed event '{event.id}'",
                    "schedule it from a choice (schedule: - {event: " + event.id + ", after: 1 month}), "
                    "or make it an obstacle (kind: obstacle)",
                )
            )
    return found


def check_duplicates(scenario: Scenario) -> list:
    found, seen = [], {}
    for node in scenario.nodes.values():
        for choice in node.choices:
            if choice.id in seen:
                found.append(
                    diag(
                        "B013",
                        choice.pos,
                        f"the choice id '{choice.id}' is used twice",
                        f"the other one is at line {seen[choice.id].line}; give each its own id",
                    )
                )
            else:
                seen[choice.id] = choice.pos
    endings: dict = {}
    for ending in scenario.endings:
        if ending.id in endings:
            found.append(
                diag(
                    "B013",
                    ending.pos,
                    f"the ending id '{ending.id}' is used twice",
                    "give each ending its own id",
                )
            )
        endings[ending.id] = ending.pos
    return found


def check_assets(scenario: Scenario, asset_status: AssetStatus) -> list:
    found = []
    items = [(c.portrait_pos.or_else(c.pos), c.portrait) for c in scenario.characters.values()]
    items += [(loc.background_pos.or_else(loc.pos), loc.background) for loc in scenario.locations.values()]
    for pos, relative in items:
        if not relative:
            continue
        status, path = asset_status(relative)
        if status == "outside":
            found.append(
                diag(
                    "B042",
                    pos,
                    f"the asset path '{relative}' leaves the scenario's folder",
                    "put the file in the scenario's folder or in assets/ and give a relative path",
                )
            )
        elif status == "missing":
            found.append(
                diag(
                    "B041",
                    pos,
                    f"the file '{shorten(relative)}' does not exist",
                    "check the spelling; paths are relative to the scenario's folder or to assets/",
                )
            )
        else:
            why = images.problem(path)
            if why:
                found.append(
                    diag(
                        "B044",
                        pos,
                        f"the picture '{relative}' cannot be used: {why}",
                        "save it as a PNG or JPEG of at most 3840x2160 pixels (1920x1080 is plenty)",
                    )
                )
    return found


def successors(scenario: Scenario, node_id: str) -> set:
    """Nodes the story can move to from `node_id` (END included), diversions by events aside."""
    node = scenario.nodes[node_id]
    targets = {b.target for c in node.choices for b in c.next}
    if node.otherwise:
        targets.add(node.otherwise)
    if node.deadline:
        targets.add(node.deadline.missed)
    return targets


def _diversions(scenario: Scenario) -> set:
    return {e.next for e in scenario.events.values() if e.next}


def check_reachability(scenario: Scenario) -> list:
    if scenario.start not in scenario.nodes:
        return []
    graph = {n: successors(scenario, n) for n in scenario.nodes}
    diverts = _diversions(scenario) & set(scenario.nodes)
    reached = _walk([scenario.start, *diverts], graph)
    found = [
        diag(
            "B030",
            node.pos,
            f"no path leads to node '{node.id}'",
            "point a choice's next at it, or delete it",
        )
        for node in scenario.nodes.values()
        if node.id not in reached
    ]
    reverse: dict = {n: set() for n in list(scenario.nodes) + [END]}
    for source, targets in graph.items():
        for target in targets:
            reverse.setdefault(target, set()).add(source)
    finishing = _walk([END], reverse)
    found += [
        diag(
            "B031",
            node.pos,
            f"from node '{node.id}' no path reaches an ending",
            "give one of its choices (or of the nodes it leads to) next: END, or a node that leads there",
        )
        for node in scenario.nodes.values()
        if node.id not in finishing and node.id in reached
    ]
    return found


def _walk(starts, graph) -> set:
    seen, queue = set(starts), deque(starts)
    while queue:
        for target in graph.get(queue.popleft(), ()):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def check_loops(scenario: Scenario) -> list:
    """A loop of nodes that nothing stops (no `if`, no `set` on its choices) can be repeated forever:
    scores and analysis then count it once, which is rarely what the writer meant."""
    found = []
    for component in _cycles(scenario):
        inside = [
            (node, choice)
            for node in component
            for choice in scenario.nodes[node].choices
            if any(b.target in component for b in choice.next)
        ]
        guarded = any(
            choice.condition is not None
            or choice.sets
            or scenario.nodes[node].condition is not None
            or any(b.condition is not None for b in choice.next)
            for node, choice in inside
        )
        if inside and not guarded:
            first = min(component, key=lambda n: scenario.nodes[n].pos.line)
            route = " -> ".join(sorted(component, key=lambda n: scenario.nodes[n].pos.line)) + f" -> {first}"
            found.append(
                diag(
                    "B037",
                    scenario.nodes[first].pos,
                    f"the nodes {route} form a loop that a player can go round forever",
                    "give one choice on the loop an `if` (e.g. if: not asked_again) and a `set`, "
                    "so the repeat ends; scores and analyze count each loop only once",
                )
            )
    return found


def _cycles(scenario: Scenario) -> list:
    """Strongly connected groups of nodes that contain a cycle (Tarjan, iterative)."""
    graph = {n: [t for t in successors(scenario, n) if t in scenario.nodes] for n in scenario.nodes}
    index, low, on, stack, result, counter = {}, {}, set(), [], [], [0]
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = set()
                    while True:
                        member = stack.pop()
                        on.discard(member)
                        group.add(member)
                        if member == node:
                            break
                    if len(group) > 1 or node in graph[node]:
                        result.append(group)
            elif child not in index:
                index[child] = low[child] = counter[0]
                counter[0] += 1
                stack.append(child)
                on.add(child)
                work.append((child, iter(graph[child])))
            elif child in on:
                low[node] = min(low[node], index[child])
    return result


# -- cue bias (B039): options that give the answer away by their form, not their content ------------------
LONG_RATIO = 1.3  # an untagged option longer than this times every sibling stands out...
LONG_EXTRA = 20  # ...by at least this many characters (three or four words: less does not show on screen)
TELLTALE_SHARE = 0.5  # a word in more than this share of a tag's options...
TELLTALE_CONTRAST = 3.0  # ...and at least this many times rarer among the other options
TELLTALE_MIN = 3  # options of that tag, and of them containing the word
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOPWORDS = frozenset(
    """
    yang dan di ke dari untuk dengan ini itu supaya agar atau juga akan sudah bisa dulu lalu saja kalau tapi
    tetapi karena pada oleh ada tidak tak belum masih lagi sebagai dalam para sebuah satu semua setiap secara
    kami kita mereka ia dia nya pun apa mana siapa bagaimana agar biar jadi maka serta hanya bahwa akan
    the and for with that this from into onto your you their them they his her its our was were are has have
    had not but all any each every what which who whom how than then also just only still yet so too very
    sapaan tanggal pak bu mbak mas
""".split()
)


def _option_words(text: str) -> set:
    return {w for w in (m.lower() for m in _WORD.findall(text)) if len(w) >= 3 and w not in _STOPWORDS}


def long_untagged_options(scenario: Scenario, ratio: float = LONG_RATIO) -> list:
    """(node, choice, lang, how many times longer than the longest sibling) for every untagged option
    that is more than `ratio` times (and LONG_EXTRA characters) longer than every other option, at a
    node that also has tagged ones."""
    found = []
    for node in scenario.nodes.values():
        if len(node.choices) < 2 or not any(c.misconceptions for c in node.choices):
            continue
        for choice in node.choices:
            if choice.misconceptions:
                continue
            for lang in ("id", "en"):
                mine = len(choice.text.get(lang))
                longest_other = max(len(c.text.get(lang)) for c in node.choices if c is not choice)
                if longest_other and mine > ratio * longest_other and mine - longest_other >= LONG_EXTRA:
                    found.append((node, choice, lang, mine / longest_other))
    return found


def telltale_words(scenario: Scenario) -> list:
    """(tag, lang, word, options of the tag with it, options of the tag, others with it, others, first
    tagged choice with it): words most options of one misconception share and the other options rarely use."""
    options = [c for node in scenario.nodes.values() if len(node.choices) >= 2 for c in node.choices]
    tags = sorted({t for c in options for t in c.misconceptions})
    found = []
    for lang in ("id", "en"):
        words = {id(c): _option_words(c.text.get(lang)) for c in options}
        for tag in tags:
            mine = [c for c in options if tag in c.misconceptions]
            others = [c for c in options if tag not in c.misconceptions]
            if len(mine) < TELLTALE_MIN:
                continue
            counts: dict = {}
            for c in mine:
                for w in words[id(c)]:
                    counts[w] = counts.get(w, 0) + 1
            for word, hits in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                share = hits / len(mine)
                elsewhere = sum(word in words[id(c)] for c in others)
                rate = elsewhere / len(others) if others else 0.0
                if hits >= TELLTALE_MIN and share > TELLTALE_SHARE and share >= TELLTALE_CONTRAST * rate:
                    first = next(c for c in mine if word in words[id(c)])
                    found.append((tag, lang, word, hits, len(mine), elsewhere, len(others), first))
    return found


def check_cue_bias(scenario: Scenario) -> list:
    """Options whose length or wording tells the trainee which one is the mistake (issue 10).
    (`validate` also plays naive strategies through the engine; see game/analysis/cues.py.)"""
    found = []
    for node, choice, lang, times in long_untagged_options(scenario):
        found.append(
            diag(
                "B039",
                choice.pos,
                f"at node '{node.id}' the untagged option '{choice.id}' is "
                f"{times:.1f}x as long ({lang}) as every other option",
                "trainees learn to pick the longest option: match the options in length and detail, "
                "and give each tempting one the reason a real Kabid would have for it",
            )
        )
    for tag, lang, word, hits, total, elsewhere, others, first in telltale_words(scenario):
        found.append(
            diag(
                "B039",
                first.pos,
                f"'{word}' ({lang}) is in {hits} of the {total} {tag} options "
                f"and in only {elsewhere} of the {others} others",
                f"the word alone gives the {tag} options away: say what the option does in other "
                "words, so the mistake shows only in what it means in this situation",
            )
        )
    return found
