"""Item headings inside a page flattened onto one line.

Some exports (a scanned PDF's text layer, a web page without line breaks) put a whole
page of minutes on one line: "... 1. CALL TO ORDER The chair called ... 2. ROLL CALL
Members present were ... 3. APPROVAL OF AGENDA ...". The line readers see one long line
and find at most one item. Here the headings are found inside such a line by their shape
and their sequence: a number with a full stop, an UPPER-CASE word after it, and numbers
that follow each other (one skipped number allowed), at least ``MIN_CHAIN`` of them.
Why a sequence: a lone "3. THE" inside running text is no heading, a run 1, 2, 3, 4 is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .headings import NO_WORDING, Wording, title_of

LONG_LINE = 600  # characters: a line this long holds a flattened page, not a paragraph
MIN_CHAIN = 3
MAX_STARTS = 3
_CAPS = r"[A-Z][A-Z'’/&-]+(?=[\s,:/.-]|$)"
# "3. APPROVAL ..." (a full stop, one UPPER-CASE word) or "3 PUBLIC FORUM" (no stop: two of them)
_HEAD = re.compile(rf"(?:(?<=\s)|^)(?P<num>\d{{1,3}})(?:\.\)?[ \t]+(?={_CAPS})|[ \t]+(?={_CAPS}[ \t]+(?:/[ \t]+)?{_CAPS}))")
_TITLE_WINDOW = 200
_LONG = re.compile(rf"^[^\n]{{{LONG_LINE},}}", re.MULTILINE)  # anchored: each line is scanned once


@dataclass
class FlatHeading:
    start: int  # where the number starts
    end: int  # where the title ends
    number: str
    title: Optional[str]


def _chain(marks: list[re.Match]) -> list[re.Match]:
    """The longest run of marks whose numbers go up by one (or two: one skipped).

    A run starts at an item 1 or 2, or at one of the first marks: a parish numbering its
    minutes on through the year opens at "412." and counts on from there."""
    best: list[re.Match] = []
    firsts = sorted(set([k for k, m in enumerate(marks) if int(m.group("num")) <= 2][:MAX_STARTS])
                    | set(range(min(MAX_STARTS, len(marks)))))
    for k in firsts:  # a few starts only: each run is a pass over the marks
        first = marks[k]
        run, last = [first], int(first.group("num"))
        for m in marks[k + 1:]:
            value = int(m.group("num"))
            if 1 <= value - last <= 2:
                run.append(m)
                last = value
        if len(run) > len(best):
            best = run
    return best


def flat_headings(text: str, start: int, end: int, wording: Wording = NO_WORDING) -> list[FlatHeading]:
    """Headings numbered in sequence inside the long lines of ``text[start:end]``."""
    marks: list[re.Match] = []
    for line in _LONG.finditer(text, start, end):  # only the long lines are visited
        marks.extend(_HEAD.finditer(text, line.start(), line.end()))
    run = _chain(marks)
    if len(run) < MIN_CHAIN:
        return []
    out: list[FlatHeading] = []
    for k, m in enumerate(run):
        limit = run[k + 1].start() if k + 1 < len(run) else end
        window = text[m.end(): min(limit, m.end() + _TITLE_WINDOW)].split("\n", 1)[0]
        title = title_of(window, wording)
        title_end = m.end() + (window.find(title) + len(title) if title and title in window else 0)
        out.append(FlatHeading(m.start(), title_end, m.group("num"), title))
    return out
