"""Player: who is playing. A trainee types their name (a new profile) or picks it from the players on
this laptop; in a workshop, the team's name (the class profile's, kept apart).

A name typed that another player already has is asked about: "is that you?" - yes plays as that
player, no makes a player of one's own ("Ani (2)"), so two people never share saves or results by
accident. The first name typed on a laptop nobody named yet becomes that player's, with its saves.
"""

from __future__ import annotations

import pygame

from .. import profiles, saves, storage
from ..intents import Act, Pick, Sapaan
from ..widgets import Button, Gap, Label
from ..widgets.entry import TextEntry
from .base import TextEntryScreen

FORMS = ("", "bu", "pak")


class PlayerScreen(TextEntryScreen):
    max_width = 760

    def __init__(self, ctx, then: str = "picker"):
        super().__init__(ctx)
        self.then = then  # "picker" (Play) or "title" (the title's player button)
        self.entry = TextEntry(self.ctx.settings.player_name, limit=40)
        self.same: profiles.Player | None = None  # the player whose name was typed, being asked about
        self.others: list = []

    @property
    def solo(self) -> bool:
        return not self.ctx.flow.workshop

    def title(self):
        if self.same is not None:
            return self.tr("same_name_title", name=self.same.name)
        return self.tr("player_title" if self.solo else "team_title")

    def items(self):
        if self.same is not None:
            return self.question()
        self.entry.placeholder = self.tr("player_placeholder")
        sapaan = self.tr("sapaan") + ": " + self.tr("sapaan_" + self.ctx.settings.sapaan)
        items = [
            Label(self.tr("profile_hint" if self.solo else "player_hint"), "body", "muted"),
            self.entry,
            Button(sapaan, Sapaan(1), side=(Sapaan(-1), Sapaan(1))),
            Button(self.tr("next"), Act.NEXT, style="primary"),
        ]
        self.others = profiles.players() if self.solo else []
        if self.solo and (len(self.others) > 1 or (self.others and self.others[0].name)):
            items += [Gap(0.4), Label(self.tr("profiles_here"), "h2", "text")]
            current = profiles.current_id()
            for i, player in enumerate(self.others):
                items.append(Button(self.name_of(player), Pick(i), sub=self.about(player, current)))
        return items

    def footer_items(self):
        return [] if self.same is not None else [Button(self.tr("back"), Act.BACK, center=True)]

    def question(self):
        same = self.same
        return [
            Label(self.tr("same_name_text", name=same.name, when=self.last(same)), "body", "text"),
            Button(self.tr("same_name_yes", name=same.name), Act.YES, style="primary"),
            Button(self.tr("same_name_no", name=profiles.distinct_name(same.name)), Act.NO),
            Button(self.tr("same_name_back"), Act.BACK),
        ]

    def name_of(self, player) -> str:
        return player.name or self.tr("player_unnamed")

    def last(self, player) -> str:
        return saves.when_text(player.last_used, self.ctx.lang) or "?"

    def about(self, player, current: str) -> str:
        parts = [self.tr("profile_last", when=self.last(player))]
        games = len(profiles.taken(player.id))
        if games:
            parts.append(self.tr("profile_games", n=games))
        if player.id == current:
            parts.append(self.tr("profile_now"))
        return " · ".join(parts)

    def handle_event(self, event):
        if self.same is None and self.entry.handle(event):
            self.layout()
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_SPACE and self.same is None:
            return  # a space goes into the name (TEXTINPUT), not to a button
        super().handle_event(event)

    def back(self):
        if self.same is not None:  # Escape on the question: back to the name
            self.same = None
            self.layout()
            self.flow.focus = 0
            return
        self.ctx.nav.pop()

    def act(self, intent):
        match intent:
            case Sapaan(step):
                s = self.ctx.settings
                s.sapaan = FORMS[(FORMS.index(s.sapaan) + step) % len(FORMS)]
                self.layout()
            case Act.NEXT | Act.SUBMIT:
                self.submit(self.entry.text.strip())
            case Pick(index) if 0 <= index < len(self.others):
                self.play_as(self.others[index])
            case Act.YES if self.same is not None:
                self.play_as(self.same)
            case Act.NO if self.same is not None:
                name, self.same = profiles.distinct_name(self.same.name), None
                self.as_new(name)
            case Act.BACK:
                self.back()

    def submit(self, name: str) -> None:
        if not self.solo:  # the team's name: the workshop profile's (App.save_settings)
            self.ctx.settings.player_name = name
            self.done()
            return
        current = profiles.current()
        if " ".join(name.split()).casefold() == " ".join(current.name.split()).casefold():
            self.play_as(current, sapaan=self.ctx.settings.sapaan)  # the same player as now
            return
        same = profiles.same_name(name, but=current.id) if name else []
        if same:
            self.same = same[0]  # "is that you?"
            self.layout()
            self.flow.focus = 0
            return
        self.as_new(name)

    def as_new(self, name: str) -> None:
        """A name nobody here has: the current player's, if nobody named them yet; else a new player."""
        current = profiles.current()
        settings = self.ctx.settings
        if not current.name and name:
            settings.player_name = name
            self.play_as(current, sapaan=settings.sapaan, name=name)
            return
        if not name:  # no name: the player nobody named (one of them, made when there is none)
            unnamed = next((p for p in profiles.players() if not p.name), None)
            if unnamed is not None:
                self.play_as(unnamed, sapaan=settings.sapaan)
                return
        # a new trainee starts from the defaults, in the language the room is using now
        player = profiles.create(name, {"lang": settings.lang, "sapaan": settings.sapaan})
        self.play_as(player)

    def play_as(self, player, sapaan: str | None = None, name: str | None = None) -> None:
        """Switch to `player`: their name and preferences (the language, text size...) in the window."""
        same = player.id == profiles.current_id()
        player = profiles.switch(player.id)
        settings = self.ctx.settings
        if not same:  # another player's preferences; the same player keeps what the window has now
            storage.use_player(settings, player)
        if sapaan is not None:
            settings.sapaan = sapaan
        if name is not None:
            settings.player_name = name
        self.same = None
        self.ctx.apply_settings()  # saved to the player's profile; the look may change (text size)
        self.done()

    def done(self) -> None:
        if not self.solo:
            self.ctx.save_settings()  # the team's name, into the workshop profile
        if self.then == "title":
            self.ctx.nav.pop()
        else:
            self.ctx.nav.replace("picker")
