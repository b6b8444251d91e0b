"""The vote screen's phones (issue 16): the class votes from its phones through game.classroom.

While the vote is open the projector shows the QR code of the address, the address itself and how many
phones have voted (never who); the tally's bars follow the votes as they come. The facilitator closes
the vote (C, Enter or the button): the server refuses every later vote and the tally is final. When the
server cannot listen, why is said in both languages and the vote falls back to hand entry.
"""

from __future__ import annotations

import queue

import pygame

QR_DARK, QR_LIGHT = (0, 0, 0), (255, 255, 255)
QR_SHARE = 0.22  # of the window height: the least room a QR code read from the back of the room needs


def question(view, choices) -> dict:
    """What a phone shows: the situation, speaker by speaker, and the options as numbered here, in both
    languages (the phone picks its own)."""
    lines = view.lines if view is not None else ()
    return {
        "situation": [
            {
                "speaker": line.speaker.name if line.speaker else "",
                "text": {"id": line.text.id, "en": line.text.en},
            }
            for line in lines
        ],
        "options": [
            {"id": c.id, "n": c.index + 1, "text": {"id": c.text.id, "en": c.text.en}} for c in choices
        ],
    }


def next_place(mode):
    """Where phones vote after P: off, then each of this machine's addresses in turn (the port kept)."""
    from game.classroom import address  # noqa: PLC0415

    now = mode.phones_at
    hosts = address.local_addresses()
    if now is not None and now.host not in hosts:
        hosts.insert(0, now.host)
    port = now.port if now is not None else address.DEFAULT_PORT
    places = [None] + [address.Address(host, port) for host in hosts]
    return places[(places.index(now) + 1) % len(places)]


def switch_phones(screen) -> None:
    """P on the vote screen: the next place phones vote from, kept in the workshop profile; the vote
    starts again on the phones (the hands entered stay)."""
    mode = screen.ctx.flow.class_mode
    if mode is None:
        return
    chosen = next_place(mode)
    if chosen is None and mode.phones_at is None:
        screen.ctx.notify(screen.tr("phones_none"), 6)
        return
    screen.phones.finish()
    mode.choose_phones(chosen)
    screen.phones = PhoneVote(screen.ctx, screen.choices, screen.view)
    screen.layout()


def place_block(screen, look, right, top: int, left_w: int) -> int:
    """The QR code and the address under the options when they leave room (large, for the back of
    the room), else above the situation; how far the situation moves down for it."""
    pad = look.pad
    spare = right.height - screen.options.content_h - 2 * pad
    y = right.y + screen.options.content_h + 2 * pad
    roomy = spare >= look.size[1] * QR_SHARE  # a QR code a phone reads from the back of the room
    block = screen.phones.place(look, screen.tr, right.x, y, right.width, spare, large=True) if roomy else 0
    if block and block <= spare:
        screen.phones.move(0, right.bottom - block - y)  # at the foot of the column
        screen.options.place(pygame.Rect(right.x, right.y, right.width, screen.options.content_h))
        screen.options.layout(look)
        return 0
    room = screen.foot.rect.y - pad - top  # the situation keeps three lines under its pinned start
    keep = 3 * look.line_h("body") + 2 * look.line_h("small") + 3 * pad
    block = screen.phones.place(look, screen.tr, pad, top, left_w, min(room * 0.55, room - keep))
    return block + pad if block else 0


def place_text(ctx, tr) -> str:
    mode = ctx.flow.class_mode
    at = mode.phones_at if mode is not None else None
    return tr("phones_choose", addr=at.short if at is not None else tr("phones_off"))


def fits(look, words, width: int, height: int, need) -> set:
    """Which of `words` fit in `height`, taken in the order of `need` (the first is always kept)."""
    keep, used = set(), 0
    for n in need:
        text, role, color, bold = words[n]
        h = look.text(text, role, color, bold=bold, wrap=max(40, width)).get_height() + look.pad // 3
        if keep and used + h > height:
            continue
        keep.add(n)
        used += h
    return keep


