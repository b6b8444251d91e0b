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
from .words import say

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
    which = schema.add_mutually_exclusive_group()
    which.add_argument(
        "--plan", action="store_true", help="the schema of play-plan files (*.plan.yaml) instead of scenarios"
    )
    which.add_argument(
        "--check",
        action="store_true",
        help="the schema of pre/post check files (*.check.yaml) instead of scenarios",
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
        "name",
        help="the new scenario's id (written to your scenario folder, the one the game's Trainer screen "
        "shows), or a path ending in .yaml",
    )
    new.add_argument(
        "--lang",
        choices=("id", "en"),
        default="id",
        help="language of the comments and messages (default: the system's)",
    )
    new.set_defaults(handler=cmd_new)


def _lang(args) -> str:
    return getattr(args, "lang", None) or "en"


def _fail(message: str, code: int = EXIT_ERRORS, lang: str = "en") -> int:
    print(f"{say(lang, 'error')}: {message}", file=sys.stderr)
    return code


def _refuse(exc: OutputError, lang=None) -> int:
    """A file the command will not write, said in the trainer's language."""
    return _fail(str(exc) if lang == "en" else exc.indonesian, EXIT_USAGE, lang or "id")


def _emit(output: str | None, text: str, note: str = "", lang: str = "en") -> int:
    """`text` to standard output, or written to `output` and said so (with `note`)."""
    if not output:
        sys.stdout.write(text)
        return EXIT_OK
    code = _write(output, text, lang=lang)
    if code == EXIT_OK:
        print(say(lang, "wrote", path=output, note=note))
    return code


def _write(path: str, data, binary: bool = False, lang: str = "en") -> int:
    try:
        write_atomic(path, data, binary)
    except OSError as exc:
        return _fail(say(lang, "cannot-write", path=path, problem=exc.strerror or exc), lang=lang)
    return EXIT_OK


def _folders(args) -> list:
    """The shipped scenarios, the trainer's own folder (where `new` writes), then --scenarios folders."""
    from ..datadirs import folders

    return [SCENARIOS_DIR, folders().user_scenarios, *map(Path, getattr(args, "scenarios", []) or [])]


# -- graph ---------------------------------------------------------------------------
def cmd_graph(args) -> int:
    from ..analysis.graph import build_graph
    from .drafts import build_anyway

    lang = _lang(args)
    fmt = args.format or _format_from(args.output)
    if fmt == "png" and not args.output:
        return _fail(say(lang, "png-needs-file"), EXIT_USAGE, lang)
    folders = _folders(args)
    path = _scenario_path(args.scenario, folders)
    if path is None:
        shown = ", ".join(str(f) for f in folders)
        return _fail(say(lang, "no-scenario", name=args.scenario, folders=shown), EXIT_USAGE, lang)
    if args.output:
        try:
            check_output(args.output, GRAPH_OWN, getattr(args, "force", False), protect=[path])
        except OutputError as exc:
            return _refuse(exc, lang)
        problem = _extension_problem(args.output, args.format, lang)
        if problem:
            return _fail(problem, EXIT_USAGE, lang)
    scenario, diagnostics = build_anyway(path)
    if scenario is None:
        print(format_text(diagnostics, lang), file=sys.stderr)
        return _fail(say(lang, "unreadable", path=path), lang=lang)
    errors = [d for d in diagnostics if d.is_error()]
    if errors:
        print(format_text(errors, lang), file=sys.stderr)
        print(
            f"{say(lang, 'note')}: {say(lang, 'drawn-anyway', path=path, count=len(errors))}", file=sys.stderr
        )
    graph = build_graph(scenario)
    if fmt == "png":
        return _write_png(graph, args.output, getattr(args, "paint_png", None), lang)
    from ..analysis import render

    if fmt == "html":
        from ..analysis.story_map import to_html

        text = to_html(graph, scenario, lang, str(path))
    elif fmt == "svg":
        text = render.to_svg(graph, lang)
    else:
        text = {"mermaid": render.to_mermaid, "dot": render.to_dot}[fmt](graph, lang)
    if args.output and Path(args.output).suffix.lower() == ".md":  # Markdown shows Mermaid in a fence
        text = "```mermaid\n" + text + ("" if text.endswith("\n") else "\n") + "```\n"
    size = say(lang, "graph-size", nodes=len(graph.nodes), edges=len(graph.edges))
    return _emit(args.output, text, size, lang)


