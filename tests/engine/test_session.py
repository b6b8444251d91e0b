import dataclasses
import json

import pytest

from game.analysis.bounds import score_bounds
from game.content.loader import load_text
from game.engine.model import END
from game.engine.scoring import Bounds
from game.engine.session import ChoiceError, Session
from game.engine.state import Decision, SaveError, SessionState

from ..scenario_text import BASE, replace, scenario

CHAIN = BASE.replace(
    """  b:
    choices:
      - text: {id: Selesai, en: Finish}
        feedback: {id: Usai, en: Done}
        next: END""",
    """  b:
    choices:
      - text: {id: Lanjut, en: On}
        feedback: {id: Usai, en: Done}
        time: 1 month
        next: c
  c:
    choices:
      - text: {id: Lanjut, en: On}
        feedback: {id: Usai, en: Done}
        next: d
  d:
    choices:
      - text: {id: Selesai, en: Finish}
        feedback: {id: Usai, en: Done}
        next: END""",
)

DELAYED = (
    replace(
        """        misconceptions: [solo_work]
""",
        """        misconceptions: [solo_work]
        schedule:
          - {event: cracks, after: 2 decisions}
          - {event: late, after: 6 months}
""",
        CHAIN,
    )
    + """events:
  cracks:
    kind: delayed
    title: {id: Retak, en: Cracks}
    text: {id: Jalan retak, en: The road cracks}
    effects: {trust: -20}
  late:
    kind: delayed
    title: {id: Akhirnya, en: At last}
    text: {id: Enam bulan, en: Six months on}
    effects: {trust: -5}
"""
)

OBSTACLE = (
    CHAIN
    + """events:
  rain:
    kind: obstacle
    probability: 0.5
    at: [c]
    title: {id: Hujan, en: Rain}
    text: {id: Hujan deras, en: Heavy rain}
    effects: {trust: -7}
"""
)


def authored(s: Session, i: int) -> int:
    """The shown position of the i-th option as written in the scenario (options are shuffled)."""
    return next(c.index for c in s.choices() if c.authored == i)


def play(s: Session, picks):
    """Play options by their authored position, whatever order the seed shows them in."""
    return [s.choose(authored(s, i)) for i in picks]


def transcript(sc, seed, picks):
    s = Session(sc, seed=seed)
    outs = play(s, picks)
    return [(o.choice, o.deltas, [e.id for e in o.events], o.node) for o in outs], s.result().to_dict()


def test_view_shows_lines_choices_and_meters():
    s = Session(scenario(), seed=1)
    view = s.view()
    assert view.node == "a"
    assert [l.text.get("en") for l in view.lines] == ["Hello"]
    assert sorted(c.text.get("id") for c in view.choices) == ["Bersama", "Sendiri"]
    assert [c.index for c in view.choices] == [0, 1]
    assert view.meters["trust"] == 50 and view.meters["collaboration"] == 0
    assert not view.over


def test_choose_returns_the_outcome():
    s = Session(scenario())
    outcome = s.choose(1)
    assert outcome.feedback.get("en") == "Lonely"
    assert outcome.deltas == {"collaboration": -1}
    assert outcome.misconceptions == ("solo_work",)
    assert outcome.node == "b" and not outcome.ended


def test_session_reaches_the_ending_its_conditions_choose():
    s = Session(scenario())
    play(s, [0, 0])
    assert s.is_over
    result = s.result()
    assert result.ending.id == "good"
    assert result.path == ("a.1", "b.1")
    s = Session(scenario())
    play(s, [1, 0])
    assert s.result().ending.id == "plain"


def test_invalid_choice_is_an_error_not_a_guess():
    s = Session(scenario())
    with pytest.raises(ChoiceError):
        s.choose(2)
    with pytest.raises(ChoiceError):
        s.choose(-1)
    play(s, [0, 0])
    with pytest.raises(ChoiceError):
        s.choose(0)


def test_meters_stay_inside_their_bounds():
    text = replace("effects: {collaboration: 2, trust: 10}", "effects: {collaboration: 2, trust: 500}")
    s = Session(scenario(text))
    outcome = s.choose(0)
    assert s.state.meters["trust"] == 100
    assert outcome.deltas["trust"] == 50


def test_same_seed_and_choices_give_the_same_transcript():
    sc = scenario(OBSTACLE)
    for seed in range(20):
        assert transcript(sc, seed, [0, 0, 0, 0]) == transcript(sc, seed, [0, 0, 0, 0])


