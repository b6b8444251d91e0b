"""Title: the game's name, language switch, Play, Continue, Settings, Quit."""

from __future__ import annotations

import pygame

from .. import storage
from ..intents import Act
from ..theme import ASSETS
from ..widgets import Button, Gap, Label
from .base import FlowScreen


class TitleScreen(FlowScreen):
    max_width = 640
    asking = False  # Escape asks before the game closes: the question is shown in place of the menu

    def saved_game(self) -> str:
        """'Title · decision 3' for the Continue button (quietly empty if the save cannot be read)."""
        import json  # noqa: PLC0415

        try:  # only a look: Continue itself sets a damaged save aside and says so
            with open(storage.autosave_path(), encoding="utf-8") as src:
                data = json.load(src)
        except (OSError, ValueError, UnicodeDecodeError):
            return ""
        if not isinstance(data, dict) or not isinstance(data.get("title"), dict):
            return ""
        from ..run import as_text  # noqa: PLC0415

        turn = data.get("turn") if isinstance(data.get("turn"), int) else 0
        return self.tr("continue_what", title=as_text(data["title"]).get(self.ctx.lang), n=turn + 1)

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
        can_continue = self.ctx.autosave and storage.has_autosave()
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
            Button(self.tr("workshop"), Act.WORKSHOP, center=True),
            Button(self.tr("settings"), Act.SETTINGS, center=True),
            Button(self.tr("lang_switch"), Act.LANG, center=True, side=(Act.LANG, Act.LANG)),
            Button(self.tr("quit"), Act.QUIT, center=True),
        ]

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
            case Act.SETTINGS:
                ctx.nav.push("settings")
            case Act.LANG:
                ctx.settings.lang = "en" if ctx.settings.lang == "id" else "id"
                ctx.apply_settings()
            case Act.QUIT:
                ctx.quit()
            case Act.BACK:
                self.back()

    def resume_save(self):
        ctx = self.ctx
        data, aside = storage.load_autosave()
        if aside is not None:
            ctx.notify(self.tr("save_reset", path=aside), 8)
            self.layout()
            return
        if data is None:
            self.layout()
            return
        from game.engine.state import SaveError  # noqa: PLC0415 (kept off the start-up path)

        from ..run import GameRun, NewerSave  # noqa: PLC0415

        try:
            run = GameRun.from_save(data, ctx.scenarios.entries())
        except (SaveError, KeyError, TypeError, ValueError) as exc:  # from_save raises only SaveError
            if isinstance(exc, NewerSave):  # not damaged: left where it is, for the newer Berdaya
                ctx.notify(self.tr("save_newer", why=exc), 12)
                self.layout()
                return
            why = self.tr("save_gone", why=exc)
            try:  # kept beside the autosave with its reason (NAME.why.txt), never deleted
                where = storage.set_aside(storage.autosave_path(), str(exc))
                ctx.notify(why + " " + self.tr("save_kept", path=where), 12)
            except OSError:
                ctx.notify(why, 8)
            self.layout()
            return
        run.autosave = ctx.autosave
        ctx.flow.begin(run)
