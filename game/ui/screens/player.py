"""Player: the trainee's (or team's) name, remembered for next time."""

from __future__ import annotations

import pygame

from ..intents import Act, Sapaan
from ..widgets import Button, Label
from ..widgets.entry import TextEntry
from .base import TextEntryScreen


class PlayerScreen(TextEntryScreen):
    max_width = 760

    def __init__(self, ctx):
        super().__init__(ctx)
        self.entry = TextEntry(self.ctx.settings.player_name, limit=40)

    def title(self):
        return self.tr("team_title" if self.ctx.flow.workshop else "player_title")

    def items(self):
        self.entry.placeholder = self.tr("player_placeholder")
        sapaan = self.tr("sapaan") + ": " + self.tr("sapaan_" + self.ctx.settings.sapaan)
        return [
            Label(self.tr("player_hint"), "body", "muted"),
            self.entry,
            Button(sapaan, Sapaan(1), side=(Sapaan(-1), Sapaan(1))),
            Button(self.tr("next"), Act.NEXT, style="primary"),
            Button(self.tr("back"), Act.BACK),
        ]

    def handle_event(self, event):
        if self.entry.handle(event):
            self.layout()
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_SPACE:
            return  # a space goes into the name (TEXTINPUT), not to a button
        super().handle_event(event)

    def back(self):
        self.ctx.nav.pop()

    def act(self, intent):
        match intent:
            case Sapaan(step):
                forms = ("", "bu", "pak")
                s = self.ctx.settings
                s.sapaan = forms[(forms.index(s.sapaan) + step) % len(forms)]
                self.layout()
            case Act.NEXT | Act.SUBMIT:
                self.ctx.settings.player_name = self.entry.text.strip()
                self.ctx.save_settings()
                self.ctx.nav.replace("picker")
            case Act.BACK:
                self.back()
