"""A layered (Sugiyama-style) drawing of a directed graph, in pure Python.

    nodes = [("a", 80, 30), ("b", 80, 30)]               # id, width, height
    edges = [("a", "b", 60, 24), ("b", "a", 0, 0)]       # source, target, label width, height
    drawing = arrange(nodes, edges, first="a")
    drawing.boxes["a"]         # Place(x, y, w, h): top-left corner and size
    drawing.routes[0]          # Route(points, label): a polyline source -> target, the label's corner

The steps are the classic ones (as Graphviz dot takes them): edges that close a cycle are turned
round (DFS from `first`); each node gets a rank (longest path, sources pulled down next to what they
lead to); an edge longer than one rank becomes a chain of dummy nodes, and its label is a dummy of the
label's size one half-rank below the edge's own source, so labels take room and never overlap; the
order in each rank is improved by barycentre sweeps, keeping the order with the fewest crossings
(counted exactly); x positions are least-squares towards the neighbours, solved exactly per rank with
the minimum gaps kept (isotonic regression, pool-adjacent-violators), long edges weighted to run
straight. No library does this small and dependable a job without native code (pygraphviz, igraph)
or unmaintained releases (grandalf, last released 2023), so it is written here: about 300 lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

NODE_GAP, RANK_GAP, MARGIN = 26.0, 22.0, 24.0
LINE_ROOM = 10.0  # a dummy's width: the line, and the space left of a label
LOOP_W = 26.0  # a self-loop's width on the right of its node
SWEEPS, PLACE_PASSES = 10, 8


@dataclass
class Place:
    x: float
    y: float
    w: float
    h: float


@dataclass
class Route:
    points: list  # [(x, y), ...] from the edge's source to its target
    label: tuple = ()  # top-left corner of the label, when the edge has one
    loop: bool = False


@dataclass
class Drawing:
    width: float
    height: float
    boxes: dict = field(default_factory=dict)  # id -> Place
    routes: list = field(default_factory=list)  # one Route per edge given, in order


@dataclass
class _Vertex:
    key: object  # a node id, or ("dummy", edge index, step)
    rank: int
    w: float
    h: float
    real: bool = True
    x: float = 0.0
    ups: list = field(default_factory=list)  # (vertex, weight) one rank above
    downs: list = field(default_factory=list)


def arrange(nodes, edges, first=None) -> Drawing:
    ids = [n[0] for n in nodes]
    size = {n[0]: (float(n[1]), float(n[2])) for n in nodes}
    flipped = _flipped(ids, edges, first)
    rank = _ranks(ids, edges, flipped)
    loops = {}
    for i, (source, target, *_label) in enumerate(edges):
        if source == target:
            loops.setdefault(source, []).append(i)
    vertices, layers, chains = _build(ids, size, edges, flipped, rank, loops)
    _order(layers)
    _place_x(layers)
    tops, heights = _place_y(layers)
    drawing = Drawing(0, 0)
    for v in (v for layer in layers for v in layer if v.real):
        w, h = size[v.key]
        drawing.boxes[v.key] = Place(v.x - v.w / 2, tops[v.rank] + (heights[v.rank] - h) / 2, w, h)
    drawing.routes = _routes(edges, flipped, chains, drawing.boxes, tops, heights)
    _fit(drawing, layers, tops, heights)
    return drawing


# -- cycles and ranks -----------------------------------------------------------------
def _flipped(ids, edges, first) -> set:
    """Indices of the edges that close a cycle (found by a depth-first walk from `first`)."""
    out: dict = {n: [] for n in ids}
    for i, (source, target, *_rest) in enumerate(edges):
        if source != target:
            out[source].append((i, target))
    state, flipped = {}, set()
    for root in ([first] if first in out else []) + ids:
        if root in state:
            continue
        state[root], stack = 1, [(root, iter(out[root]))]
        while stack:
            node, todo = stack[-1]
            step = next(todo, None)
            if step is None:
                state[node] = 2
                stack.pop()
                continue
            i, target = step
            if state.get(target) == 1:
                flipped.add(i)
            elif target not in state:
                state[target] = 1
                stack.append((target, iter(out[target])))
    return flipped


def _ranks(ids, edges, flipped) -> dict:
    """Longest path from the sources; a source is then pulled down to just above what it leads to."""
    down: dict = {n: set() for n in ids}
    for i, (source, target, *_rest) in enumerate(edges):
        if source != target:
            a, b = (target, source) if i in flipped else (source, target)
            down[a].add(b)
    ups = {n: 0 for n in ids}
    for targets in down.values():
        for t in targets:
            ups[t] += 1
    index = {n: i for i, n in enumerate(ids)}
    rank, ready = {n: 0 for n in ids}, [n for n in ids if ups[n] == 0]
    sources, order = set(ready), []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for t in sorted(down[node], key=index.get):
            rank[t] = max(rank[t], rank[node] + 1)
            ups[t] -= 1
            if ups[t] == 0:
                ready.append(t)
    for node in reversed(order):
        if node in sources and down[node] and rank[node] == 0:
            rank[node] = max(0, min(rank[t] for t in down[node]) - 1)
    return rank


# -- the layered graph ------------------------------------------------------------------
def _build(ids, size, edges, flipped, rank, loops):
    """Vertices on doubled ranks (odd ranks hold labels and lines); each edge's chain of vertices."""
    vertices = {}
    for n in ids:
        w, h = size[n]
        extra = sum(LOOP_W + edges[i][2] for i in loops.get(n, []))
        vertices[n] = _Vertex(n, 2 * rank[n], w + extra, h)
    chains = {}
    for i, (source, target, lw, lh) in enumerate(edges):
        if source == target:
            continue
        a, b = (target, source) if i in flipped else (source, target)
        top, bottom = vertices[a], vertices[b]
        chain = [top]
        steps = range(top.rank + 1, bottom.rank)
        label_step = (bottom.rank - 1) if i in flipped else (top.rank + 1)
        for r in steps:
            labelled = lw > 0 and r == label_step
            w, h = (LINE_ROOM + lw + 4, lh) if labelled else (LINE_ROOM, 0.0)
            vertices[("dummy", i, r)] = v = _Vertex(("dummy", i, r), r, w, h, real=False)
            chain.append(v)
        chain.append(bottom)
        for one, two in zip(chain, chain[1:]):
            weight = 1.0 if one.real and two.real else (8.0 if not (one.real or two.real) else 2.0)
            one.downs.append((two, weight))
            two.ups.append((one, weight))
        chains[i] = chain
    layers: dict = {}
    for v in vertices.values():
        layers.setdefault(v.rank, []).append(v)
    return vertices, [layers.get(r, []) for r in range(max(layers, default=-1) + 1)], chains


