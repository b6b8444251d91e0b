"""The window and the look drawn in it (sizes, colours and fonts for the current settings)."""

from __future__ import annotations

import os

import pygame

from .theme import Look

MIN_SIZE = (640, 360)


def clamp_size(size) -> tuple[int, int]:
    """A window size no smaller than MIN_SIZE."""
    return (max(MIN_SIZE[0], size[0]), max(MIN_SIZE[1], size[1]))


def hold_minimum() -> None:
    """Ask the window manager not to let the window get smaller than MIN_SIZE (SDL 2.0.5+)."""
    import warnings  # noqa: PLC0415

    try:
        with warnings.catch_warnings():  # from_display_module is the way to the display module's window
            warnings.simplefilter("ignore", DeprecationWarning)
            pygame.Window.from_display_module().minimum_size = MIN_SIZE
    except (AttributeError, pygame.error):
        pass


class Display:
    def __init__(self, settings, size):
        self.settings = settings
        self._windowed = None  # the window's size, to come back to after fullscreen
        self.window = self._open(size)
        self.look = self.make_look()

    def _open(self, size, reopen: bool = False):
        fullscreen = self.settings.fullscreen or self.settings.projector
        flags = (
            pygame.FULLSCREEN
            if fullscreen and os.environ.get("SDL_VIDEODRIVER") != "dummy"
            else pygame.RESIZABLE
        )
        current = pygame.display.get_surface() if reopen else None
        if current is not None and not current.get_flags() & pygame.FULLSCREEN:
            self._windowed = current.get_size()
        if flags == pygame.FULLSCREEN:
            size = (0, 0)
        else:
            size = (self._windowed or size) if reopen else size
            size = clamp_size(size)
        window = pygame.display.set_mode(size, flags)
        hold_minimum()
        return window

    def reopen(self) -> None:
        """Open the window again (fullscreen or projector changed)."""
        self.window = self._open(self.window.get_size(), reopen=True)

    def make_look(self) -> Look:
        s = self.settings  # projector mode honours the text size too (its sizes are set in the Look)
        return Look(self.window.get_size(), s.text_size, s.high_contrast, s.lang, projector=s.projector)

    def rebuild(self) -> None:
        """The window's size or the settings changed: a new look for them."""
        self.window = pygame.display.get_surface() or self.window
        size = self.window.get_size()
        if not self.window.get_flags() & pygame.FULLSCREEN and clamp_size(size) != size:
            # dragged smaller than the minimum (a window manager that ignores the hint): back to it
            self.window = pygame.display.set_mode(clamp_size(size), pygame.RESIZABLE)
        self.look = self.make_look()

    def resized(self) -> bool:
        """The window is not the size the look was made for."""
        current = (pygame.display.get_surface() or self.window).get_size()
        return self.window.get_size() != current or self.look.size != self.window.get_size()
