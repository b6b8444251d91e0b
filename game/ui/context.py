"""What a screen may use: a narrow context instead of the whole app.

A screen reads the look and the settings, translates, shows pictures and plays sounds, tells the
player something, asks the navigator for another screen and the play flow for the next step of a
game. It cannot reach the window, the loop or the records store, and it sets nothing on the app.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .strings import t

if TYPE_CHECKING:  # the names only, for readers and type checkers: no import at run time
    from .assets import Images, Sounds
    from .bounds import BoundsService
    from .display import Display
    from .flow import PlayFlow
    from .navigator import Navigator
    from .scenarios import Scenarios
    from .speech import Speaker
    from .storage import Settings


@dataclass(frozen=True)
class Context:
    display: Display  # the window's current look
    settings: Settings  # the settings screen changes them, then applies them
    images: Images
    sounds: Sounds
    speaker: Speaker  # read-aloud
    nav: Navigator
    flow: PlayFlow
    scenarios: Scenarios  # the picker's list
    bounds: BoundsService  # score scales, found in the background
    notify: Callable  # notify(text, seconds=3.0): a message at the top of the window
    apply_settings: Callable  # apply_settings(reopen=False): save, rebuild the look, lay out again
    save_settings: Callable
    quit: Callable
    autosave: bool = True  # games are saved after every decision and can be continued

    @property
    def look(self):
        return self.display.look

    @property
    def lang(self) -> str:
        return self.settings.lang

    def tr(self, key: str, **fmt) -> str:
        return t(key, self.settings.lang, **fmt)

    def read_aloud(self, force: bool = False) -> None:
        """Read the top screen's text aloud (V; on every new scene when the setting is on)."""
        if not (force or self.settings.read_aloud):
            return
        if not self.speaker.available:
            if force:
                self.notify(self.tr("read_aloud_missing"), 6)
            return
        top = self.nav.top
        self.speaker.say(top.speech_text() if top is not None else "", self.lang)
