"""Command line: the entry point (`berdaya`, `python -m game.cli`, run_game.py) and its last defences.

The commands live beside it: parser.py (every subcommand's arguments), play.py, check.py (validate,
analyze, test, report) and devtools.py (screenshots, bench). The command modules import what they use
inside their functions, so that `python run_game.py` alone (the game) opens its window without loading
the validator, the records store and their dependencies first: start-up is measured against a bare
pygame window (see `bench`).
"""

from __future__ import annotations

import errno
import os
import sys

from .base import EXIT_CRASH, EXIT_ERRORS, EXIT_OK, EXIT_USAGE, start_game
from .parser import build_parser, game_parser

__all__ = ["EXIT_CRASH", "EXIT_ERRORS", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]


def starts_the_game(argv) -> bool:
    """True when the arguments are only the game's own options (no command, no --help)."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in ("--projector", "--workshop") or arg.startswith(
            ("--scenarios=", "--vote-seconds=", "--phones=", "--lang=")
        ):
            continue
        if arg in ("--scenarios", "--vote-seconds", "--phones", "--lang") and rest:
            rest.pop(0)
            continue
        return False
    return True


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if starts_the_game(argv):
        args = game_parser(lang_option=True).parse_args(argv)
        args.command = None
        return start_game(args)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return start_game(args)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the output was piped into something that stopped reading (| head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (OSError, ValueError) as exc:
        if not names_no_file(exc):
            return report_crash(exc, argv)
        from .words import say  # noqa: PLC0415

        lang = getattr(args, "lang", None) or "id"
        print(f"{say(lang, 'error')}: {no_file_message(exc, lang)}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 (the last line of defence: a short message, the trace in a file)
        return report_crash(exc, argv)


def names_no_file(exc: Exception) -> bool:
    """An argument no file can be called: too long for the file system, or with a NUL in it."""
    if isinstance(exc, OSError):
        return exc.errno == errno.ENAMETOOLONG
    return "embedded null" in str(exc)


def no_file_message(exc: Exception, lang: str = "en") -> str:
    from .words import say  # noqa: PLC0415

    name = str(getattr(exc, "filename", None) or "")
    unit = "byte" if lang == "id" else "bytes"
    shown = f" ('{name[:40]}...', {len(name.encode())} {unit})" if name else ""
    return say(lang, "no-file-name", shown=shown)


def report_crash(exc: BaseException, argv) -> int:
    """A bug of ours: say so plainly in both languages, keep the full trace in a file, exit 3."""
    import tempfile  # noqa: PLC0415
    import traceback  # noqa: PLC0415

    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    where = None
    try:
        fd, where = tempfile.mkstemp(prefix="berdaya-crash-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write("berdaya " + " ".join(argv) + "\n\n" + trace)
    except OSError:
        where = None
    kept = f"the full report is in {where}" if where else "the report could not be written"
    print(
        f"berdaya: an unexpected problem in the program itself ({type(exc).__name__}); {kept}. "
        "Your files were not changed by it.\n"
        f"berdaya: terjadi masalah tak terduga di dalam program ({type(exc).__name__}); "
        + (f"laporan lengkapnya ada di {where}" if where else "laporannya tidak bisa ditulis")
        + ". Berkas Anda tidak diubah olehnya.",
        file=sys.stderr,
    )
    return EXIT_CRASH
