"""xAPI 1.0.3 statements from session records, shaped so an LRS report can read them (cmi5 verbs where
they apply).

One session gives, in order:
- `initialized` (the scenario; cmi5 reserves `launched` for the LMS that launches an AU, and Berdaya
  is not launched by one, so its first statement is the AU's own `initialized`);
- one `answered` per decision: a cmi.interaction of type "choice" whose definition lists every option
  (`choices`, each with its text in both languages), the chosen option as result.response;
- one `responded` per reflection: a "long-fill-in" interaction whose name and description are the
  question, the learner's answer as result.response;
- when finished: `completed` (completion, duration, competency scores, misconceptions, ending; the
  ending's debrief questions in context.extensions), then `passed` or `failed` (score against the
  scenario's own pass mark, given as cmi5's masteryscore) and last `terminated`;
- when left before the end ("abandoned"): cmi5's `abandoned`, with the time played as its duration.

Names and descriptions are language maps in id-ID and en-US. The learner is an xAPI account: its name
is the learner id (NIP, e-mail, LMS user name) when there is one, on the organisation's home page (the
origin of the IRI base), else the player's name as typed. Class, batch and organisation are grouping
activities and context extensions (see _grouping).

Activity IRIs are stable (the same scenario and node give the same IRI on every laptop) and statement
ids are UUIDs derived from the session id and the step, so sending a session again never duplicates it:
an LRS keeps the first copy, and answers 409 Conflict if the same id comes with other content.
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Iterable, Iterator
from urllib.parse import quote, urlsplit

from .reading import parse_moment
from .xapi_check import check_statement
from .xapi_checks import check_result, checked_activity, result_extensions

__all__ = ["check_statement", "statements", "iter_statements", "session_statements", "write_statements"]

VERSION = "1.0.3"
IRI_BASE = (
    "https://berdaya.example/xapi"  # the default; an organisation sets its own in records-settings.json
)
HOME_PAGE = "https://berdaya.example"  # the account home page of a learner known only by name
DEFAULT_PASS_MARK = 0.6  # a scenario without its own pass mark
PASS_SCALED = DEFAULT_PASS_MARK  # the name before pass marks were per scenario
PLATFORM = "Berdaya"
ID_LANG, EN_LANG = "id-ID", "en-US"
_ID_NAMESPACE = uuid.UUID("6f1c3b1e-6a55-4c1c-9a57-3f6d2b0d9e11")

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {  # name -> (IRI, en-US, id-ID)
    "initialized": (ADL + "initialized", "initialized", "memulai"),
    "answered": (ADL + "answered", "answered", "menjawab"),
    "responded": (ADL + "responded", "responded", "menanggapi"),
    "completed": (ADL + "completed", "completed", "menyelesaikan"),
    "passed": (ADL + "passed", "passed", "lulus"),
    "failed": (ADL + "failed", "failed", "belum lulus"),
    "terminated": (ADL + "terminated", "terminated", "mengakhiri"),
    "abandoned": ("https://w3id.org/xapi/adl/verbs/abandoned", "abandoned", "meninggalkan"),  # cmi5 9.3.6
}
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore"
GROUPS = (("organisation", "organisations"), ("class_name", "classes"), ("batch", "batches"))


def ext(name: str, base: str = IRI_BASE) -> str:
    return f"{base}/extensions/{name}"


def scenario_iri(scenario: str, base: str = IRI_BASE) -> str:
    return f"{base}/scenarios/{quote(scenario, safe='')}"


def node_iri(scenario: str, node: str, base: str = IRI_BASE) -> str:
    return f"{scenario_iri(scenario, base)}/nodes/{quote(node, safe='')}"


def reflection_iri(scenario: str, node: str, base: str = IRI_BASE) -> str:
    return f"{node_iri(scenario, node, base)}/reflection"


def home_page(base: str = IRI_BASE) -> str:
    """The learner accounts' home page: the origin of the IRI base (https://host)."""
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else HOME_PAGE


