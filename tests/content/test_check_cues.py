"""The shipped pre/post check passes the scenarios' cue gates (tests/test_judgement_gates.py), read per
item: the longest option (id and en, G3's 40%), the shortest, the meeting-word option (G1's keyword
strategy), the place the option without a misconception is written in (first, last), and no telltale
word or much-longer option (B211, B210). `python -m game.analysis.check_cues FILE` prints the same."""

from pathlib import Path

import pytest

from game.analysis import check_cues
from game.analysis.cues.common import LONGEST_LIMIT, PASS
from game.content.check_loader import load_check
from game.engine.check import MAX_ITEMS, MIN_ITEMS
from game.engine.model import DUTIES, MISCONCEPTIONS

from ..conftest import ROOT

SHIPPED = sorted((ROOT / "scenarios" / "checks").glob("*.check.yaml"))
CASES = Path(__file__).parent / "check_cases"


def check_of(path):
    loaded = load_check(path)
    assert loaded.check is not None, "\n".join(str(d) for d in loaded.diagnostics)
    return loaded.check


def test_the_library_ships_a_check():
    assert [p.name for p in SHIPPED] == ["cek-awal-akhir.check.yaml"]


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
@pytest.mark.parametrize("cue", check_cues.CUES)
def test_no_cue_picks_the_option_without_a_misconception(path, cue):
    row = check_cues.report(check_of(path))["cues"][cue]
    assert row["share"] <= LONGEST_LIMIT, (
        f"'{cue}' picks the option without a misconception in {row['share']:.0%} of the items "
        f"(limit {LONGEST_LIMIT:.0%}): {', '.join(row['items'])}"
    )


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_no_telltale_word_or_much_longer_option_and_validate_is_silent(path):
    rep = check_cues.report(check_of(path))
    assert rep["telltale"] == [] and rep["long"] == [] and rep["status"] == PASS, rep["problems"]
    assert check_cues.validate(path).diagnostics == []


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_the_check_covers_the_three_misconceptions_and_four_duties(path):
    check = check_of(path)
    assert MIN_ITEMS <= len(check.items) <= MAX_ITEMS
    assert set(check.duties) == set(DUTIES)
    for item in check.items:  # every item tempts with each misconception once, and has one way out
        tags = [t for o in item.options for t in o.misconceptions]
        assert sorted(tags) == sorted(MISCONCEPTIONS), item.id
        assert sum(not o.misconceptions for o in item.options) == 1, item.id
        assert item.situation.id and item.situation.en and item.question.id and item.question.en


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_options_are_matched_in_length(path):
    for item in check_of(path).items:
        for lang in ("id", "en"):
            lengths = [len(o.text.get(lang)) for o in item.options]
            assert max(lengths) <= 1.35 * min(lengths), (item.id, lang, lengths)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_the_shown_order_differs_by_seed(path):
    item = check_of(path).items[0]
    orders = {tuple(o.id for o in item.shown(seed)) for seed in range(10)}
    assert len(orders) > 1


@pytest.mark.parametrize(
    "case, cue", [("free-first", "first"), ("meeting-words", "keyword"), ("long-free-option", "longest_id")]
)
def test_the_gates_can_fail(case, cue):
    rep = check_cues.report(check_of(CASES / f"{case}.check.yaml"))
    assert rep["cues"][cue]["share"] > LONGEST_LIMIT or cue == "longest_id" and rep["long"]
