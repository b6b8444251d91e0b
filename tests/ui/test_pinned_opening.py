"""The pinned start of a scrolling situation says something: not a bare date."""

from types import SimpleNamespace

from game.ui.screens.decision import situation_pin
from game.ui.widgets.flow import Summary


def line(head, text):
    return SimpleNamespace(head=head, text=text)


def test_a_short_first_sentence_takes_the_next_with_it():
    pin = Summary.opening(
        "Narator", "Senin, 6 Juli 2026. Hujan turun sejak pagi dan jalan ke Watu licin. Lagi."
    )
    assert pin.full == "Narator: Senin, 6 Juli 2026. Hujan turun sejak pagi dan jalan ke Watu licin."


def test_a_telling_first_sentence_stands_alone():
    pin = Summary.opening("Bu Sri", "Saya ingin bicara soal posyandu minggu depan, Pak. Ada yang mengganjal.")
    assert pin.full == "Bu Sri: Saya ingin bicara soal posyandu minggu depan, Pak."


def test_a_line_that_only_gives_the_date_is_passed_over():
    typing = [
        line("Narator", "Senin, 6 Juli 2026."),
        line("Mbak Nadia", "Skor air minum Watu paling rendah se-kecamatan. Tolong."),
    ]
    assert situation_pin(typing).full == "Mbak Nadia: Skor air minum Watu paling rendah se-kecamatan."
    assert situation_pin([line("Narator", "Senin.")]).full == "Narator: Senin."  # nothing better: kept
    assert situation_pin([]) is None
