"""What a trainer probably meant by a number YAML could not read, or read otherwise: the fields of
B059's alternative hints (a percentage, a decimal comma, a unit, thousands separators, a chance written as
a word) and the pattern of B095 (`1.000`, Indonesian for a thousand, which YAML reads as 1)."""

from __future__ import annotations

import re

_UNIT = re.compile(r"^(-?\d+(?:[.,]\d+)?)\s*([^\W\d_]+)\.?$")  # `2 menit`, `3 poin`, `1 jam`
_HOUR_WORDS = ("jam", "j", "hour", "hours", "hr", "hrs", "h")
_FRACTION_WORDS = {
    "setengah": "0.5",
    "separuh": "0.5",
    "seperempat": "0.25",
    "sepertiga": "0.33",
    "half": "0.5",
}
# `1.000`, `2.500`: a dot between groups of three digits is how Indonesian writes thousands, but YAML
# reads 1.000 as one; `1.000.000` or `1,000` is no number at all
DOT_THOUSANDS = re.compile(r"^-?[1-9]\d{0,2}(\.\d{3})+$")
_THOUSANDS = re.compile(r"^-?[1-9]\d{0,2}([.,]\d{3})+$")


def number_hint(value: str, what="") -> dict:
    """The alternative hint of B059 for a percentage, a decimal comma or a unit, with its fields. Only a
    probability is a fraction (10% is 0.1); a meter counts in its own points (10% of a 0-100 meter is 10)."""
    text, fraction = value.strip(), what == "probability"
    unit = _UNIT.match(text)
    if unit and what == "minutes" and unit.group(2).lower() in _HOUR_WORDS:
        hours = float(unit.group(1).replace(",", "."))
        return {"hint_key": "unit-minutes", "number": f"{hours * 60:g}"}
    if unit:
        return {"hint_key": "unit", "unit": unit.group(2), "number": unit.group(1).replace(",", ".")}
    if text.endswith("%") and fraction:
        return {"hint_key": "percent", "percent": f"{text[:-1].strip()}%", "fraction": _fraction(text[:-1])}
    if text.endswith("%"):
        return {"hint_key": "percent-points", "number": text[:-1].strip()}
    if _THOUSANDS.match(text) and ("," in text or text.count(".") > 1):  # `1,000`, `1.000.000`
        decimal = text.replace(",", ".") if text.count(",") == 1 and "." not in text else ""
        if decimal:
            return {
                "hint_key": "comma-thousands",
                "thousands": digits(text),
                "decimal": f"{float(decimal):g}",
            }
        return {"hint_key": "thousands", "thousands": digits(text)}
    if "," in text and text.replace(",", "", 1).lstrip("-").isdigit():
        return {"hint_key": "comma", "fixed": text.replace(",", ".")}
    if fraction:  # `probability: setengah`: a chance is a number from 0 to 1
        word = _FRACTION_WORDS.get(text.lower())
        return (
            {"hint_key": "fraction-word", "word": text, "fraction": word}
            if word
            else {"hint_key": "fraction"}
        )
    return {}


def digits(text: str) -> str:
    """`1.000.000` or `1,000` written without its thousands separators."""
    return text.strip().replace(".", "").replace(",", "")


def _fraction(text: str) -> str:
    try:
        return f"{float(text.replace(',', '.')) / 100:g}"
    except ValueError:
        return "a number between 0 and 1"
