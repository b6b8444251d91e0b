"""Cue bias in a pre/post check: could a trainee find the option without a misconception by its form?

The gates of the scenarios (game/analysis/cues), read per item of a check: the longest option
(Indonesian and English, as G3), the shortest, the option with the most meeting words (as G1's
keyword strategy), the place the untagged option is written in (first or last), and the telltale
words and much-longer options of content.checks_cues (B211, B210). Each share is the part of the
items where that cue picks the option without a misconception (for meeting words, ties share the
pick: the chance a trainee going by the words lands on it); none may pass LONGEST_LIMIT (40%).

    python -m game.analysis.check_cues scenarios/checks/cek-awal-akhir.check.yaml
"""

from __future__ import annotations

import json
import sys

from ..content.check_loader import LoadedCheck, load_check
from ..content.checks_cues import long_untagged_options, telltale_words
from ..content.diagnostics import diag
from ..engine.check import Check
from .cues.common import FAIL, LONGEST_LIMIT, PASS
from .cues.gates import longest_is_untagged
from .cues.strategies import keyword_hits

CUES = ("longest_id", "longest_en", "shortest_id", "keyword", "first", "last")


def _free(item) -> list:
    return [o for o in item.options if not o.misconceptions]


def _picks_free(item, cue: str) -> bool:
    options = item.options
    if cue in ("longest_id", "longest_en"):
        return longest_is_untagged(item, cue[-2:])
    if cue == "shortest_id":
        low = min(len(o.text.get("id")) for o in options)
        return any(not o.misconceptions and len(o.text.get("id")) == low for o in options)
    if cue == "keyword":  # ties: the chance of picking the untagged one among the options with most words
        hits = [keyword_hits(o.text.get("id"), "id") for o in options]
        top = [o for o, h in zip(options, hits) if h == max(hits) and h > 0]
        return sum(not o.misconceptions for o in top) / len(top) if top else 0.0
    if cue == "first":
        return not options[0].misconceptions
    if cue == "last":
        return not options[-1].misconceptions
    raise ValueError(f"unknown cue '{cue}'")


def report(check: Check) -> dict:
    """{cues: {cue: {share, items}}, telltale: [...], long: [...], status, problems}."""
    items = [i for i in check.items if len(i.options) >= 2 and _free(i)]
    out: dict = {"items": len(items), "cues": {}, "problems": []}
    for cue in CUES:
        picks = {i.id: float(_picks_free(i, cue)) for i in items}
        hits = [name for name, p in picks.items() if p]
        share = sum(picks.values()) / len(items) if items else 0.0
        out["cues"][cue] = {"share": round(share, 4), "items": hits}
        if share > LONGEST_LIMIT:
            out["problems"].append(
                f"{cue} picks the option without a misconception in {len(hits)} of {len(items)} items "
                f"({share:.0%}, limit {LONGEST_LIMIT:.0%})"
            )
    out["telltale"] = [(tag, lang, word) for tag, lang, word, *_ in telltale_words(check)]
    out["long"] = [(item.id, option.id, lang) for item, option, lang, _ in long_untagged_options(check)]
    out["problems"] += [f"telltale word '{w}' ({lang}) in the {t} options" for t, lang, w in out["telltale"]]
    out["problems"] += [f"option '{o}' of '{i}' is much the longest ({lang})" for i, o, lang in out["long"]]
    out["status"] = FAIL if out["problems"] else PASS
    return out


def diagnostics(check: Check) -> list:
    """The cues of a check that `validate` reports (B212 for the place, B213 for meeting words); the
    length and word cues come with the loader (B210, B211)."""
    rep, found = report(check), []
    total = rep["items"]
    for cue, place in (("first", "first"), ("last", "last")):
        row = rep["cues"][cue]
        if row["share"] > LONGEST_LIMIT:
            at = check.item(row["items"][0]).pos  # the first item that has it there
            found.append(diag("B212", at, place=place, hits=len(row["items"]), total=total))
    row = rep["cues"]["keyword"]
    if row["share"] > LONGEST_LIMIT:
        at = check.item(row["items"][0]).pos
        found.append(diag("B213", at, hits=f"{row['share'] * total:.3g}", total=total))
    return found


def validate(path) -> LoadedCheck:
    """A check file as `validate` sees it: the loader's diagnostics and the cue diagnostics."""
    loaded = load_check(path)
    if loaded.check is not None:
        loaded.diagnostics += diagnostics(loaded.check)
    return loaded


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    failed = 0
    for path in argv:
        loaded = load_check(path)
        if loaded.check is None:
            print("\n".join(str(d) for d in loaded.diagnostics))
            failed += 1
            continue
        rep = report(loaded.check)
        print(json.dumps({"file": path, **rep}, ensure_ascii=False, indent=1))
        failed += rep["status"] != PASS
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
