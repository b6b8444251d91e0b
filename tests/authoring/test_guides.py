"""Every ```yaml block in the authoring guides validates.

A block marked ```yaml is a complete scenario. A block marked ```yaml fragment
adds its keys to the scenario built so far in the same guide (maps such as
nodes: are merged by id, anything else replaced), and the result must validate.
A block marked ```yaml plan is a play-plan file: it must read without problems
and every plan in it must pass against the scenario built so far.
"""

import re

import pytest
import yaml

from game.analysis.bounds import score_bounds
from game.analysis.plans import run_plan
from game.authoring.schema import plain_data
from game.content.loader import load_text
from game.content.plans import load_plans

from ..conftest import ROOT

GUIDES = ["authoring.md", "authoring.id.md"]
BLOCK = re.compile(r"^```yaml([^\n]*)\n(.*?)^```", re.M | re.S)
MERGED = ("characters", "locations", "meters", "nodes", "events")


def blocks(name):
    text = (ROOT / "docs" / name).read_text(encoding="utf-8")
    for match in BLOCK.finditer(text):
        line = text[: match.start()].count("\n") + 1
        yield line, match.group(1).strip(), match.group(2)


def merge(base: dict, fragment: dict) -> dict:
    result = dict(base)
    for key, value in fragment.items():
        if key in MERGED and isinstance(value, dict):
            result[key] = {**(base.get(key) or {}), **value}
        else:
            result[key] = value
    return result


def checked(name):
    """(line, kind, diagnostics) for every block of a guide, in order."""
    current = None
    for line, kind, body in blocks(name):
        assert kind in ("", "fragment", "plan"), f"{name}:{line}: unknown block kind '{kind}'"
        if kind == "plan":
            continue  # checked by test_every_plan_example_passes
        if kind == "fragment":
            assert current is not None, f"{name}:{line}: a fragment needs a complete example before it"
            current = merge(current, plain_data(body))
            text = yaml.safe_dump(current, allow_unicode=True, sort_keys=False)
        else:
            current, text = plain_data(body), body
        yield line, kind, load_text(text, path=f"{name}:{line}").diagnostics


@pytest.mark.parametrize("name", GUIDES)
def test_every_yaml_example_validates(name):
    results = list(checked(name))
    assert len(results) >= 5, "the guide should show its examples in ```yaml blocks"
    for line, kind, diagnostics in results:
        errors = [str(d) for d in diagnostics if d.is_error()]
        assert errors == [], f"docs/{name}:{line} ({kind or 'complete'}): {errors}"


def test_both_guides_have_the_same_examples_count():
    assert len(list(blocks(GUIDES[0]))) == len(list(blocks(GUIDES[1])))


@pytest.mark.parametrize("name", GUIDES)
def test_every_plan_example_passes(name, tmp_path):
    current, seen = None, 0
    for line, kind, body in blocks(name):
        if kind == "fragment":
            current = merge(current, plain_data(body))
        elif kind == "":
            current = plain_data(body)
        else:
            seen += 1
            scenario = load_text(yaml.safe_dump(current, allow_unicode=True, sort_keys=False)).scenario
            path = tmp_path / f"guide-{line}.plan.yaml"
            path.write_text(body, encoding="utf-8")
            plans = load_plans(path)
            assert plans.diagnostics == [], f"docs/{name}:{line}: {[str(d) for d in plans.diagnostics]}"
            for plan in plans.plans:
                result = run_plan(scenario, plan, score_bounds(scenario))
                assert result.passed, f"docs/{name}:{line}: {plan.name}: {result.problems}"
    assert seen >= 1, "the guide should show a play-plan example"
