"""The score scales of the shipped scenarios, computed once here and shipped beside them.

    python -m game.tools.shipped_scales          # rewrites scenarios/scales.json

Finding the scale of the largest shipped scenario plays ~330k decisions and holds ~150 MB while it
runs: too much for a trainee's laptop to do in the background while it plays. So the scales of the
shipped files ship with them, keyed by each file's content digest: the window (game.ui.bounds) uses
one when the file's digest matches, and searches only for a file someone changed or added. A test
checks that every shipped file has its scale here, and a slow test that the values are what the
analysis finds today (run this after a change to the rules that moves a scale).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from game.resources import SCENARIOS_DIR

FILE_NAME = "scales.json"


def scales_path(folder: Path = SCENARIOS_DIR) -> Path:
    return Path(folder) / FILE_NAME


def compute(folder: Path = SCENARIOS_DIR) -> dict:
    """content digest -> {"scenario", "best", "worst", "complete"} for every scenario in `folder`."""
    from game.analysis.bounds import explore_bounds  # noqa: PLC0415
    from game.ui.catalog import discover  # noqa: PLC0415

    table = {}
    for entry in discover([Path(folder)]):
        if entry.ok and entry.scenario.content_hash:
            found = explore_bounds(entry.scenario)
            table[entry.scenario.content_hash[:64]] = {"scenario": entry.scenario.id, **found.to_dict()}
    return dict(sorted(table.items(), key=lambda item: item[1]["scenario"]))


def main(argv=None) -> int:
    from game.safefiles import write_atomic  # noqa: PLC0415

    table = compute()
    write_atomic(scales_path(), json.dumps(table, indent=1, sort_keys=False) + "\n")
    print(f"{scales_path()}: {len(table)} scales")
    return 0


if __name__ == "__main__":
    sys.exit(main())
