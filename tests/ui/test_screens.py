"""Every screen, in both languages, at two sizes: written as PNG, nothing clipped or overlapping."""

import subprocess
import sys

import pygame
import pytest

from game.tools.screenshots import SCREENS, write_all

from ..conftest import ROOT
from .layout_check import problems

ALWAYS = set(SCREENS)


@pytest.mark.parametrize(
    "lang,size,text_size,projector",
    [
        ("id", (1280, 720), 2, False),
        ("en", (1280, 720), 2, True),
        ("id", (1920, 1080), 2, False),
        ("en", (1920, 1080), 0, False),
    ],
)
def test_every_screen_fits(tmp_path, sample_entry, demo_entry, lang, size, text_size, projector):
    found = []
    paths = write_all(
        tmp_path,
        lang=lang,
        size=size,
        entries=[sample_entry, demo_entry],
        text_size=text_size,
        projector=projector,
        on_shot=lambda name, app: found.extend(f"{name}: {p}" for p in problems(app)),
    )
    assert {p.stem for p in paths} == ALWAYS
    assert found == []
    for path in paths:
        img = pygame.image.load(str(path))
        assert img.get_size() == size
        assert (
            len({img.get_at((x, y))[:3] for x in range(0, size[0], 13) for y in range(0, size[1], 11)}) > 3
        ), path


class Filler(dict):
    def __missing__(self, key):
        return "Minta pra-musyawarah dusun dan kelompok perempuan" if key not in ("n", "score") else "128"


def test_the_longest_strings_fit_at_the_largest_text(tmp_path, demo_entry):
    """Every UI string in both languages as a button and as a label, at 1280x720, text size 3."""
    from game.ui.app import App, Options
    from game.ui.screens.base import FlowScreen
    from game.ui.strings import S
    from game.ui.widgets import Button, Label

    class AllStrings(FlowScreen):
        def items(self):
            out = []
            for key, pair in S.items():
                text = pair[1 if self.ctx.lang == "en" else 0].format_map(Filler())
                out += [Label(text, "h1", "accent", bold=True), Button(text, key, number=9)]
            return out

    for lang in ("id", "en"):
        app = App(Options(entries=[demo_entry], builtin=False, lang=lang))
        app.settings.text_size = 2
        app.relayout()
        app.push(AllStrings(app))
        app.frame([])
        assert problems(app) == []
        app.close()


def test_screenshots_command(tmp_path):
    out = tmp_path / "shots"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "run_game.py"),
            "screenshots",
            "-o",
            str(out),
            "--lang",
            "en",
            "--size",
            "1366x768",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    written = sorted(p.stem for p in out.glob("*.png"))
    assert written == sorted(ALWAYS)
    assert done.stdout.count(".png") == len(ALWAYS)


def test_the_layout_check_sees_clipping_and_overlap(make_app, demo_entry):
    app = make_app([demo_entry])
    flow = app.top.flow
    flow.ensure(app.look)
    first, second = flow.buttons()[:2]
    second.rect.y = first.rect.y + 2  # overlap
    first.rect.width = 30  # too narrow for its label
    found = problems(app)
    assert any("overlaps" in p for p in found)
    assert any("does not fit" in p for p in found)
