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
    # statements it holds, and each is confirmed one by one (PUT 204), never counted blindly
    assert send_statements(real_lrs, statements, USER, PASSWORD, outbox, resend=True).stored == len(
        statements
    )
    assert len(get_statements(real_lrs, USER, PASSWORD)) == len(statements)
    assert not outbox.exists()
