"""Debrief: the ending, competency scores, misconceptions, the timeline, questions."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from ..check_run import OPEN_CHECK, debrief_offer, open_post
from ..intents import Act, Replay
from ..run import as_text
from ..widgets import Box, Button, Chips, Label, Row
from .base import FlowScreen
from .common import delta_chips, misconception_name, when
from .debrief_parts import decision_day
from .debrief_sections import avoided_items, chart_box, misconception_items, score_box
from .presenter import class_vote_items


@dataclass(frozen=True)
class SaveSummary:
    """Save the debrief as a PNG for the trainee's portfolio (the debrief's own intent)."""


SAVE_SUMMARY = SaveSummary()


class DebriefScreen(FlowScreen):
    max_width = 1100

    def __init__(self, ctx, run):
        super().__init__(ctx)
        self.run = run
        self.saved_to = ""  # where "save summary" last wrote the picture
        if not run.session.has_bounds:
            found = self.ctx.bounds.wait(
                run.session.scenario
            )  # started at the first scene: rarely still running
            if found is not None:
                run.session.bounds = found
        run.record()  # the records of a finished run are completed once its scale is known
        self.result = run.session.result()
        if self.result.scores and run.autosave:
            try:
                avg = round(sum(self.result.scores.values()) / len(self.result.scores))
                self.ctx.flow.record_best(self.result.scenario, avg)
            except OSError:
                pass

    def title(self):
        return self.tr("debrief")

    def items(self):
        ctx, r, lang, sc = self.ctx, self.result, self.ctx.lang, self.run.scenario
        items = []
        if r.ending is not None:
            items.append(
                Box(
                    [
                        Label(self.tr("ending"), "small", "muted", bold=True),
                        Label(r.ending.title.get(lang), "h2", "accent", bold=True),
                        Label((r.summary or r.ending.summary).get(lang), "body", "text"),
                    ]
                    + self.epilogue(),
                    stripe="accent",
                )
            )
        if self.run.compare:
            items += self.comparison()
        items += [part for part in (score_box(ctx, self.run, r), chart_box(ctx, self.run, r)) if part]
        items += misconception_items(ctx, self.run, r)
        items += avoided_items(ctx, self.run, r)
        items.append(
            Label(self.tr("timeline") + " · " + self.tr("days_total", n=r.days), "h2", "text", bold=True)
        )
        items.append(Label(self.tr("replay_hint"), "small", "muted"))
        items += self.timeline()
        if r.debrief:
            items.append(Label(self.tr("questions"), "h2", "text", bold=True))
            for i, q in enumerate(r.debrief, 1):
                items.append(Label(f"{i}. {q.get(lang)}", "body", "text"))
        if r.reflections:
            items.append(Label(self.tr("your_reflections"), "h2", "text", bold=True))
            for node_id, answer in r.reflections.items():
                node = sc.nodes.get(node_id)
                question = node.reflection.get(lang) if node is not None else node_id
                items.append(
                    Box([Label(question, "small", "muted", bold=True), Label(answer, "body", "text")])
                )
        items += debrief_offer(ctx)  # the closing check (issue 16)
        items.append(Button(self.tr("save_summary"), SAVE_SUMMARY, center=True))
        if self.saved_to:
            items.append(Label(self.tr("summary_saved", path=self.saved_to), "small", "good", center=True))
        items.append(Button(self.tr("play_again"), Act.AGAIN, style="primary", center=True))
        items.append(Button(self.tr("to_title"), Act.TITLE, center=True))
        return items

    def epilogue(self):
        lang = self.ctx.lang
        return [
            Label((f"{line.speaker.name}: " if line.speaker else "") + line.text.get(lang), "body", "text")
            for line in self.result.epilogue
        ]

    def timeline(self):
        ctx, lang, sc = self.ctx, self.ctx.lang, self.run.scenario
        items = []
        history = self.run.session.state.history
        for record in history:
            day = decision_day(history, record.turn)  # the day it was made, not the day after it
            head = f"{self.tr('turn', n=record.turn)} · {when(ctx, day, sc.calendar.start)}"
            box = [
                Label(head, "small", "muted", bold=True),
                Label(
                    self.run.choice_text(record.node, record.choice).get(lang),
                    "body",
                    "text",
                    bold=True,
                ),
            ]
            box += class_vote_items(self.run, record, lang, self.tr)  # one line per option
            chips = delta_chips(ctx, sc, record.deltas)
            if chips:
                box.append(Chips(chips))
            for tag in record.misconceptions:  # explained above, under its kind
                box.append(Label("⚠ " + misconception_name(ctx, tag), "small", "warn", bold=True))
            for event in record.events:
                spec = sc.events.get(event.get("id"))
                title = spec.title.get(lang) if spec is not None else event.get("id")
                kind = self.tr("event_obstacle" if event.get("kind") == "obstacle" else "event_delayed")
                lines = [Label(f"{kind}: {title}", "small", "warn", bold=True)]
                cause = event.get("cause")
                if cause:
                    choice = self.run.choice_text(cause["node"], cause["choice"]).get(lang)
                    lines.append(
                        Label(self.tr("because_of", n=cause["turn"], choice=choice), "small", "text")
                    )
                box.append(Box(lines, color="panel", stripe="warn", pad=0.6))
            box.append(Button(self.tr("replay_here"), Replay(record.turn), width=0.6))
            items.append(Box(box, stripe="chart"))
        return items

    def comparison(self):
        lang, sc, r, old = self.ctx.lang, self.run.scenario, self.result, self.run.compare
        turn = int(old.get("from_turn", 1))
        path = [rec.choice for rec in self.run.session.state.history]
        node = self.run.session.state.history[turn - 1].node if len(path) >= turn else ""
        old_path = old.get("path", [])
        old_choice = (
            self.run.choice_text(node, old_path[turn - 1]).get(lang) if len(old_path) >= turn else "-"
        )
        new_choice = self.run.choice_text(node, path[turn - 1]).get(lang) if len(path) >= turn else "-"

        def column(title, ending, scores, misconceptions, days):
            lines = [Label(title, "small", "muted", bold=True), Label(ending, "body", "accent", bold=True)]
            for c, score in scores.items():
                label = sc.meters[c].label.get(lang) if c in sc.meters else c
                lines.append(Label(f"{label}: {score}", "body", "text"))
            lines.append(Label(self.tr("misconception_count", n=misconceptions), "small", "text"))
            lines.append(Label(self.tr("days_total", n=days), "small", "text"))
            return Box(lines)

        old_ending = as_text(old["ending"]).get(lang) if old.get("ending") else "-"
        new_ending = r.ending.title.get(lang) if r.ending else "-"
        return [
            Label(self.tr("compare"), "h2", "text", bold=True),
            Label(self.tr("diverged", n=turn, old=old_choice, new=new_choice), "body", "text"),
            Row(
                [
                    column(
                        self.tr("before"),
                        old_ending,
                        old.get("scores", {}),
                        len(old.get("misconceptions", [])),
                        old.get("days", 0),
                    ),
                    column(self.tr("now"), new_ending, r.scores, len(r.misconceptions), r.days),
                ]
            ),
        ]

    def back(self):
        self.act(Act.TITLE)

    def on_intent(self, intent) -> None:
        if intent == SAVE_SUMMARY:
            self.save_summary()
        elif intent == OPEN_CHECK:
            open_post(self.ctx)
        else:
            super().on_intent(intent)

    def save_summary(self):
        """Write the summary PNG into the player's data folder and say where."""
        from ..summary_image import save_summary  # noqa: PLC0415 (drawn only when asked)

        try:
            path = save_summary(self.ctx, self.run, self.result)
        except (OSError, pygame.error) as exc:
            self.ctx.notify(self.tr("summary_failed", why=getattr(exc, "strerror", None) or exc), 8)
            return None
        self.saved_to = str(path)
        self.ctx.notify(self.tr("summary_saved", path=path), 8)
        self.layout()
        return path

    def act(self, intent):
        flow = self.ctx.flow
        match intent:
            case Replay(turn):
                flow.begin(self.run.replay_from(turn))
            case Act.AGAIN:
                run = self.run
                flow.new_game(
                    run.entry, player=run.player, address=run.session.state.address, autosave=run.autosave
                )
            case Act.TITLE:
                flow.to_title()
