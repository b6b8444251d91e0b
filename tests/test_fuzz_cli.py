"""Fuzzing the command line itself (issue 11): whatever the arguments and whatever the scenario file,
`berdaya` answers with one of its documented exit codes and never with a traceback.

Argument lists are drawn from the real parser's own commands, options and choices (so a new option is
fuzzed as soon as it exists), mixed with awkward values and with paths to a mutated copy of the sample
scenario. Each example runs in a fresh folder whose scenario library is a copy of the sample, so no
command can write into the repository; the window is not opened in-process (start_game is replaced),
but the subprocess runs open it with the dummy driver and stop after the first frame. `screenshots`
and `bench` (developer tools that take seconds) and the LRS options (network) are left out.

Exit codes: 0 done, 1 errors found, 2 usage, 3 a crash of ours (never allowed here), 4 records not all
kept. A failing input goes into tests/corpus/ as cli-NAME.args (one argument a line, after a `# once:`
line; {corpus} stands for that folder, for a scenario file kept there) and is replayed by
test_the_corpus_of_command_lines.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from game import cli
from game.authoring import cli as authoring_cli
from game.cli import play as play_command
from game.content import library
from game.content import watch as watch_module

from .conftest import ROOT, SAMPLE

pytestmark = pytest.mark.slow

DOCUMENTED = {0, 1, 2, 4}  # 3 is a crash: never
LEFT_OUT_COMMANDS = {"screenshots", "bench"}
LEFT_OUT_OPTIONS = re.compile(r"lrs")
ENDLESS = {("validate", "--watch")}  # watches until Ctrl+C by design (tests/content/test_watch.py drives it)
BUDGET_S = 40.0  # in-process examples stop being run after this; CI time stays bounded
CORPUS = sorted((ROOT / "tests" / "corpus").glob("cli-*.args"))
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
PLAN_TEXT = SAMPLE.with_name("sample-dapur-sehat.plan.yaml").read_text(encoding="utf-8")


def command_specs() -> dict:
    """command -> (option flag lists, {flag: choices, or None for a flag without a value})."""
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    specs = {}
    for name, command in sub.choices.items():
        if name in LEFT_OUT_COMMANDS:
            continue
        flags, choices = [], {}
        for action in command._actions:
            wanted = [
                f
                for f in action.option_strings
                if not LEFT_OUT_OPTIONS.search(f) and (name, f) not in ENDLESS
            ]
            if action.option_strings and len(wanted) == len(action.option_strings):
                flags.append(wanted)
                for flag in wanted:
                    choices[flag] = None if action.nargs == 0 else [str(c) for c in action.choices or ()]
        specs[name] = (flags, choices)
    return specs


SPECS = command_specs()
FILES = [
    "mutant.yaml",
    "mutant.yaml",
    "library/sample-dapur-sehat.yaml",
    "sample-dapur-sehat",
    "mutant.plan.yaml",
    "export.json",
    "missing.yaml",
    "library",
]
VALUES = FILES + [
    ".",
    "out.png",
    "out.svg",
    "out.dot",
    "out.md",
    "out.json",
    "out.yaml",
    "texts.csv",
    "export.json",
    "records.db",
    "0",
    "1",
    "2",
    "-1",
    "1000",
    "99999999999999999999",
    "1e3",
    "nan",
    "musdes.2",
    "kantor.pramusdes",
    "musdes.data_kader",
    "moral_kader=70",
    "moral_kader=",
    "=",
    "x=1.5.3",
    "1,2,1",
    "1,,x",
    "first",
    "random",
    "id",
    "en",
    "",
    " ",
    "-",
    "--",
    "ä漢字🙂",
    "\u202e",
    "a" * 300,
]
TOKENS = ["", "0", "-1", "null", "[]", "{}", ":", "- -", "END", "next", "'x", "&a x", "*a", "ä漢字🙂", "\t"]


def value_for(flag_choices):
    return st.one_of(st.sampled_from(flag_choices or VALUES), st.sampled_from(VALUES), st.text(max_size=12))


@st.composite
def command_lines(draw):
    """[command, a file, options and values in any order], sometimes after the game's own options."""
    name = draw(st.sampled_from(sorted(SPECS)))
    flags, choices = SPECS[name]
    tail = [draw(st.sampled_from(FILES))] if draw(st.integers(0, 3)) else []
    for _ in range(draw(st.integers(0, 6))):
        if flags and draw(st.integers(0, 7)):  # now and then a stray value instead
            flag = draw(st.sampled_from(draw(st.sampled_from(flags))))
            wanted = choices.get(flag)
            tail.append(flag)
            if wanted is not None and draw(st.integers(0, 9)):  # a value, nearly always
                tail.append(draw(value_for(wanted)))
        else:
            tail.append(draw(value_for([])))
    head = draw(
        st.lists(st.sampled_from(["--projector", "--workshop", "--scenarios", "library"]), max_size=2)
    )
    return [*head, name, *draw(st.permutations(tail))]


@st.composite
def mutants(draw):
    """The sample scenario with a few lines deleted, doubled, swapped or given an awkward token."""
    lines = SAMPLE_TEXT.splitlines()
    for _ in range(draw(st.integers(0, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["delete", "double", "swap", "token", "value", "cut"]))
        if kind == "delete":
            del lines[i]
        elif kind == "double":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "token":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.sampled_from(TOKENS)) + lines[i][at:]
        elif kind == "value" and ":" in lines[i]:
            key = lines[i].split(":", 1)[0]
            lines[i] = f"{key}: {draw(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)))}"
        elif kind == "cut":
            lines = lines[: max(1, i)]
        if not lines:
            lines = [""]
    return "\n".join(lines) + "\n"


