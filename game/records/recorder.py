"""Glue between an engine Session and a RecordStore, for the UI and the text player.

    recorder = SessionRecorder.begin(store, session, player="Tim Melati", lang="id")
    outcome = session.choose(i)
    recorder.after_choice()             # commits the decision just made (and session.reflect answers)
    if session.is_over:
        recorder.finish()

`store` may be None (--no-record): every call then does nothing.
"""
from __future__ import annotations

from typing import Optional

from game.engine.session import Session

from .store import RecordStore


class SessionRecorder:
    def __init__(self, store: Optional[RecordStore], session: Session, session_id: Optional[str]):
        self.store = store
        self.session = session
        self.session_id = session_id
        self._kept = len(session.state.history)
        self._reflections = dict(session.state.reflections)
        self._finished = False

    @classmethod
    def begin(cls, store: Optional[RecordStore], session: Session, player: str, lang: str,
              mode: str = "play") -> "SessionRecorder":
        session_id = None
        if store is not None:
            scenario = session.scenario
            session_id = store.start_session(player, scenario.id, scenario.content_hash,
                                             session.seed, lang, mode)
        recorder = cls(store, session, session_id)
        recorder._kept, recorder._reflections = 0, {}
        recorder.after_choice()  # a resumed session: keep the decisions already made
        return recorder

    @property
    def keeping(self) -> bool:
        return self.store is not None and self.store.enabled and self.session_id is not None

    def after_choice(self, votes: Optional[dict] = None) -> None:
        """Record every decision (and reflection) in the session's state not yet recorded."""
        self._new_reflections()
        history = self.session.state.history
        while self._kept < len(history):
            record = history[self._kept]
            self._kept += 1
            if self.keeping:
                last = self._kept == len(history)
                self.store.record_decision(
                    self.session_id, record["turn"], record["node"], record["choice"],
                    meters=record.get("meters", {}), misconceptions=record.get("misconceptions", ()),
                    events=record.get("events", ()), day=record.get("day", 0),
                    deltas=record.get("deltas", {}), votes=votes if last else None,
                )

    def reflect(self, node: str, answer: str) -> None:
        self._reflections[node] = answer
        if self.keeping:
            self.store.record_reflection(self.session_id, node, answer)

    def _new_reflections(self) -> None:
        for node, answer in self.session.state.reflections.items():
            if self._reflections.get(node) != answer:
                self.reflect(node, answer)

    def finish(self) -> None:
        if self._finished or not self.session.is_over:
            return
        self._finished = True
        if self.keeping:
            result = self.session.result()
            self.store.finish_session(self.session_id, result.ending.id if result.ending else None,
                                      dict(result.scores), result.to_dict())
