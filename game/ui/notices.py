"""Short messages at the top of the window (a save failed, records stopped), each for some seconds."""

from __future__ import annotations

import pygame


class Notices:
    def __init__(self):
        self.items: list = []  # [text, seconds left]; the newest last

    def add(self, text: str, seconds: float = 3.0) -> None:
        self.items.append([text, seconds])

    def update(self, dt: float) -> bool:
        """Count down; True when one went away."""
        for notice in self.items:
            notice[1] -= dt
        before = len(self.items)
        self.items[:] = [n for n in self.items if n[1] > 0]
        return len(self.items) != before

    def draw(self, surf, look) -> None:
        y = look.pad
        for text, _ in self.items[-3:]:
            width = min(surf.get_width() - 2 * look.pad, round(700 * look.s))
            img = look.text(text, "small", "on_accent", wrap=width - 2 * look.pad, bold=True)
            r = pygame.Rect(0, y, img.get_width() + 2 * look.pad, img.get_height() + look.pad)
            r.centerx = surf.get_width() // 2
            pygame.draw.rect(surf, look.c["accent"], r, border_radius=look.radius)
            surf.blit(img, (r.x + look.pad, r.y + look.pad // 2))
            y = r.bottom + look.pad // 2
