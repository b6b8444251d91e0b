"""A meter may say what it measures: `description:`, bilingual like its label (issue 13)."""

from __future__ import annotations

from game.content.library import load_all
from game.resources import SCENARIOS_DIR
from tests.scenario_text import load, replace

LABEL = "    label: {id: Kepercayaan, en: Trust}\n"


def with_description(value: str) -> str:
    return replace(LABEL, LABEL + f"    description: {value}\n")


def test_a_description_is_read_in_both_languages():
    loaded = load(with_description('{id: "Seberapa warga percaya", en: "How far residents trust you"}'))
    assert loaded.diagnostics == []
    meter = loaded.scenario.meters["trust"]
    assert meter.description.get("id") == "Seberapa warga percaya"
    assert meter.description.get("en") == "How far residents trust you"


def test_a_meter_without_one_has_an_empty_description_and_the_builtins_have_their_own():
    loaded = load()
    assert loaded.diagnostics == []
    meters = loaded.scenario.meters
    assert not meters["trust"].description
    assert meters["collaboration"].description.en and meters["collaboration"].description.id
    assert meters["empathy"].description.en and meters["empathy"].description.id


def test_a_list_for_a_description_is_an_error_at_its_line():
    loaded = load(with_description("[satu, dua]"))
    errors = [(d.code, d.pos.line) for d in loaded.diagnostics if d.severity == "error"]
    assert ("B010", 11) in errors  # a list where a map of languages belongs, on the description's line
    assert loaded.scenario is None


def test_an_unknown_language_in_a_description_is_an_error_at_its_key():
    loaded = load(with_description("{id: Percaya, en: Trust, fr: Confiance}"))
    [error] = [d for d in loaded.diagnostics if d.severity == "error"]
    assert (error.code, error.pos.line, error.pos.col) == ("B011", 11, 43)


def test_an_indonesian_only_description_warns_that_the_english_is_missing():
    loaded = load(with_description("Seberapa warga percaya"))
    assert [(d.code, d.severity, d.pos.line) for d in loaded.diagnostics] == [("B040", "warning", 11)]
    assert loaded.scenario.meters["trust"].description.get("en") == "Seberapa warga percaya"  # falls back


def test_every_shipped_meter_says_what_it_measures_in_both_languages():
    seen = 0
    for loaded in load_all([SCENARIOS_DIR]):
        for meter in loaded.scenario.meters.values():
            assert meter.description.id and meter.description.en, (loaded.path, meter.id)
            assert meter.description.id != meter.description.en, (loaded.path, meter.id)
            seen += 1
    assert seen > 50
