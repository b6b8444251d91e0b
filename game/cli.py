"""Command line: every subcommand's arguments, handed to the module that does the work."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# The command modules are imported where they are used, so that `python run_game.py` alone (the game)
# opens its window without loading the validator, the records store and their dependencies first:
# start-up is measured against a bare pygame window (see `bench`).

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_CRASH = 0, 1, 2, 3  # a crash is never "errors found"


def game_parser() -> argparse.ArgumentParser:
    """The options of the game itself (no command)."""
    parser = argparse.ArgumentParser(
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
    return parser


def seed_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 0 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"{text} is out of range (use 0 to {2**63 - 1})")
    return value


def build_parser() -> argparse.ArgumentParser:
    from .authoring.cli import add_authoring_commands
    from .records.cli_commands import add_play_record_options, add_record_arguments

    parser = game_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = sub.add_parser("play", help="play a scenario (in the window, or in the terminal with --text)")
    play.add_argument("scenario", help="a scenario file, or a scenario id from the scenario folders")
    play.add_argument("--text", action="store_true", help="play in the terminal")
    play.add_argument("--lang", choices=("id", "en"), default="id", help="language (default: id)")
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
    play.add_argument("--start-at", metavar="NODE", help="trainer preview: start at this node")
    play.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="trainer preview: set a meter or flag first (may be repeated)",
    )
    add_play_record_options(play)  # --db, --no-record, --player
    play.set_defaults(handler=cmd_play)

    validate = sub.add_parser("validate", help="check scenario files and report every problem")
    validate.add_argument("paths", nargs="*", help="files or folders (default: scenarios/)")
    validate.add_argument("--format", choices=("text", "json"), default="text")
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
    analyze.set_defaults(handler=cmd_analyze)

    test = sub.add_parser("test", help="run the play-plans (*.plan.yaml) written beside scenarios")
    test.add_argument("paths", nargs="*", help="plan files, scenario files or folders (default: scenarios/)")
    test.set_defaults(handler=cmd_test)

    add_authoring_commands(sub)  # graph, schema, strings, new
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


def cmd_screenshots(args) -> int:
    from .ui import screenshots

    try:
        size = screenshots.parse_size(args.size)
    except ValueError:
        print(f"error: --size must look like 1280x720, got '{args.size}'", file=sys.stderr)
        return EXIT_USAGE
    for path in screenshots.write_all(args.out, lang=args.lang, size=size, text_size=args.text_size):
        print(path)
    return EXIT_OK


TARGETS = {  # figure -> (target, "max" means lower is better)
    "startup_ratio": 1.5,
    "frame_ms_p99": 8.0,
    "idle_cpu_percent": 3.0,
    "peak_rss_mb": 200.0,
    "validate_all_s": 0.3,
    "analyze_5000_s": 10.0,
    "analyze_5000_peak_mb": 1024.0,
}


def cmd_bench(args) -> int:
    import json

    from .analysis import bench as content_bench
    from .ui import bench

    result = bench.run()
    result.update(content_bench.measure())
    result["targets"] = dict(TARGETS)
    result["met"] = {
        key: result[key] <= target for key, target in TARGETS.items() if result.get(key) is not None
    }
    if args.json:
        print(json.dumps(result))
        return EXIT_OK
    for key, value in result.items():
        if key in ("targets", "met"):
            continue
        target = TARGETS.get(key)
        verdict = (
            "" if target is None else f"  (target <= {target}: {'met' if result['met'][key] else 'MISSED'})"
        )
        print(f"{key:22} {value}{verdict}")
    return EXIT_OK


def starts_the_game(argv) -> bool:
    """True when the arguments are only the game's own options (no command, no --help)."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in ("--projector", "--workshop") or arg.startswith("--scenarios="):
            continue
        if arg == "--scenarios" and rest:
            rest.pop(0)
            continue
        return False
    return True


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if starts_the_game(argv):
        args = game_parser().parse_args(argv)
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
    except Exception as exc:  # noqa: BLE001 (the last line of defence: a short message, the trace in a file)
        return report_crash(exc, argv)


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


