"""Pre/post misconception checks (NAME.check.yaml) -> engine.check.Check, with located diagnostics.

# scenarios/checks/cek-awal-akhir.check.yaml
format: 1
id: cek-awal-akhir
title: {id: "Cek Awal dan Akhir", en: "Before-and-after check"}
intro: {id: "...", en: "..."}
items:
  - id: jalan_poros
    duty: needs_design                 # one of the four duties
    situation: {id: "...", en: "..."}  # a short scene, written as a scenario is
    question: {id: "...", en: "..."}   # optional: what the trainee is asked
    options:                           # 3 or 4
      - id: praforum                   # optional: the item's id and its number (jalan_poros.1) else
        text: {id: "...", en: "..."}
        misconceptions: []             # what this option shows: [] for none, or [solo_work], ...

The same reader as scenarios (game.content.reader): wrong types, unknown or missing keys, texts without
one of their languages are the scenario codes (B010, B011, B012, B040...); what only a check can get
wrong is B200-B213 (game/content/codes/checks.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..engine.check import MAX_ITEMS, MAX_OPTIONS, MIN_ITEMS, MIN_OPTIONS, Check, CheckItem, CheckOption
from ..engine.model import DUTIES, MISCONCEPTIONS, SourcePos, Text
from .checks_cues import long_untagged_options, telltale_words
from .codes import phrase
from .diagnostics import diag
from .keys import (
    CHECK_ITEM_KEYS,
    CHECK_ITEM_REQUIRED,
    CHECK_OPTION_KEYS,
    CHECK_OPTION_REQUIRED,
    CHECK_TOP_KEYS,
    CHECK_TOP_REQUIRED,
    FORMAT_VERSION,
)
from .reader import Reader
from .source import parse_source, read_source

CHECK_SUFFIXES = (".check.yaml", ".check.yml")
# the keys come from the format's one description (format_spec.CHECK), as the JSON Schema and the guides'
# key tables do; the order of a tuple is the order B011 lists the allowed keys in
TOP_KEYS, ITEM_KEYS, OPTION_KEYS = CHECK_TOP_KEYS, CHECK_ITEM_KEYS, CHECK_OPTION_KEYS


@dataclass
class LoadedCheck:
    path: str
    check: Check | None  # None when the file has errors
    diagnostics: list = field(default_factory=list)

    @property
    def errors(self) -> list:
        return [d for d in self.diagnostics if d.is_error()]

    @property
    def ok(self) -> bool:
        return self.check is not None


def is_check_file(path: Path) -> bool:
    return path.name.lower().endswith(CHECK_SUFFIXES)


def check_files(paths: Iterable) -> list:
    """The check files named, or found inside the folders named (subfolders too, hidden ones not)."""
    found: list = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if is_check_file(p)
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])
            )
        elif is_check_file(path):
            found.append(path)
    return list(dict.fromkeys(found))


def load_check(path) -> LoadedCheck:
    return _load(read_source(str(path)))


def load_check_text(text: str, path: str = "<memory>") -> LoadedCheck:
    return _load(parse_source(path, text.encode("utf-8")))


def _load(source) -> LoadedCheck:
    if source.root is None:
        return LoadedCheck(source.path, None, list(source.diagnostics))
    r = Reader(source.path, source.text)
    check = _check(r, source.root, source.content_hash)
    diagnostics = list(r.diagnostics)
    if check is not None:
        diagnostics += rules(check, read_cleanly=not any(d.is_error() for d in diagnostics))
    ok = check is not None and not any(d.is_error() for d in diagnostics)
    return LoadedCheck(source.path, check if ok else None, diagnostics)


def _check(r: Reader, root, digest: str) -> Check | None:
    top = r.mapping(root, phrase("the-check-file"), TOP_KEYS, CHECK_TOP_REQUIRED)
    if not top:
        return None
    if "format" in top:
        version = r.number(top["format"], "format")
        if version != FORMAT_VERSION:
            r.report("B043", top["format"], version=version, supported=FORMAT_VERSION)
    item_nodes = r.sequence(top["items"], phrase("check-items")) if "items" in top else []
    items, seen = [], set()
    for index, node in enumerate(item_nodes):
        item = _item(r, node, index)
        if item is None:
            continue
        if item.id in seen:
            r.report("B204", node, id=item.id, what=phrase("check-items"))
            continue
        seen.add(item.id)
        items.append(item)
    if "items" in top and not (MIN_ITEMS <= len(item_nodes) <= MAX_ITEMS):
        r.report("B200", top["items"], n=len(item_nodes), low=MIN_ITEMS, high=MAX_ITEMS)
    return Check(
        id=r.string(top["id"], "id") if "id" in top else "",
        title=r.text(top.get("title"), phrase("title")),
        intro=r.text(top.get("intro"), "intro"),
        items=tuple(items),
        content_hash=digest,
        pos=r.pos(root),
        duties=tuple(dict.fromkeys(i.duty for i in items if i.duty)),
    )


def _item(r: Reader, node, index: int) -> CheckItem | None:
    what = phrase("check-item-n", n=index + 1)
    fields = r.mapping(node, what, ITEM_KEYS, CHECK_ITEM_REQUIRED)
    if not fields:
        return None
    item_id = r.string(fields["id"], "id") if "id" in fields else f"item{index + 1}"
    duty = r.string(fields["duty"], "duty") if "duty" in fields else ""
    if duty and duty not in DUTIES:
        r.report("B203", fields["duty"], duty=duty, allowed=", ".join(DUTIES))
    option_nodes = (
        r.sequence(fields["options"], phrase("check-options-of", id=item_id)) if "options" in fields else []
    )
    options, seen = [], set()
    for number, option_node in enumerate(option_nodes, 1):
        option = _option(r, option_node, item_id, number)
        if option is None:
            continue
        if option.id in seen:
            r.report("B204", option_node, id=option.id, what=phrase("check-options-of", id=item_id))
            continue
        seen.add(option.id)
        options.append(option)
    listed = isinstance(fields.get("options"), yaml.SequenceNode)  # else B010 said it, once
    if listed and not (MIN_OPTIONS <= len(option_nodes) <= MAX_OPTIONS):
        r.report(
            "B201", fields["options"], item=item_id, n=len(option_nodes), low=MIN_OPTIONS, high=MAX_OPTIONS
        )
    elif listed and len(options) < len(option_nodes):
        pass  # an option that could not be read was said where it is: no guess about the rest
    elif options and all(o.misconceptions for o in options):
        r.report("B205", fields["options"], item=item_id)
    elif options and not any(o.misconceptions for o in options):
        r.report("B206", fields["options"], item=item_id)
    return CheckItem(
        id=item_id,
        duty=duty if duty in DUTIES else "",
        situation=r.text(fields.get("situation"), phrase("check-item", id=item_id)),
        question=r.text(fields.get("question"), phrase("check-item", id=item_id))
        if "question" in fields
        else Text(),
        options=tuple(options),
        pos=r.pos(node),
    )


def _option(r: Reader, node, item_id: str, number: int) -> CheckOption | None:
    what = phrase("check-option", n=number, id=item_id)
    fields = r.mapping(node, what, OPTION_KEYS, CHECK_OPTION_REQUIRED)
    if not fields:
        return None
    if "misconceptions" not in fields:
        r.report("B209", node, n=number, item=item_id)
    tags = []
    for tag, tag_node in (
        r.words(fields["misconceptions"], "misconceptions") if "misconceptions" in fields else ()
    ):
        if tag not in MISCONCEPTIONS:
            r.report("B202", tag_node, tag=tag, allowed=", ".join(MISCONCEPTIONS))
        elif tag not in tags:
            tags.append(tag)
    return CheckOption(
        id=r.string(fields["id"], "id") if "id" in fields else f"{item_id}.{number}",
        text=r.text(fields.get("text"), what),
        misconceptions=tuple(tags),
        pos=r.pos(node),
    )


def rules(check: Check, read_cleanly: bool = True) -> list:
    """What holds across the whole check: every misconception measurable, every duty covered, and no
    option that gives itself away by its length or one word. A duty is missed only in a file read
    without errors (an unknown duty or a dropped item is said once, where it is written)."""
    found = []
    here = check.pos if check.pos else SourcePos()
    shown = {t for item in check.items for o in item.options for t in o.misconceptions}
    found += [diag("B207", here, tag=tag) for tag in MISCONCEPTIONS if tag not in shown]
    if check.items and read_cleanly:
        found += [diag("B208", here, duty=duty) for duty in DUTIES if duty not in check.duties]
    for item, option, lang, times in long_untagged_options(check):
        found.append(diag("B210", option.pos, item=item.id, option=option.id, times=times, lang=lang))
    for tag, lang, word, hits, total, elsewhere, others, first in telltale_words(check):
        fields = {"tag": tag, "lang": lang, "word": word, "hits": hits, "total": total}
        found.append(diag("B211", first.pos, elsewhere=elsewhere, others=others, **fields))
    return found
