"""The weather a scenario says, drawn over its location's picture: rain, an overcast sky, dry-season haze.

The weather is painted once into a copy of the scaled background, so a frame costs one opaque blit, the
same as a plain background. One picture is kept (the one on show): a new size, place or weather replaces
it, so the memory is one scene-sized surface at most. Nothing moves: the streaks are still, which costs no
redraws while the player reads and suits a player who finds motion hard to follow.
"""

from __future__ import annotations

import random

import pygame

from game.engine.model import WEATHERS

# overlay colours (RGBA): a sky's tint from top to bottom, and what falls in it
OVERCAST = ((120, 128, 140, 185), (96, 104, 112, 70))
RAIN_SKY = ((70, 80, 96, 215), (52, 62, 76, 120))
RAIN_STREAK = (206, 220, 232, 110)
HAZE = ((248, 232, 196, 80), (196, 150, 80, 130))
DUST = (246, 230, 200, 90)  # the pale band at the horizon in the dry season
CLOUD = (214, 218, 224, 150)


def weather_for(scenario, view) -> str:
    """The weather at the node on show: its own, else its location's; "" when the scenario says none."""
    node = scenario.nodes.get(view.node) if scenario is not None and view is not None else None
    if node is not None and node.weather:
        return node.weather
    location = view.location if view is not None else None
    return location.weather if location is not None else ""


def drawn(weather: str) -> bool:
    """Whether a weather changes the picture (clear, or none said, shows it as it is)."""
    return weather in WEATHERS and weather != "clear"


def _gradient(overlay: pygame.Surface, top, bottom, start: float = 0.0) -> None:
    """A vertical tint from `top` to `bottom` (RGBA), from `start` (a fraction of the height) down."""
    w, h = overlay.get_size()
    first = round(h * start)
    bands = max(1, min(48, h - first))
    for i in range(bands):
        t = i / max(1, bands - 1)
        colour = tuple(round(top[k] + (bottom[k] - top[k]) * t) for k in range(4))
        y0 = first + (h - first) * i // bands
        y1 = first + (h - first) * (i + 1) // bands
        overlay.fill(colour, (0, y0, w, max(1, y1 - y0)))


def _band(overlay: pygame.Surface, colour, top: float, bottom: float, steps: int = 16) -> None:
    """A pale band from `top` to `bottom` (fractions of the height), strongest in its middle."""
    w, h = overlay.get_size()
    band = pygame.Surface((w, h), pygame.SRCALPHA)
    y0, y1 = round(h * top), round(h * bottom)
    for i in range(steps):
        alpha = round(colour[3] * (1 - abs((i + 0.5) / steps - 0.5) * 2))
        a, b = y0 + (y1 - y0) * i // steps, y0 + (y1 - y0) * (i + 1) // steps
        band.fill((*colour[:3], alpha), (0, a, w, max(1, b - a)))
    overlay.blit(band, (0, 0))


def _clouds(overlay: pygame.Surface, rng: random.Random, count: int) -> None:
    w, h = overlay.get_size()
    puff = pygame.Surface((w, h), pygame.SRCALPHA)
    for _ in range(count):
        cx, cy = rng.uniform(-0.1, 1.1) * w, rng.uniform(0.02, 0.3) * h
        rw, rh = rng.uniform(0.18, 0.34) * w, rng.uniform(0.06, 0.12) * h
        pygame.draw.ellipse(puff, CLOUD, (cx - rw / 2, cy - rh / 2, rw, rh))
    overlay.blit(puff, (0, 0))


def _streaks(overlay: pygame.Surface, rng: random.Random, high_contrast: bool) -> None:
    w, h = overlay.get_size()
    count = max(12, w * h // (4000 if high_contrast else 1600))
    length = max(4, round(h * 0.045))
    width = max(1, round(min(w, h) / 700))
    colour = (*RAIN_STREAK[:3], 210) if high_contrast else RAIN_STREAK
    for _ in range(count):
        x, y = rng.uniform(-0.1, 1.0) * w, rng.uniform(-0.05, 1.0) * h
        n = length * rng.uniform(0.6, 1.2)
        pygame.draw.line(overlay, colour, (x, y), (x + n * 0.22, y + n), width)


def paint(size, weather: str, high_contrast: bool = False) -> pygame.Surface | None:
    """The weather as a transparent layer of `size` (None for a clear sky). The same every time: a seeded
    random places the streaks and the clouds. High contrast keeps the picture clear: a lighter tint, fewer
    and brighter streaks."""
    if not drawn(weather) or size[0] <= 0 or size[1] <= 0:
        return None
    overlay = pygame.Surface(size, pygame.SRCALPHA)
    rng = random.Random(f"{weather}:{size[0]}x{size[1]}")
    soften = 0.5 if high_contrast else 1.0
    if weather == "rain":
        _gradient(overlay, *(_scaled(c, soften) for c in RAIN_SKY))
        _streaks(overlay, rng, high_contrast)
    elif weather == "cloudy":
        _gradient(overlay, *(_scaled(c, soften) for c in OVERCAST))
        _clouds(overlay, rng, 7)
    elif weather == "dry":
        _gradient(overlay, *(_scaled(c, soften) for c in HAZE))
        _band(overlay, _scaled(DUST, soften), 0.3, 0.7)
    return overlay


def _scaled(colour, k: float):
    return (*colour[:3], round(colour[3] * k))


class WeatherPicture:
    """The background with its weather painted in, for the one scene on show."""

    def __init__(self):
        self._key = None
        self._picture: pygame.Surface | None = None
        self.made = 0  # how many pictures were painted (a test counts them)

    def over(self, background: pygame.Surface | None, key, weather: str, high_contrast: bool = False):
        """`background` with `weather` over it; the background itself when the weather draws nothing.
        `key` names the background (its file); the picture is kept until the key, size or weather change."""
        if background is None or not drawn(weather):
            return background
        wanted = (key, background.get_size(), weather, high_contrast)
        if self._key != wanted:
            self._key, self._picture = None, None  # the old one goes before the new one is made
            picture = background.copy()
            layer = paint(background.get_size(), weather, high_contrast)
            if layer is not None:
                picture.blit(layer, (0, 0))
            if pygame.display.get_surface() is not None:
                picture = picture.convert()  # opaque: the fastest kind of blit
            self._key, self._picture = wanted, picture
            self.made += 1
        return self._picture

    def drop(self) -> None:
        self._key, self._picture = None, None
