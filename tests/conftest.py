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


# The longest test files first (seconds measured on one CPU), then the rest in their own order: the
# workers of pytest-xdist (one file each at a time) start on the long ones together and end on short
# ones, instead of one worker finishing a 60 s soak alone at the end.
LONGEST_FIRST = (
    "tests/test_content_gates.py",  # ~120 s: every scenario's whole analysis
    "tests/records/test_records_real_lrs.py",  # builds Ralph's virtualenv on a fresh machine (~90 s)
    "tests/test_content_plans.py",  # ~40 s: every scale explored, the plans played
    "tests/test_fuzz_cli.py",  # ~45 s
    "tests/content/test_fuzz.py",  # ~35 s
    "tests/engine/test_soak.py",  # ~20 s
    "tests/test_judgement_gates.py",  # ~20 s
    "tests/authoring/test_output.py",
    "tests/analysis/test_analyze.py",
)


# the browser tests come last: .ci/run installs Chromium while the others run (tests/browsers.py)
BROWSERS_LAST = (
    "tests/analysis/test_story_map.py",
    "tests/records/test_report_browser.py",
    "tests/classroom/test_browser.py",
    "tests/test_workshop_end_to_end.py",
)


def pytest_collection_modifyitems(items):
    rank = {name: n for n, name in enumerate(LONGEST_FIRST)}
    rank.update({name: len(LONGEST_FIRST) + 1 + n for n, name in enumerate(BROWSERS_LAST)})

    def key(item):
        where = Path(str(item.fspath)).resolve().relative_to(ROOT).as_posix()
        return rank.get(where, len(LONGEST_FIRST))

    items.sort(key=key)  # stable: within a file, and among the rest, the order stays


@pytest.fixture
def chromium_path():
    """Headless Chromium's path, once any install still running has ended; the test skips without it."""
    from .browsers import WHY_NO_CHROMIUM, chromium  # noqa: PLC0415

    found = chromium()
    if found is None:
        pytest.skip(WHY_NO_CHROMIUM)
    return found


@pytest.fixture
def phones_ready():
    """Selenium, Chromium and chromedriver for headless phones; the test skips without them."""
    from .browsers import WHY_NO_PHONES, chromedriver, chromium, selenium_ready  # noqa: PLC0415

    if not (selenium_ready() and chromium() and chromedriver()):
        pytest.skip(WHY_NO_PHONES)
