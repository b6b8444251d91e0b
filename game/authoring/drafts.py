"""Reading a scenario that may still have errors, for tools that help fix them.

load_file() returns no scenario when there is any error, which is right for
playing. The graph, though, is most useful exactly when a node is stuck (B031
is an error), so this builds the model anyway and returns it with the
diagnostics. It reuses the loader's builder rather than reading YAML again.
"""

from __future__ import annotations

from pathlib import Path

from ..content import loader
from ..content.source import read_source


def build_anyway(path) -> tuple:
    """(scenario or None, diagnostics): None only when the YAML itself cannot be read."""
    source = read_source(str(path))
    if source.root is None:
        return None, list(source.diagnostics)
    return loader.build(source, Path(path).resolve().parent)
