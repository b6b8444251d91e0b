"""Player: who is playing. A trainee types their name (a new profile) or picks it from the players on
this laptop; in a workshop, the team's name (the class profile's, kept apart).

A name typed that another player already has is asked about: "is that you?" - yes plays as that
player, no makes a player of one's own ("Ani (2)"), so two people never share saves or results by
accident. The first name typed on a laptop nobody named yet becomes that player's, with its saves.

A trainee may give a learner id (NIP, email, LMS user name; optional), kept in their profile and in
the records: a name typed with a learner id that another player of that name has is that player; with
another learner id it is another learner (a profile of their own, under the same name). In a workshop
the facilitator gives the class, batch and organisation once for the class session (game.ui.workshop).
"""

from __future__ import annotations

import pygame

from .. import profiles, saves, storage
from ..intents import Act, Pick, Sapaan
from ..widgets import Box, Button, Gap, Label, Row
from ..widgets.entry import TextEntry
from ..workshop import CLASS_CHARS, CLASS_FIELDS
from .base import TextEntryScreen

FORMS = ("", "bu", "pak")


def _entry(text: str, limit: int) -> TextEntry:
    entry = TextEntry(text, limit=limit)
    entry.caret_on_focus = True  # one of several boxes: the caret shows which one keys go to
    return entry


