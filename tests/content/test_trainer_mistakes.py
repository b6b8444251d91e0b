"""Mistakes found by trying to break the validator as a trainer would: each gets a code, a line
and a hint that names the actual problem."""

import pytest

from ..scenario_text import BASE, load, replace


def only(loaded, code):
    found = [d for d in loaded.diagnostics if d.code == code]
    assert found, f"expected {code}, got {[(d.code, d.pos.line, d.hint) for d in loaded.diagnostics]}"
    return found[0]


def test_tab_indentation_names_the_tab():
    d = only(
        load(
            BASE.replace(
                "    choices:\n      - text: {id: Bersama", "\tchoices:\n      - text: {id: Bersama", 1
            )
        ),
        "B003",
    )
    assert "Tab" in d.hint


def test_curly_quotes_are_named():
    d = only(load(replace("{id: Halo, en: Hello}", "{id: “Kata: Halo”, en: Hello}")), "B003")
    assert "curly quotes" in d.hint and d.pos.line == 17


def test_control_character_is_located():
    d = only(load(replace("{id: Halo, en: Hello}", "{id: Ha\x0blo, en: Hello}")), "B049")
    assert (d.pos.line, d.pos.col) == (17, 22) and "control character" in d.message


def test_second_document_is_named():
    assert "second document" in only(load(BASE + "---\nid: other\n"), "B003").hint


@pytest.mark.parametrize(
    "condition, words",
    [
        ("trust => 60", ">="),
        ("trust = 60", "=="),
        ("trust >= 60 && trust < 90", "and"),
        ("trust < 10 || trust > 90", "or"),
        ("trust ≥ 60", "ordinary"),
        ("40 < trust < 60", "one thing at a time"),
    ],
)
def test_condition_hints_name_the_fix(condition, words):
    d = only(load(replace("    if: trust >= 60", f"    if: {condition}")), "B027")
    assert words in d.hint


def test_tidak_means_not():
    text = replace("        next: b\n", "        set: {paved: true}\n        next: b\n")
    text = replace("    if: trust >= 60", "    if: trust >= 60 dan tidak paved", text)
    assert load(text).diagnostics == []


def test_comparing_a_meter_with_text():
    d = only(load(replace("    if: trust >= 60", "    if: trust >= '60'")), "B028")
    assert d.pos.line == 35 and "remove the quotes" in d.hint


def test_comparing_a_flag_with_the_text_true():
    text = replace("        next: b\n", "        set: {paved: true}\n        next: b\n")
    text = replace("    if: trust >= 60", "    if: paved == 'true'", text)
    assert "not paved" in only(load(text), "B080").hint


def test_set_on_a_meter():
    d = only(load(replace("        next: b\n", "        set: {trust: 75}\n        next: b\n")), "B029")
    assert d.pos.line == 22 and "effects" in d.hint


def test_endless_loop_is_a_warning_but_a_guarded_one_is_not():
    loop = replace(
        """      - text: {id: Selesai, en: Finish}
        feedback: {id: Usai, en: Done}
        next: END""",
        """      - text: {id: Selesai, en: Finish}
        feedback: {id: Usai, en: Done}
        next: END
      - text: {id: Lagi, en: Again}
        feedback: {id: Lagi, en: Again}
        effects: {collaboration: 1}
        next: a""",
    )
    d = only(load(loop), "B037")
    assert d.severity == "warning" and d.pos.line == 15
    guarded = loop.replace(
        "        effects: {collaboration: 1}\n        next: a",
        "        effects: {collaboration: 1}\n        if: not again\n        set: {again: true}\n        next: a",
    )
    assert [x.code for x in load(guarded).diagnostics] == []


def test_numbers_written_the_indonesian_way():
    text = (
        BASE
        + "events:\n  rain:\n    kind: obstacle\n    probability: 0,5\n    title: {id: A, en: A}\n    text: {id: A, en: A}\n"
    )
    assert "0.5" in only(load(text), "B059").hint
    text = text.replace("0,5", "50%")
    assert "0.5" in only(load(text), "B059").hint


def test_list_without_brackets():
    d = only(load(replace("[solo_work]", "solo_work, quick_change")), "B026")
    assert "[solo_work, quick_change]" in d.hint


def test_durations_and_calendar_have_limits():
    assert only(load(replace("        next: b\n", "        time: 99999999 days\n        next: b\n")), "B077")
    assert only(load(BASE.replace("start: a\n", "start: a\ncalendar: {start: 9999-12-30}\n")), "B068")


def test_empty_character_name():
    text = BASE.replace(
        "meters:", "characters:\n  wiryo:\n    name: #1 Pak Wiryo\n    role: {id: Kades, en: Head}\nmeters:"
    )
    assert "comment" in only(load(text), "B069").hint


def test_minutes_must_be_positive():
    assert only(load(BASE.replace("minutes: 2", "minutes: -1")), "B065").pos.line == 6


def test_schema_reads_units_in_any_case_like_the_loader():
    import re

    from game.authoring.schema import AFTER, DURATION

    for value in ("2 Minggu", "3 HARI", "1 bulan"):
        assert (
            re.match(DURATION, value)
            and load(replace("        next: b\n", f"        time: {value}\n        next: b\n")).ok
        )
    assert re.match(AFTER, "3 Keputusan")
