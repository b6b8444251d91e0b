"""Where the shipped files are: the assets (fonts, backgrounds, portraits) and the scenario library.

In the repository they are the top-level folders assets/ and scenarios/. A wheel carries the same
folders inside the package, as game/assets and game/scenarios (see pyproject.toml and setup.py), so an
installed game finds them through importlib.resources wherever it was installed. An editable install
and a checkout run in place have no game/assets: there the repository's own folders are used.

A base module: standard library only, imported by content, records, ui and the tools.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent  # the checkout, when run from one


def shipped_folder(name: str) -> Path:
    """The folder `name` ("assets" or "scenarios") as installed with the package, else the checkout's."""
    inside = resources.files(__package__ or "game") / name
    if inside.is_dir():
        return Path(str(inside))
    return REPOSITORY / name


ASSETS_DIR = shipped_folder("assets")
SCENARIOS_DIR = shipped_folder("scenarios")
FONTS_DIR = ASSETS_DIR / "fonts"
