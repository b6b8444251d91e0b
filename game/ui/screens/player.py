"""Player: the trainee's (or team's) name, remembered for next time."""

from __future__ import annotations

import pygame

from ..widgets import Button, Label
from ..widgets.entry import TextEntry
from .base import TextEntryScreen


class PlayerScreen(TextEntryScreen):
    max_width = 760

    def __init__(self, app):
        super().__init__(app)
        self.entry = TextEntry(app.settings.player_name, limit=40)

    def title(self):
        return self.tr("team_title" if self.app.options.workshop else "player_title")

    def items(self):
        self.entry.placeholder = self.tr("player_placeholder")
        sapaan = self.tr("sapaan") + ": " + self.tr("sapaan_" + self.app.settings.sapaan)
        return [
            Label(self.tr("player_hint"), "body", "muted"),
            self.entry,
            Button(sapaan, ("sapaan", 1), side=(("sapaan", -1), ("sapaan", 1))),
            Button(self.tr("next"), "next", style="primary"),
            Button(self.tr("back"), "back"),
        ]

    def handle_event(self, event):
        if self.entry.handle(event):
            self.layout()
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_SPACE:
            return  # a space goes into the name (TEXTINPUT), not to a button
        super().handle_event(event)

    def back(self):
        self.app.pop()

    def on_intent(self, intent):
        if isinstance(intent, tuple) and intent[0] == "sapaan":
            forms = ("", "bu", "pak")
            s = self.app.settings
            s.sapaan = forms[(forms.index(s.sapaan) + intent[1]) % len(forms)]
            self.layout()
            return
        if intent in ("next", "submit"):
            self.app.settings.player_name = self.entry.text.strip()
            self.app.save_settings()
            from .picker import PickerScreen  # noqa: PLC0415

            self.app.replace(PickerScreen(self.app))
        elif intent == "back":
            self.back()
