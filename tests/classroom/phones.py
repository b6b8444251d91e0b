"""Helpers for the window's side of a phone vote: open a class vote, vote as phones over HTTP, wait for
the projector to show it."""

import json
import time
import urllib.error
import urllib.request

import pygame

from game.ui.screens.vote import VoteScreen

from ..ui.driver import key, pump, type_text


def open_vote(app, team="Kelas B"):
    """From the title: the workshop, a team name, the first scenario, then a choice opens the vote."""
    app.top.on_intent("workshop")
    app.top.entry.text = ""
    type_text(app, team)
    key(app, pygame.K_RETURN)
    app.top.on_intent(("start", 0))
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    vote = app.top
    assert isinstance(vote, VoteScreen)
    return vote


def wait_for(app, what, seconds: float = 15.0):
    """Run frames until `what()` is true (the server answers from its own thread); bounded."""
    end = time.monotonic() + seconds
    while not what():
        assert time.monotonic() < end, "the projector never showed it"
        pump(app)
        time.sleep(0.01)


def ready_vote(app):
    vote = open_vote(app)
    assert vote.phones.server.wait_started() == "ready", vote.phones.server.problem
    wait_for(app, lambda: vote.phones.ready)
    return vote


def phone_vote(vote, token: str, choice: str):
    """One phone's vote, as the page sends it: (status, answer)."""
    server = vote.phones.server
    body = json.dumps({"vote": vote.phones.vote_id, "token": token, "choice": choice}).encode()
    request = urllib.request.Request(
        server.address.url + "vote", data=body, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())
