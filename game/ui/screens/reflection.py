"""Reflection: a short free-text answer at a moment the scenario marks."""

from __future__ import annotations

import pygame

from ..intents import Act
from ..widgets import Button, Label
from ..widgets.entry import TextEntry
from .base import TextEntryScreen


class ReflectionScreen(TextEntryScreen):
    modal = True
    max_width = 900

    def __init__(self, ctx, run):
        super().__init__(ctx)
        self.run = run
        self.entry = TextEntry("", limit=500, lines=3)

    def title(self):
        return self.tr("reflection")

    def items(self):
        view = self.run.session.view()
        return [
            Label(view.reflection.get(self.ctx.lang), "body", "text", bold=True),
            Label(self.tr("reflection_hint"), "small", "muted"),
            self.entry,
            Button(self.tr("save_answer"), Act.SUBMIT, style="primary", center=True),
            Button(self.tr("skip"), Act.SKIP, center=True),
        ]

    def handle_event(self, event):
        if self.entry.handle(event):
            self.layout()
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_SPACE:
            return
        super().handle_event(event)

    def back(self):
        self.act(Act.SKIP)

    def act(self, intent):
        if intent == Act.SUBMIT and self.entry.text.strip():
            self.run.reflect(self.entry.text.strip())
            self.ctx.flow.step_done()
        elif intent == Act.SKIP:
            self.ctx.flow.step_done()
