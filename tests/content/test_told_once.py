"""One message per cause: a mistake's consequences are not told again (game/content/told_once.py), and
the one message names the cause (default ending placed first, an empty next, an id with a space)."""

from ..scenario_text import BASE, load, replace


def codes(text: str) -> list:
    return [(d.code, d.pos.line) for d in load(text).diagnostics]


def test_a_default_ending_placed_first_is_told_at_it_and_not_as_a_missing_default():
    text = BASE.replace(
        "  - id: plain\n    title: {id: Biasa, en: Plain}\n    summary: {id: Biasa, en: Plain}\n"
        "    debrief: [{id: Mengapa?, en: Why?}]\n",
        "",
    ).replace(
        "endings:\n",
        "endings:\n  - id: plain\n    title: {id: Biasa, en: Plain}\n    summary: {id: Biasa, en: Plain}\n"
        "    debrief: [{id: Mengapa?, en: Why?}]\n",
    )
    [d] = load(text).diagnostics
    assert (d.code, d.pos.line) == ("B096", 34)
    assert "'good'" in d.message_in("en") and "plain" in d.hint_in("id") and "paling bawah" in d.hint_in("id")
    assert "remove" not in d.hint_in("en") and "hapus" not in d.hint_in("id")  # 'good' keeps its if


def test_an_unreadable_if_is_not_taken_for_a_missing_one():
    text = replace("    if: trust >= 60\n", "    if: trust => 60\n")
    assert [c for c, _ in codes(text)] == ["B027"]


def test_an_empty_next_is_one_message_naming_the_nodes():
    [d] = load(replace("        next: b\n", "        next:\n")).diagnostics
    assert d.code == "B101" and "a, b" in d.hint_in("id") and "END" in d.hint_in("en")


def test_a_node_id_in_other_letters_gets_the_id_as_written():
    [d] = load(replace("        next: b\n", "        next: B\n")).diagnostics
    assert d.code == "B020" and dict(d.fields)["suggestion"] == "b"


def test_an_id_with_a_space_is_told_once_at_the_id():
    text = replace("  b:\n", "  node b:\n")
    [d] = load(text).diagnostics  # not also B020 at each `next: b`
    assert (d.code, d.pos.line) == ("B102", 28) and "node_b" in d.hint_in("id")


def test_a_name_that_is_no_word_of_a_spaced_id_is_still_unknown():
    text = replace("  b:\n", "  node b:\n").replace("        next: END\n", "        next: c\n")
    assert sorted(c for c, _ in codes(text)) == ["B020", "B102"]


def test_a_node_without_choices_is_one_message():
    text = replace(
        "  b:\n    choices:\n      - text: {id: Selesai, en: Finish}\n        feedback: {id: Usai, en: Done}\n"
        "        next: END\n",
        "  b:\n    lines:\n      - text: {id: Selesai, en: Finish}\n",
    )
    assert [c for c, _ in codes(text)] == ["B012"]  # not also B081, nor B031 from every node before it


def test_an_empty_feedback_is_one_message():
    text = replace("        feedback: {id: Usai, en: Done}\n", "        feedback: {}\n")
    assert [c for c, _ in codes(text)] == ["B063"]


def test_a_misspelt_scheduled_event_is_not_also_an_unused_one():
    text = replace(
        "        misconceptions: [solo_work]\n",
        "        misconceptions: [solo_work]\n        schedule: [{event: retakk, after: 1 month}]\n",
    ).replace(
        "endings:\n",
        "events:\n  retak:\n    kind: delayed\n    title: {id: Retak, en: Cracks}\n"
        "    text: {id: Retak, en: Cracks}\n    effects: {trust: -5}\nendings:\n",
    )
    [d] = load(text).diagnostics
    assert d.code == "B023" and dict(d.fields)["suggestion"] == "retak"
