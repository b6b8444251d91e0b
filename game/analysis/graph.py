"""A scenario as a graph: story nodes, choices as edges, endings marked.

    graph = build_graph(scenario)
    graph.nodes   # GraphNode: id, label, kind, unreachable, dead_end
    graph.edges   # GraphEdge: source, target, label, misconceptions, effects

Reachability comes from the validator (game.content.checks), so the graph
highlights exactly the nodes B030 and B031 report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..content.checks import _diversions, _walk, successors
from ..engine.model import COMPETENCIES, END, Choice, Scenario

START, STORY, FINISH, ENDING, EVENT = "start", "story", "finish", "ending", "event"
MAX_EFFECTS = 3  # the main effects shown on an edge label


@dataclass(frozen=True)
class GraphNode:
    id: str  # unique in the graph: a node id, END, ending:<id> or event:<id>
    label: str
    kind: str  # start | story | finish (END) | ending | event
    unreachable: bool = False
    dead_end: bool = False
    line: int = 0  # where it is written in the scenario file


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    label: str = ""
    choice: str = ""  # the choice id, when the edge is a choice
    misconceptions: tuple = ()
    effects: tuple = ()  # ("collaboration", 2), ... the main ones
    condition: str = ""  # the branch's `if`, when it has one
    style: str = "choice"  # choice | otherwise | ending | divert


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
        )
        for nid, node in scenario.nodes.items()
    ]
    edges = []
    for nid, node in scenario.nodes.items():
        if node.otherwise:
            edges.append(
                GraphEdge(
                    nid,
                    node.otherwise,
                    f"if not ({_source(node.condition)})",
                    condition=f"not ({_source(node.condition)})",
                    style="otherwise",
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
                )
            )
        for choice in node.choices:
            edges += _choice_edges(nid, choice, scenario.competencies())
    if any(e.target == END for e in edges):
        nodes.append(GraphNode(END, "END", FINISH))
        for ending in scenario.endings:
            nodes.append(GraphNode(ending_node_id(ending.id), ending.id, ENDING, line=ending.pos.line))
            condition = _source(ending.condition)
            edges.append(
                GraphEdge(
                    END,
                    ending_node_id(ending.id),
                    f"if {condition}" if condition else "otherwise",
                    condition=condition,
                    style="ending",
                )
            )
    for event in scenario.events.values():
        if event.next and event.next in scenario.nodes:
            nodes.append(GraphNode(f"event:{event.id}", event.id, EVENT, line=event.pos.line))
            edges.append(GraphEdge(f"event:{event.id}", event.next, event.kind, style="divert"))
    known = {n.id for n in nodes}
    edges = [e for e in edges if e.source in known and e.target in known]
    return Graph(scenario.id, scenario.start, tuple(nodes), tuple(edges))


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
            )
        )
    return result


def main_effects(choice: Choice, competencies=COMPETENCIES) -> tuple:
    """Competency changes first (they are scored), then the largest changes to other meters."""
    ranked = sorted(choice.effects, key=lambda e: (e.meter not in competencies, -abs(e.delta)))
    return tuple((e.meter, e.delta) for e in ranked[:MAX_EFFECTS])


def _source(condition) -> str:
    return condition.source.strip() if condition is not None else ""
