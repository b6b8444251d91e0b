"""Title: the game's name, language switch, Play, Continue, Settings, Quit."""

from __future__ import annotations

import pygame

from .. import storage
from ..theme import ASSETS
from ..widgets import Button, Gap, Label
from .base import FlowScreen


class TitleScreen(FlowScreen):
    max_width = 640

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
        return self.tr("continue_what", title=as_text(data["title"]).get(self.app.lang), n=turn + 1)

    def enter(self):
        super().enter()
        buttons = self.flow.buttons()  # Enter at once: Continue when there is a game, else Play
        self.flow.focus = 1 if len(buttons) > 1 and buttons[1].intent == "continue" else 0

    def items(self):
        can_continue = self.app.options.autosave and storage.has_autosave()
        return [
            Gap(0.6),
            Label(self.tr("game_name"), "title", "accent", bold=True, center=True),
            Label(self.tr("tagline"), "h2", "text", center=True),
            Gap(1.0),
            Button(self.tr("play"), "play", style="primary", center=True),
            Button(
                self.tr("continue"),
                "continue",
                center=True,
                enabled=can_continue,
                sub=self.saved_game() if can_continue else "",
            ),
            Button(self.tr("workshop"), "workshop", center=True),
            Button(self.tr("settings"), "settings", center=True),
            Button(self.tr("lang_switch"), "lang", center=True, side=("lang", "lang")),
            Button(self.tr("quit"), "quit", center=True),
        ]

    def draw_backdrop(self, surf):
        key = (surf.get_size(), id(self.look))
        if getattr(self, "_backdrop", (None,))[0] != key:
            img = self.app.images.cover(ASSETS / "backgrounds" / "title.jpg", surf.get_size())
            backdrop = pygame.Surface(surf.get_size())
            backdrop.fill(self.look.c["bg"])
            if img is not None:  # already darkened for the normal theme
                backdrop.blit(img, (0, 0))
                if self.look.hc:
                    self.look.shade(backdrop)
            self._backdrop = (key, backdrop)
        surf.blit(self._backdrop[1], (0, 0))

    def back(self):
        self.app.quit()

    def on_intent(self, intent):
        app = self.app
        if intent == "play":
            from .player import PlayerScreen  # noqa: PLC0415

            app.push(PlayerScreen(app))
        elif intent == "workshop":
            app.options.workshop = True
            app.settings.projector = True  # the facilitator preset: large text, full screen
            app.apply_settings(reopen=True)
            from .player import PlayerScreen  # noqa: PLC0415

            app.push(PlayerScreen(app))
        elif intent == "continue":
            self.resume_save()
        elif intent == "settings":
            from .settings import SettingsScreen  # noqa: PLC0415

            app.push(SettingsScreen(app))
        elif intent == "lang":
            app.settings.lang = "en" if app.settings.lang == "id" else "id"
            app.apply_settings()
        elif intent == "quit":
            app.quit()

    def resume_save(self):
        app = self.app
        data, aside = storage.load_autosave()
        if aside is not None:
            app.notify(self.tr("save_reset", path=aside), 8)
            self.layout()
            return
        if data is None:
            self.layout()
            return
        from game.engine.state import SaveError  # noqa: PLC0415 (kept off the start-up path)

        from ..run import GameRun, NewerSave  # noqa: PLC0415

        try:
            run = GameRun.from_save(data, app.entries())
        except (SaveError, KeyError, TypeError, ValueError) as exc:  # from_save raises only SaveError
            why = self.tr("save_newer" if isinstance(exc, NewerSave) else "save_gone", why=exc)
            try:  # kept beside the autosave with its reason (NAME.why.txt), never deleted
                reason = f"made by a newer Berdaya ({exc})" if isinstance(exc, NewerSave) else str(exc)
                where = storage.set_aside(storage.autosave_path(), reason)
                app.notify(why + " " + self.tr("save_kept", path=where), 12)
            except OSError:
                app.notify(why, 8)
            self.layout()
            return
        run.autosave = app.options.autosave
        from .play import start_play  # noqa: PLC0415

        start_play(app, run)
