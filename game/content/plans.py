"""Play-plans: a trainer's scripted playthroughs with expectations, read with located errors.

# sample-dapur-sehat.plan.yaml, beside sample-dapur-sehat.yaml
plans:
  - name: collaborative path
    seed: 0
    choices: [kantor.pramusdes, musdes.data_kader, 1, 1]   # choice ids or numbers (1 = first shown)
    expect:
      ending: dapur_milik_warga             # or not_ending: [dapur_milik_warga] for a path that must fail
      misconceptions: []                 # exactly these tags, in any order
      scores: {collaboration: {min: 90}}
      events: [swadaya_tumbuh]           # these must have happened
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..engine.model import MISCONCEPTIONS, SourcePos
from .codes import phrase
from .diagnostics import diag
from .keys import BOUNDS_KEYS, EXPECT_KEYS, PLAN_FILE_KEYS, PLAN_FILE_REQUIRED, PLAN_KEYS, PLAN_REQUIRED
from .reader import Reader
from .source import read_source

PLAN_SUFFIX = ".plan.yaml"


@dataclass(frozen=True)
class Expect:
    ending: str | None = None
    misconceptions: tuple | None = None
    scores: dict = field(default_factory=dict)  # competency -> (min or None, max or None)
    events: tuple = ()
    not_endings: tuple = ()  # endings this path must not reach (e.g. solo work on every node)
    pos: SourcePos = SourcePos()  # where `expect:` is written


@dataclass(frozen=True)
class Plan:
    name: str
    seed: int
    choices: tuple  # str ids or int numbers (1-based)
    expect: Expect
    pos: SourcePos


@dataclass
class PlanFile:
    path: str
    scenario_path: Path
    plans: list
    diagnostics: list


def plan_files(paths) -> list:
    found = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(path.rglob("*" + PLAN_SUFFIX))
        elif path.name.endswith(PLAN_SUFFIX):
            found.append(path)
        elif path.suffix in (".yaml", ".yml"):
            beside = path.with_name(path.name[: -len(path.suffix)] + PLAN_SUFFIX)
            if beside.exists():
                found.append(beside)
    return found


def load_plans(path) -> PlanFile:
    path = Path(path)
    scenario_path = path.with_name(path.name[: -len(PLAN_SUFFIX)] + ".yaml")
    source = read_source(str(path))
    if source.root is None:
        return PlanFile(str(path), scenario_path, [], list(source.diagnostics))
    r = Reader(str(path))
    top = r.mapping(source.root, phrase("the-plan-file"), PLAN_FILE_KEYS, PLAN_FILE_REQUIRED)
    if "scenario" in top:
        scenario_path = path.parent / r.string(top["scenario"], "scenario")
    plans = (
        [_plan(r, node, i) for i, node in enumerate(r.sequence(top["plans"], "plans"))]
        if "plans" in top
        else []
    )
    return PlanFile(str(path), scenario_path, [p for p in plans if p], r.diagnostics)


def _plan(r: Reader, node, index: int) -> Plan | None:
    fields = r.mapping(node, phrase("plan-n", n=index + 1), PLAN_KEYS, PLAN_REQUIRED)
    if not fields:
        return None
    choices = []
    for item in r.sequence(fields["choices"], "choices") if "choices" in fields else []:
        value = r.scalar(item, phrase("a-choice"))
        if value is not None:
            choices.append(int(value) if value.isascii() and value.isdigit() and len(value) <= 3 else value)
    return Plan(
        name=r.prose(fields["name"], "name") if "name" in fields else f"plan {index + 1}",
        seed=r.integer(fields["seed"], "seed") if "seed" in fields else 0,
        choices=tuple(choices),
        expect=_expect(r, fields.get("expect")),
        pos=r.pos(node),
    )


def _expect(r: Reader, node) -> Expect:
    if node is None:
        return Expect()
    fields = r.mapping(node, "expect", EXPECT_KEYS)
    scores = {}
    if "scores" in fields:
        for comp, value in r.mapping(fields["scores"], "scores", ()).items():
            if isinstance(value, yaml.ScalarNode):
                exact = r.number(value, phrase("score-of", id=comp))
                scores[comp] = (exact, exact)
            else:
                bounds = r.mapping(value, phrase("score-of", id=comp), BOUNDS_KEYS)
                scores[comp] = (
                    r.number(bounds["min"], "min") if "min" in bounds else None,
                    r.number(bounds["max"], "max") if "max" in bounds else None,
                )
    for tag, item in (
        r.words(fields["misconceptions"], "misconceptions") if "misconceptions" in fields else ()
    ):
        if tag not in MISCONCEPTIONS:
            r.report("P006", item, tag=tag, allowed=", ".join(MISCONCEPTIONS))
    for comp, (low, high) in scores.items():
        for bound in (low, high):
            if bound is not None and not 0 <= bound <= 100:
                r.report("P005", fields["scores"], bound=bound, competency=comp)
    return Expect(
        pos=r.pos(node),
        ending=r.string(fields["ending"], "ending") if "ending" in fields else None,
        misconceptions=tuple(w for w, _ in r.words(fields["misconceptions"], "misconceptions"))
        if "misconceptions" in fields and not _empty_list(fields["misconceptions"])
        else (() if "misconceptions" in fields else None),
        scores=scores,
        events=tuple(w for w, _ in r.words(fields["events"], "events")) if "events" in fields else (),
        not_endings=tuple(w for w, _ in r.words(fields["not_ending"], "not_ending"))
        if "not_ending" in fields
        else (),
    )


def _empty_list(node) -> bool:
    return isinstance(node, yaml.SequenceNode) and not node.value


def check_against(plan_file: PlanFile, scenario) -> list:
    """Names in the plans that the scenario does not have: a mistake in the plan, not a failing path."""
    found = []
    endings = [e.id for e in scenario.endings]
    for plan in plan_file.plans:
        expect = plan.expect
        named = [("P001", expect.ending)] if expect.ending is not None else []
        for code, wanted in named + [("P002", e) for e in expect.not_endings]:
            if wanted in endings:
                continue
            close = difflib.get_close_matches(wanted, endings, n=1)
            hint = {"hint_key": "did-you-mean", "suggestion": close[0]} if close else {}
            found.append(
                diag(code, expect.pos, plan=plan.name, ending=wanted, endings=", ".join(endings), **hint)
            )
        for event in expect.events:
            if event not in scenario.events:
                events = ", ".join(scenario.events) or "-"
                found.append(diag("P003", expect.pos, plan=plan.name, event=event, events=events))
        competencies = ", ".join(scenario.competencies())
        for comp in expect.scores:
            if comp not in scenario.competencies():
                found.append(
                    diag("P004", expect.pos, plan=plan.name, competency=comp, competencies=competencies)
                )
    return found
