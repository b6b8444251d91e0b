"""The scenarios the picker offers, found once (and again when asked)."""

from __future__ import annotations

from . import storage


class Scenarios:
    def __init__(self, options):
        self.options = options
        self._entries = options.entries

    def entries(self, refresh: bool = False) -> list:
        if self._entries is None or refresh:
            if self.options.entries is not None and not refresh:
                self._entries = list(self.options.entries)
            else:
                from .catalog import BUILTIN_DIR, discover  # noqa: PLC0415 (loads the engine model)

                dirs = []
                if self.options.builtin:
                    dirs += [BUILTIN_DIR, storage.user_scenarios_dir()]
                dirs += list(self.options.scenario_dirs)
                self._entries = list(self.options.entries or []) + discover(dirs)
        return self._entries