def test_seeded_obstacle_follows_the_seed():
    sc = scenario(OBSTACLE)
    fired = {seed: "rain" in transcript(sc, seed, [0, 0, 0, 0])[0][1][2] for seed in range(40)}
    assert set(fired.values()) == {True, False}  # probability 0.5 goes both ways over seeds
    for seed, happened in fired.items():
        s = Session(sc, seed=seed)
        play(s, [0, 0, 0, 0])
        assert (s.state.meters["trust"] == 53) is happened  # 50 + 10 - 7


def test_obstacle_is_rolled_only_on_the_way_into_its_nodes():
    sc = scenario(OBSTACLE)
    for seed in range(20):
        s = Session(sc, seed=seed)
        first = s.choose(0)
        assert first.events == ()  # going into b: rain is only rolled for c


def test_delayed_event_fires_after_n_decisions_and_remembers_its_cause():
    s = Session(scenario(DELAYED))
    out = play(s, [1, 0, 0])
    assert out[1].events == ()
    [event] = out[2].events
    assert event.id == "cracks"
    assert event.cause.turn == 1 and event.cause.choice == "a.2" and event.cause.node == "a"
    assert s.state.meters["trust"] == 30


def test_events_still_pending_at_the_end_happen_in_the_epilogue():
    s = Session(scenario(DELAYED))
    out = play(s, [1, 0, 0, 0])
    assert [e.id for e in out[-1].events] == ["late"]
    assert s.state.day >= 180  # the calendar moves on to when it happened
    assert [e["id"] for e in s.result().events] == ["cracks", "late"]


def test_calendar_advances_with_choice_time():
    sc = scenario(CHAIN.replace("minutes: 2", "minutes: 2\ncalendar: {start: 2026-01-30}"))
    s = Session(sc)
    play(s, [0, 0])
    assert s.state.day == 30
    assert s.view().date == "2026-03-01"


def test_save_and_resume_is_exact():
    sc = scenario(OBSTACLE)
    for seed in range(10):
        whole = Session(sc, seed=seed)
        play(whole, [1, 0, 0, 0])
        half = Session(sc, seed=seed)
        play(half, [1, 0])
        saved = json.loads(json.dumps(half.to_dict()))
        resumed = Session.from_dict(sc, saved)
        assert resumed.view() == half.view()
        play(resumed, [0, 0])
        assert resumed.result().to_dict() == whole.result().to_dict()
        assert resumed.state.to_dict() == whole.state.to_dict()


def test_each_decision_is_a_frozen_record_that_saves_and_reads_back():
    sc = scenario(OBSTACLE)
    s = Session(sc, seed=4)
    play(s, [1, 0])
    first = s.state.history[0]
    assert isinstance(first, Decision) and first.turn == 1 and first.key == (1, first.node, first.choice)
    assert first.shown and first.choice in first.shown  # the order the player saw, kept with it
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.choice = "other"  # a decision made is never rewritten
    saved = json.loads(json.dumps(s.state.to_dict()))
    again = SessionState.from_dict(saved)
    assert again.history == s.state.history  # the same records, typed again, not dicts
    saved["history"][0]["meters"] = {"trust": "lots"}
    with pytest.raises(SaveError):
        SessionState.from_dict(saved)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(version=99),
        lambda d: d.update(scenario="other"),
        lambda d: d["state"].update(node="gone"),
        lambda d: d["state"].pop("meters"),
        lambda d: d["state"]["meters"].update(trust="lots"),
        lambda d: d.update(rng="x"),
        lambda d: d.clear(),
    ],
)
def test_damaged_saves_are_refused_with_a_reason(damage):
    sc = scenario()
    s = Session(sc, seed=3)
    s.choose(0)
    data = json.loads(json.dumps(s.to_dict()))
    damage(data)
    with pytest.raises(SaveError) as info:
        Session.from_dict(sc, data)
    assert str(info.value)


def test_scores_scale_between_worst_and_best(sample):
    bounds = score_bounds(sample)
    best = Session(sample, bounds=bounds)
    play(best, [0, 0, 0, 0])
    assert best.result().scores == {"collaboration": 100, "empathy": 100}
    for seed in range(30):
        s = Session(sample, seed=seed, bounds=bounds)
        rng = __import__("random").Random(seed)
        while not s.is_over:
            s.choose(rng.randrange(len(s.choices())))
        result = s.result()
        assert all(0 <= v <= 100 for v in result.scores.values())
        bounds = result.bounds
        for comp, raw in result.raw.items():
            assert bounds.worst[comp] <= raw <= bounds.best[comp]


