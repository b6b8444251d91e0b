"""The picture under a modal card is kept only while the very same screens lie under it: a new card can
be given the id() of one just closed, and the play screen must then be drawn again (its side meters take
the new card's changes as they are drawn: tests/ui/test_side_meters.py failed now and then on that)."""

from dataclasses import dataclass

from game.ui.app import _same_under


@dataclass
class Screen:
    name: str  # equal by value, like any dataclass: identity is what counts under a card


def test_the_same_screens_keep_the_picture():
    play, card, look = Screen("play"), Screen("card"), object()
    assert _same_under(((play, card), (1280, 720), look), ((play, card), (1280, 720), look))


def test_another_card_equal_by_value_redraws_the_picture():
    play, look = Screen("play"), object()
    old, new = Screen("card"), Screen("card")
    assert old == new and old is not new
    assert not _same_under(((play, old), (1280, 720), look), ((play, new), (1280, 720), look))


def test_another_size_or_look_redraws_the_picture():
    play, card, look = Screen("play"), Screen("card"), object()
    key = ((play, card), (1280, 720), look)
    assert not _same_under(key, ((play, card), (1920, 1080), look))
    assert not _same_under(key, ((play, card), (1280, 720), object()))
    assert not _same_under(key, ((play,), (1280, 720), look))
