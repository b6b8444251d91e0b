"""The portraits drawn in code (one per character role, 512x512 with transparency), for game.tools.art."""

from __future__ import annotations

import math

import pygame

WHITE = (248, 246, 240)
SKIN = [(224, 180, 140), (198, 150, 110), (176, 126, 90), (150, 104, 72)]
HAIR = (34, 28, 26)


def person(
    s,
    skin,
    shirt,
    collar=None,
    hair="short",
    headwear=None,
    glasses=False,
    mustache=False,
    extra=None,
    hair_color=HAIR,
):
    S = 512
    cx = S // 2
    pygame.draw.ellipse(s, shirt, (60, 360, S - 120, 300))  # shoulders
    pygame.draw.rect(s, skin, (cx - 34, 290, 68, 90))  # neck
    if collar:
        pygame.draw.polygon(s, collar, [(cx - 60, 372), (cx, 440), (cx - 10, 370)])
        pygame.draw.polygon(s, collar, [(cx + 60, 372), (cx, 440), (cx + 10, 370)])
    if headwear == "hijab":
        pygame.draw.ellipse(s, extra or (200, 120, 150), (cx - 125, 110, 250, 290))
        pygame.draw.polygon(
            s, extra or (200, 120, 150), [(cx - 120, 290), (cx + 120, 290), (cx + 150, 420), (cx - 150, 420)]
        )
    pygame.draw.ellipse(s, skin, (cx - 92, 120, 184, 220))  # face
    if headwear != "hijab":
        pygame.draw.ellipse(s, skin, (cx - 106, 210, 30, 50))
        pygame.draw.ellipse(s, skin, (cx + 76, 210, 30, 50))
        if hair == "short":
            pygame.draw.ellipse(s, hair_color, (cx - 96, 100, 192, 110))
            pygame.draw.rect(s, skin, (cx - 80, 170, 160, 50))
        elif hair == "styled":
            pygame.draw.polygon(
                s,
                hair_color,
                [
                    (cx - 96, 190),
                    (cx - 90, 120),
                    (cx - 20, 86),
                    (cx + 70, 96),
                    (cx + 100, 180),
                    (cx + 40, 150),
                    (cx - 40, 160),
                ],
            )
        elif hair == "bun":
            pygame.draw.circle(s, hair_color, (cx, 100), 46)
            pygame.draw.ellipse(s, hair_color, (cx - 98, 104, 196, 110))
            pygame.draw.rect(s, skin, (cx - 78, 176, 156, 40))
        elif hair == "white":
            pygame.draw.ellipse(s, (226, 226, 220), (cx - 96, 104, 192, 100))
            pygame.draw.rect(s, skin, (cx - 80, 168, 160, 40))
    else:
        pygame.draw.ellipse(s, extra or (200, 120, 150), (cx - 100, 108, 200, 90))
        pygame.draw.rect(s, skin, (cx - 74, 172, 148, 30))
    if headwear == "peci":
        pygame.draw.rect(s, extra or (30, 30, 34), (cx - 84, 92, 168, 74), border_radius=10)
    elif headwear == "caping":
        pygame.draw.polygon(s, (210, 178, 110), [(cx - 170, 170), (cx, 60), (cx + 170, 170)])
        pygame.draw.line(s, (170, 138, 80), (cx - 170, 170), (cx + 170, 170), 6)
    for ex in (cx - 38, cx + 38):  # eyes
        pygame.draw.ellipse(s, (40, 32, 30), (ex - 9, 218, 18, 22))
    pygame.draw.arc(s, (120, 60, 50), (cx - 36, 250, 72, 50), math.pi * 1.15, math.pi * 1.85, 5)
    if mustache:
        pygame.draw.ellipse(s, HAIR, (cx - 34, 262, 68, 16))
    if glasses:
        for ex in (cx - 38, cx + 38):
            pygame.draw.circle(s, (40, 40, 44), (ex, 229), 26, 4)
        pygame.draw.line(s, (40, 40, 44), (cx - 12, 229), (cx + 12, 229), 4)


def batik(s, color, cloth=(140, 86, 50)):
    """Batik rings, only on the shirt."""
    for y in range(400, 512, 36):
        for x in range(90, 430, 36):
            cx = x + (y // 36 % 2) * 18
            if all(
                0 <= px < 512 and 0 <= py < 512 and s.get_at((px, py))[:3] == cloth
                for px, py in ((cx - 10, y), (cx + 10, y), (cx, y - 10), (cx, min(511, y + 10)))
            ):
                pygame.draw.circle(s, color, (cx, y), 8, 3)


PORTRAITS = {
    "village_head": lambda s: (
        person(s, SKIN[2], (140, 86, 50), headwear="peci", mustache=True),
        batik(s, (200, 150, 90)),
    ),
    "pkk": lambda s: person(s, SKIN[1], (60, 110, 170), headwear="hijab", extra=(214, 112, 146)),
    "facilitator": lambda s: (
        person(s, SKIN[1], (70, 120, 100), collar=(230, 230, 220), hair="short"),
        pygame.draw.line(s, (220, 60, 60), (200, 372), (256, 470), 6),
    ),
    "health": lambda s: (
        person(s, SKIN[0], WHITE, collar=(210, 210, 210), headwear="hijab", extra=(120, 170, 190)),
        pygame.draw.arc(s, (60, 60, 70), (180, 370, 150, 130), math.pi, 2 * math.pi, 6),
    ),
    "official": lambda s: person(
        s, SKIN[2], (176, 156, 110), collar=(150, 130, 90), headwear="peci", glasses=True
    ),
    "staff": lambda s: (
        person(s, SKIN[1], (236, 236, 230), collar=(200, 200, 196), glasses=True),
        pygame.draw.polygon(s, (60, 80, 140), [(248, 380), (264, 380), (270, 480), (242, 480)]),
    ),
    "resident": lambda s: person(s, SKIN[3], (160, 80, 70), headwear="caping"),
    "youth": lambda s: person(s, SKIN[1], (230, 170, 60), hair="styled"),
    "partner": lambda s: person(s, SKIN[0], (50, 60, 80), collar=(230, 230, 230), hair="bun"),
    "elder": lambda s: person(
        s, SKIN[2], (240, 238, 230), hair="white", headwear="peci", extra=(240, 240, 236)
    ),
}