def test_worst_path_scores_zero_and_reveals_its_misconceptions():
    sc = scenario()
    s = Session(sc, bounds=score_bounds(sc))
    play(s, [1, 0])
    result = s.result()
    assert result.scores["collaboration"] == 0
    assert [(f.tag, f.turn, f.choice) for f in result.misconceptions] == [("solo_work", 1, "a.2")]


def test_without_bounds_the_result_is_marked_unscaled_and_nothing_is_explored(monkeypatch):
    import game.analysis.reach as reach

    monkeypatch.setattr(reach, "explore", lambda *a, **k: pytest.fail("the session explored"))
    sc = scenario()
    s = Session(sc)
    s.choose_id("a.2")
    s.choose(0)
    result = s.result()
    assert not s.has_bounds and not result.scaled and result.bounds is None
    assert result.scores == {} and result.raw["collaboration"] == sc.meters["collaboration"].start - 1
    assert result.to_dict()["scaled"] is False and result.to_dict()["bounds"] is None
    start = sc.meters["collaboration"].start
    s.bounds = Bounds({"collaboration": start + 2, "empathy": 1}, {"collaboration": start - 1, "empathy": 0})
    assert s.result().scaled and s.result().scores["collaboration"] == 0


def test_conditional_choice_and_line_and_branch():
    text = replace(
        """      - text: {id: Selesai, en: Finish}
        feedback: {id: Usai, en: Done}
        next: END""",
        """      - text: {id: Selesai, en: Finish}
        feedback: {id: Usai, en: Done}
        next: END
      - text: {id: Rahasia, en: Secret}
        if: trust >= 60
        feedback: {id: Usai, en: Done}
        next:
          - {if: collaboration > 5, node: a}
          - {node: END}""",
    )
    text = replace(
        "  b:\n", "  b:\n    lines:\n      - text: {id: Ramai, en: Busy}\n        if: trust >= 60\n", text
    )
    sc = scenario(text)
    trusted = Session(sc)
    trusted.choose(0)
    assert [c.id for c in trusted.choices()] == ["b.1", "b.2"]
    assert [l.text.get("en") for l in trusted.view().lines] == ["Busy"]
    assert trusted.choose(1).ended
    alone = Session(sc)
    alone.choose(1)
    assert [c.id for c in alone.choices()] == ["b.1"] and alone.view().lines == ()


def test_node_condition_redirects_to_otherwise():
    text = replace("  b:\n", "  b:\n    if: trust >= 60\n    otherwise: c\n", CHAIN)
    sc = scenario(text)
    s = Session(sc)
    assert s.choose(1).node == "c"
    s = Session(sc)
    assert s.choose(0).node == "b"


def test_obstacle_can_divert_the_story():
    text = OBSTACLE.replace("probability: 0.5", "probability: 1\n    next: d")
    s = Session(scenario(text))
    out = play(s, [0, 0])
    assert out[1].node == "d"


def test_reflection_is_kept_in_the_result():
    text = replace("  b:\n", "  b:\n    reflection: {id: Mengapa?, en: Why?}\n")
    s = Session(scenario(text))
    s.choose(0)
    assert s.view().reflection.get("en") == "Why?"
    s.reflect("Karena warga")
    s.choose(0)
    assert s.result().reflections == {"b": "Karena warga"}
    assert s.state.node == END


def test_options_are_shown_in_a_seeded_shuffle_that_a_replay_repeats():
    sc = scenario()
    orders = {seed: [c.id for c in Session(sc, seed=seed).choices()] for seed in range(20)}
    assert len({tuple(o) for o in orders.values()}) == 2  # both orders occur over seeds
    for seed, order in orders.items():
        assert [c.id for c in Session(sc, seed=seed).choices()] == order  # the same seed, the same order
        s = Session(sc, seed=seed)
        s.choose(0)
        assert s.state.history[-1].choice == order[0]  # choose(0) is the first option shown
        assert s.state.history[-1].shown == tuple(order)  # the record keeps what the player saw


