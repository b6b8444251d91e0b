"""The JSON Schemas and validate agree: on every shipped scenario, plan and pre/post check (no problem for
either), and on a corpus of broken files (tests/corpus/trainer/ and tests/corpus/schema/, and the broken
check files in tests/content/check_cases/): where validate accepts a file,
the schema accepts it; where validate reports a shape error (an unknown or missing key, a wrong type, a
value the format does not allow), the schema reports an error too, at the value validate points at. The files where they must differ,
because JSON Schema cannot check what validate checks (references between nodes, the conditions
language), are listed with the reason in tests/corpus/schema/differ.csv (for check files in
CHECK_DIFFER below), and that list must be exact.

The schema is applied to the file as VS Code's YAML extension reads it (YAML 1.2, editor_data); the
shipped files also as the loader's YAML 1.1 reads them (plain_data)."""

import csv
from functools import cache

import pytest
import yaml

from game.authoring.schema import (
    DuplicateKey,
    check_schema,
    editor_data,
    plain_data,
    plan_schema,
    scenario_schema,
)
from game.content.check_loader import is_check_file, load_check
from game.content.library import SCENARIOS_DIR
from game.content.loader import load_file
from game.content.plans import PLAN_SUFFIX, load_plans

from ..conftest import ROOT

jsonschema = pytest.importorskip("jsonschema")

CORPUS = ROOT / "tests" / "corpus"
# codes that say the file has the wrong shape: every one of them the schema must see too
SHAPE_CODES = {
    "B005",  # a text over 4,000 characters
    "B010",  # a value of the wrong type (a list where a map belongs...)
    "B011",  # an unknown key
    "B012",  # a missing required key
    "B014",  # a time that is not a number and a unit
    "B026",  # an unknown misconception tag
    "B032",  # a choice without feedback
    "B043",  # a format version other than 1
    "B055",  # a key that is not a word
    "B058",  # a control character in a text
    "B059",  # a word where a number belongs
    "B060",  # a fraction where a whole number belongs
    "B061",  # not a yes or no
    "B063",  # a text with neither language
    "B065",  # minutes below 1
    "B066",  # a scenario id with capitals or spaces
    "B067",  # an unknown duty
    "B068",  # a date not written YYYY-MM-DD
    "B070",  # a meter without a label
    "B071",  # an unknown meter kind
    "B072",  # a trust meter without its stakeholder
    "B074",  # a deadline with both or neither of day and date
    "B078",  # an unknown event kind
    "B079",  # a probability outside 0-1
    "B081",  # an empty list of choices
    "B091",  # an unknown meter direction
    "B092",  # an unknown weather
    "B093",  # an empty scenario id
    "B094",  # a pass mark outside 0-1 (80, "80%")
    "B097",  # a text in { } split at its commas (curly quotes are no quotes)
    "B098",  # {id Halo}: a text key without ': '
    "B101",  # next: with nothing after it
    "B102",  # an id with a space in it
    "P005",  # a score bound outside 0-100
    "P006",  # an unknown misconception tag in a plan
    "B200",  # a check with fewer than 6 or more than 9 items
    "B201",  # a check item with fewer than 3 or more than 4 options
    "B202",  # an unknown misconception tag on a check option
    "B203",  # an unknown duty on a check item
    "B205",  # every option of a check item shows a misconception
    "B206",  # no option of a check item shows a misconception
    "B209",  # a check option without misconceptions:
}
CHECK_CASES = ROOT / "tests" / "content" / "check_cases"
# check files where validate reports an error and the check schema cannot: (code, why)
CHECK_DIFFER = {
    "duplicate-item.check.yaml": (
        "B204",
        "two items with one id: JSON Schema's uniqueItems compares whole items, not one key of them",
    ),
    "duplicate-option.check.yaml": (
        "B204",
        "two options of an item with one id: JSON Schema's uniqueItems compares whole options, not one key",
    ),
}


SCHEMAS = {"scenario": scenario_schema, "plan": plan_schema, "check": check_schema}


@cache
def validator(kind: str):
    schema = SCHEMAS[kind]()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def is_plan(path) -> bool:
    return path.name.endswith(PLAN_SUFFIX)


