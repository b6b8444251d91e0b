"""A cheap bound on what can still happen from a node (cuts the G2 and G6 searches), and the key
those searches keep of a state."""

from __future__ import annotations

import math

from ...engine.conditions import BUILTIN_NAMES, Span, possible
from ...engine.model import END, Scenario
from ..reach import KeyShape, condition_names, watched_meters


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
