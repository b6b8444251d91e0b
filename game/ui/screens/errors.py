"""F5 found problems in the scenario file: every error, with its place, over the game."""

from __future__ import annotations

from ..intents import Act
from ..widgets import Button, Label
from .base import ClosingScreen


class ErrorsScreen(ClosingScreen):
    modal = True
    max_width = 1100

    def __init__(self, ctx, errors):
        super().__init__(ctx)
        self.errors = list(errors)

    def title(self):
        return self.tr("reload_errors")

    def items(self):
        return [Label(self.tr("reload_errors_hint"), "small", "muted")] + [
            Label(e, "small", "warn") for e in self.errors
        ]

    def footer_items(self):
        return [Button(self.tr("back"), Act.BACK, style="primary", center=True)]
