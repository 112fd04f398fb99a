"""Dates and clock times as printed in minute headers, and ISO dates read back.

Why a module of its own: the meeting header, item titles and the tracking commands
all read the same UK day-first dates, and dateparser is slow, so it is called only on
short candidate phrases and its answers are cached.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DATE_PATTERN = (
    rf"(?:(?:{_WEEKDAYS}),?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|(?:(?:{_WEEKDAYS}),?\s+)?(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*\d{{4}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
)
"""A date as printed in minute headers: day-month-year (UK style), or month-day with a comma
before the year ("July 20, 2021", as some web exports print it); numeric dates are DMY."""
DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)

TIME_PATTERN = r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}[.:]\d{2}(?!\d)(?:\s*hrs\b\.?)?"
"""A clock time: "7.00 pm", "2pm", "10:30", "19:00 hrs"."""
TIME_RE = re.compile(TIME_PATTERN, re.IGNORECASE)
_TIME_PARTS = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?\s*([ap])?", re.IGNORECASE)


@lru_cache(maxsize=4096)
def parse_date(phrase: str) -> Optional[str]:
    """ISO date (YYYY-MM-DD) of a short date phrase, day-first; None when unreadable."""
    import dateparser  # imported lazily: it is slow to import

    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", phrase, flags=re.IGNORECASE)
    cleaned = re.sub(r"\bthe\b|\bof\b", " ", cleaned, flags=re.IGNORECASE)
    try:
        parsed = dateparser.parse(
            cleaned.strip(" ,."),
            languages=["en"],
            settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except (ValueError, OverflowError):  # an impossible date ("31/02/2021") is simply unknown
        return None
    return parsed.date().isoformat() if parsed else None


def parse_time(phrase: str) -> Optional[str]:
    """24-hour HH:MM of a clock phrase ("2.30pm", "10.00 am", "10:30"); None when unreadable."""
    m = _TIME_PARTS.search(phrase)
    if not m:
        return None
    hour, minute, half = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def parse_iso(value: Optional[str]) -> Optional[date]:
    """The date of an ISO string ("2024-01-31", or a longer timestamp); None when unreadable."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
