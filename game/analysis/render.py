"""Writing a Graph as Mermaid, Graphviz DOT or SVG text, and the layered layout
the SVG (and the pygame PNG) draw. Pure Python: no graphviz needed.

The layout is plain data (Layout, Box, Arrow), so a drawing module elsewhere
can paint exactly the same picture without importing anything from here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from .graph import ENDING, EVENT, FINISH, MISSING, START, Graph, GraphNode

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
    "missing": ("#ffffff", "#c62828"),
}
EDGE_COLOUR, MISCONCEPTION_COLOUR, BROKEN_COLOUR = "#555555", "#d35400", "#c62828"
GENERATOR = "berdaya graph"  # written into every file graph writes, so `graph -o` knows its own files
SNIPPET_CHARS = 30  # a node's first line, shown under its id in up to two lines of this many characters
# the words a drawing adds to a node or an edge: (Indonesian, English), as the map's --lang says
MARKS = {
    "start": ("(mulai)", "(start)"),
    "ending": ("(akhir)", "(ending)"),
    "delayed": ("(tertunda)", "(delayed)"),
    "obstacle": ("(hambatan)", "(obstacle)"),
    "missing": ("TIDAK ADA", "MISSING"),
    "unreachable": ("TAK TERJANGKAU", "UNREACHABLE"),
    "dead_end": ("BUNTU", "DEAD END"),
    "if": ("jika", "if"),
    "otherwise": ("selain itu", "otherwise"),
    "then": ("lalu", "then"),
    "after day": ("setelah hari", "after day"),
    "later": ("nanti", "later"),
    "dec": ("keputusan", "dec"),
    "d": ("h", "d"),
}


def mark(key: str, lang: str) -> str:
    indonesian, english = MARKS[key]
    return english if lang == "en" else indonesian


def edge_label(edge, lang: str = "en") -> str:
    """An edge's label (game.analysis.graph writes it in English) in the drawing's language: its words
    ('if', 'otherwise', 'after day', '+2d') translated; conditions and ids stay as they are written."""
    if lang == "en" or not edge.label:
        return edge.label
    return "\n".join(_label_line(line, edge.style, lang) for line in edge.label.split("\n"))


_SCHEDULED = re.compile(r"^(.*): ((?:\+\d+d|\+\d+ dec|later| )+)$")


def _label_line(line: str, style: str, lang: str) -> str:
    for word in ("otherwise", "then", "later"):
        if line == word:
            return mark(word, lang)
    if line.startswith("after day "):
        return mark("after day", lang) + line[len("after day") :]
    chance, _, rest = (
        line.partition(" ") if style == "obstacle" and "%" in line.split(" ")[0] else ("", "", line)
    )
    if rest.startswith("if "):
        return " ".join(p for p in (chance, mark("if", lang) + rest[2:]) if p)
    scheduled = _SCHEDULED.match(line) if style == "schedule" else None
    if scheduled:
        when = (
            scheduled.group(2).replace("later", mark("later", lang)).replace(" dec", " " + mark("dec", lang))
        )
        return f"{scheduled.group(1)}: " + re.sub(r"(?<=\+\d)d\b|(?<=\d\d)d\b", mark("d", lang), when)
    return line


# -- Mermaid -----------------------------------------------------------------------
def to_mermaid(graph: Graph, lang: str = "en") -> str:
    ids = {n.id: f"n{i}" for i, n in enumerate(graph.nodes)}
    out = ["flowchart TD", f"    %% {GENERATOR}"]
    for node in graph.nodes:
        text = _mermaid_text(_node_caption(node, lang))
        shape = {FINISH: f"(({text}))", ENDING: f"([{text}])", EVENT: f"{{{{{text}}}}}"}.get(
            node.kind, f"[{text}]"
        )
        out.append(f"    {ids[node.id]}{shape}")
    for edge in graph.edges:
        label = f"|{_mermaid_text(edge_label(edge, lang))}|" if edge.label else ""
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
def to_dot(graph: Graph, lang: str = "en") -> str:
    out = [
        f"digraph {_dot(graph.scenario or 'scenario')} {{",
        f"    // {GENERATOR}",
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
            f"    {_dot(node.id)} [label={_dot(_node_caption(node, lang))}, shape={shape}, style={style}, "
            f'fillcolor="{fill}", color="{stroke}"{font}];'
        )
    for edge in graph.edges:
        colour = MISCONCEPTION_COLOUR if edge.misconceptions else EDGE_COLOUR
        style = ", style=dashed" if edge.style in ("otherwise", "divert") else ""
        out.append(
            f"    {_dot(edge.source)} -> {_dot(edge.target)} [label={_dot(edge_label(edge, lang))}, "
            f'color="{colour}"{style}];'
        )
    out.append("}")
    return "\n".join(out) + "\n"


def _dot(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a DOT quoted string: \" and \n escapes


def _node_caption(node: GraphNode, lang: str = "en") -> str:
    notes = []
    if node.kind == START:
        notes.append(mark("start", lang))
    if node.kind == ENDING:
        notes.append(mark("ending", lang))
    if node.kind == EVENT and node.detail:
        notes.append(mark(node.detail, lang) if node.detail in MARKS else f"({node.detail})")
    if node.kind == MISSING:
        notes.append(mark("missing", lang))
    if node.unreachable:
        notes.append(mark("unreachable", lang))
    elif node.dead_end and node.kind not in (FINISH, ENDING):
        notes.append(mark("dead_end", lang))
    return "\n".join([node.label, *notes])


def _style(node: GraphNode) -> str:
    if node.kind == MISSING:
        return "missing"
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


def layout(graph: Graph, lang: str = "id") -> Layout:
    """Boxes and lines for `graph`, laid out in ranks (game.analysis.layered): one line per edge,
    each choice with its own label, nothing drawn over anything else."""
    from .layered import arrange

    boxes = [_box(node, lang) for node in graph.nodes]
    arrows = [_arrow(edge, lang) for edge in graph.edges]
    drawing = arrange(
        [(b.id, b.w, b.h) for b in boxes],
        [(a.source, a.target, _label_width(a), len(a.label) * LABEL_LINE_H) for a in arrows],
        first=graph.start,
    )
    for box in boxes:
        place = drawing.boxes[box.id]
        box.x, box.y = place.x, place.y
    for arrow, route in zip(arrows, drawing.routes):
        arrow.points, arrow.anchor = route.points, route.label
    return Layout(drawing.width, drawing.height, boxes, arrows)


def edge_lines(edge, lang: str = "en") -> list:
    """An edge's label as short lines: the choice, its condition, its main effects, its misconceptions."""
    if edge.style != "choice":
        return [_short(edge_label(edge, lang))] if edge.label else []
    lines = [_short(edge.choice, 34)]
    if edge.condition:
        lines.append(_short(f"{mark('if', lang)} {edge.condition}", 34))
    if edge.effects:
        lines.append(_short(" ".join(f"{meter} {delta:+g}" for meter, delta in edge.effects), 40))
    if edge.misconceptions:
        lines.append(_short("! " + ", ".join(edge.misconceptions), 40))
    return lines


