"""The session's own random source: SplitMix64, saved as two 32-bit numbers, older saves carried on."""

import json
import random

import pytest

from game.engine.rng import SplitMix64, from_mersenne
from game.engine.session import Session
from game.engine.state import STATE_VERSION, SaveError

from ..scenario_text import BASE, scenario

CHANCE = (
    BASE
    + """events:
  rain:
    kind: obstacle
    probability: 0.5
    at: [b]
    title: {id: Hujan, en: Rain}
    text: {id: Hujan deras, en: Heavy rain}
    effects: {trust: -7}
"""
)


def test_splitmix64_gives_the_published_numbers():
    """The reference outputs (Vigna's splitmix64.c) for seeds 0 and 1234567: the same in any language."""
    zero = SplitMix64.seeded(0)
    assert [zero.next64() for _ in range(3)] == [0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F]
    other = SplitMix64.seeded(1234567)
    assert [other.next64() for _ in range(3)] == [
        6457827717110365317,
        3203168211198807973,
        9817491932198370423,
    ]


def test_floats_are_in_the_unit_interval_and_spread():
    rng = SplitMix64.seeded(7)
    draws = [rng.random() for _ in range(20_000)]
    assert all(0.0 <= x < 1.0 for x in draws)
    assert abs(sum(draws) / len(draws) - 0.5) < 0.01
    assert len({round(x, 3) for x in draws}) > 990  # fills the interval


def test_the_state_saves_as_two_numbers_json_holds_exactly_and_goes_on_the_same():
    rng = SplitMix64.seeded(-3)  # any int seeds it (reduced mod 2**64)
    rng.random()
    saved = json.loads(json.dumps(rng.to_dict()))
    assert saved["algorithm"] == "splitmix64" and all(0 <= half < 2**32 for half in saved["state"])
    again = SplitMix64.from_dict(saved)
    assert [again.random() for _ in range(5)] == [rng.random() for _ in range(5)]


@pytest.mark.parametrize(
    "damaged",
    [
        None,
        "x",
        {"algorithm": "mt19937", "state": [1, 2]},
        {"algorithm": "splitmix64", "state": [1]},
        {"algorithm": "splitmix64", "state": [2**32, 0]},
        {"algorithm": "splitmix64", "state": [True, 0]},
    ],
)
def test_a_damaged_state_is_refused_by_name(damaged):
    with pytest.raises(SaveError, match="random state"):
        SplitMix64.from_dict(damaged)


def test_a_session_save_holds_the_new_state_and_the_version():
    s = Session(scenario(CHANCE), seed=4)
    data = s.to_dict()
    assert data["version"] == STATE_VERSION == 3
    assert data["rng"] == SplitMix64.seeded(4).to_dict()


def test_the_same_seed_draws_the_same_chance_events():
    sc = scenario(CHANCE)

    def rained(seed):
        s = Session(sc, seed=seed)
        s.choose(0)
        s.choose(0)
        return [e["id"] for e in s.result().events]

    runs = {seed: rained(seed) for seed in range(40)}
    assert runs == {seed: rained(seed) for seed in range(40)}
    assert 8 < sum(bool(events) for events in runs.values()) < 32  # half of them, roughly


def old_save(sc, seed: int, version: int) -> dict:
    """A save as version 1 or 2 wrote it: CPython's Mersenne Twister state, as a list."""
    s = Session(sc, seed=seed)
    s.choose(0)
    data = json.loads(json.dumps(s.to_dict()))
    mt_version, internal, gauss = random.Random(seed).getstate()
    data["version"], data["rng"] = version, [mt_version, list(internal), gauss]
    if version == 1:
        data["state"].pop("address")
    return data


@pytest.mark.parametrize("version", [1, 2])
def test_a_save_of_an_earlier_version_is_carried_on(version):
    sc = scenario(CHANCE)
    data = old_save(sc, 5, version)
    resumed = Session.from_dict(sc, data)
    assert resumed.state.turn == 1 and resumed.rng == from_mersenne(data["rng"])
    resumed.choose(0)
    assert resumed.is_over
    assert Session.from_dict(sc, resumed.to_dict()).to_dict() == resumed.to_dict()  # saved as version 3 now
    assert resumed.to_dict()["version"] == 3


@pytest.mark.parametrize(
    "damage",
    [
        lambda rng: rng.__setitem__(1, rng[1][:10]),
        lambda rng: rng[1].__setitem__(0, -1),
        lambda rng: rng[1].__setitem__(624, 10_000),  # the position past the end
        lambda rng: rng.pop(),
    ],
)
def test_an_earlier_save_with_a_damaged_random_state_is_refused_by_name(damage):
    sc = scenario(CHANCE)
    data = old_save(sc, 5, 2)
    damage(data["rng"])
    with pytest.raises(SaveError, match="Mersenne Twister"):
        Session.from_dict(sc, data)


def test_a_version_3_save_with_an_old_random_state_is_refused():
    sc = scenario(CHANCE)
    data = old_save(sc, 5, 2)
    data["version"] = 3
    with pytest.raises(SaveError, match="random state is damaged"):
        Session.from_dict(sc, data)
