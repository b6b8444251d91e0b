"""The live loop in the window: the file being played reloads by itself when it is saved.

As Ren'Py's autoreload does: the flow asks `LiveFile.changed()` every frame; it looks at the file at
most once a second (one stat). Which files are watched: a trainer's own file (anything outside the
shipped library, e.g. `play ~/latihan/copy.yaml` or a --scenarios folder) always; the shipped
scenarios only with `play --watch`, so a trainee's game never reloads because of them. Even when
watched, only a real change (mtime or size) reloads.

`reload_session` carries the game over to the new version: the decisions so far are replayed when
they still exist (as F5 does), otherwise the game stands at the same passage with the same meters.
"""

from __future__ import annotations

from pathlib import Path

from game.content.watch import FileWatch


def is_shipped(path) -> bool:
    """True for a file of the shipped scenario library (package data)."""
    from game.content.library import SCENARIOS_DIR  # noqa: PLC0415

    try:
        Path(path).resolve().relative_to(Path(SCENARIOS_DIR).resolve())
    except (ValueError, OSError):
        return False
    return True


class LiveFile:
    def __init__(self, path, *, every: float = 1.0, clock=None, stat=None):
        extra = {k: v for k, v in (("clock", clock), ("stat", stat)) if v is not None}
        self.path = str(path)
        self.watch = FileWatch([self.path], every=every, **extra)
        self.pending = False  # changed, not yet reloaded (a card was over the game)

    def seen_now(self) -> None:
        """The file as it is now is the one played (F5 read it): not a change to reload again."""
        from game.content.watch import snapshot  # noqa: PLC0415

        self.watch.seen, self.pending = snapshot([self.path], self.watch.stat), False

    def changed(self) -> bool:
        if self.watch.poll():
            self.pending = True
        return self.pending


def live_file(entry, forced: bool = False, **kwargs) -> LiveFile | None:
    """The watch for a game of `entry`, or None when it is not to be watched (see the module's doc)."""
    if entry is None or entry.folder is None:
        return None
    if not forced and is_shipped(entry.path):
        return None
    return LiveFile(entry.path, **kwargs)


def reload_session(session, scenario):
    """`session` carried over to `scenario` (its new version): replayed, or at the same passage; None
    when the passage it stands at is gone too."""
    from game.engine.session import ChoiceError, Session  # noqa: PLC0415
    from game.engine.state import SaveError  # noqa: PLC0415

    try:
        return Session.from_dict(scenario, session.to_dict())
    except SaveError:
        pass
    state = session.state
    fresh = Session(scenario, seed=session.seed, address=state.address)
    values = {k: v for k, v in state.meters.items() if k in scenario.meters}
    values |= {k: v for k, v in state.flags.items() if k in scenario.flags}
    try:
        fresh.jump(state.node, values)
    except ChoiceError:
        return None
    return fresh