FIXED = """
format: 1
id: fixed
title: {id: T, en: T}
summary: {id: S, en: S}
duty: needs_design
minutes: 1
start: a
nodes:
  a:
    choices:
      - {id: one, text: {id: Satu, en: One}, feedback: {id: F, en: F}, next: END}
      - {id: two, text: {id: Dua, en: Two}, feedback: {id: F, en: F}, next: END}
      - {id: three, text: {id: Tiga, en: Three}, feedback: {id: F, en: F}, next: END}
      - {id: other, fixed: true, text: {id: Lain, en: Other}, feedback: {id: F, en: F}, next: END}
endings:
  - id: done
    title: {id: Selesai, en: Done}
    summary: {id: S, en: S}
    debrief: [{id: Q, en: Q}]
"""


def test_a_fixed_option_keeps_its_place():
    sc = load_text(FIXED).scenario
    orders = {tuple(c.id for c in Session(sc, seed=seed).choices()) for seed in range(30)}
    assert len(orders) > 2
    assert all(order[-1] == "other" for order in orders)


def test_placeholders_take_the_form_of_address_and_the_story_date():
    text = FIXED.replace("id: S, en: S}\nduty", "id: S, en: S}\ncalendar: {start: 2026-08-14}\nduty").replace(
        "{id: Satu, en: One}",
        "{id: \"Mari, {sapaan} Kabid, {tanggal}\", en: \"Come, {sapaan} Kabid, {tanggal} {{x}}\"}",
    )
    loaded = load_text(text)
    assert loaded.diagnostics == []
    for address, word in (("bu", "Bu"), ("pak", "Pak"), ("", "Bapak/Ibu")):
        s = Session(loaded.scenario, seed=1, address=address)
        [one] = [c for c in s.choices() if c.id == "one"]
        assert one.text.id == f"Mari, {word} Kabid, 14 Agustus 2026"
        assert one.text.en == f"Come, {word} Kabid, 14 August 2026 {{x}}"
    bad = load_text(FIXED.replace("{id: Satu, en: One}", "{id: \"Mari {sapan}\", en: \"Come\"}"))
    assert [d.code for d in bad.diagnostics] == ["B038"]


DEADLINE = """
format: 1
id: late
title: {id: T, en: T}
summary: {id: S, en: S}
duty: needs_design
minutes: 1
start: a
calendar: {start: 2026-07-06}
nodes:
  a:
    choices:
      - {id: quick, text: {id: Cepat, en: Quick}, time: 3 days, feedback: {id: F, en: F}, next: musdes}
      - {id: slow, text: {id: Lambat, en: Slow}, time: 3 weeks, feedback: {id: F, en: F}, next: musdes}
  musdes:
    deadline: {date: 2026-07-20, missed: too_late}
    choices:
      - {id: go, text: {id: Ikut, en: Join}, feedback: {id: F, en: F}, next: END}
  too_late:
    choices:
      - {id: wait, text: {id: Tunggu, en: Wait}, feedback: {id: F, en: F}, set: {late: true}, next: END}
endings:
  - id: in_time
    if: not late and date <= 2026-07-10
    best: true
    title: {id: Tepat, en: In time}
    summary: {id: S, en: S}
    epilogue:
      - {text: {id: Selalu, en: Always}}
      - {if: date <= 2026-07-09, text: {id: Cepat sekali, en: Very quick}}
    debrief:
      - {id: Q1, en: Q1}
      - {if: late, text: {id: Q2, en: Q2}}
  - id: missed
    title: {id: Terlambat, en: Too late}
    summary: {id: S, en: S}
    debrief: [{id: Q, en: Q}]
"""


def test_a_deadline_diverts_a_slow_path_and_endings_compose_from_the_path():
    loaded = load_text(DEADLINE)
    assert loaded.diagnostics == []
    sc = loaded.scenario
    assert sc.best_ending().id == "in_time"
    quick = Session(sc, seed=0)
    quick.choose_id("quick")
    assert quick.state.node == "musdes"
    quick.choose_id("go")
    result = quick.result()
    assert result.ending.id == "in_time"
    assert [line.text.en for line in result.epilogue] == ["Always", "Very quick"]
    assert [q.en for q in result.debrief] == ["Q1"]  # the question about being late is not asked
    slow = Session(sc, seed=0)
    slow.choose_id("slow")
    assert slow.state.node == "too_late"  # day 21 is past 2026-07-20
    slow.choose_id("wait")
    assert slow.result().ending.id == "missed"


def test_a_deadline_to_nowhere_and_two_best_endings_are_located_errors():
    text = DEADLINE.replace("missed: too_late}", "missed: too_lat}").replace(
        "  - id: missed\n", "  - id: missed\n    best: true\n"
    )
    codes = sorted(d.code for d in load_text(text).diagnostics)
    assert codes == ["B020", "B083"]
