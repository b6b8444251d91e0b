"""Cue-bias analysis (game/analysis/cues/, validate's B039) on small scenarios whose answers are known."""

import json
import random
import subprocess
import sys

import pytest

from game.analysis import cues
from game.analysis.bounds import score_bounds
from game.analysis.cues import projection, strategies
from game.content.checks import check_cue_bias, long_untagged_options, telltale_words
from game.content.loader import load_text
from game.engine.session import Session

from ..conftest import ROOT

LONG = {
    "id": "Minta Bu Siti dan kader mengundang warga dusun satu per satu untuk rembuk sore hari selepas ladang",
    "en": "Ask Bu Siti and the cadres to invite the hamlet's residents one by one to talk in the late afternoon",
}


def option(text_id, text_en=None, tags=(), effects=None, sets=None, next_node="END", time=None, fixed=False):
    return {
        "id": text_id,
        "en": text_en or text_id,
        "tags": list(tags),
        "effects": effects or {},
        "set": sets or {},
        "next": next_node,
        "time": time,
        "fixed": fixed,
    }


def build(nodes, endings, meters="", events="", top=""):
    """A scenario from [(node id, [option, ...], extra node yaml)] and [(ending id, condition or None, extra)]."""
    out = [
        "format: 1",
        "id: kecil",
        "title: {id: Kecil, en: Small}",
        "summary: {id: Ringkas, en: Short}",
        "duty: needs_design",
        "minutes: 5",
        f"start: {nodes[0][0]}",
        "calendar: {start: 2026-07-06}",
    ]
    out += [top] if top else []
    out += [
        "meters:",
        "  trust:",
        "    label: {id: Kepercayaan, en: Trust}",
        "    start: 50",
        "    min: 0",
        "    max: 100",
    ]
    out += [meters] if meters else []
    out.append("nodes:")
    for node_id, options, extra in nodes:
        out += [f"  {node_id}:", "    lines:", "      - text: {id: Halo, en: Hello}"]
        out += [extra] if extra else []
        out.append("    choices:")
        for o in options:
            out.append(f"      - text: {{id: {json.dumps(o['id'])}, en: {json.dumps(o['en'])}}}")
            out.append("        feedback: {id: Terjadi, en: It happens}")
            if o["effects"]:
                out.append(
                    "        effects: {" + ", ".join(f"{k}: {v}" for k, v in o["effects"].items()) + "}"
                )
            if o["set"]:
                out.append(
                    "        set: {" + ", ".join(f"{k}: {json.dumps(v)}" for k, v in o["set"].items()) + "}"
                )
            if o["tags"]:
                out.append(f"        misconceptions: [{', '.join(o['tags'])}]")
                out.append("        insight: {id: Pelajaran, en: Lesson}")
            if o["time"]:
                out.append(f"        time: {o['time']}")
            if o["fixed"]:
                out.append("        fixed: true")
            out.append(f"        next: {o['next']}")
    if events:
        out.append(events)
    out.append("endings:")
    for ending_id, condition, extra in endings:
        out.append(f"  - id: {ending_id}")
        if condition:
            out.append(f"    if: {condition}")
        out += [
            f"    title: {{id: {ending_id}, en: {ending_id}}}",
            "    summary: {id: Ringkas, en: Short}",
            "    debrief: [{id: Mengapa?, en: Why?}]",
        ]
        out += [extra] if extra else []
    return "\n".join(out) + "\n"


def load(text):
    loaded = load_text(text, path="kecil.yaml")
    assert loaded.scenario is not None, "\n".join(str(d) for d in loaded.diagnostics)
    return loaded


def scenario(text):
    return load(text).scenario


def chain(per_node, endings, **kwargs):
    """Nodes n0, n1, ... in a line, each offering `per_node(i, next)`."""
    count = len(per_node)
    nodes = [(f"n{i}", per_node[i](f"n{i + 1}" if i + 1 < count else "END"), "") for i in range(count)]
    return build(nodes, endings, **kwargs)


# -- the longest option always wins: flagged ---------------------------------------------------------------
def _long_wins(next_node, i=0):
    return [
        option(LONG["id"] + f" ({i})", LONG["en"] + f" ({i})", sets={f"baik{i}": True}, next_node=next_node),
        option("Kerjakan sendiri malam ini", "Do it tonight", tags=["solo_work"], next_node=next_node),
        option("Kirim paket bantuan", "Send aid parcels", tags=["aid_dependency"], next_node=next_node),
    ]


