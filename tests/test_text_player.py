"""The text player's result: scaled when it has a scale, the raw values said as such when it has none."""

import io

from game.analysis.bounds import score_bounds
from game.engine.session import Session
from game.text_player import Options, play

from .scenario_text import scenario


def test_without_a_scale_the_values_are_raw_and_said_so_in_both_languages():
    sc = scenario()
    for lang, words in (("id", "skala skenario belum diketahui"), ("en", "scale is not known")):
        out = io.StringIO()
        result = play(sc, Options(lang=lang, choices=["a.1", "b.1"]), out)
        assert result["scaled"] is False and result["scores"] == {}
        assert words in out.getvalue()


def test_a_scale_found_at_the_end_scores_0_to_100():
    sc = scenario()
    asked = []

    def scale(found):
        asked.append(found)
        return score_bounds(found)

    out = io.StringIO()
    result = play(sc, Options(lang="en", choices=["a.1", "b.1"]), out, scale=scale)
    assert asked == [sc] and result["scaled"] and result["scores"]["collaboration"] == 100
    assert "Competency scores (0-100)" in out.getvalue()
    given = Session(sc, bounds=score_bounds(sc))
    play(sc, Options(choices=["a.2", "b.1"]), io.StringIO(), session=given, scale=lambda s: asked.append(s))
    assert len(asked) == 1  # a session that has its scale is not asked again
