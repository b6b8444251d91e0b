"""The layering rule: engine is pure; only ui imports pygame; nothing imports ui."""

import ast
import sys

from .conftest import ROOT

GAME = ROOT / "game"


def imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's package
                package = path.relative_to(ROOT).parent.parts
                base = ".".join(package[: len(package) - node.level + 1])
                yield f"{base}.{node.module}" if node.module else base
            else:
                yield node.module


def modules(layer):
    return sorted((GAME / layer).rglob("*.py")) if (GAME / layer).is_dir() else []


def test_engine_uses_only_the_standard_library_and_itself():
    for path in modules("engine"):
        for name in imports(path):
            top = name.split(".")[0]
            if top == "game":
                assert name.startswith("game.engine"), f"{path} imports {name}"
            else:
                assert top in sys.stdlib_module_names, f"{path} imports {name}"


def test_content_imports_only_engine():
    for path in modules("content"):
        for name in imports(path):
            if name.startswith("game."):
                assert name.startswith(("game.engine", "game.content")), f"{path} imports {name}"
            assert not name.startswith("pygame"), path


def test_only_ui_imports_pygame_and_nobody_imports_ui():
    for path in GAME.rglob("*.py"):
        in_ui = "ui" in path.relative_to(GAME).parts[:1]
        for name in imports(path):
            if name.startswith("pygame"):
                assert in_ui, f"{path} imports pygame"
            if name.startswith("game.ui") and not in_ui:
                assert path.name == "cli.py" or path.parent.name == "cli", f"{path} imports the UI"
