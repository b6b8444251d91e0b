"""A themed button: a label (and an optional second line), an intent, a state."""

from __future__ import annotations

import pygame

from .flow import Item


class Button(Item):
    focusable = True

    def __init__(
        self,
        label: str,
        intent,
        style: str = "normal",
        number=None,
        sub: str = "",
        enabled: bool = True,
        width: float = 1.0,
        center: bool = False,
        side=None,
    ):
        super().__init__()
        self.label, self.intent, self.style, self.number = label, intent, style, number
        self.sub, self.enabled, self.width_f, self.center = sub, enabled, width, center
        self.side = side  # (intent when Left, intent when Right) for settings rows
        self.state = ""

    def side_intent(self, right: bool):
        if self.side is None:
            return None
        return self.side[1 if right else 0]

    def _pads(self, look):
        return round(look.pad * 0.9), round(look.pad * 0.6)

    def _num_w(self, look):
        return round(look.line_h("button") * 1.5) if self.number is not None else 0

    def layout(self, look, x, y, width):
        w = max(40, round(width * self.width_f))
        padx, pady = self._pads(look)
        inner = w - 2 * padx - self._num_w(look)
        h = self._label(look, inner).get_height()
        if self.sub:
            h += self._sub(look, inner).get_height() + pady // 2
        x0 = x + (width - w) // 2 if self.center else x
        self.rect = pygame.Rect(x0, y, w, h + 2 * pady)
        return self.rect.height

    def _colors(self):
        if not self.enabled:
            return "panel", "disabled"
        if self.style == "primary":
            return "accent", "on_accent"
        return ("hover" if self.state else "button"), "text"

    def _label(self, look, inner):
        fg = self._colors()[1]
        return look.text(
            self.label,
            "button",
            fg,
            wrap=max(20, inner),
            bold=self.style != "choice",
            center=self.center and self.number is None,
        )

    def _sub(self, look, inner):
        fg = "on_accent" if self.style == "primary" and self.enabled else "muted"
        return look.text(self.sub, "small", fg, wrap=max(20, inner), center=self.center)

    def draw(self, surf, look, dx, dy):
        r = self.rect.move(dx, dy)
        bg, fg = self._colors()
        pygame.draw.rect(surf, look.c[bg], r, border_radius=look.radius)
        if self.state == "focus" and self.enabled:
            pygame.draw.rect(surf, look.c["focus"], r, max(2, look.border + 1), border_radius=look.radius)
        elif look.hc or self.state == "hover":
            pygame.draw.rect(
                surf, look.c["line" if not self.state else "focus"], r, look.border, border_radius=look.radius
            )
        padx, pady = self._pads(look)
        num_w = self._num_w(look)
        inner = r.width - 2 * padx - num_w
        x, y = r.x + padx, r.y + pady
        if self.number is not None:
            badge = pygame.Rect(x, y, round(look.line_h("button") * 1.15), look.line_h("button"))
            pygame.draw.rect(
                surf,
                look.c["accent"] if self.enabled else look.c["disabled"],
                badge,
                border_radius=look.radius,
            )
            num = look.text(str(self.number), "button", "on_accent", bold=True)
            surf.blit(num, num.get_rect(center=badge.center))
            x += num_w
        label = self._label(look, inner)
        lx = x + (inner - label.get_width()) // 2 if self.center and self.number is None else x
        surf.blit(label, (lx, y))
        if self.sub:
            sub = self._sub(look, inner)
            sx = x + (inner - sub.get_width()) // 2 if self.center else x
            surf.blit(sub, (sx, y + label.get_height() + pady // 2))
