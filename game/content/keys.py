"""The keys each part of a scenario may have, and the limits on its values (the JSON Schema is built
from the same tuples, so editor and validator agree)."""

from __future__ import annotations

FORMAT_VERSION = 1
MAX_NODES = 10_000
MAX_DAYS = 3650  # one choice or delay: ten years
MAX_DECISIONS = 1000
CALENDAR_YEARS = (1900, 2200)

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
TOP_REQUIRED = ("format", "id", "title", "summary", "duty", "minutes", "start", "nodes", "endings")
NODE_KEYS = ("location", "lines", "choices", "if", "otherwise", "reflection", "hint", "deadline", "weather")
LOCATION_KEYS = ("name", "kind", "background", "weather")
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
METER_KEYS = ("label", "description", "kind", "start", "min", "max", "stakeholder", "better")
