"""The screen contract, and a screen made of a heading and a scrolling column."""

from __future__ import annotations

import pygame

from ..intents import Act, coerce
from ..widgets import Label, ScrollFlow

NUMBER_KEYS = tuple(getattr(pygame, f"K_{i}") for i in range(1, 10)) + tuple(
    getattr(pygame, f"K_KP{i}") for i in range(1, 10)
)  # 1-9 on the main keys and the keypad pick a choice


class Screen:
    """enter, resume, exit, layout, handle_event, update, draw; `act` on the intents of its widgets.

    A screen is made with a Context (game.ui.context): what it may use, not the whole app.
    """

    opaque = True

    def __init__(self, ctx):
        self.ctx = getattr(ctx, "context", ctx)  # a test may hand the App itself: its screens' context

    @property
    def look(self):
        return self.ctx.look

    def tr(self, key, **fmt):
        return self.ctx.tr(key, **fmt)

    def enter(self):
        self.layout()

    def resume(self, result=None):
        """Back on top after the screen above it closed (with what that screen decided, if anything)."""
        self.layout()

    def on_intent(self, intent) -> None:
        """A widget was activated: act on its intent (drivers may still spell one as text or a tuple)."""
        typed = coerce(intent)
        if typed is not None:
            self.act(typed)

    def act(self, intent) -> None:
        pass

    def exit(self):
        pass

    def layout(self):
        pass

    def handle_event(self, event):
        pass

    def update(self, dt: float) -> bool:
        return False

    def draw(self, surf):
        pass

    def flows(self):
        return ()

    def speech_text(self) -> str:
        """What read-aloud says on this screen: its words in reading order."""
        parts = []
        for flow in self.flows():
            for item in flow.items:
                for part in item.walk():
                    text = getattr(part, "text", None) if not hasattr(part, "label") else part.label
                    if isinstance(text, str) and text and part.__class__.__name__ != "TextEntry":
                        parts.append(text)
        return ". ".join(parts)

    def wants_redraw(self) -> bool:
        return any(f.dirty for f in self.flows())


class FlowScreen(Screen):
    """A titled column of items (text, buttons) centred in the window.

    Subclasses give `title()`, `items()` and `act(intent)`; Escape calls `back()`.
    """

    max_width = 900
    modal = False  # drawn as a card over the screen below
    footer = False

    def __init__(self, ctx):
        super().__init__(ctx)
        self.flow = ScrollFlow(fade="panel" if self.modal else "bg")
        self.foot = ScrollFlow(spacing=0.3)
        self.opaque = not self.modal

    def flows(self):
        return (self.flow, self.foot)

    def speech_text(self) -> str:
        title = self.title()
        return (title + ". " if title else "") + super().speech_text()

    def title(self) -> str:
        return ""

    def items(self):
        return []

    def back(self):
        pass

    def column(self):
        look, (w, h) = self.look, self.look.size
        width = min(w - 4 * look.pad, round(self.max_width * look.s))
        top = look.pad * 2
        if self.modal:
            return pygame.Rect((w - width) // 2, top, width, h - 2 * top)
        return pygame.Rect((w - width) // 2, top, width, h - top - look.pad)

    def footer_items(self):
        """Buttons kept in view under the scrolling column (Continue, Back)."""
        return []

    def layout(self):
        focus, offset = self.flow.focus, self.flow.offset
        look = self.look
        area = self.column()
        self.card = area
        title = self.title()
        inner = area.inflate(-2 * look.pad, -2 * look.pad) if self.modal else area
        y = inner.y
        self.heading = None
        if title:
            self.heading = Label(title, "h1", "accent", bold=True)
            y += self.heading.layout(look, inner.x, y, inner.width) + look.pad
        self.foot.set_items(self.footer_items())
        self.foot.place((inner.x, 0, inner.width, inner.height))
        self.foot.layout(look)
        foot_h = self.foot.content_h + look.pad if self.foot.items else 0
        self.flow.set_items(self.items())
        self.flow.place((inner.x, y, inner.width, inner.bottom - y - foot_h))
        self.flow.layout(look)
        if self.modal and self.flow.content_h < self.flow.rect.height:
            # shrink the card around its content and centre it
            extra = self.flow.rect.height - self.flow.content_h
            self.card = area.inflate(0, -extra)
            self.card.centery = look.size[1] // 2
            shift = self.card.y + look.pad - inner.y
            if self.heading is not None:
                self.heading.rect.y += shift
            self.flow.place((inner.x, y + shift, inner.width, self.flow.content_h))
            self.flow.layout(look)
        if self.foot.items:
            bottom = self.card.bottom - (look.pad if self.modal else 0)
            self.foot.place((inner.x, bottom - self.foot.content_h, inner.width, self.foot.content_h))
            self.foot.layout(look)
        self.flow.focus = focus if focus < len(self.flow.buttons()) else -1
        self.flow.offset = offset
        self.flow.clamp()

    def handle_event(self, event):
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.back()
            return
        if (
            event.type == pygame.KEYDOWN
            and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER)
            and not self.flow.buttons()
            and self.foot.buttons()
        ):
            intent = self.foot.buttons()[0].intent  # Enter on a card or a list: its footer button
        else:
            intent = self.flow.handle_event(event, self.look)
            if intent is None and event.type != pygame.KEYDOWN:
                intent = self.foot.handle_event(event, self.look)
        if intent is not None:
            self.ctx.sounds.play("click")
            self.on_intent(intent)

    def draw_backdrop(self, surf):
        surf.fill(self.look.c["bg"])

    def draw(self, surf):
        look = self.look
        if self.modal:
            look.panel(surf, self.card, "panel", border="accent")
        else:
            self.draw_backdrop(surf)
        if self.heading is not None:
            self.heading.draw(surf, look, 0, 0)
        self.flow.draw(surf, look)
        if self.foot.items:
            self.foot.draw(surf, look)


class ClosingScreen(FlowScreen):
    """A screen that goes back by closing itself: Escape and its Back button show the one below again.
    A subclass that acts on more intents hands the rest to `super().act`."""

    def back(self):
        self.ctx.nav.pop()

    def act(self, intent):
        if intent == Act.BACK:
            self.back()


class TextEntryScreen(FlowScreen):
    """A FlowScreen whose first item is a text entry: keys type letters while it is shown."""

    typing_text = True  # V is a letter here, not read-aloud

    def enter(self):
        super().enter()
        pygame.key.start_text_input()
        self.flow.focus = 0

    def exit(self):
        pygame.key.stop_text_input()
