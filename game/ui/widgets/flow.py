"""Layout items: text, gaps, boxes, rows and chips, each measuring itself for the width it gets.

Stacking is what keeps text from overlapping at any window or text size: each
item measures itself for the width it gets, and the panel (scroll.ScrollFlow)
scrolls when the total is taller than the space.
"""

from __future__ import annotations

import pygame

from ...engine.wording import TELLING, opening  # noqa: F401 - TELLING: the decision screen reads it here


class Item:
    focusable = False
    enabled = True

    def __init__(self):
        self.rect = pygame.Rect(0, 0, 0, 0)  # in content coordinates

    def layout(self, look, x: int, y: int, width: int) -> int:
        self.rect = pygame.Rect(x, y, width, 0)
        return 0

    def draw(self, surf, look, dx: int, dy: int) -> None:
        pass

    def children(self):
        return ()

    def lines(self, look) -> list[tuple[int, int]]:
        """(top, bottom) of each line of text, for a panel that scrolls line by line; an item that
        cannot be split is one line."""
        return [(self.rect.top, self.rect.bottom)] if self.rect.height else []

    def walk(self):
        yield self
        for child in self.children():
            yield from child.walk()


def text_lines(top: int, height: int, line: int) -> list[tuple[int, int]]:
    """The lines of wrapped text `height` pixels tall starting at `top` (each is `line` high)."""
    count = max(1, round(height / max(1, line))) if height else 0
    return [(top + n * line, top + (n + 1) * line) for n in range(count)]


class Gap(Item):
    def __init__(self, lines: float = 0.5):
        super().__init__()
        self.lines = lines

    def layout(self, look, x, y, width):
        h = round(look.line_h("body") * self.lines)
        self.rect = pygame.Rect(x, y, width, h)
        return h


class Label(Item):
    def __init__(self, text: str, role: str = "body", color="text", bold: bool = False, center: bool = False):
        super().__init__()
        self.text, self.role, self.color, self.bold, self.center = text, role, color, bold, center

    def surface(self, look, width):
        return look.text(self.text, self.role, self.color, wrap=width, bold=self.bold, center=self.center)

    def layout(self, look, x, y, width):
        h = self.surface(look, width).get_height() if self.text else 0
        self.rect = pygame.Rect(x, y, width, h)
        return h

    def lines(self, look):
        return text_lines(self.rect.top, self.rect.height, look.line_h(self.role))

    def draw(self, surf, look, dx, dy):
        if not self.text:
            return
        img = self.surface(look, self.rect.width)
        x = self.rect.x + dx
        if self.center:
            x += (self.rect.width - img.get_width()) // 2
        surf.blit(img, (x, self.rect.y + dy))


class Summary(Label):
    """A label shortened with an ellipsis to at most `most` lines of the width it gets."""

    def __init__(self, text: str, role: str = "small", color="text", bold: bool = False, most: int = 2):
        super().__init__(text, role, color, bold)
        self.full, self.most = text, most

    @classmethod
    def opening(cls, head: str, text: str, most: int = 2) -> Summary:
        """Who speaks first and what they say first: the start of a situation, pinned. A first sentence
        too short to tell anything ("Senin, 6 Juli 2026.") takes the next ones with it."""
        said = opening(text)
        return cls(f"{head}: {said}" if head else said, "small", "text", most=most)

    def layout(self, look, x, y, width):
        self.text = look.fit(self.full, self.role, width, self.bold, lines=self.most)
        return super().layout(look, x, y, width)


class Box(Item):
    """A panel around a column of items, with an optional coloured stripe on the left."""

    def __init__(
        self, items, color="panel2", stripe=None, border=None, pad: float = 1.0, spacing: float = 0.35
    ):
        super().__init__()
        self.items, self.color, self.stripe, self.border = list(items), color, stripe, border
        self.pad_f, self.spacing = pad, spacing

    def children(self):
        return self.items

    def layout(self, look, x, y, width):
        pad = round(look.pad * self.pad_f)
        left = pad + (round(6 * look.s) if self.stripe else 0)
        gap = round(look.line_h("body") * self.spacing)
        cy = y + pad
        for i, item in enumerate(self.items):
            h = item.layout(look, x + left, cy, max(20, width - left - pad))
            cy += h + (gap if h and i < len(self.items) - 1 else 0)
        self.rect = pygame.Rect(x, y, width, cy - y + pad)
        return self.rect.height

    def draw(self, surf, look, dx, dy):
        r = self.rect.move(dx, dy)
        look.panel(surf, r, self.color, border=self.border)
        if self.stripe:
            pygame.draw.rect(
                surf,
                look.c[self.stripe],
                (r.x, r.y, round(6 * look.s), r.height),
                border_top_left_radius=look.radius,
                border_bottom_left_radius=look.radius,
            )
        for item in self.items:
            item.draw(surf, look, dx, dy)


class Row(Item):
    """Items side by side; widths by weight; height of the tallest. With `even`, the buttons in it are
    drawn as tall as the tallest (options side by side read as one row, not a ragged one)."""

    def __init__(self, items, weights=None, spacing: float = 1.0, even: bool = False):
        super().__init__()
        self.items = list(items)
        self.weights = weights or [1] * len(self.items)
        self.spacing, self.even = spacing, even

    def children(self):
        return self.items

    def layout(self, look, x, y, width):
        gap = round(look.pad * self.spacing)
        free = width - gap * (len(self.items) - 1)
        total = sum(self.weights)
        cx, tallest = x, 0
        for item, weight in zip(self.items, self.weights):
            w = max(10, int(free * weight / total))
            tallest = max(tallest, item.layout(look, cx, y, w))
            cx += w + gap
        if self.even:
            for item in self.items:
                if getattr(item, "focusable", False):
                    item.rect.height = tallest
        self.rect = pygame.Rect(x, y, width, tallest)
        return tallest

    def draw(self, surf, look, dx, dy):
        for item in self.items:
            item.draw(surf, look, dx, dy)


class Chips(Item):
    """Short coloured tags that wrap onto as many lines as they need."""

    def __init__(self, chips, role="small"):
        super().__init__()
        self.chips = list(chips)  # (text, colour name)
        self.role = role
        self.places = []

    def layout(self, look, x, y, width):
        self.places = []
        padx, pady = round(look.pad * 0.6), round(look.pad * 0.25)
        cx, cy, line = x, y, 0
        for text, color in self.chips:
            img = look.text(
                text, self.role, "text" if color is None else color, wrap=width - 2 * padx, bold=True
            )
            w, h = img.get_width() + 2 * padx, img.get_height() + 2 * pady
            if cx > x and cx + w > x + width:
                cx, cy = x, cy + line + pady * 2
                line = 0
            self.places.append((pygame.Rect(cx, cy, w, h), img, color))
            cx += w + padx
            line = max(line, h)
        height = (cy + line - y) if self.chips else 0
        self.rect = pygame.Rect(x, y, width, height)
        return height

    def draw(self, surf, look, dx, dy):
        padx, pady = round(look.pad * 0.6), round(look.pad * 0.25)
        for rect, img, color in self.places:
            r = rect.move(dx, dy)
            pygame.draw.rect(surf, look.c["panel"], r, border_radius=r.height // 2)
            pygame.draw.rect(surf, look.c[color or "line"], r, look.border, border_radius=r.height // 2)
            surf.blit(img, (r.x + padx, r.y + pady))
