"""Workshop: the class discusses the options, the facilitator enters the votes, the majority is played.

A presenter layout for a projector: the situation on the left, every option with its tally as a bar on
the right, a large countdown above. Opening the vote casts no vote: the choice that opened it only
brought the class here.
"""

from __future__ import annotations

import pygame

from ..intents import Act, Vote, Voted
from ..widgets import Button, Label, ScrollFlow
from .base import NUMBER_KEYS, Screen
from .presenter import TallyBar, clock_text, presenter_look, situation_items

PLUS_KEYS = (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS)
MINUS_KEYS = (pygame.K_MINUS, pygame.K_KP_MINUS)


class VoteScreen(Screen):
    def __init__(self, ctx, choices, first: int = -1, view=None):
        super().__init__(ctx)
        self.choices = choices
        self.tally = [0] * len(self.choices)  # `first` (the key that opened the vote) casts nothing
        self.order: list = []  # votes in the order entered, for Backspace
        run = self.ctx.flow.run
        self.view = view if view is not None else (run.session.view() if run is not None else None)
        self.situation = ScrollFlow(fade="panel")
        self.options = ScrollFlow(spacing=0.25)
        self.foot = ScrollFlow(spacing=0.2)
        self.running = False
        self.left = float(self.seconds)

    # -- the timer -------------------------------------------------------------------
    @property
    def profile(self):
        mode = self.ctx.flow.class_mode
        return mode.profile if mode is not None else None

    @property
    def seconds(self) -> int:
        return self.profile.vote_seconds if self.profile is not None else 120

    def clock(self) -> str:
        if not self.seconds:
            return self.tr("timer_off")
        text = clock_text(self.left)
        return text if self.running or self.left <= 0 else f"{text} {self.tr('timer_paused')}"

    def change_timer(self, step: int) -> None:
        if self.profile is not None:
            self.profile.next_timer(step)
            self.ctx.save_settings()  # into the workshop profile
        self.left, self.running = float(self.seconds), False
        self.layout()

    def toggle_discuss(self) -> None:
        if self.profile is not None:
            self.profile.discuss = not self.profile.discuss
            self.ctx.save_settings()
            self.layout()

    # -- the tally -------------------------------------------------------------------
    def winner(self):
        best = max(self.tally) if self.tally else 0
        leaders = [i for i, n in enumerate(self.tally) if n == best]
        return leaders[0] if best > 0 and len(leaders) == 1 else None

    def vote(self, index: int, step: int = 1) -> None:
        if 0 <= index < len(self.tally):
            self.tally[index] = max(0, self.tally[index] + step)
            if step > 0:
                self.order.append(index)
            self.layout()

    def title(self):
        return self.tr("discuss")

    def option_items(self):
        lang, most, total = self.ctx.lang, max(self.tally, default=0), sum(self.tally)
        leader = self.winner()
        items = []
        for choice, n in zip(self.choices, self.tally):
            items.append(
                Button(
                    choice.text.get(lang),
                    Vote(choice.index),
                    style="choice",
                    number=choice.index + 1 if choice.index < 9 else None,
                )
            )
            items.append(TallyBar(n, most, total, self.tr("tally_n", n=n), leading=choice.index == leader))
        return items

    def foot_items(self):
        status = self.tr("no_votes" if not any(self.tally) else "tie") if self.winner() is None else ""
        profile = self.profile
        minutes = self.tr("timer_minutes", m=self.seconds // 60) if self.seconds else self.tr("timer_off")
        setup = self.tr(
            "vote_setup", timer=minutes, pause=self.tr("on" if profile is None or profile.discuss else "off")
        )
        return [
            Label(status, "body", "warn"),
            Label(self.tr("vote_keys") + " " + setup, "small", "muted"),
            Button(
                self.tr("play_majority"),
                Act.PLAY,
                style="primary",
                center=True,
                enabled=self.winner() is not None,
            ),
        ]

    # -- layout and drawing ----------------------------------------------------------
    def layout(self):
        look = self.pl = presenter_look(self.look, self.ctx.settings)
        w, h = look.size
        pad = look.pad
        self.heading = look.text(self.title(), "h1", "accent", bold=True)
        self.big = look.text(
            self.clock(), "title", "text" if self.running or not self.seconds else "muted", bold=True
        )
        top = pad + max(self.heading.get_height(), self.big.get_height()) + pad
        left_w = round((w - 3 * pad) * 0.42)
        self.left_rect = pygame.Rect(pad, top, left_w, h - top - pad)
        right = pygame.Rect(self.left_rect.right + pad, top, w - left_w - 3 * pad, h - top - pad)
        self.foot.set_items(self.foot_items(), keep_offset=True)
        self.foot.place((right.x, 0, right.width, right.height))
        self.foot.layout(look)
        self.foot.place((right.x, right.bottom - self.foot.content_h, right.width, self.foot.content_h))
        self.foot.layout(look)
        focus = self.options.focus
        self.options.set_items(self.option_items(), keep_offset=True)
        self.options.place((right.x, top, right.width, self.foot.rect.y - pad - top))
        self.options.layout(look)
        self.options.focus = focus if focus < len(self.options.buttons()) else -1
        self.notes_rect = None  # F3: the facilitator's notes under the situation, never over the text
        self.trainer = self.ctx.flow.trainer
        if self.trainer:
            self.left_rect.height = round(self.left_rect.height * 0.45)
            below = self.left_rect.bottom + pad
            self.notes_rect = pygame.Rect(pad, below, self.left_rect.width, h - below - pad)
        inner = self.left_rect.inflate(-2 * pad, -2 * pad)
        self.situation.set_items(situation_items(self.view, self.ctx.lang), keep_offset=True)
        self.situation.place(inner)
        self.situation.layout(look)

    def flows(self):
        return (self.situation, self.options, self.foot)

    def draw(self, surf):
        look = self.pl
        surf.fill(look.c["bg"])
        surf.blit(self.heading, (look.pad, look.pad))
        surf.blit(self.big, (look.size[0] - look.pad - self.big.get_width(), look.pad))
        look.panel(surf, self.left_rect, "panel")
        for flow in self.flows():
            flow.draw(surf, look)

    def speech_text(self) -> str:
        lang = self.ctx.lang
        parts = [self.title()] + [line.text.get(lang) for line in (self.view.lines if self.view else ())]
        parts += [f"{c.text.get(lang)}: {self.tr('tally_n', n=n)}" for c, n in zip(self.choices, self.tally)]
        return ". ".join(parts)

    # -- input -----------------------------------------------------------------------
    def handle_event(self, event):
        if event.type == pygame.KEYDOWN:
            k = event.key
            if k in NUMBER_KEYS:
                self.vote(NUMBER_KEYS.index(k) % 9)
            elif k == pygame.K_BACKSPACE and self.order:
                self.vote(self.order.pop(), -1)
            elif k == pygame.K_t and self.seconds:
                self.running = not self.running and self.left > 0
                self.layout()
            elif k == pygame.K_r:
                self.left, self.running = float(self.seconds), False
                self.layout()
            elif k in PLUS_KEYS or k in MINUS_KEYS:
                self.change_timer(1 if k in PLUS_KEYS else -1)
            elif k == pygame.K_d:
                self.toggle_discuss()
            elif k == pygame.K_ESCAPE:
                self.ctx.nav.pop()
            elif k in (pygame.K_PAGEUP, pygame.K_PAGEDOWN):
                self.situation.handle_event(event, self.pl)
            elif k in (pygame.K_RETURN, pygame.K_KP_ENTER) and self.options.focus < 0:
                self.act(Act.PLAY)
            else:
                self.route(event)
            return
        self.route(event)

    def route(self, event):
        flows = (self.options,) if event.type == pygame.KEYDOWN else (self.options, self.foot, self.situation)
        for flow in flows:
            intent = flow.handle_event(event, self.pl)
            if intent is not None:
                self.ctx.sounds.play("click")
                self.on_intent(intent)
                return

    def update(self, dt):
        if self.trainer != self.ctx.flow.trainer:  # F3 was pressed: make room for the notes
            self.layout()
            return True
        if not self.running:
            return False
        shown = int(self.left + 0.999)
        self.left = max(0.0, self.left - dt)
        if self.left <= 0:
            self.running = False
            self.ctx.sounds.play("event")
        if int(self.left + 0.999) != shown or not self.running:
            self.layout()
            return True
        return False

    def wants_redraw(self) -> bool:
        return any(f.dirty for f in self.flows())

    def act(self, intent):
        match intent:
            case Vote(index):
                self.vote(index)
            case Act.PLAY if self.winner() is not None:
                votes = {c.id: n for c, n in zip(self.choices, self.tally) if n}
                self.ctx.nav.pop(Voted(self.winner(), votes))  # the game below plays it
