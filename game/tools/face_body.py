"""Shoulders and clothes of a portrait: shirts, batik, the civil servant's khaki (PDH), a health worker's
coat, koko, t-shirt, blazer, blouse, a student's jacket, a disaster-agency vest, a farmer's shirt."""

from __future__ import annotations

import pygame

from .face_paint import CX, WHITE, clipped, dots, rings, shade, stripes, white_shape

KHAKI = (178, 158, 112)


def body(s, spec, g) -> None:
    """The shoulders in the clothes' main colour and any pattern on them."""
    pygame.draw.ellipse(s, spec.clothes_color, g.body)
    if spec.pattern:
        clipped(s, white_shape(lambda t, c: pygame.draw.ellipse(t, c, g.body)), pattern(spec, g))


def neck(s, spec, g) -> None:
    """The neck (drawn over hair that falls behind it), then the clothes' collar and details."""
    pygame.draw.rect(s, spec.skin, g.neck)
    pygame.draw.ellipse(s, shade(spec.skin, 0.86), (g.neck.x, g.neck.bottom - 26, g.neck.w, 22))
    DETAILS.get(spec.clothes, _plain)(s, spec, g)


def pattern(spec, g):
    accent = spec.clothes_accent
    area = (g.body.x, g.body.y + 10, g.body.right, 512 + 20)
    if spec.pattern == "parang":
        return lambda t: (stripes(t, accent, 30, 7), dots(t, shade(accent, 1.3), area, 30, 3))
    if spec.pattern == "kawung":
        return lambda t: dots(t, accent, area, 34, 9)
    if spec.pattern == "dots":
        return lambda t: dots(t, accent, area, 26, 4)
    return lambda t: rings(t, accent, area, 36, 9)


def _collar(s, color, g, spread: int = 62, depth: int = 64) -> None:
    top = g.neck.bottom - 10
    pygame.draw.polygon(s, color, [(CX - spread, top + 2), (CX, top + depth), (CX - 10, top - 2)])
    pygame.draw.polygon(s, color, [(CX + spread, top + 2), (CX, top + depth), (CX + 10, top - 2)])


def _buttons(s, color, x: int, y0: int, step: int = 34) -> None:
    for y in range(y0, 512, step):
        pygame.draw.circle(s, color, (x, y), 5)


def _plain(s, spec, g) -> None:
    pass


def _shirt(s, spec, g) -> None:
    _collar(s, shade(spec.clothes_color, 1.25), g)
    _buttons(s, shade(spec.clothes_color, 0.7), CX, g.neck.bottom + 60)


def _batik(s, spec, g) -> None:
    _collar(s, shade(spec.clothes_color, 0.75), g, 58, 56)
    _buttons(s, shade(spec.clothes_color, 0.6), CX, g.neck.bottom + 52)


def _pdh(s, spec, g) -> None:
    """The khaki service uniform: collar, epaulettes, chest pockets, a name tag."""
    dark = shade(spec.clothes_color, 0.78)
    _collar(s, dark, g, 66, 60)
    pygame.draw.line(s, dark, (CX, g.neck.bottom + 50), (CX, 512), 4)
    _buttons(s, dark, CX + 10, g.neck.bottom + 70, 38)
    half = round(g.body.w / 2 * 0.64)  # epaulettes on the shoulders, inside the outline
    for x in (CX - half, CX + half - 48):
        pygame.draw.rect(s, dark, (x, g.body.y + 40, 48, 14), border_radius=5)
    for x in (CX - 122, CX + 46):
        pygame.draw.rect(s, dark, (x, g.neck.bottom + 60, 76, 64), 4, border_radius=4)
        pygame.draw.line(s, dark, (x, g.neck.bottom + 76), (x + 74, g.neck.bottom + 76), 4)
    pygame.draw.rect(s, (36, 36, 40), (CX + 50, g.neck.bottom + 36, 70, 16), border_radius=3)
    pygame.draw.rect(s, WHITE, (CX + 58, g.neck.bottom + 42, 48, 4))


def _health(s, spec, g) -> None:
    """A white coat over a coloured top, open at the neck."""
    inner = spec.clothes_accent
    top = g.neck.bottom - 12
    pygame.draw.polygon(s, inner, [(CX - 46, top), (CX + 46, top), (CX, top + 96)])
    lapel = shade(spec.clothes_color, 0.88)
    pygame.draw.polygon(s, lapel, [(CX - 46, top), (CX - 86, top + 10), (CX - 4, top + 140), (CX, top + 96)])
    pygame.draw.polygon(s, lapel, [(CX + 46, top), (CX + 86, top + 10), (CX + 4, top + 140), (CX, top + 96)])
    pygame.draw.rect(s, shade(inner, 0.8), (CX + 70, top + 70, 52, 40), 4, border_radius=4)


def stethoscope(s, g) -> None:
    grey = (70, 72, 80)
    top = g.neck.bottom - 20
    pygame.draw.arc(s, grey, (CX - 70, top - 20, 140, 140), 3.3, 6.1, 6)
    pygame.draw.line(s, grey, (CX - 62, top + 60), (CX - 76, top + 118), 6)
    pygame.draw.circle(s, grey, (CX - 76, top + 124), 13)
    pygame.draw.circle(s, (190, 192, 200), (CX - 76, top + 124), 6)


