"""Packaging beyond pyproject.toml (which holds everything else): the shipped folders travel inside.

The repository keeps assets/ and scenarios/ at its top; in the wheel they become the package data
game/assets and game/scenarios, which game.resources finds through importlib.resources. A declarative
package list cannot name a package whose folder lies outside game/, hence these few lines.
"""

from setuptools import find_namespace_packages, setup

SHIPPED = {"game.assets": "assets", "game.scenarios": "scenarios"}
NOT_SHIPPED = ["screenshots", "screenshots.*"]  # the README's pictures, not the game's


def data_packages() -> list:
    """The shipped folders and their subfolders (fonts, backgrounds, ...) as packages of data."""
    found = []
    for package, folder in SHIPPED.items():
        found.append(package)
        found += [f"{package}.{sub}" for sub in find_namespace_packages(where=folder, exclude=NOT_SHIPPED)]
    return found


DATA = data_packages()

setup(
    packages=find_namespace_packages(include=["game", "game.*"], exclude=["*.__pycache__"]) + DATA,
    package_dir=SHIPPED,
    package_data={package: ["*"] for package in DATA},
)