# -- order in each rank -------------------------------------------------------------------
def _order(layers) -> None:
    _initial_order(layers)
    best, best_count = [list(layer) for layer in layers], _crossings(layers)
    for sweep in range(SWEEPS):
        downward = sweep % 2 == 0
        indices = range(1, len(layers)) if downward else range(len(layers) - 2, -1, -1)
        for r in indices:
            position = {id(v): i for i, v in enumerate(layers[r - 1 if downward else r + 1])}

            def key(v, i, position=position, downward=downward):
                near = [(position[id(u)], w) for u, w in (v.ups if downward else v.downs)]
                return sum(p * w for p, w in near) / sum(w for _p, w in near) if near else i

            current = layers[r]
            keys = {id(v): key(v, i) for i, v in enumerate(current)}
            current.sort(key=lambda v, keys=keys: keys[id(v)])
        count = _crossings(layers)
        if count < best_count:
            best, best_count = [list(layer) for layer in layers], count
        if best_count == 0:
            break
    layers[:] = best


def _initial_order(layers) -> None:
    """Depth-first from the top: children near their parents before any sweep."""
    seen, order = set(), {}

    def visit(v):
        stack = [v]
        while stack:
            u = stack.pop()
            if id(u) in seen:
                continue
            seen.add(id(u))
            order[id(u)] = len(order)
            stack += [d for d, _w in reversed(u.downs)]

    for layer in layers:
        for v in layer:
            visit(v)
    for layer in layers:
        layer.sort(key=lambda v: order[id(v)])


def _crossings(layers) -> int:
    total = 0
    for upper, lower in zip(layers, layers[1:]):
        position = {id(v): i for i, v in enumerate(lower)}
        pairs = sorted((i, position[id(d)]) for i, v in enumerate(upper) for d, _w in v.downs)
        total += _inversions([p for _i, p in pairs], len(lower))
    return total


def _inversions(values, size) -> int:
    tree, count = [0] * (size + 1), 0
    for seen, value in enumerate(values):
        i, below = value + 1, 0
        while i > 0:
            below += tree[i]
            i -= i & -i
        count += seen - below
        i = value + 1
        while i <= size:
            tree[i] += 1
            i += i & -i
    return count


# -- x and y -------------------------------------------------------------------------------
def _place_x(layers) -> None:
    for layer in layers:
        x = 0.0
        for v in layer:
            v.x = x + v.w / 2
            x += v.w + NODE_GAP
    for sweep in range(PLACE_PASSES):
        last = sweep == PLACE_PASSES - 1
        sides = ("ups", "downs") if last else (("ups",) if sweep % 2 == 0 else ("downs",))
        for layer in layers if sides[0] == "ups" else reversed(layers):
            targets, weights = [], []
            for v in layer:
                near = [(u.x, w) for side in sides for u, w in getattr(v, side)]
                total = sum(w for _x, w in near)
                targets.append(sum(x * w for x, w in near) / total if total else v.x)
                weights.append(total or 0.5)
            _pack(layer, targets, weights)


