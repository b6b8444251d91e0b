"""Every records export that once crashed `report` (tests/corpus/*.json, noted in tests/corpus/README.md):
exit 1 and one plain message naming the file and what is wrong, never a traceback, each under 5 s.

Also the check behind it: a sweep of one wrong-typed value at every place of a real export, with and
without the scenario's words, ends in a report or in that message - nothing else."""

from __future__ import annotations

import argparse
import copy
import datetime
import io
import json
import re
import subprocess
import sys
import time

import pytest

from game.records.cli_commands import add_record_arguments
from game.records.export import ExportError, from_csv, from_json, to_csv, to_json

from ..conftest import ROOT
from .conftest import tiny_scenario

pytestmark = pytest.mark.slow  # a report per damaged export, in-process and as a process: about 13 s

CORPUS = ROOT / "tests" / "corpus"
EXPORTS = sorted(CORPUS.glob("*.json"))
README = (CORPUS / "README.md").read_text(encoding="utf-8")
NOW = datetime.datetime(2024, 6, 1, tzinfo=datetime.timezone.utc)


def report(path, scenarios=None, tmp_path=None):
    parser = argparse.ArgumentParser()
    add_record_arguments(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["report", str(path), "-o", str(tmp_path / "r.html"), "--lang", "en"])
    err = io.StringIO()
    return args.handler(args, scenarios=scenarios, err=err), err.getvalue()


def test_every_export_in_the_corpus_says_what_it_once_broke():
    assert len(EXPORTS) >= 20
    noted = set(re.findall(r"^- `([^`]+\.json)`: once: \S", README, flags=re.M))
    assert noted == {p.name for p in EXPORTS}, "each JSON in tests/corpus needs its line in README.md"


@pytest.mark.parametrize("path", EXPORTS, ids=[p.name for p in EXPORTS])
@pytest.mark.parametrize("words", [False, True], ids=["ids", "scenario words"])
def test_a_plain_message_in_process(path, words, tmp_path):
    started = time.monotonic()
    code, message = report(path, {"tiny": tiny_scenario()} if words else None, tmp_path)
    indonesian, english = message.splitlines()  # Bahasa Indonesia first, English second
    assert code == 1 and indonesian.startswith(f"galat: {path}: ") and english.startswith(f"error: {path}: ")
    assert message.count("\n") == 2, message
    assert not (tmp_path / "r.html").exists()
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("path", EXPORTS, ids=[p.name for p in EXPORTS])
def test_a_plain_message_from_the_command_line(path, tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), "report", str(path), "-o", str(tmp_path / "r.html")],
        capture_output=True,
        text=True,
        timeout=5,
        cwd=ROOT,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stderr.startswith(f"galat: {path}: ") and f"\nerror: {path}: " in done.stderr


@pytest.fixture(scope="module")
def export_text(tmp_path_factory):
    from game.engine.session import Session
    from game.records.recorder import SessionRecorder
    from game.records.store import RecordStore

    from .conftest import FakeClock

    scenario = tiny_scenario()
    store = RecordStore.open(tmp_path_factory.mktemp("db") / "r.db", clock=FakeClock())
    for n, picks in enumerate([[0, 0, 0], [1, 1, 1], [0, 2]]):
        session = Session(scenario, seed=n)
        recorder = SessionRecorder.begin(store, session, f"P{n}", "id")
        session.reflect("jawaban")
        for index in picks:
            session.choose(index)
            recorder.after_choice(votes={"listen": 2} if n == 1 else None)
        recorder.finish()
    return to_json(store.sessions(), NOW), store.sessions()


def _places(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value[:2]):
            yield from _places(item, path + (index,))


def test_no_value_of_the_wrong_type_anywhere_in_an_export_crashes_the_report(export_text):
    from game.records.report import build_report
    from game.records.summary import merge

    text, _ = export_text
    base, scenario = json.loads(text), tiny_scenario()
    refused = reported = 0
    for place in list(_places(base))[1:]:
        for value in (None, -1, "x", [1], {"a": None}, float("nan")):
            document = copy.deepcopy(base)
            target = document
            for key in place[:-1]:
                target = target[key]
            target[place[-1]] = value
            try:
                sessions = from_json(json.dumps(document), "e.json")
            except ExportError as exc:
                assert str(exc).startswith("e.json: "), exc
                refused += 1
                continue
            for words in (None, {"tiny": scenario}):
                build_report(merge(sessions), "en", NOW, words)
            reported += 1
    assert refused > 300 and reported > 100, (refused, reported)


def test_csv_exports_get_the_same_checks(export_text):
    _, sessions = export_text
    text = to_csv(sessions)
    assert from_csv(text) == json.loads(json.dumps(sessions))
    import csv

    rows = list(csv.DictReader(io.StringIO(text)))
    next(r for r in rows if r["kind"] == "decision")["deltas"] = '"lots"'  # JSON, but not an object
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    damaged = out.getvalue()
    with pytest.raises(
        ExportError, match=r"class\.csv: session \d of 3 .*'deltas' should be an object of numbers"
    ):
        from_csv(damaged, "class.csv")
