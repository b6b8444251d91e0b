"""The corpus of mistakes an Indonesian trainer makes (tests/corpus/trainer/, one file each): every case
gets exactly the diagnostics expected.csv lists, by code and line, readable in both languages; none
crashes, and none plays on as if nothing were wrong."""

import csv
from collections import defaultdict

import pytest

from game.content.loader import load_file

from ..conftest import ROOT

CORPUS = ROOT / "tests" / "corpus" / "trainer"


def expected() -> dict:
    table = defaultdict(list)
    with open(CORPUS / "expected.csv", encoding="utf-8") as handle:
        for row in csv.reader(line for line in handle if not line.startswith("#")):
            table[row[0]].append((row[1], int(row[2])))
    return table


EXPECTED = expected()


def test_the_corpus_is_large_and_every_file_has_its_row():
    files = {p.name for p in CORPUS.glob("*.yaml")}
    assert len(files) >= 40 and files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_mistake_is_told_where_it_is_in_both_languages(name, lang):
    loaded = load_file(CORPUS / name)
    assert [(d.code, d.pos.line) for d in loaded.diagnostics] == EXPECTED[name]
    for d in loaded.diagnostics:
        text = d.text(lang)
        assert text.startswith(f"{CORPUS / name}:{d.pos.line}:") and d.message_in(lang) and d.hint_in(lang)
        assert ("saran:" in text) == (lang == "id")
        if lang == "id":
            assert d.message_in("id") != d.message_in("en")  # really in Indonesian, not English again
    # an error keeps the story from playing; a warning-only case is said out loud, never silent
    assert loaded.diagnostics
    assert (loaded.scenario is None) == any(d.is_error() for d in loaded.diagnostics)