def language_map(text, fallback: str = "") -> dict:
    """{"id-ID": ..., "en-US": ...} from a {"id", "en"} text (or one string for both)."""
    if isinstance(text, dict):
        first = text.get("id") or text.get("en") or fallback
        return {ID_LANG: text.get("id") or first, EN_LANG: text.get("en") or first}
    return {ID_LANG: str(text or fallback), EN_LANG: str(text or fallback)}


# -- all statements -----------------------------------------------------------------------------------


def statements(sessions: Iterable[dict], base: str = IRI_BASE) -> list[dict]:
    return list(iter_statements(sessions, base))


def iter_statements(sessions: Iterable[dict], base: str = IRI_BASE) -> Iterator[dict]:
    """The statements of each session in turn, one session in memory at a time."""
    for session in sessions:
        yield from session_statements(session, base)


def write_statements(sessions: Iterable[dict], file, base: str = IRI_BASE) -> int:
    """A JSON array of the statements written to `file` one statement (one line) at a time, in constant
    memory whatever the number of sessions; the number of statements."""
    count = 0
    file.write("[")
    for statement in iter_statements(sessions, base):
        file.write(",\n" if count else "\n")
        file.write(json.dumps(statement, ensure_ascii=False))
        count += 1
    file.write("\n]\n" if count else "]\n")
    return count


def session_statements(session: dict, base: str = IRI_BASE) -> list[dict]:
    made = Made(session, base)
    result = [made.initialized()]
    result += [made.answered(d) for d in session.get("decisions", [])]
    seen: dict = {}
    for reflection in session.get("reflections", []):
        seen[reflection.get("node")] = seen.get(reflection.get("node"), 0) + 1
        result.append(made.responded(reflection, seen[reflection.get("node")]))
    if session.get("finished_at"):
        result.append(made.completed())
        if session.get("scores"):
            result.append(made.judged())
        result.append(made.terminated())
    elif session.get("status") == "abandoned":
        result.append(made.abandoned())
    return result


