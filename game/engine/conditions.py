"""The safe condition language: parsed once, evaluated against a name lookup.

    trust >= 60 and not road_paved
    (kepercayaan_warga > 40 atau ownership >= 50) dan day < 90

Numbers, true/false, 'strings', names (meters, flags, and the built-ins
`turn`, `day`, `month`, `date`), dates written as 2026-09-30 (with the scenario's
calendar: `date <= 2026-09-30` is read as a day count, `day <= 86`), comparisons (== != < <= > >=), + and -, and the
boolean words and/or/not (Indonesian dan/atau/tidak also work). Nothing else: no
calls, no attributes, no Python. Parsing builds a small tuple tree; evaluating
walks it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field

Value = bool | int | float | str

BUILTIN_NAMES = ("turn", "day", "month", "date")

_TOKEN = re.compile(
    r"\s*(?:(?P<date>\d{4}-\d{2}-\d{2})|(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<str>'[^']*'|\"[^\"]*\")|(?P<op>==|!=|<=|>=|<|>|\(|\)|\+|-))"
)
_SPACE = re.compile(r"\s*")
MAX_SOURCE = 2000  # characters in one condition
MAX_DEPTH = 40  # nested parentheses and `not`s
MAX_DIGITS = 15  # in one number
_WORDS = {"and": "and", "dan": "and", "or": "or", "atau": "or", "not": "not", "tidak": "not"}
_COMPARE = ("==", "!=", "<", "<=", ">", ">=")


CURLY_QUOTES = "\u201c\u201d\u2018\u2019\u201e\u201a"  # what a word processor types for " and '


class ConditionError(ValueError):
    """A condition that does not parse; `offset` is the character it failed at.

    `message` is English; `key` names the problem and `fields` its details, so that a caller can say
    it in another language: too-long (length, limit), unexpected (text), cannot-read (char),
    curly-quote (char), long-number (number, digits), ends-early, too-deep (limit), needs-calendar,
    date-needs-calendar (date), unclosed, operand (text), not-a-date (date)."""

    def __init__(self, message: str, offset: int, key: str = "", **fields):
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.key = key
        self.fields = fields


@dataclass(frozen=True)
class Condition:
    source: str
    tree: tuple = field(compare=False, repr=False)
    names: frozenset = field(compare=False, repr=False)
    pos: object = field(default=None, compare=False, repr=False)  # where it was written

    def evaluate(self, lookup: Callable[[str], Value]) -> bool:
        return bool(_eval(self.tree, lookup))


def parse(source: str, calendar_start: datetime.date | None = None) -> Condition:
    """`calendar_start`: the scenario's day 0, so that dates can be read as day counts."""
    if len(source) > MAX_SOURCE:
        raise ConditionError(
            f"the condition is {len(source)} characters long (at most {MAX_SOURCE}); "
            "split it with a flag set by an earlier choice",
            0,
            "too-long",
            length=len(source),
            limit=MAX_SOURCE,
        )
    tokens = _tokenize(source)
    parser = _Parser(tokens, source, calendar_start)
    tree = parser.expression()
    if parser.peek() is not None:
        kind, text, offset = parser.peek()
        text = _written(source, offset)
        raise ConditionError(f"unexpected '{text}'", offset, "unexpected", text=text)
    return Condition(source, tree, frozenset(_names(tree)))


def _written(source: str, offset: int) -> str:
    """The token at `offset` as the author wrote it (`dan`, not the `and` it stands for)."""
    match = _TOKEN.match(source, offset)
    return match.group(match.lastgroup) if match else source[offset : offset + 1]