LONGEST_WINS = chain(
    [lambda n, i=i: _long_wins(n, i) for i in range(4)],
    [("bagus", "baik0 and baik1 and baik2 and baik3", ""), ("biasa", None, "")],
)


def test_a_scenario_where_the_longest_option_always_wins_is_flagged():
    sc = scenario(LONGEST_WINS)
    rows = cues.run_strategies(sc, runs=20)
    assert rows["longest_id"]["best"] == 1.0 and rows["longest_en"]["best"] == 1.0
    assert rows["longest_id"]["mean_score"] == 100.0
    assert rows["shortest_id"]["best"] == 0.0
    g1 = cues.gate_g1(rows)
    assert g1["status"] == cues.FAIL
    assert any("longest_id reaches the best ending in 100% of runs" in p for p in g1["problems"])
    g3 = cues.gate_g3(sc)
    assert g3["status"] == cues.FAIL and g3["id"]["untagged_longest"] == 4 and g3["decisions"] == 4


def test_validate_warns_at_each_long_untagged_option_and_at_the_best_ending():
    loaded = load(LONGEST_WINS)
    long_ones = [d for d in loaded.diagnostics if d.code == "B086"]
    assert len(long_ones) == 8  # four nodes, both languages
    first = loaded.scenario.nodes["n0"].choices[0]
    assert long_ones[0].pos == first.pos and long_ones[0].pos.line > 0 and long_ones[0].pos.col > 0
    assert long_ones[0].severity == "warning" and long_ones[0].hint
    [won] = cues.strategy_diagnostics(loaded.scenario, runs=10)
    assert won.code == "B039" and won.pos == loaded.scenario.endings[0].pos
    assert "always the longest option (Indonesian) in 10 of 10 runs" in won.message
    assert "shortest" not in won.message


# -- matched lengths: not flagged ---------------------------------------------------------------------------
BEST_TEXTS = [
    ("Tanya kader posyandu soal jadwal timbang", "Ask the health cadres about the weighing days"),
    ("Temui Pak Slamet di pos ronda nanti malam", "Meet Pak Slamet at the night-watch post"),
    ("Bawa peta air ke balai dusun hari Kamis", "Take the water map to the hamlet hall"),
    ("Biarkan BPD memimpin musyawarah desanya", "Let the BPD chair its village meeting"),
]
SOLO_TEXTS = [
    ("Susun jadwal timbang itu di kantor malam ini", "Draw up the weighing timetable at the office"),
    ("Ambil alih catatan Pak Slamet supaya rapi", "Take over Pak Slamet's notes to tidy them"),
    ("Gambar ulang peta air dengan GPS kantor", "Redraw the water map with the office GPS"),
    ("Pimpin sidangnya karena BPD masih ragu", "Chair the meeting since the BPD hesitates"),
]
QUICK_TEXTS = [
    ("Umumkan target sebulan lewat grup WhatsApp", "Announce a one-month target on WhatsApp"),
    ("Janjikan hasilnya terlihat sebelum Lebaran", "Promise results people can see by Eid"),
    ("Pasang bak air dulu, urusan lain menyusul", "Put in the water tank first, the rest later"),
    ("Loloskan usulan cepat tanpa pembahasan", "Pass the proposal quickly without debate"),
]


def _matched(next_node, i=0):
    """Options of about the same length, each in its own words; the best is the shortest at odd nodes."""
    best = option(*BEST_TEXTS[i], sets={f"baik{i}": True}, next_node=next_node)
    solo = option(*SOLO_TEXTS[i], tags=["solo_work"], next_node=next_node)
    quick = option(*QUICK_TEXTS[i], tags=["quick_change"], next_node=next_node)
    return [best, solo, quick] if i % 2 else [solo, best, quick]


MATCHED = chain(
    [lambda n, i=i: _matched(n, i) for i in range(4)],
    [("bagus", "baik0 and baik1 and baik2 and baik3", ""), ("biasa", None, "")],
)


def test_matched_lengths_are_not_flagged():
    loaded = load(MATCHED)
    assert [d for d in loaded.diagnostics if d.code in ("B086", "B087")] == []
    assert long_untagged_options(loaded.scenario) == []
    rows = cues.run_strategies(loaded.scenario, runs=20)
    assert rows["longest_id"]["best"] == 0.0 and rows["longest_en"]["best"] == 0.0
    assert cues.gate_g3(loaded.scenario)["status"] == cues.PASS
    assert cues.strategy_diagnostics(loaded.scenario, runs=20) == []


