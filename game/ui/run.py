"""One playthrough as the front end sees it: the session, its backlog, its save.

The session is the only thing that changes game state; this class only adds
what a reader needs (the backlog of everything said and chosen) and saving.
"""

from __future__ import annotations

from game.engine.model import Text
from game.engine.session import Session
from game.engine.state import SaveError

from . import storage
from .catalog import Entry
from .save_reading import SAVE_VERSION, NewerSave, run_from_save  # noqa: F401 (NewerSave: public here)


def text_dict(text: Text) -> dict:
    return {"id": text.id, "en": text.en}


def as_text(data) -> Text:
    if isinstance(data, dict):
        return Text(str(data.get("id", "")), str(data.get("en", "")))
    return Text(str(data), str(data))


class GameRun:
    def __init__(
        self,
        entry: Entry,
        session: Session,
        log: list | None = None,
        player: str = "",
        autosave: bool = True,
        record_id: str | None = None,
    ):
        self.entry, self.session = entry, session
        self.record_id = record_id  # the session's id in the records store, kept in the save
        self.recorder = None  # game.records SessionRecorder, attached by the app
        self.identity: dict = {}  # learner_id, class_name, batch, organisation of its record (in the save)
        self.log: list = log if log is not None else []
        self.player = player
        self.autosave = autosave
        self.logged_turn = -1 if not self.log else max(e.get("turn", 0) for e in self.log)
        self.outcomes: list = []  # outcomes of this sitting, for cards
        self.compare: dict | None = None  # replay from a decision: the earlier playthrough's summary
        self.votes: dict = {}  # workshop: decision number (as text) -> {choice id: votes}
        self.workshop = False
        self.save_error: str | None = None  # why the last autosave failed (the game plays on)

    @property
    def scenario(self):
        return self.session.scenario

    @classmethod
    def start(
        cls, entry: Entry, seed: int, player: str = "", autosave: bool = True, address: str = ""
    ) -> GameRun:
        return cls(
            entry, Session(entry.scenario, seed=seed, address=address), player=player, autosave=autosave
        )

    def replay_from(self, turn: int) -> GameRun:
        """A new run that makes this run's first `turn - 1` decisions again, ready to choose decision `turn`.

        The same seed and the same choices give the same story up to there, so the two endings can be
        compared side by side.
        """
        run = GameRun.start(
            self.entry,
            self.session.seed,
            player=self.player,
            autosave=self.autosave,
            address=self.session.state.address,
        )
        run.workshop = self.workshop
        run.identity = dict(self.identity)
        path = [record.choice for record in self.session.state.history]
        for choice_id in path[: turn - 1]:
            run.note_node()
            run.choose(run.session.find(choice_id).index)
        run.outcomes.clear()
        run.compare = summary(self.session.result(), path, turn)
        run.save()
        return run

    # -- the backlog --------------------------------------------------------------
    def note_node(self) -> None:
        """Put the current node's lines in the backlog, once per decision."""
        view = self.session.view()
        if view.over or self.logged_turn >= view.turn:
            return
        self.logged_turn = view.turn
        for line in view.lines:
            self.log.append(
                {
                    "kind": "line",
                    "turn": view.turn,
                    "speaker": line.speaker.name if line.speaker else None,
                    "text": text_dict(line.text),
                }
            )

    def choose(self, index: int, votes: dict | None = None):
        view = self.session.view()
        choice = view.choices[index]
        outcome = self.session.choose(index)
        turn = view.turn + 1
        self.log.append({"kind": "choice", "turn": turn, "text": text_dict(choice.text)})
        self.log.append({"kind": "feedback", "turn": turn, "text": text_dict(outcome.feedback)})
        for event in outcome.events:
            self.log.append(
                {
                    "kind": "event",
                    "turn": turn,
                    "title": text_dict(event.title),
                    "text": text_dict(event.text),
                }
            )
        self.outcomes.append(outcome)
        if votes:
            self.votes[str(turn)] = dict(votes)
        self.record(votes)
        self.save()
        return outcome

    def attach_records(self, store, lang: str, mode: str = "play", on_problem=None) -> None:
        """Record this run in `store` (a game.records RecordStore), continuing its record when resumed.

        A resumed run is first made to agree with the store (SessionRecorder.resume): decisions the store
        holds beyond the save are made again here, so the game goes on where the player was and nothing
        is recorded twice or overwritten. A new run is saved at once when it is recorded, so the save
        names its record before the first decision is committed."""
        from game.records.recorder import SessionRecorder  # noqa: PLC0415 (records load with the first game)

        player = self.player or unnamed(self.workshop)
        identity = {k: str(self.identity.get(k) or "") for k in IDENTITY}
        if self.record_id is not None:
            self.recorder = SessionRecorder.resume(
                store,
                self.session,
                self.record_id,
                player,
                lang,
                mode,
                on_problem,
                replay=self._replay,
                reflect=self._reflect_again,
                adopt=self._adopt,
                **identity,
            )
        else:
            self.recorder = SessionRecorder.begin(
                store, self.session, player, lang, mode, on_problem, **identity
            )
        resumed, self.record_id = self.record_id, self.recorder.session_id or self.record_id
        if self.recorder.session_id is not None and (
            resumed is None
            or self.recorder.forked_from
            or self.recorder.replayed
            or self.recorder.reconciled_at
        ):
            self.save()  # the save names the record it agrees with, before the first decision is committed

    def _replay(self, decision: dict) -> bool:
        """Make a recorded decision again (Continue after a kill between the records and the autosave)."""
        self.note_node()
        view = self.session.view()
        if view.over or view.node != decision.get("node"):
            return False
        found = self.session.find(str(decision.get("choice")))
        if found is None:
            return False
        votes = decision.get("votes")
        self.choose(found.index, votes=votes if isinstance(votes, dict) else None)
        return True

    def _adopt(self, session: Session, turn: int) -> None:
        """Go on from `session`, this game made again up to decision `turn` (Continue, when the records
        hold other decisions from there: they were committed first, so the game follows them)."""
        self.session = session
        self.log = [e for e in self.log if e.get("turn", 0) < turn]
        self.logged_turn = -1 if not self.log else max(e.get("turn", 0) for e in self.log)
        self.votes = {k: v for k, v in self.votes.items() if k.isdigit() and int(k) < turn}
        self.outcomes.clear()

    def _reflect_again(self, node: str, answer: str) -> None:
        view = self.session.view()
        if not view.over and view.node == node and view.reflection:
            self.reflect(answer)

    def record(self, votes: dict | None = None) -> None:
        """Commit new decisions and reflections to the records store; a store problem never stops play."""
        if self.recorder is None:
            return
        try:
            self.recorder.after_choice(votes=votes or None)
            if self.session.is_over:
                self._know_bounds()
                self.recorder.finish()
        except Exception as exc:  # noqa: BLE001 (records are a side channel: never stop the game, but say so)
            tell, store = getattr(self.recorder, "on_problem", None), getattr(self.recorder, "store", None)
            self.recorder = None
            if tell is not None and store is not None:
                from game.records.store import Problem  # noqa: PLC0415 (loaded with the recorder already)

                tell(Problem("broken", store.path, f"{type(exc).__name__}: {exc}"))

    def _know_bounds(self) -> None:
        """The score scale, before the finished game is recorded: a record keeps scaled scores, and the
        player may close the window on the last card, before the debrief would ask. The window's
        background search has usually found it by now (answered from memory); otherwise it is found here."""
        if self.session.has_bounds:
            return
        from game.analysis.bounds import score_bounds  # noqa: PLC0415 (loaded with the first game)

        from .bounds import cache_dir  # noqa: PLC0415

        self.session.bounds = score_bounds(self.session.scenario, cache_dir())

    def reflect(self, answer: str) -> None:
        view = self.session.view()
        self.session.reflect(answer)
        self.log.append(
            {
                "kind": "reflection",
                "turn": view.turn,
                "title": text_dict(view.reflection),
                "text": {"id": answer, "en": answer},
            }
        )
        self.record()
        self.save()

    def choice_text(self, node_id: str, choice_id: str) -> Text:
        choice = self.scenario.choice(node_id, choice_id)
        return self.session.render(choice.text) if choice else Text(choice_id, choice_id)

    def note_hint(self) -> None:
        """The trainee asked the coach at this decision (kept in the backlog)."""
        view = self.session.view()
        if view.hint and not any(e.get("kind") == "hint" and e.get("turn") == view.turn for e in self.log):
            self.log.append(
                {
                    "kind": "hint",
                    "turn": view.turn,
                    "speaker": view.coach.name if view.coach else None,
                    "text": text_dict(view.hint),
                }
            )

    # -- saving -------------------------------------------------------------------
    def to_save(self) -> dict:
        return {
            "version": SAVE_VERSION,
            "path": self.entry.path,
            "scenario": self.scenario.id,
            "title": text_dict(self.scenario.title),
            "turn": self.session.state.turn,
            "player": self.player,
            "session": self.session.to_dict(),
            "log": self.log,
            "record_id": self.record_id,
            "compare": self.compare,
            "votes": self.votes,
            "workshop": self.workshop,
            "identity": dict(self.identity),
        }

    def save(self) -> bool:
        """Write the autosave; a full disk or a read-only folder is reported, never raised: the decision
        is already made and kept in memory, and the next decision tries again."""
        if not self.autosave:
            return True
        try:
            if self.session.is_over:
                storage.discard_autosave()
            else:
                storage.write_autosave(self.to_save())
        except OSError as exc:
            self.save_error = exc.strerror or str(exc)
            return False
        self.save_error = None
        return True

    @classmethod
    def from_save(cls, data: dict, entries) -> GameRun:
        """The run a save holds. SaveError (a plain reason) for anything that cannot be resumed - a newer
        save (NewerSave), a scenario that is not there, a node or ending it lacks, a value of the wrong
        type - so Continue sets the file aside instead of crashing now or at the debrief."""
        try:
            return cls._from_save(data, entries)
        except SaveError:
            raise
        except Exception as exc:  # noqa: BLE001 (a shape the checks below missed: still never a crash)
            raise SaveError(f"the save is damaged ({type(exc).__name__}: {exc})") from None

    @classmethod
    def _from_save(cls, data: dict, entries) -> GameRun:
        run = run_from_save(cls, data, entries)
        kept = data.get("identity")
        if isinstance(kept, dict):
            run.identity = {k: v[:120] for k, v in kept.items() if k in IDENTITY and isinstance(v, str)}
        return run


IDENTITY = ("learner_id", "class_name", "batch", "organisation")


def unnamed(workshop: bool) -> str:
    """The name recorded for a game nobody named: the unnamed player or the class, with the profile's
    folder, so two unnamed players on this laptop stay two (never the literal "player")."""
    from . import profiles  # noqa: PLC0415
    from .strings import t  # noqa: PLC0415

    if workshop:
        return t("class_profile", "id")
    return f"{t('player_unnamed', 'id')} ({profiles.current_id()})"


def summary(result, path, turn: int) -> dict:
    """What the debrief compares: a plain dict, so it can ride along in the save."""
    return {
        "ending": text_dict(result.ending.title) if result.ending else None,
        "scores": dict(result.scores),
        "misconceptions": [f.tag for f in result.misconceptions],
        "days": result.days,
        "path": list(path),
        "from_turn": turn,
    }
