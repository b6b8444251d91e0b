"""The class report counts what the class did, once per session, in either language."""

from __future__ import annotations

import datetime
import json
from html.parser import HTMLParser

import pytest

from game.records.export import from_json, to_json
from game.records.report import build_report
from game.records.store import RecordStore
from game.records.summary import merge, summarise

NOW = datetime.datetime(2024, 6, 1, 8, 30, tzinfo=datetime.timezone.utc)

# (player, choices): indexes into the tiny scenario's options at meet, plan, act
CLASS = [
    ("Ani", [0, 0, 0]),  # listen, together, review
    ("Budi", [1, 1, 1]),  # announce(solo_work), handout(aid_dependency, quick_change), rush(quick_change)
    ("Citra", [0, 2, 1]),  # listen, alone(solo_work), rush(quick_change)
    ("Dewi <b>&", [1, 0]),  # announce(solo_work), together; not finished
]


class Charts(HTMLParser):
    """chart name -> {label: value}, read from the report's data attributes (an SVG chart's <g>, an
    option list's <li>, an ending's <div>)."""

    def __init__(self):
        super().__init__()
        self.charts, self.current, self.texts, self.open = {}, None, [], None  # open: [tag, depth]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.open and tag == self.open[0]:
            self.open[1] += 1
        if "data-chart" in attrs:
            self.current = self.charts.setdefault(attrs["data-chart"], {})
            self.open = [tag, 1]
        elif self.current is not None and "data-label" in attrs:
            self.current[attrs["data-label"]] = float(attrs["data-value"])

    def handle_endtag(self, tag):
        if self.open and tag == self.open[0]:
            self.open[1] -= 1
            if not self.open[1]:
                self.open, self.current = None, None

    def handle_data(self, data):
        self.texts.append(data)


def parse(html):
    parser = Charts()
    parser.feed(html)
    return parser


@pytest.fixture
def class_sessions(tmp_path, clock, ids, play):
    store = RecordStore.open(tmp_path / "r.db", clock=clock, new_id=ids)
    for player, choices in CLASS:
        play(store, player, choices, finish=len(choices) == 3)
    return store.sessions()


def test_summary_counts(class_sessions):
    summary = summarise(class_sessions)["tiny"]
    assert len(summary.sessions) == 4 and summary.finished == 3
    assert summary.misconceptions == {"solo_work": 3, "quick_change": 3, "aid_dependency": 1}
    assert summary.misconceptions_at["solo_work"] == {"meet": 2, "plan": 1}
    assert summary.choices["meet"] == {"listen": 2, "announce": 2}
    assert summary.choices["plan"] == {"together": 2, "handout": 1, "alone": 1}
    assert summary.choices["act"] == {"review": 1, "rush": 2}
    assert summary.endings == {"shared": 3, None: 1}
    assert summary.nodes == ["meet", "plan", "act"]
    assert sum(summary.distribution("empathy")) == 3
    assert summary.share("plan", "together") == 0.5
    # by people: Budi shows quick_change twice, but is one learner
    assert {tag: len(who) for tag, who in summary.people.items()} == {
        "solo_work": 3,
        "quick_change": 2,
        "aid_dependency": 1,
    }


def test_report_charts_hold_the_right_counts(class_sessions, scenario):
    charts = parse(build_report(class_sessions, "en", NOW)).charts
    assert charts["choices:meet"] == {"choose listen": 2, "choose announce": 2}  # the recorded texts
    assert charts["choices:plan"] == {"choose together": 2, "choose handout": 1, "choose alone": 1}
    assert charts["endings"] == {"shared": 3, "not finished": 1}
    assert sum(charts["distribution:collaboration"].values()) == 3


def test_report_uses_scenario_words_and_shows_unchosen_options(class_sessions, scenario):
    one = [s for s in class_sessions if s["player"] == "Ani"]
    charts = parse(build_report(one, "id", NOW, scenarios={"tiny": scenario})).charts
    assert charts["choices:meet"] == {"pilih listen": 1, "pilih announce": 0}  # by text: orders were shuffled
    assert charts["endings"] == {"Perubahan bersama": 1}


def test_older_records_without_texts_fall_back_to_the_scenario_then_ids(class_sessions, scenario):
    old = json.loads(json.dumps(class_sessions))
    for session in old:
        for decision in session["decisions"]:
            for key in ("options", "choice_text", "situation"):
                decision.pop(key)
    assert parse(build_report(old, "en", NOW)).charts["choices:meet"] == {"listen": 2, "announce": 2}
    words = parse(build_report(old, "en", NOW, scenarios={"tiny": scenario})).charts
    assert words["choices:meet"] == {"choose listen": 2, "choose announce": 2}


def test_report_is_bilingual_and_self_contained(class_sessions):
    english, indonesian = build_report(class_sessions, "en", NOW), build_report(class_sessions, "id", NOW)
    assert "Class report" in english and '<html lang="en">' in english
    assert (
        "Laporan kelas" in indonesian
        and "Lebih cepat kalau saya kerjakan sendiri" in indonesian
        and "belum selesai" in indonesian
    )
    for html in (english, indonesian):
        assert "<script" not in html and "http://" not in html.replace(
            'xmlns="http://www.w3.org/2000/svg"', ""
        )
        assert "src=" not in html and "<link" not in html


def test_player_names_are_escaped(class_sessions):
    html = build_report(class_sessions, "en", NOW)
    assert "Dewi <b>&" not in html and "Dewi &lt;b&gt;&amp;" in html
    assert "Dewi <b>&" in parse(html).texts


def test_merging_exports_does_not_double_count(class_sessions):
    laptop_a = from_json(to_json(class_sessions[:3], NOW))
    laptop_b = from_json(to_json(class_sessions[1:], NOW))  # Budi and Citra exported twice
    merged = merge(laptop_a, laptop_b)
    assert len(merged) == 4
    charts = parse(build_report(merged, "en", NOW)).charts
    assert charts["choices:meet"] == {"choose listen": 2, "choose announce": 2}


def test_merge_keeps_the_most_complete_copy(class_sessions):
    finished = class_sessions[0]
    early = json.loads(json.dumps(finished))
    early.update(finished_at=None, ending=None, scores={}, decisions=early["decisions"][:1])
    assert merge([early], [finished]) == [finished]
    assert merge([finished], [early]) == [finished]


def test_empty_report_says_so():
    assert "No sessions recorded yet." in build_report([], "en")
    with pytest.raises(ValueError):
        build_report([], "fr")
