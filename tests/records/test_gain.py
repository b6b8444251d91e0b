"""Learning gain from the pre/post check (game/records/gain.py): shares of learners free of each
misconception before and after, the normalised gain, matching of learners, per class, and the report
section and xAPI extension built on it."""

import pytest

from game.records import gain


def sitting(
    player, mode, shows=(), learner_id="", class_name="", at="2026-07-01T08:00:00Z", status="finished"
):
    """A check session whose answers show `shows` (one decision per misconception shown, one clean)."""
    decisions = [{"node": f"i{n}", "choice": "x", "misconceptions": [m]} for n, m in enumerate(shows)]
    decisions.append({"node": "clean", "choice": "ok", "misconceptions": []})
    return {
        "player": player,
        "learner_id": learner_id,
        "class_name": class_name,
        "mode": mode,
        "scenario": "cek-awal-akhir",
        "started_at": at,
        "status": status,
        "decisions": decisions,
    }


PRE, POST = "check-pre", "check-post"


def test_shares_and_normalised_gain_for_matched_learners():
    sessions = [
        sitting("Ani", PRE, ["solo_work", "aid_dependency"]),
        sitting("Budi", PRE, ["solo_work"]),
        sitting("Ani", POST, ["aid_dependency"], at="2026-07-02T08:00:00Z"),
        sitting("Budi", POST, [], at="2026-07-02T08:00:00Z"),
    ]
    table = gain.gain(sessions)
    assert table.matched == 2
    solo = table.row("solo_work")
    assert (solo.pre, solo.post, solo.gain) == (0.0, 1.0, 1.0)
    aid = table.row("aid_dependency")
    assert (aid.pre, aid.post, aid.gain) == (0.5, 0.5, 0.0)


def test_gain_is_none_when_everyone_was_free_before():
    sessions = [sitting("Ani", PRE, []), sitting("Ani", POST, ["quick_change"], at="2026-07-02T00:00:00Z")]
    quick = gain.gain(sessions).row("quick_change")
    assert quick.pre == 1.0 and quick.post == 0.0 and quick.gain is None
    assert gain.normalised_gain(1.0, 1.0) is None
    assert gain.normalised_gain(0.5, 0.25) == pytest.approx(-0.5)


def test_learners_are_matched_by_learner_id_else_by_name():
    sessions = [
        sitting("Ani Lestari", PRE, ["solo_work"], learner_id="19800101"),
        sitting("Bu Ani", POST, [], learner_id="19800101", at="2026-07-02T00:00:00Z"),  # same id, new name
        sitting("  budi ", PRE, ["solo_work"]),
        sitting("Budi", POST, [], at="2026-07-02T00:00:00Z"),  # same name, typed differently
        sitting("Citra", PRE, ["solo_work"]),  # no post sitting
        sitting("Ani Lestari", POST, ["solo_work"], at="2026-07-03T00:00:00Z"),  # no id: another learner
    ]
    table = gain.gain(sessions)
    assert (table.matched, table.pre_only, table.post_only) == (2, 1, 1)
    assert table.row("solo_work").post == 1.0


def test_first_pre_and_last_post_count_and_unfinished_sittings_do_not():
    sessions = [
        sitting("Ani", PRE, ["solo_work"], at="2026-07-01T00:00:00Z"),
        sitting("Ani", PRE, [], at="2026-07-05T00:00:00Z"),  # taken again later: the first counts
        sitting("Ani", POST, [], at="2026-07-02T00:00:00Z"),
        sitting("Ani", POST, ["solo_work"], at="2026-07-03T00:00:00Z"),  # the last finished post counts
        sitting("Ani", POST, [], at="2026-07-04T00:00:00Z", status="abandoned"),
        {"player": "Ani", "mode": "play", "scenario": "musrenbang", "decisions": []},  # not a check
    ]
    row = gain.gain(sessions).row("solo_work")
    assert (row.pre, row.post, row.learners) == (0.0, 0.0, 1)


def test_no_matched_learner_gives_no_rows_and_old_dicts_still_read():
    assert gain.gain([]).rows == ()
    old = {"player": "Ani", "mode": PRE, "finished_at": "2026-07-01T00:00:00Z", "decisions": []}
    table = gain.gain([old])
    assert table.rows == () and table.pre_only == 1


def test_per_class():
    sessions = [
        sitting("Ani", PRE, ["solo_work"], class_name="Angkatan 3"),
        sitting("Ani", POST, [], class_name="Angkatan 3", at="2026-07-02T00:00:00Z"),
        sitting("Ani", PRE, [], class_name="Angkatan 4"),
        sitting("Ani", POST, ["solo_work"], class_name="Angkatan 4", at="2026-07-02T00:00:00Z"),
    ]
    tables = gain.gain_by_class(sessions)
    assert list(tables) == ["Angkatan 3", "Angkatan 4"]
    assert tables["Angkatan 3"].row("solo_work").gain == 1.0
    assert tables["Angkatan 4"].row("solo_work").gain is None


@pytest.mark.parametrize("lang, word", [("id", "Gain ternormalisasi"), ("en", "Normalised gain")])
def test_report_section_in_both_languages(lang, word):
    sessions = [
        sitting("Ani <b>", PRE, ["aid_dependency"], class_name="Kelas <A>"),
        sitting("Ani <b>", POST, [], class_name="Kelas <A>", at="2026-07-02T00:00:00Z"),
    ]
    html = gain.report_section(sessions, lang)
    assert word in html and "Kelas &lt;A&gt;" in html and "<A>" not in html
    assert 'data-misconception="aid_dependency"><td>' in html and "+1.00" in html
    assert gain.report_section([], lang) == ""


def test_result_extension_for_xapi():
    ext = gain.result_extension(sitting("Ani", POST, ["quick_change"]))
    assert ext["sitting"] == "post" and ext["items"] == 2
    assert ext["free_of"] == {"solo_work": True, "quick_change": False, "aid_dependency": True}
    assert ext["shown"]["quick_change"] == 1
    assert gain.result_extension({"mode": "play"}) is None