def test_a_few_characters_longer_is_no_cue_but_a_third_longer_is():
    def node(best_text):
        return lambda n: [
            option(best_text, sets={"baik": True}, next_node=n),
            option("Susun sendiri daftarnya", tags=["solo_work"], next_node=n),
        ]

    ends = [("bagus", "baik", ""), ("biasa", None, "")]
    slightly = scenario(chain([node("Tanya warga dulu, lalu rapat")], ends))  # 28 vs 23 characters
    assert long_untagged_options(slightly) == []
    much = scenario(chain([node("Tanya warga dusun dulu apa yang mereka butuhkan, lalu rapat")], ends))
    [(node_found, choice, lang, times)] = [row for row in long_untagged_options(much) if row[2] == "id"]
    assert node_found.id == "n0" and choice.id == "n0.1" and times > 1.3


# -- the shared-word detector -------------------------------------------------------------------------------
def _worded(solo_texts, other_texts):
    def node(i):
        return lambda n: [
            option(other_texts[i], sets={f"baik{i}": True}, next_node=n),
            option(solo_texts[i], tags=["solo_work"], next_node=n),
        ]

    return scenario(
        chain([node(i) for i in range(len(solo_texts))], [("bagus", "baik0", ""), ("biasa", None, "")])
    )


OTHERS = [
    "Ajak kepala dusun menghitung ulang",
    "Tanyakan ke bidan desa jadwalnya",
    "Minta BPD membuka rapatnya",
    "Dengarkan dulu keluhan ibu-ibu",
]


def test_a_word_most_solo_work_options_share_is_a_telltale():
    sc = _worded(
        [
            "Hitung sendiri datanya",
            "Datangi sendiri bidan itu",
            "Buka sendiri rapatnya",
            "Catat keluhannya di kantor",
        ],
        OTHERS,
    )
    found = [(tag, lang, word, hits, total) for tag, lang, word, hits, total, *_ in telltale_words(sc)]
    assert ("solo_work", "id", "sendiri", 3, 4) in found
    first = next(row[7] for row in telltale_words(sc) if row[2] == "sendiri")
    assert first.id == "n0.2"  # located at the first option that has it
    [warning] = [d for d in check_cue_bias(sc) if "'sendiri' (id)" in d.message]
    assert warning.code == "B087" and "3 of the 4 solo_work options" in warning.message


def test_a_word_every_option_uses_or_only_half_use_is_no_telltale():
    everywhere = _worded(
        ["Hitung data warga", "Datangi warga dulu", "Buka rapat warga", "Catat suara warga"],
        [t + " bersama warga" for t in OTHERS],
    )
    assert [row[2] for row in telltale_words(everywhere)] == []
    half = _worded(
        [
            "Hitung sendiri datanya",
            "Datangi sendiri bidan itu",
            "Buka sendiri rapatnya",
            "Catat keluhannya di kantor",
            "Tulis laporannya malam ini",
            "Putuskan jadwalnya besok",
        ],
        OTHERS + ["Tanyakan Pak Slamet", "Ajak karang taruna"],
    )
    assert "sendiri" not in [row[2] for row in telltale_words(half)]  # 3 of 6 is not most


def test_function_words_are_not_telltales():
    sc = _worded(
        ["Hitung yang ada dan untuk itu", "Datangi yang ada dan untuk itu", "Buka yang ada dan untuk itu"],
        ["Ajak kepala dusun", "Tanya bidan desa", "Minta BPD"],
    )
    assert telltale_words(sc) == []  # yang, dan, untuk, ada, itu: in every solo option, and no cue


# -- strategies -----------------------------------------------------------------------------------------------
def test_keyword_hits_are_whole_words_and_case_blind():
    assert cues.keyword_hits("Ajak WARGA musyawarah bersama tim kader") == 6
    assert cues.keyword_hits("warganya timbangan diskusinya bersamaan diajak") == 0
    assert cues.keyword_hits("Sit down with the team", "en") == 2


