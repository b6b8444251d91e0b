"""The features of a portrait and its three expressions: eyes, brows, nose, mouth, age lines, beards,
glasses. Expressions stay gentle: a calm face, a warm smile, a worried look; never a caricature."""

from __future__ import annotations

import math

import pygame

from .face_paint import CX, EYE, WHITE, blend, brow, shade

EXPRESSIONS = ("neutral", "pleased", "concerned")

# (outer end's lift, inner end's lift, arch) of the brows, in pixels upwards
BROWS = {"neutral": (0, 0, 3), "pleased": (4, 3, 5), "concerned": (-2, 8, 1)}


def features(s, spec, g, expression: str) -> None:
    older = spec.age == "older"
    line = shade(spec.skin, 0.8)
    if older:
        _age_lines(s, spec, g, line)
    _eyes(s, spec, g, expression)
    _brows(s, spec, g, expression)
    pygame.draw.arc(s, line, (CX - 11, 242, 22, 26), math.pi * 1.1, math.pi * 1.9, 4)  # the nose
    if expression == "pleased":
        blend(s, lambda t: _cheeks(t, g), 60)
    _beard(s, spec, g)
    _mouth(s, spec, g, expression)
    if expression == "concerned":
        pygame.draw.line(s, line, (CX - 5, g.brow_y - 8), (CX - 3, g.brow_y + 4), 3)
        pygame.draw.line(s, line, (CX + 5, g.brow_y - 8), (CX + 3, g.brow_y + 4), 3)
    _glasses(s, spec, g)


def _eyes(s, spec, g, expression: str) -> None:
    w, h = (18, 22) if spec.age != "older" else (17, 19)
    for ex in g.eyes:
        pygame.draw.ellipse(s, EYE, (ex - w // 2, g.eye_y - h // 2, w, h))
        pygame.draw.circle(s, WHITE, (ex + 3, g.eye_y - 4), 3)
        if expression == "pleased":  # the cheeks lift the lower lids into a smile
            pygame.draw.ellipse(s, spec.skin, (ex - 13, g.eye_y + 4, 26, 16))
        if spec.gender == "woman":  # a lash at the outer corner
            out = -1 if ex < CX else 1
            pygame.draw.line(s, EYE, (ex + out * 7, g.eye_y - 6), (ex + out * 13, g.eye_y - 10), 3)


def _brows(s, spec, g, expression: str) -> None:
    lift_out, lift_in, arch = BROWS[expression]
    woman = spec.gender == "woman"
    color = spec.brow_color
    thick = 6 if woman else 9
    y = g.brow_y
    for ex in g.eyes:
        out = -1 if ex < CX else 1
        outer = (ex + out * 22, y + 3 - lift_out)
        inner = (ex - out * 17, y + 1 - lift_in)
        brow(s, color, outer, inner, arch + (2 if woman else 0), thick)


def _cheeks(t, g) -> None:
    for ex in g.eyes:
        pygame.draw.ellipse(t, (232, 120, 110), (ex - 22 + (-8 if ex < CX else 8), g.eye_y + 26, 44, 22))


def _mouth(s, spec, g, expression: str) -> None:
    y = g.mouth_y
    lip = (150, 62, 62) if spec.gender == "woman" else (118, 62, 52)
    if expression == "pleased":
        pygame.draw.ellipse(s, (104, 38, 40), (CX - 32, y - 16, 64, 36))
        pygame.draw.ellipse(s, WHITE, (CX - 25, y - 8, 50, 18))
        pygame.draw.rect(s, spec.skin, (CX - 34, y - 18, 68, 18))
        pygame.draw.line(s, lip, (CX - 31, y), (CX + 31, y), 3)
    elif expression == "concerned":
        pygame.draw.arc(s, lip, (CX - 22, y - 2, 44, 24), math.pi * 0.2, math.pi * 0.8, 5)
    else:
        pygame.draw.arc(s, lip, (CX - 26, y - 22, 52, 30), math.pi * 1.22, math.pi * 1.78, 5)


def _age_lines(s, spec, g, line) -> None:
    """Gentle lines of age: forehead (where it shows), eye corners, beside the mouth."""
    top = g.face.y
    if spec.headwear == "hijab":
        top = 150
    for k, y in enumerate((top + 26, top + 36)):
        pygame.draw.arc(s, line, (CX - 44 + k * 8, y, 88 - k * 16, 16), math.pi * 0.15, math.pi * 0.85, 3)
    for ex in g.eyes:
        out = -1 if ex < CX else 1
        x = ex + out * 14
        pygame.draw.line(s, line, (x, g.eye_y + 2), (x + out * 9, g.eye_y + 6), 3)
        pygame.draw.line(s, line, (x, g.eye_y + 6), (x + out * 8, g.eye_y + 12), 3)
        pygame.draw.arc(s, line, (ex - 11, g.eye_y + 6, 22, 12), math.pi * 1.15, math.pi * 1.85, 2)
    for out in (-1, 1):
        pts = [(CX + out * 20, 258), (CX + out * 30, 270), (CX + out * 36, g.mouth_y + 6)]
        pygame.draw.lines(s, line, False, pts, 3)


def _beard(s, spec, g) -> None:
    color = spec.hair_color if spec.beard_color is None else spec.beard_color
    y = g.mouth_y
    if spec.beard in ("beard", "goatee"):
        if spec.beard == "beard":  # along the jaw and the chin
            f = g.face
            layer = pygame.Surface(s.get_size(), pygame.SRCALPHA)
            pygame.draw.ellipse(layer, color, f)
            pygame.draw.ellipse(layer, (0, 0, 0, 0), (f.x + 12, f.y - 34, f.w - 24, f.h + 12))
            s.blit(layer, (0, 0))
        pygame.draw.ellipse(s, color, (CX - 22, y + 22, 44, 32))  # a trimmed chin beard
        pygame.draw.ellipse(s, spec.skin, (CX - 26, y + 8, 52, 24))
    if spec.beard in ("mustache", "beard"):
        pygame.draw.ellipse(s, color, (CX - 32, y - 20, 64, 15))
    elif spec.beard in ("thin-mustache", "goatee"):
        pygame.draw.ellipse(s, color, (CX - 26, y - 17, 52, 8))


def _glasses(s, spec, g) -> None:
    if spec.glasses == "none":
        return
    color = spec.glasses_color
    for ex in g.eyes:
        if spec.glasses == "round":
            pygame.draw.circle(s, color, (ex, g.eye_y), 25, 4)
        else:
            pygame.draw.rect(s, color, (ex - 27, g.eye_y - 19, 54, 38), 4, border_radius=9)
    pygame.draw.line(s, color, (CX - 13, g.eye_y - 2), (CX + 13, g.eye_y - 2), 4)
    for ex in g.eyes:
        out = -1 if ex < CX else 1
        if spec.headwear != "hijab":
            pygame.draw.line(s, color, (ex + out * 26, g.eye_y - 4), (ex + out * 52, g.eye_y - 10), 4)
