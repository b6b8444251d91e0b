"""The scenario's texts a record keeps, so a report or an LRS can say what was asked without the file.

    scenario_title(scenario)          {"id": ..., "en": ...}
    pass_mark(scenario)               the scenario's pass mark (0..1), DEFAULT_PASS_MARK when it has none
    decision_texts(session, record)   {"choice_text", "options", "situation"} of one history record
    prompt(session, node)             the reflection question asked at `node`, or None
    debrief_questions(result)         the ending's debrief questions, as [{"id", "en"}]

Every text is in both languages, with its placeholders ({sapaan}, {tanggal}) filled as the player saw
them. Engine only: no files.
"""

from __future__ import annotations

import datetime

from game.engine.model import Node, Scenario, Text
from game.engine.session import Session
from game.engine.wording import Wording, opening

from .reading import DEFAULT_PASS_MARK

SITUATION_CHARS = 160  # a situation is a short label: the node's title, or its first sentence cut here


def as_dict(text: Text) -> dict:
    return {"id": text.id, "en": text.en}


def scenario_title(scenario: Scenario) -> dict:
    title = scenario.title
    return {"id": title.id or title.en or scenario.id, "en": title.en or title.id or scenario.id}


def pass_mark(scenario: Scenario) -> float:
    """The scenario's `pass_mark` when its model has one (a share, 0..1), else DEFAULT_PASS_MARK."""
    mark = getattr(scenario, "pass_mark", None)
    if isinstance(mark, (int, float)) and not isinstance(mark, bool) and 0 <= mark <= 1:
        return float(mark)
    return DEFAULT_PASS_MARK


def _wording(session: Session, day: int) -> Wording:
    """What the placeholders stood for on `day` of the story (the day the decision was shown)."""
    today = None
    if session.scenario.calendar.start:
        try:
            start = datetime.date.fromisoformat(session.scenario.calendar.start)
            today = start + datetime.timedelta(days=day)
        except (ValueError, OverflowError):
            today = None
    return Wording(session.state.address, today, day)


def decision_texts(session: Session, index: int) -> dict:
    """The texts of the `index`-th decision of the session's history: the chosen option's text, every
    option in the order it was shown (the authored order for a decision made by id) with the
    misconceptions it carries, and the situation. Empty dict when the scenario no longer has the node."""
    history = session.state.history
    record = history[index]
    node = session.scenario.nodes.get(record.node)
    if node is None:
        return {}
    wording = _wording(session, history[index - 1].day if index > 0 else 0)
    by_id = {c.id: c for c in node.choices}
    shown = [by_id[c] for c in record.shown if c in by_id] or list(node.choices)
    options = [
        {"id": c.id, "text": as_dict(wording.text(c.text)), "misconceptions": list(c.misconceptions)}
        for c in shown
    ]
    chosen = by_id.get(record.choice)
    return {
        "choice_text": as_dict(wording.text(chosen.text)) if chosen else None,
        "options": options,
        "situation": situation(node, wording),
    }


def situation(node: Node, wording: Wording) -> dict:
    """The node's title when it has one, else the first sentence of its first line (short)."""
    title = getattr(node, "title", None)
    if isinstance(title, Text) and (title.id or title.en):
        text = wording.text(title)
    else:
        line = next((ln for ln in node.lines if ln.condition is None), node.lines[0] if node.lines else None)
        if line is None:
            return {"id": node.id, "en": node.id}
        text = wording.text(line.text)
    return {"id": first_sentence(text.id) or node.id, "en": first_sentence(text.en) or node.id}


def first_sentence(text: str) -> str:
    """The opening of `text` that tells something (wording.opening: a date alone takes the next sentence
    with it), on one line, cut at SITUATION_CHARS with an ellipsis."""
    first = opening(text)
    return first if len(first) <= SITUATION_CHARS else first[: SITUATION_CHARS - 1].rstrip() + "…"


def prompt(session: Session, node_id: str) -> dict | None:
    node = session.scenario.nodes.get(node_id)
    if node is None or not (node.reflection.id or node.reflection.en):
        return None
    return as_dict(session.render(node.reflection))


def debrief_questions(result) -> list:
    return [as_dict(question) for question in getattr(result, "debrief", ())]
