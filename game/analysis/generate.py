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
