"""The window opens without loading what only later screens or commands need (start-up target)."""

import json
import os
import subprocess
import sys

from ..conftest import ROOT

PROBE = """
import json, os, sys
sys.argv = ["run_game.py"]
os.environ["BERDAYA_EXIT_AFTER_FIRST_FRAME"] = "1"
from game.cli import main
main([])
print(json.dumps(sorted(sys.modules)))
"""


def test_first_frame_loads_no_validator_records_or_analysis(tmp_path):
    env = dict(
        os.environ,
        XDG_CONFIG_HOME=str(tmp_path / "c"),
        XDG_DATA_HOME=str(tmp_path / "d"),
        XDG_CACHE_HOME=str(tmp_path / "k"),
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    for heavy in (
        "yaml",
        "sqlite3",
        "game.content.loader",
        "game.records.store",
        "game.analysis.paths",
        "game.analysis.reach",
    ):
        assert heavy not in loaded, f"{heavy} is imported before the first frame"
