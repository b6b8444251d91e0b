"""One message per mistake: the checks' findings that only repeat, as a consequence, what was already
said about the same cause are dropped. Each rule names the finding, the earlier message that covers it,
and how the two are known to be about the same thing."""

from __future__ import annotations

from ..engine.model import Scenario


def without_repeats(checked: list, read: list, scenario: Scenario) -> list:
    """`checked` (the checks' findings) less those that `read` (reading the file) or another finding
    in `checked` already tells."""
    told = [*read, *checked]
    return [d for d in checked if not _repeats(d, told, scenario)]


def _repeats(found, told: list, scenario: Scenario) -> bool:
    fields = dict(found.fields)
    if found.code == "B081":  # node without choices: B012 said `choices:` is missing
        return any(
            d.code == "B012" and _field(d, "key") == "choices" and _node(d) == fields["node_id"] for d in told
        )
    if found.code == "B032":  # choice without feedback: B063 said its feedback is there but empty
        return any(d.code == "B063" and _feedback_choice(d, scenario) == fields["choice_id"] for d in told)
    if found.code in ("B020", "B021", "B023"):  # a name that is one word of an id with a space (B102)
        return any(d.code == "B102" and fields["target"] in _field(d, "id").split() for d in told)
    if found.code == "B096":  # "the ending without if": its `if:` was there, but unreadable (B027)
        return any(d.code == "B027" and _within_ending(d, fields["ending"], scenario) for d in told)
    if found.code == "B035":  # delayed event no choice schedules: B023 said a schedule misspells it
        return any(d.code == "B023" and _field(d, "suggestion") == fields["event"] for d in told)
    return False


def _field(found, name: str):
    return dict(found.fields).get(name)


def _phrase(value, key: str) -> dict | None:
    """The fields of a Phrase value with that key (a `what` such as "node 'b'"), else None."""
    return dict(value.fields) if getattr(value, "key", None) == key else None


def _node(found) -> str | None:
    node = _phrase(_field(found, "what"), "node")
    return node.get("id") if node else None


def _feedback_choice(found, scenario: Scenario) -> str | None:
    """The id of the choice whose empty feedback B063 is about ("the feedback of choice 1 of 'b'")."""
    feedback = _phrase(_field(found, "what"), "feedback-of")
    choice = _phrase(feedback.get("what"), "choice") if feedback else None
    node = scenario.nodes.get(choice.get("id")) if choice else None
    number = choice.get("n") if choice else None
    if node is None or not isinstance(number, int) or not 0 < number <= len(node.choices):
        return None
    return node.choices[number - 1].id


def _within_ending(found, ending_id: str, scenario: Scenario) -> bool:
    """Whether `found` lies in the lines of that ending (from its id to the next ending's)."""
    starts = [e.pos.line for e in scenario.endings]
    index = next((i for i, e in enumerate(scenario.endings) if e.id == ending_id), None)
    if index is None:
        return False
    until = starts[index + 1] if index + 1 < len(starts) else float("inf")
    return starts[index] <= found.pos.line < until
