"""Where the people/speaker/question components look, and how they cut sentences.

Upstream structure may be missing (each component must work alone), so regions fall
back from items to meetings to minutes parts to the whole text.
"""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from . import spans as S

NON_MINUTES = ("agenda", "report", "work_programme")


def _minutes_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of minutes parts; the whole text when no parts are marked."""
    parts = list(S.spans(doc, S.PARTS))
    if not parts:
        return [(0, len(S.doc_text(doc)))]
    return sorted(S.char_range(p, S.PARTS) for p in parts if p.label_ not in NON_MINUTES)


def _inside(rng: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(s <= rng[0] and rng[1] <= e for s, e in ranges)


def meeting_regions(doc: Doc) -> list[tuple[int, int]]:
    """One range per meeting span (in order); else the minutes parts as one meeting."""
    meetings = sorted(S.char_range(m, S.MEETINGS) for m in S.spans(doc, S.MEETINGS))
    if meetings:
        return meetings
    ranges = _minutes_ranges(doc)
    if not ranges:
        return []
    return [(ranges[0][0], ranges[-1][1])]


def minutes_ranges(doc: Doc) -> list[tuple[int, int]]:
    return _minutes_ranges(doc)


def item_regions(doc: Doc) -> list[tuple[int, int]]:
    """Ranges to treat as items: item spans in minutes, else meetings, else minutes parts."""
    allowed = _minutes_ranges(doc)
    items = sorted(S.char_range(i, S.ITEMS) for i in S.spans(doc, S.ITEMS))
    items = [r for r in items if _inside(r, allowed)]
    if items:
        return items
    meetings = sorted(S.char_range(m, S.MEETINGS) for m in S.spans(doc, S.MEETINGS))
    if meetings:
        return meetings
    return allowed


def abbreviation_regex(abbreviations: list[str]) -> re.Pattern[str]:
    """Words after which a full stop does not end a sentence (from pattern data), and initials."""
    alt = "|".join(re.escape(a.rstrip(".")) for a in abbreviations)
    return re.compile(rf"(?:\b(?:{alt})|\b[A-Z])\.$" if alt else r"\b[A-Z]\.$")


_INITIALS_ONLY = abbreviation_regex([])
_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n")


def sentences(text: str, start: int, end: int, abbrev: re.Pattern[str] = _INITIALS_ONLY) -> Iterator[tuple[int, int]]:
    """Sentence ranges within text[start:end]: split at ., ! or ? before a capital,
    and at line breaks, but not after abbreviations and initials ("Cllr.", "K.")."""
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group().startswith("."):
            head = text[max(pos, m.start() - 12): m.start() + 1]
            if abbrev.search(head):
                continue
        if m.group() == "\n" and is_wrap(text, m.start()):
            continue
        cut = m.start() + 1 if m.group() != "\n" else m.start()
        if text[pos:cut].strip():
            yield _trim(text, pos, cut)
        pos = m.end()
    if text[pos:end].strip():
        yield _trim(text, pos, end)


_LIST_START = re.compile(r"[ \t]*(?:[-•*·]\s|\(?[0-9a-zA-Z]{1,3}[.)]\s|[A-Z][A-Za-z ]{0,30}:)")
WRAP_MIN = 50  # a shorter line is a heading or a list entry, not a wrapped paragraph line


def is_wrap(text: str, nl: int) -> bool:
    """Whether the line break at ``nl`` only wraps a paragraph (as in PDF text): the
    line before is long and unfinished and the next line does not start a list entry."""
    if nl + 1 >= len(text) or text[nl + 1] == "\n":
        return False
    line_start = text.rfind("\n", 0, nl) + 1
    prev = text[line_start:nl].rstrip()
    if len(prev) < WRAP_MIN or prev[-1] in ".?!:;\"”’)|":
        return False
    return not _LIST_START.match(text, nl + 1)


def paragraph_ids(text: str, lo: int, starts: list[int]) -> list[int]:
    """A paragraph number for each position: paragraphs break at newlines that are not wraps."""
    out, para, pos = [], 0, lo
    for st in starts:
        nl = text.find("\n", pos, st)
        while nl != -1:
            if not is_wrap(text, nl):
                para += 1
            nl = text.find("\n", nl + 1, st)
        pos = max(pos, st)
        out.append(para)
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
