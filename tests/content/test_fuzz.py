"""Property tests: whatever a trainer's file contains, the loader answers with a
scenario or with located diagnostics, never with another exception; and any
scenario it accepts plays to an ending."""

import random

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.library import scenario_files
from game.content.loader import load_text
from game.engine.scoring import Bounds
from game.engine.session import Session

from ..conftest import ROOT

pytestmark = pytest.mark.slow  # bounded fuzzing of the loader: about 20 s

SHIPPED = [p.read_text(encoding="utf-8") for p in scenario_files([ROOT / "scenarios"])]

TOKENS = [
    "",
    "0",
    "-1",
    "1e308",
    "99999999999999999999",
    "true",
    "null",
    "~",
    "[]",
    "{}",
    "[1, [2]]",
    "'x'",
    '"y"',
    "END",
    "a",
    "nodes",
    "!!python/object:os.system",
    "&a x",
    "*a",
    "{{",
    "]",
    ":",
    "- -",
    "ä漢字🙂",
    "\u202e",
    "'unterminated",
    "@",
    "%",
    "`",
    "\t",
    "next",
    "b" * 300,
]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str, name: str = "fuzz.yaml"):
    loaded = load_text(text, path=name)
    if loaded.scenario is None:
        assert loaded.diagnostics, "refused without saying why"
        for d in loaded.diagnostics:
            assert d.pos.file == name and d.pos.line >= 1 and d.message
    else:
        play_randomly(loaded.scenario)
    return loaded


def play_randomly(sc, seed=0):
    rng = random.Random(seed)
    session = Session(sc, seed=seed, bounds=_NO_BOUNDS)
    for _ in range(500):
        if session.is_over:
            return
        session.choose(rng.randrange(len(session.choices())))


_NO_BOUNDS = Bounds({}, {}, complete=False)  # scores are not what these tests check


@FUZZ
@given(st.text(max_size=400))
def test_any_text(text):
    check(text)


@FUZZ
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "id",
                        "en",
                        "nodes",
                        "choices",
                        "next",
                        "text",
                        "effects",
                        "start",
                        "format",
                        "endings",
                        "meters",
                        "if",
                        "feedback",
                        "lines",
                        "title",
                        "summary",
                        "duty",
                        "minutes",
                        "events",
                        "kind",
                        "x",
                    ]
                ),
                inner,
                max_size=5,
            )
        ),
        max_leaves=30,
    )
)
def test_any_yaml_structure(data):
    check(yaml.safe_dump(data, allow_unicode=True))


def mutate(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        op = rng.randrange(6)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif op == 2 and ":" in lines[i]:
            key, _, _ = lines[i].partition(":")
            lines[i] = f"{key}: {rng.choice(TOKENS)}"
        elif op == 3:
            lines[i] = " " * rng.randint(0, 3) + lines[i].lstrip()
        elif op == 4:
            cut = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:cut] + rng.choice(TOKENS) + lines[i][cut:]
        else:
            lines[i] = lines[i].replace(rng.choice(["a", "e", "_", " "]), rng.choice(TOKENS), 1)
        if not lines:
            lines = [""]
    return "\n".join(lines) + "\n"


@FUZZ
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(range(len(SHIPPED))))
def test_mutated_shipped_scenarios(seed, which):
    check(mutate(SHIPPED[which], random.Random(seed)), name="mutated.yaml")


def test_shipped_scenarios_survive_every_single_line_deletion():
    text = SHIPPED[0]
    lines = text.splitlines()
    for i in range(len(lines)):
        check("\n".join(lines[:i] + lines[i + 1 :]) + "\n", name="cut.yaml")
