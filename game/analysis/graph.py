"""A scenario as a graph: story nodes, choices as edges, endings marked.

    graph = build_graph(scenario)
    graph.nodes   # GraphNode: id, label, kind, unreachable, dead_end
    graph.edges   # GraphEdge: source, target, label, misconceptions, effects

Reachability comes from the validator (game.content.checks), so the graph
highlights exactly the nodes B030 and B031 report. Every choice is an edge of its
own; every event is a node, with an edge from each choice that schedules it (a
delayed event) or each node it may interrupt (an obstacle), and one to the node
it diverts to. A link to a node that does not exist leads to a `missing` node.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..content.checks import _diversions, _walk, successors
from ..engine.model import COMPETENCIES, END, Choice, Scenario

START, STORY, FINISH, ENDING, EVENT = "start", "story", "finish", "ending", "event"
MISSING = "missing"  # the target of a broken link
MAX_EFFECTS = 3  # the main effects shown on an edge label


@dataclass(frozen=True)
class GraphNode:
    id: str  # unique in the graph: a node id, END, ending:<id> or event:<id>
    label: str
    kind: str  # start | story | finish (END) | ending | event | missing
    unreachable: bool = False
    dead_end: bool = False
    line: int = 0  # where it is written in the scenario file
    text: object = None  # a Text to show: a node's first line, an ending's or event's title
    detail: str = ""  # an event's kind: delayed | obstacle


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    label: str = ""
    choice: str = ""  # the choice id, when the edge is a choice
    misconceptions: tuple = ()
    effects: tuple = ()  # ("collaboration", 2), ... the main ones
    condition: str = ""  # the branch's `if`, when it has one
    style: str = "choice"  # choice | otherwise | ending | divert | schedule | obstacle
    line: int = 0  # where the choice (or the link) is written
    broken: bool = False  # the target does not exist (it is drawn as a `missing` node)


@dataclass(frozen=True)
class Graph:
    scenario: str
    start: str
    nodes: tuple = field(default=())
    edges: tuple = field(default=())

    def node(self, node_id: str) -> GraphNode:
        return next(n for n in self.nodes if n.id == node_id)


def reachability(scenario: Scenario) -> tuple:
    """(reached, finishing): nodes a player can get to, and nodes from which END can be reached."""
    graph = {n: successors(scenario, n) for n in scenario.nodes}
    starts = [scenario.start] if scenario.start in scenario.nodes else []
    reached = _walk(starts + sorted(_diversions(scenario) & set(scenario.nodes)), graph)
    reverse: dict = {}
    for source, targets in graph.items():
        for target in targets:
            reverse.setdefault(target, set()).add(source)
    return reached, _walk([END], reverse)


def ending_node_id(ending_id: str) -> str:
    return f"ending:{ending_id}"


def missing_node_id(target: str) -> str:
    return f"missing:{target}"


def event_node_id(event_id: str) -> str:
    return f"event:{event_id}"


def build_graph(scenario: Scenario) -> Graph:
    reached, finishing = reachability(scenario)
    nodes = [
        GraphNode(
            nid,
            nid,
            START if nid == scenario.start else STORY,
            unreachable=nid not in reached,
            dead_end=nid not in finishing,
            line=node.pos.line,
            text=node.lines[0].text if node.lines else None,
        )
        for nid, node in scenario.nodes.items()
    ]
    edges = []
    for nid, node in scenario.nodes.items():
        if node.otherwise:
            condition = f"not ({_source(node.condition)})"
            edges.append(
                GraphEdge(
                    nid,
                    node.otherwise,
                    f"if {condition}",
                    condition=condition,
                    style="otherwise",
                    line=node.otherwise_pos.line,
                )
            )
        if node.deadline:
            edges.append(
                GraphEdge(
                    nid,
                    node.deadline.missed,
                    f"after day {node.deadline.day}",
                    condition=f"day > {node.deadline.day}",
                    style="otherwise",
                    line=node.deadline.pos.line,
                )
            )
        for choice in node.choices:
            edges += _choice_edges(nid, choice, scenario.competencies())
    if any(e.target == END for e in edges):
        nodes.append(GraphNode(END, "END", FINISH))
        for ending in scenario.endings:
            nodes.append(
                GraphNode(
                    ending_node_id(ending.id), ending.id, ENDING, line=ending.pos.line, text=ending.title
                )
            )
            condition = _source(ending.condition)
            edges.append(
                GraphEdge(
                    END,
                    ending_node_id(ending.id),
                    f"if {condition}" if condition else "otherwise",
                    condition=condition,
                    style="ending",
                    line=ending.pos.line,
                )
            )
    nodes, edges = _with_events(scenario, nodes, edges)
    known = {n.id for n in nodes}
    for target in dict.fromkeys(e.target for e in edges if e.target not in known):
        nodes.append(GraphNode(missing_node_id(target), target, MISSING))
    edges = [
        e if e.target in known else replace(e, target=missing_node_id(e.target), broken=True) for e in edges
    ]
    return Graph(scenario.id, scenario.start, tuple(nodes), tuple(edges))


def _with_events(scenario: Scenario, nodes: list, edges: list) -> tuple:
    """Each event as a node: from the choices that schedule it or the nodes it may interrupt, to
    the node it diverts to."""
    for event in scenario.events.values():
        eid = event_node_id(event.id)
        nodes.append(
            GraphNode(eid, event.id, EVENT, line=event.pos.line, text=event.title, detail=event.kind)
        )
        if event.next:
            edges.append(GraphEdge(eid, event.next, "then", style="divert", line=event.next_pos.line))
        chance = f"{event.probability:.0%}" if event.probability < 1 else ""
        condition = _source(event.condition)
        for at in event.at:
            label = " ".join(part for part in (chance, f"if {condition}" if condition else "") if part)
            if at in scenario.nodes:
                edges.append(
                    GraphEdge(at, eid, label, condition=condition, style="obstacle", line=event.at_pos.line)
                )
    for nid, node in scenario.nodes.items():
        for choice in node.choices:
            for promise in choice.schedule:
                if promise.event in scenario.events:
                    edges.append(
                        GraphEdge(
                            nid,
                            event_node_id(promise.event),
                            f"{choice.id}: {_after(promise.after)}",
                            choice=choice.id,
                            style="schedule",
                            line=promise.pos.line,
                        )
                    )
    return nodes, edges


def _after(duration) -> str:
    parts = []
    if duration.days:
        parts.append(f"+{duration.days}d")
    if duration.decisions:
        parts.append(f"+{duration.decisions} dec")
    return " ".join(parts) or "later"


def _choice_edges(nid: str, choice: Choice, competencies: tuple) -> list:
    effects = main_effects(choice, competencies)
    result = []
    for branch in choice.next:
        condition = _source(branch.condition)
        parts = [choice.id]
        if condition:
            parts.append(f"if {condition}")
        parts += [f"{meter} {delta:+g}" for meter, delta in effects]
        parts += [f"! {tag}" for tag in choice.misconceptions]
        result.append(
            GraphEdge(
                nid,
                branch.target,
                "\n".join(parts),
                choice=choice.id,
                misconceptions=choice.misconceptions,
                effects=effects,
                condition=condition,
                line=choice.pos.line,
            )
        )
    return result


def main_effects(choice: Choice, competencies=COMPETENCIES) -> tuple:
    """Competency changes first (they are scored), then the largest changes to other meters."""
    ranked = sorted(choice.effects, key=lambda e: (e.meter not in competencies, -abs(e.delta)))
    return tuple((e.meter, e.delta) for e in ranked[:MAX_EFFECTS])


def _source(condition) -> str:
    return condition.source.strip() if condition is not None else ""
