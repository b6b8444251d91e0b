"""One line of free text typed by the player (names, reflections)."""

from __future__ import annotations

import pygame

from ..intents import Act
from .flow import Item


class TextEntry(Item):
    focusable = True
    intent = Act.SUBMIT

    def __init__(self, text: str = "", placeholder: str = "", limit: int = 40, lines: int = 1):
        super().__init__()
        self.text, self.placeholder, self.limit, self.lines = text, placeholder, limit, lines
        self.state = ""
        self.caret_on_focus = False  # True on a screen with several entries: the caret shows where keys go

    def side_intent(self, right):
        return None

    def handle(self, event) -> bool:
        """Apply a key or text event; True when the text changed."""
        if event.type == pygame.TEXTINPUT:
            room = self.limit - len(self.text)
            if room > 0 and event.text.isprintable():
                self.text += event.text[:room]
                return True
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_BACKSPACE and self.text:
            if event.mod & pygame.KMOD_CTRL:
                self.text = self.text.rstrip().rsplit(" ", 1)[0] if " " in self.text.strip() else ""
            else:
                self.text = self.text[:-1]
            return True
        return False

    def layout(self, look, x, y, width):
        pad = round(look.pad * 0.7)
        shown = look.text(self.text + "|", "body", "text", wrap=width - 2 * pad)
        h = max(shown.get_height(), look.line_h("body") * self.lines)
        self.rect = pygame.Rect(x, y, width, h + 2 * pad)
        return self.rect.height

    def draw(self, surf, look, dx, dy):
        r = self.rect.move(dx, dy)
        pad = round(look.pad * 0.7)
        pygame.draw.rect(surf, look.c["bg"], r, border_radius=look.radius)
        pygame.draw.rect(
            surf,
            look.c["focus" if self.state == "focus" else "line"],
            r,
            max(2, look.border),
            border_radius=look.radius,
        )
        caret = "" if self.caret_on_focus and self.state != "focus" else "|"
        if self.text:
            img = look.text(self.text + caret, "body", "text", wrap=r.width - 2 * pad)
        else:
            img = look.text(self.placeholder, "body", "muted", wrap=r.width - 2 * pad)
        surf.blit(img, (r.x + pad, r.y + pad))
