"""The format's one description (content/format_spec.py) is what the loaders, the three schemas and both
guides use: the loaders' key tuples are made from it, the guides' key tables are written from it (and
are up to date), and the guides' VS Code setting gives plan files the plan schema and check files the
check schema."""

import json
import re
import subprocess
import sys

import pytest

from game.authoring import key_reference
from game.authoring.schema import check_schema, plan_schema, scenario_schema
from game.content import check_loader, keys
from game.content.format_spec import CHECK, PLAN, SCENARIO, SPECS

from ..conftest import ROOT

GUIDES = {ROOT / "docs" / name: lang for name, lang in key_reference.GUIDES.items()}


def test_the_loader_reads_the_keys_it_always_read_in_the_same_order():
    # the order is the order of B011's list of allowed keys: a change here changes trainers' messages
    assert keys.TOP_KEYS[:7] == ("format", "id", "title", "summary", "duty", "minutes", "start")
    assert keys.TOP_REQUIRED == (
        "format",
        "id",
        "title",
        "summary",
        "duty",
        "minutes",
        "start",
        "nodes",
        "endings",
    )
    assert keys.CHOICE_REQUIRED == ("text", "next") and "feedback" in SPECS["choice"].needed  # B032, not B012
    assert keys.CHARACTER_KEYS == ("name", "role", "portrait") and keys.CHARACTER_REQUIRED == ("name",)
    assert keys.LINE_KEYS == ("speaker", "text", "if") and keys.LINE_REQUIRED == ("text",)
    assert keys.BRANCH_KEYS == ("if", "node") and keys.SCHEDULE_REQUIRED == ("event", "after")
    assert keys.DEADLINE_KEYS == ("day", "date", "missed") and keys.QUESTION_KEYS == ("text", "if")
    assert keys.PLAN_FILE_KEYS == ("scenario", "plans") and keys.PLAN_REQUIRED == ("choices",)
    assert keys.EXPECT_KEYS == ("ending", "not_ending", "misconceptions", "scores", "events")
    assert SPECS["text"].names == ("id", "en")  # reader.text reads these two


def test_the_check_loader_reads_the_keys_it_always_read_in_the_same_order():
    assert check_loader.TOP_KEYS == ("format", "id", "title", "intro", "items")
    assert check_loader.ITEM_KEYS == ("id", "duty", "situation", "question", "options")
    assert check_loader.OPTION_KEYS == ("id", "text", "misconceptions")
    assert keys.CHECK_TOP_REQUIRED == ("id", "title", "items")
    assert keys.CHECK_ITEM_REQUIRED == ("id", "duty", "situation", "options")
    assert (
        keys.CHECK_OPTION_REQUIRED == ("text",) and "misconceptions" in SPECS["check-option"].needed
    )  # B209


@pytest.mark.parametrize(
    "make, specs", [(scenario_schema, SCENARIO), (plan_schema, PLAN), (check_schema, CHECK)]
)
def test_each_schema_has_every_map_of_its_format_with_its_keys(make, specs):
    schema = make()
    top, *rest = specs
    assert list(schema["properties"]) == list(top.names)
    for spec in rest:
        found = schema["$defs"][spec.name]
        assert list(found["properties"]) == list(spec.names) and found["additionalProperties"] is False
        assert found.get("required", []) == list(spec.needed)
        for key in spec.keys:  # a tooltip for trainers in both languages
            assert key.id in found["properties"][key.name]["description"]
            assert key.en in found["properties"][key.name]["description"]


def test_the_plan_schema_is_its_own():
    assert "nodes" not in plan_schema()["properties"] and plan_schema()["required"] == ["plans"]


def test_the_check_schema_is_its_own():
    schema = check_schema()
    assert "nodes" not in schema["properties"] and schema["required"] == ["id", "title", "items"]
    assert schema["properties"]["items"]["minItems"] == 6 and schema["properties"]["items"]["maxItems"] == 9
    options = schema["$defs"]["check-item"]["properties"]["options"]
    assert (options["minItems"], options["maxItems"]) == (3, 4)
    assert "text" in schema["$defs"] and "node" not in schema["$defs"]


@pytest.mark.parametrize("path", GUIDES, ids=lambda p: p.name)
def test_the_guides_key_tables_are_up_to_date(path):
    text = path.read_text(encoding="utf-8")
    assert key_reference.update(text, GUIDES[path]) == text, (
        f"{path.name}: the key tables are out of date; run {key_reference.COMMAND}"
    )


@pytest.mark.parametrize("path", GUIDES, ids=lambda p: p.name)
def test_every_map_has_its_table_once_in_each_guide(path):
    named = [name for block in key_reference.blocks(path.read_text(encoding="utf-8")) for name in block]
    assert sorted(named) == sorted(SPECS)


def test_a_table_is_written_in_the_guides_language():
    english, indonesian = (key_reference.block(["choice"], lang) for lang in ("en", "id"))
    assert "| `feedback` | yes |" in english and "| `feedback` | ya |" in indonesian
    assert SPECS["choice"].key("feedback").id in indonesian and SPECS["choice"].key("feedback").en in english


def test_a_stale_table_is_found():
    path = next(iter(GUIDES))
    text = path.read_text(encoding="utf-8").replace("| `feedback` | yes |", "| `feedback` | no |")
    assert key_reference.update(text, "en") != text


@pytest.mark.parametrize("path", GUIDES, ids=lambda p: p.name)
def test_the_vs_code_setting_gives_plans_their_own_schema(path):
    text = path.read_text(encoding="utf-8")
    setting = re.search(r'"yaml\.schemas": \{(.*?)\n\s*\}', text, re.S)
    assert setting, "the guide shows a yaml.schemas setting"
    pairs = json.loads("{" + setting.group(1) + "}")
    assert pairs["./scenarios/plan.schema.json"] == "scenarios/**/*.plan.yaml"
    assert "!scenarios/**/*.plan.yaml" in pairs["./scenarios/scenario.schema.json"]
    assert "schema --plan -o scenarios/plan.schema.json" in text
    assert pairs["./scenarios/check.schema.json"] == "scenarios/**/*.check.yaml"
    assert "!scenarios/**/*.check.yaml" in pairs["./scenarios/scenario.schema.json"]
    assert "schema --check -o scenarios/check.schema.json" in text


@pytest.mark.parametrize("flag, make", [("--plan", plan_schema), ("--check", check_schema)])
def test_cli_writes_the_plan_and_check_schemas(tmp_path, flag, make):
    out = tmp_path / f"{flag[2:]}.schema.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), "schema", flag, "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == make()
