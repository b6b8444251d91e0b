"""Where the play screen puts things: a one-line top bar, the meters, and the decision layout.

While the text is typed the scene fills the main column and the text panel rises from the bottom. Once
the choices are shown the panel holds two parts: the situation (scrolled to its last words, at least a
few lines) and every option under it, with a strip of the scene kept above. When a node's options are
too long for the window at the chosen text size, the text of this panel steps down (never below
STEP_FLOOR of the normal size) until everything fits.
"""

from __future__ import annotations

import pygame

from ..intents import Act
from ..widgets import Button, Label, Row

STEP_FLOOR = 0.72  # the smallest text a crowded decision may use, as a share of the normal size
SITUATION_LINES = 3  # the situation keeps at least this many body lines in view


def top_bar(play, info: str, width: int) -> Row:
    """Place, day and decision on one line (shortened to fit), then the buttons."""
    look = play.look
    items = [Label("", "small", "text", bold=True)]
    weights = [5]
    buttons = [(play.tr("history") + " (H)", Act.HISTORY), (play.tr("menu") + " (Esc)", Act.MENU)]
    buttons.insert(0, (play.tr("meters") + " (M)", Act.METERS))
    for label, intent in buttons:
        items.append(Button(label, intent, center=True))
        weights.append(2)
    gap = round(look.pad * 0.6)
    info_w = int((width - gap * (len(items) - 1)) * weights[0] / sum(weights))
    items[0].text = look.fit(info, "small", info_w, bold=True)
    return Row(items, weights=weights, spacing=0.6)


def fit_steps(look) -> list[float]:
    """The text steps to try, from the chosen one down to the floor."""
    steps, step = [look.step], look.step
    while step > STEP_FLOOR + 1e-6:
        step = max(STEP_FLOOR, round(step * 0.9, 3))
        steps.append(step)
    return steps


def scene_strip(look, main) -> int:
    """The least of the scene kept in view above the decision panel."""
    return max(round(main.height * 0.16), round(64 * look.s))


def place_decision(play, main) -> None:
    """The situation and every option in a panel at the bottom of `main`, a strip of the scene above."""
    look = play.look
    pad = look.pad
    strip = scene_strip(look, main)
    inner_w = main.width - 2 * pad
    sit, choices = play.situation_flow, play.text_flow
    for step in fit_steps(look):
        text_look = look.scaled(step)
        for flow in (sit, choices):
            flow.place((main.x + pad, 0, inner_w, main.height))
            flow.layout(text_look)
        sit_min = min(sit.content_h, text_look.line_h("small") + text_look.line_h("body") * SITUATION_LINES)
        if strip + sit_min + choices.content_h + 3 * pad <= main.height:
            break
    play.text_look = text_look
    room = main.height - strip - 3 * pad
    choice_h = max(0, min(choices.content_h, room - sit_min))
    sit_h = max(0, min(sit.content_h, room - choice_h))
    panel_h = sit_h + choice_h + 3 * pad
    play.text_panel = pygame.Rect(main.x, main.bottom - panel_h, main.width, panel_h)
    sit.place((main.x + pad, play.text_panel.y + pad, inner_w, sit_h))
    sit.layout(text_look)
    sit.scroll_bottom()  # the last words (the question) stay in view; the wheel scrolls back
    choices.place((main.x + pad, play.text_panel.bottom - pad - choice_h, inner_w, choice_h))
    choices.layout(text_look)


def place_reading(play, main) -> None:
    """While the text is typed: the scene fills `main`, the text panel rises from the bottom."""
    look = play.look
    pad = look.pad
    play.text_look = look
    play.situation_flow.set_items([])
    play.situation_flow.place((main.x, main.bottom, main.width, 0))
    flow = play.text_flow
    inner_w = main.width - 2 * pad
    flow.place((main.x + pad, 0, inner_w, main.height))
    flow.layout(look)
    lo, hi = round(main.height * 0.42), round(main.height * 0.8)
    panel_h = max(lo, min(hi, flow.content_h + 2 * pad))
    play.text_panel = pygame.Rect(main.x, main.bottom - panel_h, main.width, panel_h)
    flow.place(play.text_panel.inflate(-2 * pad, -2 * pad))
    flow.layout(look)
