"""The xAPI parts that differ for a pre/post misconception check session (mode check-pre or check-post).

A check is an assessment, not a simulation: its activity has the ADL activity type "assessment" and a
description that says it is Berdaya's pre/post check (the same for both sittings, so the activity's
definition never changes between them; the sitting is in the result and in the context's mode). Its
completed statement (and passed/failed, should a check ever carry scores) has in result.extensions,
under the IRI base's extensions/check, what game.records.gain.result_extension gives: the sitting (pre
or post), the check's id, how many items were answered, and per misconception whether the learner was
free of it and how many answers showed it, so an LRS report can compute the class's normalised gain.

xapi.py calls these; this module imports nothing from it (its IRIs are passed in).
"""

from __future__ import annotations

from .gain import is_check, result_extension

ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"  # ADL's activity type for a test
_DESCRIPTION = {
    "id-ID": "Cek awal dan akhir Berdaya tentang tiga miskonsepsi: {}",
    "en-US": "Berdaya pre/post check of the three misconceptions: {}",
}


def checked_activity(session: dict, activity: dict) -> dict:
    """The session's main activity; for a check session typed as an assessment and described as one."""
    if not is_check(session):
        return activity
    definition = activity["definition"]
    definition["type"] = ASSESSMENT
    name = definition.get("name") or {}
    definition["description"] = {lang: text.format(name.get(lang, "")) for lang, text in _DESCRIPTION.items()}
    return activity


def result_extensions(session: dict, iri: str) -> dict:
    """{iri: the check's result} for a check session, {} for any other."""
    result = result_extension(session)
    return {} if result is None else {iri: result}


def check_result(session: dict, iri: str) -> dict:
    """What a passed/failed statement's result gains for a check session: {"extensions": {...}} or {}."""
    extensions = result_extensions(session, iri)
    return {"extensions": extensions} if extensions else {}