class PhoneVote:
    """One vote's side on the phones: the server's events in, the block beside the situation out."""

    def __init__(self, ctx, choices, view):
        self.ctx, self.choices = ctx, choices
        self.counts = [0] * len(choices)
        self.voters = 0
        self.closed_at = ""
        self.problem = None  # (Indonesian, English): why the phones could not vote
        mode = ctx.flow.class_mode if ctx.flow.workshop else None
        self.server = mode.phone_server() if mode is not None else None
        self.vote_id = self.server.open_vote(question(view, choices)) if self.server is not None else ""
        # listening: the server said so (its event, read at the first vote) or already did (a later vote)
        self.listening = self.server is not None and self.server.state == "ready"
        if self.server is not None:  # a vote the facilitator went back from comes back with its votes
            _, self.counts, self.voters, _ = self.server.snapshot()
        self.played = False  # the vote decided the choice (its close is final)
        self._qr = None  # (the code at one pixel per module, {pixels per module: the code scaled})
        self.surfaces: list = []  # (surface, (x, y)) of the block, placed by place()
        self.texts: list = []  # the words placed there (for tests and tools)
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.qr_rect = None  # where the QR code is drawn while the vote is open

    @property
    def active(self) -> bool:
        """Phones take part in this vote (the server is listening or about to)."""
        return self.server is not None and self.problem is None

    @property
    def ready(self) -> bool:
        return self.active and self.listening

    @property
    def is_open(self) -> bool:
        return self.active and not self.closed_at

    @property
    def shape(self) -> tuple:
        """What the block shows (the vote screen's fit is kept per shape)."""
        return (self.active, self.ready, bool(self.closed_at))

    def fit(self, situation, look) -> bool:
        """The block leaves the situation two lines or more, and shows the QR code while it is open."""
        if not self.active:
            return True
        shown = self.qr_rect is not None or not (self.ready and self.is_open)
        return shown and situation.port.height >= 2 * look.line_h("body")

    def poll(self) -> bool:
        """Read what the server said since the last frame; True when the screen must change."""
        if self.server is None:
            return False
        changed = False
        while True:
            try:
                event = self.server.events.get_nowait()
            except queue.Empty:
                return changed
            if event[0] == "ready":
                self.listening = changed = True
            elif event[0] == "failed":
                self.problem = event[1:3]
                self.ctx.notify(self.ctx.tr("phones_failed"), 6)  # why, in both languages: in the block
                changed = True
            elif event[0] == "tally" and event[1] == self.vote_id and not self.closed_at:
                self.counts, self.voters = list(event[2]), event[3]
                changed = True

    def close(self, resumable: bool = False) -> None:
        """No more votes from phones: the counts as the server holds them at this moment."""
        if not self.is_open:
            return
        self.server.close_vote(resumable)
        vote_id, counts, voters, _ = self.server.snapshot()
        if vote_id == self.vote_id:
            self.counts, self.voters = counts, voters
        self.closed_at = self.server.closed_at or "--:--"

    def reopen(self) -> None:
        if self.active and self.closed_at:
            self.server.reopen()
            self.closed_at = ""

    def finish(self) -> None:
        """The screen is leaving: a vote still open is closed (a phone is told so); unplayed, the same
        decision's next vote opens it again."""
        if self.active and not self.played:
            if not self.is_open:
                self.server.close_vote(resumable=True)
            self.close(resumable=True)

    # -- the block beside the situation ----------------------------------------------------
    def qr_surface(self, side: int):
        """The QR code in whole pixels per module, at most `side` wide (made once, scaled per size)."""
        if self._qr is None:
            from game.classroom.qr import matrix  # noqa: PLC0415

            rows = matrix(self.server.address.url)
            small = pygame.Surface((len(rows), len(rows)))
            small.fill(QR_LIGHT)
            for y, row in enumerate(rows):
                for x, dark in enumerate(row):
                    if dark:
                        small.set_at((x, y), QR_DARK)
            self._qr = (small, {})
        small, sizes = self._qr
        n = small.get_width()
        module = max(1, side // n)
        if module not in sizes:
            sizes[module] = pygame.transform.scale(small, (n * module, n * module))
        return sizes[module]

    def place(self, look, tr, x: int, y: int, width: int, height: int, large: bool = False) -> int:
        """Lay the block out at (x, y) in `width`, its QR code at most `height` high (larger words when
        `large`); its height (0 when phones take no part)."""
        self.surfaces, self.qr_rect, self.texts = [], None, []
        if self.server is None:
            return 0
        pad = look.pad
        if self.problem is not None:
            lang_first = 1 if look.lang == "en" else 0
            words = (self.problem[lang_first], self.problem[1 - lang_first], tr("phones_failed"))
            return self._column(look, [(w, "small", "warn", False) for w in words], x, y, width, height)
        if not self.ready:
            addr = self.server.address.short
            return self._column(
                look, [(tr("phones_starting", addr=addr), "body", "muted", False)], x, y, width
            )
        if self.closed_at:
            line = tr("phones_closed", at=self.closed_at, n=self.voters)
            return self._column(look, [(line, "h2" if large else "body", "accent", True)], x, y, width)
        most = look.size[1] * (0.42 if large else 0.3)  # large enough to scan from the back of a room
        side = max(96, min(round(width * (0.4 if large else 0.46)), round(height), round(most)))
        if height < 96:  # no room for a code a phone can read: the address alone
            line = f"{tr('phones_open_at')} {self.server.address.short} · {tr('phones_count', n=self.voters)}"
            return self._column(look, [(line, "body", "text", True)], x, y, width)
        qr = self.qr_surface(side)
        self.surfaces.append((qr, (x, y)))
        self.qr_rect = qr.get_rect(topleft=(x, y))
        right = x + qr.get_width() + pad
        big, mid = ("h1", "h2") if large else ("h2", "body")
        address, beside = self.server.address.short, x + width - right
        # the address on one line, never broken inside the number a trainee types: smaller if it must
        role = next(
            (r for r in (big, mid, "body") if look.text(address, r, "text", bold=True).get_width() <= beside),
            "small",
        )
        self.address_role = (role, beside)  # (role, the width it has)
        words = [
            (tr("phones_scan"), big, "accent", True),
            (tr("phones_open_at"), "small", "muted", False),
            (address, self.address_role[0], "text", True),
            (tr("phones_count", n=self.voters), mid, "text", False),
            (tr("phones_anon"), "small", "muted", False),
        ]
        keep = fits(look, words, beside, qr.get_height(), need=(2, 3, 0, 4, 1))
        used = self._column(look, [w for n, w in enumerate(words) if n in keep], right, y, beside)
        if used < qr.get_height():  # the words beside the code, centred on it
            lift = (qr.get_height() - used) // 2
            self.surfaces[1:] = [(image, (sx, sy + lift)) for image, (sx, sy) in self.surfaces[1:]]
        self.rect = pygame.Rect(x, y, width, max(qr.get_height(), used))
        return self.rect.height

    def move(self, dx: int, dy: int) -> None:
        self.surfaces = [(image, (x + dx, y + dy)) for image, (x, y) in self.surfaces]
        self.rect = self.rect.move(dx, dy)
        self.qr_rect = self.qr_rect.move(dx, dy) if self.qr_rect is not None else None

    def _column(self, look, words, x, y, width, height: float = 0) -> int:
        """Lines one under another (those after the first only while they fit in `height`, when given)."""
        top = y
        for text, role, color, bold in words:
            surf = look.text(text, role, color, bold=bold, wrap=max(40, width))
            if height and y > top and y + surf.get_height() - top > height:
                break
            self.surfaces.append((surf, (x, y)))
            self.texts.append(text)
            y += surf.get_height() + look.pad // 3
        self.rect = pygame.Rect(x, top, width, y - top)
        return y - top

    def draw(self, surf) -> None:
        for image, at in self.surfaces:
            surf.blit(image, at)
