"""The class report's numbers and promises: shares per option, misconceptions by people (not
occurrences), full option texts with their misconception marks, votes, reflections and debrief
questions, filters, the anonymous page, local times, and the command's options."""

from __future__ import annotations

import argparse
import datetime
import io
import re
from html import escape

import pytest

from game.engine.misconceptions import NAMES
from game.records.cli_commands import add_record_arguments
from game.records.export import to_json
from game.records.report import SECTIONS, build_report
from game.records.report_data import Filters, parse_day, zone_named
from game.records.summary import overview, summarise

NOW = datetime.datetime(2024, 5, 1, 10, 0, tzinfo=datetime.timezone.utc)
UTC = zone_named("UTC")
LONG = "Ajak kader Posyandu, pendamping desa dan ketua RT duduk bersama " * 3  # 190 characters


def text(words: str) -> dict:
    return {"id": words, "en": words + " (en)"}


OPTIONS = [
    {"id": "listen", "text": text(LONG.strip()), "misconceptions": []},
    {"id": "solo", "text": text("Kerjakan sendiri malam ini"), "misconceptions": ["solo_work"]},
    {"id": "aid", "text": text("Bagikan sembako"), "misconceptions": ["aid_dependency", "quick_change"]},
]


def session(n, player, choices, learner_id="", class_name="A", started="2024-05-01T02:00:00+00:00", **more):
    decisions = [
        {
            "turn": turn,
            "node": node,
            "choice": choice,
            "at": started,
            "misconceptions": next(o["misconceptions"] for o in OPTIONS if o["id"] == choice),
            "options": OPTIONS,
            "choice_text": next(o["text"] for o in OPTIONS if o["id"] == choice),
            "situation": text(f"Situasi {node}"),
            "votes": more.pop("votes", None) if turn == 1 else None,
        }
        for turn, (node, choice) in enumerate(choices, 1)
    ]
    base = {
        "id": f"s{n}",
        "player": player,
        "learner_id": learner_id,
        "class_name": class_name,
        "scenario": "musdes",
        "scenario_title": text("Musdes"),
        "mode": "play",
        "started_at": started,
        "finished_at": started,
        "status": "finished",
        "ending": "bersama",
        "scores": {"collaboration": 70, "empathy": 40},
        "decisions": decisions,
        "reflections": [],
        "debrief_questions": [text("Apa yang membuat warga ikut?")],
    }
    base.update(more)
    return base


@pytest.fixture
def sessions():
    return [
        # Ani shows solo_work at both decisions: one person, not two
        session(
            1, "Ani", [("a", "solo"), ("b", "solo")], learner_id="199001", votes={"listen": 7, "solo": 3}
        ),
        session(2, "Ani Suryani", [("a", "listen"), ("b", "aid")], learner_id="199001"),  # Ani again, by id
        session(
            3,
            "Budi",
            [("a", "listen"), ("b", "listen")],
            class_name="B",
            reflections=[
                {"node": "a", "answer": " saya  mendengar dulu. ", "at": "", "prompt": text("Kenapa?")}
            ],
        ),
        session(4, "Budi", [("a", "aid")], class_name="B", finished_at=None, status="abandoned", ending=None),
        session(
            5,
            "Citra",
            [("a", "listen")],
            started="2024-05-01T17:30:00+00:00",  # 2 May, 00:30 in Jakarta
            reflections=[
                {"node": "a", "answer": "Saya mendengar dulu.", "at": "", "prompt": text("Kenapa?")}
            ],
        ),
    ]


def charts(html: str, name: str) -> dict:
    block = html[html.index(f'data-chart="{name}"') :]
    block = block[: block.index("</ol>")]
    return {
        m[0]: (int(m[1]), float(m[2]))
        for m in re.findall(r'data-label="([^"]*)" data-value="(\d+)" data-share="([\d.]+)"', block)
    }