def start_game(args) -> int:
    from .ui import app  # the window is the only part that needs pygame

    return app.run(args)


def scenario_folders(args) -> list:
    from .content.library import SCENARIOS_DIR

    return [SCENARIOS_DIR, *map(Path, args.scenarios)]


def cmd_validate(args) -> int:
    from .content.diagnostics import diag, format_json, format_text
    from .content.library import SCENARIOS_DIR, scenario_files
    from .content.loader import load_file
    from .content.plans import PLAN_SUFFIX, load_plans
    from .engine.model import SourcePos

    paths = [Path(p) for p in (args.paths or [SCENARIOS_DIR])]
    results, ids = {}, {}
    for path in paths:
        if not path.exists():
            results[str(path)] = [
                diag(
                    "B001",
                    SourcePos(str(path), 0, 0),
                    "no such file or folder",
                    "check the path; folders are searched for .yaml files",
                )
            ]
        elif path.is_dir() and not scenario_files([path]):
            results[str(path)] = [
                diag(
                    "B001",
                    SourcePos(str(path), 0, 0),
                    "this folder has no scenario files",
                    "scenarios are files ending in .yaml or .yml",
                )
            ]
    for file in scenario_files(p for p in paths if p.exists()):
        if file.name.endswith(PLAN_SUFFIX):  # named on purpose: check it as what it is
            results[str(file)] = load_plans(file).diagnostics
            continue
        loaded = load_file(file)
        results[str(file)] = list(loaded.diagnostics)
        if loaded.scenario is not None:
            from .analysis.cues import strategy_diagnostics  # plays naive strategies: validate only

            results[str(file)] += strategy_diagnostics(loaded.scenario)
            other = ids.setdefault(loaded.scenario.id, file)
            if other != file:
                results[str(file)].append(
                    diag(
                        "B013",
                        loaded.scenario.pos,
                        f"the scenario id '{loaded.scenario.id}' is also used by {other}",
                        "give each scenario its own id; the game would show only one of them",
                    )
                )
    errors = sum(d.is_error() for diags in results.values() for d in diags)
    warnings = sum(not d.is_error() for diags in results.values() for d in diags)
    if args.format == "json":
        print(format_json(results))
    else:
        for diags in results.values():
            if diags:
                print(format_text(diags))
        print(f"{len(results)} file(s) checked: {errors} error(s), {warnings} warning(s)")
    return EXIT_ERRORS if errors else EXIT_OK


def cmd_report(args) -> int:
    from .content.library import load_all
    from .records.cli_commands import report_main

    loaded = load_all(scenario_folders(args))
    return report_main(args, scenarios={item.scenario.id: item.scenario for item in loaded if item.scenario})


def load_scenario(args):
    """The scenario the arguments name, or an exit code after saying what is wrong."""
    from .content.diagnostics import format_text
    from .content.library import find

    loaded = find(args.scenario, scenario_folders(args))
    if loaded is None:
        print(
            f"error: no scenario '{args.scenario}' (give a file path or the id of a scenario in "
            f"{', '.join(str(f) for f in scenario_folders(args))})",
            file=sys.stderr,
        )
        return None, EXIT_USAGE
    if loaded.scenario is None:
        print(format_text(loaded.errors), file=sys.stderr)
        print(
            f"error: {loaded.path} has {len(loaded.errors)} error(s); fix them first "
            "(python run_game.py validate shows them all)",
            file=sys.stderr,
        )
        return None, EXIT_ERRORS
    return loaded, EXIT_OK


def cmd_analyze(args) -> int:
    import json

    from .analysis.paths import analyze, format_report

    loaded, code = load_scenario(args)
    if loaded is None:
        return code
    if args.cues:
        from .analysis import cues

        report = cues.report(loaded.scenario, runs=max(1, args.runs))
        print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else cues.format_report(report))
        return EXIT_OK
    report = analyze(loaded.scenario, max_states=args.max_states)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_report(report))
    return EXIT_OK


