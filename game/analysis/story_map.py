"""The interactive story map: one offline HTML file (`graph --format html`).

    html = to_html(build_graph(scenario), scenario, lang="id", source="scenarios/x.yaml")

The picture is the same layered layout as the SVG and PNG (render.layout), drawn as
SVG inside the page; a little vanilla JavaScript (story_map_assets.SCRIPT) pans,
zooms, searches and, on a click, shows a node or a choice in full with its
file:line to copy. Nothing is fetched: styles, script and data are all in the file.

Scenario text is untrusted. It reaches the page twice, both escaped: in the SVG
as XML-escaped text, and in a JSON block whose `<`, `>` and `&` are written as
\\u escapes (so `</script>` cannot end it); the script puts it on the page with
textContent only, never as markup.
"""

from __future__ import annotations

import json
from xml.sax.saxutils import escape

from ..engine.model import END, Scenario
from .graph import Graph, event_node_id
from .render import COLOURS, GENERATOR, MARKER, attr, edge_label, layout, svg_parts
from .story_map_assets import SCRIPT, STYLE

WORDS = {  # the page's own words: Bahasa Indonesia, English
    "title": ("Peta cerita", "Story map"),
    "search": ("Cari simpul, pilihan atau teks…", "Search nodes, choices or text…"),
    "fit": ("Tampilkan semua", "Fit to window"),
    "counts": ("{nodes} simpul · {edges} garis", "{nodes} nodes · {edges} lines"),
    "found": ("{n} cocok", "{n} found"),
    "none": ("tidak ada yang cocok", "nothing found"),
    "hint": (
        "Seret untuk menggeser, roda tetikus untuk memperbesar, klik simpul atau garis untuk rinciannya.",
        "Drag to pan, scroll to zoom, click a node or a line to see it in full.",
    ),
    "copy": ("Salin berkas:baris", "Copy file:line"),
    "copied": ("Tersalin", "Copied"),
    "close": ("Tutup", "Close"),
    "lines": ("Teks", "Text"),
    "choices": ("Pilihan", "Choices"),
    "effects": ("Efek", "Effects"),
    "sets": ("Menyetel", "Sets"),
    "tags": ("Miskonsepsi", "Misconceptions"),
    "feedback": ("Umpan balik", "Feedback"),
    "insight": ("Wawasan", "Insight"),
    "to": ("Menuju", "Goes to"),
    "from": ("Datang dari", "Comes from"),
    "if": ("Syarat", "Condition"),
    "schedules": ("Menjadwalkan", "Schedules"),
    "hint_field": ("Petunjuk", "Hint"),
    "reflection": ("Pertanyaan refleksi", "Reflection question"),
    "summary": ("Ringkasan", "Summary"),
    "debrief": ("Diskusi", "Debrief"),
    "narrator": ("Narator", "Narrator"),
    "location": ("Tempat", "Location"),
    "chance": ("Peluang", "Chance"),
    "at": ("Dapat terjadi di", "May happen at"),
    "start": ("awal", "start"),
    "story": ("simpul", "node"),
    "finish": ("selesai (END)", "finish (END)"),
    "ending": ("akhir cerita", "ending"),
    "delayed": ("peristiwa tertunda", "delayed event"),
    "obstacle": ("hambatan", "obstacle"),
    "unreachable": ("tak terjangkau", "unreachable"),
    "dead_end": ("buntu (tak sampai END)", "dead end (never reaches END)"),
    "missing": ("tautan rusak: simpul tidak ada", "broken link: no such node"),
    "event": ("peristiwa", "event"),
    "misconception_edge": ("pilihan dengan miskonsepsi", "choice with a misconception"),
}
LEGEND = ("start", "story", "finish", "ending", "event", "unreachable", "dead_end", "missing")


def words(lang: str) -> dict:
    return {key: pair[1] if lang == "en" else pair[0] for key, pair in WORDS.items()}


