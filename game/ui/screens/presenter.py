"""Pieces of the presenter layout a class reads from the back of the room: its own text scale, the
situation as a column of lines, the tally as horizontal bars and a large countdown."""

from __future__ import annotations

import pygame

from ..theme import Look
from ..widgets import Label
from ..widgets.flow import Item

BACK_OF_ROOM_PX = 33  # body text at 1920x1080, the smallest text size: readable at the back of a room


def presenter_look(look, settings) -> Look:
    """A look for the presenter layout: body text ~33 px at 1080p at the smallest text size (the
    text-size setting still makes it larger), whatever the projector preset does elsewhere."""
    return Look(look.size, settings.text_size, look.hc, look.lang, projector=True)


def situation_items(view, lang: str) -> list:
    """What was said at this decision, speaker by speaker, for the left column."""
    items = []
    for line in view.lines if view is not None else ():
        if line.speaker is not None:
            items.append(Label(line.speaker.name, "small", "accent", bold=True))
        items.append(Label(line.text.get(lang), "body"))
    return items


def clock_text(seconds: float) -> str:
    secs = max(0, int(seconds + 0.999))
    return f"{secs // 60:d}:{secs % 60:02d}"


class TallyBar(Item):
    """One option's votes: a horizontal bar (its share of the leading option) and the count."""

    def __init__(self, count: int, most: int, total: int, label: str, leading: bool = False):
        super().__init__()
        self.count, self.most, self.total, self.label, self.leading = count, most, total, label, leading

    def text(self) -> str:
        share = f" · {round(100 * self.count / self.total)}%" if self.total else ""
        return f"{self.label}{share}"

    def layout(self, look, x, y, width):
        h = look.line_h("body")
        self.rect = pygame.Rect(x, y, width, h)
        return h

    def draw(self, surf, look, dx, dy):
        r = self.rect.move(dx, dy)
        img = look.text(self.text(), "body", "accent" if self.leading else "text", bold=self.leading)
        text_w = look.font("body", True).size("888 suara · 100%")[0] + look.pad
        track = pygame.Rect(r.x, r.y + r.height // 5, max(10, r.width - text_w), r.height * 3 // 5)
        pygame.draw.rect(surf, look.c["panel2"], track, border_radius=look.radius)
        if self.count and self.most:
            fill = track.copy()
            fill.width = max(look.radius * 2, round(track.width * self.count / self.most))
            pygame.draw.rect(
                surf, look.c["accent" if self.leading else "chart"], fill, border_radius=look.radius
            )
        surf.blit(img, (track.right + look.pad, r.y + (r.height - img.get_height()) // 2))