def cmd_test(args) -> int:
    from .analysis.plans import run_plan
    from .content.diagnostics import diag, format_text
    from .content.library import SCENARIOS_DIR
    from .content.loader import load_file
    from .content.plans import check_against, load_plans, plan_files
    from .engine.model import SourcePos
    from .engine.scoring import Bounds

    files = plan_files(args.paths or [SCENARIOS_DIR])
    if not files:
        print("no play-plans found (they are files named NAME.plan.yaml beside NAME.yaml)", file=sys.stderr)
        return EXIT_ERRORS
    failed = passed = 0
    for path in files:
        plans = load_plans(path)
        loaded = load_file(plans.scenario_path)
        if loaded.scenario is None and not plans.scenario_path.exists():
            problems = plans.diagnostics + [
                diag(
                    "B001",
                    SourcePos(str(path), 1, 1),
                    f"the scenario {plans.scenario_path} for these plans does not exist",
                    "name the plan file after its scenario (NAME.plan.yaml beside "
                    "NAME.yaml), or say which one with scenario: FILE",
                )
            ]
        else:
            problems = plans.diagnostics + (
                loaded.errors if loaded.scenario is None else check_against(plans, loaded.scenario)
            )
        if problems:
            print(format_text(problems))
            failed += max(1, len(plans.plans))
            continue
        bounds = Bounds.of(loaded.scenario)
        for plan in plans.plans:
            result = run_plan(loaded.scenario, plan, bounds)
            print(f"{'PASS' if result.passed else 'FAIL'} {plans.path}: {plan.name}")
            for problem in result.problems:
                print(f"    {problem}")
            passed, failed = passed + result.passed, failed + (not result.passed)
    print(f"{passed} passed, {failed} failed")
    return EXIT_OK if failed == 0 else EXIT_ERRORS


def parse_settings(pairs) -> dict:
    values = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--set needs NAME=VALUE, got '{pair}'")
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
    from .engine.session import ChoiceError

    try:
        values = parse_settings(args.set)
        session.jump(args.start_at or session.state.node, values)
    except (ValueError, ChoiceError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None
    for name, wanted in values.items():
        kept = session.state.meters.get(name, wanted)
        if kept != wanted:
            print(f"note: {name} stays within its range: set to {kept:g}, not {wanted:g}", file=sys.stderr)
    return values


def cmd_play(args) -> int:
    loaded, code = load_scenario(args)
    if loaded is None:
        return code
    if not args.text:
        args.scenario_path = loaded.path
        if args.start_at or args.set:
            from .engine.session import Session

            args.start_values = preview(args, Session(loaded.scenario))  # checked before a window opens
            if args.start_values is None:
                return EXIT_USAGE
        return start_game(args)
    return play_text(args, loaded.scenario)


def play_text(args, scenario) -> int:
    from .engine.session import ChoiceError, Session
    from .records.cli_commands import play_exit_code, play_recorder
    from .text_player import Options, Quit, play

    picks = _choice_list(args.choices) if args.choices else None
    if args.choices and not picks:
        print(
            f"error: --choices must be numbers or choice ids separated by commas, e.g. 1,2,1 or "
            f"pembukaan.1,musdes.2 (got '{args.choices}')",
            file=sys.stderr,
        )
        return EXIT_USAGE
    address = "" if args.sapaan == "netral" else args.sapaan
    options = Options(
        lang=args.lang, seed=args.seed, choices=picks, auto=args.auto, json=args.json, practice=args.practice
    )
    session = Session(scenario, seed=options.seed, address=address)
    if args.start_at or args.set:
        if preview(args, session) is None:
            return EXIT_USAGE
        args.no_record = True  # a trainer's preview is not a session for the class report
    recorder = play_recorder(args, session)  # every decision is committed as it is made
    try:
        play(
            scenario,
            options,
            sys.stdout,
            ask=_ask,
            session=session,
            on_step=lambda _session, _outcome: recorder.after_choice(),
        )
        recorder.finish()
    except ChoiceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Quit:
        return EXIT_OK
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
        from .text_player import Quit

        raise Quit() from None
