"""A labelled meter bar that eases towards its value and flashes the change.

A range that crosses zero (a competency can go below where it started) gets a zero mark, and its bar
grows from that mark: to the right for a gain, to the left for a loss, nothing at all for 0. A bar whose
scale is not known yet (a competency before the score scale arrives) shows its number over an empty
track, never a bar that would jump when the scale comes.
"""

from __future__ import annotations

import pygame

from .flow import Item

EASE_S = 0.7


def fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


class MeterBar(Item):
    def __init__(
        self,
        key: str,
        label: str,
        value: float,
        lo: float,
        hi: float,
        lower_better: bool = False,
        description: str = "",
        known: bool = True,
    ):
        super().__init__()
        self.key, self.label, self.lo, self.hi = key, label, lo, hi
        self.lower_better = lower_better  # a rise is bad news (e.g. your own workload)
        self.description = description  # what the meter measures
        self.explain = False  # the description is shown under the label (the legend is open)
        self.known = known  # the scale is known: False draws the number over an empty track
        self.value = self.shown = float(value)
        self.delta = 0.0
        self.flash = 0.0

    def set(self, value: float, animate: bool = True) -> None:
        value = float(value)
        if value != self.value:
            self.delta = value - self.value
            self.flash = 2.0 if animate else 0.0
            self.value = value
            if not animate:
                self.shown = value

    def tone(self) -> str:
        """The colour of the change being flashed: good or bad news by the meter's direction."""
        if not (self.flash and self.delta):
            return "muted"
        return "good" if (self.delta < 0) == self.lower_better else "bad"

    def update(self, dt: float) -> bool:
        moving = False
        if self.shown != self.value:
            step = (self.hi - self.lo) * dt / EASE_S if self.hi > self.lo else abs(self.value - self.shown)
            step = max(step, abs(self.value - self.shown) * min(1.0, dt * 6))
            if abs(self.value - self.shown) <= step:
                self.shown = self.value
            else:
                self.shown += step if self.value > self.shown else -step
            moving = True
        if self.flash > 0:
            self.flash = max(0.0, self.flash - dt)
            moving = True
        return moving

    @property
    def signed(self) -> bool:
        """The range crosses zero: the bar reads as a gain or a loss from a zero mark."""
        return self.lo < 0 < self.hi

    def x_of(self, value: float, track: pygame.Rect) -> int:
        """Where `value` falls along `track` (clamped to it)."""
        span = self.hi - self.lo
        frac = 0.0 if span <= 0 else max(0.0, min(1.0, (value - self.lo) / span))
        return track.x + round(track.width * frac)

    def fill_span(self, track: pygame.Rect) -> tuple[int, int] | None:
        """The filled part of the track as (left, right) in pixels, or None when nothing is filled: from
        the zero mark when the range crosses zero, else from the left end."""
        if not self.known:
            return None
        base = self.x_of(0 if self.signed else self.lo, track)
        end = self.x_of(self.shown, track)
        if end == base:
            return None
        return (min(base, end), max(base, end))

    def value_text(self) -> str:
        txt = ("+" if self.signed and self.value > 0 else "") + fmt(self.value)
        if self.flash > 0 and self.delta:
            txt += f"  ({'+' if self.delta > 0 else ''}{fmt(self.delta)})"
        return txt

    def _number_w(self, look) -> int:
        """Room for the number and a flashed change, the same whatever they read, so the track keeps
        its length when a change flashes."""
        ends = [fmt(v) for v in (self.lo, self.hi, self.value)]
        widest = max(ends, key=len)
        sample = ("+" if self.signed else "") + widest + f"  (+{'0' * max(2, len(widest))})"
        return look.text(sample, "small", "text", bold=True).get_width()

    def _label_h(self, look, width) -> int:
        h = look.text(self.label, "small", "text", wrap=width).get_height()
        if self.explain and self.description:
            h += look.text(self.description, "small", "muted", wrap=width).get_height()
        return h

    def layout(self, look, x, y, width):
        self.rect = pygame.Rect(x, y, width, self._label_h(look, width) + round(look.pad * 1.1))
        return self.rect.height

    def track(self, look) -> pygame.Rect:
        """The bar's track in content coordinates (as laid out)."""
        r = self.rect
        bar_h = max(6, round(look.pad * 0.55))
        bar_w = max(20, r.width - self._number_w(look) - look.pad // 2)
        return pygame.Rect(r.x, r.y + self._label_h(look, r.width) + round(look.pad * 0.2), bar_w, bar_h)

    def draw(self, surf, look, dx, dy):
        r = self.rect.move(dx, dy)
        label = look.text(self.label, "small", "text", wrap=r.width)
        surf.blit(label, r.topleft)
        if self.explain and self.description:
            surf.blit(
                look.text(self.description, "small", "muted", wrap=r.width), (r.x, r.y + label.get_height())
            )
        value = look.text(self.value_text(), "small", self.tone(), bold=True)
        bar = self.track(look).move(dx, dy)
        bar_h = bar.height
        if self.known:
            pygame.draw.rect(surf, look.c["panel2"], bar, border_radius=bar_h // 2)
        else:  # the scale is still being found: an outline only, no bar to jump when it comes
            pygame.draw.rect(surf, look.c["line"], bar, 1, border_radius=bar_h // 2)
        span = self.fill_span(bar)
        if span is not None:
            left, right = span
            pygame.draw.rect(
                surf,
                look.c["chart" if self.tone() == "muted" else self.tone()],
                (left, bar.y, max(2, right - left), bar_h),
                border_radius=bar_h // 2,
            )
        if self.known and self.signed:  # the zero mark, a little taller than the bar
            zx = self.x_of(0, bar)
            pygame.draw.line(
                surf, look.c["text"], (zx, bar.y - bar_h // 2), (zx, bar.bottom + bar_h // 2 - 1), 2
            )
        if look.hc and self.known:
            pygame.draw.rect(surf, look.c["line"], bar, 1, border_radius=bar_h // 2)
        surf.blit(value, (bar.right + look.pad // 2, bar.centery - value.get_height() // 2))
