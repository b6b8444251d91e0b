"""Quality gates over every shipped scenario (issue 4): the library is checked, not trusted."""

import pytest

from game.analysis.paths import analyze
from game.content.library import scenario_files
from game.content.loader import load_file

from .conftest import ROOT

pytestmark = (
    pytest.mark.slow
)  # every shipped scenario analysed: about 120 s (plans and scales: test_content_plans)

FILES = scenario_files([ROOT / "scenarios"])
MAIN = [f for f in FILES if not f.name.startswith("sample") and "tutorial" not in f.name]
IDS = [f.name for f in FILES]


@pytest.fixture(scope="module")
def reports():
    return {f.name: analyze(load_file(f).scenario) for f in FILES}


def test_the_library_has_a_tutorial_and_six_scenarios_over_all_duties():
    assert any("tutorial" in f.name for f in FILES)
    assert len(MAIN) >= 6
    duties = {d for f in MAIN for d in load_file(f).scenario.duty}
    assert duties == {"needs_design", "team_coordination", "monitoring_evaluation", "partnerships"}


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_validates_without_errors_or_warnings(path):
    assert [str(d) for d in load_file(path).diagnostics] == []


@pytest.mark.parametrize("path", MAIN, ids=[f.name for f in MAIN])
def test_structure_of_a_main_scenario(path, reports):
    sc = load_file(path).scenario
    assert len(sc.endings) >= 3
    assert all(len(e.debrief) >= 3 for e in sc.endings)
    assert sum(e.kind == "obstacle" for e in sc.events.values()) >= 2
    assert sum(e.kind == "delayed" for e in sc.events.values()) >= 2
    assert reports[path.name]["paths"]["shortest"] >= 10
    tags = {t for n in sc.nodes.values() for c in n.choices for t in c.misconceptions}
    assert tags == {"solo_work", "quick_change", "aid_dependency"}


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_every_ending_and_claimed_misconception_is_reachable(path, reports):
    report = reports[path.name]
    assert [e["id"] for e in report["endings"] if not e["reachable"]] == []
    assert set(report["misconceptions_claimed"]) <= set(report["misconceptions_reachable"])


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_revealing_a_misconception_never_reaches_the_best_score(path, reports):
    report = reports[path.name]
    for comp in ("collaboration", "empathy"):
        revealing = report["best_while_revealing"].get(comp)
        assert revealing is None or revealing < report["best"][comp], comp
