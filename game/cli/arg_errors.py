"""argparse's complaints about a command line, in the trainer's language.

A mistyped option or a missing file name is answered by argparse in English ("unrecognized arguments:
--formt"). Parser keeps argparse's behaviour (usage, exit code 2) and says the usual complaints in
Indonesian when the command line's --lang (or else the system's language) is Indonesian. A complaint
this table does not know (another Python version's wording) stays as argparse wrote it.
"""

from __future__ import annotations

import argparse
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
    """An ArgumentParser whose complaints follow the command line's language (subcommands too)."""

    lang = None  # set from the whole command line when the top parser reads it

    def parse_known_args(self, args=None, namespace=None):
        if Parser.lang is None or self.prog == "berdaya":  # the top parser: the whole command line
            Parser.lang = lang_of(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        usage = super().format_usage()
        return "cara pakai: " + usage.removeprefix("usage: ") if Parser.lang == "id" else usage

    def error(self, message: str):
        if Parser.lang != "id":
            super().error(message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: kesalahan: {indonesian(message)}\n")
