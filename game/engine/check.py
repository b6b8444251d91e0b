"""A pre/post misconception check: short situations, each with options that show a misconception or none.

A trainee takes the same check before the first scenario ("check-pre") and after a debrief
("check-post"). Each option is tagged with the misconceptions it shows (solo_work, quick_change,
aid_dependency) or with none; each item bears on one of the four duties. A learner is *free* of a
misconception in one sitting when no option they chose shows it. Pure: no files, no clock.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .model import MISCONCEPTIONS, NOWHERE, SourcePos, Text

MIN_ITEMS, MAX_ITEMS = 6, 9
MIN_OPTIONS, MAX_OPTIONS = 3, 4
MODES = ("check-pre", "check-post")


@dataclass(frozen=True)
class CheckOption:
    id: str
    text: Text
    misconceptions: tuple = ()  # the misconceptions this option shows; () when it shows none
    pos: SourcePos = NOWHERE


@dataclass(frozen=True)
class CheckItem:
    id: str
    duty: str
    situation: Text
    question: Text
    options: tuple  # CheckOption, in the written order
    pos: SourcePos = NOWHERE

    @property
    def choices(self) -> tuple:
        """The options under the name the cue analysis reads on a scenario's node."""
        return self.options

    def option(self, option_id: str) -> CheckOption | None:
        return next((o for o in self.options if o.id == option_id), None)

    def shown(self, seed: int) -> list:
        """The options in the order a learner sees them: a shuffle fixed by the seed and the item, so a
        learner's pre and post sittings (different seeds) do not show the same order."""
        order = list(self.options)
        random.Random(f"check:{seed}:{self.id}").shuffle(order)
        return order


@dataclass(frozen=True)
class Check:
    id: str
    title: Text
    intro: Text
    items: tuple  # CheckItem
    content_hash: str = ""
    pos: SourcePos = NOWHERE
    duties: tuple = field(default=(), compare=False)  # the duties the items bear on, in order

    @property
    def nodes(self) -> dict:
        """{item id: item}: the cue analysis walks a check as it walks a scenario's decisions."""
        return {item.id: item for item in self.items}

    def item(self, item_id: str) -> CheckItem | None:
        return next((i for i in self.items if i.id == item_id), None)


def shown_misconceptions(check: Check, answers: dict) -> dict:
    """{misconception: number of items whose chosen option shows it} for answers {item id: option id}."""
    counts = dict.fromkeys(MISCONCEPTIONS, 0)
    for item_id, option_id in answers.items():
        item = check.item(item_id)
        option = item.option(option_id) if item is not None else None
        for tag in option.misconceptions if option is not None else ():
            if tag in counts:
                counts[tag] += 1
    return counts


def offered(check: Check) -> dict:
    """{misconception: number of items with an option that shows it}: the most a learner can show."""
    return {
        m: sum(any(m in o.misconceptions for o in i.options) for i in check.items) for m in MISCONCEPTIONS
    }


@dataclass(frozen=True)
class Change:
    """One misconception from the pre to the post sitting: in how many items the learner showed it."""

    misconception: str
    before: int
    after: int
    out_of: int

    @property
    def direction(self) -> str:
        """'fewer', 'more', 'same_none' (never shown) or 'same' (shown as often)."""
        if self.after < self.before:
            return "fewer"
        if self.after > self.before:
            return "more"
        return "same_none" if self.before == 0 else "same"


def change(check: Check, pre: dict, post: dict) -> list:
    """A Change per misconception between two sittings' answers ({item id: option id})."""
    before, after, most = shown_misconceptions(check, pre), shown_misconceptions(check, post), offered(check)
    return [Change(m, before[m], after[m], most[m]) for m in MISCONCEPTIONS]
