"""Subcommands for scenario authors: graph, schema, strings, new.

game.cli calls add_authoring_commands(subparsers) once. Every handler prints a
clear message and returns a non-zero exit code on a problem; none lets a
traceback reach the trainer. This is a command-line module, so (like
game/cli.py) it may import game.ui, and does so only inside the PNG branch.
"""
from __future__ import annotations

import sys
from pathlib import Path

from ..content.diagnostics import format_text
from ..content.library import SCENARIOS_DIR, find

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
GRAPH_FORMATS = ("mermaid", "dot", "svg", "png")


def add_authoring_commands(sub) -> None:
    graph = sub.add_parser("graph", help="draw a scenario as a graph (mermaid, dot, svg or png)")
    graph.add_argument("scenario", help="a scenario file, or a scenario id")
    graph.add_argument("--format", choices=GRAPH_FORMATS, default=None,
                       help="output format (default: from the -o file's extension, else mermaid)")
    graph.add_argument("-o", "--output", metavar="FILE", help="write here (default: print text formats)")
    graph.set_defaults(handler=cmd_graph)

    schema = sub.add_parser("schema", help="write a JSON Schema of the scenario format, for editors")
    schema.add_argument("-o", "--output", metavar="FILE", help="write here (default: print it)")
    schema.set_defaults(handler=cmd_schema)

    strings = sub.add_parser("strings", help="export or import every player-facing text as CSV, for translators")
    strings.add_argument("scenario", help="a scenario file")
    group = strings.add_mutually_exclusive_group(required=True)
    group.add_argument("--export", metavar="FILE.csv", help="write the texts to this CSV file")
    group.add_argument("--import", dest="import_", metavar="FILE.csv",
                       help="put the texts of this CSV file back into the scenario (comments and layout kept)")
    strings.set_defaults(handler=cmd_strings)

    new = sub.add_parser("new", help="write a commented starter scenario to edit")
    new.add_argument("name", help="the new scenario's id (written to scenarios/NAME.yaml), or a path ending in .yaml")
    new.add_argument("--lang", choices=("id", "en"), default="id", help="language of the comments (default: id)")
    new.set_defaults(handler=cmd_new)


def _fail(message: str, code: int = EXIT_ERRORS) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def _write(path: str, data, binary: bool = False) -> int:
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        if binary:
            Path(path).write_bytes(data)
        else:
            Path(path).write_text(data, encoding="utf-8")
    except OSError as exc:
        return _fail(f"cannot write {path}: {exc.strerror or exc}")
    return EXIT_OK


def _folders(args) -> list:
    return [SCENARIOS_DIR, *map(Path, getattr(args, "scenarios", []) or [])]


# -- graph ---------------------------------------------------------------------------
def cmd_graph(args) -> int:
    from ..analysis.graph import build_graph
    from .drafts import build_anyway

    fmt = args.format or _format_from(args.output)
    if fmt == "png" and not args.output:
        return _fail("a PNG needs a file: add -o FILE.png", EXIT_USAGE)
    path = _scenario_path(args.scenario, _folders(args))
    if path is None:
        return _fail(f"no scenario '{args.scenario}' (give a file path or the id of a shipped scenario)", EXIT_USAGE)
    scenario, diagnostics = build_anyway(path)
    if scenario is None:
        print(format_text(diagnostics), file=sys.stderr)
        return _fail(f"{path} cannot be read as a scenario; fix the errors above first")
    errors = [d for d in diagnostics if d.is_error()]
    if errors:
        print(format_text(errors), file=sys.stderr)
        print(f"note: {path} has {len(errors)} error(s); the graph shows it as far as it can be read",
              file=sys.stderr)
    graph = build_graph(scenario)
    if fmt == "png":
        return _write_png(graph, args.output)
    from ..analysis import render
    text = {"mermaid": render.to_mermaid, "dot": render.to_dot, "svg": render.to_svg}[fmt](graph)
    if not args.output:
        sys.stdout.write(text)
        return EXIT_OK
    code = _write(args.output, text)
    if code == EXIT_OK:
        print(f"wrote {args.output} ({len(graph.nodes)} nodes, {len(graph.edges)} edges)")
    return code


def _format_from(output) -> str:
    suffix = Path(output).suffix.lower().lstrip(".") if output else ""
    return {"mmd": "mermaid", "mermaid": "mermaid", "dot": "dot", "gv": "dot", "svg": "svg", "png": "png"}.get(
        suffix, "mermaid")


def _write_png(graph, output: str) -> int:
    from ..analysis.render import COLOURS, label_anchor, layout
    try:
        from ..ui.graph_png import save_png  # pygame is needed only here
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        save_png(layout(graph), COLOURS, label_anchor, output)
    except ImportError as exc:
        return _fail(f"a PNG needs pygame ({exc}); use --format svg instead")
    except (OSError, Exception) as exc:  # pygame.error is not an OSError
        return _fail(f"cannot write {output}: {exc}")
    print(f"wrote {output} ({len(graph.nodes)} nodes, {len(graph.edges)} edges)")
    return EXIT_OK


def _scenario_path(name: str, folders: list):
    path = Path(name)
    if path.exists():
        return path if path.is_file() else None
    if path.suffix.lower() in (".yaml", ".yml"):
        return None
    loaded = find(name, folders)
    return Path(loaded.path) if loaded is not None else None


# -- schema --------------------------------------------------------------------------
def cmd_schema(args) -> int:
    import json

    from .schema import scenario_schema
    text = json.dumps(scenario_schema(), ensure_ascii=False, indent=2) + "\n"
    if not args.output:
        sys.stdout.write(text)
        return EXIT_OK
    code = _write(args.output, text)
    if code == EXIT_OK:
        print(f"wrote {args.output}")
    return code


# -- strings -------------------------------------------------------------------------
def cmd_strings(args) -> int:
    from . import strings
    path = Path(args.scenario)
    if not path.is_file():
        return _fail(f"no scenario file {path}", EXIT_USAGE)
    try:
        if args.export:
            count = strings.export_csv(path, args.export)
            print(f"wrote {count} texts to {args.export}")
            return EXIT_OK
        report = strings.import_csv(path, args.import_)
    except strings.StringsError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.filename or path}: {exc.strerror or exc}")
    for key in report.unknown:
        print(f"warning: {args.import_}: no text '{key}' in {path}; row ignored", file=sys.stderr)
    print(f"{path}: {report.changed} text(s) changed, {report.unchanged} unchanged, "
          f"{len(report.unknown)} unknown id(s)")
    return EXIT_OK


# -- new -----------------------------------------------------------------------------
def cmd_new(args) -> int:
    from .starter import StarterError, write_starter
    try:
        path = write_starter(args.name, args.lang, SCENARIOS_DIR)
    except StarterError as exc:
        return _fail(str(exc))
    print(f"wrote {path}\nnext: python run_game.py validate {path}\n"
          f"      python run_game.py play --text {path} --lang {args.lang}")
    return EXIT_OK
