"""Six trainer mistakes (issue 14) are told once, by their real cause, in both languages: double quotes
inside double quotes, '-text:' without its space, a text from Word whose commas split it, `{id Halo}`
without ': ', an event indented under the one before it, and a list written in { }."""

import pytest

from game.content.loader import load_file

from ..conftest import ROOT
from ..scenario_text import load, replace

CORPUS = ROOT / "tests" / "corpus"


def case(name: str):
    """The case file in the trainer corpus (tests/corpus/trainer/, where expected.csv holds its rows)."""
    return CORPUS / "trainer" / name


CASES = [
    # (file, [(code, line)], {lang: words the message or hint must say})
    (
        "kutip-dalam-kutip.yaml",
        [("B003", 23)],
        {
            "en": ["double quote", "single", "\"Bu Wati bilang 'halo' ke saya\"", '\\"'],
            "id": ["kutip ganda", "tunggal", "\"Bu Wati bilang 'halo' ke saya\"", '\\"'],
        },
    ),
    (
        "strip-tanpa-spasi.yaml",
        [("B003", 40)],  # the line of `-text:` itself (the parser notices on line 41)
        {"en": ["no space after the dash", "'- text:'"], "id": ["spasi setelah tanda minus", "'- text:'"]},
    ),
    (
        "word-panjang.yaml",
        [("B097", 23)],
        {
            "en": ["curly quotes", "not quotes", "commas split", 'with straight double quotes "'],
            "id": [
                "kutip melengkung",
                "bukan tanda kutip",
                "koma",
                'ganti \u201c \u201d dengan tanda kutip ganda lurus "',
            ],
        },
    ),
    (
        "titik-dua-hilang-id-teks.yaml",
        [("B098", 23)],
        {"en": ["'id Halo'", "write id: Halo"], "id": ["'id Halo'", "tulis id: Halo", "titik dua"]},
    ),
    (
        "indentasi-lebih-event.yaml",
        [("B099", 49)],
        {
            "en": ["'hujan' looks indented one level too deep", "kind, title", "event 'retak'", "'retak:'"],
            "id": ["'hujan' tampaknya diindentasi satu tingkat terlalu dalam", "kind, title", "'retak:'"],
        },
    ),
    (
        "daftar-kurung-kurawal.yaml",
        [("B010", 32)],
        {"en": ["a list in [ ]", "[solo_work]"], "id": ["daftar dalam kurung siku [ ]", "[solo_work]"]},
    ),
]


@pytest.mark.parametrize("name, expected, words", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_mistake_is_told_once_by_its_real_cause(name, expected, words, lang):
    loaded = load_file(case(name))
    assert [(d.code, d.pos.line) for d in loaded.diagnostics] == expected
    assert loaded.scenario is None  # an error: the story does not play as if nothing were wrong
    [d] = loaded.diagnostics
    said = d.message_in(lang) + "\n" + d.hint_in(lang)
    for word in words[lang]:
        assert word in said, (word, said)
    if lang == "id":
        assert d.message_in("id") != d.message_in("en") and d.hint_in("id") != d.hint_in("en")
        assert "saran:" in d.text("id")
    for misleading in (
        "koma yang hilang",
        "missing comma",
        "indentasinya berbeda",
        "satu nilai",
        "single value",
    ):
        assert misleading not in said


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_each_case_is_a_valid_scenario_but_for_its_one_mistake(name):
    """Undo the one mistake and the file is clean: nothing else in it is wrong."""
    fixes = {
        "kutip-dalam-kutip.yaml": ('"Bu Wati bilang "halo" ke saya"', "\"Bu Wati bilang 'halo' ke saya\""),
        "strip-tanpa-spasi.yaml": ("      -text:", "      - text:"),
        "word-panjang.yaml": ("\u201c", '"'),
        "titik-dua-hilang-id-teks.yaml": ("{id Halo,", "{id: Halo,"),
        "indentasi-lebih-event.yaml": ("    hujan:\n", "  hujan:\n"),
        "daftar-kurung-kurawal.yaml": ("{solo_work}", "[solo_work]"),
    }
    old, new = fixes[name]
    text = (case(name)).read_text(encoding="utf-8")
    assert old in text
    fixed = text.replace(old, new).replace("\u201d", '"')
    assert [str(d) for d in load(fixed).diagnostics] == []


HALO = "{id: Halo, en: Hello}"
ALONE = "      - text: {id: Sendiri, en: Alone}"
TOGETHER = "      - text: {id: Bersama, en: Together}"


@pytest.mark.parametrize(
    "old, new, code, cause",
    [
        (HALO, "{id: Halo, semua warga, en: Hello}", "B097", None),
        (HALO, "{id:Halo, en: Hello}", "B098", None),
        (HALO, "{id: Halo, en Hello}", "B098", None),
        (HALO, '{id: "Kata "Halo" kata", en: Hello}', "B003", "yaml-quote-in-quote"),
        (HALO, '"Bu Wati bilang "halo" ke saya"', "B003", "yaml-quote-in-quote"),
        (ALONE, ALONE.replace("- text", "-text"), "B003", "yaml-dash-space"),
        (TOGETHER, TOGETHER.replace("- text", "-text"), "B003", "yaml-dash-space"),
    ],
)
def test_the_same_mistakes_elsewhere_get_one_message(old, new, code, cause):
    diagnostics = load(replace(old, new)).diagnostics
    assert [d.code for d in diagnostics] == [code], [str(d) for d in diagnostics]
    if cause:
        assert dict(diagnostics[0].fields)["cause"].key == cause


def test_a_text_read_as_meant_when_only_the_colon_is_missing():
    loaded = load(replace("{id: Halo, en: Hello}", "{id Halo, en: Hello}"))
    [d] = loaded.diagnostics
    assert d.code == "B098" and "id: Halo" in d.hint_in("en")


def test_ordinary_quotes_and_flow_maps_stay_as_they_were():
    """Not every quote after a quote, nor every key without value, is one of these mistakes."""
    said = load(replace(HALO, '"Halo" kata Pak Kades')).diagnostics
    assert [(d.code, dict(d.fields)["cause"].key) for d in said] == [("B003", "yaml-starts-quoted")]
    said = load(replace(HALO, '{id: "Halo" kata, en: "x"}')).diagnostics  # the text did end: a comma
    assert [(d.code, dict(d.fields)["cause"].key) for d in said] == [("B003", "yaml-flow")]
    said = load(replace(HALO, "{Halo, en: Hello}")).diagnostics
    assert "B011" in [d.code for d in said]
