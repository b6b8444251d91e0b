"""Statements sent to a real open-source LRS (Ralph, filesystem backend) and read back equal.

Ralph lives in its own virtualenv, cached between runs (its pins never touch
the game's): the first run builds it (about a minute), later runs reuse it.
The test is skipped, with the reason, only when Ralph cannot be installed here
(no network, no venv module...) or when BERDAYA_SKIP_REAL_LRS=1; once installed,
a server that does not start is a failure, not a skip.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request
import venv
from pathlib import Path

import pytest

from game.records import xapi
from game.records.lrs import get_statements, send_statements
from game.records.store import RecordStore

pytestmark = pytest.mark.slow  # builds Ralph's virtualenv the first time (about 1.5 min), then a server

RALPH = "ralph-malph[lrs,cli]==5.1.0"
USER, PASSWORD = "trainer", "rahasia-lrs"
SERVER_KEYS = {"stored", "authority", "version"}  # what an LRS adds to a statement

LAUNCHER = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend
FSDataBackend.default_operation_type = BaseOperationType.APPEND  # else the fs backend refuses a second write
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""

# what `ralph auth -u USER -p PASSWORD -s all -A USER HOME -w` writes, without its slow start
CREDENTIALS = """
import bcrypt, json, sys
path, user, password = sys.argv[1:]
hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()
agent = {"account": {"homePage": "https://berdaya.example", "name": user}, "objectType": "Agent"}
json.dump([{"agent": agent, "scopes": ["all"], "hash": hashed, "username": user}], open(path, "w"))
"""


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "berdaya-tests" / ("ralph-" + RALPH.split("==")[1])


def _python(env_dir: Path) -> Path:
    return env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _ralph_venv() -> Path:
    """The cached virtualenv with Ralph in it; pytest.skip with the reason when it cannot be made."""
    if os.environ.get("BERDAYA_SKIP_REAL_LRS") == "1":
        pytest.skip("BERDAYA_SKIP_REAL_LRS=1")
    env_dir = _cache_dir()
    ready = env_dir / "installed.ok"
    if ready.exists() and _python(env_dir).exists():
        return env_dir
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    except Exception as exc:  # noqa: BLE001 - any failure here means: cannot install
        pytest.skip(f"cannot create a virtualenv for the LRS ({exc})")
    try:
        done = subprocess.run(
            [
                str(_python(env_dir)),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--timeout",
                "30",
                "--retries",
                "1",
                RALPH,
                "requests",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    except subprocess.TimeoutExpired:
        pytest.skip(f"installing {RALPH} took over 10 minutes")
    if done.returncode != 0:
        tail = " | ".join((done.stderr or done.stdout).strip().splitlines()[-3:])
        pytest.skip(f"{RALPH} cannot be installed here: {tail}")
    ready.write_text(RALPH)
    return env_dir


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(proc, url: str, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the LRS stopped at start: {log.read_text()[-800:]}")
        try:
            with urllib.request.urlopen(url + "__heartbeat__", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail("the LRS did not answer within 60 seconds of starting")


@pytest.fixture(scope="module")
def real_lrs(tmp_path_factory):
    yield from _ralph(tmp_path_factory)


@pytest.fixture
def empty_lrs(tmp_path_factory):
    """A Ralph of its own (about 2 s to start): the workshop's report reads everything it holds."""
    yield from _ralph(tmp_path_factory)