def _tokenize(source: str) -> list[tuple[str, str, int]]:
    tokens, pos = [], 0
    while pos < len(source):
        blank = _SPACE.match(source, pos).end()
        if blank == len(source):
            break
        match = _TOKEN.match(source, pos)
        if not match or match.end() == pos:
            bad, char = blank, source[blank]
            if char in CURLY_QUOTES:
                raise ConditionError(
                    f"'{char}' is a curly quote, which a condition cannot contain",
                    bad,
                    "curly-quote",
                    char=char,
                )
            raise ConditionError(f"cannot read '{char}'", bad, "cannot-read", char=char)
        kind = match.lastgroup
        text = match.group(kind)
        offset = match.start(kind)
        if kind == "num" and len(text.replace(".", "")) > MAX_DIGITS:
            raise ConditionError(
                f"the number {text[:20]}... has more than {MAX_DIGITS} digits",
                offset,
                "long-number",
                number=text[:20],
                digits=MAX_DIGITS,
            )
        if kind == "name" and text.lower() in _WORDS:
            kind, text = "word", _WORDS[text.lower()]
        tokens.append((kind, text, offset))
        pos = match.end()
    return tokens


class _Parser:
    def __init__(self, tokens, source, calendar_start=None):
        self.tokens, self.i, self.source, self.length = tokens, 0, source, len(source)
        self.calendar_start = calendar_start
        self.depth = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self):
        token = self.peek()
        if token is None:
            raise ConditionError("the condition ends too early", self.length, "ends-early")
        self.i += 1
        return token

    def accept(self, kind, text=None):
        token = self.peek()
        if token and token[0] == kind and (text is None or token[1] == text):
            self.i += 1
            return token
        return None

    def expression(self):
        left = self.conjunction()
        while self.accept("word", "or"):
            left = ("or", left, self.conjunction())
        return left

    def conjunction(self):
        left = self.negation()
        while self.accept("word", "and"):
            left = ("and", left, self.negation())
        return left

    def negation(self):
        if self.accept("word", "not"):
            return ("not", self._deeper(self.negation))
        return self.comparison()

    def _deeper(self, parse):
        """Nesting has a limit of its own, far below Python's recursion limit."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            token = self.peek()
            raise ConditionError(
                f"the condition nests more than {MAX_DEPTH} levels deep",
                token[2] if token else self.length,
                "too-deep",
                limit=MAX_DEPTH,
            )
        try:
            return parse()
        finally:
            self.depth -= 1

    def comparison(self):
        left = self.sum()
        token = self.peek()
        if token and token[0] == "op" and token[1] in _COMPARE:
            self.i += 1
            return ("cmp", token[1], left, self.sum())
        return left

    def sum(self):
        left = self.unary()
        while True:
            token = self.peek()
            if token and token[0] == "op" and token[1] in "+-":
                self.i += 1
                left = (token[1], left, self.unary())
            else:
                return left

    def unary(self):
        if self.accept("op", "-"):
            return ("neg", self._deeper(self.unary))
        return self.atom()

    def atom(self):
        kind, text, offset = self.take()
        if kind == "num":
            return ("lit", float(text) if "." in text else int(text))
        if kind == "str":
            return ("lit", text[1:-1])
        if kind == "date":
            return ("lit", self._day_of(text, offset))
        if kind == "name":
            if text.lower() in ("true", "false"):
                return ("lit", text.lower() == "true")
            if text == "date":
                if self.calendar_start is None:
                    raise ConditionError(
                        "'date' needs the scenario's calendar (calendar: {start: YYYY-MM-DD})",
                        offset,
                        "needs-calendar",
                    )
                return ("name", "day")  # dates are compared as day counts from the calendar's start
            return ("name", text)
        if kind == "op" and text == "(":
            inner = self._deeper(self.expression)
            if not self.accept("op", ")"):
                raise ConditionError("a '(' is never closed", offset, "unclosed")
            return inner
        text = _written(self.source, offset)
        raise ConditionError(f"expected a name or a number, found '{text}'", offset, "operand", text=text)

    def _day_of(self, text: str, offset: int) -> int:
        if self.calendar_start is None:
            raise ConditionError(
                f"the date {text} needs the scenario's calendar (calendar: {{start: YYYY-MM-DD}})",
                offset,
                "date-needs-calendar",
                date=text,
            )
        try:
            return (datetime.date.fromisoformat(text) - self.calendar_start).days
        except ValueError:
            raise ConditionError(
                f"{text} is not a date (write YYYY-MM-DD)", offset, "not-a-date", date=text
            ) from None


def _names(tree):
    if tree[0] == "name":
        yield tree[1]
    elif tree[0] != "lit":
        for part in tree[1:]:
            if isinstance(part, tuple):
                yield from _names(part)


def _number(value):
    if isinstance(value, str):
        return 0
    return value


def _eval(tree, lookup):
    op = tree[0]
    if op == "lit":
        return tree[1]
    if op == "name":
        return lookup(tree[1])
    if op == "and":
        return bool(_eval(tree[1], lookup)) and bool(_eval(tree[2], lookup))
    if op == "or":
        return bool(_eval(tree[1], lookup)) or bool(_eval(tree[2], lookup))
    if op == "not":
        return not _eval(tree[1], lookup)
    if op == "neg":
        return -_number(_eval(tree[1], lookup))
    if op in "+-":
        left, right = _number(_eval(tree[1], lookup)), _number(_eval(tree[2], lookup))
        return left + right if op == "+" else left - right
    return _compare(tree[1], _eval(tree[2], lookup), _eval(tree[3], lookup))


def _compare(op, left, right):
    if op == "==":
        return left == right
    if op == "!=":
        return left != right
    if isinstance(left, str) != isinstance(right, str):
        return False  # ordering a word against a number is never true
    if op == "<":
        return left < right
    if op == "<=":
        return left <= right
    if op == ">":
        return left > right
    return left >= right


# -- three-valued evaluation over ranges ------------------------------------------
# Used by analysis to prune searches: each name stands for an interval of numbers
# (lo, hi) or a frozenset of possible discrete values; the result is the set of
# truth values the condition can take, {True}, {False} or {True, False}.


@dataclass(frozen=True)
class Span:
    lo: float
    hi: float


def possible(condition: Condition, lookup: Callable[[str], object]) -> frozenset:
    return frozenset(_truths(_range(condition.tree, lookup)))


def _truths(value) -> set:
    if isinstance(value, Span):
        return ({True} if value.hi != 0 or value.lo != 0 else set()) | (
            {False} if value.lo <= 0 <= value.hi else set()
        )
    return {bool(v) for v in value}


def _as_span(value):
    if isinstance(value, Span):
        return value
    numbers = [_number(v) for v in value]
    return Span(min(numbers), max(numbers))


def _range(tree, lookup):
    op = tree[0]
    if op == "lit":
        return frozenset([tree[1]])
    if op == "name":
        return lookup(tree[1])
    if op in ("and", "or"):
        left, right = _truths(_range(tree[1], lookup)), _truths(_range(tree[2], lookup))
        combine = (lambda a, b: a and b) if op == "and" else (lambda a, b: a or b)
        return frozenset(combine(a, b) for a in left for b in right)
    if op == "not":
        return frozenset(not v for v in _truths(_range(tree[1], lookup)))
    if op == "neg":
        span = _as_span(_range(tree[1], lookup))
        return Span(-span.hi, -span.lo)
    if op in "+-":
        a, b = _as_span(_range(tree[1], lookup)), _as_span(_range(tree[2], lookup))
        return Span(a.lo + b.lo, a.hi + b.hi) if op == "+" else Span(a.lo - b.hi, a.hi - b.lo)
    return _compare_ranges(tree[1], _range(tree[2], lookup), _range(tree[3], lookup))


def _compare_ranges(op, left, right) -> frozenset:
    if not isinstance(left, Span) and not isinstance(right, Span):
        return frozenset(_compare(op, a, b) for a in left for b in right)
    a, b = _as_span(left), _as_span(right)
    if op in ("==", "!="):
        overlap = a.lo <= b.hi and b.lo <= a.hi
        always = a.lo == a.hi == b.lo == b.hi
        equal = ({True} if overlap else set()) | (set() if always else {False})
        return frozenset(equal if op == "==" else {not v for v in equal})
    lo_less, hi_less = {
        "<": (a.hi < b.lo, a.lo < b.hi),
        "<=": (a.hi <= b.lo, a.lo <= b.hi),
        ">": (a.lo > b.hi, a.hi > b.lo),
        ">=": (a.lo >= b.hi, a.hi >= b.lo),
    }[op]
    surely, maybe = lo_less, hi_less
    return frozenset({True} if surely else ({True, False} if maybe else {False}))
