"""Workshop: the class discusses the options, votes (raised hands the facilitator enters, or phones),
the majority is played.

A presenter layout for a projector: a large countdown, the situation and the button that plays the
majority on the left, every option with its tally as a bar on the right, over the whole height. The
options keep their text size (~33 px at 1080p): a crowded vote first narrows the situation's column
(the situation then scrolls line by line under its pinned start), and only then steps its text down a
little, never below ~30 px. Opening the vote casts no vote: the choice that opened it only brought the
class here. With phones (`--phones`, vote_phones.py) the QR code and the address sit above the situation,
the bars follow the phones' votes (raised hands entered with 1-9 add to them), the facilitator closes
the vote (C or Enter) and plays the majority; a tie is the facilitator's to pick among the tied options.
"""

from __future__ import annotations

import pygame

from ..intents import Act, Vote, Voted
from ..widgets import Button, ScrollFlow, Summary
from .base import NUMBER_KEYS, Screen
from .presenter import TallyOption, clock_text, presenter_look, situation_items
from .vote_keys import place_keys
from .vote_phones import PhoneVote, place_block, place_text, switch_phones

PLUS_KEYS = (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS)
STEP = 0.95  # a crowded vote's text steps down by this share at a time
FLOOR_PX = 30  # the least body text at 1080p (scaled to the window) a vote steps down to
NOTES_FLOOR_PX = 24  # the same with the facilitator's notes (F3) sharing the screen
COLUMNS = (0.38, 0.3)  # the situation's column, as a share of the width: as shown, then for a crowded vote
MINUS_KEYS = (pygame.K_MINUS, pygame.K_KP_MINUS)