def _ralph(tmp_path_factory):
    env_dir = _ralph_venv()
    home = tmp_path_factory.mktemp("ralph")
    (home / "data").mkdir()
    env = dict(
        os.environ,
        RALPH_RUNSERVER_BACKEND="fs",
        RALPH_APP_DIR=str(home / "app"),
        RALPH_AUTH_FILE=str(home / "auth.json"),
        RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=str(home / "data"),
    )
    (home / "launch.py").write_text(LAUNCHER)
    port = _free_port()
    log = home / "server.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [str(_python(env_dir)), str(home / "launch.py"), str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/xAPI/"
    try:
        # while the server starts: its credentials file (Ralph reads it at each request)
        made = subprocess.run(
            [str(_python(env_dir)), "-c", CREDENTIALS, str(home / "auth.json"), USER, PASSWORD],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if made.returncode != 0:
            pytest.fail(f"the LRS's credentials could not be made: {made.stderr[-800:]}")
        _wait_until_up(proc, f"http://127.0.0.1:{port}/", log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _strip(statement: dict) -> dict:
    return {k: v for k, v in statement.items() if k not in SERVER_KEYS}


def test_statements_posted_to_ralph_read_back_equal(real_lrs, tmp_path, clock, ids, play):
    store = RecordStore.open(tmp_path / "r.db", clock=clock, new_id=ids)
    play(store, "Ani", [0, 0, 0])
    play(store, "Tim Melati", [1, 1, 1])
    play(store, "Budi", [1, 2], finish=False)
    statements = xapi.statements(store.sessions())
    outbox = tmp_path / "outbox.json"

    ledger = tmp_path / "sent.json"
    assert send_statements(real_lrs, statements, USER, PASSWORD, outbox, ledger).stored == len(statements)
    stored = {s["id"]: _strip(s) for s in get_statements(real_lrs, USER, PASSWORD)}
    assert stored == {s["id"]: s for s in json.loads(json.dumps(statements))}

    # the next export sends nothing: Ralph acknowledged every id
    again = send_statements(real_lrs, statements, USER, PASSWORD, outbox, ledger)
    assert (again.stored, again.earlier) == (0, len(statements))

    # sending everything again (a retry without the ledger) stores nothing twice: Ralph answers 204 for
    # statements it holds, and each session's statements it holds (GET ?registration=) confirm them
    again = send_statements(real_lrs, statements, USER, PASSWORD, outbox, resend=True)
    assert (again.stored, again.held, again.conflicts) == (0, len(statements), ())
    assert len(get_statements(real_lrs, USER, PASSWORD)) == len(statements)
    assert not outbox.exists()


# -- a 12-laptop workshop, into Ralph and back into the report ------------------------------------------

LEARNERS = [  # (name, learner id): three "Ani Suryani" and two "Budi Santoso", each their own learner
    ("Ani Suryani", "198703012010012001"),
    ("Ani Suryani", "ani.suryani@slemankab.go.id"),
    ("Ani Suryani", "199001152015032002"),
    ("Budi Santoso", "198512202009011003"),
    ("Budi Santoso", "budi.s@gunungkidulkab.go.id"),
    ("Citra Lestari", "199204042019022004"),
    ("Dewi Anggraini", "198808082012012005"),
    ("Eko Prasetyo", "199109092016031006"),
    ("Fitri Handayani", "198606062011012007"),
    ("Gilang Ramadhan", "199303032020121008"),
    ("Hendra Wijaya", "198404042008011009"),
    ("Indah Permata", "199505052021012010"),
]
CLASS = {"class_name": "Pelatihan Kabid PMD Angkatan 3", "batch": "3"}


def _laptop(db, number, name, learner_id, scenario):
    """One laptop's records: a finished session and, on every third laptop, one left before the end."""
    import datetime

    from game.analysis.bounds import score_bounds
    from game.engine.session import Session
    from game.records.recorder import SessionRecorder

    from .conftest import FakeClock

    start = datetime.datetime(2026, 7, 6, 2, 0, tzinfo=datetime.timezone.utc) + datetime.timedelta(
        minutes=number
    )
    store = RecordStore.open(db, clock=FakeClock(start.isoformat()))
    identity = dict(
        CLASS,
        learner_id=learner_id,
        organisation=f"Dinas PMD Kabupaten {'Sleman' if number % 2 else 'Bantul'}",
    )
    plays = [[number % 2, number % 3, number % 2]] + ([[1, 0]] if number % 3 == 0 else [])
    for index, choices in enumerate(plays):
        session = Session(scenario, seed=number, bounds=score_bounds(scenario))
        recorder = SessionRecorder.begin(store, session, name, "id", **identity)
        for choice in choices:
            session.choose(choice)
            recorder.after_choice()
        if index == 0:
            recorder.finish()
        else:
            recorder.abandon()
    store.close()


def _run(*argv):
    import argparse
    import io

    from game.records.cli_commands import add_record_arguments

    parser = argparse.ArgumentParser()
    add_record_arguments(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    err = io.StringIO()
    code = (
        args.handler(args, out=io.StringIO(), err=err) if argv[0] == "export" else args.handler(args, err=err)
    )
    return code, err.getvalue()


def test_a_twelve_laptop_workshop_into_ralph_and_back_into_the_report(empty_lrs, tmp_path, scenario):
    real_lrs = empty_lrs
    from game.records.xapi_read import sessions_from_statements

    dbs = []
    for number, (name, learner_id) in enumerate(LEARNERS):
        db = tmp_path / f"laptop-{number + 1:02d}" / "records.sqlite3"
        db.parent.mkdir()
        _laptop(db, number, name, learner_id, scenario)
        dbs.append(db)
    login = ["--lrs", real_lrs, "--lrs-user", USER, "--lrs-password", PASSWORD]
    expected = 0
    for db in dbs:
        code, message = _run("export", "--db", str(db), *login)
        made = xapi.statements(RecordStore.open(db).sessions())
        expected += len(made)
        assert code == 0 and f"sent {len(made)} statement(s); 0 already there" in message, message
    held = get_statements(real_lrs, USER, PASSWORD)
    assert len(held) == len({s["id"] for s in held}) == expected

    # one laptop sends again: nothing is sent, nothing doubled
    code, message = _run("export", "--db", str(dbs[4]), *login)
    assert code == 0 and "sent 0 statement(s)" in message and "0 conflict(s)" in message, message
    # ...and again without its ledger (a copy of its database elsewhere): found in Ralph, not doubled
    (dbs[4].parent / "xapi-sent.json").unlink()
    code, message = _run("export", "--db", str(dbs[4]), *login)
    assert code == 0 and "0 conflict(s)" in message, message
    assert len(get_statements(real_lrs, USER, PASSWORD)) == expected

    originals = {s["id"]: s for db in dbs for s in RecordStore.open(db).sessions()}
    sessions = sessions_from_statements(get_statements(real_lrs, USER, PASSWORD))
    assert len({s["learner_id"] for s in sessions}) == 12 and len({s["player"] for s in sessions}) == 9
    assert {s["class_name"] for s in sessions} == {CLASS["class_name"]}
    assert {s["status"] for s in sessions} == {"finished", "abandoned"}
    assert {s["id"] for s in sessions} == set(originals)
    for session in sessions:
        original = originals[session["id"]]
        for key in (
            "player",
            "learner_id",
            "organisation",
            "batch",
            "decisions",
            "scores",
            "status",
            "pass_mark",
        ):
            assert session[key] == original[key], key

    report = tmp_path / "laporan.html"
    code, message = _run("report", *login, "-o", str(report))
    assert code == 0 and f"{len(originals)} session(s)" in message, message
    html = report.read_text(encoding="utf-8")
    assert all(learner_id in html or name in html for name, learner_id in LEARNERS)
