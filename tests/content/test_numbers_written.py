"""Numbers as an Indonesian trainer writes them: a dot or a comma between groups of three digits, and a
chance written as a word. Each is said once, and no hint offers a value that means something else."""

import pytest

from ..scenario_text import BASE, RAIN_AT_B, load, replace


def with_trust_change(written: str):
    return load(replace("trust: 10}", f"trust: {written}}}"))


@pytest.mark.parametrize("written, read", [("1.000", 1), ("2.500", 2.5), ("-1.000", -1)])
def test_a_dot_between_thousands_is_read_as_written_and_said(written, read):
    loaded = with_trust_change(written)
    [d] = loaded.diagnostics
    assert (d.code, d.severity, d.pos.line) == ("B095", "warning", 20)
    [change] = [e for e in loaded.scenario.nodes["a"].choices[0].effects if e.meter == "trust"]
    assert change.delta == read  # the story is what the trainer is told it is
    thousands = written.replace(".", "")
    assert thousands in d.hint_in("id") and thousands in d.hint_in("en")
    assert "titik" in d.message_in("id") and "dot" in d.message_in("en")


@pytest.mark.parametrize("written", ["1.5", "0.500", "10", "12.25", "1000"])
def test_an_ordinary_number_is_not_taken_for_thousands(written):
    assert with_trust_change(written).diagnostics == []


def test_a_quoted_dotted_number_is_not_warned_twice():
    # a quoted number is a text where a number belongs: that is its own error, not a thousands warning
    assert [d.code for d in with_trust_change('"1.000"').diagnostics] != ["B095"]


@pytest.mark.parametrize("written", ["1.000.000", "2.500.000"])
def test_several_dots_are_no_number_and_the_hint_gives_the_digits(written):
    [d] = with_trust_change(written).diagnostics
    assert d.code == "B059" and written.replace(".", "") in d.hint_in("id")


def test_a_quoted_comma_thousand_offers_the_thousand_and_never_a_dotted_number():
    [d] = with_trust_change('"1,000"').diagnostics
    assert d.code == "B059"
    for lang in ("id", "en"):
        hint = d.hint_in(lang)
        assert "1000" in hint and "1.000" not in hint  # 1.000 would be read as 1 again


def test_a_comma_thousand_in_braces_offers_both_readings():
    [d] = with_trust_change("1,000").diagnostics
    assert d.code == "B059"
    hint = d.hint_in("id")
    assert "trust: 1000" in hint and "trust: 1" in hint and "1.000" not in hint


def test_a_decimal_comma_in_braces_is_still_a_decimal():
    [d] = with_trust_change("2,5").diagnostics
    assert d.code == "B059" and "trust: 2.5" in d.hint_in("en")


@pytest.mark.parametrize("word, fraction", [("setengah", "0.5"), ("seperempat", "0.25")])
def test_a_chance_written_as_a_word_gets_its_number(word, fraction):

    text = replace("endings:", RAIN_AT_B.replace("probability: 1", f"probability: {word}") + "endings:", BASE)
    [d] = load(text).diagnostics
    assert d.code == "B059" and fraction in d.hint_in("id") and "0 (tidak pernah) sampai 1" in d.hint_in("id")
    assert "-2" not in d.hint_in("en")  # no example that is not a chance
