"""The window's loop: events to the top screen, then the screens' requests, then a drawing.

The app puts the pieces together (display, navigator, play flow, records, notices) and hands each
screen a narrow Context, never itself. The loop redraws only when something changed: while nothing
moves it waits for input, so an idle game uses almost no CPU.
"""

from __future__ import annotations

import os
import time

import pygame

from . import storage
from .assets import Images, Sounds
from .cache import return_freed_memory
from .context import Context
from .display import Display
from .flow import PlayFlow
from .navigator import Navigator
from .notices import Notices
from .options import Options  # noqa: F401 (game.ui.app.Options is the public name)
from .recording import RecordKeeper
from .scenarios import Scenarios
from .screens import SCREENS
from .strings import t

IDLE_POLL_S = 0.02  # seconds between input polls while nothing moves


class App:
    def __init__(self, options: Options | None = None):
        self.options = options or Options()
        # the window's pixels go to the screen as they are (XShm, no GL renderer): a 2D game gains nothing
        # from OpenGL, whose driver (Mesa's llvmpipe without a GPU) takes ~110 MB of memory; overridable
        os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")
        return_freed_memory()
        pygame.display.init()
        pygame.font.init()
        self.settings, aside = self._settings()
        self._notices = Notices()
        if aside is not None:
            self.notify(t("settings_reset", self.settings.lang, path=aside), 8)
        pygame.display.set_caption("Berdaya")
        self.display = Display(self.settings, self.options.size)
        self.images = Images()
        self.sounds = Sounds(self.settings.sound)
        from .speech import Speaker  # noqa: PLC0415

        self.speaker = Speaker(self.options.speech_exe)
        self.running = True
        self.dirty = True
        self.moving = True
        self._held: list = []  # events that came after a screen asked to change: for the next screen
        self._under = None  # the picture under a modal card
        self._hand = False
        self._exit_after_first_frame = os.environ.get("BERDAYA_EXIT_AFTER_FIRST_FRAME") == "1"
        self.clock = pygame.time.Clock()
        pygame.key.set_repeat(400, 40)
        self.context = self._context()
        self.nav.reset("title")
        self.settle()

    def _settings(self):
        settings, aside = storage.load_settings()
        if self.options.lang in ("id", "en"):
            settings.lang = self.options.lang
        if self.options.projector or self.options.workshop:
            settings.projector = True
        if self.options.player:
            settings.player_name = self.options.player[:40]
        return settings, aside

    def _context(self) -> Context:
        from .bounds import BoundsService  # noqa: PLC0415

        self.nav = Navigator(SCREENS)
        self.records = RecordKeeper(
            self.options.record, self.options.db, self.notify, self.tr, given=self.options.identity
        )
        self.scenarios = Scenarios(self.options)
        self.flow = PlayFlow(
            self.nav,
            settings=self.settings,
            sounds=self.sounds,
            notify=self.notify,
            tr=self.tr,
            apply_settings=self.apply_settings,
            records=self.records,
            options=self.options,
        )
        context = Context(
            display=self.display,
            settings=self.settings,
            images=self.images,
            sounds=self.sounds,
            speaker=self.speaker,
            nav=self.nav,
            flow=self.flow,
            scenarios=self.scenarios,
            bounds=BoundsService(),  # score scales, found in the background
            notify=self.notify,
            apply_settings=self.apply_settings,
            save_settings=self.save_settings,
            quit=self.quit,
            autosave=self.options.autosave,
        )
        self.nav.attach(context)
        return context

    # -- for drivers: tests, screenshots, bench -------------------------------------
    @property
    def top(self):
        """The top screen once every request made so far is applied. A frame applies them at its end;
        a test or a tool that calls a screen directly reads the result here."""
        self.settle()
        return self.nav.top

    @property
    def game(self):
        return self.flow.run

    @property
    def notices(self) -> list:
        return self._notices.items

    @property
    def window(self):
        return self.display.window

    @property
    def look(self):
        return self.context.look

    @property
    def lang(self) -> str:
        return self.context.lang

    def tr(self, key: str, **fmt) -> str:
        return self.context.tr(key, **fmt)

    def push(self, screen) -> None:
        """Open a ready-made screen now (tests; screens ask the navigator by name)."""
        self.nav.open(screen)
        self.dirty = True

    def reset(self, screen) -> None:
        """Make a ready-made screen the only one, now (tests)."""
        self.nav.open(screen, alone=True)
        self.dirty = True

    def start_file(self, path: str) -> None:
        """Play one scenario file at once (`play FILE` without --text)."""
        self.flow.open_file(path, self.options.start_at, self.options.start_values)

    def settle(self) -> None:
        """Apply the screens' requests (the end of a frame)."""
        if self.nav.apply():
            self.dirty = True

    # -- settings and the window ----------------------------------------------------------
    def apply_settings(self, reopen: bool = False) -> None:
        """Settings changed: save them, rebuild the look, lay every screen out again."""
        self.save_settings()
        self.sounds.enabled = self.settings.sound
        if reopen:
            self.display.reopen()
        self.relayout()

    def save_settings(self) -> None:
        try:
            if self.flow.class_mode is not None and self.flow.workshop:  # never the trainee's own file
                self.flow.class_mode.save(self.settings)
            else:
                storage.save_settings(self.settings)
        except OSError as exc:
            self.notify(str(exc), 6)

    def relayout(self) -> None:
        self.display.rebuild()
        for screen in self.nav.stack:
            screen.layout()
        self.dirty = True

    def notify(self, text: str, seconds: float = 3.0) -> None:
        self._notices.add(text, seconds)
        self.dirty = True

    def quit(self) -> None:
        self.running = False

    # -- the loop -----------------------------------------------------------------------
    def handle(self, event) -> None:
        if self.nav.pending:  # the screen asked to change: later events are for the next one
            self._held.append(event)
            return
        if event.type == pygame.QUIT:
            self.quit()
            return
        if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            if self.display.resized():
                self.relayout()
            return
        if event.type in (pygame.WINDOWEXPOSED, pygame.WINDOWFOCUSGAINED, pygame.WINDOWRESTORED):
            self.dirty = True
            return
        if event.type == pygame.KEYDOWN and self._global_key(event.key):
            return
        top = self.nav.top
        if top is not None:
            top.handle_event(event)
            if self.nav.pending or event.type != pygame.MOUSEMOTION or top.wants_redraw():
                self.dirty = True
            if event.type == pygame.MOUSEMOTION:
                self._pointer(any(f.hover is not None for f in top.flows()))

    def _global_key(self, key) -> bool:
        """F3 (the trainer overlay), V (read aloud) and F11 (fullscreen) work on every screen."""
        if key == pygame.K_F3 and self.flow.run is not None:
            self.flow.trainer = not self.flow.trainer
            self.dirty = True
        elif key == pygame.K_v and not getattr(self.nav.top, "typing_text", False):
            self.context.read_aloud(force=True)
        elif key == pygame.K_F11:
            self.settings.fullscreen = not self.settings.fullscreen
            self.apply_settings(reopen=True)
        else:
            return False
        return True

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
        self.flow.tick()  # the file being played reloads when it is saved (game.ui.live)
        top = self.nav.top
        moving = top is not None and bool(top.update(dt))
        if self.notices:
            if self._notices.update(dt):
                self.dirty = True
            moving = True
        if moving:
            self.dirty = True
        self.moving = moving
        return moving

    def draw(self) -> None:
        surf, stack = self.window, self.nav.stack
        first = max((i for i, screen in enumerate(stack) if screen.opaque), default=0)
        if first < len(stack) - 1:
            # a modal card: what lies under it does not move, so it is drawn (and shaded) once. The key
            # holds the screens themselves: a new card can get a closed one's id(), and the screen under
            # it must be drawn again then (the side meters take the new card's changes as it is drawn)
            key = (tuple(stack), surf.get_size(), self.look)
            if self._under is None or not _same_under(self._under[0], key):
                for screen in stack[first:-1]:
                    screen.draw(surf)
                self.look.shade(surf)
                self._under = (key, surf.copy())
            surf.blit(self._under[1], (0, 0))
            stack[-1].draw(surf)
        else:
            self._under = None
            if stack:
                stack[-1].draw(surf)
        if self.flow.trainer and self.flow.run is not None:
            from .screens.trainer import draw_trainer  # noqa: PLC0415 (an overlay, not a screen)

            draw_trainer(self.flow.run, self.look, self.tr, surf, self.nav.top, self.settings)
        self._notices.draw(surf, self.look)
        self.dirty = False

    def frame(self, events, dt: float = 1 / 60) -> bool:
        """Handle `events`, advance by `dt`, apply the screens' requests, draw when needed; True when
        a frame was drawn."""
        self.settle()  # what a driver asked for between frames
        events, self._held = self._held + list(events), []
        for event in events:
            self.handle(event)
            if not self.running:
                return False
        self.update(dt)
        self.settle()
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
            elif self.moving or self.dirty or self._held:
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
        if self.flow.class_mode is not None:  # the phones' vote server stops listening with the window
            self.flow.class_mode.stop_phones()
        self.nav.close()
        self.records.close()


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


def _same_under(old: tuple, new: tuple) -> bool:
    """Whether a cached picture under a card still holds: the same screens (by identity), size and look."""
    (old_stack, old_size, old_look), (stack, size, look) = old, new
    return (
        old_size == size
        and old_look is look
        and len(old_stack) == len(stack)
        and all(a is b for a, b in zip(old_stack, stack))
    )