def to_html(graph: Graph, scenario: Scenario, lang: str = "id", source: str = "") -> str:
    lay = layout(graph, lang)
    ui = words(lang)
    data = {
        "file": source or scenario.source,
        "lang": lang,
        "words": ui,
        "nodes": [_node_data(node, scenario, lang) for node in graph.nodes],
        "edges": [_edge_data(edge, scenario, lang) for edge in graph.edges],
    }
    title = f"{ui['title']}: {scenario.title.get(lang) or scenario.id}"
    legend = "".join(
        f'<span class="key {key}"><span class="swatch" style="background:{COLOURS[key][0]};border-color:{COLOURS[key][1]}">'
        f"</span>{escape(ui[key])}</span>"
        for key in LEGEND
    )
    return "\n".join(
        [
            "<!doctype html>",
            f'<html lang="{attr(lang)}">',
            '<head><meta charset="utf-8">',
            f'<meta name="generator" content="{GENERATOR}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f"<style>{STYLE}</style></head>",
            "<body>",
            '<header><h1 id="heading">' + escape(title) + "</h1>",
            f'<input id="search" type="search" placeholder="{attr(ui["search"])}" aria-label="{attr(ui["search"])}">',
            '<span id="found" aria-live="polite"></span>',
            f'<button id="fit" type="button">{escape(ui["fit"])}</button>',
            '<button id="zoom-in" type="button" aria-label="+">+</button>',
            '<button id="zoom-out" type="button" aria-label="-">−</button>',
            '<span id="counts"></span></header>',
            f'<div id="legend">{legend}<span class="hint">{escape(ui["hint"])}</span></div>',
            '<main><svg id="map" xmlns="http://www.w3.org/2000/svg" font-family="DejaVu Sans, sans-serif" '
            f'data-width="{lay.width:.0f}" data-height="{lay.height:.0f}">',
            MARKER,
            '<g id="viewport">',
            *svg_parts(lay),
            "</g></svg>",
            '<aside id="panel" hidden><button id="close" type="button">'
            + escape(ui["close"])
            + '</button><div id="detail"></div></aside></main>',
            f'<script type="application/json" id="data">{script_json(data)}</script>',
            f"<script>{SCRIPT}</script>",
            "</body></html>",
            "",
        ]
    )


def script_json(data) -> str:
    """JSON that is safe inside <script>: no `<`, `>` or `&` that could end or change the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028")):
        text = text.replace(char, code)
    return text.replace("\u2029", "\\u2029")


# -- what a click shows -------------------------------------------------------------------
def _node_data(node, scenario: Scenario, lang: str) -> dict:
    out = {
        "id": node.id,
        "label": node.label,
        "kind": node.kind,
        "detail": node.detail,
        "line": node.line,
        "unreachable": node.unreachable,
        "dead_end": node.dead_end and node.kind in ("start", "story"),
    }
    if node.id in scenario.nodes:
        story = scenario.nodes[node.id]
        out["location"] = _location(scenario, story.location, lang)
        out["lines"] = [_line(scenario, line, lang) for line in story.lines]
        out["hint_field"] = story.hint.get(lang)
        out["reflection"] = story.reflection.get(lang)
        if story.condition is not None:
            out["if"] = story.condition.source.strip()
    ending = next((e for e in scenario.endings if f"ending:{e.id}" == node.id), None)
    if ending is not None:
        out["title"] = ending.title.get(lang)
        out["summary"] = ending.summary.get(lang)
        out["debrief"] = [_line(scenario, line, lang) for line in ending.debrief]
        if ending.condition is not None:
            out["if"] = ending.condition.source.strip()
    event = next((e for e in scenario.events.values() if event_node_id(e.id) == node.id), None)
    if event is not None:
        out["title"] = event.title.get(lang)
        out["lines"] = [{"speaker": "", "text": event.text.get(lang)}]
        out["effects"] = [[e.meter, e.delta] for e in event.effects]
        out["sets"] = [[f.flag, str(f.value)] for f in event.sets]
        out["chance"] = event.probability
        out["at"] = list(event.at)
        if event.condition is not None:
            out["if"] = event.condition.source.strip()
    if node.id == END:
        out["title"] = "END"
    return out


def _edge_data(edge, scenario: Scenario, lang: str) -> dict:
    out = {
        "source": edge.source,
        "target": edge.target,
        "style": edge.style,
        "label": edge_label(edge, lang) or words(lang).get(edge.style, ""),  # in the map's language
        "choice": edge.choice,
        "if": edge.condition,
        "tags": list(edge.misconceptions),
        "line": edge.line,
        "broken": edge.broken,
    }
    choice = _choice(scenario, edge.source, edge.choice)
    if choice is not None:
        out["text"] = choice.text.get(lang)
        out["feedback"] = choice.feedback.get(lang)
        out["insight"] = choice.insight.get(lang)
        out["effects"] = [[e.meter, e.delta] for e in choice.effects]
        out["sets"] = [[f.flag, str(f.value)] for f in choice.sets]
        out["schedules"] = [s.event for s in choice.schedule]
    return out


def _choice(scenario: Scenario, node_id: str, choice_id: str):
    node = scenario.nodes.get(node_id)
    if node is None or not choice_id:
        return None
    return next((c for c in node.choices if c.id == choice_id), None)


def _line(scenario: Scenario, line, lang: str) -> dict:
    speaker = scenario.characters.get(line.speaker) if line.speaker else None
    name = speaker.name if speaker is not None else (line.speaker or "")
    out = {"speaker": name, "text": line.text.get(lang)}
    if line.condition is not None:
        out["if"] = line.condition.source.strip()
    return out


def _location(scenario: Scenario, location_id, lang: str) -> str:
    place = scenario.locations.get(location_id) if location_id else None
    return place.name.get(lang) if place is not None else (location_id or "")
