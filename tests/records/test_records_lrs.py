"""Sending statements: only what the LRS says it stored counts as sent; nothing is lost, nothing leaks.

A stub LRS that follows xAPI, and hostile servers on 127.0.0.1 (a Wi-Fi login page, an empty 200, an
LRS that lists other ids, a 409 for a different statement, a redirect to another origin, a server that
answers one byte at a time or never): each keeps the statements in the outbox and says what happened,
within a bounded time; no Authorization header reaches another origin; no password is printed.
"""

from __future__ import annotations

import base64
import io
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from game.records import xapi
from game.records.lrs import (
    LrsError,
    equivalent,
    get_statements,
    read_conflicts,
    read_ledger,
    read_outbox,
    send_statements,
    shown,
    statements_url,
    summary,
    target,
)
from game.records.store import RecordStore

pytestmark = pytest.mark.slow  # servers that drip, stall or answer late, each waited out: about 13 s

AUTH = "Basic " + base64.b64encode(b"trainer:rahasia").decode()
SERVER_ADDS = {
    "stored": "2024-06-01T00:00:00Z",
    "authority": {"objectType": "Agent", "name": "lrs"},
    "version": "1.0.3",
}


class Handler(BaseHTTPRequestHandler):
    """Base: a JSON reply helper, the request log, quiet."""

    server_version = "Hostile/1"

    def reply(self, code, body=b"", kind="application/json", headers=()):
        if self.command in ("POST", "PUT") and not getattr(self, "_read", False):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))  # as a proxy does: all of it first
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        self._read = True
        return json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"null")

    def log_message(self, *args):
        pass


class StubLrs(Handler):
    """Just enough of an LRS, as xAPI says: POST answers 200 with the ids it stored (204 when it held
    them all), PUT 204, a different statement under a known id 409, GET one statement by statementId."""

    store: dict = {}
    posts: list = []
    conflict_on_same = False  # xAPI lets an LRS answer 409 for an identical statement too
    no_lookup = False  # an LRS that cannot be asked for a registration's statements (each is then put)
    page = 20  # statements per page of a GET (the rest through `more`)

    def _ok_auth(self):
        self.server.seen.append((self.command, self.path, self.headers.get("Authorization")))
        if self.headers.get("Authorization") != AUTH:
            self.reply(401, {"detail": "bad credentials"})
            return False
        assert self.headers.get("X-Experience-API-Version") == "1.0.3"
        return True

    def _same(self, statement):
        held = self.store.get(statement["id"])
        return held is not None and {k: v for k, v in held.items() if k not in SERVER_ADDS} == statement

    def do_POST(self):
        if not self._ok_auth():
            return
        batch = self.body()
        self.posts.append(len(batch))
        if any(s["id"] in self.store and not self._same(s) for s in batch):
            return self.reply(409, {"detail": "Differing statements already exist with the same ID"})
        new = [s for s in batch if s["id"] not in self.store]
        if not new:
            return self.reply(204)
        self.store.update({s["id"]: dict(s, **SERVER_ADDS) for s in new})
        self.reply(200, [s["id"] for s in new])

    def do_PUT(self):
        if not self._ok_auth():
            return
        statement = self.body()
        if statement["id"] in self.store:
            if self.conflict_on_same or not self._same(statement):
                return self.reply(409, {"detail": "conflict"})
            return self.reply(204)
        self.store[statement["id"]] = dict(statement, **SERVER_ADDS)
        self.reply(204)

    def do_GET(self):
        if not self._ok_auth():
            return
        query = parse_qs(urlsplit(self.path).query)
        if "statementId" in query:
            held = self.store.get(query["statementId"][0])
            return self.reply(200, held) if held else self.reply(404, {"detail": "not found"})
        found = list(self.store.values())
        if "registration" in query:
            if self.no_lookup:
                return self.reply(400, {"detail": "registration is not supported"})
            found = [s for s in found if s["context"]["registration"] == query["registration"][0]]
        start = int(query.get("from", ["0"])[0])
        more = ""
        if start + self.page < len(found):
            params = {k: v[0] for k, v in query.items() if k != "from"}
            more = "/xAPI/statements?" + urlencode({**params, "from": start + self.page})
        self.reply(200, {"statements": found[start : start + self.page], "more": more})


def serve(handler):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.seen = []
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/xAPI/"


