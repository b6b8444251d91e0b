"""F3 facilitator notes, in words: what this decision tests, which option reveals which misconception
and what each option changes, and what is still to come. Drawn in the room the screen leaves free
(never over the dialogue or the options), for the person running the session."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.engine.misconceptions import NAMES

from ..theme import Look

MAX_EFFECTS = 3  # per option: the largest changes, in words


def _label(scenario, meter_id: str, lang: str) -> str:
    meter = scenario.meters.get(meter_id)
    return meter.label.get(lang) if meter is not None else meter_id


def tested(run, view, lang: str) -> list:
    """The competencies this decision's options move (the node's options as shown now)."""
    sc = run.scenario
    seen: list = []
    for shown in view.choices:
        choice = sc.choice(view.node, shown.id)
        for effect in choice.effects if choice is not None else ():
            meter = sc.meters.get(effect.meter)
            if meter is not None and meter.kind == "competency" and effect.meter not in seen:
                seen.append(effect.meter)
    return [_label(sc, m, lang) for m in seen]


def choice_note(run, view, shown, lang: str, tr, numbered: bool = True) -> str:
    """'2 · reveals the misconception “…”; raises Coordination, lowers Empathy' (competencies only:
    what the decision tests)."""
    choice = run.scenario.choice(view.node, shown.id)
    number = f"{shown.index + 1} · " if numbered else ""
    if choice is None:
        return number
    names = [NAMES[t].get(lang) if t in NAMES else t for t in choice.misconceptions]
    parts = [tr("notes_reveals", name=", ".join(names)) if names else tr("notes_clean")]
    sc = run.scenario
    moved = [e for e in choice.effects if e.meter in sc.meters and sc.meters[e.meter].kind == "competency"]
    effects = sorted(moved, key=lambda e: -abs(e.delta))[:MAX_EFFECTS]
    ups = [_label(run.scenario, e.meter, lang) for e in effects if e.delta > 0]
    downs = [_label(run.scenario, e.meter, lang) for e in effects if e.delta < 0]
    changes = ([tr("notes_raises", what=", ".join(ups))] if ups else []) + (
        [tr("notes_lowers", what=", ".join(downs))] if downs else []
    )
    return number + "; ".join(parts + ([" · ".join(changes)] if changes else []))


def coming(run, lang: str, tr) -> list:
    lines = []
    for p in run.session.state.pending:
        event = run.scenario.events.get(p.event)
        title = event.title.get(lang) if event is not None else p.event
        due = []
        if p.due_day is not None:
            due.append(tr("notes_day", n=p.due_day + 1))
        if p.due_turn is not None:
            due.append(tr("notes_turn", n=p.due_turn + 1))
        lines.append(tr("notes_coming", what=title + (f" ({', '.join(due)})" if due else "")))
    return lines


def trainer_lines(run, tr, lang: str = "id", options: bool = True) -> list:
    """(text, colour) lines of the notes, in reading order (without the options' notes when the
    screen shows each under its option)."""
    session = run.session
    lines = [(tr("notes_title"), "accent")]
    if not session.is_over:
        view = session.view()
        what = tested(run, view, lang)
        lines.append((tr("notes_tests", what=", ".join(what)) if what else tr("notes_tests_none"), "text"))
        if options:
            lines += [(choice_note(run, view, c, lang, tr), "text") for c in view.choices]
    lines += [(line, "muted") for line in coming(run, lang, tr)]
    lines.append((f"{Path(run.entry.path).name} · F5", "muted"))
    return lines


READING = ("bar_flow", "situation_flow", "text_flow")  # the play screen's text: never covered


def text_rects(screen) -> list:
    """Where the screen shows words to read: its dialogue, options and top bar (every panel of a
    screen that names none of these)."""
    named = [getattr(screen, name) for name in READING if hasattr(screen, name)]
    flows = named or list(screen.flows())
    rects = [pygame.Rect(f.rect) for f in flows if f.items and f.rect.width and f.rect.height]
    panel = getattr(screen, "text_panel", None)
    if named and isinstance(panel, pygame.Rect):
        rects.append(pygame.Rect(panel))
    return rects


def _gaps(spans, limit: int) -> list:
    """The free stretches of 0..limit between the (start, end) spans."""
    free, at = [], 0
    for start, end in sorted(spans):
        if start > at:
            free.append((at, start))
        at = max(at, end)
    if at < limit:
        free.append((at, limit))
    return free


def free_rect(screen, size, pad: int) -> pygame.Rect:
    """The largest band of the window clear of the screen's text (full-width rows between text and
    full-height columns beside it), or the room the screen keeps for the notes."""
    own = getattr(screen, "notes_rect", None)
    if own is not None:
        return pygame.Rect(own)
    w, h = size
    rects = text_rects(screen)
    if not rects:
        return pygame.Rect(pad, pad, w - 2 * pad, h - 2 * pad)
    rows = [
        pygame.Rect(pad, a + pad, w - 2 * pad, b - a - 2 * pad)
        for a, b in _gaps([(r.top, r.bottom) for r in rects], h)
    ]
    cols = [
        pygame.Rect(a + pad, pad, b - a - 2 * pad, h - 2 * pad)
        for a, b in _gaps([(r.left, r.right) for r in rects], w)
    ]
    bands = [r for r in rows + cols if r.width > 0 and r.height > 0] or [pygame.Rect(pad, pad, 0, 0)]
    return max(bands, key=lambda r: r.width * r.height)


def notes_look(look, settings) -> Look:
    """The notes are read at the facilitator's distance: the ordinary (not projector) sizes."""
    return Look(look.size, settings.text_size if settings else 0, look.hc, look.lang)


