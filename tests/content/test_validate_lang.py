"""validate speaks the trainer's language (--lang id) and gives editors ranges (--format json)."""

import json
import subprocess
import sys

from ..conftest import ROOT
from ..scenario_text import BASE, replace


def run(*args):
    return subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_validate_in_indonesian_keeps_the_format(tmp_path):
    bad = tmp_path / "mini.yaml"
    bad.write_text(replace("        next: b\n", "        next: bb\n", BASE), encoding="utf-8")
    english, indonesian = run("validate", str(bad)), run("validate", "--lang", "id", str(bad))
    assert english.returncode == indonesian.returncode == 1
    assert f"{bad}:22:15: error B020: there is no node 'bb'" in english.stdout
    assert f"{bad}:22:15: error B020: tidak ada node 'bb'" in indonesian.stdout
    assert "    saran: mungkin maksudnya 'b'?" in indonesian.stdout


def test_validate_json_gives_where_the_value_ends(tmp_path):
    bad = tmp_path / "mini.yaml"
    bad.write_text(replace("        next: b\n", "        next: bb\n", BASE), encoding="utf-8")
    report = json.loads(run("validate", "--format", "json", "--lang", "id", str(bad)).stdout)
    [d] = [d for d in report["files"][0]["diagnostics"] if d["code"] == "B020"]
    assert (d["line"], d["column"], d["end_line"], d["end_column"]) == (22, 15, 22, 17)
    assert d["message"] == "tidak ada node 'bb'" and d["name"] == "unknown-node"
