"""Silent traps closed: yes/no words on flags, a text cut at ' #', endless loops, '%' on a meter."""

import io

import pytest

from game.engine.session import Session
from game.text_player import EndlessLoop, Options, play

from ..scenario_text import load, replace, scenario


@pytest.mark.parametrize(
    "word, value", [("tidak", False), ("salah", False), ("no", False), ("ya", True), ("benar", True)]
)
def test_a_flag_reads_yes_and_no_words_as_once_does(word, value):
    loaded = load(replace("        next: b\n", f"        set: {{paved: {word}}}\n        next: b\n"))
    [flag] = loaded.scenario.nodes["a"].choices[0].sets
    assert flag.value is value


def test_a_quoted_word_stays_a_word():
    loaded = load(replace("        next: b\n", "        set: {stance: 'tidak'}\n        next: b\n"))
    assert loaded.scenario.nodes["a"].choices[0].sets[0].value == "tidak"


def test_a_text_cut_at_a_comment_is_a_warning_with_where():
    loaded = load(
        replace(
            "      - text: {id: Halo, en: Hello}",
            "      - text:\n          id: Bu Wati (KWT #2)\n          en: Hello",
        )
    )
    [d] = loaded.diagnostics
    assert (d.code, d.pos.line, d.severity) == ("B100", 18, "warning")
    assert dict(d.fields)["kept"] == "Bu Wati (KWT" and "Bu Wati (KWT #2)" in d.hint_in("id")


@pytest.mark.parametrize("text", ['"Bu Wati (KWT #2)"', "Bu Wati (KWT#2)"])
def test_a_quoted_text_or_a_hash_without_space_is_kept(text):
    loaded = load(
        replace(
            "      - text: {id: Halo, en: Hello}", f"      - text:\n          id: {text}\n          en: Hello"
        )
    )
    assert loaded.diagnostics == []


def test_percent_on_a_meter_is_not_told_to_be_a_fraction():
    [d] = load(replace("trust: 10}", "trust: 10%}")).diagnostics
    assert d.code == "B059" and d.hint_key == "percent-points" and "0.1" not in d.hint_in("en")


LOOP = replace(
    "  b:\n    choices:\n",
    "  b:\n    choices:\n      - text: {id: Ulangi, en: Again}\n        feedback: {id: Lagi, en: Again}\n"
    "        set: {visited: true}\n        next: a\n",
)


def test_a_loop_whose_set_nothing_reads_is_warned():
    assert "B037" in {d.code for d in load(LOOP).diagnostics}
    read = replace("    if: trust >= 60", "    if: trust >= 60 and visited", LOOP)
    assert "B037" not in {d.code for d in load(read).diagnostics}


def test_play_stops_an_endless_loop_and_says_where(monkeypatch):
    monkeypatch.setattr("game.text_player.MAX_TURNS", 30)
    looping = scenario(LOOP)
    again = [c.index for c in Session(looping).view().choices]  # not needed: choose by id below
    assert again
    with pytest.raises(EndlessLoop) as caught:
        play(looping, Options(lang="id", choices=["a.1", "b.1"] * 40), io.StringIO())
    assert "30 keputusan" in str(caught.value) and "a" in str(caught.value)
