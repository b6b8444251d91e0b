"""Generated scenarios for benchmarks and scale tests: layered stories with
billions of distinct paths and known structure."""

from __future__ import annotations

import random

from ..engine import conditions
from ..engine.model import (
    COMPETENCIES,
    END,
    Branch,
    Choice,
    Effect,
    Ending,
    Line,
    Meter,
    Node,
    Scenario,
    Text,
)


def layered(nodes: int = 5000, width: int = 250, choices: int = 3, seed: int = 1) -> Scenario:
    """`nodes` nodes in layers of `width`; every node offers `choices` ways into the next layer.

    With the defaults there are 20 layers and 3**20 (about 3.5e9) distinct playthroughs.
    """
    rng = random.Random(seed)
    layers = [[f"n{layer}_{i}" for i in range(width)] for layer in range(max(1, nodes // width))]
    built = {}
    for depth, layer in enumerate(layers):
        following = layers[depth + 1] if depth + 1 < len(layers) else None
        for node_id in layer:
            targets = rng.sample(following, choices) if following else [END] * choices
            built[node_id] = Node(
                id=node_id,
                lines=(Line(Text(f"Simpul {node_id}", f"Node {node_id}")),),
                choices=tuple(_choice(node_id, k, target, rng) for k, target in enumerate(targets)),
            )
    meters = {c: Meter(id=c, label=Text(c, c), kind="competency") for c in COMPETENCIES}
    cut = len(layers) * 2
    return Scenario(
        id=f"generated-{nodes}",
        format=1,
        title=Text("Uji skala", "Scale test"),
        summary=Text("Dibuat otomatis", "Generated"),
        duty=("needs_design",),
        minutes=60,
        start=layers[0][0],
        characters={},
        locations={},
        meters=meters,
        nodes=built,
        events={},
        endings=(
            Ending(
                "high", Text("Tinggi", "High"), Text("", ""), (), conditions.parse(f"collaboration >= {cut}")
            ),
            Ending("low", Text("Rendah", "Low"), Text("", ""), ()),
        ),
    )


def _choice(node_id: str, k: int, target: str, rng: random.Random) -> Choice:
    tags = (rng.choice(("solo_work", "quick_change", "aid_dependency")),) if rng.random() < 0.2 else ()
    effects = (Effect("collaboration", rng.randint(-1, 3)), Effect("empathy", rng.randint(-1, 2)))
    return Choice(
        id=f"{node_id}.{k + 1}",
        text=Text(f"Pilihan {k + 1}", f"Choice {k + 1}"),
        feedback=Text("Terjadi sesuatu.", "Something happens."),
        next=(Branch(target),),
        effects=effects,
        misconceptions=tags,
    )


# -- a scenario file, for measuring the real loader --------------------------------------------------
WORDS_ID = ("warga", "kader", "desa", "musyawarah", "anggaran", "posyandu", "rencana", "dusun", "data", "tim")
WORDS_EN = (
    "residents",
    "cadres",
    "village",
    "meeting",
    "budget",
    "health post",
    "plan",
    "hamlet",
    "data",
    "team",
)
TAGS = ("solo_work", "quick_change", "aid_dependency")


def story_yaml(nodes: int = 2000, width: int = 100, choices: int = 3) -> str:
    """A valid scenario file of `nodes` nodes, written as a trainer would: a speaker's line per
    node, `choices` options each with texts in both languages, effects, feedback, a time, some
    conditions, flags and misconception tags with insights; three delayed events, a calendar and
    three endings with conditions. Layers grow from the start node by `choices` up to `width`, and
    every node is reached. Deterministic; a 2,000-node file is about 2.0 MB (the loader takes up to 2 MiB)."""
    sizes = []
    while sum(sizes) < nodes:
        sizes.append(min(width, choices ** len(sizes), nodes - sum(sizes)))
    out = [_head()]
    for depth, size in enumerate(sizes):
        following = sizes[depth + 1] if depth + 1 < len(sizes) else 0
        for i in range(size):
            out.append(_node(depth, i, size, following, choices))
    out.append(_tail(events=min(3, len(sizes))))  # the first node of layer d schedules e{d % 3}
    return "".join(out)


def _say(k: int, n: int, lang: str) -> str:
    words = WORDS_ID if lang == "id" else WORDS_EN
    picked = " ".join(words[(k * 7 + j * 3) % len(words)] for j in range(n))
    return f"{picked} {k}."


def _head() -> str:
    return """format: 1
id: generated-story
title: {id: Cerita buatan, en: Generated story}
summary: {id: Cerita besar untuk mengukur pemuat, en: A large story to measure the loader}
duty: [needs_design]
minutes: 60
start: n0_0
coach: yoga
calendar: {start: 2026-01-05}
characters:
  rina: {name: Bu Rina, role: {id: Kader, en: Cadre}}
  yoga: {name: Mas Yoga, role: {id: Pendamping Desa, en: Village facilitator}}
locations:
  balai: {name: {id: Balai desa, en: Village hall}, kind: village_hall}
meters:
  trust:
    label: {id: Kepercayaan, en: Trust}
    start: 50
    min: 0
    max: 100
nodes:
"""


def _node(depth: int, i: int, size: int, following: int, choices: int) -> str:
    k = depth * 1000 + i
    lines = [
        f"  n{depth}_{i}:",
        "    lines:",
        f'      - {{speaker: {("rina", "yoga")[k % 2]}, text: {{id: "{_say(k, 5, "id")}", en: "{_say(k, 5, "en")}"}}}}',
        "    choices:",
    ]
    for c in range(choices):
        target = f"n{depth + 1}_{(i * choices + c) % following}" if following else "END"
        tagged = (k + c) % 5 == 0
        lines += [
            f'      - text: {{id: "{_say(k + c, 3, "id")}", en: "{_say(k + c, 3, "en")}"}}',
            f'        feedback: {{id: "{_say(k + c + 2, 3, "id")}", en: "{_say(k + c + 2, 3, "en")}"}}',
            f"        effects: {{collaboration: {c - 1}, trust: {(c * 3 + k) % 7 - 3}}}"
            if c != 1
            else f"        effects: {{empathy: {k % 3 - 1}, trust: {k % 5 - 2}}}",
        ]
        if c == 0:
            lines.append("        time: 2 days")
        if c == 2 and k % 4 == 0:
            lines.append("        if: trust >= 30 or forum")
        if c == 0 and k % 9 == 0:
            lines.append("        set: {forum: true}")
        if tagged:
            lines += [
                f"        misconceptions: [{TAGS[k % 3]}]",
                f'        insight: {{id: "{_say(k, 4, "id")}", en: "{_say(k, 4, "en")}"}}',
            ]
        if c == 1 and k % 50 == 0:
            lines.append(f"        schedule: [{{event: e{k % 3}, after: 3 decisions}}]")
        lines.append(f"        next: {target}")
    return "\n".join(lines) + "\n"


def _tail(events: int) -> str:
    events = "".join(
        f"""  e{n}:
    kind: delayed
    title: {{id: Kabar {n}, en: News {n}}}
    text: {{id: "{_say(n, 8, "id")}", en: "{_say(n, 8, "en")}"}}
    effects: {{trust: {n - 1}}}
"""
        for n in range(events)
    )
    return f"""events:
{events}endings:
  - id: shared
    best: true
    if: collaboration >= 6 and trust >= 50
    title: {{id: Milik warga, en: The residents' own}}
    summary: {{id: Program berjalan bersama warga, en: The programme runs with the residents}}
    debrief: [{{id: Apa yang membuatnya berhasil?, en: What made it work?}}]
  - id: partial
    if: trust >= 40
    title: {{id: Setengah jalan, en: Halfway}}
    summary: {{id: Sebagian berjalan, en: Part of it runs}}
    debrief: [{{id: Apa yang kurang?, en: What was missing?}}]
  - id: stalled
    title: {{id: Mandek, en: Stalled}}
    summary: {{id: Program berhenti, en: The programme stops}}
    debrief: [{{id: Mengapa berhenti?, en: Why did it stop?}}]
"""