def test_the_keyword_strategy_picks_the_most_meeting_words_and_ties_go_to_the_first_shown():
    from game.engine.model import Text

    class View:  # pick() reads only .text
        def __init__(self, text):
            self.text = Text(text, text)

    views = [View("Susun daftar"), View("Ajak warga rapat"), View("Undang tim dan kader")]
    assert cues.pick("keyword", views) == 1  # 2 hits, 2 hits: the first shown of the two
    assert cues.pick("longest_id", views) == 2
    assert cues.pick("shortest_id", views) == 0
    assert cues.pick("first", views) == 0


def test_random_play_is_reproducible_and_varies():
    sc = scenario(MATCHED)
    bounds = score_bounds(sc)
    first = [cues.play(sc, "random", seed, bounds).path for seed in range(8)]
    again = [cues.play(sc, "random", seed, bounds).path for seed in range(8)]
    assert first == again and len(set(first)) > 1


def test_the_quick_path_reaches_the_same_endings_as_the_session():
    sc = scenario(MATCHED)
    for strategy in cues.STRATEGIES:
        for seed in range(10):
            assert (
                strategies._quick_ending(sc, strategy, seed)
                == cues.play(sc, strategy, seed, score_bounds(sc)).ending.id
            )


def test_random_must_reach_the_best_ending_sometimes():
    rows = {name: {"best": 0.1, "mean_score": 40.0, "endings": {}} for name in cues.STRATEGIES}
    rows["random"]["best"] = 0.01
    g1 = cues.gate_g1(rows)
    assert g1["status"] == cues.FAIL and "random reaches the best ending in only 1.0%" in g1["problems"][0]
    rows["random"]["best"] = 0.05
    assert cues.gate_g1(rows)["status"] == cues.PASS
    rows["first"]["mean_score"] = 80.0
    assert "first has a mean score of 80.0 (limit 75)" in cues.gate_g1(rows)["problems"]


# -- G2: two misconceptions never reach the best ending -------------------------------------------------------
def _tempting(next_node, i=0, load_meter=False):
    """Both options gain trust; the tagged one also adds to the Kabid's own workload when asked."""
    effects = {"trust": 5, "beban": 1} if load_meter else {"trust": 5}
    return [
        option(f"Minta tim menyusun jadwal {i}", effects={"trust": 5}, next_node=next_node),
        option(f"Susun jadwal itu malam ini {i}", tags=["solo_work"], effects=effects, next_node=next_node),
    ]


BEBAN = "\n".join(
    [
        "  beban:",
        "    label: {id: Beban kerja Anda, en: Your workload}",
        "    start: 0",
        "    min: 0",
        "    max: 10",
    ]
)


def test_g2_finds_a_winning_path_with_two_misconceptions_and_it_replays():
    sc = scenario(
        chain(
            [lambda n, i=i: _tempting(n, i) for i in range(3)],
            [("bagus", "trust >= 65", ""), ("biasa", None, "")],
        )
    )
    found = cues.misconception_search(sc)
    assert found.status == cues.FAIL and len(found.tagged) >= 2
    session = Session(sc, seed=0)
    for choice_id in found.path:
        session.choose_id(choice_id)
    assert session.state.ending == "bagus"
    assert sum(bool(f.tag) for f in session.result().misconceptions) >= 2
    assert cues.gate_g2(found)["status"] == cues.FAIL


def test_g2_passes_when_the_best_ending_needs_a_low_workload():
    sc = scenario(
        chain(
            [lambda n, i=i: _tempting(n, i, load_meter=True) for i in range(3)],
            [("bagus", "trust >= 65 and beban <= 1", ""), ("biasa", None, "")],
            meters=BEBAN,
        )
    )
    assert cues.misconception_search(sc).status == cues.PASS
    one = cues.misconception_search(sc, needed=1)  # one tagged choice still can: the search is not blind
    assert one.status == cues.FAIL and len(one.tagged) == 1


def test_g2_searches_a_state_again_when_it_is_reached_with_more_misconceptions():
    # n0's two options lead to the same state; the untagged one is searched first (depth first, last
    # option first), so b is first seen with no misconception and must be searched again with one.
    nodes = [
        (
            "n0",
            [
                option("Susun jadwal itu malam ini", tags=["solo_work"], effects={"trust": 5}, next_node="b"),
                option("Minta tim menyusun jadwal", effects={"trust": 5}, next_node="b"),
            ],
            "",
        ),
        (
            "b",
            [
                option("Ambil alih rapatnya", tags=["solo_work"], next_node="END"),
                option("Biarkan BPD memimpin", next_node="END"),
            ],
            "",
        ),
    ]
    sc = scenario(build(nodes, [("bagus", "trust >= 55", ""), ("biasa", None, "")]))
    found = cues.misconception_search(sc)
    assert found.status == cues.FAIL and found.path == ("n0.1", "b.1")


