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

pytestmark = pytest.mark.slow  # ten thousand playthroughs, the last thousand under tracemalloc: about 25 s

PLAYTHROUGHS = 10_000
TRACED = 1_000  # the last of them, under tracemalloc


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
    """All of them for crashes and bounds; memory by Python objects over all of them, and by bytes
    under tracemalloc over the last TRACED (tracing makes each playthrough ~8x slower)."""
    rounds = PLAYTHROUGHS // len(shipped) + 1
    traced_from = rounds - TRACED // len(shipped)
    objects = baseline = None
    for round_ in range(rounds):
        if round_ == rounds // 10:
            gc.collect()
            objects = len(gc.get_objects())
        if round_ == traced_from + 1:  # one traced round first: what a playthrough keeps for good
            gc.collect()
            baseline = tracemalloc.get_traced_memory()[0]
        if round_ == traced_from:
            tracemalloc.start()
        for scenario, bounds in shipped:
            check(scenario, play(scenario, bounds, seed=round_))
    gc.collect()
    grown = tracemalloc.get_traced_memory()[0] - baseline
    tracemalloc.stop()
    more_objects = len(gc.get_objects()) - objects
    assert more_objects < 1_000, (
        f"{more_objects} more live objects after {rounds * len(shipped)} playthroughs"
    )
    assert grown < 200_000, f"memory grew by {grown} bytes over the last {TRACED} playthroughs"
