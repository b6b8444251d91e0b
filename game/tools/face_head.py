"""Heads of a portrait: scarves (hijab and kerudung), hair, the face, caps and hats."""

from __future__ import annotations

import math

import pygame

from .face_paint import CX, clipped, dots, flowers, shade, white_shape


def _hijab_shape(spec):
    wide = spec.headwear_style == "long"

    def paint(s, color):
        pygame.draw.ellipse(s, color, (CX - 122, 104, 244, 290))
        if wide:  # a long (syar'i) scarf falls over the shoulders and chest
            pygame.draw.polygon(
                s, color, [(CX - 118, 290), (CX + 118, 290), (CX + 196, 512), (CX - 196, 512)]
            )
        else:
            pygame.draw.polygon(
                s, color, [(CX - 116, 290), (CX + 116, 290), (CX + 146, 430), (CX - 146, 430)]
            )
            pygame.draw.ellipse(s, color, (CX - 146, 384, 292, 96))

    return paint


def hijab(s, spec, g) -> None:
    """The scarf around the face and over the shoulders, in its style."""
    color, accent = spec.headwear_color, spec.headwear_accent
    shape = _hijab_shape(spec)
    shape(s, color)
    if spec.headwear_style == "patterned":
        clipped(
            s, white_shape(shape), lambda t: flowers(t, accent, shade(color, 1.35), (80, 100, 460, 520), 34)
        )
    elif spec.headwear_style == "dotted":
        clipped(s, white_shape(shape), lambda t: dots(t, accent, (80, 100, 460, 520), 22, 4))
    if spec.headwear_style == "pinned":  # one end wrapped across and pinned at the side
        fold = shade(color, 0.84)
        pygame.draw.polygon(s, fold, [(CX - 86, 330), (CX + 40, 362), (CX + 146, 424), (CX + 120, 452)])
        pygame.draw.line(s, shade(color, 0.7), (CX - 86, 330), (CX + 128, 440), 3)
    if spec.headwear_style == "ciput":  # an inner cap shows as a band over the forehead
        pygame.draw.ellipse(s, accent, (CX - 86, 148, 172, 110))
    elif spec.headwear_style != "long":
        pygame.draw.ellipse(s, shade(color, 0.88), (CX - 86, 150, 172, 196))


def brooch(s, spec) -> None:
    if spec.headwear == "hijab" and spec.headwear_style == "pinned":
        pygame.draw.circle(s, (220, 184, 90), (CX + 62, 356), 11)
        pygame.draw.circle(s, (250, 236, 200), (CX + 62, 356), 5)


def kerudung_back(s, spec, g) -> None:
    """A loose scarf laid over the head, its ends falling onto the shoulders on either side of the neck."""
    color = spec.headwear_color
    pygame.draw.ellipse(s, color, (CX - 116, 98, 232, 262))
    for side in (-1, 1):
        end = [(CX + side * 108, 290), (CX + side * 20, 330), (CX + side * 44, 440), (CX + side * 156, 424)]
        pygame.draw.polygon(s, color, end)
        pygame.draw.line(s, shade(color, 0.8), (CX + side * 40, 340), (CX + side * 60, 430), 3)


