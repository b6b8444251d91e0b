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
    """The shipped scenarios, the trainer's own folder (where `new` writes), then --scenarios folders."""
    from ..content.library import SCENARIOS_DIR
    from ..datadirs import folders

    return [SCENARIOS_DIR, folders().user_scenarios, *map(Path, getattr(args, "scenarios", []) or [])]


def load_scenario(args):
    """The scenario the arguments name, or an exit code after saying what is wrong."""
    from ..content.diagnostics import format_text
    from ..content.library import find
    from .words import say

    lang = getattr(args, "lang", None) or "id"
    loaded = find(args.scenario, scenario_folders(args))
    if loaded is None:
        shown = ", ".join(str(f) for f in scenario_folders(args))
        print(
            f"{say(lang, 'error')}: {say(lang, 'no-scenario', name=args.scenario, folders=shown)}",
            file=sys.stderr,
        )
        return None, EXIT_USAGE
    if loaded.scenario is None:
        print(format_text(loaded.errors, lang), file=sys.stderr)
        told = say(lang, "has-errors", path=loaded.path, count=len(loaded.errors))
        print(f"{say(lang, 'error')}: {told}", file=sys.stderr)
        return None, EXIT_ERRORS
    return loaded, EXIT_OK
