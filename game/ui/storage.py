"""Files the game keeps for the player: settings, the autosave, best results.

Settings live in the XDG config folder, saves and results in the XDG data
folder. Every write is atomic (write a temporary file, fsync, rename); a file
that cannot be read is renamed aside with a message, never a crash.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

APP = "berdaya"


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / APP


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / APP


def user_scenarios_dir() -> Path:
    return data_dir() / "scenarios"


def write_json(path: Path, data) -> None:
    import tempfile  # noqa: PLC0415 (off the start-up path)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def set_aside(path: Path, reason: str = "") -> Path:
    """Rename a damaged file out of the way (kept, never deleted) and return its new name; with a reason,
    NAME.why.txt beside it says what was wrong with it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    if reason:
        try:
            target.with_name(target.name + ".why.txt").write_text(
                f"{path.name} was set aside on {time.strftime('%Y-%m-%d %H:%M:%S')}: {reason}\n",
                encoding="utf-8",
            )
        except OSError:
            pass  # the file itself is kept; the note is a courtesy
    return target


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
    return config_dir() / "settings.json"


def load_settings() -> tuple[Settings, Path | None]:
    """The saved settings, and the path a damaged file was moved to (or None)."""
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
    write_json(settings_path(), asdict(settings))


# -- the autosave -------------------------------------------------------------


def autosave_path() -> Path:
    return data_dir() / "autosave.json"


def load_autosave() -> tuple[dict | None, Path | None]:
    data, aside = read_json(autosave_path())
    if data is not None and not (isinstance(data, dict) and isinstance(data.get("session"), dict)):
        try:
            return None, set_aside(autosave_path(), "it is JSON but not a saved game (no session in it)")
        except OSError:
            return None, autosave_path()
    return data, aside


def has_autosave() -> bool:
    return autosave_path().is_file()


def write_autosave(data: dict) -> None:
    write_json(autosave_path(), data)


def discard_autosave() -> None:
    try:
        os.unlink(autosave_path())
    except OSError:
        pass


# -- best results per scenario -----------------------------------------------


def best_path() -> Path:
    return data_dir() / "best.json"


def load_best() -> dict:
    data, _ = read_json(best_path())
    return data if isinstance(data, dict) else {}


def record_best(scenario_id: str, score: int) -> None:
    best = load_best()
    old = best.get(scenario_id)
    if not isinstance(old, (int, float)) or score > old:
        best[scenario_id] = score
        write_json(best_path(), best)
