"""Records in the window: a store that stops after it opened is told in the player's language, and the
game goes on to its end with every decision kept once writing works again."""
import pygame
import pytest

from game.records.store import read_sessions

from .driver import key
from .test_playthrough import play_through
from .test_storage import start


@pytest.mark.parametrize("lang, stopped, again", [
    ("id", "hanya bisa dibaca", "Catatan sesi tersimpan lagi"),
    ("en", "is read-only", "Session records are being kept again"),
])
def test_records_that_stop_mid_game_are_told_and_caught_up(make_app, demo_entry, tmp_path, lang, stopped, again):
    db = tmp_path / "records.sqlite3"
    app = make_app([demo_entry], seed=2, record=True, db=str(db))
    app.settings.lang = lang
    start(app)
    app._store._conn.execute("PRAGMA query_only = ON")  # the file became read-only after it opened
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    assert [text for text, _ in app.notices if stopped in text], app.notices
    assert app.game.recorder is not None and not app.game.recorder.complete
    app._store._conn.execute("PRAGMA query_only = OFF")
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
