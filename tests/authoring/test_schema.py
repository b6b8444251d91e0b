"""The JSON Schema: built from the loader's key tuples, accepts every shipped scenario, rejects typos.

jsonschema is used when it is installed (it is listed in the test extras)."""

import json
import subprocess
import sys

import pytest

from game.authoring.schema import plain_data, scenario_schema
from game.content import loader
from game.content.library import SCENARIOS_DIR, scenario_files

from ..conftest import ROOT
from ..scenario_text import BASE, replace

jsonschema = pytest.importorskip("jsonschema")


def validator():
    schema = scenario_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(text):
    return list(validator().iter_errors(plain_data(text)))


def test_keys_come_from_the_loader():
    schema = scenario_schema()
    defs = schema["$defs"]
    assert list(schema["properties"]) == list(loader.TOP_KEYS)
    for name, keys in (
        ("node", loader.NODE_KEYS),
        ("choice", loader.CHOICE_KEYS),
        ("event", loader.EVENT_KEYS),
        ("ending", loader.ENDING_KEYS),
        ("meter", loader.METER_KEYS),
    ):
        assert list(defs[name]["properties"]) == list(keys), name
        assert defs[name]["additionalProperties"] is False


@pytest.mark.parametrize("path", scenario_files([SCENARIOS_DIR]), ids=lambda p: p.name)
def test_every_shipped_scenario_matches(path):
    assert [e.message for e in errors(path.read_text(encoding="utf-8"))] == []


def test_the_small_test_scenario_matches():
    assert errors(BASE) == []


@pytest.mark.parametrize(
    "old, new, where",
    [
        ("        next: b\n", "        nxet: b\n", ["nodes", "a", "choices", 0]),
        ("start: a\n", "strat: a\n", []),
        ("    start: 50\n", "    stat: 50\n", ["meters", "trust"]),
        (
            "        misconceptions: [solo_work]\n",
            "        misconceptions: [solo]\n",
            ["nodes", "a", "choices", 1],
        ),
    ],
)
def test_typos_are_rejected_where_they_are(old, new, where):
    found = errors(replace(old, new, BASE))
    assert found, new
    assert any(list(e.absolute_path)[: len(where)] == where for e in found), [
        list(e.absolute_path) for e in found
    ]


def test_cli_writes_the_schema(tmp_path):
    out = tmp_path / "scenario.schema.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), "schema", "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == scenario_schema()
