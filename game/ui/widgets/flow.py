"""Vertical flow layout: items stacked top to bottom inside a scrolling panel.

Stacking is what keeps text from overlapping at any window or text size: each
item measures itself for the width it gets, and the panel scrolls when the
total is taller than the space.
"""
from __future__ import annotations

import pygame


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

    def walk(self):
        yield self
        for child in self.children():
            yield from child.walk()


class Gap(Item):
    def __init__(self, lines: float = 0.5):
        super().__init__()
        self.lines = lines

    def layout(self, look, x, y, width):
        h = round(look.line_h("body") * self.lines)
        self.rect = pygame.Rect(x, y, width, h)
        return h


class Label(Item):
    def __init__(self, text: str, role: str = "body", color="text", bold: bool = False,
                 center: bool = False):
        super().__init__()
        self.text, self.role, self.color, self.bold, self.center = text, role, color, bold, center

    def surface(self, look, width):
        return look.text(self.text, self.role, self.color, wrap=width, bold=self.bold, center=self.center)

    def layout(self, look, x, y, width):
        h = self.surface(look, width).get_height() if self.text else 0
        self.rect = pygame.Rect(x, y, width, h)
        return h

    def draw(self, surf, look, dx, dy):
        if not self.text:
            return
        img = self.surface(look, self.rect.width)
        x = self.rect.x + dx
        if self.center:
            x += (self.rect.width - img.get_width()) // 2
        surf.blit(img, (x, self.rect.y + dy))


class Box(Item):
    """A panel around a column of items, with an optional coloured stripe on the left."""

    def __init__(self, items, color="panel2", stripe=None, border=None, pad: float = 1.0,
                 spacing: float = 0.35):
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
            pygame.draw.rect(surf, look.c[self.stripe], (r.x, r.y, round(6 * look.s), r.height),
                             border_top_left_radius=look.radius, border_bottom_left_radius=look.radius)
        for item in self.items:
            item.draw(surf, look, dx, dy)


class Row(Item):
    """Items side by side; widths by weight; height of the tallest."""

    def __init__(self, items, weights=None, spacing: float = 1.0):
        super().__init__()
        self.items = list(items)
        self.weights = weights or [1] * len(self.items)
        self.spacing = spacing

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
            img = look.text(text, self.role, "text" if color is None else color, wrap=width - 2 * padx,
                            bold=True)
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


