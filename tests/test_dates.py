"""Header dates: the plain day-month-year shapes read without dateparser must give
exactly what dateparser gives (the fast path exists only for speed)."""

from __future__ import annotations

import random

from extractor.pipeline.dates import _fast_date, dateparser_date, parse_date

MONTHS = ["January", "Feb", "march", "APRIL", "May", "June", "Jul", "August", "Sept", "October", "Nov", "December"]


def _phrases(n: int) -> list[str]:
    rnd = random.Random(7)
    out = []
    for _ in range(n):
        day, month, year = rnd.randint(1, 31), rnd.randrange(12), rnd.randint(1990, 2035)
        suffix = rnd.choice(["", "st", "th", "nd"])
        shape = rnd.randrange(5)
        if shape == 0:
            out.append(f"{day}{suffix} {MONTHS[month]} {year}")
        elif shape == 1:
            out.append(f"Tuesday, {day} {MONTHS[month]}, {year}")
        elif shape == 2:
            out.append(f"the {day}{suffix} of {MONTHS[month]} {year}")
        elif shape == 3:
            out.append(f"{MONTHS[month]} {day}, {year}")
        else:
            out.append(f"{day}/{month + 1}/{year}")
    return out


def test_plain_shapes_read_as_dateparser_reads_them():
    checked = 0
    for phrase in _phrases(400):
        fast = _fast_date(phrase)
        if fast is not None:  # impossible days (31 Feb) are left to dateparser
            assert fast == dateparser_date(phrase), phrase
            checked += 1
    assert checked > 300


def test_uk_day_first_and_impossible_dates():
    assert parse_date("3/4/2024") == "2024-04-03"
    assert parse_date("Wednesday 20th July 2021") == "2021-07-20"
    assert parse_date("31/02/2021") is None
