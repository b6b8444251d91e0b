"""Keeping each game in the records store (game.records), which must never stop the game."""

from __future__ import annotations


class RecordKeeper:
    def __init__(self, enabled: bool, db, notify, tr):
        self.enabled = enabled  # off with --no-record, and for a trainer's preview
        self.db, self.notify, self.tr = db, notify, tr
        self.store = None  # opened with the first game

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
            run.attach_records(self.store, lang, mode, on_problem=self.problem)
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

    def close(self) -> None:
        if self.store is not None:
            try:
                self.store.close()
            except Exception:  # noqa: BLE001
                pass
            self.store = None
