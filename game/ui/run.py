"""One playthrough as the front end sees it: the session, its backlog, its save.

The session is the only thing that changes game state; this class only adds
what a reader needs (the backlog of everything said and chosen) and saving.
"""

from __future__ import annotations

from game.engine.model import Text
from game.engine.scoring import build_result
from game.engine.session import Session
from game.engine.state import STATE_VERSION, SaveError

from . import storage
from .catalog import Entry

SAVE_VERSION = storage.SAVE_VERSION  # defined once, beside the autosave it versions


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
        path = [record["choice"] for record in self.session.state.history]
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

        player = self.player or "player"
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
            )
        else:
            self.recorder = SessionRecorder.begin(store, self.session, player, lang, mode, on_problem)
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
            if self.session.is_over and self.session.has_bounds:  # else the debrief finishes it, scaled
                self.recorder.finish()
        except Exception as exc:  # noqa: BLE001 (records are a side channel: never stop the game, but say so)
            tell, store = getattr(self.recorder, "on_problem", None), getattr(self.recorder, "store", None)
            self.recorder = None
            if tell is not None and store is not None:
                from game.records.store import Problem  # noqa: PLC0415 (loaded with the recorder already)

                tell(Problem("broken", store.path, f"{type(exc).__name__}: {exc}"))

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
        if not isinstance(data, dict):
            raise SaveError("the save is not a saved game (expected a JSON object)")
        version = data.get("version", 1)
        if not _is_int(version) or version < 1:
            raise SaveError(f"the save's version {version!r} is not a version number")
        if version > SAVE_VERSION:
            raise NewerSave(f"save version {version}; this Berdaya reads up to {SAVE_VERSION}")
        wanted = data.get("scenario")
        path = data.get("path")
        matches = [e for e in entries if e.ok and e.scenario.id == wanted]
        matches.sort(key=lambda e: e.path != path)
        if not matches:
            raise SaveError(f"the scenario '{wanted}' is not among the scenarios found")
        scenario = matches[0].scenario
        session_data = data.get("session")
        if (
            isinstance(session_data, dict)
            and _is_int(session_data.get("version"))
            and session_data["version"] > STATE_VERSION
        ):
            raise NewerSave(
                f"state version {session_data['version']}; this Berdaya reads up to {STATE_VERSION}"
            )
        check_session(session_data, scenario)
        session = Session.from_dict(scenario, session_data)
        log = [e for e in (data.get("log") if isinstance(data.get("log"), list) else ()) if _log_entry(e)]
        record_id = data.get("record_id") if isinstance(data.get("record_id"), str) else None
        run = cls(matches[0], session, log=log, player=str(data.get("player", ""))[:200], record_id=record_id)
        run.compare = data.get("compare") if _comparison(data.get("compare")) else None
        run.votes = (
            {k: v for k, v in data["votes"].items() if _tally(k, v)}
            if isinstance(data.get("votes"), dict)
            else {}
        )
        run.workshop = data.get("workshop") is True
        try:  # read it as the play screen and the debrief will: anything that breaks breaks now
            session.view()
            build_result(scenario, session.state, session.seed, None)
        except Exception as exc:  # noqa: BLE001
            raise SaveError(f"the save cannot be shown ({type(exc).__name__}: {exc})") from None
        return run


class NewerSave(SaveError):
    """A save made by a newer Berdaya than this one."""


MAX_DAY = 100_000  # days on a scenario's calendar; beyond this no date can be shown


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and value == value
        and abs(value) != float("inf")
    )


def _numbers(value) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and _is_number(v) for k, v in value.items())


def _strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _day(value) -> bool:
    return _is_int(value) and 0 <= value <= MAX_DAY


def _cause(value) -> bool:
    return value is None or (
        isinstance(value, dict)
        and _is_int(value.get("turn"))
        and isinstance(value.get("node"), str)
        and isinstance(value.get("choice"), str)
    )


def _fired(value) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("id"), str)
        and isinstance(value.get("kind", ""), str)
        and _numbers(value.get("deltas", {}))
        and _cause(value.get("cause"))
        and _is_int(value.get("turn", 0))
        and _day(value.get("day", 0))
    )


