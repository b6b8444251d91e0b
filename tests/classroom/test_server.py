"""The vote server on 127.0.0.1 and a free port, spoken to over real HTTP (aiohttp's client): the page
(nothing from the internet), the vote's state, a vote counted, replaced, refused after the close, and why
it cannot listen, in both languages."""

import asyncio
import json
import socket

import aiohttp
import pytest

from game.classroom.address import Address
from game.classroom.server import VoteServer

from .conftest import QUESTION

A, B = "a" * 32, "b" * 32


def call(coro):
    return asyncio.run(asyncio.wait_for(coro, 20))


async def fetch(server, method, path, body=None, raw=None):
    async with aiohttp.ClientSession() as http:
        url = server.address.url + path
        kw = {"json": body} if body is not None else {"data": raw} if raw is not None else {}
        async with http.request(method, url, **kw) as answer:
            text = await answer.text()
            return answer.status, answer.headers, text


def get_state(server, token=A):
    status, _, text = call(fetch(server, "GET", f"state?token={token}"))
    assert status == 200
    return json.loads(text)


def vote(server, vote_id, token, choice):
    status, _, text = call(fetch(server, "POST", "vote", {"vote": vote_id, "token": token, "choice": choice}))
    return status, json.loads(text)


def drain(server):
    found = []
    while not server.events.empty():
        found.append(server.events.get_nowait())
    return found


def test_the_page_is_whole_and_needs_no_internet(server):
    status, headers, text = call(fetch(server, "GET", ""))
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<script" in text and "localStorage" in text and "getRandomValues" in text
    for outside in ("http://", "https://", "<script src", "<link", "@import", "url("):
        assert outside not in text, outside
    for words in ("anonim", "anonymous", "ditutup pukul", "closed at"):
        assert words in text.lower()


def test_a_vote_counted_replaced_and_refused_after_the_close(server):
    assert get_state(server)["question"] is None  # no vote on show yet: the phones wait
    assert drain(server) == [("ready", server.address.url)]
    vote_id = server.open_vote(QUESTION)
    state = get_state(server)
    assert state["vote"] == vote_id and state["open"] and state["mine"] is None
    assert [o["id"] for o in state["question"]["options"]] == ["a", "b", "c"]
    assert vote(server, vote_id, A, "a") == (200, {"ok": True, "result": "counted", "mine": "a"})
    assert vote(server, vote_id, A, "b")[1]["result"] == "replaced"  # a second vote replaces the first
    assert vote(server, vote_id, B, "b")[0] == 200
    assert get_state(server, A)["mine"] == "b"  # a phone that comes back sees its vote
    assert get_state(server, "c" * 32)["mine"] is None
    assert drain(server)[-1] == ("tally", vote_id, [0, 2, 0], 2)
    assert server.close_vote() == {"b": 2}
    status, answer = vote(server, vote_id, "c" * 32, "a")
    assert (status, answer["error"]) == (409, "closed")
    assert vote(server, vote_id, A, "c")[1]["error"] == "closed"
    state = get_state(server, A)
    assert not state["open"] and state["mine"] == "b" and len(state["closed_at"]) == 5
    assert server.snapshot() == (vote_id, [0, 2, 0], 2, False) and drain(server) == []
    # the next vote starts empty; a phone still on the last one is told it is stale
    second = server.open_vote(QUESTION)
    assert second != vote_id and get_state(server, A)["mine"] is None
    assert vote(server, vote_id, A, "a")[1]["error"] == "stale"


def test_bad_votes_get_a_clear_answer_and_count_nothing(server):
    vote_id = server.open_vote(QUESTION)
    assert vote(server, vote_id, "short", "a") == (400, {"ok": False, "error": "bad_token"})
    assert vote(server, vote_id, A, "zz") == (400, {"ok": False, "error": "unknown_choice"})
    status, _, text = call(fetch(server, "POST", "vote", raw=b"{not json"))
    assert (status, json.loads(text)["error"]) == (400, "bad_request")
    status, _, _ = call(fetch(server, "POST", "vote", raw=b"x" * 10000))
    assert status == 413  # a body larger than any vote
    assert server.snapshot()[1:3] == ([0, 0, 0], 0)


def test_nothing_but_the_token_and_its_choice_is_kept(server):
    vote_id = server.open_vote(QUESTION)
    vote(server, vote_id, A, "c")
    assert server._ballot.votes == {A: "c"}


def test_a_port_in_use_says_why_in_both_languages(port):
    taken = socket.socket()
    taken.bind(("127.0.0.1", port))
    taken.listen()
    try:
        srv = VoteServer(Address("127.0.0.1", port))
        srv.start()
        assert srv.wait_started() == "failed"
        kind, id_text, en_text = srv.events.get_nowait()
        assert kind == "failed" and (id_text, en_text) == srv.problem
        assert "dipakai" in id_text and "in use" in en_text and str(port + 1) in en_text
        srv.stop()
    finally:
        taken.close()


def test_an_address_not_of_this_machine_says_so():
    srv = VoteServer(Address("192.0.2.123", 8765))  # TEST-NET-1: never a local address
    srv.start()
    assert srv.wait_started() == "failed"
    assert "bukan alamat laptop ini" in srv.problem[0] and "not this laptop's address" in srv.problem[1]
    srv.stop()


@pytest.mark.parametrize("text", ["0.0.0.0", "semua", "10.0.0.1:99999"])
def test_the_command_line_refuses_every_interface_or_a_bad_address(text, capsys):
    from game.cli.parser import game_parser

    with pytest.raises(SystemExit) as done:
        game_parser().parse_args(["--workshop", "--phones", text])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "--phones" in err and "192.168.1.10" in err


def test_the_command_line_takes_an_address_and_a_port():
    from game.cli.parser import game_parser
    from game.ui.options import Options

    args = game_parser().parse_args(["--workshop", "--phones", "192.168.1.10:9000"])
    assert Options.from_args(args).phones == Address("192.168.1.10", 9000)
    assert Options.from_args(game_parser().parse_args(["--workshop"])).phones is None


def test_a_missing_library_is_said_not_a_silent_thread(port, monkeypatch):
    import builtins

    real = builtins.__import__

    def no_segno(name, *args, **kw):
        if name == "segno":
            raise ImportError("No module named 'segno'", name="segno")
        return real(name, *args, **kw)

    monkeypatch.setattr(builtins, "__import__", no_segno)
    srv = VoteServer(Address("127.0.0.1", port))
    srv.start()
    assert srv.wait_started() == "failed"
    assert "segno" in srv.problem[0] and "segno" in srv.problem[1] and "pip install" in srv.problem[1]
    srv.stop()
