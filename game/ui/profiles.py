"""Player profiles: who plays on this laptop, each with their own save slots, best results and preferences.

Everything lives under the data folder (game.datadirs), one folder per profile:

    profiles/profiles.json          which profile is current, and which slot the game saves into now
    profiles/p1/player.json         name, learner id (optional), created, last used, preferences
    profiles/p1/best.json           best results by scenario
    profiles/p1/slot-1/autosave.json  ... slot-3: the saved games
    profiles/class/slot-N/...       the workshop's (class) games; its settings and bests stay in
                                    workshop.json and workshop-best.json (game.ui.workshop)

The list of players is read from the folders (player.json in each), so a damaged profiles.json loses no
one: it is set aside and the most recently used player becomes current. On the first start of this
version the single autosave.json, best.json and settings.json of earlier versions become the first
profile's (moved, never copied over something); a workshop's game goes to the class profile's slots.
No pygame here: only files.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from game import datadirs, safefiles

SLOTS = 3
CLASS = "class"  # the workshop's own profile: never listed among the players, never a player's
INDEX = "profiles.json"
# what each player keeps for themself; the rest (fullscreen, sound, projector) belongs to the laptop
PLAYER_PREFS = ("lang", "text_speed", "text_size", "high_contrast", "practice", "sapaan", "read_aloud")
_ID = re.compile(r"^p(\d+)$")
LEARNER_ID_CHARS = 80


def now() -> str:
    return datetime.datetime.now().isoformat(timespec="seconds")


@dataclass
class Player:
    id: str
    name: str = ""  # "" for the player nobody named yet (shown as Pemain / Player)
    created: str = ""
    last_used: str = ""
    prefs: dict = field(default_factory=dict)
    learner_id: str = ""  # optional: NIP, email or LMS user name, kept in the records with the name

    @property
    def sapaan(self) -> str:
        return self.prefs.get("sapaan", "") if isinstance(self.prefs.get("sapaan"), str) else ""


def root() -> Path:
    return datadirs.folders().data / "profiles"


def folder(pid: str) -> Path:
    return root() / pid


def slot_path(pid: str, n: int) -> Path:
    return folder(pid) / f"slot-{n}" / "autosave.json"


def best_path(pid: str | None = None) -> Path:
    return folder(pid or current_id()) / "best.json"


def folders_to_tidy() -> list[Path]:
    """Every folder a write of ours may have left a temporary file in."""
    base = root()
    if not base.is_dir():
        return []
    found = [base]
    for sub in base.iterdir():
        if sub.is_dir():
            found.append(sub)
            found += [slot for slot in sub.iterdir() if slot.is_dir() and slot.name.startswith("slot-")]
    return found


_read = safefiles.read_json  # (data, aside): a damaged file is set aside (never deleted)


# -- the players ------------------------------------------------------------------------


def _player(pid: str) -> Player | None:
    path = folder(pid) / "player.json"
    data, aside = _read(path)
    if not isinstance(data, dict):
        if data is not None:  # JSON but not a player: kept, out of the way
            with contextlib.suppress(OSError):
                safefiles.set_aside(path, "it is JSON but not a player profile")
        if data is None and aside is None and not folder(pid).is_dir():
            return None
        return Player(pid)  # the folder (and its saves) stays reachable under a plain name
    p = Player(pid)
    for name in ("name", "created", "last_used", "learner_id"):
        if isinstance(data.get(name), str):
            limit = {"name": 40, "learner_id": LEARNER_ID_CHARS}.get(name)
            setattr(p, name, data[name][:limit] if limit else data[name])
    if isinstance(data.get("prefs"), dict):
        p.prefs = {k: v for k, v in data["prefs"].items() if k in PLAYER_PREFS}
    return p


def write_player(player: Player) -> None:
    safefiles.write_json(folder(player.id) / "player.json", asdict(player))


def players() -> list[Player]:
    """Every player on this laptop, the most recently used first (the class profile is not one)."""
    ensure()
    return _scan()


def _scan() -> list[Player]:
    base = root()
    found = []
    if base.is_dir():
        for sub in base.iterdir():
            if sub.is_dir() and _ID.match(sub.name):
                player = _player(sub.name)
                if player is not None:
                    found.append(player)
    found.sort(key=lambda p: (p.last_used, p.created, p.id), reverse=True)
    return found


def get(pid: str) -> Player | None:
    return _player(pid) if _ID.match(pid or "") else None


def create(name: str, prefs: dict | None = None, learner_id: str = "") -> Player:
    numbers = [int(_ID.match(p.name).group(1)) for p in root().glob("p*") if _ID.match(p.name)]
    pid = f"p{max(numbers, default=0) + 1}"
    stamp = now()
    player = Player(
        pid, name.strip()[:40], stamp, stamp, dict(prefs or {}), learner_id.strip()[:LEARNER_ID_CHARS]
    )
    write_player(player)
    return player


def same_name(name: str, but: str | None = None) -> list[Player]:
    """The players called `name` (case and spaces aside), other than `but`."""
    key = " ".join(name.split()).casefold()
    return [p for p in players() if p.id != but and " ".join(p.name.split()).casefold() == key]


def distinct_name(name: str) -> str:
    """`name`, or 'name (2)', 'name (3)'... when a player already has it: two people, two profiles."""
    name = name.strip()[:34]
    taken = {" ".join(p.name.split()).casefold() for p in players()}
    if name.casefold() not in taken:
        return name
    n = 2
    while f"{name} ({n})".casefold() in taken:
        n += 1
    return f"{name} ({n})"


# -- the index: who is current, where the game saves ------------------------------------


def index_path() -> Path:
    return root() / INDEX


def _index() -> dict:
    data, _ = _read(index_path())
    if data is not None and not isinstance(data, dict):
        with contextlib.suppress(OSError):
            safefiles.set_aside(index_path(), "it is JSON but not the list of profiles")
        data = None
    return data if isinstance(data, dict) else {}


def _write_index(index: dict) -> None:
    safefiles.write_json(index_path(), {"version": 1, **index})


def ensure(legacy: dict | None = None) -> str:
    """The current player's id, making the profiles on the first start (from an earlier version's files,
    `legacy` being its settings.json when already read) and mending a damaged or missing index."""
    index = _index()
    pid = index.get("current")
    if isinstance(pid, str) and _ID.match(pid) and folder(pid).is_dir():
        return pid
    known = _scan()
    if known:
        pid = known[0].id  # the index was lost or damaged: the player who played last
    else:
        pid = migrate(legacy).id
    index["current"] = pid
    _write_index(index)
    return pid


def current_id() -> str:
    return ensure()


def current() -> Player:
    return _player(current_id()) or Player(current_id())


def switch(pid: str) -> Player:
    """Make `pid` the current player (used now)."""
    player = _player(pid) or Player(pid)
    player.last_used = now()
    write_player(player)
    index = _index()
    index["current"] = pid
    _write_index(index)
    return player


def active() -> tuple[str, int]:
    """The slot the game being played saves into: (profile id, slot number)."""
    index = _index()
    slot = index.get("active")
    if isinstance(slot, dict):
        pid, n = slot.get("profile"), slot.get("slot")
        if (pid == CLASS or (isinstance(pid, str) and _ID.match(pid))) and n in range(1, SLOTS + 1):
            return pid, n
    pid = current_id()
    return pid, latest_slot(pid) or 1


def use_slot(pid: str, n: int) -> None:
    """The game that starts (or continues) now saves into slot `n` of `pid`."""
    ensure()
    index = _index()
    index["active"] = {"profile": pid, "slot": n}
    _write_index(index)


# -- the slots --------------------------------------------------------------------------


def taken(pid: str) -> list[int]:
    return [n for n in range(1, SLOTS + 1) if slot_path(pid, n).exists()]


def free_slot(pid: str) -> int | None:
    """The first slot holding no game, or None when every slot holds one."""
    return next((n for n in range(1, SLOTS + 1) if not slot_path(pid, n).exists()), None)


def latest_slot(pid: str) -> int | None:
    """The slot saved most recently (what Continue continues), or None."""
    times = []
    for n in taken(pid):
        with contextlib.suppress(OSError):
            times.append((slot_path(pid, n).stat().st_mtime, -n, n))
    return max(times)[2] if times else None


# -- the first start: an earlier version's single files ---------------------------------


def migrate(legacy: dict | None = None) -> Player:
    """The first profile, from settings.json's name and preferences, with the old autosave.json and
    best.json moved into it (a workshop's game into the class profile). Damaged files move as they are:
    reading them later sets them aside with a message, as before."""
    here = datadirs.folders()
    if legacy is None:
        data, _ = _read(here.find("config", "settings.json"))
        legacy = data if isinstance(data, dict) else {}
    name = legacy.get("player_name") if isinstance(legacy.get("player_name"), str) else ""
    prefs = {k: v for k, v in legacy.items() if k in PLAYER_PREFS}
    player = create(name, prefs)
    old_save = here.find("data", "autosave.json")
    if old_save.is_file():
        _move(old_save, slot_path(CLASS if _is_class_game(old_save) else player.id, 1))
    old_best = here.find("data", "best.json")
    if old_best.is_file():
        _move(old_best, best_path(player.id))
    return player


def _is_class_game(path: Path) -> bool:
    try:
        with open(path, encoding="utf-8") as src:
            data = json.load(src)
    except (OSError, ValueError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and data.get("workshop") is True


def _move(src: Path, dst: Path) -> None:
    """Move a file into a profile: renamed when it can be, else written atomically and then removed."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(src, dst)
    except OSError:
        safefiles.write_atomic(dst, src.read_bytes())
        with contextlib.suppress(OSError):
            src.unlink()