def check_session(data, scenario) -> None:
    """SaveError naming the first thing in a saved session of the wrong type or pointing at nothing.

    The engine checks what it needs to go on (the node, the meters, the pending events); this checks what
    the play screen, the backlog and the debrief read back from the history, so nothing breaks later."""
    if not isinstance(data, dict):
        raise SaveError("the save has no session (expected a JSON object)")
    # the random state is checked by Session.from_dict (engine/rng.py), which names what is wrong
    state = data.get("state")
    if not isinstance(state, dict):
        raise SaveError("the save has no game state (expected a JSON object)")
    if not isinstance(state.get("node"), str):
        raise SaveError("the save's current node is not a name")
    if not _numbers(state.get("meters")):
        raise SaveError("the save's meters are not numbers")
    flags = state.get("flags", {})
    if not (isinstance(flags, dict) and all(isinstance(v, (bool, int, float, str)) for v in flags.values())):
        raise SaveError("the save's flags are not plain values (yes/no, numbers or words)")
    for name in ("turn", "day"):
        if not _day(state.get(name, 0)):
            raise SaveError(
                f"the save's {name} {state.get(name)!r} is not a whole number from 0 to {MAX_DAY}"
            )
    ending = state.get("ending")
    if ending is not None and not (isinstance(ending, str) and any(e.id == ending for e in scenario.endings)):
        raise SaveError(f"the save ends at '{ending}', an ending the scenario does not have")
    if not _strings(state.get("fired", [])):
        raise SaveError("the save's list of events that happened is damaged")
    history = state.get("history", [])
    if not isinstance(history, list):
        raise SaveError("the save's decisions are not a list")
    if len(history) != state.get("turn", 0):
        raise SaveError(
            f"the save holds {len(history)} decision(s) but says it is at decision {state.get('turn', 0)}"
        )
    for number, record in enumerate(history, 1):
        problem = _record_problem(record, number)
        if problem:
            raise SaveError(f"decision {number} in the save {problem}")
    reflections = state.get("reflections", {})
    if not (isinstance(reflections, dict) and all(isinstance(v, str) for v in reflections.values())):
        raise SaveError("the save's reflections are not text")


def _record_problem(record, number: int) -> str:
    if not isinstance(record, dict):
        return "is not a record (expected a JSON object)"
    if record.get("turn") != number or not _is_int(record.get("turn")):
        return f"has the number {record.get('turn')!r} (decisions are numbered 1, 2, 3...)"
    for name in ("node", "choice"):
        if not isinstance(record.get(name), str):
            return f"has no {name} name"
    checks = (
        ("day", _day(record.get("day", 0))),
        ("deltas", _numbers(record.get("deltas", {}))),
        ("meters", _numbers(record.get("meters", {}))),
        ("misconceptions", _strings(record.get("misconceptions", []))),
        ("shown", _strings(record.get("shown", []))),
        (
            "events",
            isinstance(record.get("events", []), list) and all(_fired(e) for e in record.get("events", [])),
        ),
    )
    for name, fine in checks:
        if not fine:
            return f"has a damaged '{name}'"
    return ""


def _log_entry(entry) -> bool:
    return isinstance(entry, dict) and isinstance(entry.get("kind"), str) and _is_int(entry.get("turn", 0))


def _comparison(value) -> bool:
    """A replay's 'before' summary the debrief can show (else it is dropped: only the comparison is lost)."""
    return (
        isinstance(value, dict)
        and _is_int(value.get("from_turn", 1))
        and value.get("from_turn", 1) >= 1
        and _strings(value.get("path", []))
        and _numbers(value.get("scores", {}))
        and _strings(value.get("misconceptions", []))
        and _day(value.get("days", 0))
        and (value.get("ending") is None or isinstance(value.get("ending"), (dict, str)))
    )


def _tally(turn, votes) -> bool:
    return (
        isinstance(turn, str)
        and isinstance(votes, dict)
        and all(isinstance(c, str) and _is_int(n) and n >= 0 for c, n in votes.items())
    )


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
