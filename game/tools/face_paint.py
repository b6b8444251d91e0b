"""Small drawing helpers for the portrait generator: colours, shading, clipped patterns, blended shapes.

Everything draws with plain pygame primitives (no antialiasing) on a 512x512 transparent surface, in the
flat style of the game's other pictures.
"""

from __future__ import annotations

import pygame

SIZE = 512
CX = SIZE // 2

SKIN = {
    "light": (236, 198, 162),
    "light-medium": (222, 176, 136),
    "medium": (204, 154, 112),
    "medium-tan": (184, 134, 94),
    "tan": (160, 112, 78),
    "deep": (130, 88, 60),
}
HAIR = {
    "black": (30, 26, 26),
    "dark-brown": (62, 44, 34),
    "salt-pepper": (112, 108, 106),
    "grey": (158, 156, 154),
    "white": (212, 210, 206),
}
EYE = (38, 30, 28)
WHITE = (248, 246, 240)


def rgb(value) -> tuple:
    """A colour from '#rrggbb' or a list of three numbers."""
    if isinstance(value, str):
        value = value.lstrip("#")
        return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))
    return tuple(int(v) for v in value[:3])


def shade(color, factor: float) -> tuple:
    """Darker below 1, lighter above 1 (towards white)."""
    if factor <= 1:
        return tuple(max(0, round(c * factor)) for c in color)
    return tuple(min(255, round(c + (255 - c) * (factor - 1))) for c in color)


def blend(target, draw, alpha: int) -> None:
    """Draw something (draw(surface) in opaque colours) onto target at the given opacity."""
    layer = pygame.Surface(target.get_size(), pygame.SRCALPHA)
    draw(layer)
    layer.set_alpha(alpha)
    target.blit(layer, (0, 0))


def clipped(target, shape, pattern) -> None:
    """Draw pattern(surface) onto target only where shape(surface) paints: a stencil."""
    layer = pygame.Surface(target.get_size(), pygame.SRCALPHA)
    pattern(layer)
    stencil = pygame.Surface(target.get_size(), pygame.SRCALPHA)
    shape(stencil)
    layer.blit(stencil, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    target.blit(layer, (0, 0))


def white_shape(draw_shape):
    """A stencil painter: the shape in opaque white (draw_shape(surface, colour))."""
    return lambda surface: draw_shape(surface, (255, 255, 255, 255))


def dots(surface, color, area, step: int, radius: int, offset: bool = True) -> None:
    x0, y0, x1, y1 = area
    for row, y in enumerate(range(y0, y1, step)):
        shift = step // 2 if offset and row % 2 else 0
        for x in range(x0 + shift, x1, step):
            pygame.draw.circle(surface, color, (x, y), radius)


def rings(surface, color, area, step: int, radius: int) -> None:
    x0, y0, x1, y1 = area
    for row, y in enumerate(range(y0, y1, step)):
        for x in range(x0 + (step // 2 if row % 2 else 0), x1, step):
            pygame.draw.circle(surface, color, (x, y), radius, 3)


def flowers(surface, color, center_color, area, step: int) -> None:
    x0, y0, x1, y1 = area
    for row, y in enumerate(range(y0, y1, step)):
        for x in range(x0 + (step // 2 if row % 2 else 0), x1, step):
            for dx, dy in ((-5, 0), (5, 0), (0, -5), (0, 5)):
                pygame.draw.circle(surface, color, (x + dx, y + dy), 4)
            pygame.draw.circle(surface, center_color, (x, y), 3)


def stripes(surface, color, step: int, width: int) -> None:
    """Diagonal stripes over the whole surface (the parang batik's slant)."""
    for k in range(-SIZE, SIZE, step):
        pygame.draw.line(surface, color, (k, SIZE), (k + SIZE, 0), width)


def brow(surface, color, outer, inner, arch: int, thickness: int) -> None:
    """An eyebrow from its outer to its inner end, tapering at the outer end, arched by `arch` px."""
    (x0, y0), (x1, y1) = outer, inner
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2 - arch
    half = thickness / 2
    pygame.draw.polygon(
        surface,
        color,
        [(x0, y0), (mx, my - half), (x1, y1 - half), (x1, y1 + half), (mx, my + half)],
    )


class Geometry:
    """Where the parts of one face sit: women a little narrower in face, neck and shoulders."""

    def __init__(self, woman: bool, hijab: bool):
        half = 86 if woman else 94
        top = 126 if woman else 118
        self.face = pygame.Rect(CX - half, top, half * 2, 338 - top + (0 if woman else 6))
        if hijab:  # the face shows through the scarf's oval opening
            self.face = pygame.Rect(CX - 80, 156, 160, 184)
        neck = 29 if woman else 36
        self.neck = pygame.Rect(CX - neck, 290, neck * 2, 92)
        self.body = pygame.Rect(76, 366, 360, 300) if woman else pygame.Rect(54, 356, 404, 310)
        self.ears = [pygame.Rect(CX - half - 13, 208, 28, 50), pygame.Rect(CX + half - 15, 208, 28, 50)]
        self.eye_y = 229
        self.eyes = (CX - 38, CX + 38)
        self.brow_y = 203 if woman else 201
        self.mouth_y = 286 if not hijab else 290
