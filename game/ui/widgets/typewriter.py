"""Text that appears word by word, measured at its full size so nothing jumps.

Revealing whole words keeps the wrapped prefix on the same lines as the full
text (greedy wrapping of whole words is prefix-stable), so pygame's own
wraplength layout can be used for every frame.
"""

from __future__ import annotations

import re

import pygame

from .flow import Item, text_lines

WORD = re.compile(r"\S+\s*")


class TypeText(Item):
    def __init__(
        self,
        text: str,
        cps: float,
        role: str = "body",
        color="text",
        head: str = "",
        head_color="accent",
        portrait=None,
    ):
        super().__init__()
        self.text, self.cps, self.role, self.color = text, cps, role, color
        self.head, self.head_color, self.portrait = head, head_color, portrait
        self.ends = [m.end() for m in WORD.finditer(text)] or [len(text)]
        self.chars = 0.0 if cps > 0 else float(len(text))

    @property
    def done(self) -> bool:
        return self.chars >= len(self.text)

    def finish(self) -> None:
        self.chars = float(len(self.text))

    def update(self, dt: float) -> bool:
        if self.done:
            return False
        self.chars = min(len(self.text), self.chars + dt * self.cps)
        return True

    def shown(self) -> str:
        if self.done:
            return self.text
        end = 0
        for e in self.ends:
            if e <= self.chars + 0.5:
                end = e
            else:
                break
        return self.text[:end].rstrip()

    def _text_x(self, look):
        return round(look.line_h("body") * 2.6) if self.portrait is not None else 0

    def layout(self, look, x, y, width):
        tx = self._text_x(look)
        h = 0
        if self.head:
            h += look.text(self.head, "small", self.head_color, wrap=width - tx, bold=True).get_height()
        h += look.text(self.text, self.role, self.color, wrap=width - tx).get_height()
        if self.portrait is not None:
            h = max(h, tx)
        self.rect = pygame.Rect(x, y, width, h)
        return h

    def lines(self, look):
        if self.portrait is not None:
            return super().lines(look)  # the portrait beside the text: one block
        w, y = self.rect.width - self._text_x(look), self.rect.y
        head = (
            look.text(self.head, "small", self.head_color, wrap=w, bold=True).get_height() if self.head else 0
        )
        return text_lines(y, head, look.line_h("small")) + text_lines(
            y + head, self.rect.bottom - y - head, look.line_h(self.role)
        )

    def draw(self, surf, look, dx, dy):
        r = self.rect.move(dx, dy)
        tx = self._text_x(look)
        if self.portrait is not None:
            size = tx - look.pad // 2
            img = self.portrait(size)
            if img is not None:
                surf.blit(img, (r.x, r.y))
        y = r.y
        if self.head:
            head = look.text(self.head, "small", self.head_color, wrap=r.width - tx, bold=True)
            surf.blit(head, (r.x + tx, y))
            y += head.get_height()
        shown = self.shown()
        if shown:
            surf.blit(look.text(shown, self.role, self.color, wrap=r.width - tx), (r.x + tx, y))