def kind_of(path) -> str:
    return "check" if is_check_file(path) else "plan" if is_plan(path) else "scenario"


def validate_diagnostics(path) -> list:
    load = {"check": load_check, "plan": load_plans, "scenario": load_file}[kind_of(path)]
    return [d for d in load(path).diagnostics if d.is_error()]


def validate_errors(path) -> list:
    """The codes of the errors `validate` reports for the file."""
    return [d.code for d in validate_diagnostics(path)]


def schema_errors(path, read=editor_data) -> list:
    text = path.read_text(encoding="utf-8")
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
        for e in validator(kind_of(path)).iter_errors(read(text))
    ]


def schema_error_lines(path) -> list:
    """(first, last) line of the YAML value each schema error is about."""
    from game.content.source import Loader

    text = path.read_text(encoding="utf-8")
    root = yaml.compose(text, Loader=Loader)
    spans = []
    for error in validator(kind_of(path)).iter_errors(editor_data(text)):
        node = root
        for step in error.absolute_path:
            if isinstance(node, yaml.MappingNode):
                node = next(v for k, v in node.value if str(k.value) == str(step))
            else:
                node = node.value[step]
        spans.append((node.start_mark.line + 1, node.end_mark.line + 1))
    return spans


def differ() -> dict:
    with open(CORPUS / "schema" / "differ.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(line for line in handle if not line.startswith("#")))
    return {row[0]: (row[1], row[2]) for row in rows}


SHIPPED = sorted(SCENARIOS_DIR.glob("*.yaml"))
SHIPPED_CHECKS = sorted(SCENARIOS_DIR.rglob("*.check.yaml"))
BROKEN = sorted(CORPUS.glob("trainer/*.yaml")) + sorted(CORPUS.glob("schema/*.yaml"))
CHECKS = sorted(CHECK_CASES.glob("*.check.yaml"))


@pytest.mark.parametrize("path", SHIPPED + SHIPPED_CHECKS, ids=lambda p: p.name)
@pytest.mark.parametrize("read", [editor_data, plain_data], ids=["yaml-1.2", "yaml-1.1"])
def test_every_shipped_file_has_no_problem_for_either(path, read):
    assert validate_errors(path) == []
    assert schema_errors(path, read) == []


def test_the_shipped_files_include_plans():
    assert sum(is_plan(p) for p in SHIPPED) >= 5 and sum(not is_plan(p) for p in SHIPPED) >= 5


def test_the_shipped_files_include_a_check():
    assert SHIPPED_CHECKS and all(kind_of(p) == "check" for p in SHIPPED_CHECKS)


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_schema_and_validate_agree_on_the_corpus(path):
    agree(path, f"{path.parent.name}/{path.name}", differ())


@pytest.mark.parametrize("path", CHECKS, ids=lambda p: p.name)
def test_check_schema_and_validate_agree_on_the_check_cases(path):
    agree(path, path.name, CHECK_DIFFER)


def test_the_check_cases_have_both_sides_and_their_differences_are_real():
    accepted = [p for p in CHECKS if not validate_errors(p)]
    shaped = [p for p in CHECKS if set(validate_errors(p)) & SHAPE_CODES]
    assert len(accepted) >= 5 and len(shaped) >= 8
    for name, (code, reason) in CHECK_DIFFER.items():
        assert (CHECK_CASES / name).is_file() and code not in SHAPE_CODES and len(reason) > 30, name


def agree(path, name: str, listed: dict) -> None:
    codes = validate_errors(path)
    try:
        found = schema_errors(path)
    except (yaml.YAMLError, DuplicateKey):
        # the editor's own YAML parser marks the file before any schema is applied
        assert codes, f"{name}: the editor cannot read it, so validate must not accept it"
        return
    if name in listed:
        assert codes and not found, f"{name} is listed in differ.csv, but schema and validate agree: {found}"
        assert listed[name][0] in codes, f"{name}: differ.csv says {listed[name][0]}, validate says {codes}"
    elif not codes:
        assert found == [], f"{name}: validate accepts it, the schema does not"
    elif set(codes) & SHAPE_CODES:
        assert found, f"{name}: validate reports {codes}, the schema nothing"
        # and the editor marks the same place: the value validate points at (or the line after its key)
        spans = schema_error_lines(path)
        for d in validate_diagnostics(path):
            if d.code in SHAPE_CODES:
                assert any(first - 1 <= d.pos.line <= last for first, last in spans), (name, d.code, spans)
    else:
        assert found, (
            f"{name}: validate reports {codes}, the schema accepts it: fix it or list it in differ.csv"
        )


def test_the_list_of_differences_names_only_corpus_files_with_a_reason():
    listed = differ()
    assert listed
    for name, (code, reason) in listed.items():
        assert (CORPUS / name).is_file(), name
        assert code not in SHAPE_CODES or name.startswith("schema/"), (name, code)
        assert len(reason) > 30, name


def test_the_schema_corpus_has_both_sides():
    """Cases validate accepts (quoted numbers, yes/no words, ids) and cases it rejects, for both formats."""
    files = sorted(CORPUS.glob("schema/*.yaml"))
    accepted = [p for p in files if not validate_errors(p)]
    assert len(accepted) >= 6 and len(files) - len(accepted) >= 15
    assert any(is_plan(p) for p in accepted) and any(is_plan(p) and validate_errors(p) for p in files)


# -- the patterns a quoted value is checked with read what the reader reads ----------------------------
NUMBER_TEXTS = [
    "5",
    "-3",
    "+2",
    "2.5",
    ".5",
    "5.",
    "1_000",
    "1e3",
    "2E-2",
    " 7 ",
    "2,5",
    "5%",
    "abc",
    "",
    "1.2.3",
]
NUMBER_TEXTS += [
    "--1",
    "0x10",
    "1e",
    "e3",
    "2 menit",
    "_",
]  # (float() also takes other scripts' digits: left out)
WHOLE_TEXTS = ["5", "-3", "1e3", "5.0", "2.5", "0", "00", "1_0", "1e-3", "x"]
YES_NO_TEXTS = [
    "yes",
    "No",
    "YA",
    "tidak",
    "Benar",
    "salah",
    "off",
    "On",
    "TRUE",
    "y",
    "n",
    "1",
    "0",
    "",
    " ya",
]
DURATION_TEXTS = ["3", "3 hari", "2 Minggu", "1 month", "2months", "4 decisions", "3 keputusan", "3 jam"]
DURATION_TEXTS += ["3.5", "-2", "tiga hari", "hari", "2 weeks ago"]


def quoted(value: str):
    """`value` as a YAML node written in quotes, with its place in the text."""
    import json

    return yaml.compose("x: " + json.dumps(value)).value[0][1]


def reader():
    from game.content.reader import Reader

    return Reader("x.yaml")


def matches(pattern: str, value: str) -> bool:
    import re

    return re.search(pattern, value) is not None


@pytest.mark.parametrize("text", NUMBER_TEXTS)
def test_a_quoted_number_is_a_number_to_both(text):
    from game.authoring.schema import NUMBER

    r = reader()
    r.number(quoted(text), "x")
    assert matches(NUMBER, text) == (r.diagnostics == []), [d.code for d in r.diagnostics]


@pytest.mark.parametrize("text", WHOLE_TEXTS)
def test_a_quoted_whole_number_is_whole_to_both(text):
    from game.authoring.schema import WHOLE

    r = reader()
    r.integer(quoted(text), "x")
    assert matches(WHOLE, text) == (r.diagnostics == []), [d.code for d in r.diagnostics]


@pytest.mark.parametrize("text", YES_NO_TEXTS)
def test_a_yes_or_no_is_one_to_both(text):
    from game.authoring.schema import YES_NO

    r = reader()
    r.boolean(quoted(text), "x")
    assert matches(YES_NO, text) == (r.diagnostics == []), [d.code for d in r.diagnostics]


@pytest.mark.parametrize("text", DURATION_TEXTS)
@pytest.mark.parametrize("decisions", [False, True])
def test_a_duration_is_one_to_both(text, decisions):
    from game.authoring.schema import AFTER, DURATION
    from game.content.builder import Builder

    builder = Builder(reader(), "")
    builder._duration(quoted(text), "time", decisions=decisions)
    assert matches(AFTER if decisions else DURATION, text) == (builder.r.diagnostics == [])
