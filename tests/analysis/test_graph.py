"""The graph of a small hand-made scenario, in every output format."""

import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from game.analysis.graph import END, build_graph, ending_node_id
from game.analysis.render import layout, to_dot, to_mermaid, to_svg
from game.authoring.drafts import build_anyway

from ..conftest import ROOT, SAMPLE

# a -> b (two choices), a -> c; b -> END; c loops on itself (a dead end); d is unreachable.
STUCK = """\
format: 1
id: stuck
title: {id: Macet, en: Stuck}
summary: {id: Ringkas, en: Short}
duty: needs_design
minutes: 2
start: a
nodes:
  a:
    choices:
      - id: a.together
        text: {id: Bersama, en: Together}
        effects: {collaboration: 2, empathy: 1}
        feedback: {id: Baik, en: Good}
        next: b
      - id: a.alone
        text: {id: Sendiri, en: Alone}
        effects: {collaboration: -1}
        misconceptions: [solo_work]
        feedback: {id: Sepi, en: Lonely}
        next: b
      - id: a.wait
        text: {id: Tunggu, en: Wait}
        feedback: {id: Lama, en: Slow}
        next: c
  b:
    choices:
      - {id: b.end, text: {id: Selesai, en: Finish}, feedback: {id: Usai, en: Done}, next: END}
  c:
    choices:
      - {id: c.again, text: {id: Lagi, en: Again}, feedback: {id: Lagi, en: Again}, next: c}
  d:
    choices:
      - {id: d.end, text: {id: Selesai, en: Finish}, feedback: {id: Usai, en: Done}, next: END}
endings:
  - id: good
    if: collaboration >= 2
    title: {id: Baik, en: Good}
    summary: {id: Baik, en: Good}
    debrief: [{id: Mengapa?, en: Why?}]
  - id: plain
    title: {id: Biasa, en: Plain}
    summary: {id: Biasa, en: Plain}
    debrief: [{id: Mengapa?, en: Why?}]
"""
NODES = 4 + 1 + 2  # a b c d, END, two endings
EDGES = 3 + 1 + 1 + 1 + 2  # a's three choices, b->END, c->c, d->END, END->each ending


@pytest.fixture()
def stuck(tmp_path):
    path = tmp_path / "stuck.yaml"
    path.write_text(STUCK, encoding="utf-8")
    scenario, diagnostics = build_anyway(path)
    # B030/B031: the unreachable node and the dead end (a newer loop warning may come too)
    assert {"B030", "B031"} <= {d.code for d in diagnostics} <= {"B030", "B031", "B037"}
    return path, build_graph(scenario)


def test_nodes_edges_and_highlights(stuck):
    _, graph = stuck
    assert len(graph.nodes) == NODES and len(graph.edges) == EDGES
    kinds = {n.id: n.kind for n in graph.nodes}
    assert kinds["a"] == "start" and kinds[END] == "finish" and kinds[ending_node_id("plain")] == "ending"
    assert [n.id for n in graph.nodes if n.unreachable] == ["d"]
    assert [n.id for n in graph.nodes if n.dead_end and n.kind in ("start", "story")] == ["c"]


def test_edge_labels_carry_misconceptions_and_main_effects(stuck):
    _, graph = stuck
    alone = next(e for e in graph.edges if e.choice == "a.alone")
    assert alone.misconceptions == ("solo_work",) and "! solo_work" in alone.label
    together = next(e for e in graph.edges if e.choice == "a.together")
    assert together.effects == (("collaboration", 2), ("empathy", 1))
    assert "collaboration +2" in together.label and "!" not in together.label
    conditions = {e.target: e.label for e in graph.edges if e.source == END}
    assert conditions == {"ending:good": "if collaboration >= 2", "ending:plain": "otherwise"}


def test_dot_parses_to_the_same_counts(stuck):
    _, graph = stuck
    dot = to_dot(graph)
    assert dot.startswith('digraph "stuck" {') and dot.rstrip().endswith("}")
    declared = re.findall(r'^    ("(?:[^"\\]|\\.)*") \[label=', dot, re.M)
    edges = re.findall(r'^    ("(?:[^"\\]|\\.)*") -> ("(?:[^"\\]|\\.)*") \[', dot, re.M)
    assert len(declared) == NODES and len(edges) == EDGES
    assert set(declared) >= {src for src, _ in edges} | {dst for _, dst in edges}
    assert re.search(r'^    "d" \[.*dashed', dot, re.M)  # unreachable: dashed outline


