"""Every input that once broke us (tests/corpus/): a located error, never a traceback, never a hang."""

import subprocess
import sys

import pytest

from game.content.loader import load_file

from .conftest import ROOT

CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.yaml"))


def test_the_corpus_is_documented():
    assert CORPUS
    for path in CORPUS:
        assert path.read_text(encoding="utf-8", errors="replace").startswith("# once:"), path.name


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_a_located_error_in_process(path):
    loaded = load_file(path)
    errors = [d for d in loaded.diagnostics if d.severity == "error"]
    assert errors, f"{path.name} once broke us and must still be refused"
    assert all(d.pos.line > 0 for d in errors), [str(d) for d in errors]


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_validate_reports_it_without_a_traceback(path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=5,
        cwd=ROOT,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert f"{path}:" in done.stdout
