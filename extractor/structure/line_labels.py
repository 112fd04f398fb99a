"""Line roles read off a gold record's spans: the training labels of the line model.

Gold records carry spans into the canonical text, so each line's role follows from what
covers it: the line an item's heading is printed on is an item heading (with the number
line above it when the number stands alone), lines holding attendee names are attendance
entries, the short keyword line above such a block is its heading, the lines of a
meeting before its attendance are its header, lines inside items are body (table rows
when they are laid out in columns), page numbers and running headers are page
furniture, and everything outside the minutes (agenda, reports, site navigation) is
other.

Gold spans were located by searching for the title, so a span can sit on an earlier
mention of the same words ("Planning Application" in a list above item "6. Planning
Application"): the heading line is looked for near the span, preferring a line that
starts with the item's number.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional, Pattern

from ..schema import Document, Item
from .line_features import TextLine, line_at, numbering, strip_number

LABELS = (
    "meeting_header",
    "attendance_heading",
    "attendance_entry",
    "item_heading",
    "sub_item_heading",
    "body",
    "table_row",
    "page_furniture",
    "other",
)
HEADING_LABELS = ("item_heading", "sub_item_heading")
_SUB_NUMBER = re.compile(r"^\d{1,3}(?:\s*\(\w{1,4}\)|\.\d{1,2}|[a-z])$")
_ATTENDANCE_HEAD_MAX = 60
_ENTRY_MAX = 120
_SEARCH_AHEAD = 60  # lines after a span's start where the real heading may be
_CELL_GAP = re.compile(r"\S(?:\t|\s{3,}|\s?\|\s?)(?=\S)")


def is_sub_item(item: Item) -> bool:
    """'1(2)', '4.1' and '4a' are sub-items; plain numbers, letters and unnumbered items are not."""
    return bool(item.number and _SUB_NUMBER.match(item.number.strip()))


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _number_alone(text: str) -> bool:
    """A line that is only an item number or file code ("5.", "(22-101)", "GMHI-2014.1", "AM119")."""
    t = text.strip()
    if len(t) > 16 or " " in t.strip("() "):
        return False
    return numbering(t) != "none" and not strip_number(t) or bool(re.fullmatch(r"\(?[A-Z]{0,6}[-.]?[A-Z]*[-.]?\d[\w./-]*\)?\.?", t))


def _starts_with_number(text: str, number: str) -> bool:
    t = text.lstrip("([ \t").casefold()
    n = number.casefold().strip("()")
    if not t.startswith(n):
        return False
    rest = t[len(n):]
    return not rest[:1].isdigit()


def _find_heading_line(item: Item, lines: list[TextLine], lo: int, hi: int) -> Optional[int]:
    """The line the item's heading starts on, near its span's start."""
    first = line_at(lines, item.span[0]) if item.span else None
    if first is None:
        return None
    title = _squash(item.title) if item.title else ""
    number = (item.number or "").split("(")[-1].rstrip(")") if item.number else ""

    def holds_title(k: int) -> bool:
        if not title:
            return True
        seen = _squash(" ".join(lines[j].text for j in range(k, min(k + 3, len(lines)))))
        return title[: min(len(title), 60)] in seen

    def numbered(k: int) -> bool:
        return bool(number) and _starts_with_number(lines[k].text, number)

    if not number or numbered(first) or (first + 1 < len(lines) and numbered(first + 1) and holds_title(first + 1)):
        return first
    # the span's line lacks the number: the real heading may be further on
    for k in range(max(lo, first), min(hi, first + _SEARCH_AHEAD)):
        if numbered(k) and holds_title(k):
            return k
    return first


def _heading_lines(item: Item, lines: list[TextLine], start: int) -> list[int]:
    """Indices of the lines an item's heading occupies: a number or code alone on the line
    above, the line itself, and the lines its title wraps onto."""
    out = [start]
    if start > 0 and _number_alone(lines[start - 1].text) and not _number_alone(lines[start].text):
        out.insert(0, start - 1)
    if _number_alone(lines[start].text) and start + 1 < len(lines):
        out.append(start + 1)  # number alone, title on the next line
    if item.title:
        title = _squash(item.title)
        last = out[-1]
        for k in range(last, min(last + 3, len(lines))):
            seen = _squash(" ".join(lines[j].text for j in range(out[0], k + 1)))
            if title in seen:
                out.extend(range(last + 1, k + 1))
                break
    return out


def line_labels(doc: Document, text: str, lines: list[TextLine],
                attendance_words: Optional[Pattern[str]] = None,
                furniture: Optional[Pattern[str]] = None) -> list[str]:
    """One label per line of ``lines`` (the non-blank lines of ``text``), from ``doc``'s spans.

    ``attendance_words`` tells an attendance heading ("Present", "Apologies:") from a name
    line above a block; ``furniture`` matches page numbers and running page headers."""
    labels = ["other"] * len(lines)
    for meeting in doc.meetings:
        if not meeting.span:
            continue
        ms, me = meeting.span
        ms = _attendance_above(meeting, lines, ms, labels)
        inside = [k for k, l in enumerate(lines) if ms <= l.start < me]
        if not inside:
            continue
        lo, hi = inside[0], inside[-1] + 1
        for k in _header_above(meeting, lines, lo, labels):
            labels[k] = "meeting_header"
        heading_at: dict[int, str] = {}
        item_starts: list[int] = []
        for item in meeting.items:
            if item.span is None or (item.title is None and item.number is None):
                continue
            k = _find_heading_line(item, lines, lo, hi)
            if k is None:
                continue
            role = "sub_item_heading" if is_sub_item(item) else "item_heading"
            for j in _heading_lines(item, lines, k):
                heading_at.setdefault(j, role)
            item_starts.append(min(k, line_at(lines, item.span[0]) or k))
        _mark_groups(meeting.items, lines, heading_at, lo)
        first_item = min(item_starts) if item_starts else None

        names_on: Counter = Counter()
        for a in meeting.present + meeting.apologies + meeting.officers:
            if a.span:
                k = line_at(lines, a.span[0])
                if k is not None and k not in heading_at:
                    names_on[k] += 1
        # a name mentioned inside a long sentence is not a list entry
        entries = {k for k, n in names_on.items() if n > 1 or len(lines[k].text) <= _ENTRY_MAX}
        first_entry = min(entries) if entries else None

        for k, role in heading_at.items():
            labels[k] = role  # also a number line just above the meeting's span
        for k in inside:
            if k in heading_at:
                continue
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
        # the keyword line just above a block of entries (or between two blocks) is its heading
        for k in sorted(entries):
            j = k - 1
            if j < 0 or j in entries or labels[j] not in ("meeting_header", "body"):
                continue
            t = lines[j].text.rstrip()
            if len(t) > _ATTENDANCE_HEAD_MAX or t.endswith("."):
                continue
            if (attendance_words is not None and attendance_words.search(t)) or (t.endswith(":") and len(t.split()) <= 4):
                labels[j] = "attendance_heading"
        for k in inside:
            if labels[k] == "body" and _table_like(lines[k].text):
                labels[k] = "table_row"
    _mark_furniture(labels, lines, furniture)
    return labels


_ATTENDANCE_ABOVE = 40  # lines above a meeting's span where its own attendance list may start


def _attendance_above(meeting, lines: list[TextLine], ms: int, labels: list[str]) -> int:
    """Where the meeting starts when its attendance list is printed above the span the
    annotator gave it ("Attendees / - A / - B" then the agenda, with the span from the first
    item): its attendees' lines are its attendance, not 'other'. Only a list close above the
    span counts, and never lines an earlier meeting already holds."""
    above = [a.span[0] for a in meeting.present + meeting.apologies + meeting.officers
             if a.span and a.span[0] < ms]
    if not above:
        return ms
    first = line_at(lines, min(above))
    lo = line_at(lines, ms)
    if first is None or lo is None or lo - first > _ATTENDANCE_ABOVE:
        return ms
    if any(labels[k] != "other" for k in range(first, lo)):
        return ms
    return lines[first].start


def _header_above(meeting, lines: list[TextLine], lo: int, labels: list[str]) -> list[int]:
    """Lines just above a meeting's span that name its body or date: its header, though the
    annotator started the span lower down (never lines an earlier meeting already holds)."""
    from ..pipeline.dates import DATE_RE, parse_date

    body = _squash(meeting.body) if meeting.body else None
    top = None
    for k in range(lo - 1, max(-1, lo - 12), -1):
        if labels[k] != "other":
            break
        t = lines[k].text
        if len(t) > 200:
            break
        named = bool(body) and body in _squash(t)
        dated = bool(meeting.date) and any(parse_date(m.group(0)) == meeting.date for m in DATE_RE.finditer(t))
        if named or dated:
            top = k
    return list(range(top, lo)) if top is not None else []


def _mark_groups(items: list[Item], lines: list[TextLine], heading_at: dict[int, str], lo: int) -> None:
    """A heading that only groups sub-items ("6. Correspondence" over "(a) ...") is no item
    in the gold, but it is a heading line all the same: label it one (the reader drops it)."""
    for item in items:
        if not item.number or not is_sub_item(item) and "(" not in item.number:
            continue
        parent = re.match(r"^(\d{1,3})", item.number)
        sub_lines = [k for k, r in heading_at.items() if r == "sub_item_heading"]
        if not parent or not sub_lines:
            continue
        first_sub = min((k for k in sub_lines if item.span and lines[k].start >= item.span[0] - 200), default=None)
        if first_sub is None:
            continue
        for k in range(first_sub - 1, max(lo - 1, first_sub - 4), -1):
            if k in heading_at:
                if heading_at[k] == "item_heading":
                    break
                continue
            if _starts_with_number(lines[k].text, parent.group(1)) and len(lines[k].text) <= 100:
                heading_at[k] = "item_heading"
                if _number_alone(lines[k].text) and k + 1 < first_sub:
                    heading_at.setdefault(k + 1, "item_heading")
                break


def _table_like(text: str) -> bool:
    """A row of cells: two or more tab, pipe or wide-space gaps, and not running text."""
    if len(_CELL_GAP.findall(text)) < 2:
        return False
    words = re.findall(r"[A-Za-z]+", text)
    lower = sum(1 for w in words if w[:1].islower())
    return not words or lower / len(words) < 0.5


def _mark_furniture(labels: list[str], lines: list[TextLine], furniture: Optional[Pattern[str]]) -> None:
    """Page numbers, "Page 2 of 12" lines and a running header repeated on later pages."""
    header_texts = {lines[k].text for k, lab in enumerate(labels) if lab in ("meeting_header", "other")}
    seen: Counter = Counter()
    for k, line in enumerate(lines):
        if labels[k] in HEADING_LABELS or labels[k] == "attendance_entry":
            continue
        t = line.text
        seen[t] += 1
        if furniture is not None and furniture.search(t):
            labels[k] = "page_furniture"
        elif seen[t] > 1 and t in header_texts and labels[k] == "body" and len(t) <= 80 and not t.endswith((".", ":")):
            labels[k] = "page_furniture"  # the body name or title printed again at the top of a page
