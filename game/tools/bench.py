"""`python run_game.py bench --json`: start-up, frame time, idle CPU and memory.

start-up: wall time from launching `python run_game.py` to its first drawn,
interactive frame, next to a bare pygame window opened the same way (best of
three each); frame time: every frame fully redrawn on the play screen at
1920x1080 while the text types, the pointer moves and meters ease; idle CPU:
the game loop waiting for input on the title screen; play_all_rss_mb: the peak resident memory of
playing every shipped scenario at 1920x1080 and again in projector mode (game.tools.playall, each mode
its own process, as a player starts it, each with empty settings, data and cache folders: the cold
case of a laptop's first start, when every score scale is searched in the background while it is
played), measured only under a real X server (DISPLAY set): the dummy driver draws nowhere and holds
far less.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder holding `game`: a checkout or site-packages
GAME_CMD = [sys.executable, "-m", "game.cli"]  # the installed package: works from a wheel, not only here
FIRST_FRAME_ENV = "BERDAYA_EXIT_AFTER_FIRST_FRAME"

BARE = """
import pygame
pygame.display.init()
pygame.font.init()
screen = pygame.display.set_mode((1280, 720), pygame.RESIZABLE)
screen.fill((20, 33, 43))
pygame.display.flip()
pygame.event.get()
"""


def _env(home: str) -> dict:
    env = dict(os.environ)
    env.setdefault(
        "SDL_VIDEODRIVER",
        "dummy"
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")
        else env.get("SDL_VIDEODRIVER", ""),
    )
    env.setdefault("SDL_AUDIODRIVER", "dummy")
    env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    env["XDG_DATA_HOME"] = os.path.join(home, "data")
    env["XDG_CACHE_HOME"] = os.path.join(home, "cache")  # the score scales: never the developer's own
    env["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_ROOT), env.get("PYTHONPATH", "")) if p)
    # measure what a player's machine does: Python caches compiled modules (.pyc) after the first run
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env["SDL_VIDEODRIVER"]:
        del env["SDL_VIDEODRIVER"]
    return env


def _timed(cmd, env) -> float:
    """Wall time of one run. A blocking wait, not subprocess's timeout loop, which polls in 50 ms steps."""
    import threading  # noqa: PLC0415

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    guard = threading.Timer(60, proc.kill)
    guard.start()
    code = proc.wait()
    elapsed = time.perf_counter() - start
    guard.cancel()
    if code != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} exited with {code}")
    return elapsed


def startup(runs: int = 7) -> tuple[float, float]:
    """Best of `runs` for each, the two alternating so that a busy moment hits both alike."""
    with tempfile.TemporaryDirectory() as home:
        env = _env(home)
        game_env = dict(env, **{FIRST_FRAME_ENV: "1"})
        game_cmd, bare_cmd = GAME_CMD, [sys.executable, "-c", BARE]
        _timed(game_cmd, game_env)  # warm-up: writes .pyc caches
        _timed(bare_cmd, env)
        games, bares = [], []
        for _ in range(runs):
            bares.append(_timed(bare_cmd, env))
            games.append(_timed(game_cmd, game_env))
    return min(games), min(bares)


def frames(count: int = 300, size=(1920, 1080)) -> list:
    import pygame  # noqa: PLC0415

    from game.ui.app import App, Options  # noqa: PLC0415
    from game.ui.intents import Act, Start  # noqa: PLC0415
    from game.ui.screens.play import PlayScreen  # noqa: PLC0415

    from .screenshots import default_entries  # noqa: PLC0415

    entries = [e for e in default_entries() if e.ok]
    app = App(Options(size=size, seed=1, autosave=False, entries=entries, builtin=False, record=False))
    app.top.on_intent(Act.PLAY)
    app.top.on_intent(Act.NEXT)
    app.top.on_intent(Start(0))
    play = app.top
    times, cpu = [], []
    w, h = app.window.get_size()
    for i in range(count):
        if app.top is not play:  # a card: read it, go on
            app.top.on_intent(Act.CONTINUE)
        if isinstance(app.top, PlayScreen) and play.all_typed and i % 60 == 59 and play.view.choices:
            play.choose(0)
            continue
        pos = (w // 3 + (i * 37) % (w // 3), h // 2 + (i * 53) % (h // 2))
        event = pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(1, 1), buttons=(0, 0, 0))
        app.dirty = True
        start, start_cpu = time.perf_counter(), time.thread_time()
        app.frame([event], 1 / 60)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        if not app.running or app.game is None or app.game.session.is_over:
            break
    app.close()
    return times, cpu


def idle_cpu(seconds: float = 2.0) -> float:
    from game.ui.app import App, Options  # noqa: PLC0415

    app = App(Options(autosave=False, entries=[], builtin=False, record=False))
    app.loop(max_seconds=0.3)  # first frames drawn, then nothing to do
    cpu0, wall0 = time.process_time(), time.perf_counter()
    app.loop(max_seconds=seconds)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    app.close()
    return 100 * cpu / wall


def play_all_rss() -> float | None:
    """Peak MB over both modes under a real X server, each cold (its own empty folders, so no score
    scale is known); None (not measured) without one."""
    if not os.environ.get("DISPLAY") or os.environ.get("SDL_VIDEODRIVER") == "dummy":
        return None
    peaks = []
    for mode in ([], ["--projector"]):
        with tempfile.TemporaryDirectory() as home:
            env = _env(home)
            cmd = [sys.executable, "-m", "game.tools.playall", *mode]
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=1200, check=True)
            peaks.append(json.loads(out.stdout)["peak_rss_mb"])
    return max(peaks)


def percentile(values, p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def run() -> dict:
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    game, bare = startup()
    with tempfile.TemporaryDirectory() as home:
        os.environ["XDG_CONFIG_HOME"] = os.path.join(home, "config")
        os.environ["XDG_DATA_HOME"] = os.path.join(home, "data")
        os.environ["XDG_CACHE_HOME"] = os.path.join(home, "cache")
        times, cpu = frames()
        idle = idle_cpu()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    play_all = play_all_rss()
    return {
        "startup_s": round(game, 4),
        "bare_pygame_s": round(bare, 4),
        "startup_ratio": round(game / bare, 3) if bare else None,
        "frame_ms_p50": round(statistics.median(times), 3),
        "frame_ms_p99": round(percentile(times, 99), 3),
        "frames": len(times),
        "frame_cpu_ms_p99": round(percentile(cpu, 99), 3),  # the same frames in CPU time: apart from
        # other programs' load on the machine, which the wall-clock figures include
        "idle_cpu_percent": round(idle, 2),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "play_all_rss_mb": play_all if play_all is not None else "not measured (no X server)",
        "video_driver": os.environ.get("SDL_VIDEODRIVER", "default"),
    }


def main(as_json: bool = True) -> int:
    result = run()
    if as_json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:18} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main("--json" in sys.argv))
