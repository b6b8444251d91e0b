"""A projection of the story onto what one ending reads: proves "unreachable" cheaply."""

from __future__ import annotations

from ...engine.conditions import BUILTIN_NAMES, Span, possible
from ...engine.model import END, Scenario
from ..reach import KeyShape, condition_names
from .bound import INF, StaticBound


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
