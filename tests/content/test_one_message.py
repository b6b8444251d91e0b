"""One mistake, one message (issue 14): a decimal comma inside braces and a number written with its
unit each give one B059 with the hint that names the fix, in both languages; what only looks alike
is left alone."""

import pytest

from ..scenario_text import BASE, load, replace

EFFECTS = "        effects: {collaboration: 2, trust: 10}\n"


@pytest.mark.parametrize(
    ("written", "fixed"),
    [("trust: 2,5", "trust: 2.5"), ("trust: -2,5", "trust: -2.5"), ("trust: 10,75", "trust: 10.75")],
)
def test_a_decimal_comma_in_braces_is_one_message_naming_the_fix(written, fixed):
    text = replace(EFFECTS, "        effects: {collaboration: 2, " + written + "}\n", BASE)
    [d] = load(text).diagnostics
    assert (d.code, d.pos.line, d.hint_key) == ("B059", 20, "comma-braces")
    assert fixed in d.hint_in("en") and fixed in d.hint_in("id")
    assert "trust" in d.message_in("id") and written.split(": ")[1] in d.message_in("en")


@pytest.mark.parametrize(
    "effects",
    [
        "{collaboration: 2, trust: 10, 5: 3}",  # a key 5 with a value of its own: a meter named 5
        "{collaboration: 2, trust: 10, 5}",  # a comma and a space: a separate (empty) entry
        '{collaboration: 2, trust: "2",5}',  # a quoted number before it
    ],
)
def test_what_only_looks_like_a_decimal_comma_is_told_as_it_is(effects):
    found = load(replace(EFFECTS, f"        effects: {effects}\n", BASE)).diagnostics
    assert found and "comma-braces" not in [d.hint_key for d in found]  # still told, as what it is


@pytest.mark.parametrize(
    ("minutes", "hint", "number"),
    [
        ("2 menit", "unit", "2"),
        ("20 minutes", "unit", "20"),
        ("1 jam", "unit-minutes", "60"),
        ("1,5 jam", "unit-minutes", "90"),
    ],
)
def test_minutes_with_a_unit_is_one_message_with_the_number_alone(minutes, hint, number):
    [d] = load(replace("minutes: 2\n", f"minutes: {minutes}\n", BASE)).diagnostics
    assert (d.code, d.pos.line, d.hint_key) == ("B059", 6, hint)
    assert number in d.hint_in("id") and number in d.hint_in("en")


def test_a_meter_start_with_a_unit_gets_the_number_alone():
    [d] = load(replace("    start: 50\n", "    start: 50 poin\n", BASE)).diagnostics
    assert (d.code, d.hint_key) == ("B059", "unit") and "50" in d.hint_in("id") and "poin" in d.hint_in("id")
