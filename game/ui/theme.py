"""Colours, sizes and the text cache: every widget draws through a Look."""

from __future__ import annotations

import pygame

from game import resources

from .cache import ByteCache

ASSETS = resources.ASSETS_DIR  # package data in a wheel, the checkout's assets/ otherwise
FONT_REGULAR = ASSETS / "fonts" / "DejaVuSans.ttf"
FONT_BOLD = ASSETS / "fonts" / "DejaVuSans-Bold.ttf"

NORMAL = {
    "bg": (20, 33, 43),
    "panel": (31, 49, 61),
    "panel2": (43, 66, 80),
    "line": (70, 98, 112),
    "text": (240, 234, 222),
    "muted": (172, 186, 190),
    "accent": (236, 168, 72),
    "on_accent": (33, 24, 12),
    "button": (50, 77, 92),
    "hover": (66, 101, 118),
    "focus": (255, 212, 120),
    "good": (118, 198, 128),
    "bad": (236, 112, 96),
    "warn_bg": (92, 42, 36),
    "warn": (255, 150, 120),
    "card": (246, 240, 227),
    "on_card": (38, 36, 34),
    "card_muted": (96, 92, 86),
    "shade": (8, 14, 20, 170),
    "chart": (92, 170, 190),
    "chart2": (236, 168, 72),
    "disabled": (110, 120, 124),
}
HIGH_CONTRAST = {
    "bg": (0, 0, 0),
    "panel": (0, 0, 0),
    "panel2": (20, 20, 20),
    "line": (255, 255, 255),
    "text": (255, 255, 255),
    "muted": (230, 230, 230),
    "accent": (255, 221, 0),
    "on_accent": (0, 0, 0),
    "button": (0, 0, 0),
    "hover": (40, 40, 40),
    "focus": (255, 221, 0),
    "good": (80, 255, 140),
    "bad": (255, 120, 120),
    "warn_bg": (0, 0, 0),
    "warn": (255, 221, 0),
    "card": (0, 0, 0),
    "on_card": (255, 255, 255),
    "card_muted": (230, 230, 230),
    "shade": (0, 0, 0, 220),
    "chart": (0, 220, 255),
    "chart2": (255, 221, 0),
    "disabled": (150, 150, 150),
}

# point sizes at 1280x720, text size step 0
BASE_SIZES = {"title": 72, "h1": 36, "h2": 27, "body": 22, "small": 18, "button": 22}
SIZE_STEPS = (1.0, 1.22, 1.45)
TEXT_BYTES = 24 * 1024 * 1024  # rendered text kept: a few screens of paragraphs at 1080p


class Look:
    """Palette, scale and cached fonts and text for one window size and one set of settings."""

    def __init__(
        self,
        size: tuple[int, int],
        text_size: int = 0,
        high_contrast: bool = False,
        lang: str = "id",
        projector: bool = False,
        step: float | None = None,
        text_cache: ByteCache | None = None,
    ):
        self.size = size
        self.text_size = text_size
        self.lang = lang
        self.hc = high_contrast
        self.c = HIGH_CONTRAST if high_contrast else NORMAL
        w, h = size
        self.s = max(0.5, min(w / 1280, h / 720))
        self.step = SIZE_STEPS[max(0, min(2, text_size))] if step is None else step
        self.projector = projector  # read from the back of a room: no small print
        self.pad = max(6, round(16 * self.s))
        self.radius = max(3, round(8 * self.s))
        self.border = 3 if high_contrast else max(1, round(2 * self.s))
        self._fonts: dict = {}
        # rendered text, bounded in bytes and shared with the scaled looks (their keys hold the step)
        self._text = ByteCache(TEXT_BYTES) if text_cache is None else text_cache
        self._scaled: dict = {}

    def scaled(self, step: float) -> Look:
        """The same look with text at `step` (the decision screen shrinks a crowded node to fit)."""
        if step == self.step:
            return self
        look = self._scaled.get(step)
        if look is None:
            look = Look(
                self.size,
                self.text_size,
                self.hc,
                self.lang,
                self.projector,
                step=step,
                text_cache=self._text,
            )
            self._scaled[step] = look
        return look

    # -- fonts -----------------------------------------------------------------
    def px(self, role: str) -> int:
        scale = self.s * (self.step if role != "title" else 1.0)
        base = BASE_SIZES["body"] if self.projector and role == "small" else BASE_SIZES[role]
        return max(8, round(base * scale))

    def font(self, role: str, bold: bool = False) -> pygame.font.Font:
        key = (role, bold)
        font = self._fonts.get(key)
        if font is None:
            font = pygame.font.Font(str(FONT_BOLD if bold else FONT_REGULAR), self.px(role))
            self._fonts[key] = font
        return font

    def line_h(self, role: str) -> int:
        return self.font(role).get_linesize()

    # -- text ------------------------------------------------------------------
    def text(
        self,
        text: str,
        role: str = "body",
        color="text",
        wrap: int = 0,
        bold: bool = False,
        center: bool = False,
    ) -> pygame.Surface:
        rgb = self.c[color] if isinstance(color, str) else color
        key = (text, role, rgb, wrap, bold, center, self.step)
        surf = self._text.get(key)
        if surf is not None:
            return surf
        font = self.font(role, bold)
        font.align = pygame.FONT_CENTER if center else pygame.FONT_LEFT
        # a NUL ends text in SDL_ttf and raises: draw nothing for control characters, whatever their source
        surf = font.render(
            text.replace("\0", "") if "\0" in text else text, True, rgb, wraplength=max(0, wrap)
        )
        font.align = pygame.FONT_LEFT
        self._text.put(key, surf)
        return surf

    def fit(self, text: str, role: str, width: int, bold: bool = False, lines: int = 1) -> str:
        """`text` shortened with an ellipsis to fit `lines` lines of `width` pixels."""
        font = self.font(role, bold)
        if lines > 1:
            most = font.get_linesize() * lines

            def fits(t):
                return font.render(t, True, (0, 0, 0), wraplength=max(1, width)).get_height() <= most
        else:

            def fits(t):
                return font.size(t)[0] <= width

        if fits(text):
            return text
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(text[:mid].rstrip() + "…"):
                lo = mid
            else:
                hi = mid - 1
        return text[:lo].rstrip() + "…"

    # -- shapes ----------------------------------------------------------------
    def panel(self, surf, rect, color="panel", border=None, radius=None):
        pygame.draw.rect(surf, self.c[color], rect, border_radius=self.radius if radius is None else radius)
        if border or self.hc:
            pygame.draw.rect(
                surf,
                self.c[border or "line"],
                rect,
                self.border,
                border_radius=self.radius if radius is None else radius,
            )

    def shade(self, surf):
        veil = getattr(self, "_veil", None)
        if veil is None or veil.get_size() != surf.get_size():
            veil = pygame.Surface(surf.get_size(), pygame.SRCALPHA)
            veil.fill(self.c["shade"])
            self._veil = veil
        surf.blit(veil, (0, 0))
