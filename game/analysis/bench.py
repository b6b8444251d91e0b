"""Benchmarks of the parts without a window: validating the library, loading a large file, analysing at
scale.

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


_LOAD = """
import json, os, sys, tempfile, time
sys.path.insert(0, {repo!r})
from game.analysis.generate import story_yaml
from game.content.loader import load_file
folder = tempfile.mkdtemp(prefix="berdaya-bench-")
path = os.path.join(folder, "generated-2000.yaml")
with open(path, "w", encoding="utf-8") as out:
    out.write(story_yaml(nodes=2000))
best = None
for _ in range({runs}):
    start = time.perf_counter()
    loaded = load_file(path)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(json.dumps({{"seconds": best, "bytes": os.path.getsize(path), "errors": len(loaded.errors),
                  "nodes": len(loaded.scenario.nodes) if loaded.scenario else 0}}))
os.remove(path)
os.rmdir(folder)
"""


def _child(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600, cwd=REPO)
    if done.returncode != 0:
        raise RuntimeError(
            done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "benchmark failed"
        )
    return json.loads(done.stdout)


def measure(runs: int = 3) -> dict:
    """validate_all_s and load_2000_s (best of `runs`), analyze_5000_s and analyze_5000_peak_mb.

    load_2000_s: a generated 2,000-node scenario file (about 2 MB of YAML, analysis/generate.py
    story_yaml) through the real loader: read, YAML composed, the model built, every check run."""
    code = _VALIDATE.format(repo=str(REPO), scenarios=str(SCENARIOS_DIR))
    validate = min((_child(code) for _ in range(runs)), key=lambda r: r["seconds"])
    loaded = _child(_LOAD.format(repo=str(REPO), runs=runs))
    analysed = _child(_ANALYZE.format(repo=str(REPO)))
    return {
        "validate_all_s": round(validate["seconds"], 4),
        "validate_files": validate["files"],
        "load_2000_s": round(loaded["seconds"], 3),
        "load_2000_bytes": loaded["bytes"],
        "load_2000_errors": loaded["errors"],
        "analyze_5000_s": round(analysed["seconds"], 3),
        "analyze_5000_peak_mb": round(analysed["peak_mb"], 1),
        "analyze_5000_paths": analysed["paths"],
        "analyze_5000_complete": analysed["complete"],
    }
