"""A trainer's test plays are not class sessions: `play --text FILE`, --choices/--auto and previews
are left out of the records unless --record (or a --db) asks for them."""

import pytest

from game import cli
from game.records.store import RecordStore, default_db_path

from ..conftest import SAMPLE

PICKS = "kantor.pramusdes,musdes.data_kader,laksana.latih_bersama,evaluasi.pantau_warga"


@pytest.fixture()
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert str(tmp_path) in str(default_db_path())
    return tmp_path


def sessions() -> list:
    path = default_db_path()
    if not path.exists():
        return []
    store = RecordStore.open(path)
    try:
        return store.sessions()
    finally:
        store.close()


def test_a_scripted_play_of_a_file_is_not_recorded(home, capsys):
    code = cli.main(["play", "--text", str(SAMPLE), "--json", "--choices", PICKS])
    err = capsys.readouterr().err
    assert code == 0, err
    assert sessions() == []
    assert "tidak dicatat sebagai sesi kelas" in err  # play --text's language (id by default)
    cli.main(["play", "--text", str(SAMPLE), "--json", "--choices", PICKS, "--lang", "en"])
    assert "not recorded as a class session" in capsys.readouterr().err


def test_a_file_played_by_hand_is_a_trial_too(home, monkeypatch, capsys):
    answers = iter(["1"] * 40)
    monkeypatch.setattr("builtins.input", lambda _prompt="": next(answers))
    assert cli.main(["play", "--text", str(SAMPLE)]) == 0
    assert sessions() == []


def test_record_keeps_a_trial_as_a_session(home, capsys):
    code = cli.main(["play", "--text", str(SAMPLE), "--json", "--choices", PICKS, "--record"])
    err = capsys.readouterr().err
    assert code == 0, err
    [session] = sessions()
    assert session["ending"] == "dapur_milik_warga"
    assert "not recorded" not in err


def test_a_scenario_chosen_by_id_and_played_by_hand_is_a_session(home, monkeypatch, capsys):
    answers = iter(["1"] * 40)
    monkeypatch.setattr("builtins.input", lambda _prompt="": next(answers))
    assert cli.main(["play", "--text", "sample-dapur-sehat"]) == 0
    assert len(sessions()) == 1
    assert "not recorded" not in capsys.readouterr().err


def test_a_preview_is_never_recorded_even_with_a_database(home, tmp_path, capsys):
    db = tmp_path / "asked.db"
    code = cli.main(
        ["play", "--text", "sample-dapur-sehat", "--db", str(db), "--start-at", "evaluasi", "--auto", "first"]
    )
    assert code == 0, capsys.readouterr().err
    assert not db.exists() or RecordStore.open(db).sessions() == []
