"""A rectangle of the window showing a column of layout items, scrolled as needed."""

from __future__ import annotations

import pygame


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
                pygame.draw.line(strip, (r, g, b, round(255 * t**1.5)), (0, y), (self.rect.width, y))
            self._fades = {key: strip, **{k: v for k, v in self._fades.items() if k[3] != top}}
        return strip

    def draw_bar(self, surf, look):
        w = self.bar_w(look) // 2
        track = pygame.Rect(self.rect.right - w, self.rect.y, w, self.rect.height)
        pygame.draw.rect(surf, look.c["panel2"], track, border_radius=w // 2)
        h = max(w * 3, round(track.height * self.rect.height / max(1, self.content_h)))
        y = track.y + round((track.height - h) * self.offset / max(1, self.max_offset()))
        pygame.draw.rect(surf, look.c["accent"], (track.x, y, w, h), border_radius=w // 2)
