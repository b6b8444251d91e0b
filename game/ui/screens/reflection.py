"""Reflection: a short free-text answer at a moment the scenario marks."""

from __future__ import annotations

import pygame

from ..widgets import Button, Label
from ..widgets.entry import TextEntry
from .base import TextEntryScreen


class ReflectionScreen(TextEntryScreen):
    modal = True
    max_width = 900

    def __init__(self, app, run):
        super().__init__(app)
        self.run = run
        self.entry = TextEntry("", limit=500, lines=3)

    def title(self):
        return self.tr("reflection")

    def items(self):
        view = self.run.session.view()
        return [
            Label(view.reflection.get(self.app.lang), "body", "text", bold=True),
            Label(self.tr("reflection_hint"), "small", "muted"),
            self.entry,
            Button(self.tr("save_answer"), "submit", style="primary", center=True),
            Button(self.tr("skip"), "skip", center=True),
        ]

    def handle_event(self, event):
        if self.entry.handle(event):
            self.layout()
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_SPACE:
            return
        super().handle_event(event)

    def back(self):
        self.on_intent("skip")

    def on_intent(self, intent):
        if intent == "submit" and self.entry.text.strip():
            self.run.reflect(self.entry.text.strip())
            self.app.pop()
        elif intent == "skip":
            self.app.pop()
