"""Walks a scenario's YAML node tree once, building model objects and reporting problems.

The top level and the declarations (characters, locations, meters) are here; the story parts are in
build_story.py and the small values in build_values.py.
"""

from __future__ import annotations

import datetime
import re

import yaml

from ..engine.model import (
    COMPETENCIES,
    DUTIES,
    METER_DIRECTIONS,
    Calendar,
    Character,
    Location,
    Meter,
    Scenario,
    SourcePos,
    Text,
)
from .build_story import StoryParts
from .build_values import ValueParts, list_hint
from .codes import phrase
from .keys import (
    CALENDAR_KEYS,
    CALENDAR_YEARS,
    CHARACTER_KEYS,
    CHARACTER_REQUIRED,
    FORMAT_VERSION,
    LOCATION_KEYS,
    LOCATION_REQUIRED,
    METER_KEYS,
    TOP_KEYS,
    TOP_REQUIRED,
)
from .reader import Reader

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
DEFAULT_PASS_MARK = 0.6  # as the engine's Scenario and the records' default


def _percent(text: str) -> float | None:
    """The number of `80 %` or `80,5%` (the % already cut off), None when it is not one."""
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


_BUILTIN_LABELS = {
    "collaboration": Text("Kolaborasi", "Collaboration"),
    "empathy": Text("Empati", "Empathy"),
}
# what the two built-in competencies measure, unless a scenario re-declares them with its own words
_BUILTIN_DESCRIPTIONS = {
    "collaboration": Text(
        "Seberapa jauh pilihan Anda melibatkan warga, kader dan mitra dalam memutuskan dan mengerjakan.",
        "How far your choices bring residents, cadres and partners into deciding and doing the work.",
    ),
    "empathy": Text(
        "Seberapa jauh pilihan Anda berangkat dari keadaan dan perasaan orang yang terdampak.",
        "How far your choices start from the situation and feelings of the people affected.",
    ),
}


