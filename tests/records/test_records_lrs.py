"""Sending statements: basic auth, batches, an outbox for what could not be sent."""
from __future__ import annotations

import base64
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from game.records import xapi
from game.records.lrs import LrsError, get_statements, read_outbox, send_statements, statements_url
from game.records.store import RecordStore

AUTH = "Basic " + base64.b64encode(b"trainer:rahasia").decode()


class StubLrs(BaseHTTPRequestHandler):
    """Just enough of an LRS: POST/PUT/GET /xAPI/statements with basic auth; 409 on a known id."""

    store: dict = {}
    posts: list = []

    def _ok_auth(self):
        if self.headers.get("Authorization") != AUTH:
            self._reply(401, {"detail": "bad credentials"})
            return False
        assert self.headers.get("X-Experience-API-Version") == "1.0.3"
        return True

    def _reply(self, code, body=None):
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        if not self._ok_auth():
            return
        batch = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.posts.append(len(batch))
        if any(s["id"] in self.store for s in batch):
            return self._reply(409, {"detail": "conflict"})
        self.store.update({s["id"]: s for s in batch})
        self._reply(200, [s["id"] for s in batch])

    def do_PUT(self):
        if not self._ok_auth():
            return
        statement = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if statement["id"] in self.store:
            return self._reply(409, {"detail": "conflict"})
        self.store[statement["id"]] = statement
        self._reply(204)

    def do_GET(self):
        if self._ok_auth():
            self._reply(200, {"statements": list(self.store.values()), "more": ""})

    def log_message(self, *args):
        pass


@pytest.fixture
def lrs():
    StubLrs.store, StubLrs.posts = {}, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), StubLrs)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/xAPI/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def statements(tmp_path, clock, ids, play):
    store = RecordStore.open(tmp_path / "r.db", clock=clock, new_id=ids)
    for n in range(12):
        play(store, f"P{n}", [n % 2, n % 3, n % 2])
    return xapi.statements(store.sessions())  # 12 x 5 = 60 statements


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_statements_url():
    assert statements_url("http://h/xAPI/") == "http://h/xAPI/statements"
    assert statements_url("http://h/xAPI/statements") == "http://h/xAPI/statements"


def test_sends_in_batches_with_basic_auth(lrs, statements, tmp_path):
    outbox = tmp_path / "outbox.json"
    assert send_statements(lrs, statements, "trainer", "rahasia", outbox) == 60
    assert StubLrs.posts == [50, 10]
    assert get_statements(lrs, "trainer", "rahasia") == statements
    assert not outbox.exists()


def test_sending_again_stores_nothing_twice(lrs, statements, tmp_path):
    send_statements(lrs, statements[:30], "trainer", "rahasia", tmp_path / "o.json")
    send_statements(lrs, statements, "trainer", "rahasia", tmp_path / "o.json")
    assert len(StubLrs.store) == 60


def test_unreachable_lrs_keeps_everything_for_a_retry(lrs, statements, tmp_path):
    outbox = tmp_path / "data" / "outbox.json"
    with pytest.raises(LrsError, match="Could not reach the LRS") as info:
        send_statements(f"http://127.0.0.1:{_free_port()}/xAPI", statements, "trainer", "rahasia", outbox)
    assert str(outbox) in str(info.value) and "60 statement(s) were kept" in str(info.value)
    assert read_outbox(outbox) == statements
    # later, the LRS is there: the outbox goes first, nothing is lost or doubled
    assert send_statements(lrs, statements[:5], "trainer", "rahasia", outbox) == 60
    assert len(StubLrs.store) == 60 and not outbox.exists()


def test_wrong_password_is_a_clear_error_and_nothing_is_lost(lrs, statements, tmp_path):
    outbox = tmp_path / "outbox.json"
    with pytest.raises(LrsError, match="refused the user name or password"):
        send_statements(lrs, statements, "trainer", "salah", outbox)
    assert len(read_outbox(outbox)) == 60 and StubLrs.store == {}