def _columns(imgs, box, pad: int):
    """(x, y, image) placements filling columns top to bottom; None when they do not fit."""
    out, x, y, col_w = [], box.x + pad, box.y + pad, 0
    for img in imgs:
        if y + img.get_height() > box.bottom - pad and y > box.y + pad:  # the next column
            x, y, col_w = x + col_w + pad, box.y + pad, 0
        if x + img.get_width() > box.right - pad + 1 or y + img.get_height() > box.bottom - pad + 1:
            return None
        out.append((x, y, img))
        col_w = max(col_w, img.get_width())
        y += img.get_height() + pad // 2
    return out


def layout_notes(lines, notes, box):
    """The notes in one, two or three columns, at the notes' size or a little smaller, as fits; the
    last lines go when nothing fits. Returns the placements and the box they need."""
    pad = notes.pad
    while True:
        for step in (1.0, 0.85):
            look = Look(notes.size, 0, notes.hc, notes.lang)
            look.step = notes.step * step
            for n in (1, 2, 3):
                width = (box.width - (n + 1) * pad) // n
                if width < 80:
                    break
                imgs = [look.text(t, "small", c, wrap=width, bold=i == 0) for i, (t, c) in enumerate(lines)]
                placed = _columns(imgs, box, pad)
                if placed is not None:
                    bottom = max(y + img.get_height() for _, y, img in placed) + pad
                    return placed, pygame.Rect(box.x, box.y, box.width, min(box.height, bottom - box.y))
        if len(lines) <= 2:
            return [], box
        lines = lines[:-1]


def draw_trainer(run, look, tr, surf, screen=None, settings=None) -> None:
    notes = notes_look(look, settings)
    box = free_rect(screen, surf.get_size(), look.pad) if screen is not None else None
    if box is None or box.width < 120 or box.height < 40:
        box = pygame.Rect(look.pad, look.pad, surf.get_width() - 2 * look.pad, surf.get_height() // 3)
    inline = getattr(screen, "notes_inline", False)
    placed, box = layout_notes(trainer_lines(run, tr, notes.lang, options=not inline), notes, box)
    veil = pygame.Surface(box.size, pygame.SRCALPHA)
    veil.fill((0, 0, 0, 225))
    surf.blit(veil, box.topleft)
    pygame.draw.rect(surf, notes.c["accent"], box, 2)
    for x, y, img in placed:
        surf.blit(img, (x, y))
