"""Reading a save back: whether a save can be resumed, checked value by value before it is trusted.

A save comes from disk and may be damaged, edited by hand or made by a newer Berdaya; every way it can be
wrong is a SaveError with a plain reason (NewerSave for a newer one), never a crash now or at the debrief.
"""

from __future__ import annotations

from game.engine.scoring import build_result
from game.engine.session import Session
from game.engine.state import STATE_VERSION, SaveError

from . import storage

SAVE_VERSION = storage.SAVE_VERSION  # defined once, beside the autosave it versions


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


def run_from_save(cls, data: dict, entries):
    """`cls` (GameRun) rebuilt from a save's data, after every check below; SaveError otherwise."""
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
        raise NewerSave(f"state version {session_data['version']}; this Berdaya reads up to {STATE_VERSION}")
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
