"""A sentence an analysis tells the trainer, in English and Indonesian.

problem = Said("expected ending 'a', reached 'b'", "akhir yang diharapkan 'a', tercapai 'b'")
str(problem)          # the English: JSON reports and tests read it as before
told(problem, "id")   # the Indonesian, for a line of text in the trainer's language
"""

from __future__ import annotations


class Said(str):
    """The English sentence (as a str), carrying its Indonesian."""

    indonesian: str

    def __new__(cls, english: str, indonesian: str = ""):
        made = super().__new__(cls, english)
        made.indonesian = indonesian or english
        return made

    def render(self, lang: str) -> str:
        """As a diagnostic's field (game.content.codes.render): the sentence in the message's language."""
        return told(self, lang)


def told(sentence, lang: str) -> str:
    """`sentence` in `lang`: a Said's Indonesian for 'id', else the text as it is."""
    return getattr(sentence, "indonesian", sentence) if lang == "id" else str(sentence)
