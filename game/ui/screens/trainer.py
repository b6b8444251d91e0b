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


def free_rect(screen, size, pad: int) -> pygame.Rect:
    """The largest band of the window beside the screen's text (the dialogue and its options)."""
    window = pygame.Rect((0, 0), size)
    own = getattr(screen, "notes_rect", None)
    if own is not None:
        return pygame.Rect(own)
    flows = [getattr(screen, "text_flow", None)] if hasattr(screen, "text_flow") else list(screen.flows())
    rects = [f.rect for f in flows if f is not None and f.items and f.rect.width and f.rect.height]
    if not rects:
        return window.inflate(-2 * pad, -2 * pad)
    text = rects[0].unionall(rects[1:])
    bands = [
        pygame.Rect(text.right + pad, pad, window.right - text.right - 2 * pad, window.height - 2 * pad),
        pygame.Rect(pad, pad, text.x - 2 * pad, window.height - 2 * pad),
        pygame.Rect(pad, pad, window.width - 2 * pad, text.y - 2 * pad),
        pygame.Rect(pad, text.bottom + pad, window.width - 2 * pad, window.bottom - text.bottom - 2 * pad),
    ]
    return max(bands, key=lambda r: max(0, r.width) * max(0, r.height))


def notes_look(look, settings) -> Look:
    """The notes are read at the facilitator's distance: the ordinary (not projector) sizes."""
    return Look(look.size, settings.text_size if settings else 0, look.hc, look.lang)


def draw_trainer(run, look, tr, surf, screen=None, settings=None) -> None:
    notes = notes_look(look, settings)
    box = free_rect(screen, surf.get_size(), look.pad) if screen is not None else None
    if box is None or box.width < 120 or box.height < 60:
        box = pygame.Rect(look.pad, look.pad, surf.get_width() - 2 * look.pad, surf.get_height() // 3)
    pad = notes.pad
    width = box.width - 2 * pad
    inline = getattr(screen, "notes_inline", False)
    lines = trainer_lines(run, tr, notes.lang, options=not inline)
    imgs = [
        notes.text(text, "small", color, wrap=width, bold=i == 0) for i, (text, color) in enumerate(lines)
    ]
    while _height(imgs, pad) > box.height and len(imgs) > 2:  # too little room: the last lines go first
        imgs.pop()
    box.height = min(box.height, _height(imgs, pad))
    veil = pygame.Surface(box.size, pygame.SRCALPHA)
    veil.fill((0, 0, 0, 225))
    surf.blit(veil, box.topleft)
    pygame.draw.rect(surf, notes.c["accent"], box, 2)
    clip = surf.get_clip()
    surf.set_clip(box)
    y = box.y + pad
    for img in imgs:
        surf.blit(img, (box.x + pad, y))
        y += img.get_height() + pad // 2
    surf.set_clip(clip)


def _height(imgs, pad: int) -> int:
    return sum(i.get_height() for i in imgs) + (pad // 2) * max(0, len(imgs) - 1) + 2 * pad
