"""Play-plans: passing, failing with the step where the path diverged, located errors."""

import subprocess
import sys

from game.analysis.bounds import score_bounds
from game.analysis.plans import run_plan
from game.content.loader import load_file
from game.content.plans import load_plans

from ..conftest import ROOT, SAMPLE
from ..scenario_text import BASE, scenario


def write(tmp_path, plans: str):
    (tmp_path / "mini.yaml").write_text(BASE)
    path = tmp_path / "mini.plan.yaml"
    path.write_text(plans)
    return path


def run(*args):
    return subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def results(path):
    loaded = load_plans(path)
    sc = scenario()
    return [run_plan(sc, plan, score_bounds(sc)) for plan in loaded.plans]


def test_plan_passes_and_fails_on_expectations(tmp_path):
    path = write(
        tmp_path,
        """plans:
  - name: together
    choices: [a.1, 1]
    expect: {ending: good, misconceptions: [], scores: {collaboration: 100}}
  - name: wrong hope
    choices: [2, b.1]
    expect: {ending: good, misconceptions: [], scores: {collaboration: {min: 50}}}
""",
    )
    together, wrong = results(path)
    assert together.passed and together.problems == ()
    assert not wrong.passed
    assert any("expected ending 'good', reached 'plain'" in p for p in wrong.problems)
    assert any("solo_work" in p for p in wrong.problems)
    assert any("collaboration scored 0" in p for p in wrong.problems)


def test_failing_plan_names_the_step_where_the_path_diverged(tmp_path):
    path = write(
        tmp_path,
        """plans:
  - name: lost
    choices: [a.1, a.2]
""",
    )
    [lost] = results(path)
    assert not lost.passed
    assert lost.problems[0].startswith("step 2: the plan chooses 'a.2', but the story is at node 'b'")
    assert lost.transcript == ((1, "a", "a.1"),)


def test_plan_file_errors_are_located(tmp_path):
    path = write(tmp_path, "plans:\n  - name: x\n    chioces: [1]\n")
    loaded = load_plans(path)
    # one message for one root cause: the misspelt key is told its name, and read as `choices`, so no
    # "the plan has no choices" follows from it
    assert [(d.code, d.pos.line) for d in loaded.diagnostics] == [("B011", 3)]
    assert "choices" in loaded.diagnostics[0].hint


def test_test_command_runs_the_shipped_plans():
    done = run("test", str(SAMPLE))
    assert done.returncode == 0, done.stdout
    assert "3 passed, 0 failed" in done.stdout


def test_test_command_fails_with_exit_1(tmp_path):
    write(tmp_path, "plans:\n  - choices: [2, 1]\n    expect: {ending: good}\n")
    done = run("test", str(tmp_path))
    assert done.returncode == 1 and "FAIL" in done.stdout and "0 passed, 1 failed" in done.stdout


def test_start_at_a_node_with_meters_set():
    done = run(
        "play",
        "--text",
        "sample-dapur-sehat",
        "--start-at",
        "evaluasi",
        "--set",
        "moral_kader=20",
        "--set",
        "rasa_memiliki=70",
        "--choices",
        "1",
        "--json",
        "--no-record",
    )
    assert done.returncode == 0, done.stderr
    import json

    result = json.loads(done.stdout)
    assert result["path"] == ["evaluasi.hitung_porsi"]  # the growth-chart choice needs morale >= 50
    assert result["meters"]["rasa_memiliki"] == 70


def test_start_at_unknown_names_is_a_clear_error():
    done = run(
        "play", "--text", "sample-dapur-sehat", "--start-at", "nowhere", "--choices", "1", "--lang", "en"
    )
    assert done.returncode == 2 and "there is no node 'nowhere'" in done.stderr
    done = run("play", "--text", "sample-dapur-sehat", "--set", "mood=3", "--choices", "1", "--lang", "en")
    assert done.returncode == 2 and "neither a meter nor a flag" in done.stderr


def test_names_the_scenario_lacks_are_plan_errors_with_lines(tmp_path):
    write(
        tmp_path,
        "plans:\n  - choices: [1, 1]\n    expect: {ending: goood, misconceptions: [solo], "
        "scores: {collaboration: {min: 101}}}\n",
    )
    done = run("test", str(tmp_path))
    assert done.returncode == 1
    assert "mini.plan.yaml:3:13: error P001: plan 'plan 1' expects ending 'goood'" in done.stdout
    assert "did you mean 'good'?" in done.stdout
    assert "P006" in done.stdout and "outside 0-100" in done.stdout


def test_plan_without_its_scenario(tmp_path):
    path = tmp_path / "gone.plan.yaml"
    path.write_text("plans:\n  - choices: [1]\n")
    done = run("test", str(path))
    assert done.returncode == 1 and "does not exist" in done.stdout


def test_node_dot_number_names_the_written_option_even_when_options_have_ids():
    from game.content.plans import Expect, Plan
    from game.engine.model import SourcePos

    sc = load_file(SAMPLE).scenario  # its options carry ids of their own (kantor.pramusdes, ...)
    plan = Plan(
        "by place",
        0,
        ("kantor.1", "musdes.1", "pelaksanaan.1", "evaluasi.1"),
        Expect(ending="dapur_milik_warga"),
        SourcePos(),
    )
    assert run_plan(sc, plan, score_bounds(sc)).passed
