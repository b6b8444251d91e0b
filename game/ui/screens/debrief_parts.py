"""What the debrief teaches, worked out from the scenario and the session's history (no drawing here).

- `groups`: the misconceptions revealed, grouped by kind, each with the decisions that revealed it;
- `avoided`: the kinds the scenario tests for that the player never revealed;
- `best_alternative`: what a collaborative Kabid would have chosen at a node;
- `decision_day`: the story day on which decision N was made (a record keeps the day after it);
- `competency_series`: each competency on the 0-100 scale of the final scores, before and after each
  decision;
- `verdict`: how the score and the ending relate, so the words never contradict the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.model import MISCONCEPTIONS, Choice, Scenario
from game.engine.rules import initial_state
from game.engine.scoring import Result, scale


@dataclass(frozen=True)
class Group:
    """One kind of misconception and the findings (scoring.Finding) that revealed it, in turn order."""

    tag: str
    findings: tuple

    @property
    def count(self) -> int:
        return len(self.findings)


def _order(tag: str) -> int:
    return MISCONCEPTIONS.index(tag) if tag in MISCONCEPTIONS else len(MISCONCEPTIONS)


def groups(findings) -> list[Group]:
    """Findings grouped by kind: the most frequent kind first, then the usual order of kinds."""
    by_tag: dict[str, list] = {}
    for finding in findings:
        by_tag.setdefault(finding.tag, []).append(finding)
    made = [Group(tag, tuple(sorted(items, key=lambda f: f.turn))) for tag, items in by_tag.items()]
    return sorted(made, key=lambda g: (-g.count, _order(g.tag), g.tag))


def tested(scenario: Scenario) -> list[str]:
    """Every kind of misconception some choice of the scenario can reveal, in the usual order."""
    tags = {
        tag for node in scenario.nodes.values() for choice in node.choices for tag in choice.misconceptions
    }
    return sorted(tags, key=lambda tag: (_order(tag), tag))


def avoided(scenario: Scenario, findings) -> list[str]:
    """The kinds the scenario tests for that the player did not reveal."""
    revealed = {f.tag for f in findings}
    return [tag for tag in tested(scenario) if tag not in revealed]


def competency_gain(scenario: Scenario, choice: Choice) -> float:
    """The sum of a choice's own competency deltas (what it does for collaboration, empathy...)."""
    comps = set(scenario.competencies())
    return sum(effect.delta for effect in choice.effects if effect.meter in comps)


def best_alternative(scenario: Scenario, node_id: str, chosen: str) -> Choice | None:
    """The option at `node_id` a collaborative Kabid would take: among the other options that reveal no
    misconception, the one with the best competency deltas (the first written, on a tie); None when every
    other option reveals one too."""
    node = scenario.nodes.get(node_id)
    if node is None:
        return None
    clean = [c for c in node.choices if c.id != chosen and not c.misconceptions]
    if not clean:
        return None
    return max(clean, key=lambda c: (competency_gain(scenario, c), -node.choices.index(c)))


def decision_day(history: list, turn: int) -> int:
    """The story day decision `turn` (1-based) was made on.

    A history record keeps the day *after* its choice's time has passed, so decision N was made on the day
    the record of decision N - 1 ended with (day 0 for the first: the story starts on day 0)."""
    if turn <= 1 or not history:
        return 0
    return history[min(turn, len(history) + 1) - 2].day


@dataclass(frozen=True)
class Series:
    meter: str
    points: tuple  # 0..100 at the start, then after each decision


def competency_series(scenario: Scenario, history: list, result: Result) -> list[Series]:
    """Each competency on the final scores' 0-100 scale: at the start and after each decision. The last
    point is the final score. Empty when the result has no scale yet."""
    if not result.scaled:
        return []
    start = initial_state(scenario).meters
    series = []
    for comp in scenario.competencies():
        worst = result.bounds.worst.get(comp, result.raw.get(comp, 0))
        best = result.bounds.best.get(comp, result.raw.get(comp, 0))
        values = [start.get(comp, 0)] + [record.meters.get(comp, 0) for record in history]
        series.append(Series(comp, tuple(scale(v, worst, best) for v in values)))
    return series


def overall(result: Result) -> int | None:
    """The one score: the mean of the competency scores (what the best-results list keeps)."""
    if not result.scores:
        return None
    return round(sum(result.scores.values()) / len(result.scores))


HIGH = 60  # an overall score from here on reads as a good result


def verdict(scenario: Scenario, result: Result) -> str:
    """The key of the line that relates the score to the ending: agree (good/good, weak/weak) or explain
    why they differ ("best ending, low score", "high score, other ending")."""
    score = overall(result)
    if score is None or result.ending is None:
        return ""
    best = scenario.best_ending()
    is_best = best is not None and result.ending.id == best.id
    high = score >= HIGH
    if is_best:
        return "verdict_best_high" if high else "verdict_best_low"
    return "verdict_other_high" if high else "verdict_other_low"