def sandbox(folder: Path, mutant: str) -> None:
    """A fresh folder: the mutant beside the sample's plan, a one-scenario library, a few inputs."""
    (folder / "library").mkdir()
    (folder / "library" / "sample-dapur-sehat.yaml").write_text(SAMPLE_TEXT, encoding="utf-8")
    (folder / "library" / "sample-dapur-sehat.plan.yaml").write_text(PLAN_TEXT, encoding="utf-8")
    (folder / "mutant.yaml").write_text(mutant, encoding="utf-8")
    (folder / "mutant.plan.yaml").write_text(
        PLAN_TEXT.replace("sample-dapur-sehat", "mutant"), encoding="utf-8"
    )
    (folder / "texts.csv").write_text("id,field,id_text,en_text\nx,y,z,w\n", encoding="utf-8")
    (folder / "export.json").write_text('{"sessions": [{"id": 1, "decisions": []}]}', encoding="utf-8")


def stream():
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="replace", write_through=True)


def text_of(wrapper) -> str:
    return wrapper.buffer.getvalue().decode("utf-8", "replace")


def crash_report(err: str) -> str:
    found = re.search(r"the full report is in (\S+?)\. ", err)
    return Path(found.group(1)).read_text(encoding="utf-8") if found else err


def run_in_process(argv, folder: Path, answers: str = "") -> tuple:
    """(exit code, stdout, stderr) of cli.main(argv) run in `folder`, with typed `answers` on stdin."""
    out, err = stream(), stream()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        patch.setattr(library, "SCENARIOS_DIR", folder / "library")
        patch.setattr(authoring_cli, "SCENARIOS_DIR", folder / "library")
        patch.setattr(cli, "start_game", lambda args: cli.EXIT_OK)  # the window: see the subprocess runs
        patch.setattr(play_command, "start_game", lambda args: cli.EXIT_OK)
        patch.setattr(sys, "stdin", io.StringIO(answers))
        patch.setattr(watch_module, "watch", lambda *args, **kw: None)  # one report, not a watch until Ctrl+C
        try:
            with redirect_stdout(out), redirect_stderr(err):
                code = cli.main(argv)
        except SystemExit as exc:  # argparse: 2 for a usage error, 0 after --help
            code = 0 if exc.code is None else exc.code
    return code, text_of(out), text_of(err)


def assert_documented(argv, code, out: str, err: str) -> None:
    assert code != cli.EXIT_CRASH, f"{argv!r} crashed:\n{crash_report(err)}"
    assert code in DOCUMENTED, f"{argv!r} exited {code!r}\n{err}"
    assert "Traceback" not in out + err, f"{argv!r}\n{err}"


def fresh_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="berdaya-fuzz-cli-"))


_START = {}


@settings(
    max_examples=3000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(argv=command_lines(), mutant=mutants(), answers=st.text(alphabet="0123456789q\n ", max_size=12))
def test_any_command_line_ends_with_a_documented_code(argv, mutant, answers):
    started = _START.setdefault("t", time.monotonic())
    if time.monotonic() - started > BUDGET_S:
        return  # the time bound for CI: the remaining examples pass without running
    folder = fresh_folder()
    try:
        sandbox(folder, mutant)
        code, out, err = run_in_process(argv, folder, answers)
        event(f"exit {code}")  # pytest --hypothesis-show-statistics shows how deep the runs went
        assert_documented(argv, code, out, err)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_subprocess(argv, folder: Path):
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        BERDAYA_EXIT_AFTER_FIRST_FRAME="1",
    )
    return subprocess.run(
        [sys.executable, "-m", "game.cli", *argv],
        capture_output=True,
        text=True,
        cwd=folder,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


@settings(max_examples=6, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(argv=command_lines(), mutant=mutants())
def test_command_lines_as_real_processes(argv, mutant):
    argv = [arg.replace("\0", "") for arg in argv]  # a process argument cannot hold NUL
    folder = fresh_folder()
    try:
        sandbox(folder, mutant)
        argv = [str(folder / arg) if arg in ("mutant.yaml", "library") else arg for arg in argv]
        done = run_subprocess(argv, folder)
        assert_documented(argv, done.returncode, done.stdout, done.stderr)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_window_commands_open_and_stop_in_a_real_process(tmp_path):
    sandbox(tmp_path, SAMPLE_TEXT)
    for argv in ([], ["play", str(tmp_path / "mutant.yaml"), "--lang", "en"]):
        done = run_subprocess(argv, tmp_path)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr


def corpus_entry(path: Path) -> list:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("# once:"), f"{path.name}: the first line says what it broke"
    return [line.replace("{corpus}", str(path.parent)) for line in lines[1:]]  # a file kept beside it


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_the_corpus_of_command_lines(path):
    argv = corpus_entry(path)
    folder = fresh_folder()
    try:
        sandbox(folder, SAMPLE_TEXT)
        started = time.monotonic()
        code, out, err = run_in_process(argv, folder)
        assert_documented(argv, code, out, err)
        assert time.monotonic() - started < 5
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_fuzzer_sees_a_crash():
    """The harness itself: a handler that raises is reported as a crash, not passed over."""
    folder = fresh_folder()
    try:
        sandbox(folder, SAMPLE_TEXT)
        with pytest.MonkeyPatch.context() as patch:
            parser = cli.build_parser()
            args = parser.parse_args(["validate", "mutant.yaml"])
            args.handler = lambda _args: 1 / 0
            patch.setattr(cli, "build_parser", lambda: type("P", (), {"parse_args": lambda s, a: args})())
            code, out, err = run_in_process(["validate", "mutant.yaml"], folder)
        with pytest.raises(AssertionError, match="crashed"):
            assert_documented(["validate"], code, out, err)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
