"""`berdaya ... --help` follows the language (issue 14): every help, description and epilog text of every
command has an Indonesian line in game.cli.help_words (a new help= without one fails here), argparse's
headings are Indonesian too, and with English the help is argparse's own text. The command lines run
in-process through game.cli.main."""

import argparse
import re

import pytest

from game.cli import main
from game.cli import parser as parser_module
from game.cli.arg_errors import Parser
from game.cli.help_words import HEADINGS, HELP, indonesian_help, knows

ENGLISH_HEADINGS = ("usage:", "positional arguments", "optional arguments", "options:", "show this help")
PLACEHOLDER = re.compile(r"%\(\w+\)[#0 +\-]*\d*(?:\.\d+)?[a-zA-Z]|%%")
COMMANDS = [
    "play",
    "validate",
    "analyze",
    "test",
    "graph",
    "schema",
    "strings",
    "new",
    "export",
    "report",
    "collect",
    "forget",
    "screenshots",
    "bench",
]


@pytest.fixture(autouse=True)
def fresh_language(monkeypatch):
    """Each test reads its own command line: no language left from another test, an English system."""
    monkeypatch.setattr(Parser, "lang", None)
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")


def parsers(top):
    """The top parser and every subcommand's, each once."""
    found, todo = [], [top]
    while todo:
        parser = todo.pop(0)
        found.append(parser)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                todo += [p for p in dict.fromkeys(action.choices.values()) if p not in found]
    return found


def texts(parser):
    """(where, text) for every description, epilog, group title and help of `parser`."""
    for kind in ("description", "epilog"):
        if getattr(parser, kind):
            yield f"{parser.prog} {kind}", getattr(parser, kind)
    for group in parser._action_groups:
        if group.title:
            yield f"{parser.prog} group", group.title
        if group.description:
            yield f"{parser.prog} group description", group.description
    for action in parser._actions:
        name = "/".join(action.option_strings) or action.dest
        if action.help and action.help is not argparse.SUPPRESS:
            yield f"{parser.prog} {name}", action.help
        for choice in getattr(action, "_choices_actions", ()):  # the commands as the top help lists them
            if choice.help:
                yield f"{parser.prog} {choice.dest}", choice.help


def test_the_walk_sees_every_command():
    top = parser_module.build_parser()
    commands = top._subparsers._group_actions[0].choices
    assert list(commands) == COMMANDS
    assert len(parsers(top)) == len(COMMANDS) + 1


@pytest.mark.parametrize("system_lang", ["id", "en"])
def test_every_help_text_has_an_indonesian_line(system_lang, monkeypatch):
    found = [pair for p in parsers(_built(monkeypatch, system_lang)) for pair in texts(p)]
    assert len(found) > 100
    missing = [f"{where}: {text!r}" for where, text in found if not knows(text)]
    assert not missing, "add these to game/cli/help_words.py HELP:\n" + "\n".join(missing)


def _built(monkeypatch, system_lang):
    monkeypatch.setattr(parser_module, "default_lang", lambda: system_lang)
    return parser_module.build_parser()


def test_the_indonesian_keeps_every_placeholder():
    for english, indonesian in list(HELP.items()) + list(HEADINGS.items()):
        assert indonesian != english
        assert sorted(PLACEHOLDER.findall(indonesian)) == sorted(PLACEHOLDER.findall(english)), english
        assert "  " not in indonesian, english


def test_a_placeholder_is_filled_in_both_languages(monkeypatch):
    monkeypatch.setitem(HELP, "how many (default: %(default)s, 100%%)", "berapa (bawaan: %(default)s, 100%%)")
    parser = Parser(prog="berdaya")
    parser.add_argument("--count", type=int, default=7, help="how many (default: %(default)s, 100%%)")
    Parser.lang = "id"
    assert "berapa (bawaan: 7, 100%)" in parser.format_help()
    Parser.lang = "en"
    assert "how many (default: 7, 100%)" in parser.format_help()


