"""`new NAME`: write a commented starter scenario that validates and plays."""

from __future__ import annotations

import re
from pathlib import Path

from .starter_text import BODY, COMMENTS

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_TOKEN = re.compile(r"«([A-Za-z0-9_]+)»")


class StarterError(Exception):
    """A name that cannot be used, a file that exists, or a folder that cannot be written; str() is the
    English, `indonesian` the same in Bahasa Indonesia."""

    def __init__(self, message: str, indonesian: str = ""):
        super().__init__(message)
        self.indonesian = indonesian or message


def is_path(name: str) -> bool:
    """NAME is a path (written there) rather than an id (written into the trainer's scenario folder)."""
    return name.lower().endswith((".yaml", ".yml")) or "/" in name or "\\" in name


def starter_text(scenario_id: str, lang: str = "id", path: str = "") -> str:
    comments = COMMENTS[lang]
    values = {"ID": scenario_id, "LANG": lang, "PATH": path or f"scenarios/{scenario_id}.yaml", **comments}
    return _TOKEN.sub(lambda m: values[m.group(1)], BODY)


def target(name: str, scenarios_dir: Path) -> tuple:
    """(path, scenario id) for NAME: an id (-> SCENARIOS_DIR/NAME.yaml) or a path ending in .yaml/.yml."""
    if is_path(name):
        path = Path(name)
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_suffix(".yaml")
        scenario_id = path.stem.lower()
    else:
        path, scenario_id = scenarios_dir / f"{name}.yaml", name
    if not _ID.match(scenario_id):
        suggestion = re.sub("[^a-z0-9_-]+", "-", scenario_id.lower()).strip("-_") or "my-scenario"
        raise StarterError(
            f"'{scenario_id}' cannot be a scenario id: use lowercase letters, digits, '-' and '_' "
            f"(for example: {suggestion})",
            f"'{scenario_id}' tidak bisa menjadi id skenario: pakai huruf kecil, angka, '-' dan '_' "
            f"(misalnya: {suggestion})",
        )
    return path, scenario_id


def write_starter(name: str, lang: str, scenarios_dir: Path) -> Path:
    path, scenario_id = target(name, scenarios_dir)
    if path.exists():
        raise _exists(path)
    text = starter_text(scenario_id, lang, str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8") as f:  # "x": never overwrite, even in a race
            f.write(text)
    except FileExistsError:
        raise _exists(path) from None
    except OSError as exc:
        problem = exc.strerror or exc
        raise StarterError(
            f"cannot write {path}: {problem}", f"{path} tidak bisa ditulis: {problem}"
        ) from None
    return path


def _exists(path: Path) -> StarterError:
    return StarterError(
        f"{path} already exists; choose another name (nothing was overwritten)",
        f"{path} sudah ada; pilih nama lain (tidak ada yang ditimpa)",
    )
