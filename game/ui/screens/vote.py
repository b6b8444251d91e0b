"""Workshop: the class discusses the options, the facilitator enters the votes, the majority is played."""

from __future__ import annotations

import pygame

from ..intents import Act, Vote, Voted
from ..widgets import Button, Label
from .base import NUMBER_KEYS, FlowScreen

DISCUSS_SECONDS = 120


class VoteScreen(FlowScreen):
    max_width = 1100

    def __init__(self, ctx, choices, first: int):
        super().__init__(ctx)
        self.choices = choices
        self.tally = [0] * len(self.choices)
        self.order: list = []  # votes in the order entered, for Backspace
        self.left = float(DISCUSS_SECONDS)
        self.running = False
        if 0 <= first < len(self.tally):  # the choice that opened the vote is its first vote
            self.tally[first] += 1
            self.order.append(first)

    def title(self):
        return self.tr("discuss")

    def clock(self) -> str:
        secs = max(0, int(self.left + 0.999))
        text = self.tr("timer", t=f"{secs // 60:02d}:{secs % 60:02d}")
        return text if self.running or self.left <= 0 else f"{text} {self.tr('timer_paused')}"

    def winner(self):
        best = max(self.tally) if self.tally else 0
        leaders = [i for i, n in enumerate(self.tally) if n == best]
        return leaders[0] if best > 0 and len(leaders) == 1 else None

    def items(self):
        lang = self.ctx.lang
        items = [
            Label(self.tr("discuss_hint"), "small", "muted"),
            Label(self.clock(), "h2", "accent", bold=True),
        ]
        for choice, n in zip(self.choices, self.tally):
            items.append(
                Button(
                    choice.text.get(lang),
                    Vote(choice.index),
                    style="choice",
                    number=choice.index + 1 if choice.index < 9 else None,
                    sub=self.tr("votes_n", n=n) + ("  " + "█" * min(n, 40) if n else ""),
                )
            )
        if self.winner() is None:
            items.append(Label(self.tr("no_votes" if not any(self.tally) else "tie"), "body", "warn"))
        return items

    def footer_items(self):
        return [
            Button(
                self.tr("play_majority"),
                Act.PLAY,
                style="primary",
                center=True,
                enabled=self.winner() is not None,
            )
        ]

    def vote(self, index: int, step: int = 1) -> None:
        if 0 <= index < len(self.tally):
            self.tally[index] = max(0, self.tally[index] + step)
            if step > 0:
                self.order.append(index)
            self.layout()

    def handle_event(self, event):
        if event.type == pygame.KEYDOWN:
            k = event.key
            if k in NUMBER_KEYS:
                self.vote(NUMBER_KEYS.index(k) % 9)
                return
            if k == pygame.K_BACKSPACE and self.order:
                self.vote(self.order.pop(), -1)
                return
            if k == pygame.K_t:
                self.running = not self.running and self.left > 0
                self.layout()
                return
            if k == pygame.K_r:
                self.left, self.running = float(DISCUSS_SECONDS), False
                self.layout()
                return
            if k in (pygame.K_RETURN, pygame.K_KP_ENTER) and self.flow.focus < 0:
                self.act(Act.PLAY)
                return
        super().handle_event(event)

    def update(self, dt):
        if not self.running:
            return False
        shown = int(self.left + 0.999)
        self.left = max(0.0, self.left - dt)
        if self.left <= 0:
            self.running = False
            self.ctx.sounds.play("event")
        if int(self.left + 0.999) != shown:
            self.layout()
            return True
        return False

    def back(self):
        self.ctx.nav.pop()

    def act(self, intent):
        match intent:
            case Vote(index):
                self.vote(index)
            case Act.PLAY if self.winner() is not None:
                votes = {c.id: n for c, n in zip(self.choices, self.tally) if n}
                self.ctx.nav.pop(Voted(self.winner(), votes))  # the game below plays it