class ScrollFlow:
    """A rectangle of the window showing a column of items, scrolled as needed.

    handle_event returns the intent of a button that was activated, or None.
    """

    def __init__(self, items=(), spacing: float = 0.5, fade: str = "bg"):
        self.items = list(items)
        self.fade = fade  # the colour behind the panel, for the fades at a scrolled edge
        self._fades: dict = {}
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.spacing = spacing
        self.offset = 0
        self.content_h = 0
        self.focus = -1
        self.hover = None
        self.dirty = True

    # -- building ----------------------------------------------------------------
    def set_items(self, items, keep_offset: bool = False):
        self.items = list(items)
        if not keep_offset:
            self.offset = 0
            self.focus = -1
        self.content_h = -1  # relayout on next use

    def place(self, rect) -> None:
        self.rect = pygame.Rect(rect)
        self.content_h = -1

    def layout(self, look) -> None:
        y = 0
        gap = round(look.line_h("body") * self.spacing)
        width = self.rect.width - self.bar_w(look)
        for item in self.items:
            h = item.layout(look, 0, y, width)
            y += h + (gap if h else 0)
        self.content_h = max(0, y - gap)
        self.clamp()
        buttons = self.buttons()
        if self.focus >= len(buttons):
            self.focus = len(buttons) - 1

    def ensure(self, look):
        if self.content_h < 0:
            self.layout(look)

    def bar_w(self, look) -> int:
        return max(8, round(12 * look.s))

    def buttons(self):
        return [i for item in self.items for i in item.walk() if i.focusable and i.enabled]

    def max_offset(self) -> int:
        return max(0, self.content_h - self.rect.height)

    def clamp(self):
        self.offset = max(0, min(self.offset, self.max_offset()))

    def scroll_to(self, rect) -> None:
        if rect.top < self.offset:
            self.offset = rect.top
        elif rect.bottom > self.offset + self.rect.height:
            self.offset = rect.bottom - self.rect.height
        self.clamp()

    def scroll_bottom(self):
        self.offset = self.max_offset()

    # -- input -------------------------------------------------------------------
    def handle_event(self, event, look):
        self.ensure(look)
        buttons = self.buttons()
        if event.type == pygame.MOUSEWHEEL:
            mouse = pygame.mouse.get_pos()
            if self.rect.collidepoint(mouse):
                self.offset -= event.y * look.line_h("body") * 2
                self.clamp()
                self.dirty = True
        elif event.type == pygame.MOUSEMOTION:
            hover = self.hit(event.pos, buttons)
            if hover is not self.hover:
                self.hover = hover
                self.dirty = True
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            button = self.hit(event.pos, buttons)
            if button is not None:
                self.focus = buttons.index(button)
                self.dirty = True
                return button.intent
        elif event.type == pygame.KEYDOWN:
            return self.key(event, look, buttons)
        return None

    def key(self, event, look, buttons):
        k = event.key
        step = look.line_h("body") * 2
        if k in (pygame.K_DOWN, pygame.K_UP, pygame.K_TAB) and buttons:
            back = k == pygame.K_UP or (k == pygame.K_TAB and event.mod & pygame.KMOD_SHIFT)
            if self.focus < 0:
                self.focus = len(buttons) - 1 if back else 0
            else:
                self.focus = (self.focus + (-1 if back else 1)) % len(buttons)
            self.scroll_to(buttons[self.focus].rect)
            self.dirty = True
        elif k in (pygame.K_DOWN, pygame.K_UP):
            self.offset += step if k == pygame.K_DOWN else -step
            self.clamp()
            self.dirty = True
        elif k in (pygame.K_PAGEDOWN, pygame.K_PAGEUP):
            self.offset += (1 if k == pygame.K_PAGEDOWN else -1) * max(step, self.rect.height - step)
            self.clamp()
            self.dirty = True
        elif k == pygame.K_HOME:
            self.offset = 0
            self.dirty = True
        elif k == pygame.K_END:
            self.scroll_bottom()
            self.dirty = True
        elif k in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE) and 0 <= self.focus < len(buttons):
            return buttons[self.focus].intent
        elif k in (pygame.K_LEFT, pygame.K_RIGHT) and 0 <= self.focus < len(buttons):
            intent = buttons[self.focus].side_intent(k == pygame.K_RIGHT)
            if intent is not None:
                return intent
        return None

    def hit(self, pos, buttons):
        if not self.rect.collidepoint(pos):
            return None
        x, y = pos[0] - self.rect.x, pos[1] - self.rect.y + self.offset
        for button in buttons:
            if button.rect.collidepoint(x, y):
                return button
        return None

    # -- drawing -----------------------------------------------------------------
    def draw(self, surf, look):
        self.ensure(look)
        buttons = self.buttons()
        focused = buttons[self.focus] if 0 <= self.focus < len(buttons) else None
        for button in buttons:
            button.state = "focus" if button is focused else ("hover" if button is self.hover else "")
        clip = surf.get_clip()
        surf.set_clip(self.rect.clip(clip) if clip else self.rect)
        dx, dy = self.rect.x, self.rect.y - self.offset
        view = pygame.Rect(0, self.offset, self.rect.width, self.rect.height)
        for item in self.items:
            if item.rect.colliderect(view) or item.rect.height == 0:
                item.draw(surf, look, dx, dy)
        if self.offset > 0:
            surf.blit(self.fade_strip(look, top=True), self.rect.topleft)
        if self.offset < self.max_offset():
            strip = self.fade_strip(look, top=False)
            surf.blit(strip, (self.rect.x, self.rect.bottom - strip.get_height()))
        surf.set_clip(clip)
        if self.max_offset() > 0:
            self.draw_bar(surf, look)
        self.dirty = False

    def fade_strip(self, look, top: bool):
        """A strip that fades the content into the panel colour at a scrolled edge."""
        h = min(self.rect.height // 4, round(look.line_h("body") * 1.2))
        key = (self.rect.width, h, look.c[self.fade], top)
        strip = self._fades.get(key)
        if strip is None:
            strip = pygame.Surface((self.rect.width, max(1, h)), pygame.SRCALPHA)
            r, g, b = look.c[self.fade][:3]
            for y in range(h):
                t = 1 - y / max(1, h) if top else y / max(1, h)
                pygame.draw.line(strip, (r, g, b, round(255 * t ** 1.5)), (0, y), (self.rect.width, y))
            self._fades = {key: strip, **{k: v for k, v in self._fades.items() if k[3] != top}}
        return strip

    def draw_bar(self, surf, look):
        w = self.bar_w(look) // 2
        track = pygame.Rect(self.rect.right - w, self.rect.y, w, self.rect.height)
        pygame.draw.rect(surf, look.c["panel2"], track, border_radius=w // 2)
        h = max(w * 3, round(track.height * self.rect.height / max(1, self.content_h)))
        y = track.y + round((track.height - h) * self.offset / max(1, self.max_offset()))
        pygame.draw.rect(surf, look.c["accent"], (track.x, y, w, h), border_radius=w // 2)
