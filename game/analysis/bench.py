"""Benchmarks of the parts without a window: validating the library, analysing at scale.

Each figure is measured in a fresh child process, so one measurement's caches
and memory never colour another's (peak memory is the child's own peak).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ..content.library import SCENARIOS_DIR

REPO = Path(__file__).resolve().parents[2]  # holds the game package: a checkout, or site-packages

_VALIDATE = """
import json, resource, sys, time
sys.path.insert(0, {repo!r})
start = time.perf_counter()
from game.content.library import load_all
loaded = load_all([{scenarios!r}])
elapsed = time.perf_counter() - start
print(json.dumps({{"seconds": elapsed, "files": len(loaded),
                  "errors": sum(len(item.errors) for item in loaded)}}))
"""

_ANALYZE = """
import json, resource, sys, time
sys.path.insert(0, {repo!r})
from game.analysis.generate import layered
from game.analysis.paths import analyze
scenario = layered(nodes=5000)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
report = analyze(scenario)
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": elapsed, "peak_mb": peak / 1024, "paths": report["paths"]["count"],
                  "states": report["states"], "complete": report["complete"]}}))
"""


def _child(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600, cwd=REPO)
    if done.returncode != 0:
        raise RuntimeError(
            done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "benchmark failed"
        )
    return json.loads(done.stdout)


def measure(runs: int = 3) -> dict:
    """validate_all_s (best of `runs`), analyze_5000_s and analyze_5000_peak_mb."""
    code = _VALIDATE.format(repo=str(REPO), scenarios=str(SCENARIOS_DIR))
    validate = min((_child(code) for _ in range(runs)), key=lambda r: r["seconds"])
    analysed = _child(_ANALYZE.format(repo=str(REPO)))
    return {
        "validate_all_s": round(validate["seconds"], 4),
        "validate_files": validate["files"],
        "analyze_5000_s": round(analysed["seconds"], 3),
        "analyze_5000_peak_mb": round(analysed["peak_mb"], 1),
        "analyze_5000_paths": analysed["paths"],
        "analyze_5000_complete": analysed["complete"],
    }
