"""Argument types the command lines share: a number of seconds within a range, said plainly when wrong."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def seconds(convert: Callable[[str], float], low: float, high: float, what: str) -> Callable[[str], float]:
    """An argparse `type` reading `convert(text)` seconds from `low` to `high` (`what` names the kind of
    number in the message, e.g. "a whole number")."""

    def read(text: str) -> float:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not {what} of seconds") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is out of range (use {low:g} to {high:g} seconds)")
        return value

    return read
