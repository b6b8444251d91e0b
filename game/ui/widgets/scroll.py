"""A rectangle of the window showing a column of layout items, scrolled as needed.

A panel may scroll by whole lines (`whole_lines`): its offset is always the top of a line and a line
the panel cannot show whole is not drawn, so no line is ever cut in half at its edges. It may also keep
one item pinned above the scrolled part (`pin`: the start of a long situation), with arrows and keys
beside it saying that there is more above or below.
"""

from __future__ import annotations

import pygame


class ScrollFlow:
    """A rectangle of the window showing a column of items, scrolled as needed.

    handle_event returns the intent of a button that was activated, or None.
    """

    def __init__(self, items=(), spacing: float = 0.5, fade: str = "bg", whole_lines: bool = False):
        self.items = list(items)
        self.fade = fade  # the colour behind the panel, for the fades at a scrolled edge
        self.whole_lines = whole_lines  # scroll line by line; a line is shown whole or not at all
        self.pin = None  # an item kept above the scrolled part, or None
        self.pin_h = 0  # the pin's height and the gap under it, once laid out
        self.rows: list = []  # (top, bottom) of every line, in content coordinates (whole_lines)
        self.pages = None  # the panel PgUp/PgDn scroll while this one has nothing to scroll
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
        self.pin_h = self.pin_height(look, self.pin, self.rect.width)
        for item in self.items:
            h = item.layout(look, 0, y, width)
            y += h + (gap if h else 0)
        self.content_h = max(0, y - gap)
        self.rows = sorted(r for item in self.items for r in item.lines(look)) if self.whole_lines else []
        self.clamp()
        buttons = self.buttons()
        if self.focus >= len(buttons):
            self.focus = len(buttons) - 1

    def pin_height(self, look, pin, width: int) -> int:
        """What `pin` takes from the top of this panel, `width` wide (0 for no pin)."""
        if pin is None:
            return 0
        h = pin.layout(look, 0, 0, max(20, width - self.bar_w(look) - self.note_w(look)))
        return h + round(look.line_h("body") * 0.3) if h else 0

    def ensure(self, look):
        if self.content_h < 0:
            self.layout(look)

    def bar_w(self, look) -> int:
        return max(8, round(12 * look.s))

    def buttons(self):
        return [i for item in self.items for i in item.walk() if i.focusable and i.enabled]

    @property
    def port(self) -> pygame.Rect:
        """The scrolled part of the panel: all of it, or what is under the pinned item."""
        if not self.pin_h:
            return self.rect
        r = self.rect
        return pygame.Rect(r.x, r.y + self.pin_h, r.width, max(0, r.height - self.pin_h))

    def tops(self) -> list[int]:
        """The offsets a whole-lines panel may stop at: the top of each line."""
        return sorted({0, *(top for top, _ in self.rows)})

    def max_offset(self) -> int:
        end = max(0, self.content_h - self.port.height)
        if not self.whole_lines or not end:
            return end
        return min((t for t in self.tops() if t >= end), default=end)  # the last line shown whole

    def clamp(self, down: bool = False):
        """Keep the offset in range; a whole-lines panel stops at a line's top (the next one down when
        scrolling down, so a step shorter than a line still moves)."""
        top = self.max_offset()
        self.offset = max(0, min(self.offset, top))
        if self.whole_lines and 0 < self.offset < top:
            tops = [t for t in self.tops() if t <= top]
            if down:
                self.offset = min((t for t in tops if t >= self.offset), default=top)
            else:
                self.offset = max(t for t in tops if t <= self.offset)

    def shown_bottom(self) -> int:
        """Where the drawn content ends (content coordinates): the port's foot, or in a whole-lines
        panel the foot of the last line that fits whole."""
        end = self.offset + self.port.height
        if not self.rows:
            return end
        return max((b for t, b in self.rows if t >= self.offset and b <= end), default=end)

    def on_screen(self, item) -> pygame.Rect:
        """An item's rectangle in the window, as the panel shows it now."""
        return item.rect.move(self.port.x, self.port.y - self.offset)

    def scroll_to(self, rect) -> None:
        height = self.port.height
        if rect.top < self.offset:
            self.offset = rect.top
        elif rect.bottom > self.offset + height:
            self.offset = rect.bottom - height
        self.clamp(down=True)

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
                self.clamp(down=event.y < 0)
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
            self.clamp(down=k == pygame.K_DOWN)
            self.dirty = True
        elif k in (pygame.K_PAGEDOWN, pygame.K_PAGEUP) and not self.max_offset() and self.pages is not None:
            return self.pages.key(event, look, [])
        elif k in (pygame.K_PAGEDOWN, pygame.K_PAGEUP):
            self.offset += (1 if k == pygame.K_PAGEDOWN else -1) * max(step, self.port.height - step)
            self.clamp(down=k == pygame.K_PAGEDOWN)
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
        port = self.port
        if not port.collidepoint(pos):
            return None
        x, y = pos[0] - port.x, pos[1] - port.y + self.offset
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
        if self.pin_h:
            self.draw_pin(surf, look, clip)
        port = self.port
        if self.whole_lines:  # a line that does not fit whole is not drawn at all
            port = pygame.Rect(port.x, port.y, port.width, max(0, self.shown_bottom() - self.offset))
        surf.set_clip(port.clip(clip) if clip else port)
        dx, dy = port.x, port.y - self.offset
        view = pygame.Rect(0, self.offset, port.width, port.height)
        for item in self.items:
            if item.rect.colliderect(view) or item.rect.height == 0:
                item.draw(surf, look, dx, dy)
        if not self.whole_lines:  # (a whole-lines panel says so beside its pin and with its bar)
            if self.offset > 0:
                surf.blit(self.fade_strip(look, top=True), port.topleft)
            if self.offset < self.max_offset():
                strip = self.fade_strip(look, top=False)
                surf.blit(strip, (port.x, port.bottom - strip.get_height()))
        surf.set_clip(clip)
        if self.max_offset() > 0:
            self.draw_bar(surf, look)
        self.dirty = False

    def note_w(self, look) -> int:
        return look.font("small", True).size(self.NOTE_WIDEST)[0] + look.pad

    NOTE_WIDEST = "\u25b2\u25bc PgUp"

    def note(self) -> str:
        """Beside the pin: which way there is more to read, and the keys that scroll."""
        up, down = self.offset > 0, self.offset < self.max_offset()
        return ("\u25b2 PgUp" if up else "") + (" " if up and down else "") + ("\u25bc PgDn" if down else "")

    def draw_pin(self, surf, look, clip) -> None:
        surf.set_clip(self.rect.clip(clip) if clip else self.rect)
        self.pin.draw(surf, look, self.rect.x, self.rect.y)
        note = self.note()
        if note:
            img = look.text(note, "small", "accent", bold=True)
            surf.blit(img, (self.rect.right - img.get_width(), self.rect.y))
        y = self.rect.y + self.pin.rect.height + (self.pin_h - self.pin.rect.height) // 2
        pygame.draw.line(surf, look.c["line"], (self.rect.x, y), (self.rect.right, y), max(1, look.border))

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
        port = self.port
        track = pygame.Rect(port.right - w, port.y, w, port.height)
        pygame.draw.rect(surf, look.c["panel2"], track, border_radius=w // 2)
        h = max(w * 3, round(track.height * port.height / max(1, self.content_h)))
        y = track.y + round((track.height - h) * self.offset / max(1, self.max_offset()))
        pygame.draw.rect(surf, look.c["accent"], (track.x, y, w, h), border_radius=w // 2)
