"""What the play screen draws under its text: the place, who speaks, the text panel (its meters are in
side_meters)."""

from __future__ import annotations

import pygame

from ..assets import background_path, expression_path, portrait_name, portrait_path
from ..weather import WeatherPicture, weather_for


class Scene:
    """The place's picture, the speaker's portrait and the text panel, in the rectangles the screen set."""

    def __init__(self, images):
        self.images = images
        self._panel = None  # the panel's picture, for its size and colour
        self.weather = WeatherPicture()  # the background with the weather painted in, at the scene's size

    def draw_panel(self, surf, look, rect) -> None:
        key = (rect.size, look.c["panel"])
        if self._panel is None or self._panel[0] != key:
            img = pygame.Surface(rect.size, pygame.SRCALPHA)
            pygame.draw.rect(
                img, (*look.c["panel"], 255 if look.hc else 238), img.get_rect(), border_radius=look.radius
            )
            if look.hc:
                pygame.draw.rect(img, look.c["line"], img.get_rect(), look.border, border_radius=look.radius)
            self._panel = (key, img)
        surf.blit(self._panel[1], rect.topleft)

    def draw_for(self, surf, screen) -> None:
        """The play screen's scene: its place in the weather its node or location says, and who speaks
        (with the face a card over the scene sets)."""
        view = screen.view
        self.draw(
            surf,
            screen.look,
            screen.scene,
            screen.text_panel,
            view.location,
            screen.run.entry.folder,
            screen.current_speaker(),
            getattr(screen.ctx.nav.top, "expression", "neutral"),
            weather_for(screen.run.scenario, view),
        )

    def draw(
        self, surf, look, scene, panel, location, folder, speaker, expression="neutral", weather=""
    ) -> None:
        images = self.images
        path = images.resolve(
            location.background if location else None,
            folder,
            background_path(location.kind if location else ""),
        )
        img = self.weather.over(images.cover(path, scene.size), str(path), weather, look.hc)
        if img is not None:
            surf.blit(img, scene.topleft)
        else:
            look.panel(surf, scene, "panel2")
        room = panel.y - scene.y - look.pad
        if speaker is not None and room > 70 * look.s:
            name = portrait_name([speaker.role.id, speaker.role.en, speaker.id])
            ppath = expression_path(images.resolve(speaker.portrait, folder, portrait_path(name)), expression)
            size = min(round(scene.height * 0.5), room)
            pic = images.fit(ppath, size)
            if pic is not None:
                surf.blit(pic, (scene.x + look.pad * 2, panel.y - size))
        if look.hc:
            pygame.draw.rect(surf, look.c["line"], scene, look.border)
