"""Shared text helpers for the decision components (resolutions, figures, actions).

Why a module of its own: the three components look at the same places (item spans
inside minutes parts, falling back to meetings, then the whole text) and cut the
same sentences, and each must still work on ``spacy.blank("en")`` plus itself.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Iterator, Optional

from spacy.tokens import Doc

from . import spans as S

NON_MINUTES = ("agenda", "report", "work_programme")

# "Minutes:" on a line of its own (or starting one) in ModernGov item pages: text
# before it is the agenda's description of the item, not what happened.
_MINUTES_MARK = re.compile(r"^[ \t]*Minutes[ \t]*:[ \t]*", re.M)


def minutes_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of minutes parts; the whole text when no parts are marked."""
    parts = list(S.spans(doc, S.PARTS))
    if not parts:
        return [(0, text_length(doc))]
    return sorted(S.char_range(p, S.PARTS) for p in parts if p.label_ not in NON_MINUTES)


def text_length(doc: Doc) -> int:
    """len(doc.text) without building the text (spaCy joins every token for it)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def _inside(rng: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(s <= rng[0] and rng[1] <= e for s, e in ranges)


def regions(doc: Doc) -> list[tuple[int, int]]:
    """Where to look: item spans inside minutes, else meetings, else minutes parts."""
    allowed = minutes_ranges(doc)
    items = sorted(S.char_range(i, S.ITEMS) for i in S.spans(doc, S.ITEMS))
    items = [r for r in items if _inside(r, allowed)]
    if items:
        return items
    meetings = sorted(S.char_range(m, S.MEETINGS) for m in S.spans(doc, S.MEETINGS))
    meetings = [r for r in meetings if _inside(r, allowed)] or meetings
    if meetings:
        return meetings
    return allowed


def is_item(doc: Doc, start: int, end: int) -> bool:
    return any(S.char_range(i, S.ITEMS) == (start, end) for i in S.spans(doc, S.ITEMS))


def minutes_start(doc: Doc, text: str, start: int, end: int) -> int:
    """Start of the minutes proper inside an item: after its "Minutes:" marker, since
    the text before it is the agenda's description. Other regions start where they do.
    ``text`` is ``doc.text``, passed in because spaCy rebuilds it on every access."""
    if not is_item(doc, start, end):
        return start
    m = _MINUTES_MARK.search(text, start, end)
    return m.end() if m else start


_ABBREV = re.compile(
    r"(?:\b(?:Cllrs?|Mrs?|Ms|Dr|Rev|Prof|St|No|Nos|para|paras|e\.g|i\.e|etc|approx|Co|Ltd|vs?|a\.m|p\.m)"
    r"|(?:^|[\s(])[A-Z]|\b\d)\.$"
)
_BOUNDARY = re.compile(r"[.!?][\"”’)]*[ \t]+(?=[\"“‘(]?[A-Z0-9£])|\n")


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence ranges in text[start:end]: split at ., ! or ? before a capital and at
    line breaks, but not after abbreviations, initials or a list number ("1.")."""
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group().startswith("."):
            head = text[max(pos, m.start() - 12): m.start() + 1]
            if _ABBREV.search(head):
                continue
        cut = m.start() + 1 if m.group() != "\n" else m.start()
        if text[pos:cut].strip():
            yield trim(text, pos, cut)
        pos = m.end()
    if text[pos:end].strip():
        yield trim(text, pos, end)


def lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Non-blank line ranges in text[start:end], trimmed."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            yield trim(text, pos, stop)
        pos = stop + 1


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def meeting_date_at(doc: Doc, pos: int) -> Optional[date]:
    """The date of the meeting whose span contains ``pos`` (None when unknown)."""
    for m in S.spans(doc, S.MEETINGS):
        s, e = S.char_range(m, S.MEETINGS)
        if s <= pos < e:
            return parse_iso(S.data(m, S.MEETINGS).get("date"))
    return None


def meeting_range_at(doc: Doc, pos: int) -> Optional[tuple[int, int]]:
    """The meeting span containing ``pos``; None outside meetings."""
    for m in S.spans(doc, S.MEETINGS):
        s, e = S.char_range(m, S.MEETINGS)
        if s <= pos < e:
            return s, e
    return None


def parse_iso(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def person_at(doc: Doc, start: int, end: int) -> Optional[str]:
    """Fullest name of the people mention overlapping [start, end), if the people
    component found one there."""
    best = None
    for sp in S.spans(doc, S.PEOPLE):
        s, e = S.char_range(sp, S.PEOPLE)
        if s < end and start < e:
            name = S.data(sp, S.PEOPLE).get("name")
            if name and (best is None or len(name) > len(best)):
                best = name
    return best