def _arrow(edge, lang: str = "en") -> Arrow:
    colour = BROKEN_COLOUR if edge.broken else (MISCONCEPTION_COLOUR if edge.misconceptions else EDGE_COLOUR)
    dashed = edge.style in ("otherwise", "divert", "schedule", "obstacle")
    return Arrow(edge.source, edge.target, [], edge_lines(edge, lang), colour, dashed)


def _short(text: str, limit: int = 44) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label_width(arrow) -> float:
    return max((len(t) for t in arrow.label), default=0) * LABEL_CHAR_W


def _box(node: GraphNode, lang: str = "id") -> Box:
    lines = _node_caption(node, lang).split("\n")
    snippet = node.text.get(lang) if node.text is not None else ""
    if snippet and node.kind != FINISH:
        lines[1:1] = _wrap(snippet, SNIPPET_CHARS, 2)
    w = max(70.0, max(len(t) for t in lines) * CHAR_W + 2 * PAD)
    h = len(lines) * LINE_H + 2 * PAD
    if node.kind == FINISH:
        w = h = max(w, h)
    return Box(node.id, 0, 0, w, h, lines, _style(node), node.kind)


def _wrap(text: str, width: int, most: int) -> list:
    words, lines = " ".join(str(text).split()).split(" "), [""]
    for word in words:
        if len(lines[-1]) + len(word) + 1 > width and lines[-1]:
            if len(lines) == most:
                lines[-1] = _short(lines[-1] + " " + word, width)
                break
            lines.append("")
        lines[-1] = (lines[-1] + " " + word).strip()
    return [_short(line, width) for line in lines]


