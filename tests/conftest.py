"""Shared fixtures. Unit tests never open a window: SDL gets dummy drivers."""

import os
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

# Tests (and the commands they start) keep their records, settings and saves in a
# throw-away home, never in the tester's own folders.
_HOME = tempfile.mkdtemp(prefix="berdaya-tests-")
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = os.path.join(_HOME, _name.lower())

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "scenarios" / "sample-dapur-sehat.yaml"


@pytest.fixture(scope="session")
def sample():
    from game.content.loader import load_file

    loaded = load_file(SAMPLE)
    assert loaded.scenario is not None, [str(d) for d in loaded.diagnostics]
    return loaded.scenario
