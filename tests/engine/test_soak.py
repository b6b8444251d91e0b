"""Soak: 10,000 random playthroughs across every shipped scenario: no exception,
every result within bounds, memory flat."""

import gc
import random
import tracemalloc

import pytest

from game.content.library import load_all
from game.engine.session import Session

from ..conftest import ROOT
from ..shipped import shipped_bounds

pytestmark = pytest.mark.slow  # ten thousand playthroughs under tracemalloc: about 60-80 s

PLAYTHROUGHS = 10_000


@pytest.fixture(scope="module")
def shipped():
    loaded = load_all([ROOT / "scenarios"])
    assert loaded and all(item.scenario for item in loaded), [str(d) for i in loaded for d in i.errors]
    return [(item.scenario, shipped_bounds(item.scenario)) for item in loaded]  # as the game reads them


def play(scenario, bounds, seed):
    rng = random.Random(seed)
    session = Session(scenario, seed=seed, bounds=bounds)
    while not session.is_over:
        session.choose(rng.randrange(len(session.choices())))
        assert session.state.turn < 200, "a playthrough that never ends"
    return session.result()


def check(scenario, result):
    assert result.ending is not None
    assert all(0 <= s <= 100 for s in result.scores.values())
    for meter_id, value in result.meters.items():
        meter = scenario.meters[meter_id]
        assert meter.clamp(value) == value, meter_id


def test_ten_thousand_playthroughs(shipped):
    per = PLAYTHROUGHS // len(shipped) + 1
    tracemalloc.start()
    baseline = None
    for round_ in range(per):
        for scenario, bounds in shipped:
            check(scenario, play(scenario, bounds, seed=round_))
        if round_ == per // 10:
            gc.collect()
            baseline = tracemalloc.get_traced_memory()[0]
    gc.collect()
    grown = tracemalloc.get_traced_memory()[0] - baseline
    tracemalloc.stop()
    assert grown < 2_000_000, f"memory grew by {grown} bytes over the soak"
