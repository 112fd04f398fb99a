"""Line roles read off a gold record's spans: the training labels of the line model.

Gold records carry spans into the canonical text, so each line's role follows from what
covers it: the line an item span starts on is an item heading, lines holding attendee
names are attendance entries, the short line above such a block is its heading, the
lines of a meeting before its attendance are its header, lines inside items are body,
and everything outside the minutes (agenda, reports, site furniture) is other.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..schema import Document, Item
from .line_features import TextLine, line_at

LABELS = (
    "meeting_header",
    "attendance_heading",
    "attendance_entry",
    "item_heading",
    "sub_item_heading",
    "body",
    "other",
)
_SUB_NUMBER = re.compile(r"^\d{1,3}(?:\s*\(\w{1,4}\)|\.\d{1,2}|[a-z])$")
_ATTENDANCE_HEAD_MAX = 60
_ENTRY_MAX = 120


def is_sub_item(item: Item) -> bool:
    """'1(2)', '4.1' and '4a' are sub-items; plain numbers, letters and unnumbered items are not."""
    return bool(item.number and _SUB_NUMBER.match(item.number.strip()))


def _heading_lines(item: Item, lines: list[TextLine], text: str) -> list[int]:
    """Indices of the lines an item's heading occupies (number alone on one line, title on the next)."""
    if item.span is None or (item.title is None and item.number is None):
        return []
    first = line_at(lines, item.span[0])
    if first is None:
        return []
    if not item.title:
        return [first]
    window = text[item.span[0] : item.span[0] + 400 + len(item.title)]
    squashed_title = " ".join(item.title.split())
    # the heading ends on the line where the title ends
    idx = first
    for k in range(first, min(first + 3, len(lines))):
        seen = " ".join(text[lines[first].start : lines[k].end].split())
        if squashed_title in seen:
            idx = k
            break
    else:
        if squashed_title not in " ".join(window.split()):
            return [first]
    return list(range(first, idx + 1))


def line_labels(doc: Document, text: str, lines: list[TextLine]) -> list[str]:
    """One label per line of ``lines`` (the non-blank lines of ``text``), from ``doc``'s spans."""
    labels = ["other"] * len(lines)

    def index_of(offset: int) -> Optional[int]:
        return line_at(lines, offset)

    for meeting in doc.meetings:
        if not meeting.span:
            continue
        ms, me = meeting.span
        inside = [k for k, l in enumerate(lines) if ms <= l.start < me]
        if not inside:
            continue
        heading_at: dict[int, str] = {}
        item_starts: list[int] = []
        for item in meeting.items:
            heads = _heading_lines(item, lines, text)
            for k in heads:
                heading_at[k] = "sub_item_heading" if is_sub_item(item) else "item_heading"
            if item.span:
                k = index_of(item.span[0])
                if k is not None:
                    item_starts.append(k)
        first_item = min(item_starts) if item_starts else None

        entries: set[int] = set()
        names_on: Counter = Counter()
        for a in meeting.present + meeting.apologies + meeting.officers:
            if a.span:
                k = index_of(a.span[0])
                if k is not None and k not in heading_at:
                    names_on[k] += 1
        # a name mentioned inside a long sentence is not a list entry
        entries = {k for k, n in names_on.items() if n > 1 or len(lines[k].text) <= _ENTRY_MAX}
        first_entry = min(entries) if entries else None

        for k in inside:
            if k in heading_at:
                labels[k] = heading_at[k]
            elif k in entries:
                labels[k] = "attendance_entry"
            elif first_item is not None and k > first_item:
                labels[k] = "body"
            elif first_entry is not None and k < first_entry:
                labels[k] = "meeting_header"
            elif first_entry is None and (first_item is None or k < first_item):
                labels[k] = "meeting_header"
            else:
                labels[k] = "body"
        # the short line just above a block of entries (or between two blocks) is its heading
        for k in sorted(entries):
            j = k - 1
            if j >= 0 and j not in entries and labels[j] in ("meeting_header", "body") and len(lines[j].text) <= _ATTENDANCE_HEAD_MAX:
                if lines[j].text.rstrip().endswith(":") or not lines[j].text.rstrip().endswith("."):
                    labels[j] = "attendance_heading"
    return labels
