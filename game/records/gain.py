"""Learning gain from the pre/post misconception check (issue 16; docs: notes/records-contract.md).

A check taken is a session with mode "check-pre" or "check-post", one decision per item whose
`misconceptions` are the ones the chosen option shows. A learner is FREE of a misconception in a
sitting when none of their answers shows it. For a group, per misconception:

    pre  = share of the matched learners free of it before
    post = share of the same learners free of it after
    g    = (post - pre) / (1 - pre)        (Hake's normalised gain; None when pre == 1)

Learners are matched by learner_id, else by name (as typed, compared without case and spaces at the
ends); each learner's first finished pre sitting and last finished post sitting count. Unfinished
sittings are left out (half a check says nothing about what a learner is free of).

    table = gain(sessions)                  # everyone
    tables = gain_by_class(sessions)        # {class_name: table}; "" for sessions without one
    html = report_section(sessions, "id")   # the class report's section
    result_extension(session)               # what an xAPI statement of a check session can carry
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape

from ..engine.misconceptions import NAMES
from ..engine.model import MISCONCEPTIONS

PRE, POST = "check-pre", "check-post"
MODES = (PRE, POST)


@dataclass(frozen=True)
class Row:
    misconception: str
    pre: float  # share of the matched learners free of it before, 0..1
    post: float
    gain: float | None  # None when pre == 1 (nobody had it: nothing to gain)
    learners: int


@dataclass(frozen=True)
class GainTable:
    rows: tuple = ()  # a Row per misconception, in MISCONCEPTIONS order; () when no learner matched
    matched: int = 0  # learners with a pre and a post sitting
    pre_only: int = 0
    post_only: int = 0
    checks: tuple = field(default=())  # the check ids the sittings were of

    def row(self, misconception: str) -> Row | None:
        return next((r for r in self.rows if r.misconception == misconception), None)


def is_check(session: dict) -> bool:
    return session.get("mode") in MODES


def learner_key(session: dict) -> str:
    """Who took it: the learner id when given, else the name."""
    learner = str(session.get("learner_id") or "").strip()
    if learner:
        return "id:" + learner.casefold()
    return "name:" + " ".join(str(session.get("player") or "").split()).casefold()


def finished(session: dict) -> bool:
    status = session.get("status")
    return status == "finished" if status else bool(session.get("finished_at"))


def shown(session: dict) -> set:
    """The misconceptions a sitting's answers show."""
    return {m for d in session.get("decisions") or () for m in d.get("misconceptions") or ()}


def free_of(session: dict) -> dict:
    """{misconception: True when no answer of the sitting shows it}."""
    seen = shown(session)
    return {m: m not in seen for m in MISCONCEPTIONS}


def normalised_gain(pre: float, post: float) -> float | None:
    return None if pre >= 1 else (post - pre) / (1 - pre)


def _sittings(sessions: Iterable[dict]) -> tuple:
    """{learner: first finished pre}, {learner: last finished post}."""
    pre: dict = {}
    post: dict = {}
    for s in sorted(
        (s for s in sessions if is_check(s) and finished(s)), key=lambda s: s.get("started_at") or ""
    ):
        key = learner_key(s)
        if s.get("mode") == PRE:
            pre.setdefault(key, s)
        else:
            post[key] = s
    return pre, post


def gain(sessions: Iterable[dict]) -> GainTable:
    sessions = list(sessions)
    pre, post = _sittings(sessions)
    matched = [k for k in pre if k in post]
    checks = tuple(dict.fromkeys(s.get("scenario", "") for s in sessions if is_check(s)))
    rows = []
    if matched:
        for m in MISCONCEPTIONS:
            before = sum(free_of(pre[k])[m] for k in matched) / len(matched)
            after = sum(free_of(post[k])[m] for k in matched) / len(matched)
            rows.append(Row(m, before, after, normalised_gain(before, after), len(matched)))
    return GainTable(
        rows=tuple(rows),
        matched=len(matched),
        pre_only=sum(k not in post for k in pre),
        post_only=sum(k not in pre for k in post),
        checks=checks,
    )


