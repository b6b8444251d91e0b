"""argparse's complaints about a command line, in the trainer's language.

A mistyped option or a missing file name is answered by argparse in English ("unrecognized arguments:
--formt"). Parser keeps argparse's behaviour (usage, exit code 2) and says the usual complaints in
Indonesian when the command line's --lang (or else the system's language) is Indonesian. A complaint
this table does not know (another Python version's wording) stays as argparse wrote it.

`--help` follows the same language: with Indonesian, its headings ("usage:", "options", ...) and every
help and description text are looked up in game.cli.help_words (a text it does not know stays English).
The top command has no --lang of its own, so `berdaya --lang id validate x` hands the --lang to the
command, and `berdaya --lang id --help` reads it for the help alone.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys

from .language import default_lang

# argparse's English (as a pattern) -> the Indonesian; groups are kept as they are
COMPLAINTS = (
    (r"unrecognized arguments: (.*)", "argumen tidak dikenal: {0}"),
    (r"the following arguments are required: (.*)", "argumen berikut wajib diisi: {0}"),
    (r"one of the arguments (.*) is required", "salah satu argumen {0} wajib diisi"),
    (r"argument (.*?): not allowed with argument (.*)", "argumen {0}: tidak boleh bersama argumen {1}"),
    (r"argument (.*?): expected one argument", "argumen {0}: perlu satu nilai"),
    (r"argument (.*?): expected at least one argument", "argumen {0}: perlu paling sedikit satu nilai"),
    (
        r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)",
        "argumen {0}: pilihan {1} tidak ada (pilih dari {2})",
    ),
    (r"argument (.*?): invalid (\w+) value: (.*)", "argumen {0}: nilai {2} tidak sah"),
    (r"argument (.*?): '(.*)' is not a whole number", "argumen {0}: '{1}' bukan bilangan bulat"),
    (
        r"argument (.*?): '(.*)' is not a whole number of seconds",
        "argumen {0}: '{1}' bukan jumlah detik yang bulat",
    ),
    (r"argument (.*?): '(.*)' is not a number of seconds", "argumen {0}: '{1}' bukan jumlah detik"),
    (
        r"argument (.*?): (\S+) is out of range \(use (.*?) to (.*?) seconds\)",
        "argumen {0}: {1} di luar batas (pakai {2} sampai {3} detik)",
    ),
    (
        r"argument (.*?): (\S+) is out of range \(use (.*?) to (.*?)\)",
        "argumen {0}: {1} di luar batas (pakai {2} sampai {3})",
    ),
    (r"argument (.*?): (.*)", "argumen {0}: {1}"),
    (r"ambiguous option: (.*?) could match (.*)", "opsi {0} kurang jelas: bisa berarti {1}"),
    (r"invalid choice: (.*?) \(choose from (.*)\)", "pilihan {0} tidak ada (pilih dari {1})"),
)


def indonesian(message: str) -> str:
    """`message` (argparse's English) in Indonesian, as far as the table knows it."""
    for pattern, said in COMPLAINTS:
        found = re.fullmatch(pattern, message, re.S)
        if found:
            return said.format(*found.groups())
    return message


def lang_of(argv) -> str:
    """The language a command line asks for: its --lang, else the system's."""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return "id" if args[i + 1] == "id" else "en"
        if arg.startswith("--lang="):
            return "id" if arg.endswith("=id") else "en"
    return default_lang()


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose complaints and --help follow the command line's language (subcommands
    too: add_subparsers makes them of the parser's own class)."""

    lang = None  # set from the whole command line when the top parser reads it

    def parse_known_args(self, args=None, namespace=None):
        if Parser.lang is None or self.prog == "berdaya":  # the top parser: the whole command line
            args = sys.argv[1:] if args is None else list(args)
            Parser.lang = lang_of(args)
            args = self._lang_to_command(args)
        return super().parse_known_args(args, namespace)

    def _lang_to_command(self, args: list) -> list:
        """`--lang X` written before the command (which the top parser does not know) moved after the
        command's name; with no command, dropped from a --help (that help reads it). Else `args`."""
        commands = next((a for a in self._actions if isinstance(a, argparse._SubParsersAction)), None)
        if commands is None or "--lang" in self._option_string_actions:
            return args
        rest, lifted, i = list(args), [], 0
        while i < len(rest):
            arg = rest[i]
            if arg == "--lang" and i + 1 < len(rest):
                lifted += rest[i : i + 2]
                del rest[i : i + 2]
            elif arg.startswith("--lang="):
                lifted.append(arg)
                del rest[i]
            elif arg == "--":
                break
            elif arg.startswith("-"):  # a top option: skip its value too
                action = self._option_string_actions.get(arg)
                i += 2 if action is not None and action.nargs != 0 else 1
            elif arg in commands.choices:
                return (rest[: i + 1] + lifted + rest[i + 1 :]) if lifted else args
            else:
                break
        if lifted and i >= len(rest) and any(a in ("-h", "--help") for a in rest):
            return rest
        return args

    def _get_formatter(self):
        if (Parser.lang or default_lang()) != "id":
            return super()._get_formatter()
        return _indonesian_formatter(self.formatter_class)(prog=self.prog)

    def error(self, message: str):
        if Parser.lang != "id":
            super().error(message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: kesalahan: {indonesian(message)}\n")


@functools.cache
def _indonesian_formatter(base: type) -> type:
    """`base` (argparse's HelpFormatter or a subclass) writing its headings and texts in Indonesian."""
    from .help_words import indonesian_help  # noqa: PLC0415 (only a --help or an error in Indonesian)

    class IndonesianHelpFormatter(base):
        def add_usage(self, usage, actions, groups, prefix=None):
            super().add_usage(
                usage, actions, groups, indonesian_help("usage: ") if prefix is None else prefix
            )

        def start_section(self, heading):
            super().start_section(indonesian_help(heading))

        def add_text(self, text):
            super().add_text(text if text is argparse.SUPPRESS else indonesian_help(text))

        def _get_help_string(self, action):  # the text before its %(default)s etc. are filled in
            return indonesian_help(super()._get_help_string(action))

    return IndonesianHelpFormatter