class PlayerScreen(TextEntryScreen):
    max_width = 760

    def __init__(self, ctx, then: str = "picker"):
        super().__init__(ctx)
        self.then = then  # "picker" (Play) or "title" (the title's player button)
        self.entry = TextEntry(self.ctx.settings.player_name, limit=40)
        self.same: profiles.Player | None = None  # the player whose name was typed, being asked about
        self.others: list = []
        self.fields: dict[str, TextEntry] = {}  # learner_id (a trainee), or the class's (a workshop)
        if self.solo:
            self.prefilled = profiles.current()  # whose learner id the box starts with
            self.fields["learner_id"] = _entry(self.prefilled.learner_id, profiles.LEARNER_ID_CHARS)
        elif self.class_mode is not None and not self.class_mode.class_asked:
            info = self.class_mode.class_info()
            if not info["organisation"]:
                from game.records.settings import load_settings  # noqa: PLC0415 (one small file)

                info["organisation"] = load_settings().organisation
            self.fields = {name: _entry(value, CLASS_CHARS) for name, value in info.items()}

    @property
    def class_mode(self):
        return getattr(self.ctx.flow, "class_mode", None)

    @property
    def solo(self) -> bool:
        return not self.ctx.flow.workshop

    def title(self):
        if self.same is not None:
            return self.tr("same_name_title", name=self.same.name)
        return self.tr("player_title" if self.solo else "team_title")

    def items(self):
        if self.same is not None:
            return self.question()
        self.entry.placeholder = self.tr("player_placeholder")
        sapaan = self.tr("sapaan") + ": " + self.tr("sapaan_" + self.ctx.settings.sapaan)
        items = [
            Label(self.tr("profile_hint" if self.solo else "player_hint"), "body", "muted"),
            self.entry,
            *self.field_items(),
            Button(sapaan, Sapaan(1), side=(Sapaan(-1), Sapaan(1))),
            Button(self.tr("next"), Act.NEXT, style="primary"),
        ]
        self.others = profiles.players() if self.solo else []
        if self.solo and (len(self.others) > 1 or (self.others and self.others[0].name)):
            items += [Gap(0.4), Label(self.tr("profiles_here"), "h2", "text")]
            current = profiles.current_id()
            for i, player in enumerate(self.others):
                items.append(Button(self.name_of(player), Pick(i), sub=self.about(player, current)))
        return items

    def field_items(self) -> list:
        """The learner id box (a trainee), the class's three boxes (a workshop, until the facilitator
        gave them this session), or a line that shows them and opens them again."""
        if not self.solo and not self.fields and self.class_mode is not None:
            none = self.tr("class_not_given")
            info = {k: v or none for k, v in self.class_mode.class_info().items()}
            return [Button(self.tr("class_summary", **info), Act.WORKSHOP)]
        boxes = []
        for name, entry in self.fields.items():
            entry.placeholder = self.tr("learner_id_placeholder")
            boxes.append([Label(self.tr(f"{name}_label"), "small", "muted"), entry])
        if self.solo or not boxes:
            return [item for box in boxes for item in box]
        # the class: its name across, batch and organisation side by side (it fits a projector's screen)
        side = Row([Box(box, color="bg", pad=0) for box in boxes[1:]], weights=[1, 2])
        heading = Label(self.tr("class_heading") + ". " + self.tr("class_hint"), "small", "text")
        return [Gap(0.2), heading, *boxes[0], side]

    def footer_items(self):
        return [] if self.same is not None else [Button(self.tr("back"), Act.BACK, center=True)]

    def question(self):
        same = self.same
        return [
            Label(self.tr("same_name_text", name=same.name, when=self.last(same)), "body", "text"),
            Button(self.tr("same_name_yes", name=same.name), Act.YES, style="primary"),
            Button(self.tr("same_name_no", name=profiles.distinct_name(same.name)), Act.NO),
            Button(self.tr("same_name_back"), Act.BACK),
        ]

    def name_of(self, player) -> str:
        return player.name or self.tr("player_unnamed")

    def last(self, player) -> str:
        return saves.when_text(player.last_used, self.ctx.lang) or "?"

    def about(self, player, current: str) -> str:
        parts = [self.tr("profile_last", when=self.last(player))]
        if player.learner_id:  # two players of one name are told apart by it
            parts.append(self.tr("profile_learner", id=player.learner_id))
        games = len(profiles.taken(player.id))
        if games:
            parts.append(self.tr("profile_games", n=games))
        if player.id == current:
            parts.append(self.tr("profile_now"))
        return " · ".join(parts)

    def handle_event(self, event):
        if self.same is None and event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            hit = self.flow.hit(event.pos, self.flow.buttons())
            if isinstance(hit, TextEntry):  # a click into a box puts the keys there (it submits nothing)
                self.flow.focus = self.flow.buttons().index(hit)
                self.carets()
                return
        if self.same is None and self.typing_into().handle(event):
            self.layout()
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_SPACE and self.same is None:
            return  # a space goes into the name (TEXTINPUT), not to a button
        super().handle_event(event)
        self.carets()

    def carets(self) -> None:
        """One caret: in the box keys go to (the name's, unless another box has the focus)."""
        self.entry.caret_on_focus = self.typing_into() is not self.entry

    def typing_into(self) -> TextEntry:
        """The box keys go to: the focused one, else the name."""
        buttons = self.flow.buttons()
        focused = buttons[self.flow.focus] if 0 <= self.flow.focus < len(buttons) else None
        return focused if isinstance(focused, TextEntry) else self.entry

    def back(self):
        if self.same is not None:  # Escape on the question: back to the name
            self.same = None
            self.layout()
            self.flow.focus = 0
            return
        self.ctx.nav.pop()

    def act(self, intent):
        match intent:
            case Sapaan(step):
                s = self.ctx.settings
                s.sapaan = FORMS[(FORMS.index(s.sapaan) + step) % len(FORMS)]
                self.layout()
            case Act.NEXT | Act.SUBMIT:
                self.submit(self.entry.text.strip())
            case Pick(index) if 0 <= index < len(self.others):
                self.play_as(self.others[index])
            case Act.WORKSHOP if not self.solo and self.class_mode is not None and not self.fields:
                info = self.class_mode.class_info()  # the facilitator changes the class's fields
                self.fields = {name: _entry(value, CLASS_CHARS) for name, value in info.items()}
                self.layout()
            case Act.YES if self.same is not None:
                self.play_as(self.same)
            case Act.NO if self.same is not None:
                name, self.same = profiles.distinct_name(self.same.name), None
                self.as_new(name)
            case Act.BACK:
                self.back()

    def submit(self, name: str) -> None:
        if not self.solo:  # the team's name: the workshop profile's (App.save_settings)
            self.ctx.settings.player_name = name
            if self.fields and self.class_mode is not None:
                self.class_mode.set_class(*(self.fields[k].text for k in CLASS_FIELDS))
            self.done()
            return
        current = profiles.current()
        typed = self.learner_id()
        other_id = bool(typed and current.learner_id and typed != current.learner_id)
        if " ".join(name.split()).casefold() == " ".join(current.name.split()).casefold() and not other_id:
            self.play_as(current, sapaan=self.ctx.settings.sapaan)  # the same player as now
            return
        same = profiles.same_name(name, but=current.id) if name else []
        if typed:  # a learner id tells: the same id is that player, another id another learner
            known = next((p for p in same if p.learner_id == typed), None)
            if known is not None:
                self.play_as(known)
                return
            same = [p for p in same if not p.learner_id]
        if same:
            self.same = same[0]  # "is that you?"
            self.layout()
            self.flow.focus = 0
            return
        self.as_new(name)

    def as_new(self, name: str) -> None:
        """A name nobody here has: the current player's, if nobody named them yet; else a new player."""
        current = profiles.current()
        settings = self.ctx.settings
        if not current.name and name:
            settings.player_name = name
            self.play_as(current, sapaan=settings.sapaan, name=name)
            return
        if not name:  # no name: the player nobody named (one of them, made when there is none)
            unnamed = next((p for p in profiles.players() if not p.name), None)
            if unnamed is not None:
                self.play_as(unnamed, sapaan=settings.sapaan)
                return
        # a new trainee starts from the defaults, in the language the room is using now
        player = profiles.create(name, {"lang": settings.lang, "sapaan": settings.sapaan}, self.learner_id())
        self.play_as(player)

    def play_as(self, player, sapaan: str | None = None, name: str | None = None) -> None:
        """Switch to `player`: their name and preferences (the language, text size...) in the window."""
        same = player.id == profiles.current_id()
        player = profiles.switch(player.id)
        self.keep_learner_id(player)
        settings = self.ctx.settings
        if not same:  # another player's preferences; the same player keeps what the window has now
            storage.use_player(settings, player)
        if sapaan is not None:
            settings.sapaan = sapaan
        if name is not None:
            settings.player_name = name
        self.same = None
        self.ctx.apply_settings()  # saved to the player's profile; the look may change (text size)
        self.done()

    def learner_id(self) -> str:
        entry = self.fields.get("learner_id")
        return " ".join(entry.text.split()) if entry is not None else ""

    def keep_learner_id(self, player) -> None:
        """The box's learner id into the profile played as: always for the player it showed, and for
        another player only when it was typed (picking a name keeps that player's own id)."""
        if "learner_id" not in self.fields:
            return
        typed = self.learner_id()
        if player.id != self.prefilled.id and (not typed or typed == self.prefilled.learner_id):
            return
        if player.learner_id != typed:
            player.learner_id = typed
            profiles.write_player(player)

    def done(self) -> None:
        if not self.solo:
            self.ctx.save_settings()  # the team's name, into the workshop profile
        if self.then == "title":
            self.ctx.nav.pop()
        else:
            self.ctx.nav.replace("picker")
