"""One discovery for every front end: a scenario in a subfolder (shared with its pictures) is found
by the picker, validate, play, graph and test alike; hidden folders and plan files are not scenarios."""

import shutil

from game import cli
from game.content.library import find, scenario_files
from game.ui.catalog import discover

from ..conftest import ROOT, SAMPLE


def shared_folder(tmp_path):
    """folder/dapur/sample.yaml with its plan, a hidden copy in folder/.git, a plan-only folder."""
    folder = tmp_path / "library"
    (folder / "dapur" / "images").mkdir(parents=True)
    shutil.copy(SAMPLE, folder / "dapur" / "dapur-bersama.yaml")
    plan = ROOT / "scenarios" / "sample-dapur-sehat.plan.yaml"
    shutil.copy(plan, folder / "dapur" / "dapur-bersama.plan.yaml")
    (folder / ".git").mkdir()
    shutil.copy(SAMPLE, folder / ".git" / "old.yaml")
    return folder


def test_the_picker_finds_a_scenario_in_a_subfolder(tmp_path):
    folder = shared_folder(tmp_path)
    entries = discover([folder])
    assert [e.path for e in entries] == [str(folder / "dapur" / "dapur-bersama.yaml")]
    assert entries[0].ok


def test_picker_validate_and_play_see_the_same_files(tmp_path):
    folder = shared_folder(tmp_path)
    assert [e.path for e in discover([folder])] == [str(p) for p in scenario_files([folder])]
    loaded = find("dapur-bersama", [folder])
    assert loaded is not None and loaded.scenario is not None


def test_a_folder_named_twice_lists_each_file_once(tmp_path):
    folder = shared_folder(tmp_path)
    assert len(scenario_files([folder, folder / "dapur"])) == 1
    assert len(discover([folder, folder / "dapur"])) == 1


def test_the_commands_find_the_subfolder(tmp_path, capsys):
    folder = shared_folder(tmp_path)
    assert cli.main(["validate", str(folder)]) == 0
    assert "1 file(s) checked" in capsys.readouterr().out
    assert cli.main(["--scenarios", str(folder), "analyze", "dapur-bersama", "--json"]) == 0
    capsys.readouterr()
    assert cli.main(["test", str(folder)]) == 0
    assert "PASS" in capsys.readouterr().out
