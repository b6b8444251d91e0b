"""The speaker's face: chosen by the consequence, with the neutral picture when a portrait has no
expression files."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from game.engine.model import Meter, Text
from game.ui.assets import EXPRESSIONS, event_expression, expression_path, outcome_expression
from game.ui.theme import ASSETS


@dataclass
class FakeScenario:
    meters: dict = field(default_factory=dict)

    def competencies(self):
        return tuple(m for m, meter in self.meters.items() if meter.kind == "competency")


def scenario():
    def meter(mid, kind="world"):
        return Meter(mid, Text(id=mid, en=mid), kind=kind)

    return FakeScenario(
        {
            "trust": meter("trust", "trust"),
            "budget": meter("budget"),
            "water": meter("water"),
            "collab": meter("collab", "competency"),
        }
    )


def test_mostly_good_world_changes_please():
    assert outcome_expression(scenario(), {"trust": 5, "budget": 3, "water": -1}, ()) == "pleased"


def test_mostly_bad_world_changes_concern():
    assert outcome_expression(scenario(), {"trust": -5, "budget": -3, "water": 2}, ()) == "concerned"


def test_a_revealed_misconception_concerns_even_when_the_world_gains():
    assert outcome_expression(scenario(), {"trust": 5, "budget": 3}, ("top_down",)) == "concerned"


def test_even_or_no_changes_stay_neutral():
    assert outcome_expression(scenario(), {"trust": 5, "budget": -3}, ()) == "neutral"
    assert outcome_expression(scenario(), {}, ()) == "neutral"
    assert outcome_expression(scenario(), {"trust": 0}, ()) == "neutral"


def test_the_players_own_scores_do_not_move_a_face():
    assert outcome_expression(scenario(), {"collab": 10, "trust": -1}, ()) == "concerned"
    assert outcome_expression(scenario(), {"collab": -10}, ()) == "neutral"


def test_a_meter_where_lower_is_better_counts_a_fall_as_good():
    s = scenario()

    @dataclass(frozen=True)
    class Workload(Meter):
        better: str = "lower"

    s.meters["workload"] = Workload("workload", Text(id="w", en="w"))
    assert outcome_expression(s, {"workload": -20}, ()) == "pleased"
    assert outcome_expression(s, {"workload": 20}, ()) == "concerned"


def test_an_obstacle_concerns_a_delayed_event_does_not():
    assert event_expression("obstacle") == "concerned"
    assert event_expression("delayed") == "neutral"


def test_expression_files_are_found_beside_the_neutral_face(tmp_path: Path):
    neutral = tmp_path / "a.png"
    pleased = tmp_path / "a.pleased.png"
    neutral.write_bytes(b"x")
    pleased.write_bytes(b"x")
    assert expression_path(neutral, "pleased") == pleased
    assert expression_path(neutral, "neutral") == neutral


def test_a_portrait_without_expression_files_falls_back_to_neutral(tmp_path: Path):
    neutral = tmp_path / "b.png"
    neutral.write_bytes(b"x")
    assert expression_path(neutral, "concerned") == neutral
    assert expression_path(neutral, "furious") == neutral  # not an expression the game knows
    role = ASSETS / "portraits" / "elder.png"  # the role portraits have one face
    assert expression_path(role, "pleased") == role


def test_every_catalogued_face_has_every_expression():
    catalog = json.loads((ASSETS / "portraits" / "faces.json").read_text(encoding="utf-8"))
    assert tuple(catalog["expressions"]) == EXPRESSIONS
    ids = (
        [f["id"] for f in catalog["faces"]] if isinstance(catalog["faces"], list) else list(catalog["faces"])
    )
    assert len(ids) >= 64
    for face in ids:
        neutral = ASSETS / "portraits" / "faces" / f"{face}.png"
        for expression in EXPRESSIONS[1:]:
            found = expression_path(neutral, expression)
            assert found != neutral and found.is_file(), (face, expression)


@pytest.mark.parametrize("expression", EXPRESSIONS)
def test_the_scene_draws_the_chosen_face(expression, monkeypatch):
    import pygame

    from game.engine.model import Character
    from game.ui.assets import Images
    from game.ui.screens.scene import Scene

    pygame.display.init()
    surf = pygame.Surface((800, 600))
    loaded = []
    images = Images()
    real = images.fit
    monkeypatch.setattr(images, "fit", lambda path, size: loaded.append(path) or real(path, size))

    class Look:
        s, pad, hc, border, radius, c = 1, 10, False, 2, 4, {"panel": (0, 0, 0), "line": (9, 9, 9)}

        def panel(self, *a):
            pass

    speaker = Character("ani", "Ani", Text(id="bidan", en="midwife"), portrait="portraits/faces/" + FACE)
    Scene(images).draw(
        surf,
        Look(),
        pygame.Rect(0, 0, 800, 600),
        pygame.Rect(0, 400, 800, 200),
        None,
        None,
        speaker,
        expression,
    )
    stem = FACE.removesuffix(".png")
    want = f"{stem}.png" if expression == "neutral" else f"{stem}.{expression}.png"
    assert [p.name for p in loaded] == [want]


FACE = "w-young-hijab-rose-pdh.png"
