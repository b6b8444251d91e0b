"""The title's Trainer screen (issue 14): the trainer's folders with each file's check, the first errors
with their lines and hints in the trainer's language, the story map in the browser, the texts as CSV beside the
file, the folder opened; driven from the title the way a trainer clicks."""

import csv
import shutil
from types import SimpleNamespace

import pytest

from game.content.loader import load_file
from game.ui import storage
from game.ui.intents import Act, Start
from game.ui.screens import trainer_tools
from game.ui.screens.trainer_tools import TrainerToolsScreen

from ..conftest import SAMPLE
from .driver import button_pos, click

BROKEN = """\
id: rusak
title: "Skenario rusak
start: a
"""


@pytest.fixture
def folder(tmp_path):
    here = tmp_path / "Skenario Pak Budi"
    here.mkdir()
    shutil.copy(SAMPLE, here / "dapur.yaml")
    (here / "rusak.yaml").write_text(BROKEN, encoding="utf-8")
    (here / "catatan.txt").write_text("not a scenario")
    return here


def open_tools(make_app, folder, lang="id"):
    app = make_app([], scenario_dirs=[str(folder)])
    app.settings.lang = lang
    app.apply_settings()
    click(app, button_pos(app.nav.top.flow, Act.TRAINER))
    app.frame([], 1 / 60)
    screen = app.nav.top
    assert isinstance(screen, TrainerToolsScreen)
    return app, screen


def texts(screen):
    return [getattr(item, "text", None) or getattr(item, "label", "") for item in screen.items()]


def press(app, screen, intent):
    click(app, button_pos(screen.flow, intent))
    app.frame([], 1 / 60)


def test_lists_each_folder_and_file_with_its_check(make_app, folder):
    app, screen = open_tools(make_app, folder)
    shown = texts(screen)
    assert f"Folder: {storage.user_scenarios_dir()}" in shown  # the game's own folder comes first
    assert f"Folder: {folder}" in shown
    labels = [b.label for b in screen.flow.buttons()]
    assert "dapur.yaml: siap dimainkan" in labels
    broken = load_file(folder / "rusak.yaml")
    assert broken.errors and not broken.ok
    assert f"rusak.yaml: {len(broken.errors)} kesalahan, {len(broken.warnings)} peringatan" in labels
    assert not any("catatan" in label for label in labels)
    # pick the broken file: its first error shows with its line, in Indonesian
    press(app, screen, Start(1))
    first = broken.errors[0]
    shown = texts(screen)
    message = shown.index(f"baris {first.pos.line}: {first.message_in('id')}")
    assert shown[message + 1] == f"saran: {first.hint_in('id')}"  # what to do, right under it
    assert not any("Traceback" in t for t in texts(screen))


def test_errors_read_in_english_for_an_english_trainer(make_app, folder):
    app, screen = open_tools(make_app, folder, lang="en")
    press(app, screen, Start(1))
    first = load_file(folder / "rusak.yaml").errors[0]
    shown = texts(screen)
    message = shown.index(f"line {first.pos.line}: {first.message_in('en')}")
    assert shown[message + 1] == f"hint: {first.hint_in('en')}"
    assert "dapur.yaml: ready to play" in [b.label for b in screen.flow.buttons()]


def test_story_map_opens_in_the_browser_or_says_where_it_is(make_app, folder, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(trainer_tools, "headless", lambda: False)  # as in a real window
    monkeypatch.setattr(trainer_tools.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    monkeypatch.setattr(trainer_tools.webbrowser, "open", lambda url: opened.append(url) or True)
    app, screen = open_tools(make_app, folder)
    press(app, screen, Act.MAP)
    page = tmp_path / "tmp" / "berdaya-peta" / "dapur.html"
    assert opened == [page.as_uri()]
    html = page.read_text(encoding="utf-8")
    assert "<html" in html.lower() and load_file(SAMPLE).scenario.start in html
    assert screen.status == f"Peta cerita dibuka di peramban: {page}"
    # no browser: the page is still written, and the screen says where
    monkeypatch.setattr(trainer_tools.webbrowser, "open", lambda url: False)
    press(app, screen, Act.MAP)
    assert str(page) in screen.status and "peramban" in screen.status and "dibuka" not in screen.status


def test_a_file_that_cannot_be_read_has_no_map_and_no_traceback(make_app, folder, monkeypatch):
    opened = []
    monkeypatch.setattr(trainer_tools, "headless", lambda: False)
    monkeypatch.setattr(trainer_tools.webbrowser, "open", lambda url: opened.append(url) or True)
    app, screen = open_tools(make_app, folder)
    press(app, screen, Start(1))
    press(app, screen, Act.MAP)
    assert opened == []
    assert screen.status.startswith("Peta cerita tidak bisa dibuat")


def test_export_writes_the_strings_beside_the_file_and_never_replaces_one(make_app, folder):
    app, screen = open_tools(make_app, folder)
    press(app, screen, Act.EXPORT)
    out = folder / "dapur-teks.csv"
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert len(rows) > 2 and rows[0][:3] == ["key", "id", "en"]
    assert screen.status == f"{len(rows) - 1} teks diekspor ke {out} (buka dengan Excel atau LibreOffice)."
    out.write_text("translated by hand", encoding="utf-8")
    press(app, screen, Act.EXPORT)
    assert out.read_text(encoding="utf-8") == "translated by hand"
    assert (folder / "dapur-teks-2.csv").exists() and "dapur-teks-2.csv" in screen.status


def test_open_folder_hands_it_to_the_file_manager(make_app, folder, monkeypatch):
    seen = []
    monkeypatch.setattr(trainer_tools, "open_in_system", lambda path: seen.append(path) or False)
    app, screen = open_tools(make_app, folder)
    press(app, screen, Act.FOLDER)
    assert seen == [folder]
    assert screen.status == f"Folder Anda: {folder}"  # no file manager: the path is shown


def test_check_again_finds_a_file_added_meanwhile(make_app, folder):
    app, screen = open_tools(make_app, folder)
    user = storage.user_scenarios_dir()
    user.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLE, user / "baru.yaml")
    assert not any("baru.yaml" in b.label for b in screen.flow.buttons())
    press(app, screen, Act.CHECK)
    assert "baru.yaml: siap dimainkan" in [b.label for b in screen.flow.buttons()]


def test_headless_starts_no_browser_and_no_file_manager(make_app, folder, monkeypatch):
    """Under the dummy video driver (tests, CI: no screen) nothing is started; the paths are said."""
    started = []
    monkeypatch.setattr(trainer_tools.webbrowser, "open", lambda url: started.append(url) or True)
    fake = SimpleNamespace(Popen=lambda *a, **k: started.append(a), DEVNULL=None)
    monkeypatch.setattr(trainer_tools, "subprocess", fake)
    app, screen = open_tools(make_app, folder)
    press(app, screen, Act.MAP)
    assert "peramban" in screen.status and "dibuka" not in screen.status
    press(app, screen, Act.FOLDER)
    assert screen.status == f"Folder Anda: {folder}"
    assert started == []
