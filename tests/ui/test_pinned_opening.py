"""The decision screen reads well: a pinned start that says something, options in even rows."""

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


def test_options_side_by_side_are_as_tall_as_each_other():
    import pygame

    from game.ui import theme
    from game.ui.screens.decision import in_columns
    from game.ui.widgets import Button

    pygame.init()
    look = theme.Look((1920, 1080), text_size=0)
    short, long = Button("Tunda.", 1), Button("Minta Pak Harjono menambah satu sesi malam khusus " * 4, 2)
    (row,) = in_columns([short, long], 2)
    height = row.layout(look, 0, 0, 900)
    assert long.rect.height == height and short.rect.height == height  # one even row, not a ragged one
    alone = Button("Tunda.", 3)
    assert alone.layout(look, 0, 0, 450) < height  # a button on its own keeps its own height