class Made:
    """The statements of one session (the parts every statement shares are made once)."""

    def __init__(self, session: dict, base: str):
        self.session, self.base = session, base
        self.scenario = self._scenario_activity()

    def initialized(self) -> dict:
        # step "launched": the id statements of this step had before cmi5's verbs, so a session sent by
        # an older Berdaya is not stored twice (the LRS says 409 Conflict instead, and it is reported)
        statement = self._statement("launched", "initialized", self.scenario, self.session["started_at"])
        statement["context"]["extensions"][MASTERY_SCORE] = pass_mark(self.session)  # as cmi5's launched has
        return statement

    def answered(self, decision: dict) -> dict:
        s, base = self.session, self.base
        situation = decision.get("situation") or decision["node"]
        title = s.get("scenario_title") or s["scenario"]
        definition = {
            "type": INTERACTION,
            "interactionType": "choice",
            "name": language_map(situation),
            "description": _decision_description(title, situation),
        }
        options = decision.get("options") or []
        if options:
            # every option, sorted by id so the activity's definition is the same in every session (the
            # order shown to this player is in the result's "options" extension). No
            # correctResponsesPattern: a decision in Berdaya has no single right answer; each option has
            # its consequences, and the misconceptions an option shows are in that extension
            definition["choices"] = [
                {"id": o["id"], "description": language_map(o.get("text"), o["id"])}
                for o in sorted(options, key=lambda o: o["id"])
            ]
        activity = {"objectType": "Activity", "id": node_iri(s["scenario"], decision["node"], base)}
        activity["definition"] = definition
        extensions = {
            ext("turn", base): decision["turn"],
            ext("day", base): decision.get("day", 0),
            ext("misconceptions", base): list(decision.get("misconceptions", [])),
            ext("meters", base): dict(decision.get("meters", {})),
            ext("deltas", base): dict(decision.get("deltas", {})),
        }
        if decision.get("events"):
            extensions[ext("events", base)] = list(decision["events"])
        if options:
            extensions[ext("options", base)] = [
                {"id": o["id"], "misconceptions": list(o.get("misconceptions", []))} for o in options
            ]
        if decision.get("votes") is not None:
            extensions[ext("votes", base)] = decision["votes"]
        statement = self._statement(f"answered/{decision['turn']}", "answered", activity, decision["at"])
        statement["result"] = {"response": decision["choice"], "extensions": extensions}
        statement["context"].setdefault("contextActivities", {})["parent"] = [self.scenario]
        return statement

    def responded(self, reflection: dict, nth: int) -> dict:
        s, node = self.session, str(reflection.get("node", ""))
        prompt = reflection.get("prompt") or {}
        if not (prompt.get("id") or prompt.get("en")):
            prompt = {"id": f"Refleksi ({node})", "en": f"Reflection ({node})"}
        activity = {
            "objectType": "Activity",
            "id": reflection_iri(s["scenario"], node, self.base),
            "definition": {
                "type": INTERACTION,
                "interactionType": "long-fill-in",
                "name": {k: _short(v) for k, v in language_map(prompt).items()},
                "description": language_map(prompt),
            },
        }
        step = f"reflection/{node}" + (f"/{nth}" if nth > 1 else "")
        statement = self._statement(step, "responded", activity, reflection["at"])
        statement["result"] = {"response": str(reflection.get("answer", ""))}
        statement["context"].setdefault("contextActivities", {})["parent"] = [self.scenario]
        return statement

    def completed(self) -> dict:
        s, base = self.session, self.base
        tags = sorted({t for d in s.get("decisions", []) for t in d.get("misconceptions", [])})
        extensions = {
            ext("competency-scores", base): dict(s.get("scores") or {}),
            ext("misconceptions", base): tags,
            ext("ending", base): s.get("ending"),
        }
        extensions.update(result_extensions(s, ext("check", base)))  # a pre/post check's result
        statement = self._statement("completed", "completed", self.scenario, s["finished_at"])
        # cmi5 9.5: a completed statement carries completion and duration, never score or success
        statement["result"] = {"completion": True, "duration": self._duration(), "extensions": extensions}
        questions = [language_map(q) for q in s.get("debrief_questions") or []]
        if questions:
            statement["context"]["extensions"][ext("debrief-questions", base)] = questions
        return statement

    def judged(self) -> dict:
        """`passed` or `failed`: the mean competency score (scaled 0..1) against the scenario's pass mark."""
        s = self.session
        scores = s["scores"]
        scaled = min(1.0, max(0.0, round(sum(scores.values()) / (100 * len(scores)), 4)))
        mark = pass_mark(s)
        verb = "passed" if scaled >= mark else "failed"
        statement = self._statement("judged", verb, self.scenario, s["finished_at"])
        statement["result"] = {
            "score": {"scaled": scaled, "raw": round(scaled * 100), "min": 0, "max": 100},
            "success": verb == "passed",
            "duration": self._duration(),
        }
        statement["result"].update(check_result(s, ext("check", self.base)))
        statement["context"]["extensions"][MASTERY_SCORE] = mark
        return statement

    def terminated(self) -> dict:
        statement = self._statement("terminated", "terminated", self.scenario, self.session["finished_at"])
        statement["result"] = {"duration": self._duration()}
        return statement

    def abandoned(self) -> dict:
        """Left before the end: at the last moment anything was recorded, the time played as duration.
        Its id names how far the session got, so a session continued and left again is a new statement."""
        s = self.session
        moments = [s["started_at"]] + [d["at"] for d in s.get("decisions", [])]
        moments += [r["at"] for r in s.get("reflections", [])]
        last = max(moments, key=parse_moment)
        step = f"abandoned/{len(s.get('decisions', []))}/{len(s.get('reflections', []))}"
        statement = self._statement(step, "abandoned", self.scenario, last)
        statement["result"] = {"duration": iso_duration(parse_moment(last) - parse_moment(s["started_at"]))}
        return statement

    # -- the shared parts --

    def _statement(self, step: str, verb: str, obj: dict, timestamp: str) -> dict:
        verb_id, en, id_ = VERBS[verb]
        return {
            "id": statement_id(self.session["id"], step),
            "actor": actor(self.session, self.base),
            "verb": {"id": verb_id, "display": {EN_LANG: en, ID_LANG: id_}},
            "object": obj,
            "timestamp": timestamp,
            "context": self._context(),
        }

    def _context(self) -> dict:
        s, base = self.session, self.base
        extensions = {
            ext("content-hash", base): s.get("content_hash", ""),
            ext("seed", base): s.get("seed", 0),
            ext("mode", base): s.get("mode", "play"),
        }
        for key, name in (
            ("learner_id", "learner-id"),
            ("organisation", "organisation"),
            ("class_name", "class"),
            ("batch", "batch"),
        ):
            if s.get(key):
                extensions[ext(name, base)] = s[key]
        context = {
            "registration": s["id"],
            "platform": PLATFORM,
            "language": s.get("lang") or "id",
            "extensions": extensions,
        }
        grouping = _grouping(s, base)
        if grouping:
            context["contextActivities"] = {"grouping": grouping}
        return context

    def _scenario_activity(self) -> dict:
        s = self.session
        title = s.get("scenario_title") or s["scenario"]
        activity = {
            "objectType": "Activity",
            "id": scenario_iri(s["scenario"], self.base),
            "definition": {
                "type": SIMULATION,
                "name": language_map(title, s["scenario"]),
                "description": _scenario_description(title, s["scenario"]),
            },
        }
        return checked_activity(s, activity)  # a pre/post check is an assessment

    def _duration(self) -> str:
        s = self.session
        return iso_duration(parse_moment(s["finished_at"]) - parse_moment(s["started_at"]))


