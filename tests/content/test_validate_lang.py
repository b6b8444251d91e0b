"""validate speaks the trainer's language (--lang id) and gives editors ranges (--format json)."""

import json
import os
import subprocess
import sys

from ..conftest import ROOT
from ..scenario_text import BASE, replace


def run(*args, locale="C.UTF-8"):
    """The command under a given system locale (LC_ALL decides, whatever the machine running it has)."""
    env = {**os.environ, "LC_ALL": locale}
    return subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )


def test_validate_in_indonesian_keeps_the_format(tmp_path):
    bad = tmp_path / "mini.yaml"
    bad.write_text(replace("        next: b\n", "        next: bb\n", BASE), encoding="utf-8")
    english, indonesian = run("validate", str(bad)), run("validate", "--lang", "id", str(bad))
    assert english.returncode == indonesian.returncode == 1
    assert f"{bad}:22:15: error B020: there is no node 'bb'" in english.stdout
    assert f"{bad}:22:15: kesalahan B020: tidak ada node 'bb'" in indonesian.stdout
    assert "    saran: mungkin maksudnya 'b'?" in indonesian.stdout


def test_validate_json_gives_where_the_value_ends(tmp_path):
    bad = tmp_path / "mini.yaml"
    bad.write_text(replace("        next: b\n", "        next: bb\n", BASE), encoding="utf-8")
    report = json.loads(run("validate", "--format", "json", "--lang", "id", str(bad)).stdout)
    [d] = [d for d in report["files"][0]["diagnostics"] if d["code"] == "B020"]
    assert (d["line"], d["column"], d["end_line"], d["end_column"]) == (22, 15, 22, 17)
    assert d["message"] == "tidak ada node 'bb'" and d["name"] == "unknown-node"


def test_validate_speaks_indonesian_on_an_indonesian_system(tmp_path):
    bad = tmp_path / "mini.yaml"
    bad.write_text(replace("        next: b\n", "        next: bb\n", BASE), encoding="utf-8")
    indonesian = run("validate", str(bad), locale="id_ID.UTF-8")
    assert f"{bad}:22:15: kesalahan B020: tidak ada node 'bb'" in indonesian.stdout
    assert "1 berkas diperiksa: 1 kesalahan" in indonesian.stdout
    english = run("validate", "--lang", "en", str(bad), locale="id_ID.UTF-8")
    assert "there is no node 'bb'" in english.stdout
