"""Paint a scenario graph's layout to a PNG file with pygame (no window opens).

The layout comes from game.analysis.render.layout and is plain data: boxes
(x, y, w, h, lines, style, kind) and arrows (points, label, colour, dashed),
with the colours in `colours`. This module reads only those attributes, so
the PNG shows the same picture as the SVG.
"""

from __future__ import annotations

import math
import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

from game import resources  # noqa: E402

FONTS = resources.FONTS_DIR
MAX_SIDE = 16_000  # pygame surfaces beyond this get very large; scale down instead


def save_png(layout, colours: dict, label_anchor, path: str) -> None:
    """Draw `layout` and write it to `path` (raises OSError/pygame.error when it cannot)."""
    pygame.font.init()
    scale = min(1.0, MAX_SIDE / max(layout.width, layout.height, 1))
    surface = pygame.Surface((max(1, int(layout.width * scale)), max(1, int(layout.height * scale))))
    surface.fill((255, 255, 255))
    fonts = _fonts(scale)
    for arrow in layout.arrows:
        _draw_arrow(surface, arrow, scale, fonts["label"], label_anchor)
    for box in layout.boxes:
        _draw_box(surface, box, colours, scale, fonts)
    pygame.image.save(surface, str(path))


def _fonts(scale: float) -> dict:
    def font(name: str, size: int):
        file = FONTS / name
        return pygame.font.Font(str(file) if file.is_file() else None, max(6, round(size * scale)))

    return {
        "node": font("DejaVuSans.ttf", 12),
        "bold": font("DejaVuSans-Bold.ttf", 12),
        "label": font("DejaVuSans.ttf", 10),
    }


def _colour(hex_colour: str) -> pygame.Color:
    return pygame.Color(hex_colour)


def _draw_box(surface, box, colours: dict, scale: float, fonts: dict) -> None:
    fill, stroke = colours[box.style]
    rect = pygame.Rect(round(box.x * scale), round(box.y * scale), round(box.w * scale), round(box.h * scale))
    radius = rect.h // 2 if box.kind in ("finish", "ending") else max(1, round(6 * scale))
    pygame.draw.rect(surface, _colour(fill), rect, border_radius=radius)
    if box.style == "unreachable":
        _dashed_rect(surface, rect, _colour(stroke))
    else:
        pygame.draw.rect(surface, _colour(stroke), rect, width=2, border_radius=radius)
    ink = (255, 255, 255) if box.kind == "finish" else (26, 26, 26)
    line_h = rect.h / max(1, len(box.lines) + 1)
    for i, text in enumerate(box.lines):
        image = (fonts["bold"] if i == 0 else fonts["node"]).render(text, True, ink)
        centre = (rect.centerx, rect.y + line_h * (i + 1))
        surface.blit(image, image.get_rect(center=centre))


def _dashed_rect(surface, rect, colour) -> None:
    corners = [rect.topleft, rect.topright, rect.bottomright, rect.bottomleft, rect.topleft]
    for a, b in zip(corners, corners[1:]):
        _dashed_line(surface, colour, a, b, 2)


def _dashed_line(surface, colour, a, b, width: int, dash: float = 6) -> None:
    length = math.dist(a, b)
    steps = max(1, int(length // dash))
    for i in range(0, steps, 2):
        t0, t1 = i / steps, min(1, (i + 1) / steps)
        start = (a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0)
        end = (a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1)
        pygame.draw.line(surface, colour, start, end, width)


def _draw_arrow(surface, arrow, scale: float, font, label_anchor) -> None:
    colour = _colour(arrow.colour)
    points = [(x * scale, y * scale) for x, y in _smooth(arrow.points)]
    for a, b in zip(points, points[1:]):
        if arrow.dashed:
            _dashed_line(surface, colour, a, b, 2)
        else:
            pygame.draw.line(surface, colour, a, b, 2)
    (x1, y1), (x2, y2) = points[-2], points[-1]
    angle = math.atan2(y2 - y1, x2 - x1)
    size = 9 * scale
    head = [
        (x2, y2),
        (x2 - size * math.cos(angle - 0.4), y2 - size * math.sin(angle - 0.4)),
        (x2 - size * math.cos(angle + 0.4), y2 - size * math.sin(angle + 0.4)),
    ]
    pygame.draw.polygon(surface, colour, head)
    x, y = label_anchor(arrow)
    for i, text in enumerate(arrow.label):
        image = font.render(text, True, colour)
        surface.blit(image, (x * scale, (y + i * 12) * scale))


def _smooth(points: list, steps: int = 10) -> list:
    """The SVG's curves as short straight pieces: each step leaves and arrives vertically
    (game.analysis.render.path_data draws the same curve)."""
    out = list(points[:1])
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        if abs(x2 - x1) < 0.5 or abs(y2 - y1) < 0.5:
            out.append((x2, y2))
            continue
        mid = (y2 - y1) / 2
        for i in range(1, steps + 1):
            t = i / steps
            a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
            out.append((a * x1 + b * x1 + c * x2 + d * x2, a * y1 + b * (y1 + mid) + c * (y2 - mid) + d * y2))
    return out
