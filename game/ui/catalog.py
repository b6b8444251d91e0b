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


# what the picker says of a file the loader could not tell about with a diagnostic: (en, id)
_SAID = {
    "no-loader": (
        "the scenario loader (game.content.loader) is not available",
        "pembaca skenario (game.content.loader) tidak tersedia",
    ),
    "crash": ("{path}: the file could not be read ({why})", "{path}: berkas tidak bisa dibaca ({why})"),
    "unreadable": ("{path}: the file could not be read", "{path}: berkas tidak bisa dibaca"),
}


@dataclass
class Entry:
    path: str
    scenario: Scenario | None = None
    error: str = ""  # the first error in English (error_in gives it in the player's language)
    warnings: list = field(default_factory=list)  # in the language load_entry was given
    errors: list = field(default_factory=list)  # every error, formatted FILE:LINE:COL: ...
    problems: list = field(default_factory=list)  # the loader's diagnostics (errors, then warnings)
    said: tuple = ()  # (en, id) of a failure the loader could not describe with a diagnostic

    @property
    def ok(self) -> bool:
        return self.scenario is not None and not self.error

    def error_in(self, lang: str) -> str:
        """The first error, in `lang` (id or en): what the picker's card and a failed start show."""
        first = next((d for d in self.problems if _is_error(d)), None)
        if first is not None:
            return first.text(lang)
        if self.said:
            return self.said[1] if lang == "id" else self.said[0]
        return self.error

    def warnings_in(self, lang: str) -> list:
        """Every warning, in `lang`."""
        told = [d.text(lang) for d in self.problems if not _is_error(d)]
        return told if self.problems else list(self.warnings)

    @property
    def title(self) -> Text:
        if self.scenario is not None:
            return self.scenario.title
        name = Path(self.path).name
        return Text(name, name)

    @property
    def folder(self) -> Path | None:
        return Path(self.path).parent if self.path and not self.path.startswith("<") else None


def _is_error(diagnostic) -> bool:
    return getattr(diagnostic, "severity", "error") == "error"


def _failed(path, key: str, **fields) -> Entry:
    en, idn = (text.format(path=path, **fields) for text in _SAID[key])
    return Entry(str(path), error=en, errors=[en], said=(en, idn))


def load_entry(path: Path, lang: str = "en") -> Entry:
    """`path` as the picker shows it; its errors and warnings written in `lang` (error_in and
    warnings_in give them in another language, as the player's changes)."""
    try:
        from game.content.loader import load_file  # noqa: PLC0415 (optional until the loader lands)
    except ImportError:
        return _failed(path, "no-loader")
    try:
        loaded = load_file(path)
    except Exception as exc:  # a loader bug must not take the picker down
        return _failed(path, "crash", why=f"{type(exc).__name__}: {exc}")
    errors = [d for d in loaded.diagnostics if _is_error(d)]
    warned = [d for d in loaded.diagnostics if not _is_error(d)]
    warnings = [d.text(lang) for d in warned]
    if errors:
        return Entry(
            str(path),
            error=str(errors[0]),
            warnings=warnings,
            errors=[d.text(lang) for d in errors],
            problems=errors + warned,
        )
    if loaded.scenario is None:
        failed = _failed(path, "unreadable")
        failed.warnings, failed.problems = warnings, warned
        return failed
    return Entry(str(path), scenario=loaded.scenario, warnings=warnings, problems=warned)


def scenario_files(dirs) -> list[Path]:
    """The scenario files of `dirs`, subfolders included: content.library's discovery, the one that
    validate and play use (the picker had its own, which looked only at the folder itself)."""
    from game.content.library import scenario_files as found  # noqa: PLC0415

    return found(Path(d) for d in dirs if Path(d).is_file() or Path(d).is_dir())


def discover(dirs) -> list[Entry]:
    return [load_entry(p) for p in scenario_files(dirs)]