@pytest.fixture
def lrs():
    StubLrs.store, StubLrs.posts, StubLrs.conflict_on_same, StubLrs.no_lookup = {}, [], False, False
    StubLrs.page = 20
    server, url = serve(StubLrs)
    server.url = url
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def hostile():
    """hostile(handler) -> (server, url); every server is shut down after the test."""
    servers = []

    def start(handler):
        server, url = serve(handler)
        servers.append(server)
        return server, url

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def statements(tmp_path, clock, ids, play):
    store = RecordStore.open(tmp_path / "r.db", clock=clock, new_id=ids)
    for n in range(12):
        play(store, f"P{n}", [n % 2, n % 3, n % 2])
    return xapi.statements(store.sessions())  # 12 x 7 = 84 statements (3 decisions, finished)


def stripped(statement):
    return {k: v for k, v in statement.items() if k not in SERVER_ADDS}


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- an LRS that behaves ----------------------------------------------------------------------------


def test_statements_url_and_credentials_in_the_address():
    assert statements_url("http://h/xAPI/") == "http://h/xAPI/statements"
    assert statements_url("http://h/xAPI/statements") == "http://h/xAPI/statements"
    where = target("https://trainer:ra%40hasia@lrs.example:8443/xAPI?token=x")
    assert (where.endpoint, where.user, where.password) == (
        "https://lrs.example:8443/xAPI/statements",
        "trainer",
        "ra@hasia",
    )
    assert shown("https://trainer:rahasia@lrs.example/xAPI?token=x") == "https://lrs.example/xAPI"
    for bad in ("ftp://lrs.example/xAPI", "file:///etc/passwd", "lrs.example/xAPI", "http://:80/x"):
        with pytest.raises(LrsError, match="address"):
            target(bad)


def test_sends_in_batches_with_basic_auth(lrs, statements, tmp_path):
    outbox = tmp_path / "outbox.json"
    sent = send_statements(lrs.url, statements, "trainer", "rahasia", outbox)
    assert (sent.stored, sent.earlier, sent.held, sent.conflicts) == (84, 0, 0, ())
    assert StubLrs.posts == [84]  # one POST of up to 200 statements
    assert [stripped(s) for s in get_statements(lrs.url, "trainer", "rahasia")] == statements
    assert not outbox.exists()


def test_only_statements_not_yet_acknowledged_are_sent(lrs, statements, tmp_path):
    outbox, ledger = tmp_path / "outbox.json", tmp_path / "sent.json"
    assert send_statements(lrs.url, statements[:30], "trainer", "rahasia", outbox, ledger).stored == 30
    sent = send_statements(lrs.url, statements, "trainer", "rahasia", outbox, ledger)
    assert (sent.stored, sent.earlier) == (54, 30)
    assert StubLrs.posts == [30, 54]  # the second export sent only the 54 new ones
    assert read_ledger(ledger, shown(statements_url(lrs.url))) == {s["id"] for s in statements}
    assert send_statements(lrs.url, statements, "trainer", "rahasia", outbox, ledger) == type(sent)(0, 84)
    assert StubLrs.posts == [30, 54]  # nothing new: nothing sent
    again = send_statements(lrs.url, iter(statements), "trainer", "rahasia", outbox, ledger, resend=True)
    # everything posted again; the LRS answers 204 (it holds them all) and a look at each session's
    # statements (GET ?registration=, paged) finds them there: already there, not "sent", not doubled
    assert (again.stored, again.held) == (0, 84) and StubLrs.posts[-1:] == [84] and len(StubLrs.store) == 84


@pytest.mark.parametrize(
    "no_lookup, conflict_on_same",
    [(False, False), (True, False), (True, True)],
    ids=["found by session", "put, LRS answers 204", "put, LRS answers 409"],
)
def test_sending_again_without_a_ledger_stores_nothing_twice(
    lrs, statements, tmp_path, no_lookup, conflict_on_same
):
    StubLrs.no_lookup, StubLrs.conflict_on_same = no_lookup, conflict_on_same
    send_statements(lrs.url, statements[:30], "trainer", "rahasia", tmp_path / "o.json")
    sent = send_statements(lrs.url, statements, "trainer", "rahasia", tmp_path / "o.json")
    assert (
        sent.stored + sent.held == 84 and len(StubLrs.store) == 84
    )  # the 30 held are confirmed, not doubled
    # 204 to a PUT is "sent" (the LRS may have stored it now); 409 + the same statement is "already there"
    assert sent.held == (30 if (conflict_on_same or not no_lookup) else 0) and not sent.conflicts
    assert not (tmp_path / "o.json").exists()


