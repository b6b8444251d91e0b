"""F3 trainer overlay: node, meters, flags and pending events, for the person running the session."""

from __future__ import annotations

from pathlib import Path

import pygame

from ..widgets.meter import fmt


def trainer_lines(run, tr) -> list:
    session = run.session
    state = session.state
    lines = [tr("trainer"), f"{tr('node')}: {state.node}   turn {state.turn}   day {state.day}"]
    lines.append("meters: " + ", ".join(f"{k}={fmt(v)}" for k, v in state.meters.items()))
    flags = ", ".join(f"{k}={v}" for k, v in state.flags.items()) or tr("none")
    lines.append(f"{tr('flags')}: {flags}")
    pending = ", ".join(
        f"{p.event} (turn {p.due_turn if p.due_turn is not None else '-'}, "
        f"day {p.due_day if p.due_day is not None else '-'}; from {p.cause.choice})"
        for p in state.pending
    ) or tr("none")
    lines.append(f"{tr('pending')}: {pending}")
    lines.append(f"seed {session.seed} · {Path(run.entry.path).name} · F5: reload")
    return lines


def draw_trainer(run, look, tr, surf) -> None:
    width = min(surf.get_width() - 2 * look.pad, round(760 * look.s))
    imgs = [
        look.text(line, "small", "accent" if i == 0 else "text", wrap=width - 2 * look.pad, bold=i == 0)
        for i, line in enumerate(trainer_lines(run, tr))
    ]
    height = sum(i.get_height() for i in imgs) + look.pad * 2
    height = min(height, surf.get_height() - 2 * look.pad)
    top = max(look.pad, surf.get_height() // 9)  # over the scene, clear of the choices
    height = min(height, surf.get_height() - top - look.pad)
    box = pygame.Rect(look.pad, top, width, height)
    veil = pygame.Surface(box.size, pygame.SRCALPHA)
    veil.fill((0, 0, 0, 215))
    surf.blit(veil, box.topleft)
    pygame.draw.rect(surf, look.c["accent"], box, 2)
    clip = surf.get_clip()
    surf.set_clip(box)
    y = box.y + look.pad
    for img in imgs:
        surf.blit(img, (box.x + look.pad, y))
        y += img.get_height()
    surf.set_clip(clip)