def test_g2_counts_a_chance_event_as_possible():
    rain = "\n".join(
        [
            "events:",
            "  hujan:",
            "    kind: obstacle",
            "    probability: 0.1",
            "    title: {id: Hujan, en: Rain}",
            "    text: {id: Hujan, en: Rain}",
            "    effects: {trust: 30}",
        ]
    )

    def node(n):
        return [
            option("Minta tim menyusun jadwal", effects={"trust": 5}, next_node=n),
            option("Susun jadwal itu malam ini", tags=["solo_work"], effects={"trust": -5}, next_node=n),
        ]

    sc = scenario(chain([node, node], [("bagus", "trust >= 70", ""), ("biasa", None, "")], events=rain))
    found = cues.misconception_search(sc)
    assert found.status == cues.FAIL and len(found.tagged) == 2  # only with the (unlikely) rain


def test_g2_says_unknown_when_its_budget_runs_out():
    sc = scenario(
        chain(
            [lambda n, i=i: _tempting(n, i, load_meter=True) for i in range(3)],
            [("bagus", "trust >= 65 and beban <= 1", ""), ("biasa", None, "")],
            meters=BEBAN,
        )
    )
    found = cues.misconception_search(sc, budget=2)
    assert found.status == cues.UNKNOWN
    assert cues.gate_g2(found)["problems"][0].startswith("the search stopped after")


def test_the_projection_proves_what_it_can_and_never_rules_out_a_real_path():
    low = scenario(
        chain(
            [lambda n, i=i: _tempting(n, i, load_meter=True) for i in range(3)],
            [("bagus", "trust >= 65 and beban <= 1", ""), ("biasa", None, "")],
            meters=BEBAN,
        )
    )
    assert cues.ProjectedSearch(low, 0, needed=2).reachable(10_000) is False  # a proof
    assert cues.ProjectedSearch(low, 0, needed=1).reachable(10_000) is True
    tempting = scenario(
        chain(
            [lambda n, i=i: _tempting(n, i) for i in range(3)],
            [("bagus", "trust >= 65", ""), ("biasa", None, "")],
        )
    )
    assert cues.exact_misconception_search(tempting).status == cues.FAIL
    assert cues.ProjectedSearch(tempting, 0, needed=2).reachable(10_000) is True


def test_the_projection_follows_chance_and_delayed_events():
    late = "\n".join(
        [
            "events:",
            "  pujian:",
            "    kind: delayed",
            "    title: {id: Pujian, en: Praise}",
            "    text: {id: Pujian, en: Praise}",
            "    effects: {trust: 30}",
        ]
    )

    def node(n):
        return [
            option("Minta tim menyusun jadwal", effects={"trust": 5}, next_node=n),
            option("Susun jadwal itu malam ini", tags=["solo_work"], effects={"trust": -5}, next_node=n),
        ]

    text = chain([node, node], [("bagus", "trust >= 60", ""), ("biasa", None, "")], events=late)
    head, tail = text.split("  n1:\n", 1)  # the last decision schedules it: only the epilogue can fire it
    tail = tail.replace(
        "        misconceptions: [solo_work]\n",
        "        misconceptions: [solo_work]\n"
        "        schedule:\n          - {event: pujian, after: 1 month}\n",
        1,
    )
    sc = scenario(
        head + "  n1:\n" + tail
    )  # only the praise that comes due at the end lifts two tagged choices to 'bagus'
    assert cues.exact_misconception_search(sc).status == cues.FAIL
    assert cues.ProjectedSearch(sc, 0, needed=2).reachable(10_000) is True


def test_the_projection_knows_a_chance_event_may_not_happen():
    storm = "\n".join(
        [
            "events:",
            "  badai:",
            "    kind: obstacle",
            "    probability: 0.5",
            "    title: {id: Badai, en: Storm}",
            "    text: {id: Badai, en: Storm}",
            "    effects: {trust: -40}",
        ]
    )

    def node(n):
        return [
            option("Minta tim menyusun jadwal", effects={"trust": 5}, next_node=n),
            option("Susun jadwal itu malam ini", tags=["solo_work"], effects={"trust": 5}, next_node=n),
        ]

    sc = scenario(
        chain([node, node, node], [("bagus", "trust >= 60", ""), ("biasa", None, "")], events=storm)
    )
    assert cues.exact_misconception_search(sc).status == cues.FAIL  # when the storm passes them by
    assert cues.ProjectedSearch(sc, 0, needed=2).reachable(10_000) is True


