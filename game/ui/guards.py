"""Guards against accidental choices: input is taken only after what it acts on was on screen a moment.

A Delay counts the time something has been shown (advanced by the screen's update, so tests and the
window agree). The delays are class attributes so a test of other behaviour may set them to zero.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Delay:
    """Seconds something has been on screen; `ready` once it has been there `need` seconds."""

    need: float
    age: float = 0.0
    running: bool = False

    def start(self) -> None:
        """Shown from now (again)."""
        self.age, self.running = 0.0, True

    def stop(self) -> None:
        self.age, self.running = 0.0, False

    def update(self, dt: float) -> bool:
        """Advance; True when this frame made it ready (a redraw may show that)."""
        if not self.running or self.ready:
            return False
        self.age += dt
        return self.ready

    @property
    def ready(self) -> bool:
        return self.running and self.age >= self.need


class GuardTimes:
    """How long choices and cards must be shown before they take input (seconds)."""

    choices = 0.4  # a double press (1 1 within 60 ms) or a click that completed the text never chooses
    card = 0.8  # the whole lesson on screen this long before Continue closes the card