def _koko(s, spec, g) -> None:
    """The collarless Muslim shirt: a standing band collar and an embroidered front."""
    trim = spec.clothes_accent
    pygame.draw.rect(s, trim, (CX - g.neck.w // 2 - 4, g.neck.bottom - 16, g.neck.w + 8, 14), border_radius=4)
    pygame.draw.rect(s, trim, (CX - 11, g.neck.bottom - 4, 22, 200))
    for y in range(g.neck.bottom + 14, 512, 24):
        pygame.draw.circle(s, spec.clothes_color, (CX, y), 4)


def _tshirt(s, spec, g) -> None:
    pygame.draw.arc(
        s,
        shade(spec.clothes_color, 0.72),
        (g.neck.x - 10, g.neck.bottom - 46, g.neck.w + 20, 56),
        3.4,
        6.0,
        7,
    )


def _blazer(s, spec, g) -> None:
    """A jacket open over a blouse or shirt."""
    top = g.neck.bottom - 12
    pygame.draw.polygon(s, spec.clothes_accent, [(CX - 52, top), (CX + 52, top), (CX, top + 120)])
    lapel = shade(spec.clothes_color, 1.22)
    for side in (-1, 1):
        pts = [(CX + side * 52, top), (CX + side * 90, top + 14), (CX + side * 40, top + 86), (CX, top + 120)]
        pygame.draw.lines(s, lapel, False, pts, 5)


def _blouse(s, spec, g) -> None:
    trim = spec.clothes_accent
    pygame.draw.arc(s, trim, (g.neck.x - 18, g.neck.bottom - 50, g.neck.w + 36, 66), 3.4, 6.0, 8)


def _almamater(s, spec, g) -> None:
    """A university jacket, open over a t-shirt, with the campus patch on the chest."""
    top = g.neck.bottom - 14
    inner = spec.clothes_accent
    pygame.draw.polygon(s, inner, [(CX - 44, top), (CX + 44, top), (CX + 30, 512), (CX - 30, 512)])
    edge = shade(spec.clothes_color, 0.75)
    pygame.draw.line(s, edge, (CX - 44, top), (CX - 30, 512), 5)
    pygame.draw.line(s, edge, (CX + 44, top), (CX + 30, 512), 5)
    x, y = CX + 64, top + 44
    pygame.draw.polygon(
        s, (40, 70, 130), [(x, y), (x + 40, y), (x + 40, y + 30), (x + 20, y + 44), (x, y + 30)]
    )
    pygame.draw.circle(s, (236, 200, 80), (x + 20, y + 18), 8)


def _vest(s, spec, g) -> None:
    """A field vest over a dark shirt: two bright panels with a reflective stripe."""
    panel = spec.clothes_accent
    top = g.neck.bottom - 8
    for side in (-1, 1):
        pts = [
            (CX + side * 36, top),
            (CX + side * 140, g.body.y + 20),
            (CX + side * 200, 512),
            (CX + side * 40, 512),
        ]
        pygame.draw.polygon(s, panel, pts)
    pygame.draw.rect(s, (214, 216, 220), (g.body.x + 10, top + 84, g.body.w - 20, 14))
    pygame.draw.rect(s, spec.clothes_color, (CX - 40, top + 80, 80, 22))
    _collar(s, shade(spec.clothes_color, 1.3), g, 50, 44)


def _farmer(s, spec, g) -> None:
    """A worn work shirt with a towel hung round the neck."""
    towel = spec.clothes_accent
    top = g.neck.bottom - 34
    _collar(s, shade(spec.clothes_color, 0.8), g, 56, 50)
    for side in (-1, 1):
        inner, outer = CX + side * (g.neck.w // 2 - 2), CX + side * (g.neck.w // 2 + 30)
        strip = [(inner, top), (outer, top + 4), (outer - side * 4, 512), (inner + side * 4, 512)]
        pygame.draw.polygon(s, towel, strip)
        for y in (470, 486):
            pygame.draw.line(s, shade(towel, 0.75), (inner + side * 4, y), (outer - side * 4, y), 4)


DETAILS = {
    "shirt": _shirt,
    "batik": _batik,
    "pdh": _pdh,
    "health": _health,
    "koko": _koko,
    "tshirt": _tshirt,
    "blazer": _blazer,
    "blouse": _blouse,
    "almamater": _almamater,
    "vest": _vest,
    "farmer": _farmer,
}


def shawl(s, spec, g) -> None:
    """A cloth over the shoulders (a kiai's sorban), checked in two colours."""
    color = spec.shawl
    for side in (-1, 1):
        pts = [
            (CX + side * 40, g.neck.bottom - 16),
            (CX + side * 120, g.body.y + 6),
            (CX + side * 96, 512),
            (CX + side * 46, 512),
        ]
        pygame.draw.polygon(s, color, pts)
        for y in range(g.body.y + 40, 512, 30):
            pygame.draw.line(s, shade(color, 0.7), (CX + side * 50, y), (CX + side * 104, y - 4), 5)
