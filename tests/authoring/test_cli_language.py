"""Every trainer-facing line of the commands follows --lang (issue 14): with --lang id no English-only
line is left (a list of English words must not appear), with --lang en the English is there. The
commands run in-process (game.cli.main) on a small good scenario, a broken one and a play-plan; the
JSON outputs keep their keys whatever the language."""

import io
import json
import re

import pytest

from game.cli import main

from ..scenario_text import BASE, replace

# words that only an English line has (scenario ids, keys and commands are left out of the check)
ENGLISH = re.compile(
    r"\b(error|errors|warning|warnings|wrote|written|passed|failed|PASS|FAIL|note|hint|has|cannot|"
    r"already|exists|checked|Scenario|Endings|Playthroughs|Competencies|Misconceptions|reachable|"
    r"UNREACHABLE|distinct|explored|decisions|nodes|edges|give|fix|next|gates|runs|strategy|"
    r"texts?|changed|unchanged|unknown|trial|recorded|start|ending|if|otherwise)\b"
)
INDONESIAN = re.compile(r"\b(kesalahan|peringatan|ditulis|lulus|gagal|catatan|diperiksa|akhir|jika)\b", re.I)
PLAN = "plans:\n  - name: bersama\n    choices: [a.1, b.1]\n    expect: {ending: good}\n"
WRONG_PLAN = "plans:\n  - name: salah\n    choices: [a.2, b.1]\n    expect: {ending: good}\n"


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)  # the outputs name files relative to here, not by the test's own name
    (tmp_path / "baik.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "baik.plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "rusak.yaml").write_text(
        replace("        next: b\n", "        next: bb\n", BASE), encoding="utf-8"
    )
    (tmp_path / "salah").mkdir()
    (tmp_path / "salah" / "baik.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "salah" / "baik.plan.yaml").write_text(WRONG_PLAN, encoding="utf-8")
    (tmp_path / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\nnot a graph")
    return tmp_path


# each command line a trainer may give: the good file, the broken one, refusals and writes
COMMANDS = [
    ["validate", "baik.yaml"],
    ["validate", "rusak.yaml"],
    ["validate", "tidak-ada.yaml"],
    ["analyze", "baik.yaml"],
    ["analyze", "rusak.yaml"],
    ["analyze", "tidak-ada"],
    ["analyze", "baik.yaml", "--cues", "--runs", "3"],
    ["test", "baik.plan.yaml"],
    ["test", "salah"],
    ["test", "rusak.yaml"],
    ["graph", "baik.yaml", "-o", "peta.svg"],
    ["graph", "baik.yaml", "-o", "peta.html"],
    ["graph", "baik.yaml", "--format", "mermaid"],
    ["graph", "baik.yaml", "--format", "dot"],
    ["graph", "rusak.yaml", "-o", "rusak.svg"],
    ["graph", "baik.yaml", "-o", "foto.png"],
    ["graph", "baik.yaml", "-o", "peta.txt"],
    ["graph", "tidak-ada"],
    ["strings", "baik.yaml", "--export", "teks.csv"],
    ["strings", "baik.yaml", "--export", "teks.csv"],  # the second time: refused
    ["strings", "baik.yaml", "--import", "teks.csv"],
    ["strings", "tidak-ada.yaml", "--export", "x.csv"],
    ["schema", "-o", "skema.json"],
    ["schema", "-o", "baik.yaml"],
    ["new", "coba"],
    ["new", "coba"],  # the second time: refused
    ["new", "lain/coba.yaml"],
    ["new", "Bukan Id!"],
    ["play", "--text", "rusak.yaml"],
    ["play", "--text", "tidak-ada"],
    ["play", "--text", "baik.yaml", "--auto", "first"],
    ["play", "--text", "baik.yaml", "--choices", "9"],
    ["play", "--text", "baik.yaml", "--choices", ",,"],
    ["play", "--text", "baik.yaml", "--start-at", "tidak-ada"],
    ["play", "--text", "baik.yaml", "--set", "trust=999", "--choices", "1,1"],
    ["validate", "baik.yaml", "--formt", "json"],  # argparse's complaints too
    ["graph", "baik.yaml", "--format", "pdf"],
    ["play", "--text", "baik.yaml", "--seed", "abc"],
]


def run_all(lang: str, capsys, monkeypatch) -> list:
    said = []
    for args in COMMANDS:
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        try:
            code = main([*args, "--lang", lang])
        except SystemExit as exc:  # argparse's complaint about the command line
            code = exc.code
        out, err = capsys.readouterr()
        said.append((args, code, out, err))
    return said


def told(args, out: str, here) -> str:
    """What a trainer reads: the drawings' markup, the folder's path (it has the test's name), the
    options (--text) and the scenario's own words left out."""
    if args[0] == "graph" and "--format" in args:  # Mermaid or DOT text: its labels only
        out = " ".join(re.findall(r'label="([^"]*)"' if "dot" in args else r'"([^"]*)"', out))
    out = re.sub(r"--[a-z][a-z-]*", "", out.replace(str(here), ""))
    return out.replace("baik.yaml", "").replace("rusak.yaml", "")


def test_with_lang_id_no_line_is_english_only(files, capsys, monkeypatch):
    for args, code, out, err in run_all("id", capsys, monkeypatch):
        assert code in (0, 1, 2), (args, err)
        for line in told(args, out + "\n" + err, files).splitlines():
            found = ENGLISH.findall(line)
            assert not found, f"{' '.join(args)} --lang id says in English {found}: {line!r}"
        assert "Traceback" not in out + err
    for picture in ("peta.svg", "peta.html"):
        drawn = " ".join(
            re.findall(r"<text[^>]*>([^<]*)</text>", (files / picture).read_text(encoding="utf-8"))
        )
        assert "(mulai)" in drawn and not ENGLISH.findall(drawn), drawn


def test_with_lang_en_the_english_is_there(files, capsys, monkeypatch):
    said = {}
    for args, _code, out, err in run_all("en", capsys, monkeypatch):
        said.setdefault(" ".join(args), out + err)  # a command given twice: its first answer
    expected = {
        "validate rusak.yaml": ["error B020", "1 file(s) checked: 1 error(s)"],
        "analyze baik.yaml": ["Scenario mini", "Endings:"],
        "analyze rusak.yaml": ["has 1 error(s); fix them first"],
        "analyze baik.yaml --cues --runs 3": ["Cue bias in mini", "G1 "],
        "test baik.plan.yaml": ["PASS ", "1 passed, 0 failed"],
        "test salah": ["FAIL ", "expected ending 'good'", "0 passed, 1 failed"],
        "graph baik.yaml -o peta.svg": ["wrote peta.svg ("],
        "graph rusak.yaml -o rusak.svg": ["note: ", "the graph shows it as far as it can be read"],
        "graph baik.yaml -o foto.png": ["error: ", "is not a graph this command wrote"],
        "strings baik.yaml --export teks.csv": ["wrote ", "texts to teks.csv"],
        "strings baik.yaml --import teks.csv": ["text(s) changed"],
        "schema -o skema.json": ["wrote skema.json"],
        "new coba": ["wrote ", "Trainer screen", "next: python run_game.py validate"],
        "new Bukan Id!": ["cannot be a scenario id"],
        "play --text rusak.yaml": ["has 1 error(s)"],
        "play --text baik.yaml --auto first": ["note: a trial play, not recorded"],
        "play --text baik.yaml --choices 9": ["error: choice 9 is not available"],
        "play --text baik.yaml --start-at tidak-ada": ["error: there is no node 'tidak-ada'"],
        "play --text baik.yaml --set trust=999 --choices 1,1": ["note: trust stays within its range"],
        "validate baik.yaml --formt json": ["usage: ", "error: unrecognized arguments: --formt"],
        "graph baik.yaml --format pdf": ["invalid choice: 'pdf'"],
    }
    for command, words in expected.items():
        for word in words:
            assert word in said[command], f"{command} --lang en: no {word!r} in\n{said[command]}"
        assert not INDONESIAN.findall(said[command].replace("baik", "").replace("rusak", "")), said[command]


def test_the_json_keys_stay_the_same_in_either_language(files, capsys):
    reports = []
    for lang in ("id", "en"):
        main(["validate", "rusak.yaml", "--format", "json", "--lang", lang])
        reports.append(json.loads(capsys.readouterr().out))
    indonesian, english = reports
    assert indonesian.keys() == english.keys()
    one, other = indonesian["files"][0]["diagnostics"][0], english["files"][0]["diagnostics"][0]
    assert one.keys() == other.keys() and one["severity"] == other["severity"] == "error"
    assert one["message"] != other["message"]


def test_new_writes_into_the_trainers_folder_that_the_trainer_screen_lists(files, capsys):
    from game.datadirs import folders
    from game.ui.screens.trainer_tools import scenario_files

    assert main(["new", "posyandu-baru", "--lang", "id"]) == 0
    out = capsys.readouterr().out
    made = folders().user_scenarios / "posyandu-baru.yaml"
    assert made.is_file() and str(made) in out
    assert made in scenario_files(folders().user_scenarios)  # the Trainer screen's list
    assert main(["validate", "posyandu-baru", "--lang", "en"]) == 0  # found by its id
    assert "1 file(s) checked: 0 error(s)" in capsys.readouterr().out
    assert main(["new", "sendiri/di-sini.yaml", "--lang", "en"]) == 0  # a path: written there
    assert (files / "sendiri" / "di-sini.yaml").is_file()
