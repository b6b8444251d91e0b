"""UI test fixtures: dummy SDL drivers, a private config/data folder, ready scenario entries."""

import os

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
# SDL turns SIGTERM into a quit event for the game; in tests a timeout must still end the run
os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")

from ..conftest import SAMPLE  # noqa: E402


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Settings and saves go to a temporary folder, never the developer's own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


@pytest.fixture(autouse=True)
def no_input_delays(monkeypatch):
    """Drivers press keys frame after frame: the accidental-choice delays are off unless a test of them
    turns them on (tests/ui/test_layout_decision.py)."""
    from game.ui.guards import GuardTimes

    monkeypatch.setattr(GuardTimes, "choices", 0.0)
    monkeypatch.setattr(GuardTimes, "card", 0.0)


@pytest.fixture(scope="session")
def sample_entry():
    from game.ui.catalog import load_entry

    entry = load_entry(SAMPLE)
    assert entry.ok, entry.error
    return entry


@pytest.fixture(scope="session")
def demo_entry():
    from game.tools.demo import demo_scenario
    from game.ui.catalog import Entry

    return Entry("<demo>", demo_scenario())


@pytest.fixture
def make_app():
    """Open the game (in the dummy video driver) and close it after the test."""
    import pygame

    from game.ui.app import App, Options

    apps = []

    def make(entries, **kw):
        kw.setdefault("seed", 11)
        kw.setdefault("record", False)
        app = App(Options(entries=list(entries), builtin=False, **kw))
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()
    pygame.display.quit()


@pytest.fixture
def playing_copy(tmp_path, make_app):
    """A copy of the sample in a temporary folder, opened from the title and started: (app, path).
    For tests that change the file under a running game (F5, autoreload)."""
    import shutil

    from game.ui.catalog import load_entry
    from game.ui.screens.play import PlayScreen

    path = tmp_path / "s.yaml"
    shutil.copy(SAMPLE, path)
    app = make_app([load_entry(path)], seed=1)
    app.top.on_intent("play")
    app.top.on_intent("next")
    app.top.on_intent(("start", 0))
    assert isinstance(app.top, PlayScreen)
    return app, path
