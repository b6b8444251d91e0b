"""Horizontal bar chart of 0-100 scores, labels above each bar (and what each measures, when given)."""

from __future__ import annotations

import pygame

from .flow import Item


class Bars(Item):
    def __init__(self, rows):
        super().__init__()
        # (label, score 0..100) or (label, score, what it measures)
        self.rows = [(row[0], row[1], row[2] if len(row) > 2 else "") for row in rows]

    def layout(self, look, x, y, width):
        h = 0
        for label, _, note in self.rows:
            h += look.text(label, "body", "text", wrap=width, bold=True).get_height()
            if note:
                h += look.text(note, "small", "muted", wrap=width).get_height()
            h += round(look.line_h("body") * 1.3) + look.pad // 2
        self.rect = pygame.Rect(x, y, width, h)
        return h

    def draw(self, surf, look, dx, dy):
        r = self.rect.move(dx, dy)
        y = r.y
        bar_h = round(look.line_h("body") * 1.1)
        for label, score, note in self.rows:
            img = look.text(label, "body", "text", wrap=r.width, bold=True)
            surf.blit(img, (r.x, y))
            y += img.get_height()
            if note:
                img = look.text(note, "small", "muted", wrap=r.width)
                surf.blit(img, (r.x, y))
                y += img.get_height()
            y += round(look.line_h("body") * 0.1)
            num = look.text(f"{score}", "h2", "accent", bold=True)
            widest = look.text("100", "h2", "accent", bold=True).get_width()  # one track length for all
            track_w = r.width - widest - look.pad
            track = pygame.Rect(r.x, y, track_w, bar_h)
            pygame.draw.rect(surf, look.c["panel"], track, border_radius=look.radius)
            for tick in (25, 50, 75):
                tx = track.x + track.width * tick // 100
                pygame.draw.line(surf, look.c["line"], (tx, track.y), (tx, track.bottom - 1))
            fill = round(track.width * max(0, min(100, score)) / 100)
            if fill:
                pygame.draw.rect(
                    surf, look.c["chart2"], (track.x, track.y, fill, bar_h), border_radius=look.radius
                )
            if look.hc:
                pygame.draw.rect(surf, look.c["line"], track, 1, border_radius=look.radius)
            surf.blit(num, (track.right + look.pad, track.centery - num.get_height() // 2))
            y += bar_h + round(look.line_h("body") * 0.2) + look.pad // 2


MARKERS = ("circle", "square", "diamond", "triangle")
LINE_COLOURS = ("chart", "chart2", "good", "warn")


class Lines(Item):
    """Each competency across the decisions on one 0-100 scale: a legend, then the plot.

    `series` is [(label, points)], the points at the start and after each decision; `start` labels the
    first point and `axis` says what the x axis counts. Each line has its own colour and marker shape, so
    the lines can be told apart without colour too."""

    def __init__(self, series, start: str, axis: str):
        super().__init__()
        self.series = [(label, tuple(points)) for label, points in series]
        self.start, self.axis = start, axis

    def _legend_h(self, look, width):
        return sum(
            look.text(label, "small", "text", wrap=width - look.line_h("small") * 2, bold=True).get_height()
            for label, _ in self.series
        ) + look.pad // 2 * len(self.series)

    def layout(self, look, x, y, width):
        self.plot_h = max(round(look.line_h("body") * 5), round(width * 0.22))
        foot = look.line_h("small") * 2 + look.pad
        h = self._legend_h(look, width) + look.pad + self.plot_h + foot
        self.rect = pygame.Rect(x, y, width, h)
        return h

    def draw(self, surf, look, dx, dy):
        r = self.rect.move(dx, dy)
        y = self._draw_legend(surf, look, r)
        y += look.pad
        left = look.text("100", "small", "muted").get_width() + look.pad
        plot = pygame.Rect(r.x + left, y, r.width - left - look.pad, self.plot_h)
        self._draw_grid(surf, look, plot)
        for i, (_, points) in enumerate(self.series):
            self._draw_line(surf, look, plot, points, i)
        self._draw_x_labels(surf, look, plot)

    def _draw_legend(self, surf, look, r):
        y, mark = r.y, look.line_h("small")
        for i, (label, points) in enumerate(self.series):
            text = f"{label}: {points[-1]}" if points else label
            img = look.text(text, "small", "text", wrap=r.width - mark * 2, bold=True)
            self._marker(surf, look, i, (r.x + mark // 2, y + img.get_height() // 2), mark // 2)
            surf.blit(img, (r.x + mark * 2, y))
            y += img.get_height() + look.pad // 2
        return y

    def _draw_grid(self, surf, look, plot):
        pygame.draw.rect(surf, look.c["panel"], plot)
        for value in (0, 25, 50, 75, 100):
            gy = plot.bottom - plot.height * value // 100
            pygame.draw.line(surf, look.c["line"], (plot.x, gy), (plot.right, gy), 2 if value == 0 else 1)
            if value % 50 == 0:
                img = look.text(str(value), "small", "muted")
                surf.blit(img, (plot.x - img.get_width() - look.pad // 2, gy - img.get_height() // 2))

    def _x(self, plot, i, n):
        return plot.x + (plot.width * i // (n - 1) if n > 1 else plot.width // 2)

    def _draw_line(self, surf, look, plot, points, index):
        if not points:
            return
        colour = look.c[LINE_COLOURS[index % len(LINE_COLOURS)]]
        xy = [
            (self._x(plot, i, len(points)), plot.bottom - round(plot.height * max(0, min(100, v)) / 100))
            for i, v in enumerate(points)
        ]
        if len(xy) > 1:
            pygame.draw.lines(surf, colour, False, xy, max(2, round(3 * look.s)))
        for p in xy:
            self._marker(surf, look, index, p, max(4, round(6 * look.s)))

    def _marker(self, surf, look, index, centre, radius):
        colour = look.c[LINE_COLOURS[index % len(LINE_COLOURS)]]
        x, y = centre
        shape = MARKERS[index % len(MARKERS)]
        if shape == "circle":
            pygame.draw.circle(surf, colour, centre, radius)
        elif shape == "square":
            pygame.draw.rect(surf, colour, (x - radius, y - radius, 2 * radius, 2 * radius))
        elif shape == "diamond":
            pygame.draw.polygon(
                surf, colour, [(x, y - radius), (x + radius, y), (x, y + radius), (x - radius, y)]
            )
        else:
            pygame.draw.polygon(
                surf, colour, [(x, y - radius), (x + radius, y + radius), (x - radius, y + radius)]
            )

    def _draw_x_labels(self, surf, look, plot):
        n = max(len(points) for _, points in self.series) if self.series else 0
        y = plot.bottom + look.pad // 2
        widest = look.text(self.start, "small", "muted").get_width() + look.pad
        step = max(1, -(-widest * n // max(1, plot.width)))  # label every step-th point so none overlap
        for i in range(0, n, step):
            img = look.text(self.start if i == 0 else str(i), "small", "muted")
            x = self._x(plot, i, n) - img.get_width() // 2
            x = max(plot.x, min(x, plot.right - img.get_width()))
            surf.blit(img, (x, y))
        caption = look.text(self.axis, "small", "muted")
        surf.blit(caption, (plot.centerx - caption.get_width() // 2, y + look.line_h("small")))
