"""The interactive story map (graph --format html): one offline file whose nodes and lines are the
scenario's, every scenario text escaped, and (where Chromium is installed) a page that renders."""

import json
import re
import subprocess
from html.parser import HTMLParser

import pytest

from game import cli
from game.analysis.graph import END, build_graph, event_node_id, missing_node_id
from game.analysis.layered import arrange
from game.analysis.story_map import script_json, to_html
from game.authoring.drafts import build_anyway

from .. import browsers
from ..conftest import SAMPLE

ATTACK = "</script><img src=x onerror=\"document.title='pwned'\"><b>tebal</b> & \u2028"

# a: two choices to b (one schedules a delayed event), one to a node that does not exist;
# b: to END; an obstacle at b diverts to c; c is a dead end looping on itself; d is unreachable.
MAP = f"""\
format: 1
id: peta
title: {{id: Peta, en: Map}}
summary: {{id: Ringkas, en: Short}}
duty: needs_design
minutes: 2
start: a
characters:
  wati: {{name: "Bu Wati <i>KWT</i>", role: {{id: Ketua, en: Chair}}}}
nodes:
  a:
    lines:
      - {{speaker: wati, text: {{id: {json.dumps(ATTACK)}, en: Hello}}}}
    choices:
      - id: a.together
        text: {{id: Bersama, en: Together}}
        effects: {{collaboration: 2, empathy: 1}}
        feedback: {{id: Baik, en: Good}}
        schedule: [{{event: later, after: 2 days}}]
        next: b
      - id: a.alone
        text: {{id: Sendiri, en: Alone}}
        effects: {{collaboration: -1}}
        misconceptions: [solo_work]
        feedback: {{id: Sepi, en: Lonely}}
        next: b
      - id: a.lost
        text: {{id: Tersesat, en: Lost}}
        feedback: {{id: Hilang, en: Gone}}
        next: nowhere
  b:
    choices:
      - {{id: b.end, text: {{id: Selesai, en: Finish}}, feedback: {{id: Usai, en: Done}}, next: END}}
  c:
    choices:
      - {{id: c.again, text: {{id: Lagi, en: Again}}, feedback: {{id: Lagi, en: Again}}, next: c}}
  d:
    choices:
      - {{id: d.end, text: {{id: Selesai, en: Finish}}, feedback: {{id: Usai, en: Done}}, next: END}}
events:
  later:
    kind: delayed
    title: {{id: Kabar datang, en: News arrives}}
    text: {{id: Kabar, en: News}}
  storm:
    kind: obstacle
    at: [b]
    probability: 0.3
    title: {{id: Badai, en: Storm}}
    text: {{id: Hujan, en: Rain}}
    next: c
endings:
  - id: good
    if: collaboration >= 2
    title: {{id: Baik, en: Good}}
    summary: {{id: Baik, en: Good}}
    debrief: [{{id: Mengapa?, en: Why?}}]
  - id: plain
    title: {{id: Biasa, en: Plain}}
    summary: {{id: Biasa, en: Plain}}
    debrief: [{{id: Mengapa?, en: Why?}}]
"""
NODES = 4 + 1 + 2 + 2 + 1  # a b c d, END, two endings, two events, the missing 'nowhere'
EDGES = 3 + 1 + 1 + 1 + 2 + 1 + 1 + 1  # choices, END->endings, the schedule, storm at b, storm->c


@pytest.fixture()
def story(tmp_path):
    path = tmp_path / "peta.yaml"
    path.write_text(MAP, encoding="utf-8")
    scenario, diagnostics = build_anyway(path)
    assert scenario is not None, [str(d) for d in diagnostics]
    return path, scenario, build_graph(scenario)


