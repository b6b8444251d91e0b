"""Workshop: a pause to discuss after a decision's cards, with the passage's question, until the
facilitator continues."""

from __future__ import annotations

from ..intents import Act
from ..widgets import Box, Button, Label
from .base import FlowScreen
from .presenter import presenter_look


def chosen_text(run, lang: str) -> str:
    """The words of the option the class chose last, or '' before any choice."""
    history = run.session.state.history
    if not history:
        return ""
    last = history[-1]
    node = run.scenario.nodes.get(last.node)
    for choice in node.choices if node is not None else ():
        if choice.id == last.choice:
            return choice.text.get(lang)
    return ""


def discussion_prompt(run, lang: str) -> str:
    """The scenario's question for the passage the class is at (its reflection question; the model
    has no separate discussion field), or '' when it asks none."""
    view = run.session.view()
    return view.reflection.get(lang) if view.reflection else ""


class DiscussScreen(FlowScreen):
    max_width = 1500

    def __init__(self, ctx, run):
        super().__init__(ctx)
        self.run = run
        self._look = None

    @property
    def look(self):
        base = self.ctx.look
        if self._look is None or self._look[0] is not base:
            self._look = (base, presenter_look(base, self.ctx.settings))
        return self._look[1]

    def title(self):
        return self.tr("discuss_title")

    def items(self):
        lang = self.ctx.lang
        items = []
        chosen = chosen_text(self.run, lang)
        if chosen:
            items.append(Label(self.tr("discuss_chose", choice=chosen), "body", "muted"))
        prompt = discussion_prompt(self.run, lang) or self.tr("discuss_generic")
        items.append(Box([Label(prompt, "h1", "text", bold=True)], stripe="accent", pad=1.5))
        return items

    def footer_items(self):
        return [Button(self.tr("discuss_continue"), Act.NEXT, style="primary", center=True)]

    def back(self):
        self.act(Act.NEXT)

    def act(self, intent):
        if intent in (Act.NEXT, Act.SUBMIT):
            self.ctx.flow.step_done()
