"""The small values inside choices and events: effects, flags, tags, schedules, durations, conditions.

A mixin of the scenario builder (builder.py); `self.r` is its Reader.
"""

from __future__ import annotations

import dataclasses
import re

import yaml

from ..engine import conditions
from ..engine.model import MISCONCEPTIONS, WEATHERS, Duration, Effect, FlagSet, Schedule, SourcePos
from .codes import phrase
from .diagnostics import diag, shorten
from .keys import MAX_DAYS, MAX_DECISIONS, SCHEDULE_KEYS, SCHEDULE_REQUIRED
from .reader import NO_WORDS, YES_WORDS

_DURATION = re.compile(r"^\s*(\d+)\s*([A-Za-z]+)\s*$")
_UNITS = {
    "day": ("days", 1),
    "days": ("days", 1),
    "hari": ("days", 1),
    "week": ("days", 7),
    "weeks": ("days", 7),
    "minggu": ("days", 7),
    "pekan": ("days", 7),
    "month": ("days", 30),
    "months": ("days", 30),
    "bulan": ("days", 30),
    "decision": ("decisions", 1),
    "decisions": ("decisions", 1),
    "keputusan": ("decisions", 1),
}

# words a trainer may write for a weather -> the format's value (B092 suggests it; none is accepted)
_WEATHER_WORDS = {
    "cerah": "clear",
    "terang": "clear",
    "sunny": "clear",
    "mendung": "cloudy",
    "berawan": "cloudy",
    "overcast": "cloudy",
    "hujan": "rain",
    "gerimis": "rain",
    "rainy": "rain",
    "raining": "rain",
    "kemarau": "dry",
    "kering": "dry",
    "drought": "dry",
}

# comparisons written in words -> the sign (B027's "words" hint rewrites the condition with it)
_COMPARE_WORDS = (
    (r"lebih\s+(?:besar\s+|tinggi\s+|banyak\s+)?dari(?:pada)?\s+atau\s+sama\s+dengan", ">="),
    (r"(?:kurang|lebih\s+(?:kecil|rendah|sedikit))\s+dari(?:pada)?\s+atau\s+sama\s+dengan", "<="),
    (r"tidak\s+sama\s+dengan", "!="),
    (r"lebih\s+(?:besar\s+|tinggi\s+|banyak\s+)?dari(?:pada)?", ">"),
    (r"(?:kurang|lebih\s+(?:kecil|rendah|sedikit))\s+dari(?:pada)?", "<"),
    (r"sama\s+dengan", "=="),
    (r"(?:minimal|paling\s+sedikit|sekurang-kurangnya)(?=\s*-?\d)", ">="),  # a flag may be called minimal
    (r"(?:maksimal|paling\s+banyak|sebanyak-banyaknya)(?=\s*-?\d)", "<="),
    (r"greater\s+than\s+or\s+equal\s+to|at\s+least", ">="),
    (r"less\s+than\s+or\s+equal\s+to|at\s+most", "<="),
    (r"(?:greater|more)\s+than", ">"),
    (r"(?:less|fewer)\s+than", "<"),
    (r"not\s+equal\s+to", "!="),
    (r"equals|equal\s+to", "=="),
)
_CURLY = f"[{conditions.CURLY_QUOTES}]"  # “ ” ‘ ’ „ ‚: a word processor's quotes, as the condition parser knows them
# `rapat = ya`, `rapat == benar`, `rapat != 'false'`: a yes/no flag compared with a yes/no word
_FLAG_WORD = re.compile(
    r"([A-Za-z_]\w*)\s*(==|!=|=)\s*['\"]?(" + "|".join(YES_WORDS + NO_WORDS) + r")['\"]?(?!\w)", re.I
)

# the likely cause of an unreadable condition -> the key of B027's hint that names the fix
_CONDITION_HINTS = (
    (r"=>", "=>"),
    (r"=<", "=<"),
    (r"≥|≤|≠", "unicode"),
    (r"&&|&", "&"),
    (r"\|\|?", "|"),
    (r"(?<![<>=!])=(?!=)", "="),
    (r"!(?!=)", "!"),
    (r"\bbukan\b", "bukan"),
    (r"[<>]=?\s*\w+\s*[<>]", "chain"),
)


