"""A workshop with phones pays for the vote server only when a vote opens: its first frame imports
neither aiohttp nor segno and listens nowhere (the server starts at the first vote)."""

import json
import os
import socket
import subprocess
import sys

from ..conftest import ROOT

PROBE = """
import json, os, sys
os.environ["BERDAYA_EXIT_AFTER_FIRST_FRAME"] = "1"
from game.cli import main, starts_the_game
assert starts_the_game(sys.argv[1:])
main(sys.argv[1:])
print(json.dumps(sorted(sys.modules)))
"""


def test_the_first_frame_of_a_workshop_with_phones_loads_no_server(tmp_path, port):
    env = dict(
        os.environ,
        XDG_CONFIG_HOME=str(tmp_path / "c"),
        XDG_DATA_HOME=str(tmp_path / "d"),
        XDG_CACHE_HOME=str(tmp_path / "k"),
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
    )
    argv = ["--workshop", "--phones", f"127.0.0.1:{port}"]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    for heavy in ("aiohttp", "segno", "game.classroom.server", "game.classroom.qr"):
        assert heavy not in loaded, f"{heavy} is imported before the first vote"
    with socket.socket() as probe:  # and nothing was listening there
        assert probe.connect_ex(("127.0.0.1", port)) != 0
