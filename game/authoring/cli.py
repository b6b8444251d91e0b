"""Subcommands for scenario authors: graph, schema, strings, new.

game.cli calls add_authoring_commands(subparsers) once. Every handler prints a
clear message and returns a non-zero exit code on a problem; none lets a
traceback reach the trainer. The PNG painter (pygame, game.tools) is handed in
by game.cli: this package imports neither.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..content.diagnostics import format_text
from ..content.library import SCENARIOS_DIR, find, path_exists
from .output import GRAPH_OWN, OutputError, check_output, looks_like_schema, mark_png, write_atomic

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
GRAPH_FORMATS = ("html", "mermaid", "dot", "svg", "png")
# the file extensions each graph format is written to (the first is the one suggested)
GRAPH_EXTENSIONS = {
    "html": (".html", ".htm"),
    "mermaid": (".mmd", ".mermaid", ".md"),
    "dot": (".dot", ".gv"),
    "svg": (".svg",),
    "png": (".png",),
}


def add_authoring_commands(sub, paint_png=None) -> None:
    """`paint_png(layout, colours, label_anchor, path)` draws a PNG (game.cli gives game.tools' painter)."""
    graph = sub.add_parser(
        "graph",
        help="draw a scenario as a graph: an interactive story map (html), mermaid, dot, svg or png",
    )
    graph.add_argument("scenario", help="a scenario file, or a scenario id")
    graph.add_argument(
        "--format",
        choices=GRAPH_FORMATS,
        default=None,
        help="output format (default: from the -o file's extension, else mermaid)",
    )
    graph.add_argument("-o", "--output", metavar="FILE", help="write here (default: print text formats)")
    graph.add_argument(
        "--force",
        action="store_true",
        help="replace an existing file that is not a graph this command wrote (never a .yaml scenario)",
    )
    graph.set_defaults(handler=cmd_graph, paint_png=paint_png)

    schema = sub.add_parser("schema", help="write a JSON Schema of the scenario format, for editors")
    schema.add_argument("-o", "--output", metavar="FILE", help="write here (default: print it)")
    schema.add_argument(
        "--force",
        action="store_true",
        help="replace an existing file that is not an earlier schema (never a .yaml scenario)",
    )
    schema.set_defaults(handler=cmd_schema)

    strings = sub.add_parser(
        "strings", help="export or import every player-facing text as CSV, for translators"
    )
    strings.add_argument("scenario", help="a scenario file")
    group = strings.add_mutually_exclusive_group(required=True)
    group.add_argument("--export", metavar="FILE.csv", help="write the texts to this CSV file")
    group.add_argument(
        "--import",
        dest="import_",
        metavar="FILE.csv",
        help="put the texts of this CSV file back into the scenario (comments and layout kept)",
    )
    strings.add_argument(
        "--force",
        action="store_true",
        help="with --export: replace an existing CSV file (never a .yaml scenario)",
    )
    strings.set_defaults(handler=cmd_strings)

    new = sub.add_parser("new", help="write a commented starter scenario to edit")
    new.add_argument(
        "name", help="the new scenario's id (written to scenarios/NAME.yaml), or a path ending in .yaml"
    )
    new.add_argument(
        "--lang", choices=("id", "en"), default="id", help="language of the comments (default: the system's)"
    )
    new.set_defaults(handler=cmd_new)


def _fail(message: str, code: int = EXIT_ERRORS) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def _refuse(exc: OutputError, lang=None) -> int:
    """A file the command will not write: said in both languages, the trainer's first."""
    lines = [f"masalah: {exc.indonesian}", f"error: {exc}"]
    print("\n".join(lines if lang != "en" else lines[::-1]), file=sys.stderr)
    return EXIT_USAGE


def _emit(output: str | None, text: str, note: str = "") -> int:
    """`text` to standard output, or written to `output` and said so (with `note`)."""
    if not output:
        sys.stdout.write(text)
        return EXIT_OK
    code = _write(output, text)
    if code == EXIT_OK:
        print(f"wrote {output}{note}")
    return code


def _write(path: str, data, binary: bool = False) -> int:
    try:
        write_atomic(path, data, binary)
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
        return _fail(
            f"no scenario '{args.scenario}' (give a file path or the id of a shipped scenario)", EXIT_USAGE
        )
    if args.output:
        try:
            check_output(args.output, GRAPH_OWN, getattr(args, "force", False), protect=[path])
        except OutputError as exc:
            return _refuse(exc, getattr(args, "lang", None))
        problem = _extension_problem(args.output, args.format)
        if problem:
            return _fail(problem, EXIT_USAGE)
    scenario, diagnostics = build_anyway(path)
    if scenario is None:
        print(format_text(diagnostics, getattr(args, "lang", "en")), file=sys.stderr)
        return _fail(f"{path} cannot be read as a scenario; fix the errors above first")
    errors = [d for d in diagnostics if d.is_error()]
    if errors:
        print(format_text(errors, getattr(args, "lang", "en")), file=sys.stderr)
        print(
            f"note: {path} has {len(errors)} error(s); the graph shows it as far as it can be read",
            file=sys.stderr,
        )
    graph = build_graph(scenario)
    lang = getattr(args, "lang", None) or "id"
    if fmt == "png":
        return _write_png(graph, args.output, getattr(args, "paint_png", None), lang)
    from ..analysis import render

    if fmt == "html":
        from ..analysis.story_map import to_html

        text = to_html(graph, scenario, lang, str(path))
    elif fmt == "svg":
        text = render.to_svg(graph, lang)
    else:
        text = {"mermaid": render.to_mermaid, "dot": render.to_dot}[fmt](graph)
    if args.output and Path(args.output).suffix.lower() == ".md":  # Markdown shows Mermaid in a fence
        text = "```mermaid\n" + text + ("" if text.endswith("\n") else "\n") + "```\n"
    return _emit(args.output, text, f" ({len(graph.nodes)} nodes, {len(graph.edges)} edges)")


def _format_from(output) -> str:
    suffix = Path(output).suffix.lower() if output else ""
    return next((fmt for fmt, suffixes in GRAPH_EXTENSIONS.items() if suffix in suffixes), "mermaid")


def _formats_help() -> str:
    return ", ".join(f"{'/'.join(suffixes)} ({fmt})" for fmt, suffixes in GRAPH_EXTENSIONS.items())


def _extension_problem(output: str, fmt) -> str:
    """Why OUTPUT's extension does not fit (None when it does, or when it has none)."""
    suffix = Path(output).suffix.lower()
    if not suffix:
        return None
    if not any(suffix in suffixes for suffixes in GRAPH_EXTENSIONS.values()):
        return f"graph cannot write a {suffix} file; the formats are {_formats_help()} (nothing was written)"
    if fmt and suffix not in GRAPH_EXTENSIONS[fmt]:
        wanted = "/".join(GRAPH_EXTENSIONS[fmt])
        return (
            f"--format {fmt} does not fit {output}: {fmt} is written to a {wanted} file "
            f"(the formats are {_formats_help()}; nothing was written)"
        )
    return None


def _write_png(graph, output: str, paint, lang: str = "id") -> int:
    from ..analysis.render import COLOURS, label_anchor, layout
    from ..safefiles import replacing

    try:
        if paint is None:
            raise ImportError("no PNG painter was given")

        with replacing(output, ".png") as temp:  # pygame picks the format from the name
            paint(layout(graph, lang), COLOURS, label_anchor, str(temp))
            mark_png(temp)  # so that a later `graph -o` knows the file as one it wrote
    except ImportError as exc:
        return _fail(f"a PNG needs pygame ({exc}); use --format svg instead")
    except (OSError, Exception) as exc:  # pygame.error is not an OSError
        return _fail(f"cannot write {output}: {getattr(exc, 'strerror', None) or exc}")
    print(f"wrote {output} ({len(graph.nodes)} nodes, {len(graph.edges)} edges)")
    return EXIT_OK


def _scenario_path(name: str, folders: list):
    path = Path(name)
    if path_exists(path):
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
    if args.output:
        try:
            check_output(args.output, {".json": looks_like_schema}, getattr(args, "force", False))
        except OutputError as exc:
            return _refuse(exc, getattr(args, "lang", None))
    return _emit(args.output, text)


# -- strings -------------------------------------------------------------------------
def cmd_strings(args) -> int:
    from . import strings

    path = Path(args.scenario)
    if not path.is_file():
        return _fail(f"no scenario file {path}", EXIT_USAGE)
    if not (args.export or args.import_):  # --export '' or --import '': no file named
        return _fail("--export and --import need a CSV file name", EXIT_USAGE)
    try:
        if args.export:
            try:
                check_output(args.export, None, getattr(args, "force", False), protect=[path])
                strings.check_export_name(args.export)
            except OutputError as exc:
                return _refuse(exc, getattr(args, "lang", None))
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
    print(
        f"{path}: {report.changed} text(s) changed, {report.unchanged} unchanged, "
        f"{len(report.unknown)} unknown id(s)"
    )
    if report.missing:
        print(
            f"note: {len(report.missing)} text(s) of {path} are not in {args.import_} and were left as they are"
            f" (first: {', '.join(report.missing[:3])})"
        )
    return EXIT_OK


# -- new -----------------------------------------------------------------------------
def cmd_new(args) -> int:
    from .starter import StarterError, write_starter

    try:
        path = write_starter(args.name, args.lang, SCENARIOS_DIR)
    except StarterError as exc:
        return _fail(str(exc))
    print(
        f"wrote {path}\nnext: python run_game.py validate {path}\n"
        f"      python run_game.py play --text {path} --lang {args.lang}"
    )
    return EXIT_OK
