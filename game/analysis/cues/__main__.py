"""python -m game.analysis.cues SCENARIO... [--runs N] [--budget N] [--json]"""

import sys

from .report import main

sys.exit(main())
