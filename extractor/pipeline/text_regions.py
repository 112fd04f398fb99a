"""Which character ranges of a Doc are minutes, meetings and items.

Every later component asks the same questions: where are the minutes (not the
agenda, reports or work programme of a pack), which meeting is this position in,
which items should I read. Upstream results may be missing (each component must work
alone on ``spacy.blank("en")`` plus itself), so every answer falls back: items to
meetings to minutes parts to the whole text.
"""

from __future__ import annotations

import re
import weakref
from datetime import date
from typing import Any, Optional

from spacy.tokens import Doc

from . import spans as S
from .dates import parse_iso

Range = tuple[int, int]

MINUTES = "minutes"  # the PARTS label of minutes; the others are agenda, report, work_programme


def text_length(doc: Doc) -> int:
    """len(doc.text) without building the text (spaCy joins every token for it)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def inside(rng: Range, ranges: list[Range]) -> bool:
    """Whether ``rng`` lies wholly within one of ``ranges``."""
    return any(s <= rng[0] and rng[1] <= e for s, e in ranges)


# ------------------------------------------------------------------- parts

def part_ranges(doc: Doc, kind: str) -> list[Range]:
    """Character ranges of the parts labelled ``kind``, in order (none without parts)."""
    return sorted(S.char_range(p, S.PARTS) for p in S.spans(doc, S.PARTS) if p.label_ == kind)


def minutes_ranges(doc: Doc) -> list[Range]:
    """Character ranges of the minutes parts; the whole text when no parts are marked
    (the sections component did not run, or found nothing)."""
    if not any(True for _ in S.spans(doc, S.PARTS)):
        return [(0, text_length(doc))]
    return part_ranges(doc, MINUTES)


# ---------------------------------------------------------------- meetings

def meeting_ranges(doc: Doc) -> list[Range]:
    """Ranges of the meeting spans, in order (none when the meeting component did not run)."""
    return sorted(S.char_range(m, S.MEETINGS) for m in S.spans(doc, S.MEETINGS))


def meeting_regions(doc: Doc) -> list[Range]:
    """One range per meeting (in order); else the minutes parts taken as one meeting."""
    meetings = meeting_ranges(doc)
    if meetings:
        return meetings
    ranges = minutes_ranges(doc)
    if not ranges:
        return []
    return [(ranges[0][0], ranges[-1][1])]


def meeting_range_at(doc: Doc, pos: int) -> Optional[Range]:
    """The meeting span containing ``pos``; None outside meetings."""
    for m in S.overlapping(doc, S.MEETINGS, pos, pos + 1):  # s <= pos < e, first added first
        return S.char_range(m, S.MEETINGS)
    return None


def meeting_date_at(doc: Doc, pos: int) -> Optional[date]:
    """The date of the meeting whose span contains ``pos`` (None when unknown)."""
    for m in S.overlapping(doc, S.MEETINGS, pos, pos + 1):  # s <= pos < e, first added first
        return parse_iso(S.data(m, S.MEETINGS).get("date"))
    return None


# ------------------------------------------------------------------- items

_REGION_KEYS = (S.PARTS, S.MEETINGS, S.ITEMS)
_ITEM_REGIONS: "weakref.WeakKeyDictionary[Doc, tuple[list[tuple[Any, int]], list[Range]]]" = \
    weakref.WeakKeyDictionary()


def _region_groups(doc: Doc) -> list[tuple[Any, int]]:
    """The span groups item regions are read from, each with its size (None: absent)."""
    return [(doc.spans[k], len(doc.spans[k])) if k in doc.spans else (None, 0) for k in _REGION_KEYS]


def item_regions(doc: Doc) -> list[Range]:
    """Ranges to read item by item: item spans inside minutes, else the meetings (those
    inside minutes when there are any), else the minutes parts.

    Every later component asks, so the answer is kept for the Doc until one of the
    groups it is read from is replaced or grows (``add_span`` only appends; ``reset``
    and error recovery replace a group; the groups are held, so their ids stay theirs)."""
    groups = _region_groups(doc)
    kept = _ITEM_REGIONS.get(doc)
    if kept is not None and all(a is b and m == n for (a, m), (b, n) in zip(kept[0], groups)):
        return list(kept[1])
    regions = _item_regions(doc)
    _ITEM_REGIONS[doc] = (groups, regions)
    return list(regions)


def _item_regions(doc: Doc) -> list[Range]:
    allowed = minutes_ranges(doc)
    items = sorted(S.char_range(i, S.ITEMS) for i in S.spans(doc, S.ITEMS))
    items = [r for r in items if inside(r, allowed)]
    if items:
        return items
    meetings = meeting_ranges(doc)
    meetings = [r for r in meetings if inside(r, allowed)] or meetings
    if meetings:
        return meetings
    return allowed


def is_item(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) is exactly an item span."""
    return any(S.char_range(i, S.ITEMS) == (start, end) for i in S.within(doc, S.ITEMS, start, end))


# "Minutes:" on a line of its own (or starting one) in ModernGov item pages: text
# before it is the agenda's description of the item, not what happened.
_MINUTES_MARK = re.compile(r"^[ \t]*Minutes[ \t]*:[ \t]*", re.M)


def minutes_start(doc: Doc, text: str, start: int, end: int) -> int:
    """Start of the minutes proper inside an item: after its "Minutes:" marker, since
    the text before it is the agenda's description. Other regions start where they do.
    ``text`` is ``doc.text``, passed in because spaCy rebuilds it on every access."""
    if text.find("Minutes", start, end) < 0 or not is_item(doc, start, end):
        return start  # (the cheap test first: most items have no marker)
    m = _MINUTES_MARK.search(text, start, end)
    return m.end() if m else start