def statement_id(session_id: str, step: str) -> str:
    return str(uuid.uuid5(_ID_NAMESPACE, f"{session_id}/{step}"))


def actor(session: dict, base: str = IRI_BASE) -> dict:
    """The learner: an account named by the learner id on the organisation's home page when there is an
    id, else (as before learner ids) an account named by the player's name on Berdaya's home page."""
    learner_id = session.get("learner_id") or ""
    account = {"homePage": home_page(base), "name": learner_id} if learner_id else None
    account = account or {"homePage": HOME_PAGE, "name": session["player"]}
    return {"objectType": "Agent", "name": session["player"], "account": account}


def _grouping(session: dict, base: str) -> list[dict]:
    """Organisation, class and batch as contextActivities.grouping, each nested in the one before
    (class "Angkatan 3" of two organisations are two activities). Grouping activities, not context.team:
    the statements API filters on them (?activity=<class IRI>&related_activities=true, on any conformant
    LRS) and LRS reports (Learning Locker, SQL LRS, Veracity, Watershed) group and filter by context
    activities, showing their names; a team is a Group that needs its own identifier and is shown as a
    person. The plain values are in context.extensions too, so the records read back exactly."""
    out, path = [], base
    for key, kind in GROUPS:
        value = session.get(key) or ""
        if not value:
            continue
        path = f"{path}/{kind}/{quote(value, safe='')}"
        out.append(
            {
                "objectType": "Activity",
                "id": path,
                "definition": {"type": f"{base}/activitytypes/{kind}", "name": language_map(value)},
            }
        )
    return out


def pass_mark(session: dict) -> float:
    value = session.get("pass_mark", DEFAULT_PASS_MARK)
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1
    return float(value) if ok else DEFAULT_PASS_MARK


def _scenario_description(title, scenario: str) -> dict:
    name = language_map(title, scenario)
    return {
        ID_LANG: f"Simulasi Berdaya: {name[ID_LANG]}",
        EN_LANG: f"Berdaya simulation: {name[EN_LANG]}",
    }


def _decision_description(title, situation) -> dict:
    name, where = language_map(title), language_map(situation)
    return {
        ID_LANG: f"Keputusan dalam {name[ID_LANG]}: {where[ID_LANG]}",
        EN_LANG: f"A decision in {name[EN_LANG]}: {where[EN_LANG]}",
    }


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def iso_duration(delta: datetime.timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"PT{hours}H{minutes}M{secs}S"
