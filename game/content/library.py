"""Finding scenario files: the shipped folder, user folders, a path or an id."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .. import resources
from .loader import Loaded, load_file

SCENARIOS_DIR = resources.SCENARIOS_DIR  # the shipped library (package data in a wheel)
SUFFIXES = (".yaml", ".yml")
NOT_SCENARIOS = (".plan.yaml", ".plan.yml", ".check.yaml", ".check.yml")  # play-plans, pre/post checks


def is_scenario_file(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and name.endswith(SUFFIXES) and not name.endswith(NOT_SCENARIOS)


def scenario_files(paths: Iterable) -> list:
    """Every scenario file named, or found inside the folders named (subfolders too), in order.

    The one discovery the picker, validate, play, graph and test share: a scenario shared with its
    pictures in a folder of its own is found as one lying in the folder itself. Hidden folders
    (.git, ...) are skipped, and a file reached twice (two folders, a link) is listed once.
    """
    found: list = []
    seen: set = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if is_scenario_file(p) and not _hidden(p, path))
        else:
            files = [path]
        for file in files:
            try:
                key = file.resolve()
            except (OSError, RuntimeError):  # a link loop: keep the name as given
                key = file
            if key not in seen:
                seen.add(key)
                found.append(file)
    return found


def _hidden(file: Path, folder: Path) -> bool:
    return any(part.startswith(".") for part in file.relative_to(folder).parts[:-1])


def load_all(paths: Iterable) -> list:
    return [load_file(p) for p in scenario_files(paths)]


def path_exists(path: Path) -> bool:
    """Whether a file or folder is there; False for a name no file can have (over 255 bytes, NUL)."""
    try:
        return path.exists()
    except (OSError, ValueError):  # too long for a file name, or a NUL in it: it names no file
        return False


def find(name: str, folders: Iterable) -> Loaded | None:
    """A scenario by path, by id, or by file name without extension."""
    path = Path(name)
    if path.suffix.lower() in SUFFIXES or path_exists(path):
        return load_file(path)
    for file in scenario_files(folders):
        if file.stem == name:
            return load_file(file)
    for file in scenario_files(folders):
        loaded = load_file(file)
        if loaded.scenario is not None and loaded.scenario.id == name:
            return loaded
    return None
