"""Options that give the answer away by their form, not their content (cue bias, issue 10).

`validate` also plays naive strategies through the engine (B039, game/analysis/cues.py)."""

from __future__ import annotations

import re
from collections import Counter

from ..engine.model import Scenario
from .diagnostics import diag

LONG_RATIO = 1.3  # an untagged option longer than this times every sibling stands out...
LONG_EXTRA = 20  # ...by at least this many characters (three or four words: less does not show on screen)
TELLTALE_SHARE = 0.5  # a word in more than this share of a tag's options...
TELLTALE_CONTRAST = 3.0  # ...and at least this many times rarer among the other options
TELLTALE_MIN = 3  # options of that tag, and of them containing the word
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOPWORDS = frozenset(
    """
    yang dan di ke dari untuk dengan ini itu supaya agar atau juga akan sudah bisa dulu lalu saja kalau tapi
    tetapi karena pada oleh ada tidak tak belum masih lagi sebagai dalam para sebuah satu semua setiap secara
    kami kita mereka ia dia nya pun apa mana siapa bagaimana agar biar jadi maka serta hanya bahwa akan
    the and for with that this from into onto your you their them they his her its our was were are has have
    had not but all any each every what which who whom how than then also just only still yet so too very
    sapaan tanggal pak bu mbak mas
""".split()
)


def _option_words(text: str) -> set:
    return {w for w in (m.lower() for m in _WORD.findall(text)) if len(w) >= 3 and w not in _STOPWORDS}


def long_untagged_options(scenario: Scenario, ratio: float = LONG_RATIO) -> list:
    """(node, choice, lang, how many times longer than the longest sibling) for every untagged option
    that is more than `ratio` times (and LONG_EXTRA characters) longer than every other option, at a
    node that also has tagged ones."""
    found = []
    for node in scenario.nodes.values():
        if len(node.choices) < 2 or not any(c.misconceptions for c in node.choices):
            continue
        for choice in node.choices:
            if choice.misconceptions:
                continue
            for lang in ("id", "en"):
                mine = len(choice.text.get(lang))
                longest_other = max(len(c.text.get(lang)) for c in node.choices if c is not choice)
                if longest_other and mine > ratio * longest_other and mine - longest_other >= LONG_EXTRA:
                    found.append((node, choice, lang, mine / longest_other))
    return found


def telltale_words(scenario: Scenario) -> list:
    """(tag, lang, word, options of the tag with it, options of the tag, others with it, others, first
    tagged choice with it): words most options of one misconception share and the other options rarely use."""
    options = [c for node in scenario.nodes.values() if len(node.choices) >= 2 for c in node.choices]
    tags = sorted({t for c in options for t in c.misconceptions})
    found = []
    for lang in ("id", "en"):
        words = {id(c): _option_words(c.text.get(lang)) for c in options}
        having = Counter(w for c in options for w in words[id(c)])  # options with each word: linear
        for tag in tags:
            mine = [c for c in options if tag in c.misconceptions]
            others = [c for c in options if tag not in c.misconceptions]
            if len(mine) < TELLTALE_MIN:
                continue
            counts: dict = {}
            for c in mine:
                for w in words[id(c)]:
                    counts[w] = counts.get(w, 0) + 1
            for word, hits in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                share = hits / len(mine)
                if hits < TELLTALE_MIN or share <= TELLTALE_SHARE:
                    continue
                elsewhere = having[word] - hits
                rate = elsewhere / len(others) if others else 0.0
                if hits >= TELLTALE_MIN and share > TELLTALE_SHARE and share >= TELLTALE_CONTRAST * rate:
                    first = next(c for c in mine if word in words[id(c)])
                    found.append((tag, lang, word, hits, len(mine), elsewhere, len(others), first))
    return found


def check_cue_bias(scenario: Scenario) -> list:
    """Options whose length or wording tells the trainee which one is the mistake (issue 10).
    (`validate` also plays naive strategies through the engine; see game/analysis/cues.py.)"""
    found = []
    for node, choice, lang, times in long_untagged_options(scenario):
        found.append(diag("B086", choice.pos, node_id=node.id, choice_id=choice.id, times=times, lang=lang))
    for tag, lang, word, hits, total, elsewhere, others, first in telltale_words(scenario):
        fields = {"tag": tag, "lang": lang, "word": word, "hits": hits, "total": total}
        found.append(diag("B087", first.pos, elsewhere=elsewhere, others=others, **fields))
    return found
