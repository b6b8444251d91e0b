"""Glue between an engine Session and a RecordStore, for the UI and the text player.

    recorder = SessionRecorder.begin(store, session, player="Tim Melati", lang="id",
                                     on_problem=tell)   # tell(Problem) / tell(None): "written again"
    outcome = session.choose(i)
    recorder.after_choice()             # commits the decision just made (and session.reflect answers)
    if session.is_over:
        recorder.finish()
    recorder.complete                   # True when the store holds everything (for an exit code)

A decision's sequence number is its `turn` (1, 2, 3...: the engine's history
record and the database's key). The recorder advances past a decision only once
the store has committed it: a write that fails (a lock, a full disk) is tried
again, with everything after it, at the next decision, so nothing is skipped and
nothing is written twice. `on_problem` hears each change: a new problem once, and
None when writing works again.

`store` may be None (--no-record): every call then does nothing.
"""
from __future__ import annotations

from typing import Callable, Optional

from game.engine.session import Session

from .store import Problem, RecordStore

Tell = Callable[[Optional[Problem]], None]


class SessionRecorder:
    def __init__(self, store: Optional[RecordStore], session: Session, session_id: Optional[str],
                 on_problem: Optional[Tell] = None, kept: Optional[int] = None):
        self.store = store
        self.session = session
        self.session_id = session_id
        self.on_problem = on_problem
        self._kept = len(session.state.history) if kept is None else kept  # decisions the store holds
        self._reflections = dict(session.state.reflections)  # answers the store holds
        self._votes: dict = {}  # turn -> votes not yet written
        self._finished = False
        self._begin: Optional[tuple] = None  # (player, lang, mode) while the session row is not written
        self._told = store.problem if store is not None else None  # told when the store was opened

    @classmethod
    def begin(cls, store: Optional[RecordStore], session: Session, player: str, lang: str,
              mode: str = "play", on_problem: Optional[Tell] = None) -> "SessionRecorder":
        recorder = cls(store, session, None, on_problem, kept=0)
        recorder._reflections = {}
        recorder._begin = (player, lang, mode)
        recorder._start()
        recorder.after_choice()  # a resumed session: keep the decisions already made
        return recorder

    @property
    def keeping(self) -> bool:
        return self.store is not None and self.store.enabled and self.session_id is not None

    @property
    def complete(self) -> bool:
        """Everything asked for is in the store (always True without a store: nothing was asked)."""
        if self.store is None:
            return True
        return self._caught_up() and (self._finished or not self.session.is_over)

    def _caught_up(self) -> bool:
        state = self.session.state
        return (self.session_id is not None and self._kept == len(state.history) and not self._votes
                and self._reflections == state.reflections)

    def _start(self) -> None:
        if self._begin is None or self.store is None or not self.store.enabled:
            return
        player, lang, mode = self._begin
        scenario = self.session.scenario
        self.session_id = self.store.start_session(player, scenario.id, scenario.content_hash,
                                                   self.session.seed, lang, mode)
        if self.session_id is not None:
            self._begin = None

    def after_choice(self, votes: Optional[dict] = None) -> bool:
        """Record every decision (and reflection) in the session's state not yet recorded.

        True when the store now holds them all; False when some wait for the next call."""
        history = self.session.state.history
        if votes is not None and history:
            self._votes[history[-1]["turn"]] = votes
        if self.session_id is None:
            self._start()
        self._new_reflections()
        while self.keeping and self._kept < len(history):
            record = history[self._kept]
            if not self.store.record_decision(
                    self.session_id, record["turn"], record["node"], record["choice"],
                    meters=record.get("meters", {}), misconceptions=record.get("misconceptions", ()),
                    events=record.get("events", ()), day=record.get("day", 0),
                    deltas=record.get("deltas", {}), votes=self._votes.get(record["turn"])):
                break
            self._votes.pop(record["turn"], None)
            self._kept += 1
        self._tell()
        return self._caught_up()

    def reflect(self, node: str, answer: str) -> None:
        if self.keeping and self.store.record_reflection(self.session_id, node, answer):
            self._reflections[node] = answer
        self._tell()

    def _new_reflections(self) -> None:
        for node, answer in self.session.state.reflections.items():
            if self._reflections.get(node) != answer:
                self.reflect(node, answer)

    def finish(self) -> None:
        if self._finished or not self.session.is_over:
            return
        self.after_choice()
        if self.keeping and self._kept == len(self.session.state.history):
            result = self.session.result()
            self._finished = self.store.finish_session(
                self.session_id, result.ending.id if result.ending else None, dict(result.scores),
                result.to_dict())
        self._tell()

    def _tell(self) -> None:
        """Tell on_problem about a change: a new kind of problem, or writing working again."""
        now = self.store.problem if self.store is not None else None
        before = self._told
        if now is None and before is not None and not self._caught_up():
            return  # a later write worked, but something is still waiting: not "kept again" yet
        if (now is None) == (before is None) and (now is None or (now.kind, now.path) == (before.kind, before.path)):
            return
        self._told = now
        if self.on_problem is not None and (now is not None or self.keeping):
            self.on_problem(now)
