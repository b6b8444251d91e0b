"""Horizontal bar chart of 0-100 scores, labels above each bar."""

from __future__ import annotations

import pygame

from .flow import Item


class Bars(Item):
    def __init__(self, rows):
        super().__init__()
        self.rows = list(rows)  # (label, score 0..100)

    def layout(self, look, x, y, width):
        h = 0
        for label, _ in self.rows:
            h += look.text(label, "body", "text", wrap=width, bold=True).get_height()
            h += round(look.line_h("body") * 1.3) + look.pad // 2
        self.rect = pygame.Rect(x, y, width, h)
        return h

    def draw(self, surf, look, dx, dy):
        r = self.rect.move(dx, dy)
        y = r.y
        bar_h = round(look.line_h("body") * 1.1)
        for label, score in self.rows:
            img = look.text(label, "body", "text", wrap=r.width, bold=True)
            surf.blit(img, (r.x, y))
            y += img.get_height() + round(look.line_h("body") * 0.1)
            num = look.text(f"{score}", "h2", "accent", bold=True)
            track_w = r.width - num.get_width() - look.pad
            track = pygame.Rect(r.x, y, track_w, bar_h)
            pygame.draw.rect(surf, look.c["panel"], track, border_radius=look.radius)
            for tick in (25, 50, 75):
                tx = track.x + track.width * tick // 100
                pygame.draw.line(surf, look.c["line"], (tx, track.y), (tx, track.bottom - 1))
            fill = round(track.width * max(0, min(100, score)) / 100)
            if fill:
                pygame.draw.rect(
                    surf, look.c["chart2"], (track.x, track.y, fill, bar_h), border_radius=look.radius
                )
            if look.hc:
                pygame.draw.rect(surf, look.c["line"], track, 1, border_radius=look.radius)
            surf.blit(num, (track.right + look.pad, track.centery - num.get_height() // 2))
            y += bar_h + round(look.line_h("body") * 0.2) + look.pad // 2
