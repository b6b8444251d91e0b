"""Pause menu: resume, save, history, settings, back to title."""

from __future__ import annotations

from ..intents import Act
from ..widgets import Button
from .base import ClosingScreen


class PauseScreen(ClosingScreen):
    modal = True
    max_width = 560

    def title(self):
        return self.tr("paused")

    def items(self):
        return [
            Button(self.tr("resume"), Act.RESUME, style="primary", center=True),
            Button(self.tr("save"), Act.SAVE, center=True),
            Button(self.tr("history"), Act.HISTORY, center=True),
            Button(self.tr("settings"), Act.SETTINGS, center=True),
            Button(self.tr("to_title"), Act.TITLE, center=True),
        ]

    def act(self, intent):
        ctx = self.ctx
        match intent:
            case Act.RESUME:
                ctx.nav.pop()
            case Act.SAVE:
                self.save()
            case Act.HISTORY:
                ctx.nav.push("history")
            case Act.SETTINGS:
                ctx.nav.push("settings")
            case Act.TITLE:
                ctx.flow.to_title()

    def save(self):
        run = self.ctx.flow.run
        if run is None:
            return
        try:
            run.autosave = True
            run.save()
            self.ctx.notify(self.tr("saved"))
        except OSError as exc:
            self.ctx.notify(str(exc), 6)
