"""Class votes from phones: a free port on 127.0.0.1, a running vote server, and the window's fixtures
(dummy SDL drivers, a private home, make_app) for the projector's side."""

import socket

import pytest

from ..ui.conftest import demo_entry, make_app, no_input_delays, private_home  # noqa: F401 (fixtures)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def port():
    return free_port()


QUESTION = {
    "situation": [
        {
            "speaker": "Bu Ani",
            "text": {"id": "Dana desa cair minggu depan.", "en": "The village fund comes next week."},
        }
    ],
    "options": [
        {"id": "a", "n": 1, "text": {"id": "Rapat dengan warga", "en": "Meet the residents"}},
        {"id": "b", "n": 2, "text": {"id": "Bagikan bantuan", "en": "Hand out aid"}},
        {"id": "c", "n": 3, "text": {"id": "Kerjakan sendiri", "en": "Do it yourself"}},
    ],
}


@pytest.fixture
def server(port):
    from game.classroom.address import Address
    from game.classroom.server import VoteServer

    srv = VoteServer(Address("127.0.0.1", port))
    srv.start()
    assert srv.wait_started() == "ready", srv.problem
    yield srv
    srv.stop()


@pytest.fixture
def phone_app(make_app, demo_entry, port):  # noqa: F811
    """A workshop with phones on 127.0.0.1:<free port>; its vote server is stopped after the test."""
    from game.classroom.address import Address

    apps = []

    def make(**kw):
        kw.setdefault("size", (1920, 1080))
        app = make_app([demo_entry], workshop=True, phones=Address("127.0.0.1", port), **kw)
        apps.append(app)
        return app

    yield make
    for app in apps:
        if app.flow.class_mode is not None:
            app.flow.class_mode.stop_phones()
