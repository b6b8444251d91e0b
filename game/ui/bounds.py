"""Score scales (competency bounds) without freezing the window.

The scale is an input the analysis computes (game.analysis.bounds.score_bounds), cached by the
scenario's content digest and the rules' digest, in memory and in a cache folder. The window asks here:
a known scale comes back at once; otherwise a background thread asks the analysis and the answer is
None until it is done. The session never explores by itself.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the analysis is imported when a scenario starts, not with the window
    from game.engine.scoring import Bounds


def cache_dir() -> Path:
    from game.datadirs import folders  # noqa: PLC0415 (one answer for the game's folders)

    return folders().bounds_cache


class BoundsService:
    def __init__(self, folder: Path | None = None):
        self.folder = folder or cache_dir()
        # by scenario object id; each entry holds the scenario too, so its id is never reused meanwhile
        self._threads: dict = {}  # id -> (scenario, Thread): a search started (never started twice)
        self._found: dict = {}  # id -> (scenario, Bounds), for scenarios without a content digest
        self._lock = threading.Lock()

    def request(self, scenario) -> Bounds | None:
        """The bounds if known; otherwise start finding them and answer None for now."""
        known = self._known(scenario)
        if known is not None:
            return known
        with self._lock:
            if id(scenario) not in self._threads:
                thread = threading.Thread(target=self._compute, args=(scenario,), daemon=True)
                self._threads[id(scenario)] = (scenario, thread)
                thread.start()
        return None

    def wait(self, scenario) -> Bounds | None:
        """The bounds, waiting for the background search if it is still running."""
        found = self.request(scenario)
        if found is not None:
            return found
        _, thread = self._threads[id(scenario)]
        thread.join()
        return self._known(scenario)

    def provide(self, session) -> bool:
        """Hand the session its bounds when they are known; True when it has them."""
        if not session.has_bounds:
            found = self.request(session.scenario)
            if found is not None:
                session.bounds = found
        return session.has_bounds

    def _known(self, scenario) -> Bounds | None:
        from game.analysis.bounds import cached_bounds  # noqa: PLC0415

        kept = self._found.get(id(scenario))
        if kept is not None and kept[0] is scenario:
            return kept[1]
        return cached_bounds(scenario, self.folder)

    def _compute(self, scenario) -> None:
        from game.analysis.bounds import cache_key, score_bounds  # noqa: PLC0415

        try:
            found = score_bounds(scenario, self.folder)
        except Exception:  # noqa: BLE001 - the debrief then shows the result without a scale
            return
        if cache_key(scenario) is None:  # nothing keeps it by content: keep it here for this scenario
            with self._lock:
                self._found[id(scenario)] = (scenario, found)
