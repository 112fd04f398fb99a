"""A list of contents printed above the minutes, read off the item headings.

Why: minutes often print their agenda or table of contents first, without an "Agenda"
heading ("1. Opening" ... "10. Closure", stacked with nothing under them) and then the
minutes proper, numbered again from the start ("1. Declaration of opening" with its text).
The stacked entries are not items: the items are the numbered headings after the restart.
"""

from __future__ import annotations

import re
from typing import Optional, Protocol, Sequence

_LEAD = re.compile(r"(\d{1,4})")
_WORD = re.compile(r"[A-Za-z]{4,}")
MIN_ENTRIES = 3  # fewer stacked headings are a short list, not a table of contents
MIN_REPEATS = 2  # entries that must come again as headings below
MAX_GAP_LINES = 3  # what may stand between two entries: a few short lines ("- Finance")
MAX_GAP_CHARS = 60


class _Heading(Protocol):
    start: int
    end: int
    number: Optional[str]
    title: Optional[str]


def _words(title: Optional[str]) -> set[str]:
    return {w.lower() for w in _WORD.findall(title or "")}


def _repeated(entries: Sequence[_Heading], later: Sequence[_Heading]) -> bool:
    """At least two entries come again below with their number and a word of their title
    (minutes may stop short of the agenda's last entries)."""
    again = {}
    for h in later:
        again.setdefault(h.number, set()).update(_words(h.title))
    hits = sum(1 for e in entries if _words(e.title) & again.get(e.number, set()))
    return hits >= MIN_REPEATS


def _value(number: Optional[str]) -> Optional[int]:
    """The leading whole number of a printed number ("5.1" -> 5, "07/24" -> 7)."""
    if not number:
        return None
    m = _LEAD.search(number.split()[-1])
    return int(m.group(1)) if m else None


def _stacked(text: str, a: _Heading, b: _Heading) -> bool:
    """Nothing under heading ``a`` before ``b`` but a few short lines."""
    lines = [x.strip() for x in text[max(a.end, a.start): b.start].split("\n") if x.strip()]
    return len(lines) <= MAX_GAP_LINES and all(len(x) <= MAX_GAP_CHARS for x in lines)


def contents_entries(heads: Sequence[_Heading], text: str) -> int:
    """How many of the leading ``heads`` are a list of contents: at least ``MIN_ENTRIES``
    numbered headings stacked with nothing under them, after which the numbering starts
    again at or below the first entry's number and at least two entries come again
    (same number, a shared title word). 0 when there is no such list."""
    first = _value(heads[0].number) if heads else None
    if first is None:
        return 0
    for k in range(1, len(heads)):
        value = _value(heads[k].number)
        if value is not None and value <= first and k >= MIN_ENTRIES:
            return k if _repeated(heads[:k], heads[k:]) else 0
        if not _stacked(text, heads[k - 1], heads[k]):
            return 0
    return 0
