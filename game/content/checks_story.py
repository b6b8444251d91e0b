"""The story's shape: choices, endings, events, duplicate ids, paths that reach an ending, loops."""

from __future__ import annotations

from collections import deque

from ..engine.model import END, Scenario
from .diagnostics import diag


def check_choices(scenario: Scenario) -> list:
    found = []
    for node in scenario.nodes.values():
        if not node.choices:
            found.append(diag("B081", node.pos, node_id=node.id))
        elif all(c.condition is not None for c in node.choices):
            found.append(diag("B034", node.pos, node_id=node.id))
        if len(node.choices) > 9:
            found.append(diag("B036", node.pos, node_id=node.id, count=len(node.choices)))
        found += [diag("B032", c.pos, choice_id=c.id) for c in node.choices if not c.feedback]
    return found


def check_endings(scenario: Scenario) -> list:
    if not scenario.endings:
        return [diag("B082", scenario.pos)]
    best = [e for e in scenario.endings if e.best]
    if len(best) > 1:
        return [diag("B083", best[1].pos, first=best[0].id, second=best[1].id)]
    default = next((e for e in scenario.endings if e.condition is None), None)
    after = scenario.endings[scenario.endings.index(default) + 1 :] if default else ()
    if after:  # the ending without `if` is always taken: those after it are never reached
        later = ", ".join(f"'{e.id}'" for e in after)
        return [diag("B096", default.pos, ending=default.id, later=later, last=after[-1].id)]
    last = scenario.endings[-1]
    if last.condition is not None:
        return [diag("B033", last.pos, ending=last.id)]
    return []


def check_events(scenario: Scenario) -> list:
    scheduled = {s.event for node in scenario.nodes.values() for c in node.choices for s in c.schedule}
    found = []
    for event in scenario.events.values():
        if event.kind == "delayed" and event.id not in scheduled:
            found.append(diag("B035", event.pos, event=event.id))
    return found


def check_duplicates(scenario: Scenario) -> list:
    found, seen = [], {}
    for node in scenario.nodes.values():
        for choice in node.choices:
            if choice.id in seen:
                line = seen[choice.id].line
                found.append(
                    diag("B013", choice.pos, hint_key="other-line", id=choice.id, what="choices", line=line)
                )
            else:
                seen[choice.id] = choice.pos
    endings: dict = {}
    for ending in scenario.endings:
        if ending.id in endings:
            found.append(diag("B013", ending.pos, id=ending.id, what="endings"))
        endings[ending.id] = ending.pos
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
        diag("B030", node.pos, node_id=node.id) for node in scenario.nodes.values() if node.id not in reached
    ]
    reverse: dict = {n: set() for n in list(scenario.nodes) + [END]}
    for source, targets in graph.items():
        for target in targets:
            reverse.setdefault(target, set()).add(source)
    # a node without choices is told once (B081), not again as a dead end from every node leading to it
    told = [n for n, targets in graph.items() if not targets and not scenario.nodes[n].choices]
    finishing = _walk([END, *told], reverse)
    found += [
        diag("B031", node.pos, node_id=node.id)
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


def check_loops(scenario: Scenario, read: set | None = None) -> list:
    """A loop of nodes that nothing stops (no `if`, no `set` on its choices that a condition reads) can
    be repeated forever: scores and analysis then count it once, which is rarely what the writer meant,
    and a player who keeps choosing the same never reaches an end. `read`: the names some condition
    reads (None: every `set` counts as a way out)."""
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
            or any(read is None or s.flag in read for s in choice.sets)
            or scenario.nodes[node].condition is not None
            or any(b.condition is not None for b in choice.next)
            for node, choice in inside
        )
        if inside and not guarded:
            first = min(component, key=lambda n: scenario.nodes[n].pos.line)
            route = " -> ".join(sorted(component, key=lambda n: scenario.nodes[n].pos.line)) + f" -> {first}"
            found.append(diag("B037", scenario.nodes[first].pos, route=route))
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
