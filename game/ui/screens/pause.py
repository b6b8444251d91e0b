"""Pause menu: resume, save, history, settings, back to title."""

from __future__ import annotations

from ..widgets import Button
from .base import FlowScreen


class PauseScreen(FlowScreen):
    modal = True
    max_width = 560

    def title(self):
        return self.tr("paused")

    def items(self):
        return [
            Button(self.tr("resume"), "resume", style="primary", center=True),
            Button(self.tr("save"), "save", center=True),
            Button(self.tr("history"), "history", center=True),
            Button(self.tr("settings"), "settings", center=True),
            Button(self.tr("to_title"), "title", center=True),
        ]

    def back(self):
        self.app.pop()

    def on_intent(self, intent):
        app = self.app
        if intent == "resume":
            app.pop()
        elif intent == "save":
            if app.game is not None:
                try:
                    app.game.autosave = True
                    app.game.save()
                    app.notify(self.tr("saved"))
                except OSError as exc:
                    app.notify(str(exc), 6)
        elif intent == "history":
            from .history import HistoryScreen  # noqa: PLC0415

            app.push(HistoryScreen(app))
        elif intent == "settings":
            from .settings import SettingsScreen  # noqa: PLC0415

            app.push(SettingsScreen(app))
        elif intent == "title":
            from .title import TitleScreen  # noqa: PLC0415

            app.game = None
            app.trainer = False
            app.reset(TitleScreen(app))
