"""Slots: the saved games of the current player (or of the class in a workshop), one row per slot.

Load (the title's Load) continues the slot picked. New (a new game when every slot holds one) asks
which game the new one replaces, and asks again, naming that game, before anything is written over.
"""

from __future__ import annotations

from .. import profiles, saves
from ..intents import Act, Pick
from ..widgets import Button, Label
from .base import FlowScreen


class SlotsScreen(FlowScreen):
    max_width = 820

    def __init__(self, ctx, mode: str = "load", entry=None, start: dict | None = None):
        super().__init__(ctx)
        self.mode, self.entry, self.start = mode, entry, start or {}
        self.pid = self.ctx.flow.profile_id()
        self.asked: int | None = None  # the slot the question over this screen is about
        self.infos = saves.slots(self.pid)

    def owner(self) -> str:
        if self.pid == profiles.CLASS:
            return self.tr("class_profile")
        return self.ctx.settings.player_name or self.tr("player_unnamed")

    def new_title(self) -> str:
        return self.entry.scenario.title.get(self.ctx.lang) if self.entry is not None else ""

    def title(self):
        return self.tr("slots_full") if self.mode == "new" else self.tr("slots_title", name=self.owner())

    def items(self):
        self.infos = saves.slots(self.pid)
        items = []
        if self.mode == "new":
            items.append(Label(self.tr("slots_full_hint", title=self.new_title()), "body", "muted"))
        for i, info in enumerate(self.infos):
            label, sub = self.describe(info)
            enabled = info.exists or self.mode == "new"
            items.append(Button(label, Pick(i), sub=sub, enabled=enabled))
        return items

    def describe(self, info) -> tuple[str, str]:
        lang = self.ctx.lang
        when = saves.when_text(info.saved, lang)
        if not info.exists:
            return self.tr("slot_empty", n=info.n), ""
        if info.newer is not None:
            return self.tr("slot_game", n=info.n, title=saves.title_text(info, lang)), self.tr(
                "slot_newer", v=info.newer
            )
        if not info.readable:
            return self.tr("slot_damaged", n=info.n), self.tr("slot_damaged_sub", when=when)
        title = saves.title_text(info, lang)
        return self.tr("slot_game", n=info.n, title=title), self.tr(
            "slot_when", turn=info.turn + 1, when=when
        )

    def footer_items(self):
        return [Button(self.tr("back"), Act.BACK, center=True)]

    def enter(self):
        super().enter()
        buttons = self.flow.buttons()
        self.flow.focus = next((i for i, b in enumerate(buttons) if b.enabled), -1)

    def back(self):
        self.ctx.nav.pop()

    def act(self, intent):
        match intent:
            case Act.BACK:
                self.back()
            case Pick(index) if 0 <= index < len(self.infos):
                info = self.infos[index]
                if self.mode == "load":
                    if info.exists and not saves.resume(self.ctx, self.pid, info.n):
                        self.layout()
                elif info.exists:
                    self.ask(info)
                else:
                    self.begin(info.n)

    def ask(self, info) -> None:
        """Before a saved game is written over: which game, how far, when; No unless Yes is chosen."""
        self.asked = info.n
        lang = self.ctx.lang
        self.ctx.nav.push(
            "confirm",
            title=self.tr("overwrite_title"),
            text=self.tr(
                "overwrite_text",
                n=info.n,
                title=saves.title_text(info, lang),
                turn=info.turn + 1,
                when=saves.when_text(info.saved, lang),
                new=self.new_title(),
            ),
            yes=self.tr("overwrite_yes"),
            no=self.tr("overwrite_no"),
        )

    def resume(self, result=None):
        asked, self.asked = self.asked, None
        if result is True and asked is not None:
            self.begin(asked)  # its save replaces the old one at the first decision
            return
        super().resume(result)

    def begin(self, n: int) -> None:
        self.ctx.flow.new_game(self.entry, slot=n, **self.start)
