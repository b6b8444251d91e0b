"""Opening a file again and again (F5, a trainer's preview of each passage) keeps one game alive, and
the score scale's search runs once per content, one search at a time."""

from __future__ import annotations

import gc
import threading
import weakref

from game.analysis import bounds as scales
from game.ui.bounds import BoundsService
from game.ui.run import GameRun

from ..conftest import SAMPLE


def _alive(refs) -> int:
    gc.collect()
    return sum(1 for ref in refs if ref() is not None)


def test_opening_the_same_file_many_times_keeps_one_run(make_app, sample_entry, monkeypatch):
    from game.ui import bounds as service_module

    monkeypatch.setattr(scales, "_memory", {})
    monkeypatch.setattr(service_module, "shipped_scales", dict)  # searched, as an author's file is
    app = make_app([sample_entry], autosave=False)
    app.frame([], 1 / 60)
    runs, scenarios = [], []
    node = sample_entry.scenario.start
    for _ in range(6):
        app.flow.open_file(str(SAMPLE), start_at=node)
        for _ in range(3):
            app.frame([], 1 / 60)
        runs.append(weakref.ref(app.flow.run))
        scenarios.append(weakref.ref(app.flow.run.scenario))
    assert isinstance(app.flow.run, GameRun)
    app.context.bounds.wait(app.flow.run.scenario)
    assert _alive(runs) == 1  # only the one on show
    assert _alive(scenarios) == 1  # no queued search keeps an earlier copy
    assert app.context.bounds.searches <= 1  # six copies of one content: one search


def test_one_search_at_a_time_and_the_newest_first(tmp_path, monkeypatch):
    from game.ui import bounds as service_module

    started, gate, order, running, most = threading.Event(), threading.Event(), [], [0], [0]

    def search(self, scenario):
        running[0] += 1
        most[0] = max(most[0], running[0])
        started.set()
        gate.wait(10)
        order.append(scenario)
        running[0] -= 1

    monkeypatch.setattr(BoundsService, "_search", search)
    monkeypatch.setattr(service_module, "_key", lambda scenario: scenario)
    monkeypatch.setattr(BoundsService, "_known", lambda self, scenario: None)
    service = BoundsService(tmp_path)
    service.request("first")
    assert started.wait(10)
    for name in ("old", "new"):
        assert service.request(name) is None
    assert service.request("first") is None  # asked again while running: not queued twice
    assert service.pending() == 3
    gate.set()
    service.wait("new")  # already first in line
    service.wait("old")
    assert order == ["first", "new", "old"] and most[0] == 1
    assert service.pending() == 0 and service.searches == 3


def test_the_queue_keeps_the_newest_few(tmp_path, monkeypatch):
    from game.ui import bounds as service_module

    gate = threading.Event()
    monkeypatch.setattr(BoundsService, "_search", lambda self, scenario: gate.wait(10) and None)
    monkeypatch.setattr(service_module, "_key", lambda scenario: scenario)
    monkeypatch.setattr(BoundsService, "_known", lambda self, scenario: None)
    service = BoundsService(tmp_path)
    for name in "abcdefgh":
        service.request(name)
    with service._cond:
        assert len(service._queue) <= service_module.QUEUED
        assert list(service._queue)[-1] == "h"  # the newest goes next
    gate.set()
