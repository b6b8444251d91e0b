"""The house rules, walked over every module of game/: layers, no import cycle, no module too long.

Layers (docs: /ARCHITECTURE.md, issue 12): engine imports only the standard library; content uses the
engine; analysis uses engine and content; records uses the engine; authoring uses engine, content and
analysis; classroom (the class's phone votes) uses the engine; ui uses engine, content, records, analysis
and classroom; the base modules (game/datadirs.py,
game/safefiles.py, game/resources.py, game/argtypes.py) may be used by any of them except the engine. Only
ui and the developer tools (game/tools) import pygame; nobody imports ui but ui itself, the tools and
the command line; nobody imports the tools but the command line's dispatch. game/cli/ and
game/text_player.py are the top: only the command line imports the text player.

Imports are read from the source with ast, both at module level and inside functions (a function-local
import is still a dependency); imports under `if TYPE_CHECKING:` are not, since they never run.
"""

from __future__ import annotations

import ast
import sys
from functools import cache
from pathlib import Path

from .conftest import ROOT

GAME = ROOT / "game"
MAX_LINES = 400
BASE = ("game.datadirs", "game.safefiles", "game.resources", "game.argtypes")
TOP = ("game.cli", "game.text_player")

# layer -> the game packages it may import besides itself (BASE spelled out where allowed)
MAY_IMPORT = {
    "game.engine": (),
    "game.content": ("game.engine", *BASE),
    "game.analysis": ("game.engine", "game.content", "game.safefiles"),  # its cache writes atomically
    "game.records": ("game.engine", *BASE),
    "game.authoring": ("game.engine", "game.content", "game.analysis", *BASE),
    "game.classroom": ("game.engine", *BASE),
    "game.ui": ("game.engine", "game.content", "game.records", "game.analysis", "game.classroom", *BASE),
    "game.tools": ("game",),  # anything
    "game.cli": ("game",),
    "game.text_player": ("game",),
    **{base: BASE for base in BASE},
}
PYGAME_LAYERS = ("game.ui", "game.tools")
# who may import a layer that sits above the others
IMPORTED_ONLY_BY = {
    "game.ui": ("game.ui", "game.tools", "game.cli"),
    "game.tools": ("game.tools", "game.cli"),
    "game.text_player": ("game.cli",),
    "game.cli": ("game.cli",),
}
THIRD_PARTY = {  # layer -> packages outside the standard library it may use (pygame: PYGAME_LAYERS)
    "game.engine": (),
    **dict.fromkeys(BASE, ("platformdirs",)),
    "game.classroom": ("aiohttp", "segno"),  # the vote server and the QR code, nothing else
}

# Modules over MAX_LINES today, each being split by its own piece of work (issue 12). The list may only
# shrink: a listed module that is now short enough, or gone, fails the test until it is taken off.
KNOWN_LONG: set = set()  # modules allowed over the limit for now: none


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def all_modules() -> dict:
    """Every module of game/ by dotted name -> its file."""
    return {module_name(path): path for path in sorted(GAME.rglob("*.py"))}


def type_checking_only(tree: ast.AST) -> set:
    """The import nodes under `if TYPE_CHECKING:` (they never run)."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                skipped.update(id(n) for n in ast.walk(inner))
    return skipped


@cache
def imports(path: Path) -> tuple:
    """The names `path` imports: `from a import b` gives a.b when that is a module of game/, else a."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped, found = type_checking_only(tree), []
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module
            submodules = [f"{module}.{alias.name}" for alias in node.names]
            inside = [name for name in submodules if name in all_modules()]
            found += inside if len(inside) == len(submodules) else [module, *inside]
    return tuple(found)


def layer_of(name: str) -> str | None:
    """The layer (a key of MAY_IMPORT) a dotted module name belongs to."""
    for layer in sorted(MAY_IMPORT, key=len, reverse=True):
        if name == layer or name.startswith(layer + "."):
            return layer
    return None


def within(name: str, packages) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def game_imports():
    """(module, layer, imported name) for every import of a game module by a game module."""
    for module, path in all_modules().items():
        for name in imports(path):
            if name == "game" or name.startswith("game."):
                yield module, layer_of(module), name


def test_every_module_belongs_to_a_layer():
    unplaced = [m for m in all_modules() if m != "game" and layer_of(m) is None]
    assert not unplaced, f"modules in no layer (add them to MAY_IMPORT): {unplaced}"


def test_each_layer_imports_only_the_layers_below_it():
    broken = [
        f"{module} imports {name}"
        for module, layer, name in game_imports()
        if layer and not within(name, (layer, *MAY_IMPORT[layer]))
    ]
    assert not broken, "\n".join(broken)


def test_the_top_layers_are_imported_only_from_above():
    broken = [
        f"{module} imports {name}"
        for module, _layer, name in game_imports()
        for upper, importers in IMPORTED_ONLY_BY.items()
        if within(name, (upper,)) and not within(module, importers)
    ]
    assert not broken, "\n".join(broken)


def test_engine_and_base_use_only_the_standard_library():
    broken = []
    for module, path in all_modules().items():
        allowed = THIRD_PARTY.get(layer_of(module))
        if allowed is None:
            continue
        for name in imports(path):
            top = name.split(".")[0]
            if top != "game" and top not in sys.stdlib_module_names and top not in allowed:
                broken.append(f"{module} imports {name}")
    assert not broken, "\n".join(broken)


def test_only_ui_and_tools_import_pygame():
    broken = [
        f"{module} imports {name}"
        for module, path in all_modules().items()
        for name in imports(path)
        if name.split(".")[0] == "pygame" and not within(module, PYGAME_LAYERS)
    ]
    assert not broken, "\n".join(broken)


def import_graph() -> dict:
    """module -> the game modules it imports (the nearest existing module for a name inside one)."""
    modules = all_modules()
    graph = {}
    for module, path in modules.items():
        targets = set()
        for name in imports(path):
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module:
                targets.add(name)
        graph[module] = targets
    return graph


def cycles(graph: dict) -> list:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10 * len(graph) + 100))
    try:
        for node in sorted(graph):
            if node not in index:
                visit(node)
    finally:
        sys.setrecursionlimit(limit)
    return groups


def test_cycle_finder_finds_a_cycle_and_no_false_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set(), "d": {"a", "c"}}) == []


def test_no_import_cycle_in_game():
    found = cycles(import_graph())
    assert not found, "import cycles (module-level and function-local imports):\n" + "\n".join(
        " <-> ".join(group) for group in found
    )


def line_counts() -> dict:
    return {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in all_modules().values()
    }


def test_no_module_over_the_limit():
    long = {name: n for name, n in line_counts().items() if n > MAX_LINES and name not in KNOWN_LONG}
    assert not long, f"modules over {MAX_LINES} lines (split them): {long}"


def test_the_list_of_long_modules_only_shrinks():
    counts = line_counts()
    fixed = sorted(name for name in KNOWN_LONG if counts.get(name, 0) <= MAX_LINES)
    assert not fixed, f"now {MAX_LINES} lines or fewer (or gone): take them off KNOWN_LONG: {fixed}"
