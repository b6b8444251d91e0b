#!/usr/bin/env python3
"""Start Berdaya: `python run_game.py` opens the game; `--help` lists every command."""

import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())