def test_a_batch_too_large_for_the_lrs_is_sent_in_halves(hostile, statements, tmp_path):
    StubLrs.store, StubLrs.posts, StubLrs.conflict_on_same, StubLrs.no_lookup = {}, [], False, False

    class Small(StubLrs):  # an LRS (or its proxy) that takes at most 30 statements a request
        def do_POST(self):
            if int(self.headers.get("Content-Length", 0)) > 30 * 3000:
                self.posts.append("413")
                return self.reply(413, {"detail": "Payload Too Large"})
            super().do_POST()

    _, url = hostile(Small)
    sent = send_statements(url, statements, "trainer", "rahasia", tmp_path / "o.json")
    assert sent.stored == 84 and len(StubLrs.store) == 84
    assert "413" in StubLrs.posts and sum(n for n in StubLrs.posts if n != "413") == 84


def test_unreachable_lrs_keeps_everything_for_a_retry(lrs, statements, tmp_path):
    outbox = tmp_path / "data" / "outbox.json"
    with pytest.raises(LrsError, match="Could not reach the LRS") as info:
        send_statements(f"http://127.0.0.1:{_free_port()}/xAPI", statements, "trainer", "rahasia", outbox)
    assert str(outbox) in str(info.value) and "84 statement(s) were kept" in str(info.value)
    assert read_outbox(outbox) == statements
    # later, the LRS is there: the outbox goes first, nothing is lost or doubled
    assert send_statements(lrs.url, statements[:5], "trainer", "rahasia", outbox).stored == 84
    assert len(StubLrs.store) == 84 and not outbox.exists()


def test_wrong_password_is_a_clear_error_and_nothing_is_lost(lrs, statements, tmp_path):
    outbox = tmp_path / "outbox.json"
    with pytest.raises(LrsError, match="refused the user name or password"):
        send_statements(lrs.url, statements, "trainer", "salah", outbox)
    assert len(read_outbox(outbox)) == 84 and StubLrs.store == {}


def test_a_password_in_the_address_is_used_and_never_printed(lrs, statements, tmp_path):
    port = lrs.server_address[1]
    sent = send_statements(
        f"http://trainer:rahasia@127.0.0.1:{port}/xAPI/", statements, None, None, tmp_path / "o.json"
    )
    assert sent.stored == 84
    with pytest.raises(LrsError) as info:
        send_statements(
            f"http://trainer:rahasia@127.0.0.1:{_free_port()}/xAPI/",
            statements,
            None,
            None,
            tmp_path / "o.json",
        )
    assert "rahasia" not in str(info.value) and "trainer" not in str(info.value)


# -- answers that do not say "stored" ---------------------------------------------------------------


class CaptivePortal(Handler):
    def do_POST(self):
        self.reply(200, b"<!DOCTYPE html><html><body>Login to the hotel Wi-Fi</body></html>", "text/html")


class EmptyOk(Handler):
    def do_POST(self):
        self.reply(200, b"", "text/plain")


class OtherIds(Handler):
    """Answers 200 with a list of ids, but not ours; a PUT gets a login page."""

    def do_POST(self):
        self.reply(200, ["00000000-0000-0000-0000-000000000000"])

    def do_PUT(self):
        self.reply(200, b"<html>login</html>", "text/html")


@pytest.mark.parametrize(
    "handler, words",
    [(CaptivePortal, "an HTML page"), (EmptyOk, "an empty answer"), (OtherIds, "not 204 No Content")],
    ids=["captive portal", "empty 200", "other ids"],
)
def test_an_answer_that_does_not_list_our_ids_keeps_the_outbox(hostile, statements, tmp_path, handler, words):
    _, url = hostile(handler)
    outbox, ledger = tmp_path / "outbox.json", tmp_path / "sent.json"
    with pytest.raises(LrsError, match=words) as info:
        send_statements(url, statements, "trainer", "rahasia", outbox, ledger)
    assert "0 statement(s) were stored" in str(info.value)
    assert read_outbox(outbox) == statements and not ledger.exists()


