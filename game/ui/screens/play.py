"""Play: the scene, who speaks, the text as it is typed, the choices, the meters."""

from __future__ import annotations

import pygame

from ..guards import Delay, GuardTimes
from ..intents import Act, Choose, Voted
from ..storage import CHARS_PER_SECOND
from ..widgets import Button, Label, ScrollFlow
from ..widgets.typewriter import TypeText
from .base import NUMBER_KEYS, Screen
from .common import when
from .decision import in_columns, place_decision, place_reading, top_bar
from .scene import Scene
from .side_meters import SidePanel, meter_bars


class PlayScreen(Screen):
    def __init__(self, ctx, run):
        super().__init__(ctx)
        self.run = run
        self.scenery = Scene(self.ctx.images)
        self.text_flow = ScrollFlow(spacing=0.6, fade="panel")  # the lines while typed, then the choices
        self.situation_flow = ScrollFlow(spacing=0.6, fade="panel")  # the lines, above the choices
        self.text_look = None  # the look of the text panel (smaller text when a decision is crowded)
        self.meters_open = True  # M or the top bar's button folds the meters away for room
        self.auto_folded = False  # folded by the layout for a crowded decision, open again after it
        self.meters_turn = None  # the decision on which the player chose to show or fold them
        self.choice_columns = 1  # a crowded decision lays its options out in two columns
        self.choice_delay = Delay(GuardTimes.choices)  # choices take input once shown this long
        self.meter_flow = ScrollFlow(spacing=0.2, fade="panel")
        self.bar_flow = ScrollFlow()
        self.meters: dict = {}  # the bars, by meter id
        self.panel = SidePanel()  # their legend and the changes the cards have still to show
        self.turn = -1
        self.typing: list = []
        self.shown = 0  # lines revealed so far (the one typing included)
        self.speaker = None
        self.scaled = False  # meters drawn on the scenario's score scale (known after a search)
        self.hint_open = False  # the coach's hint for this decision is shown

    def flows(self):
        return (self.situation_flow, self.text_flow, self.meter_flow, self.bar_flow)

    def look_for(self, flow):
        """The look a panel is drawn with (the text panel's may be smaller on a crowded decision)."""
        return (self.text_look or self.look) if flow in (self.text_flow, self.situation_flow) else self.look

    def speech_text(self) -> str:
        lang = self.ctx.lang
        parts = [
            (f"{line.speaker.name}: " if line.speaker else "") + line.text.get(lang)
            for line in self.view.lines
        ]
        parts += [f"{c.index + 1}. {c.text.get(lang)}" for c in self.view.choices]
        return " ".join(parts)

    # -- building --------------------------------------------------------------------
    def enter(self):
        self.build_meters()
        self.new_node()
        super().enter()

    def new_node(self):
        run = self.run
        run.note_node()
        view = run.session.view()
        self.view = view
        if view.turn != self.turn:
            self.hint_open = False
        self.turn = view.turn
        cps = CHARS_PER_SECOND[self.ctx.settings.text_speed]
        self.built_lang = self.ctx.lang
        self.typing = []
        for line in view.lines:
            head = self.tr("narrator") if line.speaker is None else line.speaker.name
            if line.speaker is not None and line.speaker.role:
                head += " · " + line.speaker.role.get(self.ctx.lang)
            self.typing.append(
                TypeText(
                    line.text.get(self.ctx.lang),
                    cps,
                    head=head,
                    head_color="accent" if line.speaker else "muted",
                )
            )
        self.speakers = [line.speaker for line in view.lines]
        self.choice_delay.stop()
        if self.auto_folded:
            self.meters_open, self.auto_folded = True, False
        self.shown = 1 if self.typing else 0
        if cps == 0:
            self.shown = len(self.typing)
        self.ctx.read_aloud()

    def build_meters(self):
        self.meters, self.scaled = meter_bars(self.ctx, self.run)

    @property
    def all_typed(self) -> bool:
        return self.shown >= len(self.typing) and all(t.done for t in self.typing)

    @property
    def deciding(self) -> bool:
        """The text is all shown and the choices with it."""
        return self.all_typed and not self.view.over and bool(self.view.choices)

    def text_items(self):
        if self.deciding:
            self.situation_flow.set_items(self.typing, keep_offset=True)
        items = [] if self.deciding else list(self.typing[: self.shown])
        if self.all_typed and not self.view.over:
            items.append(Label(self.tr("choices_hint"), "small", "muted"))
            buttons = [
                Button(
                    choice.text.get(self.ctx.lang),
                    Choose(choice.index),
                    style="choice",
                    number=choice.index + 1 if choice.index < 9 else None,
                )
                for choice in self.view.choices
            ]
            items += in_columns(buttons, self.choice_columns)
            coach = self.view.coach
            if coach is not None and self.view.hint:
                if self.hint_open:
                    items.append(
                        Label(
                            self.tr("coach_says", name=coach.name) + " " + self.view.hint.get(self.ctx.lang),
                            "body",
                            "accent",
                        )
                    )
                else:
                    items.append(Button(self.tr("ask_coach", name=coach.name), Act.HINT, width=0.6))
        return items

    def ask_coach(self):
        if self.hint_open or not self.all_typed or self.view.over or not self.view.hint:
            return
        self.hint_open = True
        self.run.note_hint()
        self.layout()
        self.text_flow.scroll_bottom()

    def relanguage(self):
        """The language changed (from the pause menu): the same lines, fully shown, in the new one."""
        shown = self.shown
        self.new_node()
        for item in self.typing:
            item.finish()
        self.shown = max(shown, len(self.typing))

    def layout(self):
        look, (w, h) = self.look, self.look.size
        pad = look.pad
        lang = self.ctx.lang
        if getattr(self, "built_lang", lang) != lang:
            self.relanguage()
        # top bar: one line of when and where (the place shortened first), then the buttons
        view = self.view
        place = view.location.name.get(lang) if view.location else self.run.scenario.title.get(lang)
        info = (
            f"{when(self.ctx, view.day, self.run.scenario.calendar.start)} · "
            f"{self.tr('turn', n=view.turn + 1)} · {place}"
        ).replace("\n", " ")
        self.bar_flow.set_items([top_bar(self, info, w - 2 * pad)])
        self.bar_flow.place((pad, pad // 2, w - 2 * pad, h))
        self.bar_flow.layout(look)
        bar_h = self.bar_flow.content_h + pad
        self.bar_flow.place((pad, pad // 2, w - 2 * pad, self.bar_flow.content_h))
        self.bar_flow.layout(look)
        # the meters at the side, unless folded away
        if self.meters_open:
            side_w = max(round(w * 0.26), round(240 * look.s))
            self.side = pygame.Rect(w - side_w - pad, bar_h, side_w, h - bar_h - pad)
            items = self.panel.items(self.ctx, self.run.scenario, self.meters)
            self.meter_flow.set_items(items, keep_offset=True)
            self.meter_flow.place(self.side.inflate(-pad, -pad))
            right = self.side.x - pad
        else:
            self.side = pygame.Rect(w - pad, bar_h, 0, 0)  # folded: an empty panel at the edge
            self.meter_flow.set_items([])
            self.meter_flow.place(self.side)
            right = w
        self.meter_flow.layout(look)
        # the scene fills the main column; the text panel (situation, then choices) over its bottom
        main = pygame.Rect(pad, bar_h, right - 2 * pad, h - bar_h - pad)
        self.scene = main
        keep = self.text_flow.focus
        self.text_flow.set_items(self.text_items(), keep_offset=True)
        if self.deciding:
            can_fold = self.meters_open and self.meters_turn != self.turn
            if not place_decision(self, main, shrink=not can_fold) and can_fold:
                self.meters_open, self.auto_folded = False, True  # room first, smaller text only then
                self.layout()
                return
            if not self.choice_delay.running:
                self.choice_delay.start()
        else:
            place_reading(self, main)
        self.text_flow.focus = keep if 0 <= keep < len(self.text_flow.buttons()) else -1

    def toggle_meters(self):
        self.meters_open, self.auto_folded = not self.meters_open, False
        self.meters_turn = self.turn
        self.layout()

    def resume(self, result=None):
        """Back on top: a vote's decision is played; after a choice's cards, the passage it led to."""
        if isinstance(result, Voted):
            self.layout()
            self.choose(result.index, votes=result.votes)
            return
        session = self.run.session
        self.panel.settle(self.meters, session.view().meters)  # the cards have shown every change
        if not session.is_over and session.view().turn != self.turn:
            self.new_node()
            self.text_flow.offset = 0
            self.text_flow.focus = -1
            self.situation_flow.offset = 0
        self.layout()

    # -- acting ----------------------------------------------------------------------
    def choose(self, index: int, votes=None):
        if not self.all_typed or self.view.over or not 0 <= index < len(self.view.choices):
            return
        if self.ctx.flow.workshop and votes is None:  # the class decides together
            self.ctx.nav.push("vote", choices=self.view.choices, first=index)
            return
        outcome = self.ctx.flow.choose(index, votes=votes)  # the flow shows its cards...
        if outcome is None:
            return  # the decision limit stopped a loop (the flow went to the title)
        self.ctx.sounds.play(self.panel.hold(self.meters, outcome))  # ...and the side panel follows them

    def finish_typing(self):
        for item in self.typing:
            item.finish()
        self.shown = len(self.typing)
        self.layout()
        self.text_flow.scroll_bottom()

    def handle_event(self, event):
        if event.type == pygame.KEYDOWN:
            if self.key(event):
                return
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and not self.all_typed:
            if not self.bar_flow.rect.collidepoint(event.pos):
                self.finish_typing()
                return
        text_look = self.text_look or self.look
        flows = (
            ((self.text_flow, text_look),)
            if event.type == pygame.KEYDOWN
            else (
                (self.bar_flow, self.look),
                (self.text_flow, text_look),
                (self.situation_flow, text_look),
                (self.meter_flow, self.look),
            )
        )
        for flow, look in flows:
            intent = flow.handle_event(event, look)
            if intent is not None:
                if isinstance(intent, Choose) and not self.choice_delay.ready:
                    return  # shown too briefly to have been read: not a choice
                self.on_intent(intent)
                return

    def key(self, event) -> bool:
        k = event.key
        if k == pygame.K_ESCAPE:
            self.act(Act.MENU)
        elif k == pygame.K_h:
            self.act(Act.HISTORY)
        elif k == pygame.K_F5:
            self.reload()
        elif k == pygame.K_t and self.all_typed:
            self.ask_coach()
        elif (
            not self.all_typed
            and k
            in (pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_DOWN, pygame.K_UP) + NUMBER_KEYS
        ):
            self.finish_typing()
        elif k == pygame.K_m:
            self.toggle_meters()
        elif k == pygame.K_i:
            self.act(Act.EXPLAIN)
        elif k in NUMBER_KEYS:
            if self.choice_delay.ready:  # a second press just after the text completed does not choose
                self.choose(NUMBER_KEYS.index(k) % 9)
        else:
            return False
        return True

    def act(self, intent):
        match intent:
            case Act.MENU:
                self.ctx.nav.push("pause")
            case Act.HISTORY:
                self.ctx.nav.push("history")
            case Act.HINT:
                self.ask_coach()
            case Act.METERS:
                self.toggle_meters()
            case Choose(index):
                self.choose(index)
            case Act.EXPLAIN:
                self.panel.toggle()
                self.meters_open = True
                self.layout()

    def reload(self):
        """F5: read the scenario file again and carry on from the same state (the flow does it, as
        for a save while playing; `refresh` then shows the new version)."""
        self.ctx.flow.reload()

    def refresh(self):
        """The session was carried over to a new version of the file: show it."""
        self.session_shown = self.run.session
        self.build_meters()
        self.turn = -1
        self.new_node()
        self.layout()

    # -- time ------------------------------------------------------------------------
    def update(self, dt):
        moving = False
        if self.run.session is not getattr(self, "session_shown", self.run.session):
            self.refresh()  # reloaded (F5, or the file saved while playing)
            moving = True
        self.session_shown = self.run.session
        if not self.scaled and not self.panel.pending and self.ctx.bounds.provide(self.run.session):
            self.build_meters()  # the score scale has arrived: redraw the meters on it
            self.layout()
            moving = True
        for bar in self.meters.values():
            moving = bar.update(dt) or moving
        self.choice_delay.update(dt)
        if self.shown and not self.all_typed:
            current = self.typing[self.shown - 1]
            if current.update(dt):
                moving = True
            if current.done:
                if self.shown < len(self.typing):
                    self.shown += 1
                self.layout()
                self.text_flow.scroll_bottom()
                moving = True
        return moving

    # -- drawing ---------------------------------------------------------------------
    def current_speaker(self):
        if not self.speakers:
            return None
        return self.speakers[max(0, min(self.shown, len(self.speakers)) - 1)]

    def draw(self, surf):
        look = self.look
        surf.fill(look.c["bg"])
        self.draw_scene(surf)
        self.draw_panel(surf)
        self.panel.follow(self.ctx.nav.top, self.meters)  # drawn under a card: the changes it shows
        if self.meters_open:
            look.panel(surf, self.side, "panel")
            self.meter_flow.draw(surf, look)
        self.bar_flow.draw(surf, look)
        text_look = self.text_look or look
        if self.situation_flow.items:
            self.situation_flow.draw(surf, text_look)
        self.text_flow.draw(surf, text_look)

    def draw_panel(self, surf):
        self.scenery.draw_panel(surf, self.look, self.text_panel)

    def draw_scene(self, surf):
        self.scenery.draw_for(surf, self)  # the place (in its weather) and who speaks
