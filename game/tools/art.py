"""The game's original flat-style art, drawn in code: `python -m game.tools.art` writes assets/.

Backgrounds (one per location kind) are 1600x900 PNGs; portraits (one per
character role) are 512x512 PNGs with transparency. Everything is made of
plain shapes in one palette so the pictures look like one family.
The weather (rain, an overcast sky, dry-season haze) is not baked in: game/ui/weather.py paints it over
these pictures at the size they are shown, so each kind needs one file whatever the weather.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import pygame

from game.ui.theme import ASSETS

from .art_portraits import PORTRAITS, WHITE

W, H = 1600, 900
SKY = [(250, 214, 165), (244, 190, 142), (226, 160, 128)]
HILL = [(92, 128, 116), (70, 106, 98), (52, 86, 82)]
GREEN = [(104, 160, 92), (86, 140, 78), (70, 120, 66), (128, 178, 102)]
ROOF = (168, 74, 52)
ROOF_DARK = (128, 54, 40)
WALL = (236, 222, 196)
WALL_SHADE = (214, 196, 166)
WOOD = (120, 80, 52)
WOOD_DARK = (88, 58, 38)
GLASS = (120, 164, 176)
TITLE_SHADE = (8, 14, 20, 170)  # theme.NORMAL["shade"]
RED = (206, 48, 48)
WATER = (90, 150, 170)


def sky(s, top=SKY[0], bottom=SKY[2], bands=12, height=H):
    for i in range(bands):
        t = i / (bands - 1)
        c = tuple(round(top[k] + (bottom[k] - top[k]) * t) for k in range(3))
        pygame.draw.rect(s, c, (0, i * height // bands, W, height // bands + 2))
    pygame.draw.circle(s, (255, 236, 190), (1240, 190), 70)


def hills(s, base=560):
    rng = random.Random(3)
    for layer, color in enumerate(HILL):
        pts = [(0, H)]
        y0 = base - 170 + layer * 60
        for x in range(0, W + 100, 100):
            pts.append((x, y0 + rng.randint(-40, 40)))
        pts.append((W, H))
        pygame.draw.polygon(s, color, pts)
    pygame.draw.polygon(s, (78, 96, 104), [(220, 430), (430, 210), (470, 205), (700, 430)])
    pygame.draw.polygon(
        s, (236, 232, 224), [(405, 236), (430, 210), (470, 205), (492, 232), (460, 246), (440, 236)]
    )


def ground(s, y=640, color=GREEN[0]):
    pygame.draw.rect(s, color, (0, y, W, H - y))
    pygame.draw.rect(s, GREEN[1], (0, y, W, 14))


def palm(s, x, y, h=260, scale=1.0):
    trunk = (110, 86, 60)
    for i in range(10):
        yy = y - i * h // 10
        pygame.draw.rect(
            s, trunk, (x - 9 * scale + math.sin(i / 3) * 6, yy - h // 10, 18 * scale, h // 10 + 2)
        )
    top = (x + math.sin(3) * 6, y - h)
    for a in range(0, 360, 45):
        ang = math.radians(a)
        tip = (top[0] + math.cos(ang) * 110 * scale, top[1] + math.sin(ang) * 55 * scale + 30 * scale)
        mid = (top[0] + math.cos(ang + 0.25) * 55 * scale, top[1] + math.sin(ang + 0.25) * 22 * scale)
        pygame.draw.polygon(s, GREEN[2], [top, mid, tip])


def tree(s, x, y, r=70):
    pygame.draw.rect(s, WOOD_DARK, (x - 10, y - r, 20, r + 10))
    for dx, dy, rr, c in (
        (0, -r * 1.5, r, GREEN[2]),
        (-r * 0.6, -r * 1.1, r * 0.8, GREEN[1]),
        (r * 0.6, -r * 1.1, r * 0.8, GREEN[3]),
    ):
        pygame.draw.circle(s, c, (x + dx, y + dy), rr)


def flag(s, x, y, h=260):
    pygame.draw.rect(s, (200, 200, 196), (x, y - h, 7, h))
    pygame.draw.rect(s, RED, (x + 7, y - h, 90, 30))
    pygame.draw.rect(s, WHITE, (x + 7, y - h + 30, 90, 30))


def joglo(s, x, y, w, h, roof=ROOF):
    """A hall with a stepped Javanese roof and open pillars."""
    pygame.draw.rect(s, WALL, (x, y - h, w, h))
    pygame.draw.rect(s, WALL_SHADE, (x, y - 24, w, 24))
    pygame.draw.polygon(
        s,
        roof,
        [(x - 60, y - h), (x + w * 0.25, y - h - 90), (x + w * 0.75, y - h - 90), (x + w + 60, y - h)],
    )
    pygame.draw.polygon(
        s,
        ROOF_DARK,
        [
            (x + w * 0.22, y - h - 90),
            (x + w * 0.38, y - h - 190),
            (x + w * 0.62, y - h - 190),
            (x + w * 0.78, y - h - 90),
        ],
    )
    for i in range(6):
        px = x + 20 + i * (w - 40) // 5
        pygame.draw.rect(s, WOOD, (px - 8, y - h, 16, h - 24))


def windows(s, x, y, cols, rows, ww=60, wh=70, gap=30):
    for r in range(rows):
        for c in range(cols):
            pygame.draw.rect(s, GLASS, (x + c * (ww + gap), y + r * (wh + gap), ww, wh), border_radius=4)
            pygame.draw.rect(s, WHITE, (x + c * (ww + gap), y + r * (wh + gap), ww, wh), 4, border_radius=4)


def sign(s, x, y, w, color=(40, 92, 80)):
    pygame.draw.rect(s, WOOD_DARK, (x + 14, y, 10, 90))
    pygame.draw.rect(s, WOOD_DARK, (x + w - 24, y, 10, 90))
    pygame.draw.rect(s, color, (x, y - 50, w, 60), border_radius=6)
    for i in range(3):
        pygame.draw.rect(s, WHITE, (x + 20, y - 38 + i * 16, w - 40 - i * 30, 6))


def bg_village_hall(s):
    sky(s)
    hills(s)
    ground(s)
    joglo(s, 430, 700, 760, 250)
    pygame.draw.rect(s, WOOD_DARK, (720, 520, 180, 180))
    flag(s, 1300, 700)
    sign(s, 170, 690, 220)
    palm(s, 90, 700)
    palm(s, 1480, 720, 300)


def bg_office(s):
    sky(s, (214, 226, 236), (186, 204, 220))
    hills(s)
    ground(s, 680, (150, 150, 140))
    pygame.draw.rect(s, (170, 170, 160), (0, 680, W, 30))
    pygame.draw.rect(s, WALL, (380, 250, 840, 430))
    pygame.draw.rect(s, ROOF, (350, 220, 900, 40))
    pygame.draw.polygon(s, ROOF_DARK, [(600, 220), (800, 130), (1000, 220)])
    windows(s, 420, 300, 9, 3, 60, 70, 30)
    pygame.draw.rect(s, WOOD_DARK, (750, 560, 100, 120))
    flag(s, 250, 690, 330)
    tree(s, 1370, 690, 80)
    tree(s, 160, 700, 60)


def bg_field(s):
    sky(s)
    hills(s, 520)
    for i in range(7):
        y = 560 + i * 52
        pygame.draw.rect(s, GREEN[i % 4], (0, y, W, 52))
        pygame.draw.line(s, (70, 110, 70), (0, y), (W, y), 4)
        for x in range(20 + (i % 2) * 30, W, 60):
            pygame.draw.line(s, GREEN[(i + 2) % 4], (x, y + 40), (x + 6, y + 16), 4)
    pygame.draw.polygon(s, ROOF, [(1110, 560), (1200, 480), (1290, 560)])
    pygame.draw.rect(s, WOOD, (1130, 560, 140, 10))
    for px in (1135, 1260):
        pygame.draw.rect(s, WOOD_DARK, (px, 560, 10, 80))
    palm(s, 240, 620, 300)
    palm(s, 1460, 600, 240)


def bg_market(s):
    sky(s)
    hills(s)
    ground(s, 660, (196, 176, 140))
    colors = [(206, 72, 60), (60, 130, 170), (230, 170, 60), (90, 150, 90), (170, 90, 150)]
    for i in range(5):
        x = 80 + i * 300
        c = colors[i]
        pygame.draw.rect(s, WOOD, (x, 520, 12, 200))
        pygame.draw.rect(s, WOOD, (x + 238, 520, 12, 200))
        for k in range(5):
            pygame.draw.polygon(
                s,
                c if k % 2 == 0 else WHITE,
                [
                    (x - 20 + k * 58, 520),
                    (x + 38 + k * 58, 520),
                    (x + 38 + k * 58, 470),
                    (x - 20 + k * 58, 470),
                ],
            )
        pygame.draw.rect(s, WOOD_DARK, (x, 620, 250, 24))
        for k in range(5):
            fruit = colors[(i + k + 2) % 5]
            pygame.draw.circle(s, fruit, (x + 30 + k * 48, 604), 20)


def bg_health_post(s):
    sky(s)
    hills(s)
    ground(s)
    pygame.draw.rect(s, WALL, (420, 400, 760, 300))
    pygame.draw.polygon(s, (80, 140, 120), [(380, 400), (800, 250), (1220, 400)])
    windows(s, 480, 460, 2, 1, 110, 90, 40)
    windows(s, 950, 460, 2, 1, 90, 90, 30)
    pygame.draw.rect(s, WOOD_DARK, (760, 560, 90, 140))
    pygame.draw.rect(s, WHITE, (720, 300, 170, 80), border_radius=8)
    pygame.draw.rect(s, (60, 160, 90), (790, 310, 30, 60))
    pygame.draw.rect(s, (60, 160, 90), (775, 325, 60, 30))
    for bx in (300, 1250):
        pygame.draw.rect(s, WOOD, (bx, 650, 160, 14))
        pygame.draw.rect(s, WOOD_DARK, (bx + 10, 664, 10, 40))
        pygame.draw.rect(s, WOOD_DARK, (bx + 140, 664, 10, 40))
    tree(s, 150, 700, 70)
    palm(s, 1500, 720)


def bg_home(s):
    sky(s)
    hills(s)
    ground(s)
    pygame.draw.rect(s, (226, 206, 170), (480, 440, 640, 260))
    pygame.draw.polygon(s, ROOF, [(420, 450), (800, 270), (1180, 450)])
    pygame.draw.rect(s, WOOD, (480, 600, 640, 20))
    windows(s, 540, 480, 1, 1, 120, 90)
    windows(s, 940, 480, 1, 1, 120, 90)
    pygame.draw.rect(s, WOOD_DARK, (750, 500, 100, 200))
    for i in range(4):  # banana tree
        pygame.draw.ellipse(s, GREEN[3 - i % 2], (1250 + (i % 2) * 60 - 40, 420 + i * 30, 180, 60))
    pygame.draw.rect(s, (150, 150, 90), (1305, 460, 22, 240))
    tree(s, 220, 700, 80)


def bg_school(s):
    bg_office(s)
    pygame.draw.rect(s, RED, (380, 640, 840, 40))
    pygame.draw.rect(s, WHITE, (380, 600, 840, 40))


def bg_river(s):
    sky(s)
    hills(s, 520)
    ground(s, 600)
    pygame.draw.polygon(s, WATER, [(0, 720), (W, 660), (W, 800), (0, 860)])
    for i in range(8):
        pygame.draw.line(s, (150, 200, 210), (100 + i * 190, 740 - i * 8), (170 + i * 190, 738 - i * 8), 5)
    pygame.draw.rect(s, WOOD, (560, 660, 520, 24))
    for x in range(580, 1080, 80):
        pygame.draw.rect(s, WOOD_DARK, (x, 684, 14, 120))
    palm(s, 200, 640)
    tree(s, 1400, 640, 80)


def bg_meeting(s):
    s.fill((214, 192, 156))
    pygame.draw.rect(s, (190, 160, 120), (0, 560, W, 340))
    for x in range(0, W, 120):
        pygame.draw.rect(s, WOOD, (x, 0, 18, 560))
    windows(s, 180, 140, 5, 1, 170, 200, 110)
    pygame.draw.rect(s, (60, 110, 90), (440, 40, 720, 70), border_radius=6)
    for i in range(3):
        pygame.draw.rect(s, WHITE, (480, 58 + i * 14, 640 - i * 120, 6))
    pygame.draw.rect(s, WOOD_DARK, (260, 600, 1080, 60))
    pygame.draw.rect(s, (238, 232, 214), (250, 585, 1100, 25))
    for x in range(300, 1340, 130):
        pygame.draw.rect(s, WOOD, (x, 660, 70, 120))
        pygame.draw.rect(s, WOOD_DARK, (x, 540, 70, 90), border_radius=8)
    flag(s, 1460, 560, 300)


BACKGROUNDS = {
    "village_hall": bg_village_hall,
    "office": bg_office,
    "field": bg_field,
    "market": bg_market,
    "health_post": bg_health_post,
    "home": bg_home,
    "school": bg_school,
    "river": bg_river,
    "meeting": bg_meeting,
}


def write(out: Path = ASSETS) -> list:
    pygame.display.init()
    written = []
    (out / "backgrounds").mkdir(parents=True, exist_ok=True)
    (out / "portraits").mkdir(parents=True, exist_ok=True)
    for name, paint in BACKGROUNDS.items():
        surf = pygame.Surface((W, H))
        paint(surf)
        path = out / "backgrounds" / f"{name}.png"
        pygame.image.save(surf, str(path))
        written.append(path)
    # the title screen's backdrop: the village hall, already darkened, at the default window size
    hall = pygame.Surface((W, H))
    bg_village_hall(hall)
    title = pygame.transform.smoothscale(hall, (1280, 720))
    veil = pygame.Surface((1280, 720), pygame.SRCALPHA)
    veil.fill(TITLE_SHADE)
    title.blit(veil, (0, 0))
    path = out / "backgrounds" / "title.jpg"  # JPEG decodes in half the time of PNG: this is the first frame
    pygame.image.save(title, str(path))
    written.append(path)
    for name, paint in PORTRAITS.items():
        surf = pygame.Surface((512, 512), pygame.SRCALPHA)
        paint(surf)
        path = out / "portraits" / f"{name}.png"
        pygame.image.save(surf, str(path))
        written.append(path)
    return written


if __name__ == "__main__":
    for p in write(Path(sys.argv[1]) if len(sys.argv) > 1 else ASSETS):
        print(p)