class Page(HTMLParser):
    """The tags of a page, and the text of its scripts."""

    def __init__(self):
        super().__init__()
        self.tags, self.scripts, self._in_script = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append([dict(attrs), ""])

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts[-1][1] += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def test_the_graph_has_events_broken_links_and_marks(story):
    _, _, graph = story
    assert len(graph.nodes) == NODES and len(graph.edges) == EDGES
    kinds = {n.id: n.kind for n in graph.nodes}
    assert kinds[missing_node_id("nowhere")] == "missing" and kinds[event_node_id("later")] == "event"
    [broken] = [e for e in graph.edges if e.broken]
    assert broken.choice == "a.lost" and broken.target == missing_node_id("nowhere")
    styles = {
        (e.source, e.target): e.style for e in graph.edges if e.style in ("schedule", "obstacle", "divert")
    }
    assert styles == {
        ("a", event_node_id("later")): "schedule",
        ("b", event_node_id("storm")): "obstacle",
        (event_node_id("storm"), "c"): "divert",
    }
    assert {n.id for n in graph.nodes if n.unreachable} == {"d"}
    assert END in kinds


def test_the_page_carries_every_node_and_edge_in_order(story):
    path, scenario, graph = story
    page = parse(to_html(graph, scenario, "id", str(path)))
    nodes = [a for t, a in page.tags if t == "g" and a.get("class", "").startswith("node ")]
    edges = [a for t, a in page.tags if t == "g" and a.get("class") == "edge"]
    assert [n["id"] for n in nodes] == [f"node-{n.id}" for n in graph.nodes]
    assert [(e["data-source"], e["data-target"]) for e in edges] == [
        (e.source, e.target) for e in graph.edges
    ]
    classes = {n["id"]: n["class"].split()[1] for n in nodes}
    assert classes["node-d"] == "unreachable" and classes["node-c"] == "dead_end"
    assert classes[f"node-{missing_node_id('nowhere')}"] == "missing"
    [data] = [text for attrs, text in page.scripts if attrs.get("type") == "application/json"]
    data = json.loads(data)
    assert [n["id"] for n in data["nodes"]] == [n.id for n in graph.nodes] and len(data["edges"]) == EDGES
    together = next(e for e in data["edges"] if e["choice"] == "a.together" and e["style"] == "choice")
    assert together["effects"] == [["collaboration", 2], ["empathy", 1]] and together["schedules"] == [
        "later"
    ]
    assert together["line"] == scenario.nodes["a"].choices[0].pos.line and data["file"] == str(path)


def test_the_page_is_offline(story):
    path, scenario, graph = story
    html = to_html(graph, scenario, "id", str(path))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html and "url(http" not in html
    assert all(not a.get("src") for t, a in parse(html).tags if t == "script")


def test_scenario_text_stays_text(story):
    path, scenario, graph = story
    html = to_html(graph, scenario, "id", str(path))
    page = parse(html)
    assert [t for t, _a in page.tags if t in ("img", "b", "i")] == []  # no markup from the scenario
    assert len(page.scripts) == 2  # the data and the script: the text's </script> ended nothing
    [data] = [text for attrs, text in page.scripts if attrs.get("type") == "application/json"]
    assert "<" not in data and ">" not in data and "&" not in data
    line = json.loads(data)["nodes"][0]["lines"][0]
    assert line == {"speaker": "Bu Wati <i>KWT</i>", "text": ATTACK}
    assert "&lt;/script&gt;&lt;img" in html  # the node's box shows the text, escaped


def test_script_json_round_trips_and_hides_markup():
    value = {"t": "</script><!-- & \u2028 \u2029 >"}
    text = script_json(value)
    assert json.loads(text) == value and not set("<>&\u2028\u2029") & set(text)


def test_the_page_speaks_the_trainers_language(story):
    path, scenario, graph = story
    indonesian = to_html(graph, scenario, "id", str(path))
    english = to_html(graph, scenario, "en", str(path))
    assert '<html lang="id">' in indonesian and "Peta cerita" in indonesian and "Cari simpul" in indonesian
    assert '<html lang="en">' in english and "Story map" in english and "Search nodes" in english
    assert "Hello" in json.loads(parse(english).scripts[0][1])["nodes"][0]["lines"][0]["text"]