class ValueParts:
    def _effects(self, node) -> tuple:
        if node is None:
            return ()
        change_to = lambda key: phrase("change-to", id=key)  # noqa: E731
        fields = self.r.mapping(node, "effects", (), number_what=change_to)
        return tuple(Effect(k, self.r.number(v, change_to(k)), self.r.pos(v)) for k, v in fields.items())

    def _sets(self, node) -> tuple:
        if node is None:
            return ()
        if isinstance(node, yaml.SequenceNode):  # set: [a, b] means each becomes true
            sets = tuple(FlagSet(w, True, self.r.pos(n)) for w, n in self.r.words(node, "set"))
        else:
            fields = self.r.mapping(node, "set", ())
            sets = tuple(
                FlagSet(k, self.r.flag_value(v, phrase("flag", id=k)), self.r.pos(v))
                for k, v in fields.items()
            )
        self.flags.update(s.flag for s in sets)
        return sets

    def _misconceptions(self, node) -> tuple:
        if node is None:
            return ()
        tags = []
        for tag, item in self.r.words(node, "misconceptions"):
            if tag not in MISCONCEPTIONS:
                self.r.report("B026", item, tag=tag, **list_hint(tag, MISCONCEPTIONS))
            else:
                tags.append(tag)
        return tuple(tags)

    def _schedule(self, node) -> tuple:
        items = []
        for item in self._list(node, "schedule"):
            fields = self.r.mapping(item, phrase("scheduled-event"), SCHEDULE_KEYS, SCHEDULE_REQUIRED)
            if "event" in fields:
                after = (
                    self._duration(fields["after"], "after", decisions=True)
                    if "after" in fields
                    else Duration()
                )
                items.append(
                    Schedule(self.r.string(fields["event"], "event"), after, self.r.pos(fields["event"]))
                )
        return tuple(items)

    def _duration(self, node, what: str, decisions: bool) -> Duration:
        value = self.r.scalar(node, what)
        if value is None:
            return Duration()
        if re.fullmatch(r"\s*\d+\s*", value):
            value = f"{value.strip()} days"
        match = _DURATION.match(value) if len(value) <= 40 else None
        unit = _UNITS.get(match.group(2).lower()) if match else None
        if unit is None or (unit[0] == "decisions" and not decisions):
            units = "days/hari, weeks/minggu, months/bulan" + (", decisions/keputusan" if decisions else "")
            self.r.report("B014", node, what=what, value=shorten(value), units=units)
            return Duration()
        amount = int(match.group(1)) * unit[1]
        limit = MAX_DECISIONS if unit[0] == "decisions" else MAX_DAYS
        if amount > limit:
            if unit[0] == "days":
                self.r.report("B077", node, what=what, value=value, years=MAX_DAYS // 365, days=MAX_DAYS)
            else:
                self.r.report("B077", node, "decisions", what=what, value=value, decisions=MAX_DECISIONS)
            return Duration()
        return Duration(**{unit[0]: amount}, pos=self.r.pos(node))

    def _weather(self, node) -> str:
        """A location's or a node's `weather`: one of WEATHERS, else B092 and "" (none said)."""
        if node is None:
            return ""
        value = self.r.string(node, "weather")
        if value in WEATHERS:
            return value
        word = value.strip().lower()
        if word in WEATHERS or word in _WEATHER_WORDS:
            self.r.report(
                "B092", node, value=value, hint_key="word", suggestion=_WEATHER_WORDS.get(word, word)
            )
        else:
            self.r.report("B092", node, value=value)
        return ""

    def _condition(self, node) -> conditions.Condition | None:
        if node is None:
            return None
        source = self.r.scalar(node, phrase("condition"))
        if source is None:
            return None
        try:
            return dataclasses.replace(conditions.parse(source, self.calendar_start), pos=self.r.pos(node))
        except conditions.ConditionError as exc:
            pos = self.r.pos(node)
            shift = 1 if node.style in ("'", '"') else 0
            at = SourcePos(pos.file, pos.line, pos.col + shift + exc.offset)
            self.r.diagnostics.append(
                diag(
                    "B027",
                    at,
                    end=SourcePos(pos.file, pos.end_line, pos.end_col),
                    source=shorten(source),
                    problem=phrase("cond-" + exc.key, **exc.fields) if exc.key else exc.message,
                    **condition_hint(source, exc.key),
                )
            )
            return None


def list_hint(value: str, allowed) -> dict:
    """The hint fields for a value that is not one of `allowed`: several written without brackets
    get the shared "as-list" hint, any other the descriptor's "use one of"."""
    if "," in value:
        return {"hint_key": "as-list", "items": ", ".join(v.strip() for v in value.split(","))}
    return {"allowed": ", ".join(allowed)}


def flag_word_fix(flag: str, op: str, word: str) -> dict:
    """The "flag-word" hint's fields (B025, B027) for a flag compared with a yes/no word: `rapat == ya`
    is written `rapat`, `rapat != ya` and `rapat == tidak` are `not rapat`."""
    yes = (op != "!=") == (word.lower() in YES_WORDS)
    fix, opposite = (flag, f"not {flag}") if yes else (f"not {flag}", flag)
    return {"hint_key": "flag-word", "fix": fix, "opposite": opposite}


def condition_hint(source: str, problem: str = "") -> dict:
    """B027's hint fields for an unreadable condition: the key of the hint naming the likely fix, and
    what that hint says (`problem` is the ConditionError's key)."""
    if not source.strip():
        return {"hint_key": "empty"}
    if problem == "unclosed":
        return {
            "hint_key": "unclosed",
            "fixed": shorten(source + ")" * (source.count("(") - source.count(")"))),
        }
    if re.search(_CURLY, source):
        return {"hint_key": "curly", "fixed": shorten(re.sub(_CURLY, "", source).strip())}
    if "%" in source:
        number = re.search(r"(\d+(?:[.,]\d+)?)\s*%|%\s*(\d+(?:[.,]\d+)?)", source)
        return {
            "hint_key": "percent",
            "number": next((n for n in number.groups() if n), "60") if number else "60",
        }
    fixed = source
    for pattern, sign in _COMPARE_WORDS:
        fixed = re.sub(rf"(?<![\w-]){pattern}(?![\w-])", f" {sign} ", fixed, flags=re.I)
    flag_word = _FLAG_WORD.search(fixed)  # `rapat sama dengan ya` too: `rapat == ya` would fail again
    if fixed != source and not flag_word:
        return {"hint_key": "words", "fixed": shorten(re.sub(r"\s+", " ", fixed).strip())}
    if flag_word:
        name, op, word = flag_word.groups()
        return {**flag_word_fix(name, op, word), "word": word}
    for pattern, key in _CONDITION_HINTS:
        if re.search(pattern, source):
            return {"hint_key": key}
    return {}
