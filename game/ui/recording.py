"""Keeping each game in the records store (game.records), which must never stop the game.

Who is recorded: the player's profile (name and optional learner id) or, in a workshop, the team and
the class, batch and organisation the facilitator confirmed (game.ui.workshop); values given on the
command line (play --learner-id/--class/--batch/--org) win; the organisation defaults to
records-settings.json's (game.records.settings). A game left before its end - the window closed, or
another game started - is marked abandoned; Continue opens it again.
"""

from __future__ import annotations


class RecordKeeper:
    def __init__(self, enabled: bool, db, notify, tr, given: dict | None = None):
        self.enabled = enabled  # off with --no-record, and for a trainer's preview
        self.db, self.notify, self.tr = db, notify, tr
        self.given = {k: v for k, v in (given or {}).items() if isinstance(v, str) and v.strip()}
        self.store = None  # opened with the first game
        self.run = None  # the game being recorded: marked abandoned if it is left before its end
        self._organisation: str | None = None  # records-settings.json's, read once

    def attach(self, run, lang: str, mode: str) -> None:
        """Record `run` in the store, continuing its earlier record when it is resumed."""
        if not self.enabled:
            return
        try:
            from game.records.store import RecordStore  # noqa: PLC0415 (kept off the start-up path)

            if self.store is None:
                self.store = RecordStore.open(self.db)
                for problem in self.store.problems:  # the details stay in the store, for the trainer
                    self.problem(problem)
            self.leave()  # the game played before, if it was not finished
            if not run.identity:
                run.identity = self.identity(mode == "workshop")
            run.attach_records(self.store, lang, mode, on_problem=self.problem)
            self.run = run
        except Exception as exc:  # noqa: BLE001 (records must never stop the game)
            run.recorder = None
            self.notify(self.tr("records_broken", path=getattr(self.store, "path", "?")) + f" ({exc})", 8)

    def problem(self, problem) -> None:
        """Tell the player that records stopped (or are kept again), in their language, in the window."""
        if problem is None:
            self.notify(self.tr("records_resumed"), 6)
            return
        key = {"unwritable": "records_off", "reset": "records_reset"}.get(
            problem.kind, f"records_{problem.kind}"
        )
        text = self.tr(key, path=problem.path)
        self.notify(text if text != key else self.tr("records_broken", path=problem.path), 10)

    def identity(self, workshop: bool) -> dict:
        """learner_id, class_name, batch, organisation for a new game's record."""
        from . import profiles  # noqa: PLC0415
        from .workshop import CLASS_FIELDS, load_profile  # noqa: PLC0415

        found = {"learner_id": "", "class_name": "", "batch": "", "organisation": ""}
        if workshop:
            profile = load_profile()
            found.update({name: getattr(profile, name) for name in CLASS_FIELDS})
        else:
            found["learner_id"] = profiles.current().learner_id
        found["organisation"] = found["organisation"] or self.organisation()
        found.update({k: " ".join(v.split()) for k, v in self.given.items() if k in found})
        return found

    def organisation(self) -> str:
        if self._organisation is None:
            from game.records.settings import load_settings  # noqa: PLC0415

            found = load_settings()
            for text in found.messages(self.tr("lang_code")) if found.problems else ():
                self.notify(text, 12)
            self._organisation = found.organisation
        return self._organisation

    def leave(self) -> None:
        """The game recorded last is left: abandoned, unless it ended (what waits is written first)."""
        run, self.run = self.run, None
        recorder = getattr(run, "recorder", None)
        if recorder is None:
            return
        try:
            recorder.abandon()
        except Exception:  # noqa: BLE001 (records must never stop the game)
            pass

    def close(self) -> None:
        self.leave()
        if self.store is not None:
            try:
                self.store.close()
            except Exception:  # noqa: BLE001
                pass
            self.store = None
