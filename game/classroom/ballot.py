"""One class vote, kept as the server holds it: open or closed, one choice per phone token.

Pure Python and no clock: a second vote from a phone replaces its first, a vote after the close is
refused, the tally is counted from the tokens' choices. Nothing about a phone but its random token is
kept, and only for the open vote (the window records the counts alone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TOKEN = re.compile(r"[A-Za-z0-9_-]{8,64}")  # a phone's random id (the page draws 32 hex digits)

# the outcome of a cast
COUNTED, REPLACED, SAME, CLOSED, UNKNOWN_CHOICE, BAD_TOKEN = (
    "counted",
    "replaced",
    "same",
    "closed",
    "unknown_choice",
    "bad_token",
)
ACCEPTED = (COUNTED, REPLACED, SAME)


@dataclass
class Ballot:
    """The vote on one decision: its options' ids in the order shown, and token -> choice id."""

    choices: tuple
    is_open: bool = True
    votes: dict = field(default_factory=dict)

    def __post_init__(self):
        self.choices = tuple(self.choices)
        if len(set(self.choices)) != len(self.choices):
            raise ValueError(f"the options repeat an id: {self.choices}")

    def cast(self, token, choice) -> str:
        """Count `choice` for `token`; one of COUNTED, REPLACED, SAME, CLOSED, UNKNOWN_CHOICE, BAD_TOKEN."""
        if not isinstance(token, str) or not TOKEN.fullmatch(token):
            return BAD_TOKEN
        if not self.is_open:
            return CLOSED
        if choice not in self.choices:
            return UNKNOWN_CHOICE
        before = self.votes.get(token)
        self.votes[token] = choice
        return COUNTED if before is None else SAME if before == choice else REPLACED

    def mine(self, token) -> str | None:
        """The choice this phone voted for, or None."""
        return self.votes.get(token) if isinstance(token, str) else None

    def close(self) -> dict:
        """No more votes: the final tally."""
        self.is_open = False
        return self.tally()

    def counts(self) -> list:
        """The votes per option, in the options' order."""
        counted = dict.fromkeys(self.choices, 0)
        for choice in self.votes.values():
            counted[choice] += 1
        return list(counted.values())

    def tally(self) -> dict:
        """choice id -> votes, options with no vote left out (as the records keep a vote)."""
        return {c: n for c, n in zip(self.choices, self.counts()) if n}

    @property
    def voters(self) -> int:
        return len(self.votes)

    def leaders(self) -> list:
        """The options with the most votes (none when nobody voted)."""
        counts = self.counts()
        best = max(counts, default=0)
        return [c for c, n in zip(self.choices, counts) if best and n == best]

    def majority(self) -> str | None:
        """The one option with the most votes, or None (no votes, or a tie the facilitator breaks)."""
        leaders = self.leaders()
        return leaders[0] if len(leaders) == 1 else None

    def is_tie(self) -> bool:
        return len(self.leaders()) > 1