def _pack(layer, targets, weights) -> None:
    """x as close as can be to `targets` (weighted least squares) with the gaps kept: isotonic regression."""
    offsets, offset = [], 0.0
    for i, v in enumerate(layer):
        if i:
            offset += (layer[i - 1].w + v.w) / 2 + NODE_GAP
        offsets.append(offset)
    blocks = []  # [mean, weight, count]
    for target, weight, off in zip(targets, weights, offsets):
        blocks.append([target - off, weight, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, w2, c2 = blocks.pop()
            m1, w1, c1 = blocks.pop()
            blocks.append([(m1 * w1 + m2 * w2) / (w1 + w2), w1 + w2, c1 + c2])
    i = 0
    for mean, _weight, count in blocks:
        for _ in range(count):
            layer[i].x = mean + offsets[i]
            i += 1


def _place_y(layers):
    tops, heights, y = [], [], MARGIN
    for layer in layers:
        height = max((v.h for v in layer), default=0.0)
        tops.append(y)
        heights.append(height)
        y += height + (RANK_GAP if height else RANK_GAP / 2)
    return tops, heights


def _fit(drawing, layers, tops, heights) -> None:
    """Move everything so the leftmost thing is at the margin; the drawing's size."""
    xs = [p for r in drawing.routes for p in r.points]
    left = min([b.x for b in drawing.boxes.values()] + [x for x, _y in xs] or [0.0])
    right = max(
        [b.x + b.w for b in drawing.boxes.values()]
        + [v.x + v.w / 2 for layer in layers for v in layer]
        + [x for x, _y in xs]
        or [0.0]
    )
    shift = MARGIN - left
    for box in drawing.boxes.values():
        box.x += shift
    for route in drawing.routes:
        route.points = [(x + shift, y) for x, y in route.points]
        if route.label:
            route.label = (route.label[0] + shift, route.label[1])
    bottom = max([b.y + b.h for b in drawing.boxes.values()] + [y for _x, y in xs] or [0.0])
    drawing.width, drawing.height = right + shift + MARGIN, bottom + MARGIN


# -- lines -------------------------------------------------------------------------------------
def _routes(edges, flipped, chains, boxes, tops, heights) -> list:
    routes = [Route([]) for _ in edges]
    ports: dict = {}  # (node, "out"|"in") -> [(edge index, x of the next point)]
    for i, chain in chains.items():
        middle = []
        for v in chain[1:-1]:
            x = v.x - v.w / 2 + LINE_ROOM / 2 if v.h else v.x
            middle += [(x, tops[v.rank]), (x, tops[v.rank] + heights[v.rank])]
            if v.h:
                routes[i].label = (x + LINE_ROOM / 2 + 2, tops[v.rank] + (heights[v.rank] - v.h) / 2)
        routes[i].points = middle
        top, bottom = chain[0].key, chain[-1].key
        ports.setdefault((top, "out"), []).append((i, middle[0][0] if middle else boxes[bottom].x))
        ports.setdefault((bottom, "in"), []).append((i, middle[-1][0] if middle else boxes[top].x))
    for (node, side), group in ports.items():
        box = boxes[node]
        group.sort(key=lambda item: item[1])
        span = max(0.0, box.w - 16)
        for k, (i, _x) in enumerate(group):
            x = box.x + 8 + span * (k + 1) / (len(group) + 1) if len(group) > 1 else box.x + box.w / 2
            point = (x, box.y + box.h) if side == "out" else (x, box.y)
            pts = routes[i].points
            routes[i].points = [point, *pts] if side == "out" else [*pts, point]
    for i in flipped:
        if i in chains:
            routes[i].points.reverse()
    loop_x: dict = {}
    for i, (source, target, lw, lh) in enumerate(edges):
        if source != target:
            continue
        box = boxes[source]
        x0 = loop_x.get(source, box.x + box.w)
        cy = box.y + box.h / 2
        routes[i] = Route(
            [
                (box.x + box.w, cy - 6),
                (x0 + LOOP_W - 6, cy - 6),
                (x0 + LOOP_W - 6, cy + 6),
                (box.x + box.w, cy + 6),
            ],
            (x0 + LOOP_W, cy - lh / 2) if lw else (),
            loop=True,
        )
        loop_x[source] = x0 + LOOP_W + lw
    return routes