def gain_by_class(sessions: Iterable[dict]) -> dict:
    """{class_name: GainTable}, sorted by class name ("" holds the sittings without a class)."""
    groups: dict = {}
    for s in sessions:
        if is_check(s):
            groups.setdefault(str(s.get("class_name") or ""), []).append(s)
    return {name: gain(groups[name]) for name in sorted(groups)}


def result_extension(session: dict) -> dict | None:
    """For an xAPI statement of a check session: which sitting, and per misconception whether the
    learner was free of it and how many answers showed it. None for a session that is no check."""
    if not is_check(session):
        return None
    counts = dict.fromkeys(MISCONCEPTIONS, 0)
    for d in session.get("decisions") or ():
        for m in d.get("misconceptions") or ():
            if m in counts:
                counts[m] += 1
    return {
        "sitting": "pre" if session.get("mode") == PRE else "post",
        "check": session.get("scenario", ""),
        "items": len(session.get("decisions") or ()),
        "free_of": {m: counts[m] == 0 for m in MISCONCEPTIONS},
        "shown": counts,
    }


# -- the class report's section ---------------------------------------------------------------------
WORDS = {
    "id": {
        "title": "Cek awal dan akhir: perubahan per miskonsepsi",
        "class": "Kelas",
        "no_class": "(tanpa kelas)",
        "misconception": "Miskonsepsi",
        "pre": "Bebas sebelum",
        "post": "Bebas sesudah",
        "gain": "Gain ternormalisasi",
        "undefined": "tidak terdefinisi (semua sudah bebas sebelumnya)",
        "matched": "{n} peserta mengikuti cek awal dan akhir",
        "unmatched": "{pre} hanya cek awal, {post} hanya cek akhir",
        "none": "Belum ada peserta yang mengikuti cek awal dan cek akhir.",
        "note": "Bebas: tidak satu pun jawabannya menunjukkan miskonsepsi itu. Gain = (sesudah - sebelum) / "
        "(1 - sebelum).",
    },
    "en": {
        "title": "Before-and-after check: change per misconception",
        "class": "Class",
        "no_class": "(no class)",
        "misconception": "Misconception",
        "pre": "Free before",
        "post": "Free after",
        "gain": "Normalised gain",
        "undefined": "undefined (everyone was free of it before)",
        "matched": "{n} learner(s) took both the pre and the post check",
        "unmatched": "{pre} pre only, {post} post only",
        "none": "No learner has taken both the pre and the post check yet.",
        "note": "Free: none of their answers showed that misconception. Gain = (after - before) / (1 - before).",
    },
}


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _table(table: GainTable, words: dict, lang: str) -> str:
    meta = escape(words["matched"].format(n=table.matched))
    if table.pre_only or table.post_only:
        meta += "; " + escape(words["unmatched"].format(pre=table.pre_only, post=table.post_only))
    if not table.rows:
        return f'<p class="meta">{meta}</p><p>{escape(words["none"])}</p>'
    head = "".join(f"<th>{escape(words[k])}</th>" for k in ("misconception", "pre", "post", "gain"))
    body = []
    for r in table.rows:
        g = escape(words["undefined"]) if r.gain is None else f"{r.gain:+.2f}"
        name = NAMES[r.misconception].get(lang) if r.misconception in NAMES else r.misconception
        body.append(
            f'<tr data-misconception="{escape(r.misconception)}"><td>{escape(name)}</td>'
            f'<td class="num">{_percent(r.pre)}</td><td class="num">{_percent(r.post)}</td>'
            f'<td class="num">{g}</td></tr>'
        )
    return f'<p class="meta">{meta}</p><table><tr>{head}</tr>{"".join(body)}</table>'


def report_section(sessions: Iterable[dict], lang: str = "id") -> str:
    """The class report's section on the check ("" when no check was taken), per class when the
    sittings name one."""
    words = WORDS["en" if lang == "en" else "id"]
    tables = gain_by_class(sessions)
    if not tables:
        return ""
    parts = [f'<section data-section="gain"><h2>{escape(words["title"])}</h2>']
    for name, table in tables.items():
        if len(tables) > 1 or name:
            parts.append(
                f'<h3 data-class="{escape(name)}">{escape(words["class"])}: '
                f"{escape(name or words['no_class'])}</h3>"
            )
        parts.append(_table(table, words, lang))
    parts.append(f'<p class="meta">{escape(words["note"])}</p></section>')
    return "".join(parts)
