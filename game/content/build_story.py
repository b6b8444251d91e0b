"""The story parts of a scenario: nodes, their lines and choices, deadlines, events and endings.

A mixin of the scenario builder (builder.py); `self.r` is its Reader.
"""

from __future__ import annotations

import datetime

import yaml

from ..engine.model import END, Branch, Choice, Deadline, Duration, Ending, Event, Line, Node
from .codes import phrase
from .keys import (
    BRANCH_KEYS,
    BRANCH_REQUIRED,
    CALENDAR_YEARS,
    CHOICE_KEYS,
    CHOICE_REQUIRED,
    DEADLINE_KEYS,
    DEADLINE_REQUIRED,
    ENDING_KEYS,
    ENDING_REQUIRED,
    EVENT_KEYS,
    EVENT_REQUIRED,
    LINE_KEYS,
    LINE_REQUIRED,
    MAX_NODES,
    NODE_KEYS,
    NODE_REQUIRED,
    QUESTION_KEYS,
    QUESTION_REQUIRED,
)


class StoryParts:
    def _nodes(self, node) -> dict:
        entries = self._entries(node, "nodes")
        if len(entries) > MAX_NODES:
            self.r.report("B053", node, count=len(entries), limit=MAX_NODES)
            entries = entries[:MAX_NODES]
        return {nid: self._node(nid, key, value) for nid, key, value in entries}

    def _node(self, nid: str, key, value) -> Node:
        r = self.r
        fields = r.mapping(value, phrase("node", id=nid), NODE_KEYS, NODE_REQUIRED)
        lines = tuple(
            self._line(item, nid) for item in self._list(fields.get("lines"), phrase("lines-of", id=nid))
        )
        choices = tuple(
            self._choice(item, nid, i)
            for i, item in enumerate(self._list(fields.get("choices"), phrase("choices-of", id=nid)))
        )
        return Node(
            id=nid,
            lines=tuple(line for line in lines if line is not None),
            choices=tuple(c for c in choices if c is not None),
            location=r.string(fields["location"], "location") if "location" in fields else None,
            condition=self._condition(fields.get("if")),
            otherwise=r.string(fields["otherwise"], "otherwise") if "otherwise" in fields else None,
            reflection=r.text(fields.get("reflection"), phrase("reflection-of", id=nid)),
            hint=r.text(fields.get("hint"), phrase("hint-of", id=nid)),
            deadline=self._deadline(fields.get("deadline"), nid),
            weather=self._weather(fields.get("weather")),
            pos=r.pos(key),
            location_pos=self._at(fields.get("location"), key),
            otherwise_pos=self._at(fields.get("otherwise"), key),
        )

    def _line(self, node, nid: str) -> Line | None:
        what = phrase("line-of", id=nid)
        fields = self.r.mapping(node, what, LINE_KEYS, LINE_REQUIRED)
        if not fields:
            return None
        return Line(
            text=self.r.text(fields.get("text"), what),
            speaker=self.r.string(fields["speaker"], "speaker") if "speaker" in fields else None,
            condition=self._condition(fields.get("if")),
            pos=self.r.pos(node),
        )

    def _choice(self, node, nid: str, index: int) -> Choice | None:
        r = self.r
        what = phrase("choice", n=index + 1, id=nid)
        fields = r.mapping(node, what, CHOICE_KEYS, CHOICE_REQUIRED)
        if not fields:
            return None
        return Choice(
            id=r.string(fields["id"], phrase("choice-id")) if "id" in fields else f"{nid}.{index + 1}",
            text=r.text(fields.get("text"), phrase("text-of", what=what)),
            feedback=r.text(fields.get("feedback"), phrase("feedback-of", what=what)),
            next=self._next(fields.get("next"), node),
            effects=self._effects(fields.get("effects")),
            sets=self._sets(fields.get("set")),
            misconceptions=self._misconceptions(fields.get("misconceptions")),
            insight=r.text(fields.get("insight"), phrase("insight-of", what=what)),
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
        fields = r.mapping(node, phrase("deadline-of", id=nid), DEADLINE_KEYS, DEADLINE_REQUIRED)
        if not fields:
            return None
        if ("day" in fields) == ("date" in fields):
            r.report("B074", node, node_id=nid)
            return None
        if "day" in fields:
            day = r.integer(fields["day"], phrase("deadline-day"))
        else:
            value = r.string(fields["date"], phrase("deadline-date"))
            if self.calendar_start is None:
                r.report("B075", fields["date"])
                return None
            try:
                day = (datetime.date.fromisoformat(value) - self.calendar_start).days
            except ValueError:
                r.report("B068", fields["date"], value=value, first=CALENDAR_YEARS[0], last=CALENDAR_YEARS[1])
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
            fields = self.r.mapping(item, phrase("branch"), BRANCH_KEYS, BRANCH_REQUIRED)
            if "node" in fields:
                branches.append(
                    Branch(
                        self.r.string(fields["node"], "node"),
                        self._condition(fields.get("if")),
                        self.r.pos(fields["node"]),
                    )
                )
        if branches and branches[-1].condition is not None:
            self.r.report("B076", node)
        return tuple(branches) or (Branch(END, None, self.r.pos(node)),)

    def _events(self, node) -> dict:
        result = {}
        for eid, key, value in self._entries(node, "events"):
            result[eid] = self._event(eid, key, value)
        return result

    def _event(self, eid: str, key, value) -> Event:
        r = self.r
        fields = r.mapping(value, phrase("event", id=eid), EVENT_KEYS, EVENT_REQUIRED)
        kind = r.string(fields["kind"], "kind") if "kind" in fields else "delayed"
        if kind not in ("delayed", "obstacle"):
            r.report("B078", fields["kind"], value=kind)
        probability = r.number(fields["probability"], "probability", 1) if "probability" in fields else 1
        if not 0 <= probability <= 1:
            r.report("B079", fields["probability"], value=probability)
            probability = min(1, max(0, probability))
        return Event(
            id=eid,
            kind=kind,
            title=r.text(fields.get("title"), phrase("event-title", id=eid)),
            text=r.text(fields.get("text"), phrase("event-text", id=eid)),
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
            fields = self.r.mapping(item, phrase("an-ending"), ENDING_KEYS, ENDING_REQUIRED)
            if not fields:
                continue
            eid = (
                self.r.string(fields["id"], phrase("ending-id"))
                if "id" in fields
                else f"ending{len(endings) + 1}"
            )
            endings.append(self._ending(eid, item, fields))
        return tuple(endings)

    def _ending(self, eid: str, item, fields: dict) -> Ending:
        debrief = tuple(
            self._question(q, eid) for q in self._list(fields.get("debrief"), phrase("debrief-of", id=eid))
        )
        epilogue = tuple(
            self._line(line, phrase("ending-line", id=eid))
            for line in self._list(fields.get("epilogue"), phrase("epilogue-of", id=eid))
        )
        return Ending(
            id=eid,
            title=self.r.text(fields.get("title"), phrase("ending-title", id=eid)),
            summary=self.r.text(fields.get("summary"), phrase("ending-summary", id=eid)),
            debrief=tuple(q for q in debrief if q is not None),
            condition=self._condition(fields.get("if")),
            best=self.r.boolean(fields["best"], "best", False) if "best" in fields else False,
            epilogue=tuple(line for line in epilogue if line is not None),
            pos=self.r.pos(item),
        )

    def _question(self, node, eid: str) -> Line | None:
        """A debrief question: {id, en}, or {if: condition, text: {id, en}} for one that assumes a choice."""
        what = phrase("question-of", id=eid)
        if isinstance(node, yaml.MappingNode) and any(
            k.value in ("text", "if") for k, _ in node.value if isinstance(k, yaml.ScalarNode)
        ):
            fields = self.r.mapping(node, what, QUESTION_KEYS, QUESTION_REQUIRED)
            if "text" not in fields:
                return None
            return Line(
                text=self.r.text(fields["text"], what),
                condition=self._condition(fields.get("if")),
                pos=self.r.pos(node),
            )
        return Line(text=self.r.text(node, what), pos=self.r.pos(node))
