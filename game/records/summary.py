"""What the class did, counted: the numbers behind the class report (pure, no HTML).

Sessions come from the records database or from JSON exports of many laptops;
`merge` keeps each session once (by id), preferring the most complete copy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

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
class ScenarioSummary:
    scenario: str
    sessions: list = field(default_factory=list)  # the session dicts, oldest first
    scores: dict = field(default_factory=dict)  # competency -> [(player, score)] of finished sessions
    misconceptions: Counter = field(default_factory=Counter)  # tag -> times revealed
    misconceptions_at: dict = field(default_factory=dict)  # tag -> Counter(node -> times)
    choices: dict = field(default_factory=dict)  # node -> Counter(choice -> sessions that chose it)
    votes: dict = field(default_factory=dict)  # node -> Counter(choice -> votes), workshop tallies
    endings: Counter = field(default_factory=Counter)  # ending id (None: not finished) -> sessions
    first_turn: dict = field(default_factory=dict)  # node -> earliest turn it was decided at

    @property
    def nodes(self) -> list[str]:
        """Decision nodes in story order (by the earliest turn anyone decided there)."""
        return sorted(self.choices, key=lambda n: (self.first_turn[n], n))

    @property
    def players(self) -> list[str]:
        return sorted({s["player"] for s in self.sessions}, key=str.casefold)

    @property
    def finished(self) -> int:
        return sum(1 for s in self.sessions if s.get("finished_at"))

    def distribution(self, competency: str) -> list[int]:
        """How many finished sessions scored in each of BINS."""
        values = [score for _, score in self.scores.get(competency, [])]
        return [sum(1 for v in values if low <= v <= high) for low, high in BINS]


def summarise(sessions: Iterable[dict]) -> dict[str, ScenarioSummary]:
    """One summary per scenario id, in the order the scenarios were first played."""
    out: dict[str, ScenarioSummary] = {}
    for session in sessions:
        summary = out.setdefault(session["scenario"], ScenarioSummary(session["scenario"]))
        _add(summary, session)
    return out


def _add(summary: ScenarioSummary, session: dict) -> None:
    summary.sessions.append(session)
    finished = bool(session.get("finished_at"))
    summary.endings[session.get("ending") if finished else None] += 1
    if finished:
        for competency, score in (session.get("scores") or {}).items():
            summary.scores.setdefault(competency, []).append((session["player"], score))
    for decision in session.get("decisions", []):
        node = decision["node"]
        summary.first_turn[node] = min(summary.first_turn.get(node, decision["turn"]), decision["turn"])
        summary.choices.setdefault(node, Counter())[decision["choice"]] += 1
        for tag in decision.get("misconceptions", []):
            summary.misconceptions[tag] += 1
            summary.misconceptions_at.setdefault(tag, Counter())[node] += 1
        for choice, count in (decision.get("votes") or {}).items():
            summary.votes.setdefault(node, Counter())[choice] += int(count)
