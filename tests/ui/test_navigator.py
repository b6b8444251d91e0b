"""The navigator: screens by name, requests queued and applied between frames, never mid-handle."""

import ast

import pygame
import pytest

from game.ui.navigator import Navigator, Pop, Push, Reset, UnknownScreen
from game.ui.screens.base import Screen
from game.ui.screens.history import HistoryScreen

from ..conftest import ROOT
from .driver import pump


class Probe:
    """A screen that writes down what happens to it."""

    def __init__(self, ctx, name="probe", log=None):
        self.name, self.log = name, log if log is not None else []

    def enter(self):
        self.log.append(("enter", self.name))

    def exit(self):
        self.log.append(("exit", self.name))

    def resume(self, result=None):
        self.log.append(("resume", self.name, result))


def navigator(log):
    nav = Navigator({"a": Probe, "b": Probe, "c": Probe})
    nav.attach(object())
    return nav


def names(nav):
    return [s.name for s in nav.stack]


def test_requests_wait_for_apply_and_then_run_in_order():
    log = []
    nav = navigator(log)
    nav.push("a", name="A", log=log)
    nav.push("b", name="B", log=log)
    assert nav.stack == [] and log == []  # asked for, nothing changed yet
    assert nav.apply() is True
    assert names(nav) == ["A", "B"] and log == [("enter", "A"), ("enter", "B")]
    assert nav.apply() is False  # nothing left to do


def test_reset_closes_every_screen_and_opens_one():
    log = []
    nav = navigator(log)
    for name in ("A", "B", "C"):
        nav.push("a", name=name, log=log)
    nav.apply()
    log.clear()
    nav.request(Reset("c", {"name": "T", "log": log}))
    nav.apply()
    assert names(nav) == ["T"]
    assert log == [("exit", "C"), ("exit", "B"), ("exit", "A"), ("enter", "T")]


def test_replace_and_pop_hand_a_result_to_the_screen_below():
    log = []
    nav = navigator(log)
    nav.push("a", name="A", log=log)
    nav.push("b", name="B", log=log)
    nav.apply()
    nav.replace("c", name="C", log=log)
    nav.apply()
    assert names(nav) == ["A", "C"] and ("resume", "A", None) not in log  # a replace resumes no one
    nav.request(Pop("the class chose 2"))
    nav.apply()
    assert names(nav) == ["A"] and log[-2:] == [("exit", "C"), ("resume", "A", "the class chose 2")]


def test_an_unknown_screen_is_a_clear_error_when_asked_for():
    nav = navigator([])
    with pytest.raises(UnknownScreen, match=r"no screen named 'histroy' \(registered: a, b, c\)"):
        nav.push("histroy")
    with pytest.raises(UnknownScreen):
        nav.request(Push("nowhere"))
    assert nav.pending == []


def test_a_pop_with_nothing_open_says_so():
    nav = navigator([])
    nav.pop()
    with pytest.raises(IndexError, match="no screen open"):
        nav.apply()


class Asker(Screen):
    """Asks for the history at the first key, and notes the stack as it was while it handled each key."""

    def __init__(self, ctx):
        super().__init__(ctx)
        self.seen = []

    def handle_event(self, event):
        if event.type == pygame.KEYDOWN:
            self.seen.append(len(self.ctx.nav.stack))
            self.ctx.nav.push("history")
            self.seen.append(len(self.ctx.nav.stack))


def test_in_the_window_the_stack_changes_only_at_the_end_of_the_frame(make_app, demo_entry):
    app = make_app([demo_entry])
    asker = Asker(app)
    app.push(asker)
    depth = len(app.nav.stack)
    press = [pygame.event.Event(pygame.KEYDOWN, key=pygame.K_x, mod=0, unicode="x", scancode=0)] * 2
    app.frame(press)
    # the first key asked for the history; the stack did not move while the screen handled it, and the
    # second key of the same frame was kept for the screen now on top, not given to the one that asked
    assert asker.seen == [depth, depth]
    assert isinstance(app.nav.top, HistoryScreen) and len(app.nav.stack) == depth + 1
    pump(app)  # the kept key reaches the history screen (it ignores an x)
    assert asker.seen == [depth, depth] and isinstance(app.nav.top, HistoryScreen)


def asked_for_names():
    """Every screen name the game's code asks the navigator for (push/replace/reset, Push/Replace/Reset)."""
    found = set()
    for path in (ROOT / "game" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func, first = node.func, node.args[0]
            if isinstance(func, ast.Attribute):  # nav.push("name"), self.nav.reset("name")
                owner = func.value
                asks = func.attr in ASKING and "nav" in (getattr(owner, "attr", ""), getattr(owner, "id", ""))
            else:  # Push("name", args)
                asks = getattr(func, "id", "") in REQUESTS
            if asks and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add((path.name, first.value))
    return found


ASKING = {"push", "replace", "reset"}
REQUESTS = {"Push", "Replace", "Reset"}


def test_every_screen_the_game_asks_for_is_registered(make_app, demo_entry):
    from game.ui.screens import SCREENS

    asked = asked_for_names()
    assert {name for _, name in asked} >= {"play", "outcome", "event", "reflection", "debrief", "title"}
    assert [(where, name) for where, name in sorted(asked) if name not in SCREENS] == []
    app = make_app([demo_entry])
    for name in ("player", "settings", "history", "pause", "picker"):  # the ones that need no arguments
        app.nav.reset(name)
        assert type(app.top).__name__.lower().startswith(name)
