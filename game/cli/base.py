"""What every command shares: the exit codes, the scenario folders, finding a scenario, the window."""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_CRASH = 0, 1, 2, 3  # a crash is never "errors found"
# 4 (records could not all be kept) comes from game.records.cli_commands.play_exit_code.


def start_game(args) -> int:
    from ..ui import app  # the window is the only part that needs pygame

    return app.run(args)


def scenario_folders(args) -> list:
    from ..content.library import SCENARIOS_DIR

    return [SCENARIOS_DIR, *map(Path, args.scenarios)]


def load_scenario(args):
    """The scenario the arguments name, or an exit code after saying what is wrong."""
    from ..content.diagnostics import format_text
    from ..content.library import find

    loaded = find(args.scenario, scenario_folders(args))
    if loaded is None:
        print(
            f"error: no scenario '{args.scenario}' (give a file path or the id of a scenario in "
            f"{', '.join(str(f) for f in scenario_folders(args))})",
            file=sys.stderr,
        )
        return None, EXIT_USAGE
    if loaded.scenario is None:
        print(format_text(loaded.errors, getattr(args, "lang", None) or "id"), file=sys.stderr)
        print(
            f"error: {loaded.path} has {len(loaded.errors)} error(s); fix them first "
            "(python run_game.py validate shows them all)",
            file=sys.stderr,
        )
        return None, EXIT_ERRORS
    return loaded, EXIT_OK
