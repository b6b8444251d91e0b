"""YAML scenario file -> engine model, with a located diagnostic for every problem.

loaded = load_file("scenarios/sample.yaml")
loaded.scenario      # a Scenario, or None when there are errors
loaded.diagnostics   # everything found, errors and warnings
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .. import resources
from ..engine import conditions
from ..engine.model import (
    COMPETENCIES,
    DUTIES,
    END,
    MISCONCEPTIONS,
    Branch,
    Calendar,
    Character,
    Choice,
    Deadline,
    Duration,
    Effect,
    Ending,
    Event,
    FlagSet,
    Line,
    Location,
    Meter,
    Node,
    Scenario,
    Schedule,
    SourcePos,
    Text,
)
from .checks import run_checks
from .diagnostics import diag, shorten
from .reader import Reader
from .source import parse_source, read_source

FORMAT_VERSION = 1
MAX_NODES = 10_000
MAX_DAYS = 3650  # one choice or delay: ten years
MAX_DECISIONS = 1000
CALENDAR_YEARS = (1900, 2200)

ASSETS_DIR = resources.ASSETS_DIR

TOP_KEYS = (
    "format",
    "id",
    "title",
    "summary",
    "duty",
    "minutes",
    "start",
    "calendar",
    "coach",
    "characters",
    "locations",
    "meters",
    "nodes",
    "events",
    "endings",
)
NODE_KEYS = ("location", "lines", "choices", "if", "otherwise", "reflection", "hint", "deadline")
CHOICE_KEYS = (
    "id",
    "text",
    "feedback",
    "effects",
    "set",
    "misconceptions",
    "insight",
    "time",
    "schedule",
    "if",
    "next",
    "fixed",
)
EVENT_KEYS = ("kind", "title", "text", "effects", "set", "if", "probability", "at", "once", "next")
ENDING_KEYS = ("id", "title", "summary", "debrief", "if", "best", "epilogue")
METER_KEYS = ("label", "kind", "start", "min", "max", "stakeholder")

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
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


@dataclass
class Loaded:
    path: str
    scenario: Scenario | None
    diagnostics: list = field(default_factory=list)

    @property
    def errors(self) -> list:
        return [d for d in self.diagnostics if d.is_error()]

    @property
    def warnings(self) -> list:
        return [d for d in self.diagnostics if not d.is_error()]

    @property
    def ok(self) -> bool:
        return self.scenario is not None


def load_file(path, assets_dir: Path = ASSETS_DIR) -> Loaded:
    source = read_source(str(path))
    if source.root is None:  # unreadable: its folder is not needed (and may not resolve: a symlink loop)
        return Loaded(source.path, None, list(source.diagnostics))
    return _load(source, Path(path).resolve().parent, assets_dir)


def load_text(
    text: str, path: str = "<memory>", base_dir: Path | None = None, assets_dir: Path = ASSETS_DIR
) -> Loaded:
    source = parse_source(path, text.encode("utf-8"))
    return _load(source, base_dir or Path.cwd(), assets_dir)


def _load(source, base_dir: Path, assets_dir: Path) -> Loaded:
    if source.root is None:
        return Loaded(source.path, None, list(source.diagnostics))
    reader = Reader(source.path)
    scenario = _Builder(reader, source.content_hash).scenario(source.root)
    diagnostics = list(reader.diagnostics)
    if scenario is not None:
        diagnostics += run_checks(scenario, lambda p: _asset_status(p, base_dir, assets_dir))
    ok = scenario is not None and not any(d.is_error() for d in diagnostics)
    return Loaded(source.path, scenario if ok else None, diagnostics)


def resolve_asset(relative: str, base_dir: Path, assets_dir: Path = ASSETS_DIR) -> Path | None:
    """The file an asset path names, or None when it is missing or not allowed."""
    status, found = _asset_status(relative, base_dir, assets_dir)
    return found if status == "ok" else None


def _asset_status(relative: str, base_dir: Path, assets_dir: Path):
    """('ok', path) | ('missing', None) | ('outside', None); a name no file system accepts (too long,
    a NUL, a symlink loop) is 'missing' too, never an exception."""
    try:
        return _find_asset(relative, base_dir, assets_dir)
    except (OSError, ValueError, RuntimeError):
        return "missing", None


def _find_asset(relative: str, base_dir: Path, assets_dir: Path):
    if Path(relative).is_absolute() or relative.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", relative):
        return "outside", None
    for root in (base_dir, assets_dir):
        root = root.resolve()
        candidate = (root / relative).resolve()
        if root != candidate and root not in candidate.parents:
            return "outside", None
        if candidate.is_file():
            return "ok", candidate
    return "missing", None


class _Builder:
    """Walks the node tree once, building model objects and reporting problems."""

    def __init__(self, reader: Reader, content_hash: str):
        self.r = reader
        self.hash = content_hash
        self.flags: set = set()
        self.calendar_start: datetime.date | None = None  # day 0, for dates in conditions and deadlines

    # -- top level ---------------------------------------------------------------
    def scenario(self, root: yaml.Node) -> Scenario | None:
        r = self.r
        top = r.mapping(
            root,
            "the scenario",
            TOP_KEYS,
            ("format", "id", "title", "summary", "duty", "minutes", "start", "nodes", "endings"),
        )
        if not top and not isinstance(root, yaml.MappingNode):
            return None
        self._format(top.get("format"))
        calendar = self._calendar(top.get("calendar"))
        if calendar.start:
            self.calendar_start = datetime.date.fromisoformat(calendar.start)
        scenario_id = self._id(top["id"], "the scenario id") if "id" in top else ""
        nodes = self._nodes(top.get("nodes"))
        return Scenario(
            id=scenario_id,
            format=FORMAT_VERSION,
            title=r.text(top.get("title"), "the title"),
            summary=r.text(top.get("summary"), "the summary"),
            duty=self._duty(top.get("duty")),
            minutes=self._minutes(top.get("minutes")),
            start=r.string(top["start"], "start") if "start" in top else "",
            characters=self._characters(top.get("characters")),
            locations=self._locations(top.get("locations")),
            meters=self._meters(top.get("meters")),
            nodes=nodes,
            events=self._events(top.get("events")),
            endings=self._endings(top.get("endings")),
            calendar=calendar,
            source=r.path,
            content_hash=self.hash,
            pos=r.pos(root),
            flags=tuple(sorted(self.flags)),
            start_pos=self._at(top.get("start"), root),
            coach=r.string(top["coach"], "coach") if "coach" in top else None,
            coach_pos=self._at(top.get("coach"), root),
        )

    def _minutes(self, node) -> int:
        if node is None:
            return 0
        minutes = self.r.integer(node, "minutes")
        if minutes < 1:
            self.r.report(
                "B014",
                node,
                f"minutes is {minutes}",
                "write roughly how many minutes one playthrough takes, e.g. 20",
            )
        return minutes

    def _format(self, node) -> None:
        if node is None:
            return
        version = self.r.number(node, "format")
        if version != FORMAT_VERSION:
            self.r.report(
                "B043",
                node,
                f"format {version} is not supported; this game reads format {FORMAT_VERSION}",
                f"set 'format: {FORMAT_VERSION}' and check the file against docs/authoring.md",
            )

    def _id(self, node, what: str) -> str:
        value = self.r.string(node, what)
        if value and not _ID.match(value):
            self.r.report(
                "B014",
                node,
                f"{what} '{value}' may use only lowercase letters, digits, '-' and '_'",
                f"for example: {re.sub('[^a-z0-9_-]+', '-', value.lower()).strip('-') or 'my-scenario'}",
            )
        return value

    def _duty(self, node) -> tuple:
        if node is None:
            return ()
        duties = []
        for value, item in self.r.words(node, "duty"):
            if value not in DUTIES:
                self.r.report("B014", item, f"'{value}' is not a duty", _list_hint(value, DUTIES))
            else:
                duties.append(value)
        return tuple(duties)

    def _calendar(self, node) -> Calendar:
        if node is None:
            return Calendar()
        fields = self.r.mapping(node, "calendar", ("start",))
        if "start" not in fields:
            return Calendar()
        value = self.r.string(fields["start"], "calendar start")
        try:
            if not CALENDAR_YEARS[0] <= datetime.date.fromisoformat(value).year <= CALENDAR_YEARS[1]:
                raise ValueError(value)
        except ValueError:
            self.r.report(
                "B014",
                fields["start"],
                f"'{value}' is not a date",
                f"write it as YYYY-MM-DD between {CALENDAR_YEARS[0]} and {CALENDAR_YEARS[1]}, e.g. 2026-01-05",
            )
            return Calendar()
        return Calendar(start=value)

    # -- declarations ------------------------------------------------------------
    def _characters(self, node) -> dict:
        result = {}
        for cid, key, value in self._entries(node, "characters"):
            fields = self.r.mapping(value, f"character '{cid}'", ("name", "role", "portrait"), ("name",))
            name = self.r.string(fields["name"], "a character's name").strip() if "name" in fields else cid
            if "name" in fields and not name:
                self.r.report(
                    "B012",
                    fields["name"],
                    f"character '{cid}' has an empty name",
                    "write the name as players should see it; a # starts a comment, so quote it: \"#1 Pak Wiryo\"",
                )
            result[cid] = Character(
                id=cid,
                name=name or cid,
                role=self.r.text(fields.get("role"), f"the role of '{cid}'"),
                portrait=self._asset(fields.get("portrait")),
                pos=self.r.pos(key),
                portrait_pos=self._at(fields.get("portrait"), key),
            )
        return result

    def _locations(self, node) -> dict:
        result = {}
        for lid, key, value in self._entries(node, "locations"):
            fields = self.r.mapping(value, f"location '{lid}'", ("name", "kind", "background"), ("name",))
            result[lid] = Location(
                id=lid,
                name=self.r.text(fields.get("name"), f"the name of location '{lid}'"),
                kind=self.r.string(fields["kind"], "kind") if "kind" in fields else "",
                background=self._asset(fields.get("background")),
                pos=self.r.pos(key),
                background_pos=self._at(fields.get("background"), key),
            )
        return result

    def _asset(self, node) -> str | None:
        if node is None:
            return None
        return self.r.string(node, "an asset path") or None

    def _meters(self, node) -> dict:
        result = {c: Meter(id=c, label=_BUILTIN_LABELS[c], kind="competency") for c in COMPETENCIES}
        for mid, key, value in self._entries(node, "meters"):
            result[mid] = self._meter(mid, key, value)
        return result

    def _meter(self, mid: str, key, value) -> Meter:
        r = self.r
        fields = r.mapping(value, f"meter '{mid}'", METER_KEYS)
        builtin = mid in COMPETENCIES
        if "label" not in fields and not builtin:
            r.report("B012", value, f"meter '{mid}' has no 'label'", "add label: {id: ..., en: ...}")
        kind = (
            r.string(fields["kind"], "kind") if "kind" in fields else ("competency" if builtin else "world")
        )
        if kind not in ("competency", "world", "trust"):
            r.report(
                "B014", fields["kind"], f"'{kind}' is not a meter kind", "use world, trust or competency"
            )
            kind = "world"
        if kind == "trust" and "stakeholder" not in fields:
            r.report(
                "B012",
                value,
                f"trust meter '{mid}' has no 'stakeholder'",
                "add stakeholder: <character id> (whose trust this is)",
            )
        meter = Meter(
            id=mid,
            label=r.text(fields["label"], f"the label of meter '{mid}'")
            if "label" in fields
            else _BUILTIN_LABELS.get(mid, Text(mid, mid)),
            kind=kind,
            start=r.number(fields["start"], "start") if "start" in fields else 0,
            min=r.number(fields["min"], "min") if "min" in fields else None,
            max=r.number(fields["max"], "max") if "max" in fields else None,
            stakeholder=r.string(fields["stakeholder"], "stakeholder") if "stakeholder" in fields else None,
            pos=r.pos(key),
            stakeholder_pos=self._at(fields.get("stakeholder"), key),
        )
        self._check_range(meter, value)
        return meter

    def _check_range(self, meter: Meter, node) -> None:
        low, high = meter.min, meter.max
        if low is not None and high is not None and low > high:
            self.r.report("B050", node, f"meter '{meter.id}' has min {low} above max {high}", "swap them")
        elif meter.clamp(meter.start) != meter.start:
            self.r.report(
                "B050",
                node,
                f"meter '{meter.id}' starts at {meter.start}, outside {low}..{high}",
                "make start a value between min and max",
            )

    # -- story -------------------------------------------------------------------
    def _nodes(self, node) -> dict:
        entries = self._entries(node, "nodes")
        if len(entries) > MAX_NODES:
            self.r.report(
                "B005",
                node,
                f"the scenario has {len(entries)} nodes (at most {MAX_NODES})",
                "split it into several scenarios",
            )
            entries = entries[:MAX_NODES]
        return {nid: self._node(nid, key, value) for nid, key, value in entries}

    def _node(self, nid: str, key, value) -> Node:
        r = self.r
        fields = r.mapping(value, f"node '{nid}'", NODE_KEYS, ("choices",))
        lines = tuple(
            self._line(item, nid) for item in self._list(fields.get("lines"), f"the lines of '{nid}'")
        )
        choices = tuple(
            self._choice(item, nid, i)
            for i, item in enumerate(self._list(fields.get("choices"), f"the choices of '{nid}'"))
        )
        return Node(
            id=nid,
            lines=tuple(line for line in lines if line is not None),
            choices=tuple(c for c in choices if c is not None),
            location=r.string(fields["location"], "location") if "location" in fields else None,
            condition=self._condition(fields.get("if")),
            otherwise=r.string(fields["otherwise"], "otherwise") if "otherwise" in fields else None,
            reflection=r.text(fields.get("reflection"), f"the reflection question of '{nid}'"),
            hint=r.text(fields.get("hint"), f"the hint of '{nid}'"),
            deadline=self._deadline(fields.get("deadline"), nid),
            pos=r.pos(key),
            location_pos=self._at(fields.get("location"), key),
            otherwise_pos=self._at(fields.get("otherwise"), key),
        )

    def _line(self, node, nid: str) -> Line | None:
        fields = self.r.mapping(node, f"a line of '{nid}'", ("speaker", "text", "if"), ("text",))
        if not fields:
            return None
        return Line(
            text=self.r.text(fields.get("text"), f"a line of '{nid}'"),
            speaker=self.r.string(fields["speaker"], "speaker") if "speaker" in fields else None,
            condition=self._condition(fields.get("if")),
            pos=self.r.pos(node),
        )

    def _choice(self, node, nid: str, index: int) -> Choice | None:
        r = self.r
        what = f"choice {index + 1} of '{nid}'"
        fields = r.mapping(node, what, CHOICE_KEYS, ("text", "next"))
        if not fields:
            return None
        return Choice(
            id=r.string(fields["id"], "a choice id") if "id" in fields else f"{nid}.{index + 1}",
            text=r.text(fields.get("text"), f"the text of {what}"),
            feedback=r.text(fields.get("feedback"), f"the feedback of {what}"),
            next=self._next(fields.get("next"), node),
            effects=self._effects(fields.get("effects")),
            sets=self._sets(fields.get("set")),
            misconceptions=self._misconceptions(fields.get("misconceptions")),
            insight=r.text(fields.get("insight"), f"the insight of {what}"),
            time=self._duration(fields["time"], "time", decisions=False) if "time" in fields else Duration(),
            schedule=self._schedule(fields.get("schedule")),
            condition=self._condition(fields.get("if")),
            fixed=r.boolean(fields["fixed"], "fixed", False) if "fixed" in fields else False,
            pos=r.pos(node),
        )

    def _deadline(self, node, nid: str) -> Deadline | None:
        if node is None:
            return None
        r = self.r
        fields = r.mapping(node, f"the deadline of '{nid}'", ("day", "date", "missed"), ("missed",))
        if not fields:
            return None
        if ("day" in fields) == ("date" in fields):
            r.report(
                "B012",
                node,
                f"the deadline of '{nid}' needs either day or date",
                "write e.g. deadline: {day: 30, missed: late_node} or deadline: {date: 2026-08-17, missed: late_node}",
            )
            return None
        if "day" in fields:
            day = r.integer(fields["day"], "the deadline day")
        else:
            value = r.string(fields["date"], "the deadline date")
            if self.calendar_start is None:
                r.report(
                    "B012",
                    fields["date"],
                    "a deadline with a date needs the scenario's calendar",
                    "add calendar: {start: YYYY-MM-DD} at the top, or write the deadline as day: N",
                )
                return None
            try:
                day = (datetime.date.fromisoformat(value) - self.calendar_start).days
            except ValueError:
                r.report(
                    "B014",
                    fields["date"],
                    f"'{value}' is not a date",
                    "write it as YYYY-MM-DD, e.g. 2026-08-17",
                )
                return None
        if "missed" not in fields:
            return None
        return Deadline(
            day=day,
            missed=r.string(fields["missed"], "missed"),
            pos=r.pos(node),
            missed_pos=r.pos(fields["missed"]),
        )

    def _next(self, node, owner) -> tuple:
        if node is None:
            return (Branch(END, None, self.r.pos(owner)),)
        if isinstance(node, yaml.ScalarNode):
            return (Branch(self.r.string(node, "next"), None, self.r.pos(node)),)
        branches = []
        for item in self.r.sequence(node, "next"):
            fields = self.r.mapping(item, "a branch of next", ("if", "node"), ("node",))
            if "node" in fields:
                branches.append(
                    Branch(
                        self.r.string(fields["node"], "node"),
                        self._condition(fields.get("if")),
                        self.r.pos(fields["node"]),
                    )
                )
        if branches and branches[-1].condition is not None:
            self.r.report(
                "B012",
                node,
                "the last branch of 'next' has an 'if'",
                "end the list with a branch without 'if', for when no condition holds",
            )
        return tuple(branches) or (Branch(END, None, self.r.pos(node)),)

    def _effects(self, node) -> tuple:
        if node is None:
            return ()
        fields = self.r.mapping(node, "effects", ())
        return tuple(
            Effect(k, self.r.number(v, f"the change to '{k}'"), self.r.pos(v)) for k, v in fields.items()
        )

    def _sets(self, node) -> tuple:
        if node is None:
            return ()
        if isinstance(node, yaml.SequenceNode):  # set: [a, b] means each becomes true
            sets = tuple(FlagSet(w, True, self.r.pos(n)) for w, n in self.r.words(node, "set"))
        else:
            fields = self.r.mapping(node, "set", ())
            sets = tuple(
                FlagSet(k, self.r.flag_value(v, f"flag '{k}'"), self.r.pos(v)) for k, v in fields.items()
            )
        self.flags.update(s.flag for s in sets)
        return sets

    def _misconceptions(self, node) -> tuple:
        if node is None:
            return ()
        tags = []
        for tag, item in self.r.words(node, "misconceptions"):
            if tag not in MISCONCEPTIONS:
                self.r.report(
                    "B026", item, f"'{tag}' is not a misconception tag", _list_hint(tag, MISCONCEPTIONS)
                )
            else:
                tags.append(tag)
        return tuple(tags)

    def _schedule(self, node) -> tuple:
        items = []
        for item in self._list(node, "schedule"):
            fields = self.r.mapping(item, "a scheduled event", ("event", "after"), ("event", "after"))
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
            units = "days/hari, weeks/minggu, months/bulan" + (
                ", or decisions/keputusan" if decisions else ""
            )
            self.r.report(
                "B014",
                node,
                f"{what} '{shorten(value)}' is not a duration",
                f"write a number and a unit: 3 days, 2 weeks, 1 month (units: {units})",
            )
            return Duration()
        amount = int(match.group(1)) * unit[1]
        limit = MAX_DECISIONS if unit[0] == "decisions" else MAX_DAYS
        if amount > limit:
            self.r.report(
                "B014",
                node,
                f"{what} '{value}' is too long",
                f"at most {MAX_DAYS // 365} years ({MAX_DAYS} days)"
                if unit[0] == "days"
                else f"at most {MAX_DECISIONS} decisions",
            )
            return Duration()
        return Duration(**{unit[0]: amount}, pos=self.r.pos(node))

    def _condition(self, node) -> conditions.Condition | None:
        if node is None:
            return None
        source = self.r.scalar(node, "a condition")
        if source is None:
            return None
        try:
            return dataclasses.replace(conditions.parse(source, self.calendar_start), pos=self.r.pos(node))
        except conditions.ConditionError as exc:
            pos = self.r.pos(node)
            shift = 1 if node.style in ("'", '"') else 0
            self.r.diagnostics.append(
                diag(
                    "B027",
                    SourcePos(pos.file, pos.line, pos.col + shift + exc.offset),
                    f"cannot read the condition '{shorten(source)}': {exc.message}",
                    _condition_hint(source),
                )
            )
            return None

    def _events(self, node) -> dict:
        result = {}
        for eid, key, value in self._entries(node, "events"):
            result[eid] = self._event(eid, key, value)
        return result

    def _event(self, eid: str, key, value) -> Event:
        r = self.r
        fields = r.mapping(value, f"event '{eid}'", EVENT_KEYS, ("kind", "title", "text"))
        kind = r.string(fields["kind"], "kind") if "kind" in fields else "delayed"
        if kind not in ("delayed", "obstacle"):
            r.report("B014", fields["kind"], f"'{kind}' is not an event kind", "use delayed or obstacle")
        probability = r.number(fields["probability"], "probability", 1) if "probability" in fields else 1
        if not 0 <= probability <= 1:
            r.report(
                "B014",
                fields["probability"],
                f"probability {probability} is not between 0 and 1",
                "write e.g. 0.3 for a 30% chance",
            )
            probability = min(1, max(0, probability))
        return Event(
            id=eid,
            kind=kind,
            title=r.text(fields.get("title"), f"the title of event '{eid}'"),
            text=r.text(fields.get("text"), f"the text of event '{eid}'"),
            effects=self._effects(fields.get("effects")),
            sets=self._sets(fields.get("set")),
            condition=self._condition(fields.get("if")),
            probability=probability,
            at=tuple(w for w, _ in r.words(fields["at"], "at")) if "at" in fields else (),
            once=r.boolean(fields["once"], "once", True) if "once" in fields else True,
            next=r.string(fields["next"], "next") if "next" in fields else None,
            pos=r.pos(key),
            at_pos=self._at(fields.get("at"), key),
            next_pos=self._at(fields.get("next"), key),
        )

    def _endings(self, node) -> tuple:
        endings = []
        for item in self._list(node, "endings"):
            fields = self.r.mapping(item, "an ending", ENDING_KEYS, ("id", "title", "summary", "debrief"))
            if not fields:
                continue
            eid = (
                self.r.string(fields["id"], "an ending id") if "id" in fields else f"ending{len(endings) + 1}"
            )
            debrief = tuple(
                self._question(q, eid) for q in self._list(fields.get("debrief"), f"the debrief of '{eid}'")
            )
            epilogue = tuple(
                self._line(line, f"ending {eid}")
                for line in self._list(fields.get("epilogue"), f"the epilogue of '{eid}'")
            )
            endings.append(
                Ending(
                    id=eid,
                    title=self.r.text(fields.get("title"), f"the title of ending '{eid}'"),
                    summary=self.r.text(fields.get("summary"), f"the summary of ending '{eid}'"),
                    debrief=tuple(q for q in debrief if q is not None),
                    condition=self._condition(fields.get("if")),
                    best=self.r.boolean(fields["best"], "best", False) if "best" in fields else False,
                    epilogue=tuple(line for line in epilogue if line is not None),
                    pos=self.r.pos(item),
                )
            )
        return tuple(endings)

    def _question(self, node, eid: str) -> Line | None:
        """A debrief question: {id, en}, or {if: condition, text: {id, en}} for one that assumes a choice."""
        what = f"a debrief question of '{eid}'"
        if isinstance(node, yaml.MappingNode) and any(
            k.value in ("text", "if") for k, _ in node.value if isinstance(k, yaml.ScalarNode)
        ):
            fields = self.r.mapping(node, what, ("text", "if"), ("text",))
            if "text" not in fields:
                return None
            return Line(
                text=self.r.text(fields["text"], what),
                condition=self._condition(fields.get("if")),
                pos=self.r.pos(node),
            )
        return Line(text=self.r.text(node, what), pos=self.r.pos(node))

    # -- small helpers -------------------------------------------------------------
    def _at(self, node, fallback) -> SourcePos:
        """Where a field's value is written (the owner's position when it is absent)."""
        return self.r.pos(node if node is not None else fallback)

    def _entries(self, node, what: str) -> list:
        return [] if node is None else self.r.entries(node, what)

    def _list(self, node, what: str) -> list:
        return [] if node is None else self.r.sequence(node, what)


_CONDITION_HINTS = (
    (r"=>", "did you mean >= ? (greater than or equal)"),
    (r"=<", "did you mean <= ? (less than or equal)"),
    (r"≥|≤|≠", "write >=, <= and != with ordinary characters"),
    (r"&&|&", "write `and` to join two conditions"),
    (r"\|\|?", "write `or` for either of two conditions"),
    (r"(?<![<>=!])=(?!=)", "use == to compare (a single = is not a comparison)"),
    (r"!(?!=)", "write `not` in front of a flag, e.g. not paket_bantuan"),
    (r"\bbukan\b", "write `not` (or tidak) in front of a flag, e.g. not paket_bantuan"),
    (r"[<>]=?\s*\w+\s*[<>]", "compare one thing at a time: 40 < x and x < 60"),
)


def _list_hint(value: str, allowed) -> str:
    if "," in value:
        return f"write several as a list in brackets: [{', '.join(v.strip() for v in value.split(','))}]"
    return f"use one of: {', '.join(allowed)}"


def _condition_hint(source: str) -> str:
    if not source.strip():
        return "the condition is empty; a value starting with ! is read by YAML as a tag: write not x"
    for pattern, hint in _CONDITION_HINTS:
        if re.search(pattern, source):
            return hint
    return "write e.g. trust >= 50 and not road_paved (see Conditions in docs/authoring.md)"


_BUILTIN_LABELS = {
    "collaboration": Text("Kolaborasi", "Collaboration"),
    "empathy": Text("Empati", "Empathy"),
}
