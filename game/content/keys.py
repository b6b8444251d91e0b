"""The keys each part of a scenario, a play-plan or a pre/post check may have, and the limits on its values.

The key tuples are made from the format's one description (format_spec.py), which also makes the JSON
Schemas and the guides' key reference, so editor, validator and guide agree. The names stay as the
loader imports them; the order of a tuple is the order a message lists the allowed keys in.
"""

from __future__ import annotations

from .format_spec import SPECS

FORMAT_VERSION = 1
MAX_NODES = 10_000
MAX_DAYS = 3650  # one choice or delay: ten years
MAX_DECISIONS = 1000
CALENDAR_YEARS = (1900, 2200)


def _keys(name: str) -> tuple:
    return SPECS[name].names


def _required(name: str) -> tuple:
    return SPECS[name].required


# the scenario
TOP_KEYS, TOP_REQUIRED = _keys("top"), _required("top")
CALENDAR_KEYS = _keys("calendar")
CHARACTER_KEYS, CHARACTER_REQUIRED = _keys("character"), _required("character")
LOCATION_KEYS, LOCATION_REQUIRED = _keys("location"), _required("location")
METER_KEYS = _keys("meter")
NODE_KEYS, NODE_REQUIRED = _keys("node"), _required("node")
LINE_KEYS, LINE_REQUIRED = _keys("line"), _required("line")
CHOICE_KEYS, CHOICE_REQUIRED = _keys("choice"), _required("choice")
SCHEDULE_KEYS, SCHEDULE_REQUIRED = _keys("schedule"), _required("schedule")
BRANCH_KEYS, BRANCH_REQUIRED = _keys("branch"), _required("branch")
DEADLINE_KEYS, DEADLINE_REQUIRED = _keys("deadline"), _required("deadline")
EVENT_KEYS, EVENT_REQUIRED = _keys("event"), _required("event")
ENDING_KEYS, ENDING_REQUIRED = _keys("ending"), _required("ending")
QUESTION_KEYS, QUESTION_REQUIRED = _keys("question"), _required("question")
# a play-plan file
PLAN_FILE_KEYS, PLAN_FILE_REQUIRED = _keys("plan-file"), _required("plan-file")
PLAN_KEYS, PLAN_REQUIRED = _keys("plan"), _required("plan")
EXPECT_KEYS = _keys("expect")
BOUNDS_KEYS = _keys("bounds")
# a pre/post check file (check_loader)
CHECK_TOP_KEYS, CHECK_TOP_REQUIRED = _keys("check-file"), _required("check-file")
CHECK_ITEM_KEYS, CHECK_ITEM_REQUIRED = _keys("check-item"), _required("check-item")
CHECK_OPTION_KEYS, CHECK_OPTION_REQUIRED = _keys("check-option"), _required("check-option")
