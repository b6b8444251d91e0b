"""The debrief as one PNG for the trainee's portfolio: the scenario, the trainee, the date, the ending,
the score and what it means, the competency chart, the misconceptions grouped by kind (each choice's
insight and the collaborative alternative) and those avoided.

    path = save_summary(ctx, run, result)   # <data folder>/summaries/<scenario>-<date>.png

Drawn with a Look of its own (a fixed size, normal colours and text), so the picture is the same
whatever the window, the projector preset or the contrast setting; written atomically.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pygame

from game.datadirs import folders
from game.safefiles import replacing

from .screens import debrief_sections as sections
from .screens.common import date_text
from .strings import t
from .theme import Look
from .widgets import Box, Label

LOOK_SIZE = (1600, 900)  # the scale the summary is drawn at (text a quarter larger than at 1280x720)
WIDTH = 1600  # pixels across
FOLDER = "summaries"


class _Words:
    """The bits of a screen context the sections read: the language and the strings."""

    def __init__(self, lang: str):
        self.lang = lang

    def tr(self, key, **fmt):
        return t(key, self.lang, **fmt)


def summary_path(scenario_id: str, when: datetime.datetime, base: Path | None = None) -> Path:
    """Where the summary of `scenario_id` played at `when` goes: named by scenario and date (and time, so
    two summaries of one day both stay)."""
    folder = (base if base is not None else folders().data) / FOLDER
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in scenario_id) or "scenario"
    return folder / f"{safe}-{when.strftime('%Y-%m-%d-%H%M%S')}.png"


def summary_items(ctx, run, result, when: datetime.datetime) -> list:
    lang, sc = ctx.lang, run.scenario
    head = [
        Label(sc.title.get(lang), "h1", "accent", bold=True),
        Label(ctx.tr("debrief"), "h2", "text", bold=True),
    ]
    if run.player:
        head.append(Label(ctx.tr("summary_player", name=run.player), "body", "text"))
    head.append(Label(ctx.tr("summary_date", date=date_text(when.date().isoformat(), lang)), "body", "muted"))
    items = [Box(head, stripe="accent")]
    if result.ending is not None:
        summary = (result.summary or result.ending.summary).get(lang)
        items.append(
            Box(
                [
                    Label(ctx.tr("ending"), "small", "muted", bold=True),
                    Label(result.ending.title.get(lang), "h2", "accent", bold=True),
                    Label(summary, "body", "text"),
                ],
                stripe="accent",
            )
        )
    for part in (sections.score_box(ctx, run, result), sections.chart_box(ctx, run, result)):
        if part is not None:
            items.append(part)
    items += sections.misconception_items(ctx, run, result, buttons=False)
    items += sections.avoided_items(ctx, run, result)
    return items


def render(ctx, run, result, when: datetime.datetime) -> pygame.Surface:
    look = Look(LOOK_SIZE, lang=ctx.lang)
    items = summary_items(_Words(ctx.lang), run, result, when)
    margin, gap = look.pad * 2, look.pad
    width = WIDTH - 2 * margin
    y = margin
    for item in items:
        y += item.layout(look, margin, y, width) + gap
    surf = pygame.Surface((WIDTH, y - gap + margin))
    surf.fill(look.c["bg"])
    for item in items:
        item.draw(surf, look, 0, 0)
    return surf


def save_summary(ctx, run, result, when: datetime.datetime | None = None, base: Path | None = None) -> Path:
    """Draw the summary and write it as a PNG in the player's data folder; returns where. OSError when
    it cannot be written (the caller says so)."""
    when = when or datetime.datetime.now()
    surf = render(ctx, run, result, when)
    path = summary_path(run.scenario.id, when, base)
    with replacing(path, suffix=".png") as temp:
        pygame.image.save(surf, str(temp))
    return path
