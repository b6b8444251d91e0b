"""The descriptor table: one entry per problem a scenario or plan file can have.

A template is an (English, Indonesian) pair with named fields, filled by str.format. A field's value may
be a Phrase (a translatable piece such as "the feedback of choice 2 of 'musdes'"), rendered in the same
language as the template around it.
"""

from __future__ import annotations

from . import assets, checks, conditions, fields, files, plans, references, story, values
from .descriptor import ERROR, SHARED_HINTS, WARNING, Descriptor, Example, Phrase, phrase, render

__all__ = ["CODES", "ERROR", "SHARED_HINTS", "WARNING", "Descriptor", "Example", "Phrase", "phrase", "render"]


def _table() -> dict:
    table: dict = {}
    for module in (files, values, fields, conditions, references, story, assets, plans, checks):
        for d in module.DESCRIPTORS:
            assert d.code not in table, d.code
            table[d.code] = d
    return dict(sorted(table.items()))


CODES = _table()
