"""Which language a trainer-facing command speaks when --lang is not given: the system's locale.

An Indonesian locale (LC_ALL, LC_MESSAGES or LANG starting with `id`, as POSIX reads them in that
order; on Windows, where those are seldom set, the locale Python reports, e.g. 'Indonesian_Indonesia')
gives Indonesian, anything else English. An explicit --lang always wins.
"""

from __future__ import annotations

LANG_CHOICES = ("id", "en")
_POSIX_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def system_lang(environ, windows_locale: str | None = None) -> str:
    """'id' or 'en' for this environment. `environ` is a mapping such as os.environ; `windows_locale`
    is locale.getlocale()[0] on Windows (None elsewhere), used when no variable names a language."""
    for name in _POSIX_VARIABLES:
        value = (environ.get(name) or "").strip()
        if value:  # the first one set decides, as POSIX says (LANG=id_ID with LC_ALL=C is C)
            return "id" if _is_indonesian(value) else "en"
    if windows_locale:
        return "id" if _is_indonesian(windows_locale) else "en"
    return "en"


def _is_indonesian(name: str) -> bool:
    lowered = name.lower()
    # POSIX: id, id_ID, id_ID.UTF-8, id-ID; Windows: Indonesian_Indonesia.1252; in_ID is the old code
    return lowered.startswith(("id_", "id-", "id.", "indonesian", "in_id")) or lowered == "id"


def default_lang() -> str:
    """This process's language: reads the real environment (the commands' default for --lang)."""
    import locale
    import os
    import sys

    windows = None
    if sys.platform == "win32":
        try:
            windows = locale.getlocale()[0]
        except (ValueError, TypeError):
            windows = None
    return system_lang(os.environ, windows)