def _format_from(output) -> str:
    suffix = Path(output).suffix.lower() if output else ""
    return next((fmt for fmt, suffixes in GRAPH_EXTENSIONS.items() if suffix in suffixes), "mermaid")


def _formats_help() -> str:
    return ", ".join(f"{'/'.join(suffixes)} ({fmt})" for fmt, suffixes in GRAPH_EXTENSIONS.items())


def _extension_problem(output: str, fmt, lang: str = "en") -> str:
    """Why OUTPUT's extension does not fit (None when it does, or when it has none)."""
    suffix = Path(output).suffix.lower()
    if not suffix:
        return None
    if not any(suffix in suffixes for suffixes in GRAPH_EXTENSIONS.values()):
        return say(lang, "bad-extension", suffix=suffix, formats=_formats_help())
    if fmt and suffix not in GRAPH_EXTENSIONS[fmt]:
        wanted = "/".join(GRAPH_EXTENSIONS[fmt])
        return say(lang, "format-mismatch", fmt=fmt, output=output, wanted=wanted, formats=_formats_help())
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
        return _fail(say(lang, "png-pygame", problem=exc), lang=lang)
    except (OSError, Exception) as exc:  # pygame.error is not an OSError
        problem = getattr(exc, "strerror", None) or exc
        return _fail(say(lang, "cannot-write", path=output, problem=problem), lang=lang)
    size = say(lang, "graph-size", nodes=len(graph.nodes), edges=len(graph.edges))
    print(say(lang, "wrote", path=output, note=size))
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

    from .schema import check_schema, plan_schema, scenario_schema

    if getattr(args, "check", False):
        schema = check_schema()
    else:
        schema = plan_schema() if getattr(args, "plan", False) else scenario_schema()
    text = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    if args.output:
        try:
            check_output(args.output, {".json": looks_like_schema}, getattr(args, "force", False))
        except OutputError as exc:
            return _refuse(exc, _lang(args))
    return _emit(args.output, text, lang=_lang(args))


# -- strings -------------------------------------------------------------------------
def cmd_strings(args) -> int:
    from . import strings

    lang, path = _lang(args), Path(args.scenario)
    if not path.is_file():
        return _fail(say(lang, "no-file", path=path), EXIT_USAGE, lang)
    if not (args.export or args.import_):  # --export '' or --import '': no file named
        return _fail(say(lang, "csv-name"), EXIT_USAGE, lang)
    try:
        if args.export:
            try:
                check_output(args.export, None, getattr(args, "force", False), protect=[path])
                strings.check_export_name(args.export)
            except OutputError as exc:
                return _refuse(exc, lang)
            count = strings.export_csv(path, args.export)
            print(say(lang, "wrote-texts", count=count, path=args.export))
            return EXIT_OK
        report = strings.import_csv(path, args.import_)
    except strings.StringsError as exc:
        return _fail(exc.said(lang), lang=lang)
    except OSError as exc:
        return _fail(f"{exc.filename or path}: {exc.strerror or exc}", lang=lang)
    for key in report.unknown:
        unknown = say(lang, "unknown-row", csv=args.import_, key=key, path=path)
        print(f"{say(lang, 'warning')}: {unknown}", file=sys.stderr)
    counts = {"changed": report.changed, "unchanged": report.unchanged, "unknown": len(report.unknown)}
    print(say(lang, "imported", path=path, **counts))
    if report.missing:
        first = ", ".join(report.missing[:3])
        missing = say(lang, "not-in-csv", count=len(report.missing), path=path, csv=args.import_, first=first)
        print(f"{say(lang, 'note')}: {missing}")
    return EXIT_OK


# -- new -----------------------------------------------------------------------------
def cmd_new(args) -> int:
    """NAME: into the trainer's own scenario folder (the one the Trainer screen and the picker list);
    a path: there."""
    from ..datadirs import folders
    from .starter import StarterError, is_path, write_starter

    lang = _lang(args)
    try:
        path = write_starter(args.name, args.lang, folders().user_scenarios)
    except StarterError as exc:
        return _fail(str(exc) if lang == "en" else exc.indonesian, lang=lang)
    shown = f'"{path}"' if " " in str(path) else str(path)  # a command line to copy as it is
    told = "new-written-here" if is_path(args.name) else "new-written"
    print(say(lang, told, path=shown, comments=args.lang))
    return EXIT_OK