def label_anchor(arrow: Arrow) -> tuple:
    """The top-left corner of an edge's label."""
    if arrow.anchor:
        return arrow.anchor
    i = max(0, len(arrow.points) // 2 - 1)
    (x1, y1), (x2, y2) = arrow.points[i], arrow.points[i + 1]
    return (x1 + x2) / 2 + 4, (y1 + y2) / 2 - len(arrow.label) * LABEL_LINE_H - 2


# -- SVG ---------------------------------------------------------------------------
MARKER = (
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
    'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>'
)


def to_svg(graph: Graph, lang: str = "id") -> str:
    lay = layout(graph, lang)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{lay.width:.0f}" height="{lay.height:.0f}" '
        f'viewBox="0 0 {lay.width:.0f} {lay.height:.0f}" font-family="DejaVu Sans, sans-serif">',
        f"<title>{escape(graph.scenario)}</title>",
        f"<metadata>{GENERATOR}</metadata>",
        MARKER,
        '<rect width="100%" height="100%" fill="#ffffff"/>',
        *svg_parts(lay),
        "</svg>",
    ]
    return "\n".join(out) + "\n"


def svg_parts(lay: Layout) -> list:
    """The lines, then the boxes over them; each edge and node a <g> numbered in the graph's order."""
    arrows = [svg_arrow(arrow, i) for i, arrow in enumerate(lay.arrows)]
    return arrows + [svg_box(box, i) for i, box in enumerate(lay.boxes)]


def attr(text) -> str:
    return escape(str(text), {'"': "&quot;"})


def svg_box(box: Box, index: int = 0) -> str:
    fill, stroke = COLOURS[box.style]
    dash = ' stroke-dasharray="6 4"' if box.style in ("unreachable", "missing") else ""
    radius = box.h / 2 if box.kind in (FINISH, ENDING) else 6
    colour = "#ffffff" if box.kind == FINISH else "#1a1a1a"
    parts = [
        f'<g class="node {box.style}" id="node-{attr(box.id)}" data-index="{index}">',
        f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.w:.1f}" height="{box.h:.1f}" rx="{radius:.1f}" '
        f'fill="{fill}" stroke="{stroke}" stroke-width="2"{dash}/>',
    ]
    top = box.y + (box.h - len(box.lines) * LINE_H) / 2  # the text block in the middle (END's circle)
    for i, text in enumerate(box.lines):
        y = top + (i + 0.8) * LINE_H
        weight = ' font-weight="bold"' if i == 0 else ""
        parts.append(
            f'<text x="{box.x + box.w / 2:.1f}" y="{y:.1f}" font-size="12" text-anchor="middle" '
            f'fill="{colour}"{weight}>{escape(text)}</text>'
        )
    parts.append("</g>")
    return "".join(parts)


def svg_arrow(arrow: Arrow, index: int = 0) -> str:
    dash = ' stroke-dasharray="5 4"' if arrow.dashed else ""
    parts = [
        f'<g class="edge" data-index="{index}" data-source="{attr(arrow.source)}" '
        f'data-target="{attr(arrow.target)}" data-count="{arrow.count}">',
        f'<path d="{path_data(arrow.points)}" fill="none" stroke="{arrow.colour}" stroke-width="1.5"{dash} '
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


def path_data(points: list) -> str:
    """A smooth SVG path through `points`: each step a curve that leaves and arrives vertically, as
    the lines of a layered drawing run (a vertical step stays straight; nothing overshoots)."""
    if not points:
        return ""
    out = [f"M{points[0][0]:.1f},{points[0][1]:.1f}"]
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        if abs(x2 - x1) < 0.5 or abs(y2 - y1) < 0.5:
            out.append(f"L{x2:.1f},{y2:.1f}")
            continue
        mid = (y2 - y1) / 2
        out.append(f"C{x1:.1f},{y1 + mid:.1f} {x2:.1f},{y2 - mid:.1f} {x2:.1f},{y2:.1f}")
    return " ".join(out)
