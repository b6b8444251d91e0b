"""YAML scenario file -> engine model, with a located diagnostic for every problem.

loaded = load_file("scenarios/sample.yaml")
loaded.scenario      # a Scenario, or None when there are errors
loaded.diagnostics   # everything found, errors and warnings

The walk over the YAML is builder.py (with build_story.py and build_values.py), the rules over the
built model are checks.py (with checks_story.py), the keys and limits of the format are keys.py.
"""

from __future__ import annotations

import contextlib
import gc
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import resources
from ..engine.model import Scenario
from .builder import Builder
from .checks import run_checks
from .keys import (  # noqa: F401 - the format's keys and limits, as the schema and tests know them
    CALENDAR_YEARS,
    CHOICE_KEYS,
    ENDING_KEYS,
    EVENT_KEYS,
    FORMAT_VERSION,
    MAX_DAYS,
    MAX_DECISIONS,
    MAX_NODES,
    METER_KEYS,
    NODE_KEYS,
    TOP_KEYS,
)
from .reader import Reader
from .source import parse_source, read_source
from .told_once import without_repeats

ASSETS_DIR = resources.ASSETS_DIR


@dataclass
class Loaded:
    path: str
    scenario: Scenario | None
    diagnostics: list = field(default_factory=list)

    @property
    def errors(self) -> list:
        return [d for d in self.diagnostics if d.is_error()]

    @property
    def warnings(self) -> list:
        return [d for d in self.diagnostics if not d.is_error()]

    @property
    def ok(self) -> bool:
        return self.scenario is not None


def load_file(path, assets_dir: Path = ASSETS_DIR) -> Loaded:
    with collector_paused():  # the YAML tree is freed when _read_file returns, before the collector runs
        return _read_file(path, assets_dir)


def load_text(
    text: str, path: str = "<memory>", base_dir: Path | None = None, assets_dir: Path = ASSETS_DIR
) -> Loaded:
    with collector_paused():
        return _read_text(text, path, base_dir, assets_dir)


def _read_file(path, assets_dir: Path) -> Loaded:
    source = read_source(str(path))
    if source.root is None:  # unreadable: its folder is not needed (and may not resolve: a symlink loop)
        return Loaded(source.path, None, list(source.diagnostics))
    return _load(source, Path(path).resolve().parent, assets_dir)


def _read_text(text: str, path: str, base_dir: Path | None, assets_dir: Path) -> Loaded:
    source = parse_source(path, text.encode("utf-8"))
    return _load(source, base_dir or Path.cwd(), assets_dir)


@contextlib.contextmanager
def collector_paused():
    """Reading a file makes some 10^5 small objects (YAML nodes, marks, the model) that all stay alive
    while it is read; the cyclic garbage collector would walk them again and again and free nothing.
    Paused, a 2,000-node file loads in a third of the time. What it would have freed is freed later."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load(source, base_dir: Path, assets_dir: Path) -> Loaded:
    scenario, diagnostics = build(source, base_dir, assets_dir)
    ok = scenario is not None and not any(d.is_error() for d in diagnostics)
    return Loaded(source.path, scenario if ok else None, diagnostics)


def build(source, base_dir: Path, assets_dir: Path = ASSETS_DIR) -> tuple:
    """(scenario or None, diagnostics) of a read source file: the model is built even when it has
    errors (tools that help fix them need it); None only when the YAML itself could not be read."""
    if source.root is None:
        return None, list(source.diagnostics)
    reader = Reader(source.path, source.text)
    scenario = Builder(reader, source.content_hash).scenario(source.root)
    diagnostics = list(reader.diagnostics)
    if scenario is not None:
        checked = run_checks(scenario, lambda p: _asset_status(p, base_dir, assets_dir))
        diagnostics += without_repeats(checked, diagnostics, scenario)
    return scenario, diagnostics


def resolve_asset(relative: str, base_dir: Path, assets_dir: Path = ASSETS_DIR) -> Path | None:
    """The file an asset path names, or None when it is missing or not allowed."""
    status, found = _asset_status(relative, base_dir, assets_dir)
    return found if status == "ok" else None


def _asset_status(relative: str, base_dir: Path, assets_dir: Path):
    """('ok', path) | ('missing', None) | ('outside', None); a name no file system accepts (too long,
    a NUL, a symlink loop) is 'missing' too, never an exception."""
    try:
        return _find_asset(relative, base_dir, assets_dir)
    except (OSError, ValueError, RuntimeError):
        return "missing", None


def _find_asset(relative: str, base_dir: Path, assets_dir: Path):
    if Path(relative).is_absolute() or relative.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", relative):
        return "outside", None
    for root in (base_dir, assets_dir):
        root = root.resolve()
        candidate = (root / relative).resolve()
        if root != candidate and root not in candidate.parents:
            return "outside", None
        if candidate.is_file():
            return "ok", candidate
    return "missing", None
