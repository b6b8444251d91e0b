"""Where the game keeps its files: one answer for every part of it.

    here = folders()                       # read the environment now (tests set XDG_* per test)
    here.config / "settings.json"          # write here
    here.find("data", "autosave.json")     # read here: the file, or where an earlier Berdaya kept it
    here.records_db                        # the records database (an earlier one is used in place)

The folders come from platformdirs (each platform's own places: ~/.config and
~/.local/share on Linux, ~/Library/Application Support on macOS, %APPDATA% on
Windows, roaming so a school's roaming profile keeps the records). An
XDG_CONFIG_HOME, XDG_DATA_HOME or XDG_CACHE_HOME that is set is honoured on every
platform, as the game always did.

Earlier versions wrote ~/.config/berdaya and ~/.local/share/berdaya on every
platform (and the records to %APPDATA%\\berdaya on Windows). Where those differ
from today's folders they are read as a fallback (`find`), so a player's saved
game, settings, results and records are found after an update; new files are
written to today's folders.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

APP = "berdaya"
DB_NAME = "records.sqlite3"
KINDS = ("config", "data", "cache")
XDG = {"config": "XDG_CONFIG_HOME", "data": "XDG_DATA_HOME", "cache": "XDG_CACHE_HOME"}


@dataclass(frozen=True)
class Folders:
    """The game's folders, and the older places each kind of file may still be in (read only)."""

    config: Path
    data: Path
    cache: Path
    legacy: Mapping[str, tuple[Path, ...]] = field(default_factory=dict)  # kind -> earlier folders

    @property
    def user_scenarios(self) -> Path:
        """Scenarios the player added (an earlier version's folder while today's does not exist)."""
        return self.find("data", "scenarios")

    @property
    def records_db(self) -> Path:
        """The records database; one an earlier version made is used where it is (SQLite: not copied)."""
        return self.find("data", DB_NAME)

    @property
    def exports(self) -> Path:
        """Where the xAPI outbox and the list of statements sent are kept (beside the records)."""
        return self.records_db.parent

    @property
    def bounds_cache(self) -> Path:
        return self.cache / "bounds"

    def folder(self, kind: str) -> Path:
        return {"config": self.config, "data": self.data, "cache": self.cache}[kind]

    def earlier(self, kind: str, name: str) -> list[Path]:
        """`name` in the earlier folders of `kind` that are not today's folder."""
        today = self.folder(kind)
        return [base / name for base in self.legacy.get(kind, ()) if base != today]

    def find(self, kind: str, name: str) -> Path:
        """The path to read `name` of `kind` from: today's, else the first earlier one that exists, else
        today's (where it will be written)."""
        today = self.folder(kind) / name
        if today.exists():
            return today
        return next((old for old in self.earlier(kind, name) if old.exists()), today)

    def every(self, kind: str, name: str) -> list[Path]:
        """Today's path and every earlier one (to remove a file wherever a version left it)."""
        return [self.folder(kind) / name, *self.earlier(kind, name)]


def folders(env: Mapping[str, str] | None = None, platform: str | None = None) -> Folders:
    """The folders for this user, from `env` (os.environ); `platform` (sys.platform) picks the earlier
    folders to fall back on (today's come from platformdirs for the platform it runs on)."""
    env = os.environ if env is None else env
    platform = platform or sys.platform
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    bases = {kind: _override(env, kind) or _platform_dir(kind, home) for kind in KINDS}
    return Folders(**bases, legacy=legacy_folders(env, platform, home))


def legacy_folders(env: Mapping[str, str], platform: str, home: Path) -> dict[str, tuple[Path, ...]]:
    """Where earlier versions kept each kind of file on `platform` (before platformdirs)."""
    config = _override(env, "config") or home / ".config" / APP
    data = _override(env, "data") or home / ".local" / "share" / APP
    old = {"config": (config,), "data": (data,), "cache": ()}
    if platform == "win32" and env.get("APPDATA"):  # the records store's own copy
        old["data"] = (data, Path(env["APPDATA"]) / APP)
    return old


def _override(env: Mapping[str, str], kind: str) -> Path | None:
    value = env.get(XDG[kind], "")
    return Path(value) / APP if value and os.path.isabs(value) else None


def _platform_dir(kind: str, home: Path) -> Path:
    try:
        import platformdirs  # noqa: PLC0415 (about 1 ms; only when a folder is asked for)
    except ImportError:  # run from a checkout without its dependencies installed: the folders used before
        return home / {"config": ".config", "data": ".local/share", "cache": ".cache"}[kind] / APP

    dirs = platformdirs.PlatformDirs(APP, appauthor=False, roaming=True)
    return Path(
        {"config": dirs.user_config_dir, "data": dirs.user_data_dir, "cache": dirs.user_cache_dir}[kind]
    )
