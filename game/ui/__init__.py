"""The pygame front end: the only package that imports pygame.

It presents the engine and holds no game rules of its own: every change of
game state goes through game.engine.session.Session.
"""

import os as _os

_os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # keep stdout clean (bench --json, screenshots)
