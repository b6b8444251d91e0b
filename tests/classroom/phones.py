"""Helpers for the window's side of a phone vote: open a class vote, vote as phones over HTTP, wait for
the projector to show it."""

import json
import time
import urllib.error
import urllib.request

from ..ui.driver import open_vote, pump


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
