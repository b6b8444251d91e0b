"""Shared fixtures. Unit tests never open a window: SDL gets dummy drivers."""
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "scenarios" / "sample-dapur-sehat.yaml"


@pytest.fixture(scope="session")
def sample():
    from game.content.loader import load_file

    loaded = load_file(SAMPLE)
    assert loaded.scenario is not None, [str(d) for d in loaded.diagnostics]
    return loaded.scenario
