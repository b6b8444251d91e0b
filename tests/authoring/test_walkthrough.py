"""A new trainer's walk-through in the Indonesian guide works start to finish (issue 14).

The section 'Langkah demi langkah' of docs/authoring.id.md is followed as a trainer would: each
`python run_game.py ...` command it gives is run (through game.cli.main, in a fresh folder standing in
for the Berdaya folder) in the order the guide gives them, the template from `new` first, then each of
its yaml steps written into the file, with the guide's validate after every step, then its play and
graph. Each step must do what the guide says: the file is there, validate passes, play reaches one of
the scenario's endings, the graph file is written."""

import io
import re
import shlex
from pathlib import Path

import pytest
import yaml

from game.authoring.schema import plain_data
from game.cli import main
from game.content.loader import load_file

from ..conftest import ROOT
from .test_guides import merge

GUIDE = ROOT / "docs" / "authoring.id.md"
SECTION = "## Langkah demi langkah: skenario pertama Anda"
COMMAND = re.compile(r"`python run_game\.py ([^`]+)`")
BLOCK = re.compile(r"^```yaml([^\n]*)\n(.*?)^```", re.M | re.S)


def walkthrough() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    assert SECTION in text, "the Indonesian guide lost its walk-through"
    start = text.index(SECTION)
    end = text.index("\n## ", start + len(SECTION))
    return text[start:end]


def commands(section: str) -> dict:
    """The guide's commands by name (new, validate, play, graph), each as the guide spells it."""
    found = {}
    for command in COMMAND.findall(section):
        args = shlex.split(command)
        found.setdefault(args[0], args)
    return found


@pytest.fixture
def berdaya_folder(tmp_path, monkeypatch):
    """A folder standing in for the unpacked Berdaya, and a fresh data folder: `new NAME` writes into its
    scenario folder (the one the Trainer screen shows), where validate, play and graph find it by id."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path


def scenario_file(name: str):
    """Where the guide's scenario is: NAME in the trainer's scenario folder (a path: as it is)."""
    from game.datadirs import folders

    return folders().user_scenarios / f"{name}.yaml" if "." not in name else Path(name)


def run(args, capsys, monkeypatch, answers=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_plays_to_an_ending(play, path, capsys, monkeypatch):
    code, out, err = run(play, capsys, monkeypatch, answers="1\n" * 300)
    assert code == 0, f"{shlex.join(play)} failed:\n{out}\n{err}"
    titles = [e.title.get("id") for e in scenario(path).endings]
    assert any(f"=== AKHIR: {t} ===" in out for t in titles), f"no ending of {titles} in:\n{out[-2000:]}"


def scenario(path):
    loaded = load_file(path)
    assert loaded.ok, [str(d) for d in loaded.errors]
    return loaded.scenario


def test_the_indonesian_walkthrough_works_start_to_finish(berdaya_folder, capsys, monkeypatch):
    section = walkthrough()
    given = commands(section)
    assert {"new", "validate", "play", "graph"} <= given.keys(), f"the walk-through's commands: {given}"
    new, validate, play, graph = (given[k] for k in ("new", "validate", "play", "graph"))
    path = scenario_file(validate[1])
    assert play[play.index("--text") + 1] == validate[1] == graph[1], "the steps should use one file"

    # 'Mulailah dari templat': new writes the commented starter, which validates and plays
    code, out, err = run(new, capsys, monkeypatch)
    assert code == 0, err
    assert path.is_file() and "#" in path.read_text(encoding="utf-8"), "new wrote no commented file"
    assert str(path) in out, "new says where it wrote the file"
    assert run(validate, capsys, monkeypatch)[0] == 0
    assert_plays_to_an_ending(play, path, capsys, monkeypatch)
    # new never replaces a file that is there (the guide's 'tidak pernah menimpa')
    before = path.read_bytes()
    assert run(new, capsys, monkeypatch)[0] != 0 and path.read_bytes() == before

    # 'Atau susun sendiri': each step's yaml into the file, validate after each one
    steps, current = 0, None
    for kind, body in ((m.group(1).strip(), m.group(2)) for m in BLOCK.finditer(section)):
        current = merge(current, plain_data(body)) if kind == "fragment" else plain_data(body)
        path.write_text(yaml.safe_dump(current, allow_unicode=True, sort_keys=False), encoding="utf-8")
        code, out, err = run(validate, capsys, monkeypatch)
        assert code == 0, f"step {steps + 1}: validate failed:\n{out}\n{err}"
        steps += 1
    assert steps >= 4, "the walk-through has its four steps"
    built = scenario(path)
    assert {"mulai", "jadwal"} <= set(built.nodes) and len(built.endings) >= 2

    # 'Sekarang mainkan', then its shape as a picture
    assert_plays_to_an_ending(play, path, capsys, monkeypatch)
    code, out, err = run(graph, capsys, monkeypatch)
    assert code == 0, err
    picture = berdaya_folder / graph[graph.index("-o") + 1]
    assert picture.is_file() and "<svg" in picture.read_text(encoding="utf-8")[:500]


def test_a_typo_in_a_step_is_found_by_the_guides_validate(berdaya_folder, capsys, monkeypatch):
    """The guide's validate after a step is what catches a mistake: a `next:` to a node that is not
    there stops it (exit 1) with the line of that next:."""
    section = walkthrough()
    validate = commands(section)["validate"]
    first = next(BLOCK.finditer(section)).group(2)
    assert "next: END" in first
    path = scenario_file(validate[1])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(first.replace("next: END", "next: selsai"), encoding="utf-8")
    code, out, err = run(validate + ["--lang", "id"], capsys, monkeypatch)
    line = first.splitlines().index(next(s for s in first.splitlines() if "next: END" in s)) + 1
    assert code == 1
    assert f"{path}:{line}:" in out + err and "selsai" in out + err


@pytest.mark.parametrize(
    ("guide", "windows", "linux"),
    [
        ("authoring.id.md", "## Langkah pertama di Windows", "## Langkah pertama di Linux"),
        ("authoring.md", "## First steps on Windows", "## First steps on Linux"),
    ],
)
def test_first_steps_name_launchers_we_ship(guide, windows, linux):
    text = (ROOT / "docs" / guide).read_text(encoding="utf-8")
    assert windows in text and linux in text
    start = text.index(windows)
    steps = text[start : text.index("\n## ", text.index(linux))]
    named = set(re.findall(r"[\w-]+\.(?:bat|sh)\b", steps))
    assert {"Berdaya.bat", "Periksa-Skenario.bat", "berdaya.sh", "periksa-skenario.sh"} <= named
    for name in named:
        assert (ROOT / name).is_file(), f"docs/{guide} names {name}, which is not shipped"
    assert "Add python.exe to PATH" in steps
