"""The play flow: the one way a game starts, the steps after each choice, the one way back to the title.

After a choice the flow shows, in this order: what happened (the outcome card), one card per event
the choice set off, then the scenario's reflection question when the new passage has one, and the
debrief when the game is over. Screens do not know this order: a card or the question says it is
done (`step_done`) and the flow asks the navigator for what comes next.
"""

from __future__ import annotations

import random
from pathlib import Path

from .navigator import Push, Replace


class PlayFlow:
    def __init__(self, nav, *, settings, sounds, notify, tr, apply_settings, records, options):
        self.nav, self.settings, self.sounds = nav, settings, sounds
        self.notify, self.tr, self.apply_settings, self.records = notify, tr, apply_settings, records
        self.seed = options.seed  # fixed by --seed (and tests); otherwise each game draws its own
        self.autosave = options.autosave
        self.workshop = options.workshop  # the class plays together: votes, projector, coaching waits
        self.class_mode = None  # the workshop profile (game.ui.workshop), read when a workshop starts
        self.phones_at = getattr(options, "phones", None)  # workshop: where phones vote (--phones)
        if self.workshop:
            self._class_mode(options).enter(settings, getattr(options, "lang", None))
        self.run = None  # the GameRun being played
        self.trainer = False  # the F3 overlay over the game
        self.steps: list[Push] = []  # the cards still to show after the last choice
        self._ask_reflection = False  # the passage the last choice led to may ask its question
        self.watch_all = bool(getattr(options, "watch", False))  # play --watch: the shipped files too
        self.live = None  # the file being played, watched for saves (game.ui.live)
        self.guard = None  # the decision limit of this game (game.engine.loops)

    # -- starting ---------------------------------------------------------------------
    def new_seed(self) -> int:
        return self.seed if self.seed is not None else random.randrange(1 << 30)

    def _class_mode(self, options=None):
        if self.class_mode is None:
            from .workshop import ClassMode  # noqa: PLC0415

            self.class_mode = ClassMode(getattr(options, "vote_seconds", None), phones=self.phones_at)
        return self.class_mode

    def enter_workshop(self) -> None:
        """Projector preset, team name and the class's bests from the workshop profile, kept apart from
        the trainee's own settings."""
        self.workshop = True
        self._class_mode().enter(self.settings)
        self.apply_settings(reopen=True)

    def load_best(self) -> dict:
        """The best results shown in the picker: the class's in a workshop, the trainee's otherwise."""
        from . import storage, workshop  # noqa: PLC0415

        return workshop.load_best() if self.workshop else storage.load_best()

    def record_best(self, scenario_id: str, score: int) -> None:
        from . import storage, workshop  # noqa: PLC0415

        (workshop.record_best if self.workshop else storage.record_best)(scenario_id, score)

    def profile_id(self) -> str:
        """Whose slots a game goes to: the class profile's in a workshop, the current player's otherwise."""
        from . import profiles  # noqa: PLC0415

        return profiles.CLASS if self.workshop else profiles.current_id()

    def new_game(self, entry, player=None, address=None, autosave=None, slot=None) -> bool:
        """Start `entry` from its beginning (the player's name and address unless given) in a free save
        slot, or in `slot` (the slot list asked before it is written over). When every slot holds a game
        the slot list opens instead, to choose which one to give up: nothing is written over unasked."""
        from . import profiles  # noqa: PLC0415
        from .run import GameRun  # noqa: PLC0415 (the engine's session: kept off the start-up path)

        autosave = self.autosave if autosave is None else autosave
        if autosave:
            pid = self.profile_id()
            slot = slot or profiles.free_slot(pid)
            if slot is None:
                kept = {"player": player, "address": address, "autosave": autosave}
                self.nav.push("slots", mode="new", entry=entry, start=kept)
                return False
        try:
            run = GameRun.start(
                entry,
                self.new_seed(),
                player=self.settings.player_name if player is None else player,
                address=self.settings.sapaan if address is None else address,
                autosave=autosave,
            )
        except (ValueError, KeyError) as exc:
            self.notify(self.tr("start_error", why=exc), 8)
            return False
        if autosave:
            profiles.use_slot(pid, slot)
        self.begin(run)
        return True

    def open_file(self, path: str, start_at: str | None = None, values: dict | None = None) -> None:
        """Play one scenario file at once (`play FILE`), at a passage with some values for a preview."""
        from .catalog import load_entry  # noqa: PLC0415
        from .run import GameRun  # noqa: PLC0415

        entry = load_entry(Path(path), self.settings.lang)
        if not entry.ok:
            self.notify(self.tr("start_error", why=entry.error_in(self.settings.lang)), 10)
            return
        if not (start_at or values):  # a game to keep: into a free slot, or the slot list asks
            self.new_game(entry)
            return
        run = GameRun.start(
            entry,
            self.new_seed(),
            player=self.settings.player_name,
            address=self.settings.sapaan,
            autosave=False,  # a trainer's preview is not a trainee's game to continue...
        )
        self.records.enabled = False  # ...nor a session for the class report
        run.session.jump(start_at or run.session.state.node, values or {})
        self.begin(run)

    def begin(self, run) -> None:
        """Every game starts here: new, continued, played again or replayed from a decision."""
        if run.workshop and not self.workshop:  # Continue a workshop game as a workshop
            self.enter_workshop()
        run.workshop = self.workshop
        from game.engine.loops import LoopGuard  # noqa: PLC0415

        from .live import live_file  # noqa: PLC0415

        self.live = live_file(run.entry, self.watch_all)
        self.guard = LoopGuard()
        # on Continue this may make decisions the records held again, up to the last one
        self.records.attach(run, self.settings.lang, "workshop" if self.workshop else "play")
        self.run = run
        self.steps = []
        self.nav.reset("play", run=run)
        if run.session.is_over:  # ...then straight to the debrief
            self.nav.reset("debrief", run=run)

    def to_title(self) -> None:
        """Every way back to the title: the game is left (its autosave stays for Continue)."""
        self.run = None
        self.live = None
        self.trainer = False
        self.steps = []
        self.nav.reset("title")

    # -- the live loop: the file reloads when it is saved ------------------------------
    def tick(self) -> None:
        """Every frame (the app): reload the file being played when it was saved, once the game
        itself (or the errors over it) is on top; a card showing waits for its turn."""
        if self.live is None or self.run is None or not self.live.changed():
            return
        top = type(self.nav.top).__name__
        if top in ("PlayScreen", "ErrorsScreen") and not self.nav.pending:
            self.reload()

    def reload(self) -> bool:
        """Read the file being played again (F5, or saved while playing) and go on in the new version;
        its errors, in the trainer's language, go over the game, which keeps the last good version.
        True when the game now plays the new version."""
        from .catalog import load_entry  # noqa: PLC0415
        from .live import reload_session  # noqa: PLC0415

        run = self.run
        if run is None or run.entry.folder is None:
            return False
        over = type(self.nav.top).__name__ == "ErrorsScreen"  # what an earlier save showed
        if self.live is not None:
            self.live.seen_now()
        fresh = load_entry(Path(run.entry.path), self.settings.lang)
        if not fresh.ok:
            show = self.nav.replace if over else self.nav.push
            show("errors", errors=fresh.errors or [fresh.error])
            return False
        session = reload_session(run.session, fresh.scenario)
        if session is None:
            self.notify(self.tr("reload_failed", why=run.session.state.node), 8)
            return False
        if over:
            self.nav.pop()  # fixed: the errors go
        run.session, run.entry = session, fresh
        run.logged_turn = session.view().turn
        self.notify(self.tr("reloaded"))
        return True

    # -- after a choice ---------------------------------------------------------------
    def choose(self, index: int, votes: dict | None = None):
        """Make the choice, then show its cards; returns the outcome."""
        run = self.run
        from game.engine.loops import EndlessLoop  # noqa: PLC0415

        try:
            if self.guard is not None:
                self.guard.step(run.session.state.node)
        except EndlessLoop as loop:  # a story that goes round for ever stops, saying where
            self.to_title()
            self.notify(loop.message(self.settings.lang), 20)
            return None
        outcome = run.choose(index, votes=votes)
        if run.save_error:
            self.notify(self.tr("save_failed", why=run.save_error), 8)
        self.steps = [Push("outcome", {"run": run, "outcome": outcome})]
        self.steps += [Push("event", {"run": run, "event": event}) for event in outcome.events]
        self._ask_reflection = True
        self._show_next()
        return outcome

    def step_done(self) -> None:
        """A card or the reflection question closed: the next card in its place, then the question
        over the new passage, or the debrief."""
        if self.steps:
            self._show_next(over_card=True)
            return
        session = self.run.session
        if session.is_over:
            self.nav.reset("debrief", run=self.run)
            return
        self.nav.pop()  # the play screen shows the passage the choice led to...
        if self._ask_reflection:  # ...and asks its question, once: skipping it is an answer too
            self._ask_reflection = False
            view = session.view()
            if self.discuss_pause():  # a class talks it over instead (the question shown there)
                self.nav.push("discuss", run=self.run)
            elif view.reflection and view.node not in session.state.reflections:
                self.nav.push("reflection", run=self.run)

    def discuss_pause(self) -> bool:
        """A workshop may pause to discuss after each decision's cards (its profile says)."""
        return self.workshop and self.class_mode is not None and self.class_mode.profile.discuss

    def _show_next(self, over_card: bool = False) -> None:
        step = self.steps.pop(0)
        if step.name == "event":
            self.sounds.play("event")
        self.nav.request(Replace(step.name, step.args) if over_card else step)