@pytest.mark.parametrize("no_lookup", [False, True], ids=["found by session", "put one by one"])
def test_a_409_for_a_different_statement_is_a_conflict_not_sent(lrs, statements, tmp_path, no_lookup):
    StubLrs.no_lookup = no_lookup
    changed = dict(statements[3], result={"response": "someone else's answer"})
    StubLrs.store[changed["id"]] = dict(
        changed, **SERVER_ADDS
    )  # the LRS holds another statement under our id
    outbox, ledger = tmp_path / "outbox.json", tmp_path / "sent.json"
    sent = send_statements(lrs.url, statements, "trainer", "rahasia", outbox, ledger)
    assert (sent.stored, sent.held, sent.conflicts) == (83, 0, (statements[3]["id"],))  # not counted as sent
    lrs_name = shown(statements_url(lrs.url))
    assert statements[3]["id"] not in read_ledger(ledger, lrs_name)
    assert read_conflicts(ledger, lrs_name) == {statements[3]["id"]}
    assert not outbox.exists()  # resending cannot resolve a conflict: it is listed, not kept for a retry
    assert len(StubLrs.store) == 84 and stripped(StubLrs.store[changed["id"]]) == changed  # theirs untouched
    id_, en = summary(sent, lrs_name, ledger)
    assert "sent 83 statement(s); 0 already there" in en and "1 conflict(s)" in en and "83 pernyataan" in id_
    assert statements[3]["id"] in en and statements[3]["id"] in id_ and str(ledger) in en
    # the next export sends nothing and says the conflict again, without sending it
    posts = len(StubLrs.posts)
    again = send_statements(lrs.url, statements, "trainer", "rahasia", outbox, ledger)
    assert (again.stored, again.earlier, again.conflicts) == (0, 83, ())
    assert again.known_conflicts == (statements[3]["id"],) and len(StubLrs.posts) == posts
    assert statements[3]["id"] in summary(again, lrs_name)[1]


def test_equivalence_ignores_what_an_lrs_adds_and_how_it_writes_the_time(statements):
    statement = statements[0]
    held = dict(statement, **SERVER_ADDS, timestamp=statement["timestamp"].replace("+00:00", "Z"))
    assert equivalent(statement, held)
    assert not equivalent(statement, dict(held, verb={"id": "http://example.com/other"}))


# -- redirects -------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [302, 307])
def test_a_redirect_to_another_origin_never_gets_the_authorization(hostile, statements, tmp_path, code):
    elsewhere, elsewhere_url = hostile(StubLrs)
    StubLrs.store, StubLrs.posts = {}, []

    class Redirect(Handler):
        def do_POST(self):
            self.server.seen.append(self.headers.get("Authorization"))
            self.reply(code, b"", headers=[("Location", elsewhere_url + "statements")])

    here, url = hostile(Redirect)
    outbox = tmp_path / "outbox.json"
    with pytest.raises(LrsError, match="redirected to another address") as info:
        send_statements(url.replace("127.0.0.1", "trainer:rahasia@127.0.0.1"), statements, None, None, outbox)
    assert here.seen == [AUTH]  # the LRS we were given got it...
    assert elsewhere.seen == []  # ...the other origin got nothing at all
    assert "rahasia" not in str(info.value) and shown(elsewhere_url + "statements") in str(info.value)
    assert read_outbox(outbox) == statements


def test_a_same_origin_307_is_followed_and_a_302_of_a_post_is_refused(hostile, statements, tmp_path):
    StubLrs.store, StubLrs.posts, StubLrs.conflict_on_same = {}, [], False

    class Moved(StubLrs):
        def do_POST(self):
            if self.path.startswith("/old/"):
                code = 307 if "keep" in self.path else 302
                return self.reply(
                    code, b"", headers=[("Location", self.path.replace("/old/keep", "").replace("/old", ""))]
                )
            super().do_POST()

    _, url = hostile(Moved)
    sent = send_statements(
        url.replace("/xAPI/", "/old/keep/xAPI/"), statements, "trainer", "rahasia", tmp_path / "o.json"
    )
    assert sent.stored == 84
    with pytest.raises(LrsError, match="would turn the statements into a GET"):
        send_statements(
            url.replace("/xAPI/", "/old/xAPI/"),
            statements,
            "trainer",
            "rahasia",
            tmp_path / "o2.json",
            resend=True,
        )


# -- servers that take their time ------------------------------------------------------------------


