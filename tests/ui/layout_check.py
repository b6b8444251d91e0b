"""Find clipped or overlapping text in whatever the game shows now."""

import pygame

from game.ui.widgets import Box, Button, Chips, Label, Row
from game.ui.widgets.card import ScenarioCard
from game.ui.widgets.entry import TextEntry
from game.ui.widgets.meter import MeterBar
from game.ui.widgets.typewriter import TypeText


def problems(app) -> list:
    found = []
    screen = app.top
    window = pygame.Rect((0, 0), app.window.get_size())
    for flow in screen.flows():
        look = screen.look_for(flow) if hasattr(screen, "look_for") else app.look  # a shrunk decision
        flow.ensure(look)
        if not window.contains(flow.rect):
            found.append(f"{type(screen).__name__}: panel {flow.rect} leaves the window {window}")
        check_column(look, flow.items, found, type(screen).__name__)
    return found


def check_column(look, items, found, where, horizontal=False):
    shown = [i for i in items if i.rect.height > 0]
    for n, a in enumerate(shown):
        for b in shown[n + 1 :]:
            if a.rect.colliderect(b.rect):
                found.append(f"{where}: {describe(a)} overlaps {describe(b)}")
    for item in shown:
        check_item(look, item, found, where)


def describe(item):
    text = getattr(item, "text", None) or getattr(item, "label", None) or ""
    return f"{type(item).__name__}({str(text)[:40]!r} at {tuple(item.rect)})"


def fits(img, rect, found, where, item):
    if img.get_width() > rect.width + 1 or img.get_height() > rect.height + 1:
        found.append(f"{where}: text {img.get_size()} does not fit {describe(item)}")


def check_item(look, item, found, where):
    if isinstance(item, Label) and item.text:
        fits(item.surface(look, item.rect.width), item.rect, found, where, item)
    elif isinstance(item, ScenarioCard):
        pad = look.pad
        thumb = item._thumb_w(item.rect.width)
        inner = item.rect.width - 2 * pad - (thumb + pad if thumb else 0)
        h = sum(t.get_height() for t in item._texts(look, inner)) + pad // 2 * 2
        if h > item.rect.height - 2 * pad or any(t.get_width() > inner + 1 for t in item._texts(look, inner)):
            found.append(f"{where}: text does not fit {describe(item)}")
    elif isinstance(item, Button):
        padx, pady = item._pads(look)
        inner = item.rect.width - 2 * padx - item._num_w(look)
        label = item._label(look, inner)
        fits(label, pygame.Rect(0, 0, inner, item.rect.height - 2 * pady), found, where, item)
    elif isinstance(item, TypeText):
        tx = item._text_x(look)
        img = look.text(item.text, item.role, item.color, wrap=item.rect.width - tx)
        fits(img, pygame.Rect(0, 0, item.rect.width - tx, item.rect.height), found, where, item)
    elif isinstance(item, Box):
        check_column(look, item.items, found, where)
        for child in item.items:
            if not item.rect.contains(child.rect):
                found.append(f"{where}: {describe(child)} sticks out of {describe(item)}")
    elif isinstance(item, Row):
        check_column(look, item.items, found, where, horizontal=True)
    elif isinstance(item, Chips):
        rects = [r for r, _, _ in item.places]
        for i, r in enumerate(rects):
            if not item.rect.contains(r):
                found.append(f"{where}: a chip sticks out of {describe(item)}")
            for other in rects[i + 1 :]:
                if r.colliderect(other):
                    found.append(f"{where}: chips overlap in {describe(item)}")
    elif isinstance(item, (MeterBar, TextEntry)):
        pass
