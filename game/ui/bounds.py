"""Score scales (competency bounds) without freezing the window.

The scale is an input the analysis computes (game.analysis.bounds.score_bounds), cached by the
scenario's content digest and the rules' digest, in memory and in a cache folder. The window asks here:
a known scale comes back at once; otherwise the search is queued and the answer is None until it is
done. The session never explores by itself.

One background thread runs one search at a time (a large scenario's search holds ~150 MB while it
runs; two at once would hold twice that). The queue is newest first, so the scenario on show (its play
screen asks every frame) goes next; it keeps a few scenarios only, and one that falls off is asked for
again when it is shown. After each search the freed memory is given back to the system
(game.ui.cache.trim_heap). Opening the same file again (F5, a trainer's preview) asks for the same
content: it joins the search already queued or running instead of starting another.

The shipped scenarios' scales ship with them (scenarios/scales.json, by content digest; written by
game.tools.shipped_scales): for those files no search runs at all. A file someone changed has another
digest and is searched as any other.
"""

from __future__ import annotations

import functools
import json
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the analysis is imported when a scenario starts, not with the window
    from game.engine.scoring import Bounds

QUEUED = 4  # scenarios waiting for a search; older ones are dropped (asked again when shown)
UNKEYED = 8  # scales kept here for scenarios without a content digest (built in code)


def cache_dir() -> Path:
    from game.datadirs import folders  # noqa: PLC0415 (one answer for the game's folders)

    return folders().bounds_cache


@functools.lru_cache(maxsize=1)
def shipped_scales() -> dict:
    """content digest -> Bounds for the shipped scenarios (empty when the file is missing or damaged)."""
    from game.engine.scoring import Bounds  # noqa: PLC0415
    from game.resources import SCENARIOS_DIR  # noqa: PLC0415

    try:
        table = json.loads((SCENARIOS_DIR / "scales.json").read_text(encoding="utf-8"))
        return {str(digest): Bounds.from_dict(data) for digest, data in table.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _key(scenario):
    from game.analysis.bounds import cache_key  # noqa: PLC0415

    return cache_key(scenario) or ("object", id(scenario))


class BoundsService:
    def __init__(self, folder: Path | None = None):
        self.folder = folder or cache_dir()
        self._queue: OrderedDict = OrderedDict()  # key -> scenario, the next search last
        self._running = None  # the key being searched
        self._failed: set = set()  # keys whose search raised: not tried again
        self._found: OrderedDict = OrderedDict()  # key -> (scenario, Bounds), for scenarios without a digest
        self._worker: threading.Thread | None = None
        self._cond = threading.Condition()
        self.searches = 0  # searches run (tests count them)

    def request(self, scenario) -> Bounds | None:
        """The bounds if known; otherwise queue the search (first in line) and answer None for now."""
        known = self._known(scenario)
        if known is not None:
            return known
        key = _key(scenario)
        with self._cond:
            if key == self._running or key in self._failed:
                return None
            self._queue.pop(key, None)
            self._queue[key] = scenario  # newest last: searched next
            while len(self._queue) > QUEUED:
                self._queue.popitem(last=False)
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name="bounds", daemon=True)
                self._worker.start()
            self._cond.notify_all()
        return None

    def wait(self, scenario) -> Bounds | None:
        """The bounds, waiting for the background search (queued first if it was not running)."""
        found = self.request(scenario)
        key = _key(scenario)
        with self._cond:
            while found is None and (key == self._running or key in self._queue):
                self._cond.wait(0.5)
                found = self._known(scenario)
        return found if found is not None else self._known(scenario)

    def provide(self, session) -> bool:
        """Hand the session its bounds when they are known; True when it has them."""
        if not session.has_bounds:
            found = self.request(session.scenario)
            if found is not None:
                session.bounds = found
        return session.has_bounds

    def pending(self) -> int:
        """Searches queued or running."""
        with self._cond:
            return len(self._queue) + (self._running is not None)

    def _known(self, scenario) -> Bounds | None:
        from game.analysis.bounds import cached_bounds  # noqa: PLC0415

        kept = self._found.get(("object", id(scenario)))
        if kept is not None and kept[0] is scenario:
            return kept[1]
        digest = getattr(scenario, "content_hash", "")[:64]
        if digest and digest in shipped_scales():
            return shipped_scales()[digest]
        return cached_bounds(scenario, self.folder)

    def _work(self) -> None:
        while True:
            with self._cond:
                if not self._queue:
                    self._worker = None
                    return
                key, scenario = self._queue.popitem(last=True)
                self._running = key
            found = self._search(scenario)
            with self._cond:
                if found is None:
                    self._failed.add(key)
                elif isinstance(key, tuple):  # nothing keeps it by content: keep it here
                    self._found[key] = (scenario, found)
                    while len(self._found) > UNKEYED:
                        self._found.popitem(last=False)
                self._running = None
                self.searches += 1
                self._cond.notify_all()
            del scenario, found

    def _search(self, scenario) -> Bounds | None:
        from game.analysis.bounds import score_bounds  # noqa: PLC0415

        from .cache import trim_heap  # noqa: PLC0415

        try:
            return score_bounds(scenario, self.folder)
        except Exception:  # noqa: BLE001 - the debrief then shows the result without a scale
            return None
        finally:
            trim_heap()
