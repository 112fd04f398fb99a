"""Deadlines of follow-up actions, resolved against the meeting date.

Minutes state deadlines loosely ("by the 31st March", "in June", "within six months",
"at the next meeting"). We find the short phrase with our own regexes (trigger words
come from the actions pattern data) and only then ask dateparser about that phrase,
so parsing stays cheap and predictable. Unresolvable phrases ("in due course", a
season) keep their words in ``due_text`` but give no date.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Optional

from .patterns import alternation
from .word_gate import starts_of

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
_YEAR = r"(?:19|20)\d{2}"
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}


@dataclass(frozen=True)
class Due:
    """A deadline phrase found in a sentence, and the date it resolves to (or None)."""

    text: str
    start: int
    end: int
    due: Optional[str]


@lru_cache(maxsize=512)
def _parse(phrase: str, base: Optional[date]) -> Optional[date]:
    """dateparser on one short phrase; cached because the same phrases recur."""
    import dateparser  # deferred: only documents with deadlines pay for it

    settings: dict[str, Any] = {
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "last",
        "PREFER_DATES_FROM": "future",
        "REQUIRE_PARTS": ["month"],
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _count(word: str) -> Optional[int]:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


class DueDates:
    """Finds and resolves deadline phrases; built once from pattern data."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        vague = alternation(patterns.get("vague", []))
        next_meeting = alternation(patterns.get("next_meeting", ["next meeting"]))
        # a day and a month after "by", "before", "on", "at the" ... ("before Oct. 3", "on
        # Weds 9th July", "at the June 12th meeting"); a month alone only when no day follows it
        self._date = re.compile(
            rf"\b(?:by|before|no later than|until|on|at|for)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:{_WEEKDAY},?\s+)?"
            rf"(?P<date>(?:{_DAY}\s+(?:of\s+)?(?:{_MONTHS})\b|(?:{_MONTHS})\.?\s+{_DAY}(?!\d))(?:,?\s+{_YEAR})?)(?![\w/])"
            rf"|\b(?:by|in|during|before|until|for|at)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
            rf"(?P<month>(?:{_MONTHS})\b(?!\.?\s+\d{{1,2}}(?!\d))(?:,?\s+{_YEAR})?)\b"
            rf"|(?:\b(?:by|in|during|before|until|for|at|within)\s+)?(?:\bthe\s+)?(?:\bend\s+of\s+(?:the\s+)?)?\b(?P<next_month>next\s+month)\b"
            rf"|\b(?:within|in)\s+(?:the\s+next\s+)?(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            rf"\s+(?P<unit>days?|weeks?|months?|years?)\b(?:['’]?\s+time\b)?"
            rf"|\b(?P<next>(?:{next_meeting})(?:\s+of\s+(?:the|this)\s+[A-Z][\w&’' -]{{0,60}}?(?=[.,;]|$))?)"
            + (rf"|\b(?P<vague>{vague})\b" if vague else ""),
            re.I,
        )
        cues = patterns.get("next_meeting_date_cues", [])
        scheduled = alternation(cues)
        # the cues' first two words, lower-cased ("next meeting", "date of"): a cue match
        # starts with one of them, which a case-sensitive scan of the lower-cased text finds fast
        heads = {" ".join(c.lower().split()[:2]) for c in cues if c.strip()}
        if any(c[:1].isspace() for c in cues) or not all(h.isascii() for h in heads):
            heads = set()  # a match starting with a space, or case rules beyond ASCII: no head scan
        self._cue_head = re.compile(alternation(heads)) if heads else None
        self._cue_firsts = tuple(sorted({h.split()[0] for h in heads}))  # found with str.find
        self._next_date = re.compile(
            # the year may be left out ("Next meeting: Friday 14 May"): the next such day after the meeting
            rf"(?:{scheduled})[^.]{{0,60}}?(?P<d>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b(?:,?\s+{_YEAR})?"
            rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\s+{_YEAR})?|\d{{1,2}}/\d{{1,2}}/{_YEAR})",
            re.I,
        ) if scheduled else None

    def next_meeting(self, text: str, start: int, end: int, after: Optional[date]) -> Optional[date]:
        """The printed date of the next meeting ("The next meeting has been scheduled for
        19th October 2021", "Date of next meeting: ..."), later than ``after``."""
        if self._next_date is None:
            return None
        for m in self._next_date.finditer(text, start, end):
            found = _parse(m.group("d"), after)
            if found and (after is None or found > after):
                return found
        return None

    def next_meeting_index(self, text: str, low: Optional[str]) -> "NextMeetingIndex":
        """Where ``text`` (lower-cased: ``low``, or None when that is not offset-safe) can
        hold a next-meeting cue, for repeated ``next_meeting`` questions about one text."""
        return NextMeetingIndex(self, text, low)

    def find(self, text: str, start: int, end: int, meeting: Optional[date],
             next_meeting: Optional[date]) -> Optional[Due]:
        """The first deadline phrase in text[start:end], resolved."""
        m = self._date.search(text, start, end)
        if not m:
            return None
        return Due(m.group(0), m.start(), m.end(), resolve(m, meeting, next_meeting))