class VoteScreen(Screen):
    def __init__(self, ctx, choices, first: int = -1, view=None):
        super().__init__(ctx)
        self.choices = choices
        self.hands = [0] * len(self.choices)  # `first` (the key that opened the vote) casts nothing
        self.order: list = []  # votes in the order entered, for Backspace
        pressed = pygame.key.get_pressed()  # the key that opened the vote may still be down
        self.down = {k for k in NUMBER_KEYS if pressed[k]}
        run = self.ctx.flow.run
        self.view = view if view is not None else (run.session.view() if run is not None else None)
        self.phones = PhoneVote(ctx, self.choices, self.view)  # takes no part unless --phones
        self.situation = ScrollFlow(fade="panel", whole_lines=True)
        self.options = ScrollFlow(spacing=0.25)
        self.foot = ScrollFlow(spacing=0.2)
        self.running = False
        self.scrolled_for = None  # the F3 state the situation was last scrolled to its end for
        self.left = float(self.seconds)
        self.fitted = None  # (window, language, text size, F3) -> the text step and column that fit

    # -- the timer -------------------------------------------------------------------
    @property
    def profile(self):
        mode = self.ctx.flow.class_mode
        return mode.profile if mode is not None else None

    @property
    def seconds(self) -> int:
        return self.profile.vote_seconds if self.profile is not None else 120

    def clock(self) -> str:
        if not self.seconds:
            return self.tr("timer_off")
        text = clock_text(self.left)
        return text if self.running or self.left <= 0 else f"{text} {self.tr('timer_paused')}"

    def change_timer(self, step: int) -> None:
        if self.profile is not None:
            self.profile.next_timer(step)
            self.ctx.save_settings()  # into the workshop profile
        self.left, self.running = float(self.seconds), False
        self.layout()

    def toggle_discuss(self) -> None:
        if self.profile is not None:
            self.profile.discuss = not self.profile.discuss
            self.ctx.save_settings()
            self.layout()

    # -- the tally -------------------------------------------------------------------
    @property
    def tally(self) -> list:
        """The votes per option: the raised hands entered plus the phones' votes."""
        return [h + p for h, p in zip(self.hands, self.phones.counts)]

    def leaders(self) -> list:
        tally = self.tally
        best = max(tally, default=0)
        return [i for i, n in enumerate(tally) if best and n == best]

    def winner(self):
        leaders = self.leaders()
        return leaders[0] if len(leaders) == 1 else None

    @property
    def closed(self) -> bool:
        """A phone vote the facilitator closed: its tally is final (a tie is theirs to pick)."""
        return self.phones.active and not self.phones.is_open

    def vote(self, index: int, step: int = 1) -> None:
        if self.closed:  # no more votes: a tied option's number picks it
            if step > 0 and index in self.leaders():
                self.play(index)
            return
        if 0 <= index < len(self.hands):
            self.hands[index] = max(0, self.hands[index] + step)
            if step > 0:
                self.order.append(index)
            self.layout()

    def close_vote(self, close: bool = True) -> None:
        if close:
            self.phones.close()
        else:
            self.phones.reopen()
        self.ctx.sounds.play("event" if close else "click")
        self.layout()

    def play(self, index: int) -> None:
        self.phones.played = True
        votes = {c.id: n for c, n in zip(self.choices, self.tally) if n}
        self.ctx.nav.pop(Voted(index, votes))  # the game below plays it

    def title(self):
        return self.tr("discuss")

    def option_items(self):
        lang, most, total = self.ctx.lang, max(self.tally, default=0), sum(self.tally)
        leader, notes = self.winner(), self.option_notes()
        tied = set(self.leaders()) if self.closed and leader is None else set()
        return [
            TallyOption(
                choice.text.get(lang),
                Vote(choice.index),
                choice.index + 1 if choice.index < 9 else None,
                n,
                most,
                total,
                leading=choice.index == leader or choice.index in tied,
                sub=notes.get(choice.index, ""),
            )
            for choice, n in zip(self.choices, self.tally)
        ]

    notes_inline = True  # F3: each option's note under its words; the panel keeps the rest

    def option_notes(self) -> dict:
        """F3: what each option reveals and moves, in words (the facilitator's notes)."""
        run = self.ctx.flow.run
        if not self.ctx.flow.trainer or run is None or self.view is None:
            return {}
        from .trainer import choice_note  # noqa: PLC0415

        lang = self.ctx.lang
        return {c.index: choice_note(run, self.view, c, lang, self.tr, numbered=False) for c in self.choices}

    def status(self) -> str:
        """What the facilitator needs to know: the votes so far, and the keys."""
        return "\n".join(self.status_parts())

    def status_parts(self, short: bool = False) -> tuple[str, str]:
        """(the votes so far, the keys and the setup): the keys go under the options when they leave room
        there, so that the situation keeps the left column's lines; `short`: only the keys a vote needs
        (a crowded vote, where they must share the left column with the situation)."""
        if self.winner() is None and any(self.tally):
            said = self.tr("tie_pick" if self.closed else "tie")
        else:
            said = self.tr("votes_n", n=sum(self.tally)) if any(self.tally) else self.tr("no_votes")
        if short:
            return said, self.tr("phones_keys_short" if self.phones.active else "vote_keys_short")
        keys = self.tr("phones_keys" if self.phones.active else "vote_keys")
        profile = self.profile
        minutes = self.tr("timer_minutes", m=self.seconds // 60) if self.seconds else self.tr("timer_off")
        pause = self.tr("on" if profile is None or profile.discuss else "off")
        return (
            said,
            f"{keys} {self.tr('vote_setup', timer=minutes, pause=pause)} {place_text(self.ctx, self.tr)}",
        )

    def foot_items(self):
        if self.phones.is_open:
            return [Button(self.tr("close_vote"), Act.SUBMIT, style="primary", center=True)]
        return [
            Button(
                self.tr("play_majority"),
                Act.PLAY,
                style="primary",
                center=True,
                enabled=self.winner() is not None,
            )
        ]

    # -- layout and drawing ----------------------------------------------------------
    def layout(self):
        floor = NOTES_FLOOR_PX if self.ctx.flow.trainer else FLOOR_PX  # readable at the back of a room
        key = (self.ctx.flow.trainer, self.ctx.lang, self.look.size, self.ctx.settings.text_size)
        key += self.phones.shape
        tries = [(step, share) for step in self.steps(floor) for share in COLUMNS]
        last = self.fitted[1] if self.fitted is not None and self.fitted[0] == key else None
        if last is not None:  # a new vote or a tick: the same fit first
            tries.insert(0, last)
        fallback = None  # the options fit, the phones' block and the situation squeezed
        for step, share in tries:  # a crowded vote narrows the situation, then steps down a little
            self.place(step, share)
            if self.options.content_h <= self.options.rect.height:
                fallback = fallback or (step, share)
                if (step, share) == last or self.phones.fit(self.situation, self.pl):
                    self.fitted = (key, (step, share))
                    break
        else:
            if fallback is not None:
                self.place(*fallback)
                self.fitted = (key, fallback)
        if self.scrolled_for != self.trainer:  # first shown, or F3 made room: the passage's last words
            self.scrolled_for = self.trainer  # (its question) in view; the class has read the rest
            self.situation.scroll_bottom()

    def steps(self, floor: float) -> list[float]:
        """The presenter's text as chosen, then a little smaller each time down to `floor` px (at 1080p)."""
        steps, step = [1.0], 1.0
        while True:
            step = round(step * STEP, 3)
            size = presenter_look(self.look, self.ctx.settings, step)
            if size.px("body") * 1080 / size.size[1] < floor - 0.5:
                return steps
            steps.append(step)

    def place(self, step: float, share: float = COLUMNS[0]) -> None:
        """The left column: the heading and the countdown, the votes so far and the keys, the situation
        (its start pinned when it scrolls) and the button that plays the majority; the right column:
        every option with its tally."""
        look = self.pl = presenter_look(self.look, self.ctx.settings, step)
        w, h = look.size
        pad = look.pad
        left_w = round((w - 3 * pad) * share)
        self.heading = look.text(self.title(), "h1", "accent", bold=True)
        if self.seconds:  # the countdown, large; grey while paused
            color = "text" if self.running or self.left <= 0 else "muted"
            self.big = look.text(clock_text(self.left), "title", color, bold=True)
        else:
            self.big = look.text(self.tr("timer_off"), "small", "muted", bold=True)
        paused = self.seconds and not self.running and self.left > 0
        self.paused = look.text(self.tr("timer_paused"), "small", "muted") if paused else None
        clock_h = self.big.get_height() + (self.paused.get_height() if self.paused else 0)
        if self.heading.get_width() + self.big.get_width() + pad > left_w:  # a narrow column: stacked
            clock_h += self.heading.get_height()
        right = pygame.Rect(2 * pad + left_w, pad, w - left_w - 3 * pad, h - 2 * pad)
        focus = self.options.focus
        self.options.set_items(self.option_items(), keep_offset=True)
        self.options.place(right)
        self.options.layout(look)
        column = place_keys(self, look, right, left_w)  # under the options, or with the votes on the left
        self.options.focus = focus if focus < len(self.options.buttons()) else -1
        self.note_y = pad + max(self.heading.get_height(), clock_h) + pad // 2
        top = self.note_y + self.note.get_height() + pad
        self.foot.set_items(self.foot_items(), keep_offset=True)
        self.foot.place((pad, 0, left_w, h))
        self.foot.layout(look)
        self.foot.place((pad, h - pad - self.foot.content_h, left_w, self.foot.content_h))
        self.foot.layout(look)
        top += place_block(self, look, column, top, left_w)  # the QR code and the address
        self.left_rect = pygame.Rect(pad, top, left_w, max(0, self.foot.rect.y - pad - top))
        self.notes_rect = None  # F3: the facilitator's notes under the situation, never over the text
        self.trainer = self.ctx.flow.trainer
        if self.trainer:
            bottom = self.left_rect.bottom
            self.left_rect.height = round(self.left_rect.height * 0.6)
            below = self.left_rect.bottom + pad
            self.notes_rect = pygame.Rect(pad, below, self.left_rect.width, max(0, bottom - below))
        sit = self.situation
        at_end = sit.content_h >= 0 and sit.offset >= sit.max_offset()  # a vote or a tick keeps it there
        sit.set_items(situation_items(self.view, self.ctx.lang), keep_offset=True)
        sit.pin = None
        sit.place(self.left_rect.inflate(-2 * pad, -2 * pad))
        sit.layout(look)
        if sit.content_h > sit.rect.height:  # it scrolls: who spoke first and what they said, pinned
            sit.pin = self.situation_pin()
            sit.layout(look)
        if at_end:
            sit.scroll_bottom()

    def situation_pin(self):
        lines = self.view.lines if self.view is not None else ()
        if not lines:
            return None
        first = lines[0]
        return Summary.opening(first.speaker.name if first.speaker else "", first.text.get(self.ctx.lang))

    def flows(self):
        return (self.situation, self.options, self.foot)

    def look_for(self, flow):
        """Every panel here is drawn with the presenter's own look (its own text sizes)."""
        return getattr(self, "pl", None) or self.look

    def draw(self, surf):
        look = self.pl
        pad, right = look.pad, self.left_rect.right
        surf.fill(look.c["bg"])
        surf.blit(self.heading, (pad, pad))
        stacked = self.heading.get_width() + self.big.get_width() + pad > self.left_rect.width
        clock_y = pad + (self.heading.get_height() if stacked else 0)
        surf.blit(self.big, (right - self.big.get_width(), clock_y))
        if self.paused is not None:
            surf.blit(self.paused, (right - self.paused.get_width(), clock_y + self.big.get_height()))
        surf.blit(self.note, (pad, self.note_y))
        if self.keys_note is not None:
            surf.blit(self.keys_note, self.keys_at)
        self.phones.draw(surf)
        look.panel(surf, self.left_rect, "panel")
        for flow in self.flows():
            flow.draw(surf, look)

    def speech_text(self) -> str:
        lang = self.ctx.lang
        parts = [self.title()] + [line.text.get(lang) for line in (self.view.lines if self.view else ())]
        parts += [f"{c.text.get(lang)}: {self.tr('tally_n', n=n)}" for c, n in zip(self.choices, self.tally)]
        return ". ".join(parts)

    # -- input -----------------------------------------------------------------------
    def handle_event(self, event):
        if event.type == pygame.KEYDOWN:
            k = event.key
            if k in NUMBER_KEYS:
                if k not in self.down:  # one vote per press: a held key's repeats add none
                    self.down.add(k)
                    self.vote(NUMBER_KEYS.index(k) % 9)
            elif k == pygame.K_p:
                switch_phones(self)  # where phones vote: off, or one of this laptop's addresses
            elif k == pygame.K_c and self.phones.active:
                self.close_vote(self.phones.is_open)
            elif k in (pygame.K_RETURN, pygame.K_KP_ENTER) and self.phones.is_open and self.options.focus < 0:
                self.close_vote()
            elif k == pygame.K_BACKSPACE and self.order and not self.closed:
                self.vote(self.order.pop(), -1)
            elif k == pygame.K_t and self.seconds:
                self.running = not self.running and self.left > 0
                self.layout()
            elif k == pygame.K_r:
                self.left, self.running = float(self.seconds), False
                self.layout()
            elif k in PLUS_KEYS or k in MINUS_KEYS:
                self.change_timer(1 if k in PLUS_KEYS else -1)
            elif k == pygame.K_d:
                self.toggle_discuss()
            elif k == pygame.K_ESCAPE:
                self.ctx.nav.pop()
            elif k in (pygame.K_PAGEUP, pygame.K_PAGEDOWN):
                self.situation.handle_event(event, self.pl)
            elif k in (pygame.K_RETURN, pygame.K_KP_ENTER) and self.options.focus < 0:
                self.act(Act.PLAY)
            else:
                self.route(event)
            return
        if event.type == pygame.KEYUP:
            self.down.discard(event.key)
        self.route(event)

    def route(self, event):
        flows = (self.options,) if event.type == pygame.KEYDOWN else (self.options, self.foot, self.situation)
        for flow in flows:
            intent = flow.handle_event(event, self.pl)
            if intent is not None:
                self.ctx.sounds.play("click")
                self.on_intent(intent)
                return

    def update(self, dt):
        if self.trainer != self.ctx.flow.trainer or self.phones.poll():  # F3 made room, or phones voted
            self.layout()
            return True
        if not self.running:
            return False
        shown = int(self.left + 0.999)
        self.left = max(0.0, self.left - dt)
        if self.left <= 0:
            self.running = False
            self.ctx.sounds.play("event")
        if int(self.left + 0.999) != shown or not self.running:
            self.layout()
            return True
        return False

    def wants_redraw(self) -> bool:
        return any(f.dirty for f in self.flows())

    def act(self, intent):
        match intent:
            case Vote(index):
                self.vote(index)
            case Act.SUBMIT if self.phones.is_open:
                self.close_vote()
            case Act.PLAY if self.phones.is_open:
                self.close_vote()
            case Act.PLAY if self.winner() is not None:
                self.play(self.winner())

    def exit(self):
        self.phones.finish()  # a vote left open is closed: the phones are told so
