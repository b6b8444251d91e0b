"""The editor's date pattern accepts exactly the days that exist from 1900 to 2200, as validate does."""

import datetime
import re

from game.authoring.schema import DATE
from game.content.keys import CALENDAR_YEARS


def test_the_date_pattern_is_the_calendar():
    pattern = re.compile(DATE)
    low, high = CALENDAR_YEARS
    day, accepted = datetime.date(low, 1, 1), 0
    while day <= datetime.date(high, 12, 31):
        assert pattern.match(day.isoformat()), day
        accepted += 1
        day += datetime.timedelta(days=1)
    assert accepted == sum(
        366 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 365 for y in range(low, high + 1)
    )


def test_days_that_do_not_exist_are_refused():
    pattern = re.compile(DATE)
    for text in (
        "2026-02-30",
        "2026-02-29",
        "1900-02-29",
        "2100-02-29",
        "2026-04-31",
        "2026-13-01",
        "1899-12-31",
    ):
        assert not pattern.match(text), text
    assert pattern.match("2028-02-29") and pattern.match("2000-02-29")
