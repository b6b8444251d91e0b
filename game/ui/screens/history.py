"""History (backlog): everything said and chosen in this session."""

from __future__ import annotations

from ..intents import Act
from ..run import as_text
from ..widgets import Box, Button, Label
from .base import ClosingScreen


class HistoryScreen(ClosingScreen):
    max_width = 1000

    def title(self):
        return self.tr("history")

    def items(self):
        lang = self.ctx.lang
        run = self.ctx.flow.run
        log = run.log if run is not None else []
        items = []
        if not log:
            items.append(Label(self.tr("history_empty"), "body", "muted"))
        for entry in log:
            text = as_text(entry.get("text", "")).get(lang)
            kind = entry.get("kind")
            if kind == "line":
                speaker = entry.get("speaker") or self.tr("narrator")
                items.append(Label(speaker, "small", "accent", bold=True))
                items.append(Label(text, "body", "text"))
            elif kind == "choice":
                items.append(
                    Box(
                        [
                            Label(self.tr("chose"), "small", "muted", bold=True),
                            Label(text, "body", "text", bold=True),
                        ],
                        stripe="accent",
                    )
                )
            elif kind == "feedback":
                items.append(Label(text, "body", "muted"))
            elif kind in ("event", "reflection"):
                title = as_text(entry.get("title", "")).get(lang)
                items.append(
                    Box(
                        [Label(title, "body", "text", bold=True), Label(text, "body", "text")], stripe="chart"
                    )
                )
        return items

    def footer_items(self):
        return [Button(self.tr("back"), Act.BACK, style="primary", center=True)]

    def enter(self):
        super().enter()
        self.flow.scroll_bottom()
