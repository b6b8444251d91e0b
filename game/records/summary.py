"""What the class did, counted: the numbers behind the class report (pure, no HTML).

Sessions come from the records database or from JSON exports of many laptops;
`merge` keeps each session once (by id), preferring the most complete copy.
`summarise` counts per scenario; `overview` counts the whole class. A learner is one person
(learner_id, else the name; game.records.gain.learner_key), so misconceptions are counted by people:
the share of learners who showed each at least once, however often they showed it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..engine.model import MISCONCEPTIONS
from .report_data import is_play, items, learner_key, names, status, string

BINS = ((0, 19), (20, 39), (40, 59), (60, 79), (80, 100))


def merge(*groups: Iterable[dict]) -> list[dict]:
    """All sessions once each; of two copies of one session, the more complete wins."""
    best: dict[str, dict] = {}
    for group in groups:
        for session in group:
            known = best.get(session["id"])
            if known is None or _completeness(session) > _completeness(known):
                best[session["id"]] = session
    return sorted(best.values(), key=lambda s: (s["started_at"], s["id"]))


def _completeness(session: dict) -> tuple:
    return (
        session.get("finished_at") is not None,
        len(session.get("decisions", [])),
        len(session.get("reflections", [])),
    )


@dataclass
class Option:
    """One option of a decision, as the records saw it: its text ({"id", "en"}, {} when no record
    carries it) and the misconceptions choosing it shows."""

    id: str
    text: dict = field(default_factory=dict)
    misconceptions: set = field(default_factory=set)


@dataclass
class ScenarioSummary:
    scenario: str
    sessions: list = field(default_factory=list)  # the session dicts, oldest first
    scores: dict = field(default_factory=dict)  # competency -> [(session, score)] of finished sessions
    misconceptions: Counter = field(default_factory=Counter)  # tag -> times revealed
    misconceptions_at: dict = field(default_factory=dict)  # tag -> Counter(node -> times)
    choices: dict = field(default_factory=dict)  # node -> Counter(choice -> decisions that chose it)
    votes: dict = field(default_factory=dict)  # node -> Counter(choice -> votes), workshop tallies
    endings: Counter = field(default_factory=Counter)  # ending id (None: not finished) -> sessions
    first_turn: dict = field(default_factory=dict)  # node -> earliest turn it was decided at
    title: dict = field(default_factory=dict)  # {"id", "en"} from the records
    options: dict = field(default_factory=dict)  # node -> {choice id: Option}, in the order first seen
    situations: dict = field(default_factory=dict)  # node -> {"id", "en"}
    reflections: dict = field(default_factory=dict)  # node -> [(session, prompt {"id","en"}, answer)]
    debrief: dict = field(default_factory=dict)  # ending id -> [question {"id", "en"}], each once
    learners: set = field(default_factory=set)  # learner keys
    people: dict = field(default_factory=dict)  # tag -> learner keys who showed it at least once
    _seen: dict = field(default_factory=dict, repr=False)  # node -> ids of the option lists read

    @property
    def nodes(self) -> list[str]:
        """Decision nodes in story order (by the earliest turn anyone decided there)."""
        return sorted(self.choices, key=lambda n: (self.first_turn[n], n))

    @property
    def players(self) -> list[str]:
        return sorted({s["player"] for s in self.sessions}, key=str.casefold)

    @property
    def finished(self) -> int:
        return sum(1 for s in self.sessions if status(s) == "finished")

    def distribution(self, competency: str) -> list[int]:
        """How many finished sessions scored in each of BINS."""
        values = [score for _, score in self.scores.get(competency, [])]
        return [sum(1 for v in values if low <= v <= high) for low, high in BINS]

    def share(self, node: str, choice: str) -> float:
        """The share (0..1) of the decisions at `node` that chose `choice`."""
        total = sum(self.choices.get(node, Counter()).values())
        return self.choices[node][choice] / total if total else 0.0


def summarise(sessions: Iterable[dict]) -> dict[str, ScenarioSummary]:
    """One summary per scenario id, in the order the scenarios were first played (played sessions
    only: the pre/post check's sittings are game.records.gain's)."""
    out: dict[str, ScenarioSummary] = {}
    for session in sessions:
        if not is_play(session):
            continue
        summary = out.setdefault(session["scenario"], ScenarioSummary(session["scenario"]))
        _add(summary, session)
    return out


def _add(summary: ScenarioSummary, session: dict) -> None:
    summary.sessions.append(session)
    who = learner_key(session)
    summary.learners.add(who)
    if not summary.title and isinstance(session.get("scenario_title"), dict):
        summary.title = session["scenario_title"]
    finished = status(session) == "finished"
    ending = string(session.get("ending")) or None if finished else None
    summary.endings[ending] += 1
    if finished:
        for competency, score in (session.get("scores") or {}).items():
            summary.scores.setdefault(competency, []).append((session, score))
        _add_debrief(summary, ending, session)
    for decision in session.get("decisions", []):
        _add_decision(summary, decision, who)
    for reflection in session.get("reflections", []):
        prompt = reflection.get("prompt") if isinstance(reflection.get("prompt"), dict) else {}
        if reflection["answer"].strip():
            summary.reflections.setdefault(reflection["node"], []).append(
                (session, prompt, reflection["answer"])
            )


def _add_decision(summary: ScenarioSummary, decision: dict, who: str) -> None:
    node, chosen = decision["node"], decision["choice"]
    summary.first_turn[node] = min(summary.first_turn.get(node, decision["turn"]), decision["turn"])
    summary.choices.setdefault(node, Counter())[chosen] += 1
    known = summary.options.setdefault(node, {})
    shown = decision.get("options")
    seen = summary._seen.setdefault(node, set())
    for item in items(shown) if id(shown) not in seen else ():  # a list shared by Slimmer: read once
        option = known.setdefault(string(item.get("id")), Option(string(item.get("id"))))
        if not option.text and isinstance(item.get("text"), dict):
            option.text = item["text"]
        option.misconceptions.update(names(item.get("misconceptions")))
    seen.add(id(shown))  # the sessions hold the list while the summary is made: its id stays its own
    option = known.setdefault(chosen, Option(chosen))
    if not option.text and isinstance(decision.get("choice_text"), dict):
        option.text = decision["choice_text"]
    tags = decision.get("misconceptions", [])
    option.misconceptions.update(tags)
    if node not in summary.situations and isinstance(decision.get("situation"), dict):
        summary.situations[node] = decision["situation"]
    for tag in tags:
        summary.misconceptions[tag] += 1
        summary.misconceptions_at.setdefault(tag, Counter())[node] += 1
        summary.people.setdefault(tag, set()).add(who)
    for choice, count in (decision.get("votes") or {}).items():
        summary.votes.setdefault(node, Counter())[choice] += int(count)


def _add_debrief(summary: ScenarioSummary, ending, session: dict) -> None:
    questions = items(session.get("debrief_questions"))
    if not questions and isinstance(session.get("result"), dict):  # records before schema 2
        questions = items(session["result"].get("debrief"))
    kept = summary.debrief.setdefault(ending, [])
    for question in questions:
        if question not in kept:
            kept.append(question)


@dataclass
class Overview:
    """The whole class, over every scenario."""

    sessions: int = 0
    learners: set = field(default_factory=set)
    classes: set = field(default_factory=set)
    statuses: Counter = field(default_factory=Counter)  # finished | abandoned | open -> sessions
    people: dict = field(default_factory=dict)  # tag -> learner keys who showed it at least once
    first: str = ""  # the earliest and latest start (ISO text)
    last: str = ""

    def share(self, tag: str) -> float:
        return len(self.people.get(tag, ())) / len(self.learners) if self.learners else 0.0

    @property
    def tags(self) -> list:
        """The three misconceptions, then any other tag a record names, by people."""
        extra = sorted(
            (t for t in self.people if t not in MISCONCEPTIONS), key=lambda t: -len(self.people[t])
        )
        return list(MISCONCEPTIONS) + extra


def overview(summaries: dict) -> Overview:
    out = Overview()
    for summary in summaries.values():
        out.learners |= summary.learners
        for tag, who in summary.people.items():
            out.people.setdefault(tag, set()).update(who)
        for session in summary.sessions:
            out.sessions += 1
            out.statuses[status(session)] += 1
            name = " ".join(string(session.get("class_name")).split())
            if name:
                out.classes.add(name)
            started = session["started_at"]
            out.first = min(out.first or started, started)
            out.last = max(out.last, started)
    return out
