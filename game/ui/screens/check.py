"""The pre/post misconception check: the offer, one situation at a time, and what the trainee sees after.

check_offer  "A short check before you play" (before the first scenario, once per profile) or "Closing
             check" (from the debrief): the check's intro, Start, and Skip / Not now.
check        one situation, its question and its options (in a shuffle of their own per sitting),
             numbered 1-4; no answer is marked. Escape leaves the check (the sitting stays unfinished).
check_done   after the first check: saved, not marked, then the scenario starts; after the closing
             check: the change per misconception in plain words, then back to the debrief.
"""

from __future__ import annotations

import pygame

from ...engine.check import change
from ...engine.misconceptions import NAMES
from ..check_run import POST, PRE, find_check, last_answers, new_sitting
from ..intents import Act, Choose
from ..strings_check import say
from ..widgets import Box, Button, Label
from .base import NUMBER_KEYS, FlowScreen

MINUTES_PER_ITEM = 0.6


class _CheckScreen(FlowScreen):
    def say(self, key: str, **fmt) -> str:
        return say(key, self.ctx.lang, **fmt)


class CheckOfferScreen(_CheckScreen):
    max_width = 900

    def __init__(self, ctx, mode: str = PRE, entry=None):
        super().__init__(ctx)
        self.mode, self.entry = mode, entry
        self.check = find_check(self.ctx)

    def title(self):
        return self.say("offer_pre_title" if self.mode == PRE else "offer_post_title")

    def items(self):
        lang, check = self.ctx.lang, self.check
        if check is None:
            return [Label(self.say("check_broken", why="-"), "body", "warn")]
        n = len(check.items)
        why = self.say(
            f"offer_{'pre' if self.mode == PRE else 'post'}_why",
            n=n,
            minutes=max(1, round(n * MINUTES_PER_ITEM)),
        )
        return [
            Box(
                [
                    Label(check.title.get(lang), "h2", "accent", bold=True),
                    Label(check.intro.get(lang), "body", "text"),
                ],
                stripe="accent",
            ),
            Label(why, "body", "muted"),
        ]

    def footer_items(self):
        later = "skip_check" if self.mode == PRE else "not_now"
        return [
            Button(self.say("start_check"), Act.NEXT, style="primary", center=True),
            Button(self.say(later), Act.SKIP, center=True),
        ]

    def enter(self):
        super().enter()
        self.foot.focus = 0

    def back(self):
        self.act(Act.SKIP)

    def act(self, intent):
        match intent:
            case Act.NEXT if self.check is not None:
                self.ctx.nav.replace("check", mode=self.mode, entry=self.entry)
            case Act.SKIP | Act.NEXT:
                self.ctx.nav.pop()
                if self.mode == PRE and self.entry is not None:
                    self.ctx.flow.new_game(self.entry)


class CheckScreen(_CheckScreen):
    max_width = 1000

    def __init__(self, ctx, mode: str = PRE, entry=None):
        super().__init__(ctx)
        self.mode, self.entry = mode, entry
        self.sitting = new_sitting(self.ctx, find_check(self.ctx), mode)
        self.sitting.begin(self.ctx)

    def title(self):
        return self.say("item_of", n=self.sitting.index + 1, total=len(self.sitting.check.items))

    def items(self):
        lang, item = self.ctx.lang, self.sitting.item()
        shown = self.sitting.shown()
        items = [Box([Label(item.situation.get(lang), "body", "text")], stripe="chart")]
        if item.question:
            items.append(Label(item.question.get(lang), "h2", "text", bold=True))
        items += [Button(o.text.get(lang), Choose(i), number=i + 1) for i, o in enumerate(shown)]
        return items

    def footer_items(self):
        return [Button(self.say("leave_check"), Act.BACK, center=True)]

    def handle_event(self, event):
        if event.type == pygame.KEYDOWN and event.key in NUMBER_KEYS:
            position = NUMBER_KEYS.index(event.key) % 9
            if position < len(self.sitting.shown()):
                self.ctx.sounds.play("click")
                self.act(Choose(position))
            return
        super().handle_event(event)

    def back(self):
        self.ctx.nav.pop()  # the sitting stays unfinished in the records

    def act(self, intent):
        match intent:
            case Choose(position):
                self.sitting.answer(position)
                if self.sitting.done:
                    self.sitting.finish(self.ctx)
                    self.ctx.nav.replace("check_done", mode=self.mode, entry=self.entry)
                else:
                    self.flow.focus, self.flow.offset = -1, 0
                    self.layout()
                    self.ctx.read_aloud()
            case Act.BACK:
                self.back()


class CheckDoneScreen(_CheckScreen):
    max_width = 1000

    def __init__(self, ctx, mode: str = PRE, entry=None):
        super().__init__(ctx)
        self.mode, self.entry = mode, entry
        self.check = find_check(self.ctx)

    def title(self):
        return self.say("pre_done_title" if self.mode == PRE else "result_title")

    def items(self):
        if self.mode == PRE:
            return [Label(self.say("pre_done"), "body", "text")]
        return change_items(self.ctx, self.check)

    def footer_items(self):
        key = "start_scenario" if self.mode == PRE and self.entry is not None else "back_to_debrief"
        return [Button(self.say(key), Act.NEXT, style="primary", center=True)]

    def back(self):
        self.act(Act.NEXT)

    def act(self, intent):
        if intent == Act.NEXT:
            self.ctx.nav.pop()
            if self.mode == PRE and self.entry is not None:
                self.ctx.flow.new_game(self.entry)


def change_items(ctx, check) -> list:
    """The trainee's change per misconception, in plain words (the post sitting against the pre one)."""
    lang = ctx.lang
    post = last_answers(ctx, check, POST) or {}
    pre = last_answers(ctx, check, PRE)
    n = len(check.items)
    items = [Label(say("result_intro", lang, n=n), "body", "text")]
    if pre is None:
        items.append(Label(say("result_no_pre", lang), "body", "muted"))
    for row in change(check, pre or {}, post):
        name = NAMES[row.misconception].get(lang)
        if pre is None:
            words, color = say("shown_now", lang, after=row.after, n=n), "text"
        else:
            key = {"fewer": "change_fewer", "more": "change_more", "same": "change_same"}.get(
                row.direction, "change_none"
            )
            words = say(key, lang, before=row.before, after=row.after, n=n)
            color = {"fewer": "good", "more": "warn"}.get(row.direction, "text")
        stripe = "good" if row.after == 0 else "warn"
        items.append(
            Box(
                [Label(name, "body", "text", bold=True), Label(words, "body", color)],
                stripe=stripe,
            )
        )
    items.append(Label(say("result_note", lang), "small", "muted"))
    return items
