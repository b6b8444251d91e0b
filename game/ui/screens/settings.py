"""Settings: language, text speed, text size, practice mode, fullscreen, high contrast, sound, projector."""

from __future__ import annotations

from ..intents import Act, Cycle
from ..storage import SPEEDS
from ..widgets import Button, Label
from .base import ClosingScreen

ROWS = (
    "lang",
    "text_speed",
    "text_size",
    "practice",
    "fullscreen",
    "high_contrast",
    "sound",
    "projector",
    "read_aloud",
)


class SettingsScreen(ClosingScreen):
    max_width = 820

    def title(self):
        return self.tr("settings")

    def value(self, key):
        s = self.ctx.settings
        if key == "lang":
            return self.tr(f"lang_{s.lang}")
        if key == "text_speed":
            return self.tr(f"speed_{s.text_speed}")
        if key == "text_size":
            return self.tr(f"size_{s.text_size}")
        return self.tr("on" if getattr(s, key) else "off")

    def items(self):
        items = [Label(self.tr("settings_hint"), "small", "muted")]
        for key in ROWS:
            if key == "read_aloud" and not self.ctx.speaker.available:
                items.append(Label(self.tr("read_aloud_missing"), "small", "muted"))
                continue
            name = self.tr(key)
            items.append(
                Button(
                    f"{name}: {self.value(key)}",
                    Cycle(key, 1),
                    side=(Cycle(key, -1), Cycle(key, 1)),
                )
            )
        return items

    def footer_items(self):
        return [Button(self.tr("back"), Act.BACK, style="primary", center=True)]

    def act(self, intent):
        match intent:
            case Cycle(key, step):
                self.cycle(key, step)
            case _:
                super().act(intent)

    def cycle(self, key: str, step: int) -> None:
        s = self.ctx.settings
        reopen = False
        if key == "lang":
            s.lang = "en" if s.lang == "id" else "id"
        elif key == "text_speed":
            s.text_speed = SPEEDS[(SPEEDS.index(s.text_speed) + step) % len(SPEEDS)]
        elif key == "text_size":
            s.text_size = (s.text_size + step) % 3
        else:
            setattr(s, key, not getattr(s, key))
            reopen = key in ("fullscreen", "projector")
        self.ctx.apply_settings(reopen=reopen)