def test_learners_are_people_and_misconceptions_are_counted_by_people(sessions):
    o = overview(summarise(sessions))
    assert o.sessions == 5 and len(o.learners) == 3 and o.classes == {"A", "B"}
    assert o.statuses == {"finished": 4, "abandoned": 1}
    # solo_work shown three times, all by Ani: 1 of 3 learners; aid: Ani and Budi
    assert {t: len(o.people.get(t, ())) for t in NAMES} == {
        "solo_work": 1,
        "quick_change": 2,
        "aid_dependency": 2,
    }
    assert o.share("solo_work") == pytest.approx(1 / 3) and o.share("aid_dependency") == pytest.approx(2 / 3)
    html = build_report(sessions, "en", NOW, zone=UTC)
    row = re.search(r'data-misconception="solo_work" data-people="(\d+)" data-share="([\d.]+)"', html)
    assert row.groups() == ("1", "0.3333") and "1 of 3 learners" in html and "33%" in html
    assert escape(NAMES["solo_work"].en) in html  # the game's own name for it


def test_shares_counts_full_texts_and_marks(sessions):
    html = build_report(sessions, "id", NOW, zone=UTC)
    a = charts(html, "choices:a")
    assert a == {LONG.strip(): (3, 0.6), "Kerjakan sendiri malam ini": (1, 0.2), "Bagikan sembako": (1, 0.2)}
    assert "60%" in html and "3 dari 5" in html
    assert LONG.strip() in html  # the whole option, never cut
    item = re.search(r'<li class="option[^"]*" data-choice="aid"[^>]*data-tags="([^"]*)"', html)
    assert item.group(1) == "quick_change aid_dependency"  # in the game's order
    listen = html[html.index('data-choice="listen"') :]
    assert 'data-tags=""' in listen[:400]  # no mark on an option that shows none
    assert 'class="tag" data-tag="solo_work"' in html


def test_votes_reflections_questions_and_endings(sessions):
    html = build_report(sessions, "id", NOW, zone=UTC)
    assert 'data-votes="7"' in html and "suara kelas 70% (7)" in html and "Suara kelas: 10 suara" in html
    # the same answer (without case and spaces) once, with how many and who gave it
    assert "Kenapa?" in html and "2 jawaban" in html and html.count("mendengar dulu.”") == 1
    assert "“saya  mendengar dulu.”</blockquote> <span class=\"times\">×2</span>" in html
    assert "— Budi, Citra</span>" in html
    assert "Apa yang membuat warga ikut?" in html
    endings = re.findall(r'class="ending" data-label="([^"]*)" data-value="(\d+)"', html)
    assert endings == [("bersama", "4"), ("belum selesai", "1")]


def test_every_name_and_learner_id_is_gone_when_anonymous(sessions):
    html = build_report(sessions, "en", NOW, zone=UTC, anonymous=True)
    for secret in ("Ani", "Suryani", "Budi", "Citra", "199001"):
        assert secret not in html and secret.casefold() not in html.casefold()
    assert "mendengar dulu.”</blockquote> <span class=\"times\">×2</span></li>" in html  # without who
    assert 'data-anonymous="yes"' in html and "per learner" not in html.casefold()
    named = build_report(sessions, "en", NOW, zone=UTC)
    assert (
        '<h3>Ani <span class="meta">199001 · A</span></h3>' in named
        and "Per learner" in named
        and 'data-section-of="learners"' in named
    )


def test_times_are_local_and_the_zone_is_named(sessions):
    jakarta = build_report(sessions, "id", NOW, zone=zone_named("Asia/Jakarta"))
    assert "waktu dalam Asia/Jakarta" in jakarta and "Dibuat 1 Mei 2024 17:00" in jakarta
    assert "1 Mei 2024 09:00" in jakarta  # 02:00 UTC is 09:00 WIB
    jayapura = build_report(sessions, "en", NOW, zone=zone_named("Asia/Jayapura"))
    assert "1 May 2024 11:00" in jayapura and "Asia/Jayapura" in jayapura


