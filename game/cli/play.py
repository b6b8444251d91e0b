"""`play`: in the window, or in the terminal with --text; a trainer's preview with --start-at/--set."""

from __future__ import annotations

import sys
from pathlib import Path

from .base import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, load_scenario, start_game
from .words import say


def parse_settings(pairs) -> dict:
    from ..engine.session import ChoiceError

    values = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or not name.strip():
            raise ChoiceError(
                f"--set needs NAME=VALUE, got '{pair}'", f"--set perlu NAMA=NILAI, bukan '{pair}'"
            )
        raw = raw.strip()
        if raw.lower() in ("true", "false"):
            values[name.strip()] = raw.lower() == "true"
        else:
            try:
                values[name.strip()] = float(raw) if "." in raw else int(raw)
            except ValueError:
                values[name.strip()] = raw
    return values


def preview(args, session):
    """Put `session` where --start-at/--set say; the values set, or None after saying what is wrong."""
    from ..engine.session import ChoiceError
    from .language import default_lang

    lang = getattr(args, "lang", None) or default_lang()  # the terminal's id is set; the window's: none
    try:
        values = parse_settings(args.set)
        session.jump(args.start_at or session.state.node, values)
    except ChoiceError as exc:
        print(f"{say(lang, 'error')}: {exc.said(lang)}", file=sys.stderr)
        return None
    for name, wanted in values.items():
        kept = session.state.meters.get(name, wanted)
        if kept != wanted:
            note = say(lang, "kept-in-range", name=name, kept=f"{kept:g}", wanted=f"{wanted:g}")
            print(f"{say(lang, 'note')}: {note}", file=sys.stderr)
    return values


def is_trial(args) -> bool:
    """A trainer testing a scenario rather than a class session: a preview (--start-at/--set), a
    scripted play (--choices/--auto), or a scenario named by its file rather than by its id (the
    guides' `play --text scenarios/my-scenario.yaml`). --record, or a --db named, records it anyway."""
    if getattr(args, "record", False) or getattr(args, "db", None):
        return False
    from ..content.library import SUFFIXES, path_exists

    named = Path(args.scenario)
    by_file = named.suffix.lower() in SUFFIXES or path_exists(named)
    return bool(args.start_at or args.set or args.choices or args.auto or by_file)


def cmd_play(args) -> int:
    loaded, code = load_scenario(args)
    if loaded is None:
        return code
    if not args.text:
        args.scenario_path = loaded.path
        if args.start_at or args.set:
            from ..engine.session import Session

            args.no_record = True  # a preview in the window is not a class session either
            args.start_values = preview(args, Session(loaded.scenario))  # checked before a window opens
            if args.start_values is None:
                return EXIT_USAGE
        return start_game(args)
    if getattr(args, "watch", False):
        print(
            f"{say(args.lang or 'id', 'note')}: {say(args.lang or 'id', 'watch-terminal')}", file=sys.stderr
        )
    return play_text(args, loaded.scenario)


def play_text(args, scenario) -> int:
    from ..analysis.bounds import score_bounds
    from ..datadirs import folders
    from ..engine.session import ChoiceError, Session
    from ..records.cli_commands import play_exit_code, play_recorder
    from ..text_player import EndlessLoop, Options, Quit, play

    args.lang = args.lang or "id"  # the terminal's default (the window keeps the player's own setting)
    picks = _choice_list(args.choices) if args.choices else None
    if args.choices and not picks:
        print(
            f"{say(args.lang, 'error')}: {say(args.lang, 'bad-choices', got=args.choices)}", file=sys.stderr
        )
        return EXIT_USAGE
    address = "" if args.sapaan == "netral" else args.sapaan
    options = Options(
        lang=args.lang,
        seed=args.seed,
        choices=picks,
        auto=args.auto,
        json=args.json,
        practice=args.practice,
    )
    session = Session(scenario, seed=options.seed, address=address)
    if args.start_at or args.set:
        if preview(args, session) is None:
            return EXIT_USAGE
        args.no_record = True  # a trainer's preview is never a session for the class report
    if is_trial(args) and not args.no_record:
        args.no_record = True  # a trainer's test is not a session for the class report
        print(f"{say(args.lang, 'note')}: {say(args.lang, 'trial')}", file=sys.stderr)
    # who plays: --player, or asked at a terminal (never into --json output or a scripted run)
    scripted = bool(args.json or args.choices or args.auto)
    recorder = play_recorder(args, session, interactive=False if scripted else None)
    try:
        play(
            scenario,
            options,
            sys.stdout,
            ask=_ask,
            session=session,
            on_step=lambda _session, _outcome: recorder.after_choice(),
            scale=lambda found: score_bounds(found, folders().bounds_cache),  # found once, then cached
        )
        recorder.finish()
    except ChoiceError as exc:
        print(f"{say(args.lang, 'error')}: {exc.said(args.lang)}", file=sys.stderr)
        return EXIT_USAGE
    except Quit:
        return EXIT_OK
    except EndlessLoop as exc:
        print(f"{say(args.lang, 'error')}: {exc.message(args.lang)}", file=sys.stderr)
        return EXIT_ERRORS
    finally:
        if not session.is_over:  # left before the end (q, end of input, Ctrl+C): said in the records
            recorder.abandon()
    return play_exit_code(recorder)  # 4 when the records could not all be kept (said on stderr)


def _choice_list(text: str) -> list:
    """'1, musdes.2' -> [1, 'musdes.2']: shown numbers (ASCII digits, at most 3) or choice ids."""
    picks = []
    for item in text.replace(" ", "").split(","):
        if not item:
            continue
        if item.isascii() and item.isdigit() and len(item) <= 3:
            picks.append(int(item))
        elif len(item) <= 200 and item.isprintable():
            picks.append(item)
        else:
            return []
    return picks


def _ask(prompt: str) -> str:
    try:
        return input(prompt)
    except EOFError:
        from ..text_player import Quit

        raise Quit() from None