def slow_server(mode):
    """A raw TCP server on 127.0.0.1: 'drip' sends an endless header one byte every 0.1 s, 'silent'
    accepts and never answers, 'endless' answers 200 with a body that never ends."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    stop = threading.Event()

    def talk(conn):
        with conn:
            conn.settimeout(0.5)
            try:
                conn.recv(65536)
                if mode == "drip":
                    conn.sendall(b"HTTP/1.1 200 OK\r\n")
                    while not stop.is_set():
                        conn.sendall(b"X")
                        time.sleep(0.1)
                elif mode == "endless":
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[")
                    while not stop.is_set():
                        conn.sendall(b'"x",' * 64)
                        time.sleep(0.01)
                else:
                    stop.wait()
            except OSError:
                pass

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=talk, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    return listener, stop


@pytest.mark.parametrize("mode", ["drip", "silent", "endless"])
def test_a_slow_server_cannot_hold_the_export(statements, tmp_path, mode):
    listener, stop = slow_server(mode)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/xAPI/"
    started = time.monotonic()
    try:
        with pytest.raises(LrsError) as info:
            send_statements(
                url,
                statements,
                "trainer",
                "rahasia",
                tmp_path / "o.json",
                total_timeout=1.5,
                read_timeout=0.5,
            )
    finally:
        stop.set()
        listener.close()
    took = time.monotonic() - started
    assert took < 3, f"the export took {took:.1f} s against a total timeout of 1.5 s"
    assert "too slow" in str(info.value) or "no answer in time" in str(info.value), str(info.value)
    assert read_outbox(tmp_path / "o.json") == statements


# -- the command line ------------------------------------------------------------------------------


def test_export_says_what_was_sent_and_never_prints_the_password(lrs, tmp_path, clock, ids, play):
    import argparse

    from game.records.cli_commands import LEDGER_NAME, add_record_arguments

    db = tmp_path / "records.sqlite3"
    store = RecordStore.open(db, clock=clock, new_id=ids)
    play(store, "Ani", [0, 0, 0])
    store.close()
    parser = argparse.ArgumentParser()
    add_record_arguments(parser.add_subparsers(dest="command"))
    url = lrs.url.replace("127.0.0.1", "trainer:rahasia@127.0.0.1")

    def run(*extra):
        args = parser.parse_args(["export", "--db", str(db), "--lrs", url, *extra])
        err = io.StringIO()
        return args.handler(args, out=io.StringIO(), err=err), err.getvalue()

    code, message = run()
    assert code == 0 and "sent 7 statement(s)" in message and "rahasia" not in message
    assert "7 pernyataan dikirim" in message  # Bahasa Indonesia first
    assert (db.parent / LEDGER_NAME).exists()
    code, message = run()
    assert code == 0 and "sent 0 statement(s); 7 already there (7 acknowledged before" in message
    changed = next(iter(StubLrs.store.values()))
    StubLrs.store[changed["id"]] = dict(changed, verb={"id": "http://example.com/changed"})
    code, message = run("--lrs-resend", "--lrs-timeout", "30")
    assert code == 1 and "1 conflict(s)" in message and changed["id"] in message and "rahasia" not in message
    assert "6 already there" in message


def test_report_reads_the_sessions_an_lrs_holds(lrs, tmp_path, clock, ids, play):
    import argparse

    from game.records.cli_commands import add_record_arguments

    db = tmp_path / "records.sqlite3"
    store = RecordStore.open(db, clock=clock, new_id=ids)
    for name in ("Ani", "Budi", "Citra"):
        play(store, name, [0, 1, 0])
    play(store, "Dewi", [1], finish=False)
    store.close()
    StubLrs.page = 5  # the report follows `more` over several pages
    parser = argparse.ArgumentParser()
    add_record_arguments(parser.add_subparsers(dest="command"))
    login = ["--lrs", lrs.url, "--lrs-user", "trainer", "--lrs-password", "rahasia"]
    args = parser.parse_args(["export", "--db", str(db), *login])
    assert args.handler(args, out=io.StringIO(), err=io.StringIO()) == 0
    report = tmp_path / "report.html"
    args = parser.parse_args(["report", *login, "-o", str(report)])
    err = io.StringIO()
    assert args.handler(args, err=err) == 0 and "4 session(s)" in err.getvalue()
    assert all(name in report.read_text(encoding="utf-8") for name in ("Ani", "Budi", "Citra", "Dewi"))
    # an LRS that cannot be read: said in both languages, no traceback, no report
    args = parser.parse_args(["report", *login[:1], f"http://127.0.0.1:{_free_port()}/xAPI/", "-o", "x.html"])
    err = io.StringIO()
    assert args.handler(args, err=err) == 1
    assert "galat: LRS tidak bisa dibaca" in err.getvalue() and "error: Could not reach" in err.getvalue()
