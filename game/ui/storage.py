"""Files the game keeps for the player: settings, the autosaves, best results.

The laptop's settings (fullscreen, sound, projector) are settings.json in the
config folder; everything that belongs to a person (name, language, text size and
speed, contrast, practice mode, sapaan, read aloud, save slots, best results) is
their profile's, under the data folder (game.ui.profiles). Every write is atomic
and a file that cannot be read is set aside with a message, never a crash
(game.safefiles). An autosave made by a newer Berdaya is refused by name and left
where it is, slot by slot.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, fields
from pathlib import Path

from game import datadirs, safefiles

from . import profiles

SAVE_VERSION = 1  # the autosave's format (game.ui.run writes and checks it); a save without one is 1
MAX_PEEK = 64 * 1024 * 1024  # an autosave is kilobytes: a bigger file is not looked into before a write


def config_dir() -> Path:
    return datadirs.folders().config


def data_dir() -> Path:
    return datadirs.folders().data


def user_scenarios_dir() -> Path:
    return datadirs.folders().user_scenarios


def tidy_folders() -> list:
    """Remove what a killed write left (temporary files) from the config and data folders."""
    here = datadirs.folders()
    removed = safefiles.clean_stale(here.config) + safefiles.clean_stale(here.data)
    for folder in profiles.folders_to_tidy():
        removed += safefiles.clean_stale(folder)
    return removed


def write_json(path: Path, data) -> None:
    safefiles.write_json(path, data)


def set_aside(path: Path, reason: str = "") -> Path:
    """Rename a damaged file out of the way (kept, never deleted) and return its new name; with a reason,
    NAME.why.txt beside it says what was wrong with it."""
    return safefiles.set_aside(path, reason)


def read_json(path: Path) -> tuple[object | None, Path | None]:
    """(data, None) when readable; (None, new_path) when damaged and set aside; (None, None) if absent."""
    return safefiles.read_json(path)


SPEEDS = ("slow", "normal", "fast", "instant")
CHARS_PER_SECOND = {"slow": 25, "normal": 55, "fast": 120, "instant": 0}


@dataclass
class Settings:
    lang: str = "id"
    text_speed: str = "normal"
    text_size: int = 0  # 0, 1, 2
    fullscreen: bool = False
    high_contrast: bool = False
    sound: bool = True
    projector: bool = False
    read_aloud: bool = False
    player_name: str = ""
    sapaan: str = ""  # how people in the story address the player: "pak", "bu" or "" (neutral)
    practice: bool = False  # name misconceptions and coach right after each choice

    def clean(self) -> Settings:
        if self.lang not in ("id", "en"):
            self.lang = "id"
        if self.text_speed not in SPEEDS:
            self.text_speed = "normal"
        if (
            not isinstance(self.text_size, int)
            or isinstance(self.text_size, bool)
            or not 0 <= self.text_size <= 2
        ):
            self.text_size = 0
        if self.sapaan not in ("pak", "bu", ""):
            self.sapaan = ""
        for name in ("fullscreen", "high_contrast", "sound", "projector", "read_aloud", "practice"):
            if not isinstance(getattr(self, name), bool):
                setattr(self, name, False)
        if not isinstance(self.player_name, str):
            self.player_name = ""
        self.player_name = self.player_name[:40]
        return self

    @property
    def effective_size(self) -> int:
        return 2 if self.projector else self.text_size


MACHINE = ("fullscreen", "sound", "projector")  # the laptop's, whoever plays: kept in settings.json


def settings_path() -> Path:
    """The settings file to read (where an earlier version kept it, while today's folder has none)."""
    return datadirs.folders().find("config", "settings.json")


def load_settings() -> tuple[Settings, Path | None]:
    """The laptop's settings with the current player's over them, and the path a damaged settings file
    was moved to (or None). The window's first read at start-up, so it also tidies what a killed write
    left in the game's folders, and on the first start makes the first profile from the old files."""
    tidy_folders()
    data, aside = read_json(settings_path())
    if data is not None and not isinstance(data, dict):
        try:
            aside = set_aside(settings_path())
        except OSError:
            aside = settings_path()
        data = None
    data = data or {}
    profiles.ensure(legacy=data)
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{k: v for k, v in data.items() if k in known and k in MACHINE})
    use_player(settings, profiles.current())
    return settings, aside


