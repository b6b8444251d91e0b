"""A scenario card for the picker: a picture of its first place, the title, the summary, facts."""

from __future__ import annotations

import pygame

from .button import Button


class ScenarioCard(Button):
    def __init__(self, title: str, summary: str, facts: str, intent, picture=None):
        super().__init__(title, intent)
        self.summary, self.facts, self.picture = summary, facts, picture

    def _thumb_w(self, width):
        return round(width * 0.24) if self.picture is not None and width > 500 else 0

    def _texts(self, look, inner):
        fg = "text"
        return [
            look.text(self.label, "h2", "accent", wrap=inner, bold=True),
            look.text(self.summary, "small", fg, wrap=inner),
            look.text(self.facts, "small", "muted", wrap=inner, bold=True),
        ]

    def layout(self, look, x, y, width):
        pad = look.pad
        thumb = self._thumb_w(width)
        inner = width - 2 * pad - (thumb + pad if thumb else 0)
        texts = self._texts(look, inner)
        h = sum(t.get_height() for t in texts) + pad // 2 * (len(texts) - 1)
        h = max(h, round(thumb * 9 / 16))
        self.rect = pygame.Rect(x, y, width, h + 2 * pad)
        return self.rect.height

    def draw(self, surf, look, dx, dy):
        r = self.rect.move(dx, dy)
        pad = look.pad
        pygame.draw.rect(surf, look.c["hover" if self.state else "button"], r, border_radius=look.radius)
        if self.state == "focus":
            pygame.draw.rect(surf, look.c["focus"], r, max(2, look.border + 1), border_radius=look.radius)
        elif look.hc or self.state == "hover":
            pygame.draw.rect(
                surf, look.c["focus" if self.state else "line"], r, look.border, border_radius=look.radius
            )
        thumb = self._thumb_w(r.width)
        x = r.x + pad
        if thumb:
            size = (thumb, round(thumb * 9 / 16))
            img = self.picture(size)
            if img is not None:
                surf.blit(img, (x, r.y + pad))
            x += thumb + pad
        inner = r.right - pad - x
        y = r.y + pad
        for text in self._texts(look, inner):
            surf.blit(text, (x, y))
            y += text.get_height() + pad // 2
