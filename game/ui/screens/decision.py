"""Where the play screen puts things: a one-line top bar, the meters, and the decision layout.

While the text is typed the scene fills the main column and the text panel rises from the bottom. Once
the choices are shown the panel holds two parts: the situation and every option under it, with a strip
of the scene kept above. A situation too long for its room scrolls line by line (no line is cut at an
edge) and is scrolled to its last words, the question; its start (who speaks and their first sentence)
stays pinned above it, with arrows saying there is more. When a node's options are too long for the
window at the chosen text size, the text of this panel steps down (never below STEP_FLOOR of the normal
size) until everything fits.
"""

from __future__ import annotations

import pygame

from ..intents import Act
from ..widgets import Button, Label, Row, Summary
from ..widgets.flow import TELLING

STEP_FLOOR = 0.72  # the smallest text a crowded decision may use, as a share of the normal size
SITUATION_LINES = 2  # a scrolling situation keeps its pinned start and at least this many lines in view
CHOICE_SPACING = 0.3  # between options (each is its own button), in body lines
READING_SPACING = 0.6  # between the lines while they are typed


def top_bar(play, info: str, width: int) -> Row:
    """Place, day and decision on one line (shortened to fit), then the buttons at their own width."""
    look = play.look
    buttons = [
        (play.tr("meters") + " (M)", Act.METERS),
        (play.tr("history") + " (H)", Act.HISTORY),
        (play.tr("menu") + " (Esc)", Act.MENU),
    ]
    font = look.font("button", bold=True)
    pad_x = round(look.pad * 0.9) * 2 + look.pad
    widths = [min(width // 4, font.size(label)[0] + pad_x) for label, _ in buttons]
    gap = round(look.pad * 0.6)
    info_w = max(40, width - sum(widths) - gap * len(buttons))
    items = [Label(look.fit(info, "small", info_w - look.pad, bold=True), "small", "text", bold=True)]
    items += [Button(label, intent, center=True) for label, intent in buttons]
    return Row(items, weights=[info_w, *widths], spacing=0.6)


def in_columns(buttons, columns: int) -> list:
    """The options one under another, or side by side in rows of `columns` (in reading order)."""
    if columns <= 1:
        return list(buttons)
    rows = [buttons[i : i + columns] for i in range(0, len(buttons), columns)]
    return [Row(row + [Label("")] * (columns - len(row)), spacing=0.6, even=True) for row in rows]


def layouts(look, main, count: int) -> list[tuple[float, int]]:
    """(text step, columns) to try, the chosen text in one column first; two columns only for four or
    more options in a wide enough panel."""
    two = count >= 4 and main.width >= 900 * look.s
    return [(step, cols) for step in fit_steps(look) for cols in ((1, 2) if two else (1,))]


def fit_steps(look) -> list[float]:
    """The text steps to try, from the chosen one down to the floor."""
    steps, step = [look.step], look.step
    while step > STEP_FLOOR + 1e-6:
        step = max(STEP_FLOOR, round(step * 0.9, 3))
        steps.append(step)
    return steps


def situation_pin(typing) -> Summary | None:
    """The start of the situation, kept in view above it while it scrolls: the first speaker and the
    first sentence they say (shortened to two lines)."""
    if not typing:
        return None
    first = next((line for line in typing if len(line.text.strip()) >= TELLING), typing[0])
    return Summary.opening(first.head, first.text)  # a line that only gives the date is passed over


def scene_strip(look, main) -> int:
    """The least of the scene kept in view above the decision panel."""
    return max(round(main.height * 0.16), round(64 * look.s))


def place_decision(play, main, shrink: bool = True) -> bool:
    """The situation and every option in a panel at the bottom of `main`, a strip of the scene above;
    False when they do not fit (with `shrink`, not even at the smallest text step)."""
    look = play.look
    pad = look.pad
    strip = scene_strip(look, main)
    inner_w = main.width - 2 * pad
    sit, choices = play.situation_flow, play.text_flow
    choices.spacing = CHOICE_SPACING
    sit.whole_lines, sit.pin = True, None
    choices.pages = sit  # the options never scroll: PgUp/PgDn scroll the situation
    pin = situation_pin(play.typing)
    fits = False
    tries = layouts(look, main, len(play.view.choices))
    for step, columns in tries if shrink else [t for t in tries if t[0] == look.step]:
        text_look = look.scaled(step)
        if columns != play.choice_columns:
            play.choice_columns = columns
            choices.set_items(play.text_items(), keep_offset=True)
        pin_h = sit.pin_height(text_look, pin, inner_w)
        for flow in (sit, choices):
            flow.place((main.x + pad, 0, inner_w, main.height))
            flow.layout(text_look)
        body = text_look.line_h("body")  # (a gap between speakers may come with the lines)
        sit_min = min(sit.content_h, pin_h + round(body * (SITUATION_LINES + sit.spacing)))
        if strip + sit_min + choices.content_h + 3 * pad <= main.height:
            fits = True
            break
    play.text_look = text_look
    room = main.height - strip - 3 * pad
    choice_h = max(0, min(choices.content_h, room - sit_min))
    sit_h = max(0, min(sit.content_h, room - choice_h))
    if sit.content_h > sit_h:  # it scrolls: its start stays pinned above the lines
        sit.pin, sit_h = pin, max(0, room - choice_h)
    panel_h = sit_h + choice_h + 3 * pad
    play.text_panel = pygame.Rect(main.x, main.bottom - panel_h, main.width, panel_h)
    sit.place((main.x + pad, play.text_panel.y + pad, inner_w, sit_h))
    sit.layout(text_look)
    sit.scroll_bottom()  # the last words (the question) stay in view; the wheel and PgUp scroll back
    choices.place((main.x + pad, play.text_panel.bottom - pad - choice_h, inner_w, choice_h))
    choices.layout(text_look)
    return fits


def place_reading(play, main) -> None:
    """While the text is typed: the scene fills `main`, the text panel rises from the bottom."""
    look = play.look
    pad = look.pad
    play.text_look = look
    play.situation_flow.pin = play.text_flow.pages = None
    play.situation_flow.set_items([])
    play.situation_flow.place((main.x, main.bottom, main.width, 0))
    flow = play.text_flow
    flow.spacing = READING_SPACING
    inner_w = main.width - 2 * pad
    flow.place((main.x + pad, 0, inner_w, main.height))
    flow.layout(look)
    lo, hi = round(main.height * 0.42), round(main.height * 0.8)
    panel_h = max(lo, min(hi, flow.content_h + 2 * pad))
    play.text_panel = pygame.Rect(main.x, main.bottom - panel_h, main.width, panel_h)
    flow.place(play.text_panel.inflate(-2 * pad, -2 * pad))
    flow.layout(look)
