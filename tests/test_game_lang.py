"""`berdaya --lang en` (or `run_game.py --lang id`) starts the window in that language for this run; a
--lang before a command still goes to the command."""

import pytest

import game.cli as cli
from game.ui.options import Options


@pytest.mark.parametrize("argv", [["--lang", "en"], ["--lang=en"], ["--projector", "--lang", "en"]])
def test_the_game_takes_a_language_for_this_run(argv, monkeypatch):
    started = []
    monkeypatch.setattr(cli, "start_game", lambda args: started.append(args) or 0)
    assert cli.starts_the_game(argv)
    assert cli.main(argv) == 0
    [args] = started
    assert Options.from_args(args).lang == "en"


def test_without_it_the_title_screens_choice_stands(monkeypatch):
    started = []
    monkeypatch.setattr(cli, "start_game", lambda args: started.append(args) or 0)
    assert cli.main([]) == 0
    assert Options.from_args(started[0]).lang is None


def test_an_unknown_language_is_refused_in_the_command_lines_language(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--lang", "fr"])
    assert stopped.value.code == 2 and "fr" in capsys.readouterr().err


def test_a_lang_before_a_command_still_goes_to_the_command(monkeypatch, tmp_path, capsys):
    assert cli.main(["--lang", "id", "validate", str(tmp_path / "nothing.yaml")]) != 0
    said = capsys.readouterr()
    assert "tidak ada" in said.out + said.err  # B047 in Indonesian: the command got the --lang
