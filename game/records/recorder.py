"""Glue between an engine Session and a RecordStore, for the UI and the text player.

    recorder = SessionRecorder.begin(store, session, player="Tim Melati", lang="id",
                                     on_problem=tell,   # tell(Problem) / tell(None): "written again"
                                     learner_id="", class_name="", batch="", organisation="")
    outcome = session.choose(i)
    recorder.after_choice()             # commits the decision just made (and session.reflect answers)
    if session.is_over:
        recorder.finish()
    recorder.abandon()                  # the front end closes before the end: "abandoned"
    recorder.complete                   # True when the store holds everything (for an exit code)

    recorder = SessionRecorder.resume(store, session, record_id, ..., replay=..., reflect=...)

A decision's sequence number is its `turn` (1, 2, 3...): the engine's history
record, kept in the save, and the database's key. The recorder advances past a
decision only once the store has committed it: a write that fails (a lock, a
full disk) is tried again, with everything after it, at the next decision, so
nothing is skipped; the store never overwrites a decision it holds, so nothing
is written twice. `on_problem` hears each change: a new problem once, and None
when everything waiting has been written.

`resume` reconciles a saved game with the store on Continue (see there); a session marked abandoned
is "open" again from then on.

Each record carries the texts a report needs without the scenario file (game.records.texts): the
scenario's title and pass mark, each decision's options in the order shown, the chosen text and the
situation, each reflection's question, the ending's debrief questions.

`store` may be None (--no-record): every call then does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from game.engine.session import Session

from . import texts
from .store import Problem, RecordStore, RecordsUnavailable

Tell = Callable[[Problem | None], None]
Replay = Callable[[dict], bool]  # make this recorded decision again in the session; False: it cannot be
Reflect = Callable[[str, str], None]  # (node, answer): give the session a recorded reflection it lacks
Adopt = Callable[[Session, int], None]  # (session, turn): go on from this session, made again up to `turn`
IDENTITY = ("learner_id", "class_name", "batch", "organisation")  # who and which class, besides the name


class SessionRecorder:
    def __init__(
        self,
        store: RecordStore | None,
        session: Session,
        session_id: str | None,
        on_problem: Tell | None = None,
        kept: int | None = None,
        identity: dict | None = None,
    ):
        self.store = store
        self.session = session
        self.session_id = session_id
        self.on_problem = on_problem
        self._kept = len(session.state.history) if kept is None else kept  # decisions the store holds
        self._reflections = dict(session.state.reflections)  # answers the store holds
        self._votes: dict = {}  # turn -> votes not yet written
        self._finished = False
        self._begin: tuple | None = None  # (player, lang, mode) while the session row is not written
        self.identity = {k: str((identity or {}).get(k) or "") for k in IDENTITY}
        self._told = store.problem if store is not None else None  # told when the store was opened
        self.forked_from: str | None = None  # resume: the record left as it was, when they disagreed
        self.replayed = 0  # resume: decisions the store held that the save did not, made again
        self.reconciled_at: int | None = None  # resume: the first decision the save had otherwise

    @classmethod
    def begin(
        cls,
        store: RecordStore | None,
        session: Session,
        player: str,
        lang: str,
        mode: str = "play",
        on_problem: Tell | None = None,
        session_id: str | None = None,
        **identity: str,
    ) -> SessionRecorder:
        """A new session record (its id known at once, even while the store cannot write it yet).
        `identity`: learner_id, class_name, batch, organisation ("" when not known)."""
        _check_identity(identity)
        if store is not None and session_id is None:
            session_id = store.new_session_id()
        recorder = cls(store, session, session_id, on_problem, kept=0, identity=identity)
        recorder._reflections = {}
        recorder._begin = (player, lang, mode)
        recorder.after_choice()  # writes the session row, and the decisions already made (a replay)
        return recorder

    @classmethod
    def resume(
        cls,
        store: RecordStore | None,
        session: Session,
        record_id: str,
        player: str,
        lang: str,
        mode: str = "play",
        on_problem: Tell | None = None,
        replay: Replay | None = None,
        reflect: Reflect | None = None,
        adopt: Adopt | None = None,
        **identity: str,
    ) -> SessionRecorder:
        """Go on recording a saved game under its record id, after making the save and the store agree.

        What the store holds is kept and never overwritten; by the decisions' sequence numbers:
        - the store is behind the save (a write failed, or the game stopped before it): the decisions it
          lacks are written now;
        - the store is ahead (the window was killed between its commit and the autosave): `replay` makes
          each of those decisions again in the session (the same seed and the same choice give the same
          story) and `reflect` gives it a reflection it lacks, so the game goes on where the player was;
        - they disagree about a decision (an older copy of the save, two windows on one save): the store
          committed its decisions first, so they stand. `adopt` is handed the session made again up to
          the first decision they disagree on, and the store's decisions from there are made again as
          above: the game and its record agree, in the same session, and nothing is overwritten;
        - a recorded decision cannot be made again (the scenario changed), or there is no `adopt`: the
          store's record is left as it is and this game is recorded as a new session (`forked_from`);
        - the store has no such session (a new database, another --db): it is started under the same id
          (with `identity`; a session the store holds keeps the identity it was started with).
        A session the store holds as abandoned is open again.
        """
        _check_identity(identity)
        history = session.state.history
        if store is None or not store.enabled:
            return cls(store, session, record_id, on_problem, identity=identity)
        try:
            held = store.held(record_id)
        except RecordsUnavailable:  # cannot look: write everything again, the store ignores what it holds
            recorder = cls(store, session, record_id, on_problem, kept=0, identity=identity)
            recorder._reflections = {}
            recorder.after_choice()
            return recorder
        if held is None:
            return cls.begin(store, session, player, lang, mode, on_problem, session_id=record_id, **identity)
        decisions = held["decisions"]
        turn = _first_difference(decisions, history)
        if turn is not None:
            fresh = _made_again(session, turn, decisions, held["reflections"]) if adopt else None
            if fresh is None:
                return cls._fork(store, session, record_id, player, lang, mode, on_problem, 0, identity)
            adopt(fresh, turn)
            session, history = fresh, fresh.state.history
        replayed = 0
        for decision in decisions[len(history) :]:
            _give_reflection(session, held["reflections"], reflect)
            if replay is None or not replay(decision) or session.state.history[-1].key != _key(decision):
                return cls._fork(
                    store, session, record_id, player, lang, mode, on_problem, replayed, identity
                )
            replayed += 1
        _give_reflection(session, held["reflections"], reflect)
        recorder = cls(
            store, session, record_id, on_problem, kept=min(len(decisions), len(history)), identity=identity
        )
        recorder._reflections = dict(held["reflections"])
        recorder._finished = held["finished"]
        if held.get("status") == "abandoned" and not held["finished"]:
            store.set_status(record_id, "open")  # continued: no longer left
        recorder.replayed = replayed
        recorder.reconciled_at = turn
        recorder.after_choice()  # what the store lacks
        if session.is_over:
            recorder.finish()
        return recorder

    @classmethod
    def _fork(
        cls, store, session, record_id, player, lang, mode, on_problem, replayed=0, identity=None
    ) -> SessionRecorder:
        recorder = cls.begin(store, session, player, lang, mode, on_problem, **(identity or {}))
        recorder.forked_from, recorder.replayed = record_id, replayed
        return recorder

    @property
    def keeping(self) -> bool:
        """The session row is written and the store is open: decisions go in."""
        return (
            self.store is not None
            and self.store.enabled
            and self.session_id is not None
            and self._begin is None
        )

    @property
    def complete(self) -> bool:
        """Everything asked for is in the store (always True without a store: nothing was asked)."""
        if self.store is None:
            return True
        return self._caught_up() and (self._finished or not self.session.is_over)

    def _caught_up(self) -> bool:
        state = self.session.state
        return (
            self.keeping
            and self._kept == len(state.history)
            and not self._votes
            and self._reflections == state.reflections
        )

    def _start(self) -> None:
        if self._begin is None or self.store is None or not self.store.enabled or self.session_id is None:
            return
        player, lang, mode = self._begin
        scenario = self.session.scenario
        if self.store.start_session(
            player,
            scenario.id,
            scenario.content_hash,
            self.session.seed,
            lang,
            mode,
            session_id=self.session_id,
            scenario_title=texts.scenario_title(scenario),
            pass_mark=texts.pass_mark(scenario),
            **self.identity,
        ):
            self._begin = None

    def after_choice(self, votes: dict | None = None) -> bool:
        """Record every decision (and reflection) in the session's state not yet recorded.

        True when the store now holds them all; False when some wait for the next call."""
        history = self.session.state.history
        if votes is not None and history:
            self._votes[history[-1].turn] = votes
        self._start()
        self._new_reflections()
        while self.keeping and self._kept < len(history):
            record = history[self._kept]
            if not self.store.record_decision(
                self.session_id,
                record.turn,
                record.node,
                record.choice,
                meters=record.meters,
                misconceptions=record.misconceptions,
                events=record.events,
                day=record.day,
                deltas=record.deltas,
                votes=self._votes.get(record.turn),
                **texts.decision_texts(self.session, self._kept),
            ):
                break
            self._votes.pop(record.turn, None)
            self._kept += 1
        self._tell()
        return self._caught_up()

    def reflect(self, node: str, answer: str) -> None:
        if self.keeping and self.store.record_reflection(
            self.session_id, node, answer, prompt=texts.prompt(self.session, node)
        ):
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
                self.session_id,
                result.ending.id if result.ending else None,
                dict(result.scores),
                result.to_dict(),
                debrief_questions=texts.debrief_questions(result),
            )
        self._tell()

    def abandon(self) -> None:
        """The front end closes before the end (the window quit, the terminal interrupted): what waits
        is written, and the session is marked "abandoned" (Continue makes it "open" again)."""
        if self.store is None or self.session.is_over:
            return
        self.after_choice()
        if self.keeping:
            self.store.set_status(self.session_id, "abandoned")
        self._tell()

    def _tell(self) -> None:
        """Tell on_problem about a change: a new kind of problem, or everything waiting written."""
        now = self.store.problem if self.store is not None else None
        before = self._told
        if now is None and before is not None and not self._caught_up():
            return  # a later write worked, but something is still waiting: not "kept again" yet
        if (now is None) == (before is None) and (
            now is None or (now.kind, now.path) == (before.kind, before.path)
        ):
            return
        self._told = now
        if self.on_problem is not None and (now is not None or self.keeping):
            self.on_problem(now)


def _check_identity(identity: dict) -> None:
    unknown = set(identity) - set(IDENTITY)
    if unknown:
        raise TypeError(
            f"unknown identity field(s): {', '.join(sorted(unknown))} (known: {', '.join(IDENTITY)})"
        )


def _key(record: dict) -> tuple:
    """A stored decision's Decision.key: its sequence number, where, what."""
    return (record.get("turn"), record.get("node"), record.get("choice"))


