"""Thousands of random key, mouse, text and resize events across every screen: no exception.

The long run (issue 7: 50,000 events) is the same test with more events:
    BERDAYA_MONKEY_EVENTS=50000 pytest tests/ui/test_monkey.py
"""

import os
import random

import pygame

from game.ui.screens.debrief import DebriefScreen
from game.ui.screens.title import TitleScreen

from .driver import pump

KEYS = [
    pygame.K_RETURN,
    pygame.K_SPACE,
    pygame.K_ESCAPE,
    pygame.K_UP,
    pygame.K_DOWN,
    pygame.K_LEFT,
    pygame.K_RIGHT,
    pygame.K_TAB,
    pygame.K_PAGEUP,
    pygame.K_PAGEDOWN,
    pygame.K_HOME,
    pygame.K_END,
    pygame.K_BACKSPACE,
    pygame.K_F3,
    pygame.K_h,
    pygame.K_a,
    pygame.K_0,
] + [pygame.K_1 + i for i in range(9)]
SIZES = [(1280, 720), (1920, 1080), (800, 600), (640, 360), (1366, 768)]


def random_event(rng, size):
    w, h = size
    roll = rng.random()
    if roll < 0.45:
        k = rng.choice(KEYS)
        mod = pygame.KMOD_SHIFT if rng.random() < 0.1 else 0
        return pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0)
    if roll < 0.7:
        pos = (rng.randrange(w), rng.randrange(h))
        return pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=rng.choice((1, 1, 1, 3)))
    if roll < 0.8:
        pos = (rng.randrange(w), rng.randrange(h))
        return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))
    if roll < 0.87:
        return pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=rng.choice((-3, -1, 1, 3)), flipped=False)
    if roll < 0.95:
        return pygame.event.Event(pygame.TEXTINPUT, text=rng.choice("abc xyz 12 éü"))
    return None  # a resize


def test_monkey(make_app, demo_entry, sample_entry):
    rng = random.Random(1234)
    app = make_app([demo_entry, sample_entry], seed=9)
    screens = set()
    for i in range(int(os.environ.get("BERDAYA_MONKEY_EVENTS", "4000"))):
        event = random_event(rng, app.window.get_size())
        if event is None:
            size = rng.choice(SIZES)
            app.display.window = pygame.display.set_mode(size, pygame.RESIZABLE)
            event = pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1])
        if i % 4:  # several events arrive between two frames, as they do in play
            app.handle(event)
            continue
        pump(app, event)
        if not app.running:  # Quit on the title: open the game again, as a player would
            app.running = True
            app.reset(TitleScreen(app))
        screens.add(type(app.top).__name__)
        if isinstance(app.top, DebriefScreen) and rng.random() < 0.05:
            app.top.on_intent("title")
        # help the monkey into a game now and then
        if isinstance(app.top, TitleScreen) and rng.random() < 0.1:
            app.top.on_intent("play")
        if i % 500 == 0:
            app.settings.text_size = rng.randrange(3)
            app.settings.high_contrast = rng.random() < 0.5
            app.settings.lang = rng.choice(("id", "en"))
            app.relayout()
    assert {"TitleScreen", "PlayScreen"} <= screens, screens
    assert len(screens) >= 7, screens
