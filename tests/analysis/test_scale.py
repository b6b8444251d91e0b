"""Large generated scenarios: a 2,000-node file through the real loader, and analyze bounded by
--max-states (issue 11: it did not bound the time; searches and samples ran to their own budgets)."""

import json
import subprocess
import sys
import time

import pytest

from game.analysis.generate import layered, story_yaml
from game.analysis.paths import SAMPLES, analyze
from game.content.loader import load_file, load_text
from game.content.source import MAX_FILE_BYTES
from game.engine.session import Session

from ..conftest import ROOT

pytestmark = pytest.mark.slow  # a 2 MB file loaded a few times: about 10 s


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "generated-2000.yaml"
    path.write_text(story_yaml(nodes=2000), encoding="utf-8")
    return path


def test_the_generated_file_is_a_valid_scenario_under_the_size_limit(big_file):
    assert big_file.stat().st_size <= MAX_FILE_BYTES
    loaded = load_file(big_file)
    assert loaded.diagnostics == [] and len(loaded.scenario.nodes) == 2000
    session = Session(loaded.scenario, seed=3)
    while not session.is_over:
        session.choose(0)
    assert session.result().ending is not None and session.state.turn > 10


def test_small_generated_files_are_valid_too():
    for nodes in (1, 13, 250):
        loaded = load_text(story_yaml(nodes=nodes, width=20))
        assert loaded.diagnostics == [], nodes
        assert len(loaded.scenario.nodes) == nodes


def test_the_loader_reads_two_thousand_nodes_in_linear_time(big_file):
    """A generous bound (the bench's target is 0.94 s on the development machine): it took 65 s when
    the condition tokenizer was quadratic and about 3 s while the garbage collector walked the tree."""
    start = time.process_time()
    load_file(big_file)
    assert time.process_time() - start < 4.0


def test_max_states_bounds_every_part_of_analyze():
    start = time.process_time()
    report = analyze(layered(nodes=5000), max_states=100)
    assert time.process_time() - start < 3.0  # it took 11 s: the ending searches and samples ignored it
    assert report["complete"] is False and report["endings_exact"] is False
    assert report["max_states"] == 100 and report["endings_samples"] < SAMPLES
    assert any(
        e["reachable"] is None or any(v.get("approximate") for v in e["competencies"].values())
        for e in report["endings"]
    )


def test_analyze_with_a_small_max_states_finishes_quickly_and_says_it_was_cut(big_file):
    def run(*extra):
        return subprocess.run(
            [
                sys.executable,
                str(ROOT / "run_game.py"),
                "analyze",
                str(big_file),
                "--max-states",
                "200",
                *extra,
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )

    start = time.monotonic()
    done = run()
    assert time.monotonic() - start < 20  # loading included; it took over 10 s for analysis alone
    assert done.returncode == 0, done.stderr
    assert "estimates" in done.stdout and "--max-states 200" in done.stdout
    assert "Choices the cut search never reached" in done.stdout
    report = json.loads(run("--json").stdout)
    assert report["complete"] is False and report["endings_exact"] is False
    assert report["states"] <= 200 and report["endings_samples"] < SAMPLES
