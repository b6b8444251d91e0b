"""The projector's side of a phone vote (SDL's dummy driver, the real server on 127.0.0.1): the QR code
and the address while it is open, the phones' votes in the bars, the close (C, Enter, the button), the
majority played and recorded, a tie the facilitator picks, hand entry when the server cannot listen, and
no socket at all when phones or class mode are off."""

import socket

import pygame

from game.classroom.address import Address
from game.records.reading import read_sessions
from game.ui.intents import Act
from game.ui.screens.vote import VoteScreen

from ..ui.driver import button_pos, click, key, pump
from .phones import open_vote, phone_vote, ready_vote, wait_for


def token(n: int) -> str:
    return f"{n:032x}"


def test_phones_vote_the_projector_shows_it_and_the_majority_is_recorded(phone_app, tmp_path):
    db = tmp_path / "records.sqlite3"
    app = phone_app(record=True, db=str(db))
    vote = ready_vote(app)
    ids = [c.id for c in vote.choices]
    assert vote.tally == [0] * len(ids)
    qr = vote.phones.qr_rect
    assert qr.width >= 200 and not qr.colliderect(vote.situation.rect)  # the QR code, large
    assert not vote.phones.rect.colliderect(vote.options.rect)
    for n, choice in enumerate([ids[0], ids[1], ids[1], ids[0]]):
        assert phone_vote(vote, token(n), choice)[0] == 200
    assert phone_vote(vote, token(3), ids[1])[1]["result"] == "replaced"
    wait_for(app, lambda: vote.tally[:2] == [1, 3])
    assert vote.phones.voters == 4 and vote.winner() == 1
    assert [o.count for o in vote.options.buttons()][:2] == [1, 3]  # the bars' counts as drawn
    key(app, pygame.K_1)  # a raised hand adds to the phones' votes
    assert vote.tally[:2] == [2, 3]
    pump(app)
    assert vote.foot.buttons()[0].intent == Act.SUBMIT  # the button closes the vote while it is open
    key(app, pygame.K_c)
    assert vote.closed and vote.phones.closed_at
    status, answer = phone_vote(vote, token(9), ids[0])  # after the close: refused, counted nowhere
    assert (status, answer["error"]) == (409, "closed")
    key(app, pygame.K_1)  # nor a hand
    pump(app, frames=3)
    assert vote.tally[:2] == [2, 3]
    key(app, pygame.K_RETURN)  # the majority is played
    assert app.top is not vote
    played = app.game.session.state.history[0]
    assert played.choice == ids[1]
    assert app.game.votes["1"] == {ids[0]: 2, ids[1]: 3}
    app.close()
    [session] = read_sessions(db)
    assert session["decisions"][0]["votes"] == {ids[0]: 2, ids[1]: 3}
    from game.records.xapi import statements  # the same path on to xAPI

    carried = [
        st
        for st in statements([session])
        if {ids[0]: 2, ids[1]: 3} in st.get("result", {}).get("extensions", {}).values()
    ]
    assert carried, "the phones' tally is not in the xAPI statements"


def test_a_tie_is_the_facilitators_to_pick_among_the_tied(phone_app):
    app = phone_app()
    vote = ready_vote(app)
    ids = [c.id for c in vote.choices]
    phone_vote(vote, token(1), ids[0])
    phone_vote(vote, token(2), ids[1])
    wait_for(app, lambda: sum(vote.tally) == 2)
    click(app, button_pos(vote.foot, Act.SUBMIT))  # the button closes it too
    assert vote.closed and vote.winner() is None and vote.leaders() == [0, 1]
    assert vote.tr("tie_pick") in vote.status()
    key(app, pygame.K_RETURN)  # no majority to play
    assert app.top is vote
    if len(ids) > 2:
        key(app, pygame.K_3)  # not a tied option: nothing
        assert app.top is vote
    key(app, pygame.K_c)  # reopened: a phone may vote again
    assert not vote.closed
    key(app, pygame.K_c)
    key(app, pygame.K_2)  # the facilitator picks the second of the tied
    assert app.top is not vote
    assert app.game.session.state.history[0].choice == ids[1]
    assert app.game.votes["1"] == {ids[0]: 1, ids[1]: 1}


