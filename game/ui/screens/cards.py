"""Cards shown after a decision: what happened, then each event it set off."""

from __future__ import annotations

import pygame

from ..assets import event_expression, outcome_expression
from ..guards import Delay, GuardTimes
from ..intents import Act
from ..widgets import Box, Button, Chips, Label
from .base import FlowScreen
from .common import coaching_now, delta_chips, misconception_about, misconception_name

CLOSE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_ESCAPE, pygame.K_SPACE)


class Card(FlowScreen):
    """A step of the play flow: closing it (Continue, Enter, Escape) lets the flow show the next.

    The whole lesson must have been on screen a moment first: a card taller than the window shows its
    rest on the first Continue (a second step), and Continue closes it only once its end has been in view
    for GuardTimes.card seconds.
    """

    modal = True
    max_width = 1180
    expression = "neutral"  # the face the speaker under the card shows

    def __init__(self, ctx, run, item):
        super().__init__(ctx)
        self.run, self.item = run, item
        self.read = Delay(GuardTimes.card)  # how long the end of the card has been in view

    def enter(self):
        super().enter()
        self.ctx.read_aloud()

    def layout(self):
        super().layout()
        self.watch_end()

    def watch_end(self) -> None:
        if not self.read.running and self.flow.offset >= self.flow.max_offset():
            self.read.start()  # everything on the card has now been in view

    def update(self, dt):
        self.watch_end()
        return self.read.update(dt)

    def footer_items(self):
        return [self.continue_button()]

    def back(self):
        self.act(Act.CONTINUE)

    def act(self, intent):
        if intent != Act.CONTINUE:
            return
        flow, line = self.flow, self.look.line_h("body")
        if flow.offset < flow.max_offset():  # the rest of the lesson first
            flow.offset += max(line, flow.rect.height - line)
            flow.clamp()
            flow.dirty = True
            self.watch_end()
        else:
            self.ctx.flow.step_done()

    def handle_event(self, event):
        closing = (event.type == pygame.KEYDOWN and event.key in CLOSE_KEYS) or (
            event.type == pygame.MOUSEBUTTONDOWN and event.button == 1
        )
        at_end = self.flow.offset >= self.flow.max_offset()
        if closing and at_end and not self.read.ready:
            return  # the end of the lesson has not been on screen long enough to be read
        super().handle_event(event)

    def continue_button(self):
        return Button(self.tr("next") + "  ›", Act.CONTINUE, style="primary", center=True)


class OutcomeCard(Card):
    def __init__(self, ctx, run, outcome):
        super().__init__(ctx, run, outcome)
        self.expression = outcome_expression(run.scenario, outcome.deltas, outcome.misconceptions)

    def title(self):
        return self.tr("consequence")

    def items(self):
        ctx, o, lang = self.ctx, self.item, self.ctx.lang
        items = [Label(o.feedback.get(lang), "body", "text")]
        practice = coaching_now(ctx)
        # by default only the world reacts: misconceptions, coaching and competency scores wait for the debrief
        chips = delta_chips(
            ctx, self.run.scenario, o.deltas if practice else world_deltas(self.run.scenario, o.deltas)
        )
        if o.days:
            chips.insert(0, (self.tr("days_passed", n=o.days), "chart"))
        items.append(Chips(chips) if chips else Label(self.tr("no_change"), "small", "muted"))
        if not practice:
            return items
        for tag in o.misconceptions:
            box = [
                Label(
                    "⚠ " + self.tr("misconception") + ": " + misconception_name(ctx, tag),
                    "body",
                    "warn",
                    bold=True,
                ),
                Label(misconception_about(ctx, tag), "body", "text"),
            ]
            if o.insight:
                box += [
                    Label(self.tr("alternative"), "small", "accent", bold=True),
                    Label(o.insight.get(lang), "body", "text"),
                ]
            items.append(Box(box, color="warn_bg", stripe="warn", border="warn"))
        if not o.misconceptions and o.insight:
            items.append(
                Box(
                    [
                        Label(self.tr("alternative"), "small", "accent", bold=True),
                        Label(o.insight.get(lang), "body", "text"),
                    ],
                    stripe="accent",
                )
            )
        return items


def world_deltas(scenario, deltas: dict) -> dict:
    """The changes a player sees during play: the world and people's trust, not their own scores."""
    hidden = scenario.competencies()
    return {m: d for m, d in deltas.items() if m not in hidden}


class EventCard(Card):
    def __init__(self, ctx, run, event):
        super().__init__(ctx, run, event)
        self.expression = event_expression(event.kind)

    def title(self):
        return self.item.title.get(self.ctx.lang)

    def items(self):
        ctx, e, lang = self.ctx, self.item, self.ctx.lang
        kind = self.tr("event_obstacle" if e.kind == "obstacle" else "event_delayed")
        items = [
            Label(kind, "small", "warn" if e.kind == "obstacle" else "chart", bold=True),
            Label(e.text.get(lang), "body", "text"),
        ]
        deltas = e.deltas if coaching_now(ctx) else world_deltas(self.run.scenario, e.deltas)
        chips = delta_chips(ctx, self.run.scenario, deltas)
        if chips:
            items.append(Chips(chips))
        if e.cause is not None:
            choice = self.run.choice_text(e.cause.node, e.cause.choice).get(lang)
            items.append(
                Box(
                    [Label(self.tr("because_of", n=e.cause.turn, choice=choice), "small", "text")],
                    stripe="chart",
                )
            )
        return items
