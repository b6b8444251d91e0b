"""`python -m game.cli`: the same as `berdaya` and run_game.py."""

import sys

from . import main

sys.exit(main())
