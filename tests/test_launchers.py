"""The launchers shipped at the repository root, for trainers who never open a terminal (issue 14).

berdaya.sh and periksa-skenario.sh run in a sandbox folder (with a space in its name) against a fake
python on PATH that writes down each call; the .bat files cannot run here (no Windows), so their
content is checked for the commands, the quoting and the CRLF line endings cmd.exe wants."""

import os
import shutil
import subprocess

import pytest

from .conftest import ROOT

BASH = shutil.which("bash")

FAKE_PYTHON = """#!/bin/bash
# a fake python: writes down how it was called; `-m venv DIR` makes DIR/bin/python, another fake
echo "$(basename "$0") $*" >> "$LOG"
if [ "$1 $2" = "-m venv" ]; then
    mkdir -p "$3/bin" && cp "$0" "$3/bin/python"
elif [ "$1" = "-c" ]; then
    echo "$USER_FOLDER"
elif [ "$1" = "-m" ] && [ -n "$PIP_FAILS" ]; then
    exit 1
fi
exit 0
"""


@pytest.fixture
def sandbox(tmp_path):
    home = tmp_path / "Pak Budi" / "berdaya main"
    home.mkdir(parents=True)
    for name in ("berdaya.sh", "periksa-skenario.sh"):
        shutil.copy(ROOT / name, home / name)
    (home / "run_game.py").write_text("")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "python3"
    fake.write_text(FAKE_PYTHON)
    fake.chmod(0o755)
    env = {
        "PATH": f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin",
        "LOG": str(tmp_path / "calls.log"),
        "USER_FOLDER": str(tmp_path / "data dir" / "scenarios"),
        "HOME": str(tmp_path),
    }
    return home, env, tmp_path / "calls.log"


def run(script, env, *args):
    return subprocess.run(
        [BASH, str(script), *args], env=env, input="", capture_output=True, text=True, timeout=30
    )


def calls(log):
    return log.read_text().splitlines() if log.exists() else []


@pytest.mark.parametrize("name", ["berdaya.sh", "periksa-skenario.sh"])
def test_shell_launchers_parse(name):
    result = subprocess.run(["bash", "-n", str(ROOT / name)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert os.access(ROOT / name, os.X_OK), f"{name} is not executable"


def test_first_run_makes_the_venv_installs_then_starts(sandbox):
    home, env, log = sandbox
    result = run(home / "berdaya.sh", env)
    assert result.returncode == 0, result.stderr
    venv = home / ".venv"
    assert calls(log) == [
        f"python3 -m venv {venv}",
        f"python -m pip install --quiet {home}",
        f"python {home / 'run_game.py'}",
    ]
    # the second run only starts the game, and hands its arguments on
    log.unlink()
    result = run(home / "berdaya.sh", env, "validate", "my file.yaml")
    assert result.returncode == 0, result.stderr
    assert calls(log) == [f"python {home / 'run_game.py'} validate my file.yaml"]


def test_a_failed_install_says_so_in_both_languages_and_is_tried_again(sandbox):
    home, env, log = sandbox
    result = run(home / "berdaya.sh", {**env, "PIP_FAILS": "1"})
    assert result.returncode == 1
    assert "Gagal memasang" in result.stderr and "Could not install" in result.stderr
    assert not any("run_game.py" in c for c in calls(log)), "the game started without its packages"
    log.unlink()
    assert run(home / "berdaya.sh", env).returncode == 0
    assert calls(log)[-1] == f"python {home / 'run_game.py'}"
    assert "pip install" in calls(log)[-2]


def test_no_python_says_where_to_get_it(sandbox, tmp_path):
    home, env, log = sandbox
    empty = tmp_path / "empty"
    empty.mkdir()
    for tool in ("dirname", "touch"):  # the few tools the script needs, without any python
        (empty / tool).symlink_to(shutil.which(tool))
    result = run(home / "berdaya.sh", {**env, "PATH": str(empty)})
    assert result.returncode == 1
    assert "Python belum terpasang" in result.stderr and "Python is not installed" in result.stderr
    assert calls(log) == []


def test_check_script_validates_the_user_folder_or_the_paths_given(sandbox):
    home, env, log = sandbox
    assert run(home / "periksa-skenario.sh", env).returncode == 1  # before the first berdaya.sh
    assert calls(log) == []
    assert run(home / "berdaya.sh", env).returncode == 0
    log.unlink()
    result = run(home / "periksa-skenario.sh", env)
    assert result.returncode == 0, result.stderr
    folder = env["USER_FOLDER"]
    assert calls(log)[1:] == [f"python {home / 'run_game.py'} validate {folder}"]
    assert calls(log)[0].startswith("python -c ")
    assert os.path.isdir(folder) and folder in result.stdout
    log.unlink()
    assert run(home / "periksa-skenario.sh", env, "a b.yaml").returncode == 0
    assert calls(log) == [f"python {home / 'run_game.py'} validate a b.yaml"]


@pytest.mark.parametrize("name", ["Berdaya.bat", "Periksa-Skenario.bat"])
def test_bat_files_have_crlf_lines(name):
    data = (ROOT / name).read_bytes()
    assert data.count(b"\n") > 5
    assert data.count(b"\r\n") == data.count(b"\n"), f"{name} has lines without CRLF"
    assert data.isascii(), f"{name} should be plain ASCII for cmd.exe's code page"


def test_windows_launcher_commands():
    text = (ROOT / "Berdaya.bat").read_text()
    for part in (
        'py -3 --version',
        'python --version',
        '%PY% -m venv "%VENV%"',
        '"%VENV%\\Scripts\\python.exe" -m pip install --quiet "%HERE%."',
        '"%VENV%\\Scripts\\python.exe" "%HERE%run_game.py" %*',
        "Add python.exe to PATH",
        "Python belum terpasang",
        "pause",
    ):
        assert part in text, part
    # the order: venv, then pip, then the game
    assert text.index("-m venv") < text.index("pip install") < text.index("run_game.py")


def test_windows_check_launcher_commands():
    text = (ROOT / "Periksa-Skenario.bat").read_text()
    assert 'run_game.py" validate %*' in text and 'validate "%FOLDER%"' in text
    assert "folders().user_scenarios" in text and "pause" in text
    assert text.count("pause") >= 2  # the window stays open on every way out
