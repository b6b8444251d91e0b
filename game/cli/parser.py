"""Every subcommand's arguments; each names the handler that does the work."""

from __future__ import annotations

import argparse

from game.argtypes import seconds

from .arg_errors import Parser
from .check import cmd_analyze, cmd_report, cmd_test, cmd_validate
from .devtools import cmd_bench, cmd_screenshots
from .language import LANG_CHOICES, default_lang
from .play import cmd_play


def game_parser(lang_option: bool = False) -> argparse.ArgumentParser:
    """The options of the game itself (no command). `lang_option`: also --lang, the window's language for
    this run; only when the game starts (the top parser of the commands hands --lang to the command)."""
    parser = Parser(  # argparse's complaints in the command line's language (game.cli.arg_errors)
        prog="berdaya",
        description="Berdaya: a training simulation for the head of community empowerment "
        "(Kepala Bidang Pemberdayaan Masyarakat). Without a command, the game starts.",
    )
    parser.add_argument(
        "--scenarios",
        action="append",
        default=[],
        metavar="DIR",
        help="another folder of scenario files (may be repeated)",
    )
    parser.add_argument("--projector", action="store_true", help="facilitator preset: fullscreen, large text")
    parser.add_argument("--workshop", action="store_true", help="workshop mode for a class")
    parser.add_argument(
        "--vote-seconds",
        type=vote_seconds,
        metavar="SECONDS",
        help="workshop: the discussion timer before a class vote (0: no timer; default 120)",
    )
    parser.add_argument(
        "--phones",
        type=phones_address,
        metavar="ADDRESS[:PORT]",
        help="workshop: the class votes from phones at this address of this laptop on the room's "
        "network, e.g. 192.168.1.10 or 192.168.1.10:8765 (default: off; hand entry of votes)",
    )
    if lang_option:
        parser.add_argument(
            "--lang",
            choices=LANG_CHOICES,
            help="the game's language for this run (default: as chosen on the title screen)",
        )
    return parser


vote_seconds = seconds(int, 0, 3600, "a whole number")


def phones_address(text: str):
    """--phones: an address of this machine (never every interface); a bad one says why in both languages."""
    from ..classroom.address import AddressError, parse  # noqa: PLC0415

    try:
        return parse(text)
    except AddressError as exc:
        raise argparse.ArgumentTypeError(f"{exc.en_text} / {exc.id_text}") from None


def seed_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 0 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"{text} is out of range (use 0 to {2**63 - 1})")
    return value


def build_parser() -> argparse.ArgumentParser:
    from ..authoring.cli import add_authoring_commands
    from ..records.cli_commands import add_play_record_options, add_record_arguments

    parser = game_parser()
    lang = default_lang()  # the trainer's system language, unless --lang says otherwise
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = sub.add_parser("play", help="play a scenario (in the window, or in the terminal with --text)")
    play.add_argument("scenario", help="a scenario file, or a scenario id from the scenario folders")
    play.add_argument("--text", action="store_true", help="play in the terminal")
    play.add_argument(
        "--lang",
        choices=("id", "en"),
        default=None,
        help="language (default: id in the terminal; the window keeps its setting)",
    )
    play.add_argument("--seed", type=seed_number, default=0, help="seed for chance events (default: 0)")
    group = play.add_mutually_exclusive_group()
    group.add_argument(
        "--choices",
        metavar="N,N,...",
        help="play these without asking: numbers as shown (the order is shuffled per seed) "
        "or choice ids such as musdes.2 (the 2nd option written at node musdes)",
    )
    group.add_argument("--auto", choices=("first", "random"), help="choose automatically")
    play.add_argument("--json", action="store_true", help="print the final result as JSON")
    play.add_argument(
        "--practice",
        action="store_true",
        help="practice mode: name misconceptions and coaching right after each choice "
        "(by default they wait for the debrief)",
    )
    play.add_argument(
        "--sapaan",
        choices=("pak", "bu", "netral"),
        default="netral",
        help="how people in the story address you: Pak, Bu, or neutral (Bapak/Ibu)",
    )
    play.add_argument(
        "--watch",
        action="store_true",
        help="window: reload the file each time it is saved, its errors shown over the game",
    )
    play.add_argument("--start-at", metavar="NODE", help="trainer preview: start at this node")
    play.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="trainer preview: set a meter or flag first (may be repeated)",
    )
    add_play_record_options(play)  # --db, --no-record, --player
    play.add_argument(
        "--record",
        action="store_true",
        help="record a trial play too (played from a file, --choices/--auto: not recorded by default)",
    )
    play.set_defaults(handler=cmd_play)

    validate = sub.add_parser("validate", help="check scenario files and report every problem")
    validate.add_argument("paths", nargs="*", help="files or folders (default: scenarios/)")
    validate.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text to read (the default), or json for editors and CI",
    )
    validate.add_argument(
        "--watch", action="store_true", help="check again each time a file is saved (Ctrl+C stops)"
    )
    add_lang(validate, lang)
    validate.set_defaults(handler=cmd_validate)
    analyze = sub.add_parser(
        "analyze", help="explore every path: endings, scores, misconceptions, path lengths"
    )
    analyze.add_argument("scenario", help="a scenario file or id")
    analyze.add_argument("--json", action="store_true", help="print the report as JSON")
    analyze.add_argument(
        "--max-states", type=int, default=200_000, help="stop exploring after this many states"
    )
    analyze.add_argument(
        "--cues",
        action="store_true",
        help="cue bias instead: can naive strategies (longest, first, shortest, meeting words, "
        "random) win, and gates G1-G6",
    )
    analyze.add_argument(
        "--runs", type=int, default=200, metavar="N", help="with --cues: seeded runs per strategy"
    )
    add_lang(analyze, lang)
    analyze.set_defaults(handler=cmd_analyze)

    test = sub.add_parser("test", help="run the play-plans (*.plan.yaml) written beside scenarios")
    test.add_argument("paths", nargs="*", help="plan files, scenario files or folders (default: scenarios/)")
    add_lang(test, lang)
    test.set_defaults(handler=cmd_test)

    add_authoring_commands(sub, paint_png=_paint_png)  # graph, schema, strings, new
    for name in ("graph", "strings", "schema"):
        add_lang(sub.choices[name], lang)
    sub.choices["new"].set_defaults(lang=lang)  # its --lang: the language of the starter's comments
    add_record_arguments(sub)  # export, report
    sub.choices["report"].set_defaults(handler=cmd_report)  # with the scenarios' words

    shots = sub.add_parser("screenshots", help="write a PNG of every screen of the game")
    shots.add_argument("-o", "--out", required=True, metavar="DIR", help="folder for the PNG files")
    shots.add_argument("--lang", choices=("id", "en"), default="id", help="language (default: id)")
    shots.add_argument("--size", default="1280x720", metavar="WxH", help="window size (default: 1280x720)")
    shots.add_argument("--text-size", type=int, choices=(0, 1, 2), default=0, help="text size step")
    shots.set_defaults(handler=cmd_screenshots)
    bench = sub.add_parser("bench", help="measure start-up, frame time, idle CPU and memory of the game")
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.set_defaults(handler=cmd_bench)
    return parser


def add_lang(command, lang: str) -> None:
    command.add_argument(
        "--lang",
        choices=LANG_CHOICES,
        default=lang,
        help=f"language of the messages: id or en (default: the system's, here {lang})",
    )


def _paint_png(*args) -> None:
    """The graph command's PNG: painted by the developer tools (pygame is needed only here)."""
    from ..tools.graph_png import save_png  # noqa: PLC0415

    save_png(*args)
