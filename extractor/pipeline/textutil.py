"""Small text helpers shared by the structure components: lines with offsets,
the minutes regions of a Doc, and date/time parsing of short header phrases.

Kept general on purpose: no council-specific words live here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from spacy.tokens import Doc

from . import spans as S


@dataclass(frozen=True)
class Line:
    """One line of text: ``start``/``end`` are offsets of the stripped text."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text


_LINE = re.compile(r"[^\n]*")


def iter_lines(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[Line]:
    """Lines of ``text[start:end]`` with absolute, whitespace-trimmed offsets."""
    end = len(text) if end is None else end
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        raw = text[pos:stop]
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        s = pos + lead
        yield Line(s, s + len(stripped), stripped)
        if nl < 0:
            break
        pos = nl + 1


def lines(text: str, start: int = 0, end: Optional[int] = None) -> list[Line]:
    return list(iter_lines(text, start, end))


def minutes_regions(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the minutes parts; the whole text when no parts were found."""
    if S.PARTS not in doc.spans or len(doc.spans[S.PARTS]) == 0:
        return [(0, len(S.doc_text(doc)))]
    out = [S.char_range(sp, S.PARTS) for sp in doc.spans[S.PARTS] if sp.label_ == "minutes"]
    return sorted(out)


_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DATE_PATTERN = (
    rf"(?:(?:{_WEEKDAYS}),?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
)
"""A day-month-year date as printed in minute headers (DMY order, UK style)."""
DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)

TIME_PATTERN = r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}[.:]\d{2}(?!\d)"
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