def _give_reflection(session: Session, held: dict, reflect: Reflect | None) -> None:
    node = session.state.node
    if reflect is not None and node in held and node not in session.state.reflections:
        reflect(node, held[node])


def _first_difference(decisions: list, history: list) -> int | None:
    """The turn of the first decision the store and the save both hold, differently (None: they agree)."""
    return next((h.turn for d, h in zip(decisions, history) if _key(d) != h.key), None)


def _made_again(session: Session, turn: int, decisions: list, reflections: dict) -> Session | None:
    """The session made again with its first `turn - 1` decisions (the same seed gives the same story),
    once it is known that every recorded decision from `turn` on can be made after them; else None."""
    fresh = Session(session.scenario, seed=session.seed, address=session.state.address)
    answers = {**session.state.reflections, **reflections}
    for record in session.state.history[: turn - 1]:
        if not _make(fresh, record.to_dict(), answers):
            return None
    trial = Session.from_dict(session.scenario, fresh.to_dict())
    if not all(_make(trial, record, answers) for record in decisions[turn - 1 :]):
        return None
    return fresh


def _make(session: Session, record: dict, answers: dict) -> bool:
    """Make one recorded decision (after the reflection given at its node, if any); False if it cannot."""
    node = session.state.node
    if session.is_over or node != record.get("node"):
        return False
    if node in answers and node not in session.state.reflections and session.view().reflection:
        session.reflect(answers[node])
    found = session.find(str(record.get("choice")))
    if found is None:
        return False
    session.choose(found.index)
    return session.state.history[-1].key == _key(record)