def test_svg_parses_to_the_same_counts(stuck):
    _, graph = stuck
    root = ET.fromstring(to_svg(graph))
    ns = {"s": "http://www.w3.org/2000/svg"}
    groups = root.findall("s:g", ns)
    nodes = [g for g in groups if g.get("class").split()[0] == "node"]
    edges = [g for g in groups if g.get("class") == "edge"]
    assert len(nodes) == NODES and len(edges) == EDGES  # each choice its own line, a->b twice
    assert sorted(int(g.get("data-index")) for g in edges) == list(range(EDGES))
    classes = {g.get("id"): g.get("class").split()[1] for g in nodes}
    assert classes["node-d"] == "unreachable" and classes["node-c"] == "dead_end"


def test_mermaid_lists_every_node_and_edge(stuck):
    _, graph = stuck
    text = to_mermaid(graph)
    assert text.startswith("flowchart TD")
    assert len(re.findall(r"^    n\d+[\[(\{]", text, re.M)) == NODES
    assert len(re.findall(r"^    n\d+ -", text, re.M)) == EDGES


def test_layout_keeps_boxes_apart_and_inside(stuck):
    _, graph = stuck
    lay = layout(graph)
    for box in lay.boxes:
        assert 0 <= box.x and box.x + box.w <= lay.width and 0 <= box.y and box.y + box.h <= lay.height
    for one in lay.boxes:
        for other in lay.boxes:
            if one is not other:
                apart = (
                    one.x + one.w <= other.x
                    or other.x + other.w <= one.x
                    or one.y + one.h <= other.y
                    or other.y + other.h <= one.y
                )
                assert apart, (one.id, other.id)


def run(*args):
    return subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_cli_writes_png(stuck, tmp_path):
    path, _ = stuck
    out = tmp_path / "stuck.png"
    done = run("graph", str(path), "--format", "png", "-o", str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    lay = layout(build_graph(build_anyway(path)[0]), "en")  # the marks (DEAD END...) in the map's language
    assert (width, height) == (int(lay.width), int(lay.height))


def test_cli_formats_from_the_file_extension(tmp_path):
    for suffix, start in ((".dot", "digraph"), (".svg", "<svg"), (".mmd", "flowchart")):
        out = tmp_path / f"sample{suffix}"
        done = run("graph", str(SAMPLE), "-o", str(out))
        assert done.returncode == 0, done.stderr
        assert out.read_text(encoding="utf-8").startswith(start)


def test_cli_errors_are_messages_not_tracebacks(tmp_path):
    missing = run("graph", str(tmp_path / "nope.yaml"), "--format", "dot")
    assert missing.returncode != 0 and "error:" in missing.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    bad = run("graph", str(broken), "--format", "dot")
    assert bad.returncode != 0 and "B003" in bad.stderr
    unwritable = run("graph", str(SAMPLE), "-o", str(tmp_path / "nope.yaml" / "x.dot"))
    (tmp_path / "file").write_text("x")
    blocked = run("graph", str(SAMPLE), "-o", str(tmp_path / "file" / "x.dot"))
    for done in (missing, bad, unwritable, blocked):
        assert "Traceback" not in done.stdout + done.stderr
    assert blocked.returncode != 0 and "cannot write" in blocked.stderr


def test_cli_refuses_an_extension_that_does_not_fit(tmp_path):
    for args in (
        ("-o", "x.pdf"),
        ("-o", "x.jpg"),
        ("--format", "svg", "-o", "x.png"),
        ("--format", "png", "-o", "x.svg"),
        ("--format", "dot", "-o", "x.mmd"),
    ):
        done = run("graph", str(SAMPLE), *args[:-1], str(tmp_path / args[-1]))
        assert done.returncode != 0 and "Traceback" not in done.stderr, args
        assert "mermaid" in done.stderr and "svg" in done.stderr and "png" in done.stderr, done.stderr
        assert not (tmp_path / args[-1]).exists(), args
    done = run("graph", str(SAMPLE), "--format", "dot", "-o", str(tmp_path / "x.gv"))
    assert done.returncode == 0 and (tmp_path / "x.gv").read_text(encoding="utf-8").startswith("digraph")
