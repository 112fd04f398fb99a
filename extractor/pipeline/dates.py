"""Dates and clock times as printed in minute headers, and ISO dates read back.

Why a module of its own: the meeting header, item titles and the tracking commands
all read the same UK day-first dates, and dateparser is slow, so it is called only on
short candidate phrases and its answers are cached.
"""

from __future__ import annotations

import calendar
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
before the year ("July 20, 2021", as some web exports print it); numeric dates are read in
the document's own order (``numeric_order``)."""
DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)

# a day of the calendar with or without its year ("14 June", "October 3rd", "Tuesday, July 20")
CALENDAR_DAY_RE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)",
    re.IGNORECASE)

# Shapes a header prints that DATE_PATTERN leaves out, read only where a meeting's date is
# looked for (the header and the opening lines), not wherever DATE_RE runs: month-day with no
# comma ("May 1st 2012"), a spaced or glued ordinal or year as PDF and web exports print them
# ("21 ST MARCH, 2018", "29thSeptember 2016", "27th MAY2014", "December 6th2016"), and a
# month-first date with dashes ("3-18-2022"), a two-digit year ("05.05.15"). ``date_phrase`` tidies them for ``parse_date``.
SHORT_NUMERIC_DATE = r"(?<![\d.,/-])[0-3]?\d(?P<sep>[./-])[01]?\d(?P=sep)\d\d(?![\d.,/-])"
"""A numeric date with a two-digit year and one separator throughout ("05.05.15", "6-22-10",
"07/10/16"), as minutes of small bodies head their page; never a decimal or a list number,
which do not repeat their separator with a two-digit tail."""
HEADER_DATE_EXTRA = (
    rf"(?<![a-z])(?:{_MONTHS})\.?\s+\d{{1,2}}(?:\s?(?:st|nd|rd|th))?\s*,?\s*(?:19|20)\d\d(?!\d)"
    rf"|(?:\d{{1,2}}\s?(?:st|nd|rd|th)\s*|(?<!\d)\d{{1,2}}\s+)(?:of\s+)?(?:{_MONTHS})\.?,?\s*(?:19|20)\d\d(?!\d)"
    rf"|(?<![\d-])\d{{1,2}}-\d{{1,2}}-(?:19|20)\d\d(?![\d-])"
    rf"|{SHORT_NUMERIC_DATE}"
)
_SPACED_ORDINAL = re.compile(r"(\d)\s+(st|nd|rd|th)\b", re.IGNORECASE)
_GLUED = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d(?:st|nd|rd|th))(?=[a-z])|(?<=[a-z]{3})(?=\d)", re.IGNORECASE)


def date_phrase(raw: str) -> str:
    """A header's date as ``parse_date`` reads it: "21 ST MARCH, 2018" -> "21ST MARCH, 2018",
    "29thSeptember 2016" -> "29th September 2016", "MAY2014" -> "MAY 2014"."""
    return _GLUED.sub(" ", _SPACED_ORDINAL.sub(r"\1\2", raw))


TIME_PATTERN = r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}[.:]\d{2}(?!\d)(?:\s*hrs\b\.?)?"
"""A clock time: "7.00 pm", "2pm", "10:30", "19:00 hrs"."""
TIME_RE = re.compile(TIME_PATTERN, re.IGNORECASE)
_TIME_PARTS = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?\s*([ap])?", re.IGNORECASE)


# The plain shapes of DATE_PATTERN, read without dateparser (about 1 ms a phrase, the
# largest cost of reading a meeting header): ASCII text, single-space separated, a year
# from 1900 to 2099 and a real calendar day only. dateparser gives these the same date
# (it ignores the weekday; checked against it on every day, month spelling and shape);
# anything else still goes to dateparser.
_FAST_WEEKDAY = rf"(?:{_WEEKDAYS}),? +"
_FAST_DATE = re.compile(
    rf"(?:{_FAST_WEEKDAY})?(?:the +)?(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)? +(?:of +)?(?P<m1>{_MONTHS})\.?,? +(?P<y1>(?:19|20)[0-9]{{2}})"
    rf"|(?:{_FAST_WEEKDAY})?(?P<m2>{_MONTHS})\.? +(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?, *(?P<y2>(?:19|20)[0-9]{{2}})"
    rf"|(?P<d3>[0-9]{{1,2}})/(?P<m3>[0-9]{{1,2}})/(?P<y3>(?:19|20)[0-9]{{2}})",
    re.IGNORECASE,
)
_MONTH_NUMBERS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


def _fast_date(phrase: str, order: str = "DMY") -> Optional[str]:
    """The ISO date of a plain day-month-year phrase; None when it is not one (or names
    no real day), so that dateparser decides. ``order`` says how to read a numeric date
    ("DMY" as in the UK and Ireland, "MDY" as in the US)."""
    m = _FAST_DATE.fullmatch(phrase) if phrase.isascii() else None
    if not m:
        return None
    if m.group("d3"):
        month = int(m.group("m3"))
        if order == "MDY":
            month = int(m.group("d3"))
    else:
        month = _MONTH_NUMBERS[(m.group("m1") or m.group("m2"))[:3].lower()]
    day = int(m.group("d1") or m.group("d2") or (m.group("m3") if order == "MDY" else m.group("d3")))
    year = int(m.group("y1") or m.group("y2") or m.group("y3"))
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day).isoformat()


@lru_cache(maxsize=1)
def preload_dateparser() -> None:
    """Import dateparser and load its English data now, while the pipeline loads: a
    one-off 0.15 s that the first document needing it would otherwise pay mid-batch
    (before the plain shapes skipped dateparser, the first meeting header always did)."""
    import dateparser

    dateparser.parse("1 January 2000", languages=["en"])


@lru_cache(maxsize=4096)
def parse_date(phrase: str, order: str = "DMY") -> Optional[str]:
    """ISO date (YYYY-MM-DD) of a short date phrase; numeric dates read in ``order``
    (day-first unless the document is month-first, see ``numeric_order``); None when unreadable."""
    iso = parse_iso(phrase) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", phrase) else None
    if iso is not None:
        return iso.isoformat()
    fast = _fast_date(phrase, order)
    return fast if fast is not None else dateparser_date(phrase, order)


_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})\b")
_MONTH_DAY = re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+\d{{4}}\b", re.IGNORECASE)


def numeric_order(text: str) -> str:
    """How the document writes numeric dates, decided from the document itself: "MDY" when
    one of its numeric dates can only be month-first ("10/24/2019"), "DMY" when one can only
    be day-first ("24/10/2019"); when none decides, the way it writes dates in words
    ("October 24, 2019" is the US order, "24 October 2019" the UK and Irish one); else "DMY"."""
    votes = {"DMY": 0, "MDY": 0}
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b >= 1:
            votes["DMY"] += 1
        elif b > 12 >= a >= 1:
            votes["MDY"] += 1
    if votes["DMY"] != votes["MDY"]:
        return max(votes, key=votes.get)
    us, uk = len(_MONTH_DAY.findall(text)), len(_DAY_MONTH.findall(text))
    return "MDY" if us > uk else "DMY"


def dateparser_date(phrase: str, order: str = "DMY") -> Optional[str]:
    """``parse_date`` by dateparser alone (the tests hold the plain shapes to it)."""
    import dateparser  # imported lazily: it is slow to import

    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", phrase, flags=re.IGNORECASE)
    cleaned = re.sub(r"\bthe\b|\bof\b", " ", cleaned, flags=re.IGNORECASE)
    try:
        parsed = dateparser.parse(
            cleaned.strip(" ,."),
            languages=["en"],
            settings={"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]},
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
