"""Shared fixtures for the records tests: a fake clock, ids, a tiny scenario."""

from __future__ import annotations

import datetime
import itertools
import uuid

import pytest

from game.engine.model import Branch, Choice, Effect, Ending, Line, Meter, Node, Scenario, Text


class FakeClock:
    """Starts at a fixed moment and moves on a minute at each reading."""

    def __init__(self, start="2024-05-01T09:00:00+00:00", step_seconds=60):
        self.now = datetime.datetime.fromisoformat(start)
        self.step = datetime.timedelta(seconds=step_seconds)

    def __call__(self):
        moment = self.now
        self.now += self.step
        return moment


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def ids():
    counter = itertools.count(1)
    return lambda: str(uuid.uuid5(uuid.NAMESPACE_URL, f"session/{next(counter)}"))


def _choice(cid, target, effects=(), tags=()):
    return Choice(
        id=cid,
        text=Text(id=f"pilih {cid}", en=f"choose {cid}"),
        feedback=Text(en="ok", id="ok"),
        next=(Branch(target),),
        effects=tuple(Effect(m, d) for m, d in effects),
        misconceptions=tuple(tags),
    )


def tiny_scenario() -> Scenario:
    """Three decisions; the first and second can reveal misconceptions."""
    meters = {
        "collaboration": Meter("collaboration", Text(en="Collaboration", id="Kolaborasi"), kind="competency"),
        "empathy": Meter("empathy", Text(en="Empathy", id="Empati"), kind="competency"),
        "trust": Meter("trust", Text(en="Trust", id="Kepercayaan"), start=5, min=0, max=10),
    }
    nodes = {
        "meet": Node(
            "meet",
            (Line(Text(en="The village hall.", id="Balai desa.")),),
            (
                _choice("listen", "plan", [("empathy", 2), ("trust", 1)]),
                _choice("announce", "plan", [("trust", -1)], ["solo_work"]),
            ),
        ),
        "plan": Node(
            "plan",
            (Line(Text(en="Planning.", id="Perencanaan.")),),
            (
                _choice("together", "act", [("collaboration", 2)]),
                _choice("handout", "act", [("trust", 1)], ["aid_dependency", "quick_change"]),
                _choice("alone", "act", [("collaboration", -1)], ["solo_work"]),
            ),
        ),
        "act": Node(
            "act",
            (Line(Text(en="Acting.", id="Bertindak.")),),
            (
                _choice("review", "END", [("collaboration", 1), ("empathy", 1)]),
                _choice("rush", "END", [], ["quick_change"]),
            ),
        ),
    }
    endings = (Ending("shared", Text(en="Shared change", id="Perubahan bersama"), Text(en="s", id="s"), ()),)
    return Scenario(
        id="tiny",
        format=1,
        title=Text(en="Tiny", id="Kecil"),
        summary=Text(en="t", id="t"),
        duty=("needs_design",),
        minutes=5,
        start="meet",
        characters={},
        locations={},
        meters=meters,
        nodes=nodes,
        events={},
        endings=endings,
        content_hash="sha256:tiny",
    )


@pytest.fixture
def scenario():
    return tiny_scenario()


@pytest.fixture
def play(scenario):
    """play(store, player, choices, finish=True) -> session id; plays the tiny scenario and records it."""
    from game.analysis.bounds import score_bounds
    from game.engine.session import Session
    from game.records.recorder import SessionRecorder

    def run(store, player, choices, finish=True, lang="id", seed=0):
        # a front end gives the session its score scale before the end is recorded (as the window does)
        session = Session(scenario, seed=seed, bounds=score_bounds(scenario))
        recorder = SessionRecorder.begin(store, session, player, lang)
        for index in choices:
            session.choose(index)
            recorder.after_choice()
        if finish:
            recorder.finish()
        return recorder.session_id

    return run
