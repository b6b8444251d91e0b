"""Files the game keeps for the player: settings, the autosave, best results.

Where they live is game.datadirs' answer (settings in the config folder, saves
and results in the data folder; a file an earlier version kept elsewhere is
still read). Every write is atomic and a file that cannot be read is set aside
with a message, never a crash (game.safefiles). An autosave made by a newer
Berdaya is refused by name and left where it is.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from game import datadirs, safefiles

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
    return safefiles.clean_stale(here.config) + safefiles.clean_stale(here.data)


def write_json(path: Path, data) -> None:
    safefiles.write_json(path, data)


def set_aside(path: Path, reason: str = "") -> Path:
    """Rename a damaged file out of the way (kept, never deleted) and return its new name; with a reason,
    NAME.why.txt beside it says what was wrong with it."""
    return safefiles.set_aside(path, reason)


def read_json(path: Path) -> tuple[object | None, Path | None]:
    """(data, None) when readable; (None, new_path) when damaged and set aside; (None, None) if absent."""
    try:
        with open(path, encoding="utf-8") as src:
            return json.load(src), None
    except FileNotFoundError:
        return None, None
    except (OSError, ValueError, UnicodeDecodeError):
        try:
            return None, set_aside(path)
        except OSError:
            return None, path


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


def settings_path() -> Path:
    """The settings file to read (where an earlier version kept it, while today's folder has none)."""
    return datadirs.folders().find("config", "settings.json")


def load_settings() -> tuple[Settings, Path | None]:
    """The saved settings, and the path a damaged file was moved to (or None). The window's first read
    at start-up, so it also tidies what a killed write left in the game's folders."""
    tidy_folders()
    data, aside = read_json(settings_path())
    if data is None:
        return Settings(), aside
    if not isinstance(data, dict):
        try:
            return Settings(), set_aside(settings_path())
        except OSError:
            return Settings(), settings_path()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in data.items() if k in known}).clean(), None


def save_settings(settings: Settings) -> None:
    write_json(datadirs.folders().config / "settings.json", asdict(settings))


# -- the autosave -------------------------------------------------------------


def autosave_path() -> Path:
    """The autosave to read (today's, or where an earlier version kept it)."""
    return datadirs.folders().find("data", "autosave.json")


def load_autosave() -> tuple[dict | None, Path | None]:
    """(data, None) for a saved game (of any version: GameRun.from_save refuses a newer one by name);
    (None, aside) when the file was damaged and set aside; (None, None) when there is none."""
    path = autosave_path()
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


def has_autosave() -> bool:
    return autosave_path().is_file()


def write_autosave(data: dict) -> None:
    path = datadirs.folders().data / "autosave.json"
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
    """Remove the autosave, and any an earlier version left elsewhere (it would come back as Continue)."""
    for path in datadirs.folders().every("data", "autosave.json"):
        try:
            os.unlink(path)
        except OSError:
            pass


# -- best results per scenario -----------------------------------------------


def best_path() -> Path:
    return datadirs.folders().find("data", "best.json")


def load_best(path: Path | None = None) -> dict:
    """Best scores by scenario id, from `path` (the trainee's best.json unless another is given)."""
    data, _ = read_json(path or best_path())
    return data if isinstance(data, dict) else {}


def record_best(scenario_id: str, score: int, path: Path | None = None) -> None:
    """Keep `score` if it beats the one kept; `path` as for load_best (a workshop keeps its own)."""
    best = load_best(path)
    old = best.get(scenario_id)
    if not isinstance(old, (int, float)) or score > old:
        best[scenario_id] = score
        write_json(path or datadirs.folders().data / "best.json", best)
