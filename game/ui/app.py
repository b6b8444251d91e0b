"""The window, the clock and the screen stack.

The loop redraws only when something changed: while nothing moves it blocks
waiting for input, so an idle game uses almost no CPU.
"""

from __future__ import annotations

import os
import random
import time

import pygame

from . import storage
from .assets import Images, Sounds
from .options import Options  # noqa: F401 (game.ui.app.Options is the public name)
from .strings import t
from .theme import Look

MIN_SIZE = (640, 360)
IDLE_POLL_S = 0.02  # seconds between input polls while nothing moves


class App:
    def __init__(self, options: Options | None = None):
        self.options = options or Options()
        pygame.display.init()
        pygame.font.init()
        self.settings, aside = storage.load_settings()
        if self.options.lang in ("id", "en"):
            self.settings.lang = self.options.lang
        if self.options.projector or self.options.workshop:
            self.settings.projector = True
        if self.options.player:
            self.settings.player_name = self.options.player[:40]
        self.notices: list = []
        if aside is not None:
            self.notify(t("settings_reset", self.settings.lang, path=aside), 8)
        pygame.display.set_caption("Berdaya")
        self.window = self._open_window(self.options.size)
        self.look = self._make_look()
        self.images = Images()
        self.sounds = Sounds(self.settings.sound)
        from .speech import Speaker  # noqa: PLC0415

        self.speaker = Speaker(self.options.speech_exe)
        self.stack: list = []
        self.trainer = False
        self.game = None  # the GameRun being played
        self.running = True
        self.dirty = True
        self.moving = True
        self._under = None  # the picture under a modal card
        self._store = None  # the records store, opened with the first game
        from .bounds import BoundsService  # noqa: PLC0415

        self.bounds = BoundsService()  # score scales, found in the background
        self._hand = False
        self._exit_after_first_frame = os.environ.get("BERDAYA_EXIT_AFTER_FIRST_FRAME") == "1"
        self._entries = self.options.entries
        self.clock = pygame.time.Clock()
        pygame.key.set_repeat(400, 40)
        from .screens.title import TitleScreen  # noqa: PLC0415 (screens import this module)

        self.push(TitleScreen(self))

    # -- window and look ---------------------------------------------------------
    def _open_window(self, size, reopen: bool = False):
        fullscreen = self.settings.fullscreen or self.settings.projector
        flags = (
            pygame.FULLSCREEN
            if fullscreen and os.environ.get("SDL_VIDEODRIVER") != "dummy"
            else pygame.RESIZABLE
        )
        current = pygame.display.get_surface() if reopen else None
        if current is not None and not current.get_flags() & pygame.FULLSCREEN:
            self._windowed = current.get_size()  # to come back to after fullscreen
        if flags == pygame.FULLSCREEN:
            size = (0, 0)
        else:
            size = getattr(self, "_windowed", size) if reopen else size
            size = (max(MIN_SIZE[0], size[0]), max(MIN_SIZE[1], size[1]))
        return pygame.display.set_mode(size, flags)

    def _make_look(self) -> Look:
        return Look(
            self.window.get_size(),
            self.settings.effective_size,
            self.settings.high_contrast,
            self.settings.lang,
            projector=self.settings.projector,
        )

    @property
    def lang(self) -> str:
        return self.settings.lang

    def tr(self, key: str, **fmt) -> str:
        return t(key, self.settings.lang, **fmt)

    def apply_settings(self, reopen: bool = False) -> None:
        """Settings changed: save them, rebuild the look, lay every screen out again."""
        self.save_settings()
        self.sounds.enabled = self.settings.sound
        if reopen:
            self.window = self._open_window(self.window.get_size(), reopen=True)
        self.relayout()

    def save_settings(self) -> None:
        try:
            storage.save_settings(self.settings)
        except OSError as exc:
            self.notify(str(exc), 6)

    def relayout(self) -> None:
        self.window = pygame.display.get_surface() or self.window
        self.look = self._make_look()
        for screen in self.stack:
            screen.layout()
        self.dirty = True

    # -- catalog -----------------------------------------------------------------
    def entries(self, refresh: bool = False) -> list:
        if self._entries is None or refresh:
            if self.options.entries is not None and not refresh:
                self._entries = list(self.options.entries)
            else:
                from .catalog import BUILTIN_DIR, discover  # noqa: PLC0415 (loads the engine model)

                dirs = []
                if self.options.builtin:
                    dirs += [BUILTIN_DIR, storage.user_scenarios_dir()]
                dirs += list(self.options.scenario_dirs)
                found = discover(dirs)
                self._entries = list(self.options.entries or []) + found
        return self._entries

    def start_file(self, path: str) -> None:
        """Play one scenario file at once (`play FILE` without --text)."""
        from pathlib import Path  # noqa: PLC0415

        from .catalog import load_entry  # noqa: PLC0415
        from .run import GameRun  # noqa: PLC0415
        from .screens.play import start_play  # noqa: PLC0415

        entry = load_entry(Path(path))
        if not entry.ok:
            self.notify(self.tr("start_error", why=entry.error), 10)
            return
        run = GameRun.start(
            entry,
            self.new_seed(),
            player=self.settings.player_name,
            address=self.settings.sapaan,
            autosave=self.options.autosave,
        )
        if self.options.start_at or self.options.start_values:
            run.autosave = False  # a trainer's preview is not a trainee's game to continue...
            self.options.record = False  # ...nor a session for the class report
            run.session.jump(self.options.start_at or run.session.state.node, self.options.start_values)
        start_play(self, run)

    def attach_records(self, run) -> None:
        """Record `run` in the records store, continuing its earlier record when it is resumed."""
        if not self.options.record:
            return
        try:
            from game.records.store import RecordStore  # noqa: PLC0415

            if self._store is None:
                self._store = RecordStore.open(self.options.db)
                for problem in self._store.problems:  # the details stay in the store, for the trainer
                    self.records_problem(problem)
            mode = "workshop" if self.options.workshop else "play"
            run.attach_records(self._store, self.lang, mode, on_problem=self.records_problem)
        except Exception as exc:  # noqa: BLE001 (records must never stop the game)
            run.recorder = None
            self.notify(self.tr("records_broken", path=getattr(self._store, "path", "?")) + f" ({exc})", 8)

    def records_problem(self, problem) -> None:
        """Tell the player that records stopped (or are kept again), in their language, in the window."""
        if problem is None:
            self.notify(self.tr("records_resumed"), 6)
            return
        key = {"unwritable": "records_off", "reset": "records_reset"}.get(
            problem.kind, f"records_{problem.kind}"
        )
        text = self.tr(key, path=problem.path)
        self.notify(text if text != key else self.tr("records_broken", path=problem.path), 10)

    def new_seed(self) -> int:
        return self.options.seed if self.options.seed is not None else random.randrange(1 << 30)

    # -- screens -----------------------------------------------------------------
    @property
    def top(self):
        return self.stack[-1] if self.stack else None

    def push(self, screen) -> None:
        self.stack.append(screen)
        screen.enter()
        self.dirty = True

    def pop(self):
        screen = self.stack.pop()
        screen.exit()
        if self.top is not None:
            self.top.resume()
        self.dirty = True
        return screen

    def replace(self, screen) -> None:
        if self.stack:
            self.stack.pop().exit()
        self.push(screen)

    def reset(self, screen) -> None:
        while self.stack:
            self.stack.pop().exit()
        self.push(screen)

    def read_aloud(self, force: bool = False) -> None:
        """Read the current screen's text aloud (V key; on every new scene when the setting is on)."""
        if not (force or self.settings.read_aloud):
            return
        if not self.speaker.available:
            if force:
                self.notify(self.tr("read_aloud_missing"), 6)
            return
        text = self.top.speech_text() if self.top is not None else ""
        self.speaker.say(text, self.lang)

    def notify(self, text: str, seconds: float = 3.0) -> None:
        self.notices.append([text, seconds])
        self.dirty = True

    def quit(self) -> None:
        self.running = False

    # -- the loop ----------------------------------------------------------------
    def handle(self, event) -> None:
        if event.type == pygame.QUIT:
            self.quit()
            return
        if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            if (
                self.window.get_size() != (pygame.display.get_surface() or self.window).get_size()
                or self.look.size != self.window.get_size()
            ):
                self.relayout()
            return
        if event.type in (pygame.WINDOWEXPOSED, pygame.WINDOWFOCUSGAINED, pygame.WINDOWRESTORED):
            self.dirty = True
            return
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_F3 and self.game is not None:
                self.trainer = not self.trainer
                self.dirty = True
                return
            if event.key == pygame.K_v and not getattr(self.top, "typing_text", False):
                self.read_aloud(force=True)
                return
            if event.key == pygame.K_F11:
                self.settings.fullscreen = not self.settings.fullscreen
                self.apply_settings(reopen=True)
                return
        if self.top is not None:
            before = self.top
            self.top.handle_event(event)
            if self.top is not before or event.type != pygame.MOUSEMOTION:
                self.dirty = True
            elif event.type == pygame.MOUSEMOTION and before.wants_redraw():
                self.dirty = True
            if event.type == pygame.MOUSEMOTION:
                self._pointer(any(f.hover is not None for f in before.flows()))

    def _pointer(self, over_button: bool) -> None:
        """A hand over something clickable, the arrow elsewhere."""
        if over_button == self._hand:
            return
        self._hand = over_button
        try:
            pygame.mouse.set_cursor(pygame.SYSTEM_CURSOR_HAND if over_button else pygame.SYSTEM_CURSOR_ARROW)
        except pygame.error:
            pass

    def update(self, dt: float) -> bool:
        """Advance animations; True while something moves."""
        moving = False
        if self.top is not None and self.top.update(dt):
            moving = True
        if self.notices:
            for notice in self.notices:
                notice[1] -= dt
            before = len(self.notices)
            self.notices = [n for n in self.notices if n[1] > 0]
            if len(self.notices) != before:
                self.dirty = True
            moving = True
        if moving:
            self.dirty = True
        self.moving = moving
        return moving

    def draw(self) -> None:
        surf = self.window
        first = 0
        for i, screen in enumerate(self.stack):
            if screen.opaque:
                first = i
        if first < len(self.stack) - 1:
            # a modal card: what lies under it does not move, so it is drawn (and shaded) once
            key = (tuple(id(s) for s in self.stack), surf.get_size(), id(self.look))
            if self._under is None or self._under[0] != key:
                for screen in self.stack[first:-1]:
                    screen.draw(surf)
                self.look.shade(surf)
                self._under = (key, surf.copy())
            surf.blit(self._under[1], (0, 0))
            self.top.draw(surf)
        else:
            self._under = None
            if self.top is not None:
                self.top.draw(surf)
        if self.trainer and self.game is not None:
            from .screens.trainer import draw_trainer  # noqa: PLC0415

            draw_trainer(self, surf)
        self._draw_notices(surf)
        self.dirty = False

    def _draw_notices(self, surf) -> None:
        look, y = self.look, self.look.pad
        for text, _ in self.notices[-3:]:
            width = min(surf.get_width() - 2 * look.pad, round(700 * look.s))
            img = look.text(text, "small", "on_accent", wrap=width - 2 * look.pad, bold=True)
            r = pygame.Rect(0, y, img.get_width() + 2 * look.pad, img.get_height() + look.pad)
            r.centerx = surf.get_width() // 2
            pygame.draw.rect(surf, look.c["accent"], r, border_radius=look.radius)
            surf.blit(img, (r.x + look.pad, r.y + look.pad // 2))
            y = r.bottom + look.pad // 2

    def frame(self, events, dt: float = 1 / 60) -> bool:
        """Handle `events`, advance by `dt`, draw when needed; True when a frame was drawn."""
        for event in events:
            self.handle(event)
            if not self.running:
                return False
        self.update(dt)
        if self.dirty and self.running:
            self.draw()
            pygame.display.flip()
            return True
        return False

    def loop(self, max_seconds: float | None = None) -> None:
        start = last = time.perf_counter()
        self.moving = True
        first_frame = True
        while self.running:
            if first_frame:  # draw at once: no frame-rate wait before the first picture
                first_frame = False
                events = pygame.event.get()
            elif self.moving or self.dirty:
                self.clock.tick(60)
                events = pygame.event.get()
            else:
                # idle: pygame.event.wait polls inside SDL (about 2% of a core here); a short sleep
                # between polls costs a fifth of that and answers within IDLE_POLL_S
                events = pygame.event.get()
                if not events:
                    time.sleep(IDLE_POLL_S)
            now = time.perf_counter()
            dt, last = min(0.1, now - last), now
            if self.frame(events, dt) and self._exit_after_first_frame:
                break  # bench: start-up ends at the first interactive frame
            if max_seconds is not None and now - start > max_seconds:
                break

    def close(self) -> None:
        self.speaker.stop()
        for screen in reversed(self.stack):
            screen.exit()
        self.stack.clear()
        if self._store is not None:
            try:
                self._store.close()
            except Exception:  # noqa: BLE001
                pass
            self._store = None


def run(options=None) -> int:
    """Start the game and play until the window closes (`options`: Options or the CLI's namespace)."""
    app = App(Options.from_args(options) if options is not None else None)
    if app.options.start_path:
        app.start_file(app.options.start_path)
    try:
        app.loop()
    finally:
        app.close()
        pygame.quit()
    return 0