def test_filters_by_day_in_the_zone_class_and_scenario(sessions):
    jakarta = zone_named("Asia/Jakarta")
    until = parse_day("2024-05-01", jakarta, end=True)
    assert until == datetime.datetime(2024, 5, 2, tzinfo=jakarta.tz)
    assert [s["id"] for s in Filters(until=until).keep(sessions)] == [
        "s1",
        "s2",
        "s3",
        "s4",
    ]  # Citra: 2 May WIB
    assert len(Filters(until=parse_day("2024-05-01", UTC, end=True)).keep(sessions)) == 5
    assert [s["id"] for s in Filters(since=parse_day("2024-05-02", jakarta)).keep(sessions)] == ["s5"]
    assert [s["id"] for s in Filters(classes=("b",)).keep(sessions)] == ["s3", "s4"]  # without case
    assert Filters(scenarios=("other",)).keep(sessions) == []
    html = build_report(sessions, "en", NOW, zone=UTC, filters=Filters(classes=("B",)))
    assert '<div class="tile" data-count="sessions"><b>2</b>' in html and "class B" in html
    assert "No session matches the filters." in build_report(
        sessions, "en", NOW, filters=Filters(scenarios=("x",))
    )


def test_a_section_can_be_added(sessions):
    extra = [*SECTIONS, ("extra", lambda ctx: f"<p id=extra>{len(ctx.sessions)}</p>")]
    assert "<p id=extra>5</p>" in build_report(sessions, "en", NOW, sections=extra)


def run(tmp_path, sessions, *options):
    export = tmp_path / "class.json"
    export.write_text(to_json(sessions, NOW), encoding="utf-8")
    parser = argparse.ArgumentParser()
    add_record_arguments(parser.add_subparsers(dest="command"))
    out = tmp_path / "r.html"
    args = parser.parse_args(["report", str(export), "-o", str(out), *options])
    err = io.StringIO()
    code = args.handler(args, err=err, clock=lambda: NOW)
    return code, err.getvalue(), out.read_text(encoding="utf-8") if out.exists() else ""


def test_the_command_takes_filters_zone_and_anonymous(tmp_path, sessions):
    code, _, html = run(
        tmp_path, sessions, "--anonymous", "--tz", "Asia/Makassar", "--since", "2024-05-01", "--class", "A"
    )
    assert code == 0 and "Ani" not in html and "Asia/Makassar" in html and "10:00" in html
    assert '<div class="tile" data-count="sessions"><b>3</b>' in html
    code, err, _ = run(tmp_path, sessions, "--scenario", "nothing")
    assert code == 0 and err.startswith("catatan: tidak ada sesi") and "\nnote: no session matches" in err


@pytest.mark.parametrize(
    "options, said",
    [
        (["--tz", "Mars/Olympus"], "--tz"),
        (["--since", "kemarin"], "--since perlu tanggal"),
        (["--until", "2024-13-01"], "--until perlu tanggal"),
    ],
)
def test_a_wrong_option_is_said_in_both_languages(tmp_path, sessions, options, said):
    code, err, html = run(tmp_path, sessions, *options)
    indonesian, english = err.splitlines()
    assert code == 2 and html == "" and indonesian.startswith("galat: ") and said in indonesian
    assert english.startswith("error: ")


def test_the_check_sittings_go_to_the_gain_section_not_the_play_counts(sessions):
    checks = [
        session(10 + i, "Ani", [("item1", choice)], learner_id="199001", mode=mode, scenario="cek")
        for i, (mode, choice) in enumerate((("check-pre", "solo"), ("check-post", "listen")))
    ]
    html = build_report(sessions + checks, "en", NOW, zone=UTC)
    assert '<div class="tile" data-count="sessions"><b>5</b>' in html  # the five played sessions
    assert 'data-section="gain"' in html and html.index('data-section="gain"') > html.index('id="overview"')
    assert 'data-scenario="cek"' not in html


def test_many_scenarios_keep_the_overview_short(sessions):
    many = [dict(s, scenario=f"s{i}") for i, s in enumerate(sessions)]  # five scenarios
    html = build_report(many, "en", NOW, zone=UTC)
    overview = html[html.index('id="overview"') : html.index("</section>")]
    assert overview.count('class="erow compact"') == 5 and overview.count("data-ending=") == 5  # one each
    assert 'class="erow compact"' not in build_report(sessions, "en", NOW, zone=UTC)
