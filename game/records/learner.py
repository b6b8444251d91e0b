"""Who the learner is, for the terminal's `play`: the name, an optional learner id, the class.

    identity = learner_identity(args, err=sys.stderr)   # {"player", "learner_id", "class_name", ...}

The name is --player; without it, a person at a terminal is asked (in the game's language), and
otherwise (piped input, or nothing typed) the login name is used and standard error says so, in both
languages. --learner-id, --class, --batch and --org go with it; the organisation defaults to the
organisation settings' (game.records.settings), whose problems are told on standard error.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable

from .messages import settings_both

MAX_NAME = 40  # as a window profile's name
MAX_FIELD = 120

ASK = {
    "id": "Nama Anda untuk catatan sesi (Enter: {login}): ",
    "en": "Your name for the session records (Enter: {login}): ",
}
# "pemain:"/"player:", not "catatan:"/"note:": those lines are the records' problems, told once each
LOGIN_USED = (
    "pemain: nama pemain tidak diberikan (--player NAMA), jadi sesi ini dicatat atas nama login "
    "komputer '{login}'. Beri --player \"Nama Anda\" agar laporan kelas memakai nama Anda.\n"
    "player: no player name was given (--player NAME), so this session is recorded under the computer's "
    "login name '{login}'. Give --player \"Your Name\" so the class report shows your name."
)


def login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "player"


def clean(text, limit: int = MAX_FIELD) -> str:
    """One line of printable text, spaces squeezed, at most `limit` characters."""
    if not isinstance(text, str):
        return ""
    flat = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return flat[:limit]


def learner_name(
    args,
    ask: Callable[[str], str] | None = None,
    interactive: bool | None = None,
    err=None,
) -> str:
    """--player, or the name typed at the terminal, or the login name (said on `err`)."""
    given = clean(getattr(args, "player", None), MAX_NAME)
    if given:
        return given
    login = login_name()
    if interactive is None:
        interactive = _is_terminal(sys.stdin)
    if interactive:
        lang = "en" if getattr(args, "lang", "id") == "en" else "id"
        try:
            typed = clean((ask or input)(ASK[lang].format(login=login)), MAX_NAME)
        except EOFError:
            typed = ""
        if typed:
            return typed
    print(LOGIN_USED.format(login=login), file=err or sys.stderr)
    return login


def learner_identity(args, ask=None, interactive: bool | None = None, err=None, settings=None) -> dict:
    """The player's name and the four identity fields of the session record."""
    if settings is None:
        from .settings import load_settings  # noqa: PLC0415 (one small file, read when a game is recorded)

        settings = load_settings()
    for kind, fields in settings.problems:
        print(settings_both(kind, **fields), file=err or sys.stderr)
    organisation = clean(getattr(args, "organisation", None)) or settings.organisation
    return {
        "player": learner_name(args, ask, interactive, err),
        "learner_id": clean(getattr(args, "learner_id", None)),
        "class_name": clean(getattr(args, "class_name", None)),
        "batch": clean(getattr(args, "batch", None)),
        "organisation": organisation,
    }


def _is_terminal(stream) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False
