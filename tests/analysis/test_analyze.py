"""analyze on hand-made scenarios whose answers are known exactly."""

import json
import subprocess
import sys

import pytest

from game.analysis import paths
from game.analysis.generate import layered
from game.analysis.paths import analyze

from ..conftest import ROOT
from ..scenario_text import replace, scenario

pytestmark = pytest.mark.slow  # billions of paths and the state limit: about 9 s

WITH_NEVER = replace(
    "  - id: plain\n",
    """  - id: never
    if: trust > 100
    title: {id: X, en: X}
    summary: {id: X, en: X}
    debrief: [{id: X, en: X}]
  - id: plain
""",
)


def ending(report, ending_id):
    return next(e for e in report["endings"] if e["id"] == ending_id)


def test_two_paths_two_endings():
    report = analyze(scenario())
    assert report["complete"] and report["endings_exact"]
    assert report["paths"] == {"count": 2, "shortest": 2, "longest": 2}
    good, plain = ending(report, "good"), ending(report, "plain")
    assert good["reachable"] and good["probability"] == 0.5
    assert good["competencies"]["collaboration"] == {"min": 2, "max": 2}
    assert good["reachable_without_misconceptions"] and not good["reachable_revealing_misconceptions"]
    assert plain["competencies"]["collaboration"] == {"min": -1, "max": -1}
    assert plain["reachable_revealing_misconceptions"] and not plain["reachable_without_misconceptions"]
    assert report["best"] == {"collaboration": 2, "empathy": 0}
    assert report["worst"] == {"collaboration": -1, "empathy": 0}
    assert report["best_while_revealing"]["collaboration"] == -1
    assert report["misconceptions_reachable"] == ["solo_work"]


def test_unreachable_ending_and_chance_probability():
    text = WITH_NEVER
    text = (
        text
        + """events:
  rain:
    kind: obstacle
    probability: 0.25
    title: {id: Hujan, en: Rain}
    text: {id: Hujan, en: Rain}
    effects: {trust: 20}
"""
    )
    report = analyze(scenario(text))
    assert ending(report, "never")["reachable"] is False
    # together: 1/2 (a.1 -> trust 60) + 1/2 * 1/4 (a.2, then rain -> trust 70) = 0.625
    assert ending(report, "good")["probability"] == pytest.approx(0.625)
    assert report["paths"]["count"] == 4  # each choice, with and without rain


def test_choice_that_never_matters():
    text = replace(
        """      - text: {id: Selesai, en: Finish}
        feedback: {id: Usai, en: Done}
        next: END""",
        """      - text: {id: Selesai, en: Finish}
        feedback: {id: Usai, en: Done}
        next: END
      - text: {id: Tutup, en: Close}
        feedback: {id: Usai, en: Done}
        next: END""",
    )
    report = analyze(scenario(text))
    assert report["choices_never_matter"] == ["b.1", "b.2"]
    assert report["paths"]["count"] == 4


def test_billions_of_paths_merge_into_few_states():
    generated = layered(nodes=5000, width=250, choices=3)
    report = analyze(generated)
    assert report["paths"]["count"] == 3**20
    assert report["paths"]["shortest"] == report["paths"]["longest"] == 20
    assert report["states"] < 6000 and report["complete"]


def test_search_proves_reachability_when_enumeration_is_too_big(monkeypatch):
    monkeypatch.setattr(paths, "FULL_SCOPE_STATES", 2)  # force the search-based path
    text = WITH_NEVER
    report = analyze(scenario(text), samples=200)
    assert not report["endings_exact"]
    good = ending(report, "good")
    assert good["reachable"] is True and good["example_path"] == ["a.1", "b.1"]
    assert good["competencies"]["collaboration"] == {"min": 2, "max": 2}
    assert ending(report, "never")["reachable"] is False
    assert ending(report, "plain")["reachable_revealing_misconceptions"] is True


def test_state_limit_is_reported_honestly():
    report = analyze(layered(nodes=500, width=25), max_states=50)
    assert report["complete"] is False


def test_analyze_command_json():
    done = subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), "analyze", "sample-dapur-sehat", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert {"complete", "endings", "misconceptions_reachable", "paths", "best", "worst"} <= set(report)
    assert all(e["reachable"] for e in report["endings"])
    assert sorted(report["misconceptions_reachable"]) == ["aid_dependency", "quick_change", "solo_work"]
