"""Confirm: a question over the screen below before something is given up (a saved game written over).

No is first and has the focus, and Escape is No: only a deliberate Yes goes ahead. The screen below
resumes with True (Yes) or False.
"""

from __future__ import annotations

from ..intents import Act
from ..widgets import Button, Label
from .base import FlowScreen


class ConfirmScreen(FlowScreen):
    modal = True
    max_width = 720

    def __init__(self, ctx, title: str = "", text: str = "", yes: str = "", no: str = ""):
        super().__init__(ctx)
        self.heading_text, self.text, self.yes, self.no = title, text, yes, no

    def title(self):
        return self.heading_text

    def items(self):
        return [
            Label(self.text, "body", "text"),
            Button(self.no or self.tr("back"), Act.NO, style="primary", center=True),
            Button(self.yes, Act.YES, center=True),
        ]

    def enter(self):
        super().enter()
        self.flow.focus = 0  # Enter answers No

    def back(self):
        self.ctx.nav.pop(False)

    def act(self, intent):
        match intent:
            case Act.YES:
                self.ctx.nav.pop(True)
            case Act.NO | Act.BACK:
                self.back()
