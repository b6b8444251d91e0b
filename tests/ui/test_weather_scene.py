"""The scene paints the weather a node or its location says over the background, once per size (issue 13)."""

from __future__ import annotations

import pygame
import pytest

from game.content.library import load_all
from game.engine.model import Location, Node, Text
from game.engine.session import Session
from game.resources import SCENARIOS_DIR
from game.ui.assets import Images
from game.ui.screens.scene import Scene
from game.ui.theme import Look
from game.ui.weather import WeatherPicture, paint, weather_for


class FakeScenario:
    def __init__(self, nodes):
        self.nodes = {n.id: n for n in nodes}


class FakeView:
    def __init__(self, node, location):
        self.node, self.location = node, location


RAINY = Location("sawah", Text("Sawah", "Field"), kind="field", weather="rain")
PLAIN = Location("kantor", Text("Kantor", "Office"), kind="office")


def test_a_node_says_its_own_weather_else_its_location_does():
    scenario = FakeScenario(
        [Node("a", (), ()), Node("b", (), (), weather="clear"), Node("c", (), (), weather="dry")]
    )
    assert weather_for(scenario, FakeView("a", RAINY)) == "rain"  # the location's
    assert weather_for(scenario, FakeView("b", RAINY)) == "clear"  # the rain stops at this node
    assert weather_for(scenario, FakeView("c", PLAIN)) == "dry"
    assert weather_for(scenario, FakeView("a", PLAIN)) == ""
    assert weather_for(scenario, FakeView("a", None)) == ""


def test_the_shipped_rain_reaches_the_window_at_its_node():
    loaded = next(x for x in load_all([SCENARIOS_DIR]) if x.scenario and x.scenario.id.startswith("mitra"))
    scenario = loaded.scenario
    rainy = [nid for nid, node in scenario.nodes.items() if node.weather == "rain"]
    assert rainy, "04 says it rains at its first meeting"
    session = Session(scenario)
    view = session.view()
    assert weather_for(scenario, view) == ("rain" if view.node in rainy else "")


def draw(scene, look, size, location):
    surf = pygame.Surface(size)
    rect = pygame.Rect(0, 0, *size)
    panel = pygame.Rect(0, size[1], size[0], 0)  # no room for a portrait: the picture alone
    scene.draw(surf, look, rect, panel, location, None, None, weather=location.weather)
    return surf


def differing(a: pygame.Surface, b: pygame.Surface) -> int:
    w, h = a.get_size()
    return sum(a.get_at((x, y)) != b.get_at((x, y)) for x in range(0, w, 4) for y in range(0, h, 4))


def test_rain_is_drawn_differently_from_a_clear_sky_and_from_cloud():
    look = Look((160, 90))
    scene = Scene(Images())
    field = Location("sawah", Text("Sawah", "Field"), kind="field")
    clear = draw(scene, look, (160, 90), field)
    rain = draw(scene, look, (160, 90), Location("sawah", field.name, kind="field", weather="rain"))
    cloudy = draw(scene, look, (160, 90), Location("sawah", field.name, kind="field", weather="cloudy"))
    said_clear = draw(scene, look, (160, 90), Location("sawah", field.name, kind="field", weather="clear"))
    assert differing(clear, said_clear) == 0  # clear shows the picture as it is
    assert differing(clear, rain) > 0.8 * (40 * 23)  # the rain's sky darkens nearly every pixel
    assert differing(rain, cloudy) > 0
    # the rain darkens the picture
    avg = pygame.transform.average_color
    assert sum(avg(rain)[:3]) < sum(avg(clear)[:3])


def test_the_weather_picture_is_made_once_per_size_and_replaced_on_resize():
    look = Look((160, 90))
    scene = Scene(Images())
    draw(scene, look, (160, 90), RAINY)
    first = scene.weather._picture
    for _ in range(3):
        draw(scene, look, (160, 90), RAINY)
    assert scene.weather.made == 1 and scene.weather._picture is first  # later frames blit the same picture
    draw(scene, look, (200, 100), RAINY)
    assert scene.weather.made == 2
    assert scene.weather._picture.get_size() == (200, 100)  # only the picture on show is kept
    draw(scene, look, (200, 100), PLAIN)  # another place (and no weather): nothing more is painted
    assert scene.weather.made == 2


def test_no_picture_is_kept_for_a_clear_scene():
    picture = WeatherPicture()
    bg = pygame.Surface((40, 30))
    assert picture.over(bg, "x", "clear") is bg and picture.over(bg, "x", "") is bg
    assert picture.made == 0


@pytest.mark.parametrize("weather", ["rain", "cloudy", "dry"])
def test_high_contrast_keeps_the_picture_lighter_than_the_normal_weather(weather):
    normal, hc = paint((120, 80), weather), paint((120, 80), weather, high_contrast=True)
    alpha = pygame.transform.average_color
    # the layer's average alpha: how much of the picture it hides
    assert alpha(hc)[3] < alpha(normal)[3]


def test_the_same_weather_paints_the_same_layer():
    a, b = paint((90, 60), "rain"), paint((90, 60), "rain")
    assert pygame.image.tobytes(a, "RGBA") == pygame.image.tobytes(b, "RGBA")


def test_every_location_kind_in_the_shipped_scenarios_has_its_own_picture():
    from game.ui.assets import BACKGROUND_KINDS, background_name, background_path

    kinds = {
        loc.kind
        for loaded in load_all([SCENARIOS_DIR])
        if loaded.scenario
        for loc in loaded.scenario.locations.values()
    }
    assert kinds and all(background_name(kind) == kind for kind in kinds), kinds
    assert all(background_path(kind).is_file() for kind in BACKGROUND_KINDS)


def test_a_kind_in_indonesian_finds_its_picture_and_an_unknown_one_the_village_hall():
    from game.ui.assets import background_name

    assert background_name("Pantai") == "river" and background_name("balai desa") == "village_hall"
    assert background_name("kantor-desa") == "office" and background_name("kapal selam") == "village_hall"
    assert background_name("") == "village_hall"
