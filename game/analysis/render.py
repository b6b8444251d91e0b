"""Writing a Graph as Mermaid, Graphviz DOT or SVG text, and the layered layout
the SVG (and the pygame PNG) draw. Pure Python: no graphviz needed.

The layout is plain data (Layout, Box, Arrow), so a drawing module elsewhere
can paint exactly the same picture without importing anything from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from .graph import ENDING, EVENT, FINISH, START, STORY, Graph, GraphNode

CHAR_W, LINE_H, PAD = 7.2, 16, 8  # a rough width of a 12 px sans-serif character
LABEL_CHAR_W, LABEL_LINE_H = 6.0, 12
LAYER_GAP, BOX_GAP, MARGIN = 44, 28, 24

# kind/state -> (fill, stroke); shared by the SVG and the PNG so they look alike
COLOURS = {
    "story": ("#eef3fb", "#4a6fa5"),
    "start": ("#e3f4e1", "#2f7d32"),
    "finish": ("#333333", "#333333"),
    "ending": ("#fff4d6", "#b8860b"),
    "event": ("#f3e8fb", "#7b4fa5"),
    "unreachable": ("#eeeeee", "#999999"),
    "dead_end": ("#fde8e8", "#c62828"),
}
EDGE_COLOUR, MISCONCEPTION_COLOUR = "#555555", "#d35400"


# -- Mermaid -----------------------------------------------------------------------
def to_mermaid(graph: Graph) -> str:
    ids = {n.id: f"n{i}" for i, n in enumerate(graph.nodes)}
    out = ["flowchart TD"]
    for node in graph.nodes:
        text = _mermaid_text(_node_caption(node))
        shape = {FINISH: f"(({text}))", ENDING: f"([{text}])", EVENT: f"{{{{{text}}}}}"}.get(
            node.kind, f"[{text}]"
        )
        out.append(f"    {ids[node.id]}{shape}")
    for edge in graph.edges:
        label = f"|{_mermaid_text(edge.label)}|" if edge.label else ""
        arrow = "-.->" if edge.style in ("otherwise", "divert") else "-->"
        out.append(f"    {ids[edge.source]} {arrow}{label} {ids[edge.target]}")
    for cls, (fill, stroke) in COLOURS.items():
        dash = ",stroke-dasharray: 5 5" if cls == "unreachable" else ""
        colour = ",color:#ffffff" if cls == "finish" else ""
        out.append(f"    classDef {cls} fill:{fill},stroke:{stroke},stroke-width:2px{dash}{colour}")
    for node in graph.nodes:
        out.append(f"    class {ids[node.id]} {_style(node)}")
    return "\n".join(out) + "\n"


def _mermaid_text(text: str) -> str:
    safe = text.replace("&", "&amp;").replace('"', "#quot;").replace("<", "&lt;").replace(">", "&gt;")
    return '"' + safe.replace("\n", "<br/>") + '"'


# -- DOT ---------------------------------------------------------------------------
def to_dot(graph: Graph) -> str:
    out = [
        f"digraph {_dot(graph.scenario or 'scenario')} {{",
        "    rankdir=TB;",
        '    node [shape=box, style="rounded,filled", fontname="DejaVu Sans", fontsize=11];',
        '    edge [fontname="DejaVu Sans", fontsize=9];',
    ]
    for node in graph.nodes:
        fill, stroke = COLOURS[_style(node)]
        shape = {FINISH: "circle", ENDING: "doubleoctagon", EVENT: "hexagon"}.get(node.kind, "box")
        style = '"rounded,filled,dashed"' if node.unreachable else '"rounded,filled"'
        font = ', fontcolor="#ffffff"' if node.kind == FINISH else ""
        out.append(
            f"    {_dot(node.id)} [label={_dot(_node_caption(node))}, shape={shape}, style={style}, "
            f'fillcolor="{fill}", color="{stroke}"{font}];'
        )
    for edge in graph.edges:
        colour = MISCONCEPTION_COLOUR if edge.misconceptions else EDGE_COLOUR
        style = ", style=dashed" if edge.style in ("otherwise", "divert") else ""
        out.append(
            f"    {_dot(edge.source)} -> {_dot(edge.target)} [label={_dot(edge.label)}, "
            f'color="{colour}"{style}];'
        )
    out.append("}")
    return "\n".join(out) + "\n"


def _dot(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a DOT quoted string: \" and \n escapes


def _node_caption(node: GraphNode) -> str:
    notes = []
    if node.kind == START:
        notes.append("(start)")
    if node.kind == ENDING:
        notes.append("(ending)")
    if node.unreachable:
        notes.append("UNREACHABLE")
    elif node.dead_end and node.kind not in (FINISH, ENDING):
        notes.append("DEAD END")
    return "\n".join([node.label, *notes])


def _style(node: GraphNode) -> str:
    if node.unreachable:
        return "unreachable"
    if node.dead_end and node.kind not in (FINISH, ENDING, EVENT):
        return "dead_end"
    return node.kind


# -- layout ------------------------------------------------------------------------
@dataclass
class Box:
    id: str
    x: float
    y: float
    w: float
    h: float
    lines: list
    style: str  # a key of COLOURS
    kind: str


@dataclass
class Arrow:
    source: str
    target: str
    points: list  # [(x, y), ...]: a polyline ending at the target
    label: list  # lines of text
    colour: str
    dashed: bool = False
    count: int = 1  # how many graph edges (choices) this line stands for
    anchor: tuple = ()  # top-left of the label, when the layout placed it


@dataclass
class Layout:
    width: float
    height: float
    boxes: list = field(default_factory=list)
    arrows: list = field(default_factory=list)


def layers(graph: Graph) -> dict:
    """Layer of each node: distance from the start (others from their own roots); END and endings last."""
    succ: dict = {n.id: [] for n in graph.nodes}
    for edge in graph.edges:
        succ[edge.source].append(edge.target)
    story = [n.id for n in graph.nodes if n.kind in (START, STORY)]
    layer: dict = {}
    for root in [graph.start] + story:
        if root in layer or root not in succ:
            continue
        base = 0 if root == graph.start else max(layer.values(), default=-1) + 1
        layer[root], queue = base, [root]
        while queue:
            current = queue.pop(0)
            for target in succ[current]:
                if target in succ and target not in layer and target in story:
                    layer[target] = layer[current] + 1
                    queue.append(target)
    last = max(layer.values(), default=-1)
    for node in graph.nodes:
        if node.kind == FINISH:
            layer[node.id] = last + 1
        elif node.kind == ENDING:
            layer[node.id] = last + 2
    for node in graph.nodes:
        if node.kind == EVENT:
            targets = [layer.get(t, 1) for t in succ[node.id]]
            layer[node.id] = max(0, min(targets, default=1) - 1)
    return layer


def layout(graph: Graph) -> Layout:
    layer = layers(graph)
    rows: dict = {}
    for node in graph.nodes:
        rows.setdefault(layer[node.id], []).append(node)
    _order(rows, graph)
    arrows = _merge(graph, layer)
    incoming: dict = {}
    for arrow in arrows:
        if arrow.label and layer[arrow.target] > layer[arrow.source]:
            incoming.setdefault(arrow.target, []).append(arrow)
    boxes: dict = {}
    y = MARGIN
    for index in sorted(rows):
        row = [_box(node) for node in rows[index]]
        y += max((_stack_height(incoming.get(b.id, [])) for b in row), default=0)
        x = MARGIN
        for box in row:
            slot = max(box.w, 2 * (max((_label_width(a) for a in incoming.get(box.id, [])), default=0) + 12))
            box.x, box.y = x + (slot - box.w) / 2, y
            x += slot + BOX_GAP
            boxes[box.id] = box
        y += max(b.h for b in row) + LAYER_GAP
    width = max((b.x + b.w for b in boxes.values()), default=0) + MARGIN
    for index in rows:  # centre each row
        row = [boxes[n.id] for n in rows[index]]
        shift = (width - MARGIN - (row[-1].x + row[-1].w)) / 2
        for box in row:
            box.x += shift
    for arrow in arrows:
        arrow.points = _route(
            boxes[arrow.source], boxes[arrow.target], layer[arrow.target] - layer[arrow.source]
        )
    for target, group in incoming.items():  # stack the labels above the box they lead to
        box, top = boxes[target], boxes[target].y - 6
        for arrow in reversed(group):
            top -= len(arrow.label) * LABEL_LINE_H
            arrow.anchor = (box.x + box.w / 2 + 6, top)
    right = max((p[0] for a in arrows for p in a.points), default=0)
    right = max([right] + [a.anchor[0] + _label_width(a) for a in arrows if a.anchor])
    return Layout(max(width, right + MARGIN), y - LAYER_GAP + MARGIN, list(boxes.values()), arrows)


def _merge(graph: Graph, layer: dict) -> list:
    """One arrow per (source, target): parallel choices share a line and stack their labels."""
    merged: dict = {}
    for edge in graph.edges:
        key = (edge.source, edge.target)
        label = [_short(t) for t in edge.label.split("\n")] if edge.label else []
        if key in merged:
            arrow = merged[key]
            arrow.label += label
            arrow.count += 1
            if edge.misconceptions:
                arrow.colour = MISCONCEPTION_COLOUR
        else:
            merged[key] = Arrow(
                edge.source,
                edge.target,
                [],
                label,
                MISCONCEPTION_COLOUR if edge.misconceptions else EDGE_COLOUR,
                edge.style in ("otherwise", "divert"),
            )
    return list(merged.values())


def _short(text: str, limit: int = 44) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label_width(arrow) -> float:
    return max((len(t) for t in arrow.label), default=0) * LABEL_CHAR_W


def _stack_height(arrows: list) -> float:
    return sum(len(a.label) for a in arrows) * LABEL_LINE_H


def _order(rows: dict, graph: Graph) -> None:
    """A few barycentre passes: put each node under the average position of its parents."""
    preds: dict = {}
    for edge in graph.edges:
        preds.setdefault(edge.target, []).append(edge.source)
    for _ in range(3):
        position = {n.id: i for row in rows.values() for i, n in enumerate(row)}
        for index in sorted(rows)[1:]:

            def centre(node, current=position):
                parents = [current[p] for p in preds.get(node.id, []) if p in current]
                return sum(parents) / len(parents) if parents else current[node.id]

            rows[index].sort(key=centre)


def _box(node: GraphNode) -> Box:
    lines = _node_caption(node).split("\n")
    w = max(70.0, max(len(t) for t in lines) * CHAR_W + 2 * PAD)
    h = len(lines) * LINE_H + 2 * PAD
    if node.kind == FINISH:
        w = h = max(w, h)
    return Box(node.id, 0, 0, w, h, lines, _style(node), node.kind)


def _route(a: Box, b: Box, down: int) -> list:
    if down > 0:
        return [(a.x + a.w / 2, a.y + a.h), (b.x + b.w / 2, b.y)]
    if down == 0 and a.x < b.x:
        return [(a.x + a.w, a.y + a.h / 2), (b.x, b.y + b.h / 2)]
    if down == 0 and a.id != b.id and a.x > b.x:
        return [(a.x, a.y + a.h / 2), (b.x + b.w, b.y + b.h / 2)]
    out = max(a.x + a.w, b.x + b.w) + 30  # back to an earlier layer (or itself): loop round the right
    return [
        (a.x + a.w, a.y + a.h / 2),
        (out, a.y + a.h / 2),
        (out, b.y + b.h / 2),
        (b.x + b.w, b.y + b.h / 2),
    ]


def label_anchor(arrow: Arrow) -> tuple:
    """The top-left corner of an edge's label."""
    if arrow.anchor:
        return arrow.anchor
    i = max(0, len(arrow.points) // 2 - 1)
    (x1, y1), (x2, y2) = arrow.points[i], arrow.points[i + 1]
    return (x1 + x2) / 2 + 4, (y1 + y2) / 2 - len(arrow.label) * LABEL_LINE_H - 2


# -- SVG ---------------------------------------------------------------------------
def to_svg(graph: Graph) -> str:
    lay = layout(graph)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{lay.width:.0f}" height="{lay.height:.0f}" '
        f'viewBox="0 0 {lay.width:.0f} {lay.height:.0f}" font-family="DejaVu Sans, sans-serif">',
        f"<title>{escape(graph.scenario)}</title>",
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>',
        '<rect width="100%" height="100%" fill="#ffffff"/>',
    ]
    for arrow in lay.arrows:
        out.append(_svg_arrow(arrow))
    for box in lay.boxes:
        out.append(_svg_box(box))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _svg_box(box: Box) -> str:
    fill, stroke = COLOURS[box.style]
    dash = ' stroke-dasharray="6 4"' if box.style == "unreachable" else ""
    radius = box.h / 2 if box.kind in (FINISH, ENDING) else 6
    colour = "#ffffff" if box.kind == FINISH else "#1a1a1a"
    parts = [
        f'<g class="node {box.style}" id="node-{escape(box.id)}">',
        f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.w:.1f}" height="{box.h:.1f}" rx="{radius:.1f}" '
        f'fill="{fill}" stroke="{stroke}" stroke-width="2"{dash}/>',
    ]
    for i, text in enumerate(box.lines):
        y = box.y + PAD + (i + 0.8) * LINE_H
        weight = ' font-weight="bold"' if i == 0 else ""
        parts.append(
            f'<text x="{box.x + box.w / 2:.1f}" y="{y:.1f}" font-size="12" text-anchor="middle" '
            f'fill="{colour}"{weight}>{escape(text)}</text>'
        )
    parts.append("</g>")
    return "".join(parts)


def _svg_arrow(arrow: Arrow) -> str:
    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in arrow.points)
    dash = ' stroke-dasharray="5 4"' if arrow.dashed else ""
    parts = [
        f'<g class="edge" data-source="{escape(arrow.source)}" data-target="{escape(arrow.target)}" '
        f'data-count="{arrow.count}">',
        f'<polyline points="{points}" fill="none" stroke="{arrow.colour}" stroke-width="1.5"{dash} '
        'marker-end="url(#arrow)"/>',
    ]
    x, y = label_anchor(arrow)
    for i, text in enumerate(arrow.label):
        parts.append(
            f'<text x="{x:.1f}" y="{y + (i + 0.85) * LABEL_LINE_H:.1f}" font-size="10" '
            f'fill="{arrow.colour}">{escape(text)}</text>'
        )
    parts.append("</g>")
    return "".join(parts)
