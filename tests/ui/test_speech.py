"""Read-aloud: espeak-ng reads the scene in the session's language; without it the game says why."""

import re
import stat
import time

import pygame

from game.ui.screens.play import PlayScreen
from game.ui.screens.settings import SettingsScreen

from .driver import key


def fake_espeak(tmp_path):
    out = tmp_path / "spoken.txt"
    exe = tmp_path / "espeak-ng"
    exe.write_text(f'#!/bin/sh\necho "$@" >> "{out}"\n')
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    return str(exe), out


def wait_for(path, timeout=5):
    end = time.time() + timeout
    while time.time() < end:
        if path.exists() and path.read_text().strip():
            return path.read_text()
        time.sleep(0.02)
    raise AssertionError("nothing was read aloud")


def test_v_reads_the_scene_and_choices_in_the_session_language(make_app, demo_entry, tmp_path):
    exe, out = fake_espeak(tmp_path)
    app = make_app([demo_entry], speech_exe=exe, lang="en")
    app.top.on_intent("play")
    app.top.on_intent("next")
    app.top.on_intent(("start", 0))
    assert isinstance(app.top, PlayScreen)
    key(app, pygame.K_v)
    spoken = wait_for(out)
    assert spoken.startswith("-v en -- ")
    assert "Pak Harjono: The priority list is ready." in spoken
    assert re.search(r"[1-3]\. Ask for hamlet and women's pre-forums", spoken)  # numbered as shown (shuffled)


def test_the_setting_reads_each_new_scene(make_app, demo_entry, tmp_path):
    exe, out = fake_espeak(tmp_path)
    app = make_app([demo_entry], speech_exe=exe, lang="id")
    app.settings.read_aloud = True
    app.top.on_intent("play")
    app.top.on_intent("next")
    app.top.on_intent(("start", 0))
    app.frame([])  # the request to open the game applies at the frame's end
    assert "-v id -- " in wait_for(out)


def test_without_espeak_the_setting_says_why(make_app, demo_entry):
    app = make_app([demo_entry], speech_exe="")
    key(app, pygame.K_v)
    assert any("espeak-ng" in text for text, _ in app.notices)
    app.top.on_intent("settings")
    assert isinstance(app.top, SettingsScreen)
    assert "espeak-ng" in app.top.speech_text()
    assert not [b for b in app.top.flow.buttons() if getattr(b.intent, "key", None) == "read_aloud"]
