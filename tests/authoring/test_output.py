"""graph -o, schema -o and strings --export never write over a trainer's own files."""

import os
import subprocess
import sys

import pytest

from game.authoring.output import OutputError, check_output, write_atomic

from ..conftest import ROOT, SAMPLE


def run(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


@pytest.fixture()
def scenario(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_bytes(SAMPLE.read_bytes())
    return path


def refused(done, *words):
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    assert "error:" in done.stderr or "kesalahan:" in done.stderr  # --lang en / id
    for word in words:
        assert word in done.stderr, done.stderr


def test_no_command_writes_over_the_scenario(scenario):
    before = scenario.read_bytes()
    refused(run("strings", str(scenario), "--export", str(scenario)), "never written over")
    refused(run("strings", str(scenario), "--export", str(scenario), "--force"), "never written over")
    refused(run("graph", str(scenario), "--format", "svg", "-o", str(scenario)), "never written over")
    refused(run("graph", str(scenario), "-o", str(scenario), "--force"), "never written over")
    refused(run("schema", "-o", str(scenario)), "never written over")
    refused(run("schema", "-o", str(scenario), "--force"), "never written over")
    assert scenario.read_bytes() == before


def test_no_command_writes_a_yaml_file(scenario, tmp_path):
    other = tmp_path / "other.yml"
    other.write_text("format: 1\n", encoding="utf-8")
    refused(run("strings", str(scenario), "--export", str(other), "--force"), ".yml")
    refused(run("graph", str(scenario), "--format", "dot", "-o", str(other), "--force"), ".yml")
    refused(run("schema", "-o", str(tmp_path / "new.yaml")), ".yaml")
    assert other.read_text(encoding="utf-8") == "format: 1\n" and not (tmp_path / "new.yaml").exists()


def test_the_scenario_is_protected_through_another_name(scenario, tmp_path):
    link = tmp_path / "graph.svg"
    link.symlink_to(scenario)
    before = scenario.read_bytes()
    refused(run("graph", str(scenario), "-o", str(link), "--force"), "never written over")
    refused(run("strings", str(scenario), "--export", str(link), "--force"), "never written over")
    assert scenario.read_bytes() == before


def test_strings_export_keeps_a_filled_in_csv_unless_forced(scenario, tmp_path):
    table = tmp_path / "texts.csv"
    table.write_text("key,id,en\nscenario.title,Judul,Translated by hand\n", encoding="utf-8")
    refused(run("strings", str(scenario), "--export", str(table)), "already exists", "--force")
    assert "Translated by hand" in table.read_text(encoding="utf-8")
    done = run("strings", str(scenario), "--export", str(table), "--force")
    assert done.returncode == 0, done.stderr
    assert "Translated by hand" not in table.read_text(encoding="utf-8-sig")


def test_graph_and_schema_replace_their_own_outputs_only(scenario, tmp_path):
    for name in ("g.svg", "g.dot", "g.mmd", "g.md", "g.png"):
        out = tmp_path / name
        for _ in range(2):  # the second run replaces the first one's file
            done = run("graph", str(scenario), "-o", str(out))
            assert done.returncode == 0, (name, done.stderr)
    assert (tmp_path / "g.md").read_text(encoding="utf-8").startswith("```mermaid\nflowchart TD")
    schema = tmp_path / "scenario.schema.json"
    for _ in range(2):
        assert run("schema", "-o", str(schema)).returncode == 0
    readme, package = tmp_path / "README.md", tmp_path / "package.json"
    readme.write_text("# Notes\n", encoding="utf-8")
    package.write_text('{"name": "x"}\n', encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n", encoding="utf-8")
    refused(run("graph", str(scenario), "-o", str(readme)), "already exists", "--force")
    refused(run("schema", "-o", str(package)), "already exists", "--force")
    refused(run("schema", "-o", str(notes)), "already exists")
    refused(run("graph", str(scenario), "--format", "mermaid", "-o", str(notes)))
    assert readme.read_text(encoding="utf-8") == "# Notes\n" and notes.read_text(encoding="utf-8") == "mine\n"
    assert package.read_text(encoding="utf-8") == '{"name": "x"}\n'
    assert run("schema", "-o", str(package), "--force").returncode == 0
    assert '"$schema"' in package.read_text(encoding="utf-8")


def test_check_output_rules(tmp_path):
    scen = tmp_path / "a.yaml"
    scen.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="never written over"):
        check_output(scen, None, force=True, protect=[scen])
    with pytest.raises(OutputError, match="folder"):
        check_output(tmp_path, None)
    assert check_output(tmp_path / "new.csv", None) == tmp_path / "new.csv"
    (tmp_path / "old.csv").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="--force"):
        check_output(tmp_path / "old.csv", None)
    assert check_output(tmp_path / "old.csv", None, force=True)


def test_write_atomic_leaves_no_temporary_file_and_keeps_the_old_one_on_failure(tmp_path, monkeypatch):
    out = tmp_path / "x.svg"
    write_atomic(out, "one")
    write_atomic(out, "two")
    assert out.read_text(encoding="utf-8") == "two" and os.listdir(tmp_path) == ["x.svg"]

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_atomic(out, "three")
    assert out.read_text(encoding="utf-8") == "two" and os.listdir(tmp_path) == ["x.svg"]
