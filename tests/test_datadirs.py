"""One answer to "where does the game keep its files", and earlier versions' files still found."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from game import datadirs
from game.datadirs import Folders, folders, legacy_folders


def test_xdg_folders_are_honoured(tmp_path):
    env = {
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "XDG_DATA_HOME": str(tmp_path / "d"),
        "XDG_CACHE_HOME": str(tmp_path / "k"),
        "HOME": str(tmp_path / "home"),
    }
    here = folders(env)
    assert here.config == tmp_path / "c" / "berdaya"
    assert here.data == tmp_path / "d" / "berdaya"
    assert here.cache == tmp_path / "k" / "berdaya"
    assert here.records_db == tmp_path / "d" / "berdaya" / "records.sqlite3"
    assert here.user_scenarios == tmp_path / "d" / "berdaya" / "scenarios"
    assert here.bounds_cache == tmp_path / "k" / "berdaya" / "bounds"
    assert here.exports == here.records_db.parent


def test_a_relative_xdg_folder_is_ignored_as_the_spec_says(tmp_path):
    here = folders({"XDG_DATA_HOME": "relative/place", "HOME": str(tmp_path)})
    assert here.data.is_absolute()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux defaults")
def test_linux_defaults_are_where_the_game_always_kept_them(tmp_path, monkeypatch):
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    here = folders()
    assert here.config == tmp_path / ".config" / "berdaya"
    assert here.data == tmp_path / ".local" / "share" / "berdaya"
    assert here.cache == tmp_path / ".cache" / "berdaya"
    assert here.earlier("data", "autosave.json") == []  # nothing to fall back on: the same place


def test_earlier_versions_folders_on_each_platform(tmp_path):
    home = tmp_path / "home"
    mac = legacy_folders({}, "darwin", home)
    assert mac["config"] == (home / ".config" / "berdaya",)
    assert mac["data"] == (home / ".local" / "share" / "berdaya",)
    win = legacy_folders({"APPDATA": str(tmp_path / "roaming")}, "win32", home)
    assert win["data"] == (home / ".local" / "share" / "berdaya", tmp_path / "roaming" / "berdaya")


def moved(tmp_path) -> Folders:
    """Today's folders on a platform where an earlier version kept files elsewhere (macOS, Windows)."""
    old = {"config": (tmp_path / "old-config",), "data": (tmp_path / "old-data", tmp_path / "appdata")}
    return Folders(tmp_path / "config", tmp_path / "data", tmp_path / "cache", old)


def test_a_file_only_an_earlier_version_wrote_is_read_from_there(tmp_path):
    here = moved(tmp_path)
    assert here.find("data", "autosave.json") == tmp_path / "data" / "autosave.json"  # none: today's
    (tmp_path / "appdata").mkdir()
    (tmp_path / "appdata" / "records.sqlite3").write_bytes(b"")
    assert here.records_db == tmp_path / "appdata" / "records.sqlite3"  # used in place
    (tmp_path / "old-data").mkdir()
    (tmp_path / "old-data" / "records.sqlite3").write_bytes(b"")
    assert here.records_db == tmp_path / "old-data" / "records.sqlite3"  # the first earlier place
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "records.sqlite3").write_bytes(b"")
    assert here.records_db == tmp_path / "data" / "records.sqlite3"  # today's wins once it exists
    assert here.every("data", "x") == [tmp_path / p / "x" for p in ("data", "old-data", "appdata")]


def test_the_game_reads_an_earlier_versions_save_and_settings(tmp_path, monkeypatch):
    from game.ui import storage

    here = moved(tmp_path)
    monkeypatch.setattr(datadirs, "folders", lambda env=None: here)
    (tmp_path / "old-config").mkdir()
    (tmp_path / "old-config" / "settings.json").write_text('{"lang": "en"}', encoding="utf-8")
    (tmp_path / "old-data").mkdir()
    (tmp_path / "old-data" / "autosave.json").write_text('{"session": {}, "turn": 2}', encoding="utf-8")
    settings, aside = storage.load_settings()
    assert settings.lang == "en" and aside is None
    assert storage.has_autosave() and storage.load_autosave()[0]["turn"] == 2
    storage.save_settings(settings)
    assert (tmp_path / "config" / "settings.json").is_file()  # written to today's folder
    storage.discard_autosave()  # wherever it was: an old one must not come back as Continue
    assert not storage.has_autosave() and not (tmp_path / "old-data" / "autosave.json").exists()


def test_the_records_store_opens_the_database_an_earlier_version_made(tmp_path, monkeypatch):
    from game.records.store import RecordStore, default_db_path

    here = moved(tmp_path)
    monkeypatch.setattr(datadirs, "folders", lambda env=None: here)
    with RecordStore.open(tmp_path / "appdata" / "records.sqlite3") as store:
        store.start_session("Ani", "tiny", "h", 1, "id")
    assert default_db_path() == tmp_path / "appdata" / "records.sqlite3"
    with RecordStore.open() as store:
        assert [s["player"] for s in store.sessions()] == ["Ani"]


def test_one_module_knows_the_folders():
    """No other module builds the game's folders from the environment itself."""
    root = Path(datadirs.__file__).parent
    for path in root.rglob("*.py"):
        if path.name == "datadirs.py":
            continue
        text = path.read_text(encoding="utf-8")
        for word in ('get("XDG_', 'get("APPDATA"', '".local", "share"', 'expanduser("~")'):
            assert word not in text, f"{path} finds a folder itself ({word})"
