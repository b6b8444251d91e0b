"""Score scales (competency bounds) without freezing the window.

Finding the best and worst achievable scores explores the scenario and can take
a few seconds on a large one. The window asks here instead of the session: the
answer comes from memory, from a small cache file keyed by the scenario file's
content hash, or from a background thread started on the first request.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the engine is imported when a scenario starts, not with the window
    from game.engine.scoring import Bounds


def engine_digest() -> str:
    """Changes whenever the engine's rules do, so a cache never outlives the rules it was made by."""
    import game.engine  # noqa: PLC0415

    digest = hashlib.sha256()
    for path in sorted(Path(game.engine.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "berdaya" / "bounds"


class BoundsService:
    def __init__(self, folder: Path | None = None):
        self.folder = folder or cache_dir()
        self._ready: dict = {}  # content hash -> Bounds
        self._threads: dict = {}  # content hash -> Thread
        self._lock = threading.Lock()
        self._engine = ""  # engine digest, read on first use

    def request(self, scenario) -> Bounds | None:
        """The bounds if known; otherwise start finding them and answer None for now."""
        key = scenario.content_hash or scenario.id
        with self._lock:
            if key in self._ready:
                return self._ready[key]
            cached = self._read(key)
            if cached is not None:
                self._ready[key] = cached
                return cached
            if key not in self._threads:
                thread = threading.Thread(target=self._compute, args=(key, scenario), daemon=True)
                self._threads[key] = thread
                thread.start()
        return None

    def wait(self, scenario) -> Bounds | None:
        """The bounds, waiting for the background search if it is still running."""
        found = self.request(scenario)
        if found is not None:
            return found
        thread = self._threads.get(scenario.content_hash or scenario.id)
        if thread is not None:
            thread.join()
        return self._ready.get(scenario.content_hash or scenario.id)

    def provide(self, session) -> bool:
        """Hand the session its bounds when they are known; True when it has them."""
        if not session.has_bounds:
            found = self.request(session.scenario)
            if found is not None:
                session.bounds = found
        return session.has_bounds

    def _compute(self, key: str, scenario) -> None:
        from game.engine.scoring import Bounds  # noqa: PLC0415

        try:
            bounds = Bounds.of(scenario)
        except Exception:  # noqa: BLE001 - the session will compute them itself if it must
            return
        with self._lock:
            self._ready[key] = bounds
        self._write(key, bounds)

    def _path(self, key: str) -> Path:
        if not self._engine:
            self._engine = engine_digest()
        return self.folder / f"{self._engine}-{key[:64]}.json"

    def _read(self, key: str) -> Bounds | None:
        from game.engine.scoring import Bounds  # noqa: PLC0415

        try:
            return Bounds.from_dict(json.loads(self._path(key).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # no cache, or a damaged one: compute again

    def _write(self, key: str, bounds: Bounds) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self._path(key).with_suffix(".tmp")
            tmp.write_text(json.dumps(bounds.to_dict()), encoding="utf-8")
            os.replace(tmp, self._path(key))
        except OSError:
            pass  # a read-only or full disk only costs the cache
