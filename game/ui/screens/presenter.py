"""Pieces of the presenter layout a class reads from the back of the room: its own text scale, the
situation as a column of lines, the tally as horizontal bars and a large countdown."""

from __future__ import annotations

import pygame

from ..theme import Look
from ..widgets import Button, Label


def presenter_look(look, settings, step: float = 1.0) -> Look:
    """A look for the presenter layout: body text ~33 px at 1080p at the smallest text size (the
    text-size setting still makes it larger), whatever the projector preset does elsewhere."""
    made = Look(look.size, settings.text_size, look.hc, look.lang)
    made.step *= step  # a crowded vote steps its text down a little (fonts are made on first use)
    return made


def situation_items(view, lang: str) -> list:
    """What was said at this decision, speaker by speaker, for the left column."""
    items = []
    for line in view.lines if view is not None else ():
        if line.speaker is not None:
            items.append(Label(line.speaker.name, "small", "accent", bold=True))
        items.append(Label(line.text.get(lang), "body"))
    return items


def clock_text(seconds: float) -> str:
    secs = max(0, int(seconds + 0.999))
    return f"{secs // 60:d}:{secs % 60:02d}"


class TallyOption(Button):
    """An option as the class sees it: its number and words, its votes as a large count on the right
    and a bar along its foot (its share of the leading option)."""

    def __init__(self, label, intent, number, count: int, most: int, total: int, leading=False, sub=""):
        super().__init__(label, intent, style="choice", number=number, sub=sub)
        self.count, self.most, self.total, self.leading = count, most, total, leading

    def _count_w(self, look) -> int:
        return look.font("h1", True).size("888")[0] + look.pad

    def _bar_h(self, look) -> int:
        return max(6, round(8 * look.s))

    def layout(self, look, x, y, width):
        padx, pady = self._pads(look)
        inner = width - 2 * padx - self._num_w(look) - self._count_w(look)
        h = self._label(look, inner).get_height()
        if self.sub:  # the facilitator's note on this option (F3)
            h += self._sub(look, inner).get_height() + pady // 2
        h = max(h, look.line_h("h1"))
        self.rect = pygame.Rect(x, y, width, h + 2 * pady + self._bar_h(look) + pady // 2)
        return self.rect.height

    def draw(self, surf, look, dx, dy):
        r = self.rect.move(dx, dy)
        count_w = self._count_w(look)
        padx, pady = self._pads(look)
        below = self._bar_h(look) + pady // 2
        whole = self.rect
        self.rect = pygame.Rect(whole.x, whole.y, whole.width - count_w, whole.height - below)
        super().draw(surf, look, dx, dy)  # the option's words and badge, as a button draws them
        self.rect = whole
        color = "accent" if self.leading else "text"
        num = look.text(str(self.count), "h1", color, bold=True)
        surf.blit(num, (r.right - padx - num.get_width(), r.y + pady))
        track = pygame.Rect(r.x, r.bottom - self._bar_h(look), r.width, self._bar_h(look))
        pygame.draw.rect(surf, look.c["panel2"], track, border_radius=look.radius)
        if self.count and self.most:
            fill = track.copy()
            fill.width = max(look.radius * 2, round(track.width * self.count / self.most))
            pygame.draw.rect(
                surf, look.c["accent" if self.leading else "chart"], fill, border_radius=look.radius
            )


def class_vote_items(run, record, lang: str, tr) -> list:
    """The debrief's class votes at one decision: a heading with the count, then one line per option
    from the most votes down, the option played in bold."""
    votes = run.votes.get(str(record.turn))
    if not votes:
        return []
    items = [Label(tr("class_votes_title", n=sum(votes.values())), "small", "accent", bold=True)]
    for choice_id, n in sorted(votes.items(), key=lambda kv: -kv[1]):
        played = choice_id == record.choice
        text = run.choice_text(record.node, choice_id).get(lang)
        line = tr("class_votes_line", n=n, choice=text)
        items.append(Label(line, "small", "text" if played else "muted", bold=played))
    return items