def use_player(settings: Settings, player) -> None:
    """Lay a player's name and preferences over `settings` (in place: the window shares the object);
    a preference the player never set is the default."""
    defaults = Settings()
    for name in profiles.PLAYER_PREFS:
        setattr(settings, name, player.prefs.get(name, getattr(defaults, name)))
    settings.player_name = player.name
    settings.clean()


def player_prefs(settings: Settings) -> dict:
    return {name: getattr(settings, name) for name in profiles.PLAYER_PREFS}


def save_settings(settings: Settings) -> None:
    """The laptop's settings to settings.json, the player's name and preferences to their profile."""
    write_json(datadirs.folders().config / "settings.json", {k: getattr(settings, k) for k in MACHINE})
    player = profiles.current()
    player.prefs, player.name = player_prefs(settings), settings.player_name.strip()[:40]
    profiles.write_player(player)


# -- the autosaves: a few slots per profile -----------------------------------------------


def autosave_path(pid: str | None = None, n: int | None = None) -> Path:
    """Slot `n` of profile `pid`; by default the slot the game being played saves into."""
    if pid is None and n is None:
        return profiles.slot_path(*profiles.active())
    pid = pid or profiles.current_id()
    return profiles.slot_path(pid, n or profiles.latest_slot(pid) or 1)


def load_autosave(pid: str | None = None, n: int | None = None) -> tuple[dict | None, Path | None]:
    """Slot `n` of `pid` (by default the current player's most recent): (data, None) for a saved game (of
    any version: GameRun.from_save refuses a newer one by name); (None, aside) when the file was damaged
    and set aside; (None, None) when there is none."""
    pid = pid or profiles.current_id()
    path = autosave_path(pid, n or profiles.latest_slot(pid) or 1)
    data, aside = read_json(path)
    if data is not None and not (isinstance(data, dict) and isinstance(data.get("session"), dict)):
        try:
            return None, set_aside(path, "it is JSON but not a saved game (no session in it)")
        except OSError:
            return None, path
    return data, aside


def newer_save(data) -> int | None:
    """The version of a save a newer Berdaya made (this game must not read it, nor write over it)."""
    version = data.get("version") if isinstance(data, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > SAVE_VERSION:
        return version
    return None


def has_autosave(pid: str | None = None) -> bool:
    """Whether profile `pid` (the current player's by default) has a game in one of its slots."""
    return bool(profiles.taken(pid or profiles.current_id()))


def write_autosave(data: dict) -> None:
    """Save the game being played into its slot (a newer Berdaya's save there is kept beside it)."""
    path = profiles.slot_path(*profiles.active())
    keep_newer_save(path)
    write_json(path, data)


def keep_newer_save(path: Path) -> Path | None:
    """Before a new game's autosave replaces `path`: a newer Berdaya's save there is kept beside it as
    autosave.json.vN-STAMP (not damaged: that version reads it), and that path returned."""
    try:
        if path.stat().st_size > MAX_PEEK:
            return None
        with open(path, encoding="utf-8") as src:
            version = newer_save(json.load(src))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if version is None:
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.v{version}-{stamp}")
    os.rename(path, kept)
    return kept


def discard_autosave() -> None:
    """The game being played is over: its slot is free again."""
    try:
        os.unlink(profiles.slot_path(*profiles.active()))
    except OSError:
        pass


# -- best results per scenario -----------------------------------------------


def best_path() -> Path:
    """The current player's best results."""
    return profiles.best_path()


def load_best(path: Path | None = None) -> dict:
    """Best scores by scenario id, from `path` (the current player's unless another is given)."""
    data, _ = read_json(path or best_path())
    return data if isinstance(data, dict) else {}


def record_best(scenario_id: str, score: int, path: Path | None = None) -> None:
    """Keep `score` if it beats the one kept; `path` as for load_best (a workshop keeps its own)."""
    path = path or best_path()
    best = load_best(path)
    old = best.get(scenario_id)
    if not isinstance(old, (int, float)) or score > old:
        best[scenario_id] = score
        write_json(path, best)
