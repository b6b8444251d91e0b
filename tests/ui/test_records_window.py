"""Records in the window: a store that stops after it opened is told in the player's language, and the
game goes on to its end with every decision kept once writing works again."""

import pygame
import pytest

from game.records.store import read_sessions

from .driver import key
from .test_playthrough import play_through
from .test_storage import start


@pytest.mark.parametrize(
    "lang, stopped, again",
    [
        ("id", "hanya bisa dibaca", "Catatan sesi tersimpan lagi"),
        ("en", "is read-only", "Session records are being kept again"),
    ],
)
def test_records_that_stop_mid_game_are_told_and_caught_up(
    make_app, demo_entry, tmp_path, lang, stopped, again
):
    db = tmp_path / "records.sqlite3"
    app = make_app([demo_entry], seed=2, record=True, db=str(db))
    app.settings.lang = lang
    start(app)
    app.records.store._conn.execute("PRAGMA query_only = ON")  # the file became read-only after it opened
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    assert [text for text, _ in app.notices if stopped in text], app.notices
    assert app.game.recorder is not None and not app.game.recorder.complete
    app.records.store._conn.execute("PRAGMA query_only = OFF")
    play_through(app)
    assert [text for text, _ in app.notices if again in text], app.notices
    app.close()
    [record] = read_sessions(db)
    assert [d["turn"] for d in record["decisions"]] == list(range(1, len(app.game.session.state.history) + 1))
    assert record["finished_at"] is not None


def test_a_recorder_that_breaks_is_told_not_silent(make_app, demo_entry, tmp_path):
    app = make_app([demo_entry], seed=2, record=True, db=str(tmp_path / "r.sqlite3"))
    app.settings.lang = "en"
    start(app)

    def broken(**_):
        raise RuntimeError("a bug in the recorder")

    app.game.recorder.after_choice = broken
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    assert any("Session records stopped" in text for text, _ in app.notices), app.notices
    play_through(app)  # the game goes on


class Killed(BaseException):
    """The window is killed here."""


def _kill_at(monkeypatch, name):
    """Make storage.name kill the window; returns what puts it back (monkeypatch.undo would also undo the
    private data folder)."""
    from game.ui import storage

    def killed(*args, **kwargs):
        raise Killed()

    original = getattr(storage, name)
    monkeypatch.setattr(storage, name, killed)
    return lambda: monkeypatch.setattr(storage, name, original)


def _agree(db, app):
    [record] = read_sessions(db)
    played = [h.key for h in app.game.session.state.history]
    assert [(d["turn"], d["node"], d["choice"]) for d in record["decisions"]] == played
    return record, played


def test_continue_after_a_kill_between_the_records_and_the_autosave(
    make_app, demo_entry, tmp_path, monkeypatch
):
    from game.ui import storage
    from game.ui.screens.play import PlayScreen

    db = tmp_path / "records.sqlite3"
    app = make_app([demo_entry], seed=2, record=True, db=str(db))
    start(app)
    revive = _kill_at(monkeypatch, "write_autosave")
    key(app, pygame.K_SPACE)
    with pytest.raises(Killed):
        key(app, pygame.K_2)  # the first decision: committed to the records, the autosave never written
    made = [h.choice for h in app.game.session.state.history]
    assert len(made) == 1 and storage.load_autosave()[0]["turn"] == 0
    revive()
    again = make_app([demo_entry], record=True, db=str(db))
    again.top.on_intent("continue")
    assert isinstance(again.top, PlayScreen), again.notices
    assert [h.choice for h in again.game.session.state.history] == made  # where the player was
    assert storage.load_autosave()[0]["turn"] == len(made)  # the save caught up
    play_through(again)
    again.close()
    record, played = _agree(db, again)
    assert [c for _, _, c in played[: len(made)]] == made and record["finished_at"] is not None


def test_continue_after_a_kill_at_the_last_decision_goes_to_the_debrief(
    make_app, demo_entry, tmp_path, monkeypatch
):
    from game.ui import storage
    from game.ui.screens.debrief import DebriefScreen

    db = tmp_path / "records.sqlite3"
    app = make_app([demo_entry], seed=2, record=True, db=str(db))
    start(app)
    revive = _kill_at(
        monkeypatch, "discard_autosave"
    )  # the game's end: the records finish, the autosave stays
    with pytest.raises(Killed):
        play_through(app)
    finished = read_sessions(db)[0]["finished_at"]
    assert finished is not None and storage.has_autosave()
    revive()
    again = make_app([demo_entry], record=True, db=str(db))
    again.top.on_intent("continue")
    assert isinstance(again.top, DebriefScreen)
    assert not storage.has_autosave()
    again.close()
    record, _ = _agree(db, again)
    assert record["finished_at"] == finished  # finished once, not again


def play_through_cards(app):
    """Click through the outcome and event cards back to the play screen."""
    from game.ui.screens.cards import EventCard, OutcomeCard
    from game.ui.screens.reflection import ReflectionScreen

    from .driver import type_text

    for _ in range(20):
        if isinstance(app.top, (OutcomeCard, EventCard)):
            key(app, pygame.K_RETURN)
        elif isinstance(app.top, ReflectionScreen):
            type_text(app, "Warga belum diajak bicara.")
            key(app, pygame.K_RETURN)
        else:
            return