def test_going_back_closes_the_vote_and_the_same_decision_reopens_it(phone_app):
    app = phone_app()
    vote = ready_vote(app)
    ids = [c.id for c in vote.choices]
    assert phone_vote(vote, token(1), ids[1])[0] == 200
    key(app, pygame.K_ESCAPE)  # back to the decision (by mistake, say)
    assert not isinstance(app.top, VoteScreen)
    assert phone_vote(vote, token(2), ids[0])[1]["error"] == "closed"  # the phones are told
    key(app, pygame.K_1)  # the same decision's vote again: the phones' votes stand
    again = app.top
    assert isinstance(again, VoteScreen) and again is not vote
    assert again.phones.vote_id == vote.phones.vote_id and again.phones.is_open
    assert again.phones.server is vote.phones.server  # one server for the whole workshop
    assert again.tally[1] == 1 and again.phones.voters == 1
    assert phone_vote(again, token(2), ids[0])[0] == 200
    wait_for(app, lambda: again.tally[:2] == [1, 1])
    key(app, pygame.K_c)
    key(app, pygame.K_1)  # a tie: the facilitator picks the first
    assert app.game.votes["1"] == {ids[0]: 1, ids[1]: 1}
    server = again.phones.server
    assert phone_vote(again, token(3), ids[0])[1]["error"] == "closed"  # played: closed for good
    question = server._question
    assert server.open_vote(question) != again.phones.vote_id  # and never reopened


def test_a_server_that_cannot_listen_says_why_and_hands_take_over(make_app, demo_entry):
    app = make_app([demo_entry], workshop=True, phones=Address("192.0.2.123", 8765), lang="en")
    vote = open_vote(app)
    vote.phones.server.wait_started()
    wait_for(app, lambda: vote.phones.problem is not None)
    id_text, en_text = vote.phones.problem
    assert [text for text, _ in app.notices] == [vote.tr("phones_failed")]
    pump(app)
    assert vote.phones.texts[:2] == [en_text, id_text]  # why, in both languages (the room's first)
    assert not vote.phones.active and vote.tr("vote_keys") in vote.status()
    key(app, pygame.K_2)  # hand entry, as before
    key(app, pygame.K_RETURN)
    assert app.top is not vote and app.game.votes["1"] == {vote.choices[1].id: 1}
    app.flow.class_mode.stop_phones()


def test_no_socket_is_opened_when_phones_or_class_mode_are_off(make_app, demo_entry, monkeypatch):
    opened = []

    def refuse(self, *args):
        opened.append(args)
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket.socket, "bind", refuse)
    monkeypatch.setattr(socket.socket, "listen", refuse)
    app = make_app([demo_entry], workshop=True)  # class mode, no phones: hand entry
    vote = open_vote(app)
    key(app, pygame.K_1)
    key(app, pygame.K_RETURN)
    assert app.top is not vote and app.flow.class_mode.server is None
    solo = make_app([demo_entry], phones=Address("127.0.0.1", 8765))  # phones given, no class mode
    solo.top.on_intent(("start", 0))
    pump(solo)
    assert opened == [] and solo.flow.class_mode is None


def test_p_chooses_where_phones_vote_from_this_laptops_addresses(make_app, demo_entry, port, monkeypatch):
    from game.classroom import address
    from game.ui import workshop

    monkeypatch.setattr(address, "local_addresses", lambda: ["127.0.0.1"])
    monkeypatch.setattr(address, "DEFAULT_PORT", port)
    app = make_app([demo_entry], workshop=True)  # no --phones: hand entry until the facilitator says
    vote = open_vote(app)
    assert not vote.phones.active and vote.tr("phones_off") in vote.status()
    key(app, pygame.K_2)  # a raised hand, kept through the switch
    key(app, pygame.K_p)
    mode = app.flow.class_mode
    assert mode.phones_at == Address("127.0.0.1", port)
    vote = app.top
    assert vote.phones.server.wait_started() == "ready"
    wait_for(app, lambda: vote.phones.ready)
    assert f"127.0.0.1:{port}" in vote.status()
    assert phone_vote(vote, token(1), vote.choices[1].id)[0] == 200
    wait_for(app, lambda: vote.tally[1] == 2)
    assert workshop.load_profile().phones == f"127.0.0.1:{port}"  # kept for the next workshop
    server = vote.phones.server
    key(app, pygame.K_p)  # off again: the server stops listening, hands only
    assert mode.phones_at is None and mode.server is None and server.state == "stopped"
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    assert not vote.phones.active and vote.tally[1] == 1
    assert workshop.load_profile().phones == ""
    key(app, pygame.K_p)  # and on: the next workshop starts with it
    app.flow.class_mode.stop_phones()
    app.close()
    again = make_app([demo_entry], workshop=True)
    assert again.flow.class_mode.phones_at == Address("127.0.0.1", port)


def test_p_with_no_network_says_so(make_app, demo_entry, monkeypatch):
    from game.classroom import address

    monkeypatch.setattr(address, "local_addresses", lambda: [])
    app = make_app([demo_entry], workshop=True, lang="en")
    vote = open_vote(app)
    key(app, pygame.K_p)
    assert app.flow.class_mode.phones_at is None and not vote.phones.active
    assert any(vote.tr("phones_none") in text for text, _ in app.notices)