def test_the_projection_searches_a_state_again_with_more_misconceptions():
    nodes = [
        (
            "n0",
            [
                option("Susun jadwal itu malam ini", tags=["solo_work"], effects={"trust": 5}, next_node="b"),
                option("Minta tim menyusun jadwal", effects={"trust": 5}, next_node="b"),
            ],
            "",
        ),
        (
            "b",
            [
                option("Ambil alih rapatnya", tags=["solo_work"], next_node="END"),
                option("Biarkan BPD memimpin", next_node="END"),
            ],
            "",
        ),
    ]
    sc = scenario(build(nodes, [("bagus", "trust >= 55", ""), ("biasa", None, "")]))
    assert cues.ProjectedSearch(sc, 0, needed=2).reachable(10_000) is True


def test_polarity_of_a_name_in_a_condition():
    from game.engine import conditions

    def polarity(source, name, flag=False):
        return projection._polarity(conditions.parse(source).tree, name, flag=flag)

    assert polarity("beban <= 2", "beban") == {-1}
    assert polarity("trust >= 60 and beban < 3", "trust") == {1}
    assert polarity("not terlambat", "terlambat", flag=True) == {-1}
    assert polarity("ok and not (a + b) > 1", "b", flag=True) == {-1}
    assert polarity("2 >= beban", "beban") == {-1}
    assert polarity("beban == 2", "beban") == {0}
    assert polarity("beban > 2 or beban < 1", "beban") == {1, -1}
    assert polarity("trust >= 60", "beban") == set()


def test_a_meter_that_chooses_between_futures_is_not_ordered():
    nodes = [
        ("n0", [option("Minta tim menyusun jadwal", effects={"trust": 5}, next_node="n1")], ""),
        ("n1", [option("Lanjut", next_node="END")], "    if: trust >= 70\n    otherwise: END"),
    ]
    sc = scenario(build(nodes, [("bagus", "trust >= 50", ""), ("biasa", None, "")]))
    assert cues.ProjectedSearch(sc, 0).direction == (0,)  # a node's `if` reads it
    free = scenario(
        build(
            nodes[:1] + [("n1", [option("Lanjut", next_node="END")], "")],
            [("bagus", "trust >= 50", ""), ("biasa", None, "")],
        )
    )
    assert cues.ProjectedSearch(free, 0).direction == (1,)


# -- G4, G5 -----------------------------------------------------------------------------------------------------
def test_correlation_of_collaboration_and_empathy():
    assert cues.correlation([(1, 1), (2, 2), (3, 3)]) == pytest.approx(1.0)
    assert cues.correlation([(1, -1), (-1, 1), (2, -2)]) == pytest.approx(-1.0)
    assert cues.correlation([(1, 0), (2, 0)]) is None

    def node(n):
        return [
            option("Rapat tim", effects={"collaboration": 2, "empathy": -1}, next_node=n),
            option("Dengarkan ibu-ibu", effects={"collaboration": -1, "empathy": 2}, next_node=n),
            option("Kerjakan malam ini", tags=["solo_work"], effects={"collaboration": -2}, next_node=n),
        ]

    sc = scenario(chain([node], [("biasa", None, "")]))
    assert cues.effect_pairs(sc) == [(2, -1), (-1, 2), (-2, 0)]
    g4 = cues.gate_g4(sc)
    assert g4["status"] == cues.PASS and g4["r"] < 0


def test_branching_decisions_lead_to_different_nodes():
    nodes = [
        ("a", [option("Satu", next_node="b"), option("Dua", next_node="c")], ""),
        ("b", [option("Tiga", next_node="c"), option("Empat", next_node="c")], ""),
        ("c", [option("Lima", next_node="END")], ""),
    ]
    sc = scenario(build(nodes, [("biasa", None, "")]))
    assert cues.branching_decisions(sc) == ["a"]
    g5 = cues.gate_g5(sc)
    assert g5["status"] == cues.FAIL and "1 decision(s)" in g5["problems"][0]


# -- G6: deadlines ------------------------------------------------------------------------------------------------
def test_no_deadline_fails_g6():
    g6 = cues.gate_g6(scenario(MATCHED))
    assert g6["status"] == cues.FAIL and g6["problems"] == ["no deadline"]


