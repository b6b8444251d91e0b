"""The trainer-facing commands speak the system's language unless --lang says otherwise."""

import pytest

from game.cli.language import system_lang
from game.cli.parser import build_parser


@pytest.mark.parametrize(
    "environ, windows, expected",
    [
        ({"LANG": "id_ID.UTF-8"}, None, "id"),
        ({"LANG": "id_ID"}, None, "id"),
        ({"LANG": "id"}, None, "id"),
        ({"LC_MESSAGES": "id_ID.UTF-8", "LANG": "en_US.UTF-8"}, None, "id"),
        ({"LC_ALL": "id_ID.UTF-8", "LANG": "en_US.UTF-8"}, None, "id"),
        ({"LC_ALL": "C", "LANG": "id_ID.UTF-8"}, None, "en"),  # LC_ALL set decides, as POSIX reads it
        ({"LANG": "en_US.UTF-8"}, None, "en"),
        ({"LANG": "C.UTF-8"}, None, "en"),
        ({"LANG": "ida_XX"}, None, "en"),  # another language whose code starts with "id"
        ({}, "Indonesian_Indonesia", "id"),
        ({}, "id_ID", "id"),
        ({}, "English_United States", "en"),
        ({"LANG": ""}, "Indonesian_Indonesia", "id"),  # an empty variable is not set
        ({}, None, "en"),
    ],
)
def test_system_lang_reads_the_locale(environ, windows, expected):
    assert system_lang(environ, windows) == expected


@pytest.mark.parametrize("command", ["validate", "analyze x", "test", "graph x", "strings x --export y.csv"])
def test_lang_defaults_to_the_system_and_an_explicit_one_wins(monkeypatch, command):
    monkeypatch.setenv("LC_ALL", "id_ID.UTF-8")
    assert build_parser().parse_args(command.split()).lang == "id"
    assert build_parser().parse_args([*command.split(), "--lang", "en"]).lang == "en"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert build_parser().parse_args(command.split()).lang == "en"


def test_new_writes_its_comments_in_the_system_language(monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert build_parser().parse_args(["new", "x"]).lang == "en"
    monkeypatch.setenv("LC_ALL", "id_ID.UTF-8")
    assert build_parser().parse_args(["new", "x"]).lang == "id"
    assert build_parser().parse_args(["new", "x", "--lang", "en"]).lang == "en"