def test_layered_layout_keeps_boxes_and_labels_apart():
    nodes = [(n, 60, 30) for n in "abcdef"]
    edges = [(s, t, 50, 24) for s, t in ("ab", "ac", "ad", "be", "ce", "de", "ef", "ea", "ff", "ab")]
    drawing = arrange(nodes, edges, first="a")
    rects = [(p.x, p.y, p.w, p.h) for p in drawing.boxes.values()]
    rects += [(r.label[0], r.label[1], 50, 24) for r in drawing.routes if r.label and not r.loop]
    for i, one in enumerate(rects):
        for other in rects[i + 1 :]:
            apart = (
                one[0] + one[2] <= other[0] + 0.01
                or other[0] + other[2] <= one[0] + 0.01
                or one[1] + one[3] <= other[1] + 0.01
                or other[1] + other[3] <= one[1] + 0.01
            )
            assert apart, (one, other)
    ranks = {n: drawing.boxes[n].y for n in "abcdef"}
    assert ranks["a"] < ranks["b"] == ranks["c"] == ranks["d"] < ranks["e"] < ranks["f"]
    for (source, target, *_), route in zip(edges, drawing.routes):
        start, end = route.points[0], route.points[-1]
        box_s, box_t = drawing.boxes[source], drawing.boxes[target]
        assert box_s.x <= start[0] <= box_s.x + box_s.w + 30 and box_t.x <= end[0] <= box_t.x + box_t.w + 30


# -- in a real browser --------------------------------------------------------------------------
needs_chromium = pytest.mark.usefixtures("chromium_path")  # skips without Chromium (conftest.py)


def dump_dom(url: str) -> str:
    done = subprocess.run(
        [
            browsers.chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=3000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def write_map(tmp_path, scenario_path, *extra) -> str:
    out = tmp_path / "map.html"
    assert cli.main(["graph", str(scenario_path), "-o", str(out), *extra]) == 0
    return out.as_uri()


@needs_chromium
def test_chromium_renders_the_sample_with_its_nodes_and_edges(tmp_path):
    url = write_map(tmp_path, SAMPLE, "--lang", "id")
    dom = dump_dom(url)
    graph = build_graph(build_anyway(SAMPLE)[0])
    assert 'data-ready="yes"' in dom  # the script ran to its end
    assert len(re.findall(r'<g class="node ', dom)) == len(graph.nodes)
    assert len(re.findall(r'<g class="edge"', dom)) == len(graph.edges)
    assert f"{len(graph.nodes)} simpul · {len(graph.edges)} garis" in dom  # counted by the script
    assert re.search(r'<g id="viewport" transform="translate\(', dom)  # fitted to the window


@needs_chromium
def test_chromium_shows_untrusted_text_as_text(story, tmp_path):
    path, _, graph = story
    dom = dump_dom(write_map(tmp_path, path, "--lang", "id") + "#node=a")
    assert 'data-ready="yes"' in dom and "pwned" not in re.findall(r"<title>(.*?)</title>", dom)[0]
    assert "<img" not in dom and "<b>tebal" not in dom and "<i>KWT" not in dom
    panel = dom[dom.index('<aside id="panel"') :]
    assert "hidden" not in panel[:40]  # #node=a opened the panel
    assert "&lt;/script&gt;&lt;img src=x onerror=" in panel and "Bu Wati &lt;i&gt;KWT&lt;/i&gt;" in panel
    assert f"{path}:{graph.node('a').line}" in panel  # the file:line to copy


@needs_chromium
def test_chromium_search_marks_what_it_finds(tmp_path):
    dom = dump_dom(write_map(tmp_path, SAMPLE, "--lang", "en") + "#search=dapur_tutup")
    graph = build_graph(build_anyway(SAMPLE)[0])
    matched = re.findall(r'<g class="node (\w+) match" id="node-([^"]+)"', dom)
    assert {node for _style, node in matched} >= {"ending:dapur_tutup", "event:dapur_tutup"}
    dimmed = re.findall(r'<g class="node \w+ dim"', dom)
    assert len(matched) + len(dimmed) == len(graph.nodes) and dimmed
    assert re.search(r'<span id="found"[^>]*>\d+ found</span>', dom)