class NextMeetingIndex:
    """``DueDates.next_meeting`` for one text, without rescanning it per question: the
    positions where a cue can start are found once, and only they are tried."""

    def __init__(self, due: DueDates, text: str, low: Optional[str]) -> None:
        self.due = due
        self.text = text
        self.cands: Optional[list[int]] = None  # None: no safe pre-scan, ask DueDates
        if due._next_date is not None and due._cue_head is not None and low is not None:
            # every occurrence of a cue's first word where a whole cue head follows
            self.cands = [i for i in starts_of(due._cue_firsts, low) if due._cue_head.match(low, i)]

    def next_meeting(self, start: int, end: int, after: Optional[date]) -> Optional[date]:
        """The same answer as ``DueDates.next_meeting(text, start, end, after)``."""
        if self.cands is None:
            return self.due.next_meeting(self.text, start, end, after)
        pattern, pos = self.due._next_date, start
        assert pattern is not None
        for p in self.cands[bisect_left(self.cands, start):]:
            if p >= end:
                break
            if p < pos:
                continue  # inside the previous match, as finditer would skip it
            m = pattern.match(self.text, p, end)
            if m:
                found = _parse(m.group("d"), after)
                if found and (after is None or found > after):
                    return found
                pos = m.end()
        return None


def _year_given(phrase: str) -> bool:
    return re.search(_YEAR, phrase) is not None


def resolve(m: re.Match, meeting: Optional[date], next_meeting: Optional[date]) -> Optional[str]:
    """ISO date for one matched deadline phrase, or None when it cannot be known."""
    if m.group("date") or m.group("month"):
        phrase = m.group("date") or m.group("month")
        phrase = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", phrase)
        if not _year_given(phrase) and meeting is None:
            return None
        found = _parse(phrase, meeting)
        if found is None:
            return None
        if not _year_given(phrase) and meeting is not None:
            # dateparser prefers the future; keep the meeting's year unless already past
            same_year = _safe_replace(found, meeting.year)
            found = same_year if same_year and same_year >= meeting else found
        return found.isoformat()
    if m.group("next_month"):
        if meeting is None:
            return None
        following = add_months(meeting.replace(day=1), 1)  # "next month": the last day of the month after the meeting's
        return following.replace(day=calendar.monthrange(following.year, following.month)[1]).isoformat()
    if m.group("n"):
        n = _count(m.group("n"))
        if n is None or meeting is None:
            return None
        unit = m.group("unit").lower().rstrip("s")
        if unit == "day":
            return date.fromordinal(meeting.toordinal() + n).isoformat()
        if unit == "week":
            return date.fromordinal(meeting.toordinal() + 7 * n).isoformat()
        if unit == "month":
            return add_months(meeting, n).isoformat()
        return add_months(meeting, 12 * n).isoformat()
    if m.group("next"):
        return next_meeting.isoformat() if next_meeting else None
    return None


def _safe_replace(day: date, year: int) -> Optional[date]:
    try:
        return day.replace(year=year)
    except ValueError:
        return None
