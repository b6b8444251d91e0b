"""YAML the parser cannot read is told by its likely cause, in both languages, where the trainer must
look (the line of an unclosed quote, not the end of the file), with a hint that fits the cause."""

import pytest

from ..scenario_text import BASE, load, replace

HALO = "{id: Halo, en: Hello}"

CASES = [
    # (what a trainer wrote, line, cause phrase, hint key)
    ("colon", replace(HALO, "Kata Pak Kades: setuju"), 17, "yaml-colon", "colon"),
    ("colon-in-braces", replace(HALO, "{id: Kata Pak Kades: setuju, en: Hello}"), 17, "yaml-flow", "flow"),
    ("missing-comma", replace(HALO, "{id: Halo en: Hello}"), 17, "yaml-flow", "flow"),
    ("brace-not-closed", replace(HALO, "{id: Halo, en: Hello"), 18, "yaml-flow-unclosed", "flow"),
    ("quote-not-closed", replace(HALO, '{id: "Halo, en: Hello}'), 17, "yaml-unclosed", "unclosed"),
    ("no-colon", BASE.replace("    start: 50\n", "    start 50\n", 1), 11, "yaml-no-colon", "no-colon"),
    (
        "text-goes-on",
        replace("      - text: " + HALO, "      - text: Halo\n      semua warga"),
        18,
        "yaml-no-colon",
        "no-colon",
    ),
    (
        "no-dash",
        replace("      - text: {id: Sendiri, en: Alone}", "      text: {id: Sendiri, en: Alone}"),
        23,
        "yaml-dash",
        "dash",
    ),
    (
        "indented-too-far",
        replace("        feedback: {id: Baik, en: Good}\n", "         feedback: {id: Baik, en: Good}\n"),
        21,
        "yaml-indent",
        "indent",
    ),
    ("starts-with-quote", replace(HALO, '"Halo" kata Pak Kades'), 17, "yaml-starts-quoted", "quote-whole"),
    ("starts-with-bracket", replace(HALO, "[catatan] halo"), 17, "yaml-starts-quoted", "quote-whole"),
    ("star", replace(HALO, "*penting* halo"), 17, "yaml-alias", "special"),
    ("at-sign", replace(HALO, "@warga halo"), 17, "yaml-reserved", "reserved"),
    ("backslash", replace(HALO, '"C:\\data\\x"'), 17, "yaml-escape", "escape"),
    ("second-document", BASE + "---\nid: x\n", 43, "yaml-document", "document"),
    (
        "tab",
        BASE.replace("    choices:\n      - text: {id: Bersama", "\tchoices:\n      - text: {id: Bersama", 1),
        18,
        "yaml-tab",
        "tab",
    ),
    ("curly-quotes", replace(HALO, "{id: \u201cKata: Halo\u201d, en: Hello}"), 17, None, "curly-quotes"),
    ("nbsp", replace("    choices:\n", "    choices:\n\u00a0\u00a0"), 19, None, "nbsp"),
]


@pytest.mark.parametrize("name, text, line, cause, hint", CASES, ids=[c[0] for c in CASES])
def test_parser_errors_are_told_by_their_cause(name, text, line, cause, hint):
    [d] = load(text).diagnostics
    assert (d.code, d.pos.line, d.hint_key) == ("B003", line, hint)
    fields = dict(d.fields)
    if cause:
        assert fields["cause"].key == cause
    for lang in ("en", "id"):
        assert d.hint_in(lang) and d.message_in(lang)
        assert "did not find expected" not in d.message_in(lang)  # the parser's own words are not shown
    assert d.message_in("id") != d.message_in("en")


def test_an_unknown_parser_message_is_still_shown():
    from game.content.codes import phrase
    from game.content.diagnostics import diag

    d = diag("B003", cause=phrase("yaml-other", problem="something new"), problem="something new")
    assert "something new" in d.message_in("en") and "something new" in d.message_in("id")
