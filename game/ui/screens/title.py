"""Title: the game's name, Play, Continue, Load (the save slots), the player, Workshop, Settings, language,
Trainer (check scenarios without a terminal), Quit."""

from __future__ import annotations

import pygame

from .. import storage
from ..intents import Act
from ..theme import ASSETS
from ..widgets import Button, Gap, Label, Row
from .base import FlowScreen


class TitleScreen(FlowScreen):
    max_width = 640
    asking = False  # Escape asks before the game closes: the question is shown in place of the menu

    def saved_game(self) -> str:
        """'Title · decision 3' for the Continue button: the most recent slot (quietly empty if the save
        cannot be read; only a look: Continue itself sets a damaged save aside and says so)."""
        from .. import profiles, saves  # noqa: PLC0415

        pid = self.ctx.flow.profile_id()
        n = profiles.latest_slot(pid)
        info = saves.slot(pid, n) if n else None
        if info is None or not info.title:
            return ""
        return self.tr("continue_what", title=saves.title_text(info, self.ctx.lang), n=info.turn + 1)

    def player_label(self) -> str:
        return self.tr("player_button", name=self.ctx.settings.player_name or self.tr("player_unnamed"))

    def enter(self):
        super().enter()
        buttons = self.flow.buttons()  # Enter at once: Continue when there is a game, else Play
        self.flow.focus = 1 if len(buttons) > 1 and buttons[1].intent == Act.CONTINUE else 0

    def items(self):
        if self.asking:
            return [
                Gap(0.6),
                Label(self.tr("game_name"), "title", "accent", bold=True, center=True),
                Gap(1.0),
                Label(self.tr("quit_ask"), "h2", "text", center=True),
                Button(self.tr("quit_no"), Act.BACK, style="primary", center=True),
                Button(self.tr("quit_yes"), Act.QUIT, center=True),
            ]
        can_continue = self.ctx.autosave and storage.has_autosave(self.ctx.flow.profile_id())
        return [
            Gap(0.6),
            Label(self.tr("game_name"), "title", "accent", bold=True, center=True),
            Label(self.tr("tagline"), "h2", "text", center=True),
            Gap(1.0),
            Button(self.tr("play"), Act.PLAY, style="primary", center=True),
            Button(
                self.tr("continue"),
                Act.CONTINUE,
                center=True,
                enabled=can_continue,
                sub=self.saved_game() if can_continue else "",
            ),
            self.player_or_records(),
            Row(  # in pairs: the whole menu fits a 1280x720 window at the largest text
                [
                    Button(self.tr("load"), Act.LOAD, center=True, enabled=can_continue),
                    Button(self.tr("workshop"), Act.WORKSHOP, center=True),
                ],
                spacing=0.5,
            ),
            Row(
                [
                    Button(self.tr("settings"), Act.SETTINGS, center=True),
                    Button(self.tr("lang_switch"), Act.LANG, center=True, side=(Act.LANG, Act.LANG)),
                ],
                spacing=0.5,
            ),
            Row(
                [
                    Button(self.tr("trainer_entry"), Act.TRAINER, center=True),
                    Button(self.tr("quit"), Act.QUIT, center=True),
                ],
                spacing=0.5,
            ),
        ]

    def player_or_records(self):
        """The player to change; in a workshop (the class plays as one), the class's records instead: the
        report, Excel and backup the facilitator needs at the end of the day."""
        if self.ctx.flow.workshop:
            return Button(self.tr("rec_entry"), Act.RECORDS, center=True)
        return Button(self.player_label(), Act.PLAYER, center=True)

    def draw_backdrop(self, surf):
        key = (surf.get_size(), id(self.look))
        if getattr(self, "_backdrop", (None,))[0] != key:
            img = self.ctx.images.cover(ASSETS / "backgrounds" / "title.jpg", surf.get_size())
            backdrop = pygame.Surface(surf.get_size())
            backdrop.fill(self.look.c["bg"])
            if img is not None:  # already darkened for the normal theme
                backdrop.blit(img, (0, 0))
                if self.look.hc:
                    self.look.shade(backdrop)
            self._backdrop = (key, backdrop)
        surf.blit(self._backdrop[1], (0, 0))

    def back(self):
        """Escape: asks before quitting; Escape again (or No) keeps the game open."""
        self.asking = not self.asking
        self.layout()
        self.flow.focus = 0  # Enter answers No

    def act(self, intent):
        ctx = self.ctx
        match intent:
            case Act.PLAY:
                ctx.nav.push("player")
            case Act.WORKSHOP:
                ctx.flow.enter_workshop()
                ctx.nav.push("player")
            case Act.CONTINUE:
                self.resume_save()
            case Act.LOAD:
                ctx.nav.push("slots", mode="load")
            case Act.PLAYER:
                ctx.nav.push("player", then="title")
            case Act.SETTINGS:
                ctx.nav.push("settings")
            case Act.TRAINER:
                ctx.nav.push("trainer_tools")
            case Act.RECORDS:
                mode = ctx.flow.class_mode
                ctx.nav.push("records_tools", class_name=mode.profile.class_name if mode is not None else "")
            case Act.LANG:
                ctx.settings.lang = "en" if ctx.settings.lang == "id" else "id"
                ctx.apply_settings()
            case Act.QUIT:
                ctx.quit()
            case Act.BACK:
                self.back()

    def resume_save(self):
        """Continue: the most recent slot of the current player (of the class in a workshop)."""
        from .. import saves  # noqa: PLC0415

        if not saves.resume(self.ctx, self.ctx.flow.profile_id()):
            self.layout()
