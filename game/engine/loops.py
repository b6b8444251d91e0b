"""A play that never ends: the decision limit both players (terminal and window) stop at.

The engine can reach a loop (a `next` that leads back with no ending on the way); a scripted or
automatic play would then go on for ever. After MAX_TURNS decisions the guard says so, naming the
nodes seen most, so a trainer knows where to look.
"""

from __future__ import annotations

from collections import Counter

from .model import Text

MAX_TURNS = 1000  # as many decisions as a scenario may ask for (content.keys.MAX_DECISIONS)

LOOP_MESSAGE = Text(
    "Permainan dihentikan setelah {turns} keputusan tanpa mencapai akhir cerita: cerita ini berputar "
    "terus ({nodes}). Periksa next pada node-node itu, atau beri pilihannya syarat (if:) agar ada "
    "jalan keluar.",
    "Play stopped after {turns} decisions without reaching an ending: the story goes round and round "
    "({nodes}). Check the next of those nodes, or give their choices a condition (if:) so that there "
    "is a way out.",
)


class EndlessLoop(Exception):
    """Play went on for MAX_TURNS decisions; `nodes` are those seen most, `message(lang)` says so."""

    def __init__(self, turns: int, nodes: list[str], lang: str = "en"):
        self.turns, self.nodes = turns, list(nodes)
        super().__init__(self.message(lang))

    def message(self, lang: str) -> str:
        return LOOP_MESSAGE.get(lang).format(turns=self.turns, nodes=" -> ".join(self.nodes))


class LoopGuard:
    """Counts the nodes decided at; `step(node)` before each decision raises EndlessLoop past the limit."""

    def __init__(self, limit: int = MAX_TURNS, lang: str = "en"):
        self.limit, self.lang = limit, lang  # the language of the exception's str()
        self.seen: Counter = Counter()

    def step(self, node: str) -> None:
        self.seen[node] += 1
        if sum(self.seen.values()) > self.limit:
            raise EndlessLoop(self.limit, [name for name, _ in self.seen.most_common(4)], self.lang)
