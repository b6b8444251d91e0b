"""Play every shipped scenario in the window, in-process, and report the memory it took.

`python -m game.tools.playall [--size WxH] [--projector]` plays each scenario from the
picker to its debrief (the text typed out word by word, every card read, the debrief scrolled), going
back to the title between scenarios, and prints the resident memory after each one as JSON. With a real
X server (DISPLAY set) this is what a player's machine holds; under the dummy driver less is drawn.

The measure is the cold case, on purpose: settings, saves and the score-scale cache (XDG_CACHE_HOME)
all start empty, as on a trainee's laptop the first time, so the window searches each scale in the
background while it is played. A warm cache (the scales known) holds less; this is the peak that counts.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field

TEXT_DT = 0.1  # seconds per frame while the text types: a word or two each frame


@dataclass
class Memory:
    """Resident memory (MB) after each step of a run, and the peak the kernel saw."""

    steps: list = field(default_factory=list)

    def note(self, label: str) -> None:
        self.steps.append((label, round(rss_mb(), 1)))

    @property
    def peak(self) -> float:
        return round(peak_rss_mb(), 1)


def _status(field_name: str) -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # noqa: PLC0415

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    return _status("VmRSS")


def peak_rss_mb() -> float:
    return _status("VmHWM")


def play_one(app, index: int, max_steps: int = 400) -> bool:
    """From the title: start scenario `index`, play it to the debrief, scroll that, back to the title.
    True when the debrief was reached."""
    from game.ui.intents import Act, Choose, Start  # noqa: PLC0415
    from game.ui.screens.cards import Card  # noqa: PLC0415
    from game.ui.screens.debrief import DebriefScreen  # noqa: PLC0415
    from game.ui.screens.play import PlayScreen  # noqa: PLC0415
    from game.ui.screens.reflection import ReflectionScreen  # noqa: PLC0415

    app.top.on_intent(Act.PLAY)
    app.frame([], 1 / 60)
    if app.top.__class__.__name__ == "PlayerScreen":
        app.top.on_intent(Act.NEXT)
        app.frame([], 1 / 60)
    app.top.on_intent(Start(index))
    app.frame([], 1 / 60)
    reached = False
    for step in range(max_steps):
        top = app.top
        if isinstance(top, DebriefScreen):
            for _ in range(40):  # read it all: every part drawn once
                top.flow.offset += top.flow.rect.height // 2
                app.dirty = True
                app.frame([], 1 / 60)
            reached = True
            break
        if isinstance(top, PlayScreen):
            for _ in range(600):
                if top.all_typed:
                    break
                app.frame([], TEXT_DT)
            app.frame([], 1 / 60)
            n = len(top.view.choices)
            if n:
                top.on_intent(Choose(step % n))
        elif isinstance(top, Card):
            app.frame([], 1 / 60)
            top.on_intent(Act.CONTINUE)
        elif isinstance(top, ReflectionScreen):
            top.on_intent(Act.SKIP)
        else:
            top.back()
        app.frame([], 1 / 60)
    app.flow.to_title()
    app.frame([], 1 / 60)
    return reached


def play_all(size=(1920, 1080), projector: bool = False, lang: str | None = None, memory=None) -> Memory:
    """Every shipped scenario once, in one window; the memory after each."""
    from game.ui.app import App, Options  # noqa: PLC0415

    from .screenshots import default_entries  # noqa: PLC0415

    memory = memory or Memory()
    entries = [e for e in default_entries() if e.ok]
    app = App(
        Options(
            size=size,
            projector=projector,
            seed=3,
            lang=lang,
            autosave=False,
            entries=entries,
            builtin=False,
            record=False,
        )
    )
    app.frame([], 1 / 60)
    mode = "projector" if projector else f"{size[0]}x{size[1]}"
    memory.note(f"{mode} title")
    for index, entry in enumerate(entries):
        if not play_one(app, index):
            raise RuntimeError(f"{entry.scenario.id}: the debrief was not reached")
        memory.note(f"{mode} {entry.scenario.id}")
    app.close()
    return memory


def measure(size=(1920, 1080), projector: bool = False) -> Memory:
    """Every scenario in a window of `size` or in projector mode, with sandboxed, empty user folders:
    no settings, no saves and no cached score scales (the cold case, as on a laptop's first start)."""
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    with tempfile.TemporaryDirectory() as home:
        for kind in ("config", "data", "cache"):
            os.environ[f"XDG_{kind.upper()}_HOME"] = os.path.join(home, kind)
        return play_all(size, projector=projector)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.tools.playall", description=__doc__)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--projector", action="store_true", help="projector mode (full screen, large text)")
    args = parser.parse_args(argv)
    w, h = (int(v) for v in args.size.lower().split("x"))
    memory = measure((w, h), projector=args.projector)
    out = {
        "steps": memory.steps,
        "peak_rss_mb": memory.peak,
        "cache": "cold",  # no score scale was known: each was searched while playing
        "driver": os.environ.get("SDL_VIDEODRIVER", ""),
    }
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
