"""Rules over a built scenario: one small check_<thing> per rule, each returning diagnostics.
Nothing here prints or reads files (asset lookups come in as a function).

Here: references (nodes, characters, locations, events, meters, names in conditions) and assets;
checks_story.py has the story's shape (choices, endings, paths, loops), checks_cues.py the form of
the options (cue bias).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable

from ..engine.conditions import BUILTIN_NAMES
from ..engine.model import END, Scenario
from . import images
from .build_values import flag_word_fix
from .checks_cues import check_cue_bias, long_untagged_options, telltale_words  # noqa: F401 - re-exported
from .checks_story import (  # noqa: F401 - re-exported (analysis/graph.py walks the same graph)
    _diversions,
    _walk,
    check_choices,
    check_duplicates,
    check_endings,
    check_events,
    check_loops,
    check_reachability,
    successors,
)
from .diagnostics import Diagnostic, diag, shorten
from .reader import NO_WORDS, YES_WORDS

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
    if not any(d.code in ("B020", "B101") for d in found):  # a path to nowhere: told where it is
        found += check_reachability(scenario)
        read = {name for _, c in _conditions(scenario) if c is not None for name in c.names}
        found += check_loops(scenario, read)
    return found


def suggestion(name: str, known: Iterable[str]) -> dict:
    """The shared "did you mean" hint's fields when a known name is close to `name`, else {}."""
    same_letters = [k for k in known if k.lower() == name.lower()]  # ids are case-sensitive: `B` for `b`
    close = same_letters or difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return {"hint_key": "did-you-mean", "suggestion": close[0]} if close else {}


def _unknown(code: str, pos, name: str, known, hint_key: str = "") -> Diagnostic:
    return diag(code, pos, target=name, **(suggestion(name, known) or {"hint_key": hint_key}))


def check_start(scenario: Scenario) -> list:
    if scenario.start and scenario.start not in scenario.nodes:
        pos = scenario.start_pos.or_else(scenario.pos)
        return [_unknown("B020", pos, scenario.start, scenario.nodes, "start")]
    return []


def check_references(scenario: Scenario) -> list:
    found = []
    nodes = scenario.nodes
    characters = scenario.characters

    def node_ref(pos, target, allow_end=True):
        if not target.strip() and allow_end:  # `next:` with nothing after it
            found.append(diag("B101", pos, nodes=", ".join(list(nodes)[:5])))
        elif target not in nodes and not (allow_end and target == END):
            found.append(_unknown("B020", pos, target, list(nodes) + [END]))

    def character_ref(pos, name, hint_key=""):
        if name and name not in characters:
            found.append(_unknown("B021", pos, name, characters, hint_key))

    for node in nodes.values():
        if node.location and node.location not in scenario.locations:
            found.append(
                _unknown("B022", node.location_pos.or_else(node.pos), node.location, scenario.locations)
            )
        if node.otherwise:
            node_ref(node.otherwise_pos.or_else(node.pos), node.otherwise)
        if node.deadline:
            node_ref(node.deadline.missed_pos.or_else(node.pos), node.deadline.missed, allow_end=False)
        for line in node.lines:
            character_ref(line.pos, line.speaker)
        for choice in node.choices:
            for branch in choice.next:
                node_ref(branch.pos, branch.target)
            for item in choice.schedule:
                if item.event not in scenario.events:
                    found.append(_unknown("B023", item.pos, item.event, scenario.events))
    for event in scenario.events.values():
        if event.next:
            node_ref(event.next_pos.or_else(event.pos), event.next, allow_end=False)
        for target in event.at:
            node_ref(event.at_pos.or_else(event.pos), target, allow_end=False)
    for ending in scenario.endings:
        for line in ending.epilogue:
            character_ref(line.pos, line.speaker)
    character_ref(scenario.coach_pos.or_else(scenario.pos), scenario.coach, "coach")
    for meter in scenario.meters.values():
        character_ref(meter.stakeholder_pos.or_else(meter.pos), meter.stakeholder, "stakeholder")
    return found


def check_meters(scenario: Scenario) -> list:
    found = []
    effects = [e for node in scenario.nodes.values() for c in node.choices for e in c.effects]
    effects += [e for event in scenario.events.values() for e in event.effects]
    for effect in effects:
        if effect.meter not in scenario.meters:
            found.append(
                diag("B024", effect.pos, meter=effect.meter, **suggestion(effect.meter, scenario.meters))
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
            at = condition.pos or pos
            hint = _yes_no_hint(condition, name, scenario) or suggestion(name, known)
            found.append(diag("B025", at, source=condition.source, name=name, **hint))
    return found


def _yes_no_hint(condition, name: str, scenario: Scenario) -> dict:
    """B025's hint for `rapat == benar`: a yes/no word is no value in a condition, the flag alone is."""
    if name.lower() not in YES_WORDS + NO_WORDS:
        return {}
    for _, op, left, right in _comparisons(condition.tree):
        for word_side, flag_side in ((left, right), (right, left)):
            if word_side == ("name", name) and flag_side[0] == "name" and op in ("==", "!="):
                if flag_side[1] in scenario.flags:
                    return flag_word_fix(flag_side[1], op, name)
    return {"hint_key": "yes-no-word"}


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
                fields = {"source": condition.source, "name": name, "text": text}
                if name in scenario.meters or name in BUILTIN_NAMES:
                    found.append(diag("B028", condition.pos or pos, op=op, **fields))
                elif flags.get(name) == {bool}:
                    found.append(diag("B080", condition.pos or pos, **fields))
    return found


def check_sets(scenario: Scenario) -> list:
    return [diag("B029", f.pos, flag=f.flag) for f in scenario.flag_sets() if f.flag in scenario.meters]


def check_assets(scenario: Scenario, asset_status: AssetStatus) -> list:
    found = []
    items = [(c.portrait_pos.or_else(c.pos), c.portrait) for c in scenario.characters.values()]
    items += [(loc.background_pos.or_else(loc.pos), loc.background) for loc in scenario.locations.values()]
    for pos, relative in items:
        if not relative:
            continue
        status, path = asset_status(relative)
        if status == "outside":
            found.append(diag("B042", pos, path=relative))
        elif status == "missing":
            found.append(diag("B041", pos, path=shorten(relative)))
        else:
            problem = images.problem(path)
            if problem:
                code, fields = problem
                found.append(diag(code, pos, path=relative, **fields))
    return found
