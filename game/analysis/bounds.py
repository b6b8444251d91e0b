"""Score scales: the worst and best final value of each competency, found by exploring the scenario.

    bounds = score_bounds(scenario)                  # explores once per content, then from memory
    bounds = score_bounds(scenario, folder=CACHE)    # also kept in (and read from) a cache folder
    known = cached_bounds(scenario, folder=CACHE)    # never explores: the bounds, or None

The session never finds its own scale (issue 12): every front end asks here and hands the answer to
`Session(..., bounds=...)`. Exploring a large scenario takes seconds (the largest shipped one needs
~330k decisions played), so answers are kept by a key made of the scenario file's content digest and
a digest of the rules that produced them (the engine, the loader and this exploration): a cache never
outlives the rules it was made by. A scenario built in code (no content digest) is explored each time.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from pathlib import Path

from game.safefiles import write_atomic

from ..engine.model import Scenario
from ..engine.scoring import Bounds
from .reach import explore

BOUNDS_TRANSITIONS = 500_000  # the largest shipped scenario needs ~330k (~8 s on 2 cores, in a background
# thread in the window); past it the scale is marked incomplete
BOUNDS_STATES = 60_000  # each state kept costs ~3 KB while the search runs (the largest shipped scenario
# has ~49k: ~150 MB); past it the scale is marked incomplete, so a search never holds more than ~180 MB
MEMORY_ENTRIES = 64  # scales kept in memory per process (each is a few numbers)
GAME = Path(__file__).resolve().parents[1]
RULES = ("engine", "content")  # packages whose code decides what a scenario file means and does

_memory: dict[str, Bounds] = {}  # key -> Bounds, oldest first
_lock = threading.Lock()


@functools.lru_cache(maxsize=1)
def rules_digest() -> str:
    """Changes whenever the code that turns a file into bounds does."""
    digest = hashlib.sha256()
    files = [p for package in RULES for p in sorted((GAME / package).rglob("*.py"))]
    for path in files + [GAME / "analysis" / "reach.py", Path(__file__)]:
        digest.update(path.relative_to(GAME).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(scenario: Scenario) -> str | None:
    """The rules' digest and the file's; None for a scenario without a content digest."""
    content = scenario.content_hash
    if not content or not all(ch in "0123456789abcdef" for ch in content[:64]):
        return None
    return f"{rules_digest()}-{content[:64]}"


def explore_bounds(
    scenario: Scenario, max_transitions: int = BOUNDS_TRANSITIONS, max_states: int = BOUNDS_STATES
) -> Bounds:
    """The exploration itself, uncached: `complete` is False when it was cut."""
    found = explore(scenario, scope="flow", max_transitions=max_transitions, max_states=max_states)
    return Bounds(dict(found.best), dict(found.worst), found.complete)


def cached_bounds(scenario: Scenario, folder: Path | None = None) -> Bounds | None:
    """The bounds from memory or from `folder`, without exploring; None when neither has them."""
    key = cache_key(scenario)
    if key is None:
        return None
    with _lock:
        if key in _memory:
            return _memory[key]
    found = _read(folder, key) if folder is not None else None
    if found is not None:
        _remember(key, found)
    return found


def score_bounds(scenario: Scenario, folder: Path | None = None) -> Bounds:
    """The bounds: cached, or explored now and kept (in memory, and in `folder` when given)."""
    found = cached_bounds(scenario, folder)
    if found is not None:
        return found
    found = explore_bounds(scenario)
    key = cache_key(scenario)
    if key is not None:
        _remember(key, found)
        if folder is not None:
            _write(folder, key, found)
    return found


def _remember(key: str, bounds: Bounds) -> None:
    with _lock:
        _memory.pop(key, None)
        _memory[key] = bounds
        while len(_memory) > MEMORY_ENTRIES:
            del _memory[next(iter(_memory))]


def _path(folder: Path, key: str) -> Path:
    return Path(folder) / f"{key}.json"


def _read(folder: Path, key: str) -> Bounds | None:
    try:
        return Bounds.from_dict(json.loads(_path(folder, key).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # no cache, or a damaged one: explore again


def _write(folder: Path, key: str, bounds: Bounds) -> None:
    try:
        write_atomic(_path(folder, key), json.dumps(bounds.to_dict()))
    except OSError:  # a read-only or full disk only costs the cache
        pass