def kerudung_front(s, spec, g) -> None:
    """The hair showing at the forehead and temples under the scarf's edge."""
    hair, skin, color, f = spec.hair_color, spec.skin, spec.headwear_color, g.face
    pygame.draw.ellipse(s, hair, (CX - 90, 132, 180, 124))
    pygame.draw.ellipse(s, skin, (CX - 70, 168, 140, 150))
    for side in (-1, 1):  # the hair falls past the temples
        pygame.draw.ellipse(s, hair, (CX + side * (f.w // 2 - 6) - 16, 170, 32, 96))
    pygame.draw.line(s, shade(hair, 1.7), (CX, 150), (CX, 170), 3)
    pygame.draw.arc(s, color, (CX - 96, 122, 192, 90), 0.25, 2.9, 12)


def ears(s, spec, g) -> None:
    for rect in g.ears:
        pygame.draw.ellipse(s, spec.skin, rect)
        pygame.draw.ellipse(s, shade(spec.skin, 0.86), rect.inflate(-14, -22))


def face(s, spec, g) -> None:
    pygame.draw.ellipse(s, spec.skin, g.face)


def hair_back(s, spec, g) -> None:
    """Hair that shows behind the head and shoulders: long hair, a bob, a bun."""
    hair = spec.hair_color
    if spec.hair == "long":
        pygame.draw.rect(s, hair, (CX - 116, 130, 232, 296), border_radius=70)
    elif spec.hair == "bob":
        pygame.draw.rect(s, hair, (CX - 112, 112, 224, 214), border_radius=64)
    elif spec.hair == "bun":
        pygame.draw.circle(s, hair, (CX, 98), 44)
        pygame.draw.circle(s, shade(hair, 1.25), (CX - 10, 86), 10)


def hair_front(s, spec, g) -> None:
    """The hair on the head and the hairline."""
    kind, hair, skin = spec.hair, spec.hair_color, spec.skin
    f = g.face
    if kind in ("none", "bald"):
        if kind == "bald":  # only a fringe above the ears
            for rect in g.ears:
                pygame.draw.ellipse(s, hair, (rect.x - 2, rect.y - 34, rect.w + 8, 60))
            pygame.draw.ellipse(s, skin, f)
        return
    if spec.headwear in ("peci", "kopiah"):  # only the temples show under a cap
        for side in (-1, 1):
            pygame.draw.ellipse(s, hair, (CX + side * (f.w // 2 - 12) - 14, f.y + 26, 28, 62))
        return
    cap = pygame.Rect(f.x - 6, f.y - 18, f.w + 12, 112)
    pygame.draw.ellipse(s, hair, cap)
    if kind in ("short", "side", "styled", "curly", "crew"):
        hairline = {"crew": 40, "curly": 30}.get(kind, 44)
        pygame.draw.ellipse(s, skin, (f.x + 14, f.y + hairline, f.w - 28, 150))
    if kind == "side":  # a side parting with the hair swept over
        pygame.draw.polygon(
            s, hair, [(f.x + 8, f.y + 62), (CX - 30, f.y + 18), (f.right - 20, f.y + 30), (CX + 10, f.y + 40)]
        )
    elif kind == "styled":  # a young man's quiff
        pygame.draw.polygon(
            s,
            hair,
            [
                (f.x + 4, f.y + 50),
                (f.x + 20, f.y - 10),
                (CX + 10, f.y - 40),
                (f.right, f.y - 8),
                (f.right - 6, f.y + 40),
                (CX, f.y + 24),
            ],
        )
    elif kind == "curly":
        for i in range(11):  # small curls along the top of the head
            angle = math.pi * (0.08 + 0.84 * i / 10)
            x = CX + (f.w // 2 + 2) * math.cos(angle)
            pygame.draw.circle(s, hair, (round(x), round(f.y + 40 - 58 * math.sin(angle))), 15)
    elif kind == "receding":  # hair only at the sides and the back
        pygame.draw.ellipse(s, skin, (f.x + 8, f.y - 22, f.w - 16, 150))
        for rect in g.ears:
            pygame.draw.ellipse(s, hair, (rect.x + 8 if rect.x < CX else rect.x + 2, rect.y - 44, 18, 70))
    elif kind in ("bun", "long", "bob"):
        _woman_hairline(s, spec, g)


def _woman_hairline(s, spec, g) -> None:
    """A middle or side parting, the hair falling past the temples over the ears."""
    hair, skin, f = spec.hair_color, spec.skin, g.face
    pygame.draw.ellipse(s, skin, (f.x + 16, f.y + 40, f.w - 32, 150))
    if spec.hair == "bob":  # a side-swept fringe
        pygame.draw.polygon(
            s, hair, [(f.x + 6, f.y + 80), (f.x + 20, f.y + 20), (CX + 40, f.y + 4), (CX + 30, f.y + 40)]
        )
    else:  # a middle parting
        pygame.draw.polygon(s, hair, [(CX, f.y + 20), (f.x + 18, f.y + 56), (f.x + 10, f.y + 30)])
        pygame.draw.polygon(s, hair, [(CX, f.y + 20), (f.right - 18, f.y + 56), (f.right - 10, f.y + 30)])
        pygame.draw.line(s, shade(hair, 1.7), (CX, f.y - 16), (CX, f.y + 18), 3)
    for side in (-1, 1):  # the hair over the ears
        x = CX + side * (f.w // 2 - 4)
        wide = 40 if spec.hair != "bun" else 28
        pygame.draw.ellipse(s, hair, (x - wide // 2, f.y + 40, wide, 150 if spec.hair != "bun" else 90))


def earrings(s, spec, g) -> None:
    if spec.gender == "woman" and spec.headwear not in ("hijab",):
        for rect in g.ears:
            pygame.draw.circle(
                s, (226, 190, 96), (rect.centerx + (6 if rect.x < CX else -6), rect.bottom + 2), 6
            )


def hat(s, spec, g) -> None:
    """Caps and hats: peci (songkok), a white kopiah, a farmer's caping."""
    if spec.headwear == "peci":
        color = spec.headwear_color
        f = g.face
        pygame.draw.rect(s, color, (f.x + 6, f.y - 28, f.w - 12, 78), border_radius=12)
        pygame.draw.rect(s, shade(color, 1.5), (f.x + 6, f.y + 30, f.w - 12, 5))
    elif spec.headwear == "kopiah":
        f = g.face
        white = spec.headwear_color
        pygame.draw.ellipse(s, white, (f.x + 2, f.y - 40, f.w - 4, 110))
        pygame.draw.rect(s, white, (f.x + 2, f.y + 10, f.w - 4, 40))
        for x in range(f.x + 18, f.right - 10, 22):
            pygame.draw.circle(s, shade(white, 0.86), (x, f.y + 30), 5, 2)
    if spec.hat == "caping":
        straw = (214, 182, 116)
        pygame.draw.polygon(s, straw, [(CX - 178, 172), (CX, 52), (CX + 178, 172)])
        for k in (1, 2, 3):
            pygame.draw.line(s, shade(straw, 0.86), (CX, 52), (CX - 178 + k * 89, 172), 3)
        pygame.draw.line(s, shade(straw, 0.74), (CX - 178, 172), (CX + 178, 172), 7)
