"""A labelled meter bar that eases towards its value and flashes the change."""

from __future__ import annotations

import pygame

from .flow import Item

EASE_S = 0.7


def fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


class MeterBar(Item):
    def __init__(self, key: str, label: str, value: float, lo: float, hi: float, lower_better: bool = False):
        super().__init__()
        self.key, self.label, self.lo, self.hi = key, label, lo, hi
        self.lower_better = lower_better  # a rise is bad news (e.g. your own workload)
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

    def layout(self, look, x, y, width):
        label = look.text(self.label, "small", "text", wrap=width)
        self.rect = pygame.Rect(x, y, width, label.get_height() + round(look.pad * 1.1))
        return self.rect.height

    def draw(self, surf, look, dx, dy):
        r = self.rect.move(dx, dy)
        label = look.text(self.label, "small", "text", wrap=r.width)
        surf.blit(label, r.topleft)
        bar_h = max(6, round(look.pad * 0.55))
        value_txt = fmt(self.value)
        if self.flash > 0 and self.delta:
            value_txt += f"  ({'+' if self.delta > 0 else ''}{fmt(self.delta)})"
        value = look.text(
            value_txt,
            "small",
            self.tone(),
            bold=True,
        )
        bar_w = max(20, r.width - value.get_width() - look.pad // 2)
        bar = pygame.Rect(r.x, r.y + label.get_height() + round(look.pad * 0.2), bar_w, bar_h)
        pygame.draw.rect(surf, look.c["panel2"], bar, border_radius=bar_h // 2)
        span = self.hi - self.lo
        frac = 0.0 if span <= 0 else max(0.0, min(1.0, (self.shown - self.lo) / span))
        if frac > 0:
            pygame.draw.rect(
                surf,
                look.c["chart" if self.tone() == "muted" else self.tone()],
                (bar.x, bar.y, max(bar_h, round(bar.width * frac)), bar_h),
                border_radius=bar_h // 2,
            )
        if look.hc:
            pygame.draw.rect(surf, look.c["line"], bar, 1, border_radius=bar_h // 2)
        surf.blit(value, (bar.right + look.pad // 2, bar.centery - value.get_height() // 2))
