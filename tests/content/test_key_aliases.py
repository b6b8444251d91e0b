"""An Indonesian word written for a key gets the key it means, and one mistake gives one message."""

import pytest

from game.content.key_aliases import ALIASES, alias_for
from game.content.keys import CHOICE_KEYS, ENDING_KEYS, EVENT_KEYS, METER_KEYS, NODE_KEYS, TOP_KEYS

from ..scenario_text import load, replace

CASES = [
    ("    choices:\n      - text: {id: Bersama", "    pilihan:\n      - text: {id: Bersama", "choices", 18),
    ("        effects: {collaboration: 2", "        efek: {collaboration: 2", "effects", 20),
    ("        feedback: {id: Baik", "        umpan_balik: {id: Baik", "feedback", 21),
    ("        feedback: {id: Baik", "        Umpan Balik: {id: Baik", "feedback", 21),
    ("        next: b\n", "        lanjut: b\n", "next", 22),
    ("        next: b\n", "        berikutnya: b\n", "next", 22),
    ("title: {id: Mini", "judul: {id: Mini", "title", 3),
    ("      - text: {id: Halo", "      - teks: {id: Halo", "text", 17),
    ("endings:\n", "tamat:\n", "endings", 33),
    ("endings:\n", "akhir:\n", "endings", 33),
    ("    if: trust >= 60", "    syarat: trust >= 60", "if", 35),
    ("meters:\n", "meteran:\n", "meters", 8),
    ("    label: {id: Kepercayaan", "    nama: {id: Kepercayaan", "label", 10),
    ("nodes:\n", "node:\n", "nodes", 14),  # a close spelling, not an alias
]


@pytest.mark.parametrize("old, new, key, line", CASES, ids=[c[1].split(":")[0].strip() for c in CASES])
def test_an_indonesian_key_is_told_the_key_it_means_once(old, new, key, line):
    diagnostics = load(replace(old, new)).diagnostics
    assert [(d.code, d.pos.line) for d in diagnostics] == [("B011", line)]  # no missing key, no dead ends
    [d] = diagnostics
    assert dict(d.fields)["suggestion"] == key
    assert f"'{key}'" in d.hint_in("id") and f"'{key}'" in d.hint_in("en")
    assert load(replace(old, new)).scenario is None  # still an error: the file must be fixed


def test_an_alias_is_only_suggested_where_its_key_is_allowed():
    assert alias_for("tempat", NODE_KEYS) == "location"
    assert alias_for("tempat", TOP_KEYS) == "locations"
    assert alias_for("pilihan", TOP_KEYS) is None


def test_every_alias_names_a_key_of_the_format():
    known = set(TOP_KEYS + NODE_KEYS + CHOICE_KEYS + EVENT_KEYS + ENDING_KEYS + METER_KEYS)
    known |= {"speaker", "name", "role", "portrait", "background", "weather", "description", "day", "date"}
    known |= {"missed", "node", "after", "event", "kind", "debrief"}
    for word, keys in ALIASES.items():
        assert set(keys) <= known, word


def test_a_key_written_twice_in_two_languages_is_not_merged():
    text = replace("        next: b\n", "        next: b\n        lanjut: END\n")
    [d] = load(text).diagnostics
    assert (d.code, d.pos.line) == ("B011", 23)