def test_a_text_the_table_does_not_know_stays_english():
    assert indonesian_help("a brand new option") == "a brand new option"
    assert indonesian_help(None) is None
    assert indonesian_help("language of the messages: id or en (default: the system's, here en)") == (
        "bahasa pesan: id atau en (bawaan: bahasa sistem, di sini en)"
    )


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_each_help_in_indonesian_has_no_english_left(command, capsys):
    argv = ["--lang", "id", "--help"] if command is None else ["--lang", "id", command, "--help"]
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("cara pakai: berdaya")
    assert "tampilkan bantuan ini lalu keluar" in out
    for heading in ENGLISH_HEADINGS:
        assert heading not in out
    shown = flat(out)
    english = [text for _, text in all_texts_for(command)]
    assert english and not [text for text in english if flat(text) in shown]


def all_texts_for(command):
    top = parser_module.build_parser()
    parser = top if command is None else top._subparsers._group_actions[0].choices[command]
    return [pair for pair in texts(parser) if pair[1] not in HEADINGS]


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "id", "validate", "--help"],
        ["--lang=id", "validate", "--help"],
        ["validate", "--lang", "id", "--help"],
        ["validate", "--help", "--lang", "id"],
    ],
)
def test_lang_id_anywhere_gives_the_indonesian_help(argv, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("cara pakai: berdaya validate")
    assert "argumen berurutan:" in out and "\nopsi:\n" in out
    assert "berkas atau folder (bawaan: scenarios/)" in flat(out)
    assert "periksa lagi setiap kali berkas disimpan (Ctrl+C untuk berhenti)" in flat(out)


def test_an_indonesian_system_gives_the_indonesian_help(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    with pytest.raises(SystemExit) as stop:
        main(["play", "--help"])
    assert stop.value.code == 0
    out = flat(capsys.readouterr().out)
    assert out.startswith("cara pakai: berdaya play")
    assert "--text main di terminal" in out
    assert "angka benih untuk kejadian acak (bawaan: 0)" in out
    assert "kode keluar: 0 sudah dimainkan" in out  # the epilog


@pytest.mark.parametrize("system", ["en_US.UTF-8", "id_ID.UTF-8"])
def test_lang_en_gives_the_english_help(system, monkeypatch, capsys):
    monkeypatch.setenv("LANG", system)
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "en", "validate", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: berdaya validate")
    assert "positional arguments:" in out and "\noptions:\n" in out
    assert "show this help message and exit" in out
    assert "files or folders (default: scenarios/)" in out
    assert "cara pakai" not in out and "bawaan" not in out
    # exactly argparse's own text: the same parser through a plain HelpFormatter
    Parser.lang = "en"
    validate = parser_module.build_parser()._subparsers._group_actions[0].choices["validate"]
    plain = argparse.HelpFormatter(prog=validate.prog)
    plain.add_usage(validate.usage, validate._actions, validate._mutually_exclusive_groups)
    for group in validate._action_groups:
        plain.start_section(group.title)
        plain.add_arguments(group._group_actions)
        plain.end_section()
    assert out == plain.format_help()


def test_the_top_help_in_english(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: berdaya")
    assert "Berdaya: a training simulation" in flat(out)


@pytest.mark.parametrize(
    ("argv", "lang", "command"),
    [
        (["--lang", "id", "validate", "x.yaml"], "id", "validate"),
        (["--lang=en", "analyze", "x.yaml"], "en", "analyze"),
        (["--scenarios", "D", "--lang", "id", "test"], "id", "test"),
        (["validate", "--lang", "en", "x.yaml"], "en", "validate"),
    ],
)
def test_lang_before_the_command_reaches_the_command(argv, lang, command):
    args = parser_module.build_parser().parse_args(argv)
    assert (args.command, args.lang) == (command, lang)
    assert Parser.lang == lang


def test_an_indonesian_complaint_still_says_it_in_indonesian(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "id", "validate", "--formt", "json"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("cara pakai: berdaya ")  # argparse's top parser names the unknown option
    assert err.endswith("berdaya: kesalahan: argumen tidak dikenal: --formt\n")
