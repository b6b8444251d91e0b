"""Words for the ids in the records, in one language: first what the record itself carries (what the
player saw), then the scenario's words when the scenario is known, else the id."""

from __future__ import annotations

from ..engine.misconceptions import NAMES
from ..engine.wording import Wording
from .report_data import string, text_of
from .report_words import COMPETENCY_NAMES, STRINGS
from .summary import Option, ScenarioSummary


class Labels:
    def __init__(self, lang: str, scenarios: dict | None = None):
        self.lang = lang
        self.scenarios = scenarios or {}

    def _scenario(self, scenario_id: str):
        return self.scenarios.get(scenario_id)

    def _node(self, scenario_id: str, node_id: str):
        found = self._scenario(scenario_id)
        return found.nodes.get(node_id) if found is not None else None

    def scenario(self, scenario_id: str, recorded: dict | None = None) -> str:
        found = self._scenario(scenario_id)
        if found is not None and found.title:
            return found.title.get(self.lang)
        return text_of(recorded, self.lang, scenario_id)

    def competency(self, scenario_id: str, meter: str) -> str:
        found = self._scenario(scenario_id)
        item = found.meters.get(meter) if found is not None else None
        if item is not None and item.label:
            return item.label.get(self.lang)
        return COMPETENCY_NAMES.get(meter, {}).get(self.lang, meter)

    def situation(self, summary: ScenarioSummary, node_id: str) -> str:
        recorded = text_of(summary.situations.get(node_id), self.lang)
        if recorded and recorded != node_id:
            return recorded
        node = self._node(summary.scenario, node_id)
        if node is not None and node.lines:
            return _words(node.lines[0].text, self.lang)
        return node_id

    def detail(self, summary: ScenarioSummary, node_id: str) -> str:
        """The node's opening lines (up to three) when the scenario is known, besides the situation."""
        node = self._node(summary.scenario, node_id)
        if node is None:
            return ""
        shown = self.situation(summary, node_id)
        text = " ".join(t for t in (_words(line.text, self.lang) for line in node.lines[:3]) if t)
        return text[len(shown) :].lstrip() if text.startswith(shown) else text

    def option(self, summary: ScenarioSummary, node_id: str, option: Option) -> str:
        recorded = text_of(option.text, self.lang)
        if recorded and recorded != option.id:
            return recorded
        found = self._scenario(summary.scenario)
        choice = found.choice(node_id, option.id) if found is not None else None
        return _words(choice.text, self.lang) if choice and choice.text else option.id

    def option_tags(self, summary: ScenarioSummary, node_id: str, option: Option) -> list:
        found = self._scenario(summary.scenario)
        choice = found.choice(node_id, option.id) if found is not None else None
        tags = set(option.misconceptions) | set(choice.misconceptions if choice else ())
        return sorted(tags, key=lambda t: (t not in NAMES, list(NAMES).index(t) if t in NAMES else 0, t))

    def options(self, summary: ScenarioSummary, node_id: str) -> list:
        """Every option of a decision: in the scenario's order when it is known (0 for the unchosen),
        else the most chosen first; options the records name but the scenario no longer has last."""
        counts = summary.choices.get(node_id, {})
        known = summary.options.get(node_id, {})
        node = self._node(summary.scenario, node_id)
        order = [c.id for c in node.choices] if node is not None else []
        rest = sorted((c for c in known if c not in order), key=lambda c: -counts.get(c, 0))
        return [known.get(c) or Option(c) for c in order + rest]

    def reflection(self, summary: ScenarioSummary, node_id: str, prompt: dict) -> str:
        recorded = text_of(prompt, self.lang)
        if recorded:
            return recorded
        node = self._node(summary.scenario, node_id)
        return _words(node.reflection, self.lang) if node is not None and node.reflection else ""

    def ending(self, scenario_id: str, ending_id) -> str:
        if ending_id is None:
            return STRINGS[self.lang]["unfinished"]
        found = self._scenario(scenario_id)
        for ending in found.endings if found is not None else ():
            if ending.id == ending_id:
                return ending.title.get(self.lang)
        return string(ending_id)

    def best_ending(self, scenario_id: str, ending_id) -> bool:
        found = self._scenario(scenario_id)
        best = found.best_ending() if found is not None else None
        return best is not None and best.id == ending_id

    def questions(self, summary: ScenarioSummary, ending_id) -> list:
        """The ending's debrief questions: as the records carry them (filled as players saw them),
        else the scenario's."""
        recorded = [text_of(q, self.lang) for q in summary.debrief.get(ending_id, [])]
        if any(recorded):
            return [q for q in recorded if q]
        found = self._scenario(summary.scenario)
        for ending in found.endings if found is not None else ():
            if ending.id == ending_id:
                return [_words(line.text, self.lang) for line in ending.debrief if line.text]
        return []

    def tag(self, tag: str) -> str:
        return NAMES[tag].get(self.lang) if tag in NAMES else tag


def _words(text, lang: str) -> str:
    """A scenario's text with its placeholders filled in the neutral form (as a record without the
    player's own words would show it)."""
    return Wording().text(text).get(lang)