def _deadline_scenario(missed_can_win: bool):
    nodes = [
        (
            "mulai",
            [
                option(
                    "Dengar semua dusun dulu", sets={"didengar": True}, time="3 weeks", next_node="musdes"
                ),
                option("Langsung ke Musdes", time="2 days", next_node="musdes"),
            ],
            "",
        ),
        (
            "musdes",
            [
                option("Bawa usulan Watu", sets={"usulan": True}, next_node="END"),
                option("Ikuti draf", next_node="END"),
            ],
            "    deadline: {day: 14, missed: terlambat}",
        ),
        (
            "terlambat",
            [
                option("Usulkan tahun depan", sets={"usulan": missed_can_win}, next_node="END"),
                option("Terima draf apa adanya", next_node="END"),
            ],
            "",
        ),
    ]
    return scenario(build(nodes, [("bagus", "usulan", ""), ("biasa", None, "")]))


def test_a_deadline_the_slow_path_misses_and_that_changes_the_endings_passes_g6():
    g6 = cues.gate_g6(_deadline_scenario(missed_can_win=False))
    assert g6["status"] == cues.PASS
    [row] = g6["deadlines"]
    assert row["met_endings"] == ["bagus", "biasa"] and row["missed_endings"] == ["biasa"]


def test_g6_says_unknown_when_its_budget_runs_out():
    g6 = cues.gate_g6(_deadline_scenario(missed_can_win=False), budget=1)
    assert g6["status"] == cues.UNKNOWN and g6["deadlines"][0]["unknown"]


def test_a_deadline_whose_missed_arm_reaches_the_same_endings_fails_g6():
    sc = _deadline_scenario(missed_can_win=True)
    g6 = cues.gate_g6(sc)
    assert g6["status"] == cues.FAIL
    assert "leaves the same endings reachable" in g6["problems"][0]


# -- the best ending, the report, the commands --------------------------------------------------------------------
def test_best_ending_is_the_one_marked_best_else_the_first():
    sc = scenario(MATCHED)
    assert cues.best_ending(sc).id == "bagus"
    marked = MATCHED.replace("  - id: biasa\n", "  - id: biasa\n    best: true\n")
    assert cues.best_ending(scenario(marked)).id == "biasa"


def test_the_report_has_every_gate_and_passes_only_when_all_pass():
    rep = cues.report(scenario(LONGEST_WINS), runs=10)
    assert set(rep["gates"]) == {"G1", "G2", "G3", "G4", "G5", "G6"}
    assert rep["passed"] is False and rep["gates"]["G1"]["status"] == cues.FAIL
    assert rep["findings"]["long_untagged_options"]
    text = cues.format_report(rep)
    assert "G1 FAIL" in text and "longest_id" in text and "Not passed: G1" in text


def run(*args):
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_the_module_and_analyze_cues_print_the_report(tmp_path):
    path = tmp_path / "kecil.yaml"
    path.write_text(LONGEST_WINS, encoding="utf-8")
    done = run("-m", "game.analysis.cues", str(path), "--runs", "5", "--json")
    assert done.returncode == 1, done.stderr  # gates fail
    rep = json.loads(done.stdout)
    assert rep["gates"]["G1"]["strategies"]["longest_id"]["best"] == 1.0
    done = run("run_game.py", "analyze", str(path), "--cues", "--runs", "5")
    assert done.returncode == 0 and "G1 FAIL" in done.stdout and "Traceback" not in done.stderr
    done = run("run_game.py", "validate", "--format", "json", str(path))
    diags = json.loads(done.stdout)["files"][0]["diagnostics"]
    best = [d for d in diags if d["code"] == "B039" and "best ending" in d["message"]]
    assert best and best[0]["severity"] == "warning" and best[0]["line"] > 0 and best[0]["hint"]


def test_counter_strategies_pick_what_they_say():
    from types import SimpleNamespace

    from game.engine.model import Text

    views = [SimpleNamespace(text=Text("a" * n, "a" * n)) for n in (30, 90, 10, 50, 70)]
    assert cues.pick("median_id", views) == 3  # lengths 10, 30, 50, 70, 90: the middle is 50
    chosen = {cues.pick("not_longest_id", views, random.Random(seed)) for seed in range(50)}
    assert 1 not in chosen and chosen == {0, 2, 3, 4}
