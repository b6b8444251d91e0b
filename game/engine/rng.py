"""The session's random source: SplitMix64, small, deterministic and saved as two plain numbers.

    rng = SplitMix64.seeded(7)
    rng.random()                           # a float in [0, 1)
    saved = rng.to_dict()                  # {"algorithm": "splitmix64", "state": [high, low]}
    SplitMix64.from_dict(saved).random()   # the same next number, in any language

SplitMix64 (Steele, Lea and Flood, 2014; the generator that seeds Java's SplittableRandom and
xoshiro) keeps one 64-bit integer. A save writes it as two 32-bit halves, so every JSON reader (also
one that holds numbers as doubles) reads it exactly. Its output passes BigCrush; chance events need
far less than that, but they need the same answer for the same seed on every Python and platform,
which CPython's Mersenne Twister internals (what saves held before version 3) did not promise.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .state import SaveError

ALGORITHM = "splitmix64"
MASK = (1 << 64) - 1
HALF = (1 << 32) - 1
GOLDEN = 0x9E3779B97F4A7C15
MERSENNE_WORDS = 625  # what random.getstate() keeps: 624 words and a position


@dataclass
class SplitMix64:
    state: int  # 0 <= state < 2**64

    @classmethod
    def seeded(cls, seed: int) -> SplitMix64:
        return cls(seed & MASK)

    def next64(self) -> int:
        self.state = (self.state + GOLDEN) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def random(self) -> float:
        """A float in [0, 1) from the top 53 bits, as every language's doubles can hold it."""
        return (self.next64() >> 11) * (1.0 / (1 << 53))

    def to_dict(self) -> dict:
        return {"algorithm": ALGORITHM, "state": [self.state >> 32, self.state & HALF]}

    @classmethod
    def from_dict(cls, data) -> SplitMix64:
        if not isinstance(data, dict) or data.get("algorithm") != ALGORITHM:
            raise SaveError(f"the save's random state is damaged (expected a {ALGORITHM} state)")
        halves = data.get("state")
        if not (
            isinstance(halves, list)
            and len(halves) == 2
            and all(_is_int(h) and 0 <= h <= HALF for h in halves)
        ):
            raise SaveError("the save's random state is damaged (expected two whole numbers below 2^32)")
        return cls((halves[0] << 32) | halves[1])


def from_mersenne(data) -> SplitMix64:
    """Carry on a save of version 1 or 2, which kept Python's Mersenne Twister state.

    Its next 64 bits become the new state: the save's past is kept exactly and what happens next is
    still drawn from the save's own randomness, but the chance events after the resume are not the ones
    the earlier Berdaya would have drawn (that generator is gone)."""
    try:
        version, internal, gauss = data
        if not (
            isinstance(internal, list)
            and len(internal) == MERSENNE_WORDS
            and all(_is_int(x) and 0 <= x <= HALF for x in internal)
        ):
            raise ValueError("not 625 whole numbers below 2^32")
        old = random.Random()
        old.setstate((version, tuple(internal), gauss))
        return SplitMix64(old.getrandbits(64))
    except (TypeError, ValueError) as exc:
        raise SaveError(
            f"the save's random state (Python's Mersenne Twister, versions 1-2) is damaged ({exc})"
        ) from None


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
