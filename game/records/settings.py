"""The organisation's records settings: an optional `records-settings.json` in the config folder.

    {"organisation": "Dinas PMD Kabupaten Sleman", "iri_base": "https://lrs.sleman.go.id/berdaya"}

    found = load_settings()          # RecordsSettings: .organisation, .iri_base, .problems
    for kind, fields in found.problems:
        print(settings_both(kind, **fields))        # game.records.messages: both languages

"organisation" prefills the class's organisation (instansi) in the window; "iri_base" is the https
base of the xAPI statements' IRIs (default DEFAULT_IRI_BASE, the one game/records/xapi.py uses). A file
that is not there gives the defaults; a damaged one is set aside (game.safefiles.read_json) and a value
that is wrong is left out, each with a clear message in both languages (file, line, what to do), and
the defaults are used: a bad file never stops the game or an export.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from game import datadirs, safefiles

from .messages import settings_text

FILE_NAME = "records-settings.json"
DEFAULT_IRI_BASE = "https://berdaya.example/xapi"  # the same as game.records.xapi.IRI_BASE
MAX_ORGANISATION = 120
KEYS = ("organisation", "iri_base")


@dataclass(frozen=True)
class RecordsSettings:
    organisation: str = ""
    iri_base: str = DEFAULT_IRI_BASE
    path: Path | None = None
    problems: tuple = field(default=())  # (kind, fields) for messages.settings_text, in file order

    def messages(self, lang: str) -> list[str]:
        return [settings_text(kind, lang, **fields) for kind, fields in self.problems]


def settings_path(env=None) -> Path:
    return datadirs.folders(env).config / FILE_NAME


def load_settings(path: os.PathLike | None = None) -> RecordsSettings:
    """The settings at `path` (default settings_path()); defaults for what is missing or wrong."""
    path = Path(path) if path is not None else settings_path()
    where = _json_error(path)
    try:
        data, aside = safefiles.read_json(path)
    except RecursionError:  # nested too deep to read: left where it is
        data, aside = None, path
    if data is None:
        if aside is None:
            return RecordsSettings(path=path)  # no file: the defaults, nothing to say
        line, col, detail = where or (1, 1, "not JSON")
        fields = {"path": path, "line": line, "col": col, "detail": detail, "aside": aside}
        return RecordsSettings(path=path, problems=(("bad_json", fields),))
    if not isinstance(data, dict):
        return RecordsSettings(path=path, problems=(("not_object", {"path": path, "value": _shown(data)}),))
    text = _text(path)
    problems = []
    organisation, iri_base = "", DEFAULT_IRI_BASE
    for key, value in data.items():
        at = {"path": path, "line": _line_of(text, key), "value": _shown(value)}
        if key == "organisation":
            if isinstance(value, str) and len(value.strip()) <= MAX_ORGANISATION:
                organisation = " ".join(value.split())
            else:
                problems.append(("bad_organisation", {**at, "limit": MAX_ORGANISATION}))
        elif key == "iri_base":
            if _is_iri_base(value):
                iri_base = value.rstrip("/")
            else:
                problems.append(("bad_iri_base", {**at, "default": DEFAULT_IRI_BASE}))
        else:
            problems.append(("unknown_key", {**at, "value": json.dumps(key, ensure_ascii=False)}))
    return RecordsSettings(organisation, iri_base, path, tuple(problems))


def _is_iri_base(value) -> bool:
    if not isinstance(value, str) or not value or any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme == "https" and bool(parts.hostname) and not parts.query and not parts.fragment


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _json_error(path: Path) -> tuple | None:
    """Where the file is not JSON (line, column, what), read before read_json sets it aside."""
    try:
        json.loads(path.read_bytes().decode("utf-8"))
    except json.JSONDecodeError as exc:
        return exc.lineno, exc.colno, exc.msg
    except UnicodeDecodeError:
        return 1, 1, "not UTF-8 text"
    except RecursionError:
        return 1, 1, "nested too deep"
    except (OSError, ValueError):
        return None
    return None


def _line_of(text: str, key: str) -> int:
    """The line a key is written on (1 when it cannot be found)."""
    at = text.find(json.dumps(key, ensure_ascii=False))
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _shown(value) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 60 else shown[:59] + "…"
