"""`new NAME`: a starter that validates cleanly, plays to every ending and shows every key."""

import random
import subprocess
import sys

import pytest
import yaml

from game.authoring.schema import plain_data
from game.authoring.starter import StarterError, starter_text, target, write_starter
from game.content import loader
from game.content.loader import load_file, load_text
from game.engine.session import Session

from ..conftest import ROOT


@pytest.mark.parametrize("lang", ["id", "en"])
def test_starter_validates_without_errors_or_warnings(lang):
    loaded = load_text(starter_text("air-bersih", lang), path="air-bersih.yaml")
    assert loaded.diagnostics == []
    assert loaded.scenario.id == "air-bersih"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_starter_plays_to_every_ending_and_every_choice(lang):
    scenario = load_text(starter_text("air-bersih", lang)).scenario
    endings, chosen = set(), set()
    for seed in range(60):
        session, rng = Session(scenario, seed=seed), random.Random(seed)
        for _ in range(20):
            if session.is_over:
                break
            choices = session.choices()
            pick = rng.randrange(len(choices))
            chosen.add(choices[pick].id)
            session.choose(pick)
        assert session.is_over
        endings.add(session.result().ending.id)
    assert endings == {e.id for e in scenario.endings}
    assert chosen == {c.id for n in scenario.nodes.values() for c in n.choices}


def test_starter_uses_every_key_of_the_format():
    data = plain_data(starter_text("air-bersih"))
    used = {"top": set(data)}
    nodes = data["nodes"].values()
    used["node"] = {k for n in nodes for k in n}
    used["choice"] = {k for n in nodes for c in n["choices"] for k in c}
    used["event"] = {k for e in data["events"].values() for k in e}
    used["ending"] = {k for e in data["endings"] for k in e}
    used["meter"] = {k for m in data["meters"].values() for k in m}
    assert used == {
        "top": set(loader.TOP_KEYS),
        "node": set(loader.NODE_KEYS),
        "choice": set(loader.CHOICE_KEYS),
        "event": set(loader.EVENT_KEYS),
        "ending": set(loader.ENDING_KEYS),
        "meter": set(loader.METER_KEYS),
    }


def test_comments_follow_the_language():
    indonesian, english = starter_text("x", "id"), starter_text("x", "en")
    assert "# versi format" in indonesian and "# the format version" in english
    assert "«" not in indonesian + english
    strip = lambda text: [
        line.split(" #")[0].rstrip() for line in text.splitlines() if not line.startswith("#")
    ]  # noqa: E731
    assert strip(indonesian) == strip(english)  # only the comments differ
    assert yaml.safe_load(indonesian) == yaml.safe_load(english)


def test_names_and_paths(tmp_path):
    assert target("air-bersih", tmp_path) == (tmp_path / "air-bersih.yaml", "air-bersih")
    assert target(str(tmp_path / "sub" / "Rembuk.yaml"), tmp_path)[1] == "rembuk"
    with pytest.raises(StarterError, match="lowercase"):
        target("Air Bersih", tmp_path)


def test_never_overwrites(tmp_path):
    path = write_starter("satu", "en", tmp_path)
    assert load_file(path).diagnostics == []
    path.write_text("# my work\n", encoding="utf-8")
    with pytest.raises(StarterError, match="already exists"):
        write_starter("satu", "en", tmp_path)
    assert path.read_text(encoding="utf-8") == "# my work\n"


def run(*args):
    return subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_cli_new_then_validate_and_play(tmp_path):
    path = tmp_path / "rembuk-air.yaml"
    done = run("new", str(path), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert run("validate", str(path)).returncode == 0
    played = run("play", "--text", str(path), "--auto", "first", "--lang", "en")
    assert played.returncode == 0, played.stderr
    again = run("new", str(path))
    assert again.returncode != 0 and "already exists" in again.stderr and "Traceback" not in again.stderr