class Builder(StoryParts, ValueParts):
    def __init__(self, reader: Reader, content_hash: str):
        self.r = reader
        self.hash = content_hash
        self.flags: set = set()
        self.calendar_start: datetime.date | None = None  # day 0, for dates in conditions and deadlines

    def scenario(self, root: yaml.Node) -> Scenario | None:
        r = self.r
        top = r.mapping(root, phrase("the-scenario"), TOP_KEYS, TOP_REQUIRED)
        if not top and not isinstance(root, yaml.MappingNode):
            return None
        self._format(top.get("format"))
        calendar = self._calendar(top.get("calendar"))
        if calendar.start:
            self.calendar_start = datetime.date.fromisoformat(calendar.start)
        scenario_id = self._id(top["id"], phrase("scenario-id")) if "id" in top else ""
        nodes = self._nodes(top.get("nodes"))
        return Scenario(
            id=scenario_id,
            format=FORMAT_VERSION,
            title=r.text(top.get("title"), phrase("title")),
            summary=r.text(top.get("summary"), phrase("summary")),
            duty=self._duty(top.get("duty")),
            minutes=self._minutes(top.get("minutes")),
            start=self._start(top.get("start")),
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
            pass_mark=self._pass_mark(top.get("pass_mark")),
        )

    def _start(self, node) -> str:
        if node is None:
            return ""  # reported as a missing key
        start = self.r.string(node, "start").strip()
        if not start:
            self.r.report("B090", node)
        return start

    def _pass_mark(self, node) -> float:
        """A share of the best score, 0..1; 80 or 80% is B094 with the share it means as the hint."""
        if node is None:
            return DEFAULT_PASS_MARK
        r = self.r
        if isinstance(node, yaml.ScalarNode) and node.value.strip().endswith("%"):
            percent = _percent(node.value.strip()[:-1])
        else:
            told = len(r.diagnostics)
            mark = r.number(node, "pass_mark", DEFAULT_PASS_MARK)
            if len(r.diagnostics) != told:  # not a number (B059) or not a single value (B010): told
                return DEFAULT_PASS_MARK
            if 0 <= mark <= 1:
                return float(mark)
            percent = mark if float(mark).is_integer() else None  # 80 is 80%; 1.5 is no percentage
        if percent is not None and 0 <= percent <= 100:
            hint = {"hint_key": "percent", "percent": f"{percent:g}", "fraction": f"{percent / 100:g}"}
        else:
            hint = {}
        r.report("B094", node, value=node.value.strip(), **hint)
        return DEFAULT_PASS_MARK

    def _minutes(self, node) -> int:
        if node is None:
            return 0
        told = len(self.r.diagnostics)
        minutes = self.r.integer(node, "minutes")
        if minutes < 1 and len(self.r.diagnostics) == told:  # `2 menit` is told once, as not a number
            self.r.report("B065", node, value=minutes)
        return minutes

    def _format(self, node) -> None:
        if node is None:
            return
        version = self.r.number(node, "format")
        if version != FORMAT_VERSION:
            self.r.report("B043", node, version=version, supported=FORMAT_VERSION)

    def _id(self, node, what) -> str:
        value = self.r.string(node, what)
        if isinstance(node, yaml.ScalarNode) and (not value.strip() or node.tag.endswith(":null")):
            # `id: ""`, `id: " "`, `id:`, `id: ~`, `id: null`: empty, as the editor reads it (a list is B010)
            name = re.split(r"[\\/]", self.r.path)[-1].split(".")[0]  # the file name, without .yaml
            stem = re.sub("[^a-z0-9_-]+", "-", name.lower()).strip("-_")
            self.r.report("B093", node, what=what, example=stem if _ID.match(stem) else "my-scenario")
            return ""
        if value and not _ID.match(value):
            example = re.sub("[^a-z0-9_-]+", "-", value.lower()).strip("-") or "my-scenario"
            self.r.report("B066", node, what=what, value=value, example=example)
        return value

    def _duty(self, node) -> tuple:
        if node is None:
            return ()
        duties = []
        for value, item in self.r.words(node, "duty"):
            if value not in DUTIES:
                self.r.report("B067", item, value=value, **list_hint(value, DUTIES))
            else:
                duties.append(value)
        return tuple(duties)

    def _calendar(self, node) -> Calendar:
        if node is None:
            return Calendar()
        fields = self.r.mapping(node, "calendar", CALENDAR_KEYS)
        if "start" not in fields:
            return Calendar()
        value = self.r.string(fields["start"], phrase("calendar-start"))
        try:
            if not CALENDAR_YEARS[0] <= datetime.date.fromisoformat(value).year <= CALENDAR_YEARS[1]:
                raise ValueError(value)
        except ValueError:
            self.r.report(
                "B068", fields["start"], value=value, first=CALENDAR_YEARS[0], last=CALENDAR_YEARS[1]
            )
            return Calendar()
        return Calendar(start=value)

    # -- declarations ------------------------------------------------------------
    def _characters(self, node) -> dict:
        result = {}
        for cid, key, value in self._entries(node, "characters"):
            fields = self.r.mapping(value, phrase("character", id=cid), CHARACTER_KEYS, CHARACTER_REQUIRED)
            name = self.r.prose(fields["name"], phrase("character-name")).strip() if "name" in fields else cid
            if "name" in fields and not name:
                self.r.report("B069", fields["name"], id=cid)
            result[cid] = Character(
                id=cid,
                name=name or cid,
                role=self.r.text(fields.get("role"), phrase("role-of", id=cid)),
                portrait=self._asset(fields.get("portrait")),
                pos=self.r.pos(key),
                portrait_pos=self._at(fields.get("portrait"), key),
            )
        return result

    def _locations(self, node) -> dict:
        result = {}
        for lid, key, value in self._entries(node, "locations"):
            fields = self.r.mapping(value, phrase("location", id=lid), LOCATION_KEYS, LOCATION_REQUIRED)
            result[lid] = Location(
                id=lid,
                name=self.r.text(fields.get("name"), phrase("location-name", id=lid)),
                kind=self.r.string(fields["kind"], "kind") if "kind" in fields else "",
                background=self._asset(fields.get("background")),
                weather=self._weather(fields.get("weather")),
                pos=self.r.pos(key),
                background_pos=self._at(fields.get("background"), key),
            )
        return result

    def _asset(self, node) -> str | None:
        if node is None:
            return None
        return self.r.string(node, phrase("asset-path")) or None

    def _meters(self, node) -> dict:
        result = {
            c: Meter(id=c, label=_BUILTIN_LABELS[c], kind="competency", description=_BUILTIN_DESCRIPTIONS[c])
            for c in COMPETENCIES
        }
        for mid, key, value in self._entries(node, "meters"):
            result[mid] = self._meter(mid, key, value)
        return result

    def _meter(self, mid: str, key, value) -> Meter:
        r = self.r
        fields = r.mapping(value, phrase("meter", id=mid), METER_KEYS)
        builtin = mid in COMPETENCIES
        if "label" not in fields and not builtin:
            r.report("B070", value, id=mid)
        kind = (
            r.string(fields["kind"], "kind") if "kind" in fields else ("competency" if builtin else "world")
        )
        if kind not in ("competency", "world", "trust"):
            r.report("B071", fields["kind"], value=kind)
            kind = "world"
        better = r.string(fields["better"], "better") if "better" in fields else "higher"
        if better not in METER_DIRECTIONS:
            r.report("B091", fields["better"], value=better)
            better = "higher"
        if kind == "trust" and "stakeholder" not in fields:
            r.report("B072", value, id=mid)
        meter = Meter(
            id=mid,
            label=r.text(fields["label"], phrase("meter-label", id=mid))
            if "label" in fields
            else _BUILTIN_LABELS.get(mid, Text(mid, mid)),
            description=r.text(fields["description"], phrase("meter-description", id=mid))
            if "description" in fields
            else _BUILTIN_DESCRIPTIONS.get(mid, Text()),
            kind=kind,
            start=r.number(fields["start"], "start") if "start" in fields else 0,
            min=r.number(fields["min"], "min") if "min" in fields else None,
            max=r.number(fields["max"], "max") if "max" in fields else None,
            stakeholder=r.string(fields["stakeholder"], "stakeholder") if "stakeholder" in fields else None,
            pos=r.pos(key),
            stakeholder_pos=self._at(fields.get("stakeholder"), key),
            better=better,
        )
        self._check_range(meter, value)
        return meter

    def _check_range(self, meter: Meter, node) -> None:
        low, high = meter.min, meter.max
        if low is not None and high is not None and low > high:
            self.r.report("B073", node, id=meter.id, low=low, high=high)
        elif meter.clamp(meter.start) != meter.start:
            self.r.report("B050", node, id=meter.id, start=meter.start, low=low, high=high)

    # -- small helpers -------------------------------------------------------------
    def _at(self, node, fallback) -> SourcePos:
        """Where a field's value is written (the owner's position when it is absent)."""
        return self.r.pos(node if node is not None else fallback)

    def _entries(self, node, what) -> list:
        """The (id, key, value) of a map of things the file defines; an id with a space is B102."""
        entries = [] if node is None else self.r.entries(node, what)
        for key, key_node, _ in entries:
            if re.search(r"\s", key):
                example = re.sub(r"\s+", "_", key.strip())
                self.r.report("B102", key_node, id=key, what=what, example=example)
        return entries

    def _list(self, node, what) -> list:
        return [] if node is None else self.r.sequence(node, what)
