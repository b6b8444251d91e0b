"""The scenarios the picker offers: every YAML file in the scenario folders.

A file that fails validation becomes an entry with its first error, so the
picker can show it as a card instead of crashing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game import resources
from game.engine.model import Scenario, Text

BUILTIN_DIR = resources.SCENARIOS_DIR


@dataclass
class Entry:
    path: str
    scenario: Scenario | None = None
    error: str = ""
    warnings: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # every error, formatted FILE:LINE:COL: ...

    @property
    def ok(self) -> bool:
        return self.scenario is not None and not self.error

    @property
    def title(self) -> Text:
        if self.scenario is not None:
            return self.scenario.title
        name = Path(self.path).name
        return Text(name, name)

    @property
    def folder(self) -> Path | None:
        return Path(self.path).parent if self.path and not self.path.startswith("<") else None


def load_entry(path: Path, lang: str = "en") -> Entry:
    """`path` as the picker shows it; its errors written in `lang` (the window's reload shows them)."""
    try:
        from game.content.loader import load_file  # noqa: PLC0415 (optional until the loader lands)
    except ImportError:
        return Entry(str(path), error="the scenario loader (game.content.loader) is not available")
    try:
        loaded = load_file(path)
    except Exception as exc:  # a loader bug must not take the picker down
        return Entry(str(path), error=f"{path}: {type(exc).__name__}: {exc}")
    errors = [d for d in loaded.diagnostics if getattr(d, "severity", "error") == "error"]
    warnings = [str(d) for d in loaded.diagnostics if getattr(d, "severity", "") != "error"]
    if loaded.scenario is None or errors:
        first = str(errors[0]) if errors else f"{path}: the file could not be read"
        return Entry(
            str(path),
            scenario=loaded.scenario if not errors else None,
            error=first,
            warnings=warnings,
            errors=[d.text(lang) for d in errors] or [first],
        )
    return Entry(str(path), scenario=loaded.scenario, warnings=warnings)


def scenario_files(dirs) -> list[Path]:
    """The scenario files of `dirs`, subfolders included: content.library's discovery, the one that
    validate and play use (the picker had its own, which looked only at the folder itself)."""
    from game.content.library import scenario_files as found  # noqa: PLC0415

    return found(Path(d) for d in dirs if Path(d).is_file() or Path(d).is_dir())


def discover(dirs) -> list[Entry]:
    return [load_entry(p) for p in scenario_files(dirs)]
