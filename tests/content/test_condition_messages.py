"""A condition that cannot be read is told in the trainer's language (no English inside the Indonesian
message), with the hint that names its actual fix (issue 14)."""

import datetime

import pytest

from game.content.codes.phrases import PHRASES
from game.content.loader import load_file
from game.engine.conditions import ConditionError, parse

from ..conftest import ROOT
from ..scenario_text import BASE, load, replace

CORPUS = ROOT / "tests" / "corpus" / "trainer"
ENGLISH = (
    "cannot read",
    "unexpected",
    "never closed",
    "expected a",
    "ends too early",
    "curly quote",
    "needs",
)

# file: code, line, words the hint must say (en, id)
CASES = {
    "syarat-kurung-tidak-ditutup.yaml": ("B027", 57, ("(trust >= 60 and rapat)", "')'"), ("ditutup", "')'")),
    "syarat-kutip-melengkung.yaml": (
        "B027",
        57,
        ("curly quotes", "trust >= 60"),
        ("kutip melengkung", "hapus"),
    ),
    "syarat-lebih-dari-kata.yaml": ("B027", 57, ("trust > 60",), ("trust > 60", "bukan kata")),
    "syarat-persen.yaml": (
        "B027",
        57,
        ("write 60, not 60%", "0 to 100"),
        ("tulis 60, bukan 60%", "0 sampai 100"),
    ),
    "syarat-sama-dengan-tunggal.yaml": ("B027", 57, ("use ==",), ("pakai ==",)),
    "syarat-ya.yaml": ("B027", 57, ("write just rapat", "not rapat"), ("tulis rapat saja", "not rapat")),
    "syarat-benar.yaml": ("B025", 57, ("write just rapat", "not rapat"), ("tulis rapat saja", "not rapat")),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_open_condition_case_is_told_in_both_languages(name):
    code, line, en_words, id_words = CASES[name]
    diagnostics = load_file(CORPUS / name).diagnostics
    [d] = [x for x in diagnostics if x.code in ("B025", "B027")]
    assert (d.code, d.pos.line) == (code, line)
    message, hint = d.message_in("id"), d.hint_in("id")
    assert not [w for w in ENGLISH if w in message], message
    assert message != d.message_in("en") and hint != d.hint_in("en")
    assert all(w in d.hint_in("en") for w in en_words), d.hint_in("en")
    assert all(w in hint for w in id_words), hint
    for lang in ("en", "id"):
        assert "set: {benar" not in d.hint_in(lang)
    if name == "syarat-ya.yaml":  # `use ==` would lead to `rapat == ya`, which fails again
        assert "==" not in d.hint_in("en") and "==" not in hint


def _b(condition, text=BASE):
    loaded = load(replace("    if: trust >= 60", f"    if: {condition}", text))
    return [d for d in loaded.diagnostics if d.code in ("B025", "B027")]


WITH_FLAG = replace("        next: b\n", "        set: {paved: true}\n        next: b\n")


@pytest.mark.parametrize(
    "condition, code, words",
    [
        ("paved = ya", "B027", "write just paved"),
        ("paved = true", "B027", "write just paved"),
        ("paved == 'ya'", "B027", ""),  # text: told by B080 instead, see below
        ("paved = tidak", "B027", "write just not paved"),
        ("paved == tidak", "B027", "write just not paved"),
        ("paved != ya", "B025", "write just not paved"),
        ("paved == salah", "B025", "write just not paved"),
        ("paved == Benar", "B025", "write just paved"),
        ("trust kurang dari 40", "B027", "trust < 40"),
        ("trust lebih dari atau sama dengan 40", "B027", "trust >= 40"),
        ("trust tidak sama dengan 40", "B027", "trust != 40"),
        ("trust sama dengan 40", "B027", "trust == 40"),
        ("trust >= 40 %", "B027", "write 40, not 40%"),
        ("‘trust >= 40’", "B027", "remove them: trust >= 40"),
        ("((trust >= 40) and paved", "B027", "((trust >= 40) and paved)"),
        ("paved sama dengan ya", "B027", "write just paved"),  # not `paved == ya`, which fails again
        ("trust = 60", "B027", "use =="),
        ("trust => 60", "B027", ">="),
    ],
)
def test_condition_hints_for_words_and_signs(condition, code, words):
    found = _b(condition, WITH_FLAG)
    if condition == "paved == 'ya'":
        assert found == []  # it parses, and compares a flag with text
        return
    [d] = found
    assert d.code == code and words in d.hint_in("en"), d.hint_in("en")
    assert not [w for w in ENGLISH if w in d.message_in("id")], d.message_in("id")


def test_a_yes_no_word_without_a_flag_beside_it_is_named():
    [d] = _b("trust >= 60 and benar")
    assert d.code == "B025" and "paket_bantuan" in d.hint_in("en") and "set: {" not in d.hint_in("en")


def test_a_flag_may_be_called_like_a_word():
    text = replace("        next: b\n", "        set: {minimal: true}\n        next: b\n")
    [d] = _b("minimal = ya", text)
    assert "write just minimal" in d.hint_in("en")
    [d] = _b("trust minimal 40", text)
    assert "trust >= 40" in d.hint_in("en")


def test_a_yes_no_word_beside_an_unknown_flag_gets_the_general_hint():
    [word] = [d for d in _b("trust >= 60 and rapatt == benar") if dict(d.fields)["name"] == "benar"]
    assert word.hint_key == "yes-no-word"


def test_a_misspelt_name_still_gets_did_you_mean():
    [d] = _b("trusst >= 60")
    assert d.code == "B025" and "trust" in d.hint_in("en")


START = datetime.date(2026, 9, 1)


@pytest.mark.parametrize(
    "source, key, start",
    [
        ("x" * 2001, "too-long", None),
        ("trust 5", "unexpected", None),
        ("trust >= 5%", "cannot-read", None),
        ("“trust”", "curly-quote", None),
        ("1" * 20, "long-number", None),
        ("trust >=", "ends-early", None),
        ("not " * 50 + "x", "too-deep", None),
        ("date > 3", "needs-calendar", None),
        ("day < 2026-09-30", "date-needs-calendar", None),
        ("(trust", "unclosed", None),
        ("trust >= )", "operand", None),
        ("day < 2026-02-30", "not-a-date", START),
    ],
)
def test_every_condition_error_has_a_key_said_in_both_languages(source, key, start):
    with pytest.raises(ConditionError) as info:
        parse(source, start)
    error = info.value
    assert error.key == key and error.message  # the English message stays for engine users
    en, id_ = PHRASES["cond-" + key]
    assert en.format(**error.fields) and id_.format(**error.fields) and en != id_


def test_a_word_is_quoted_as_written():
    with pytest.raises(ConditionError) as info:
        parse("trust dan dan x")
    assert info.value.fields == {"text": "dan"} and info.value.key == "operand"
