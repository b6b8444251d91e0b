"""The facilitator's keys on the vote screen: under the options when the right column leaves room for
them (after the phones' QR code, which comes first), so that the situation keeps the left column's lines;
else only the keys a vote needs, with the votes so far, above the situation."""

from __future__ import annotations

import pygame

from .vote_phones import QR_SHARE


def place_keys(screen, look, right: pygame.Rect, left_w: int) -> pygame.Rect:
    """Sets the screen's `note` (above the situation) and `keys_note`/`keys_at` (under the options, or
    None); returns the part of the right column left for the options and the QR code."""
    pad = look.pad
    said, keys = screen.status_parts()
    screen.keys_note = look.text(keys, "small", "muted", wrap=right.width)
    room = right.height - screen.keys_note.get_height() - pad
    under = screen.options.content_h <= room
    if under and screen.phones.active:  # the QR code comes first under the options: room for both?
        under = room - screen.options.content_h - 2 * pad >= look.size[1] * QR_SHARE
    if not under:  # a crowded vote: the options take the whole column, the few keys it needs go left
        screen.keys_note = None
        said, keys = screen.status_parts(short=True)
        screen.note_text = f"{said}\n{keys}"
        screen.note = look.text(screen.note_text, "small", "muted", wrap=left_w)
        return right
    screen.keys_at = (right.x, right.bottom - screen.keys_note.get_height())
    column = pygame.Rect(right.x, right.y, right.width, room)
    screen.options.place(column)
    screen.options.layout(look)
    screen.note_text = said
    screen.note = look.text(said, "small", "muted", wrap=left_w)
    return column
