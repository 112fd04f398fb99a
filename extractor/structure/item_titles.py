"""Trim what a heading line prints after an item's title, whichever reader found it.

Both readers (the rules and the line-role model) take a title from the heading line,
and both can run past its end when the line carries more than the title. This looks at
the printed line around the title and cuts, in order:
- a right-hand column after a wide gap ("Approval of Agenda        Official Action");
- a resolution number and its mover printed beside a margin title
  ("Hall Lettings 21/044 BRENTWORTH: That ...", "ADOPTION OF AGENDA #2021/16 BE IT
  RESOLVED THAT ...");
- the mover's surname between a margin title and the motion ("GRAVEL AGMT QUILLBY – That
  ..."), when the surname is printed elsewhere as a person's name ("Cllr Quillby");
- a start time after a dash ("CALL TO ORDER – 7:30 P.M.");
- a resolution number closing an UPPER-CASE title ("MINUTES 162/17").
Why here: a title that keeps these words no longer matches the item's printed title, and
the same shapes come from either reader.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ..pipeline.dates import DATE_RE

_GAP = re.compile(r"\S(?:\t|[ ]{3,})(?=\S)")
_RESOLUTION_CODE = re.compile(r"\s+(?:#\s?\d{2,4}[-/]\d{1,4}|\d{2,4}/\d{2,4}(?=\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?\s*$))")
_TIME = re.compile(r"\s*[-–—]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*$", re.IGNORECASE)
_CAPS_MOVER = re.compile(r"\s+(?:[A-Z]\.\s*)?[A-Z][A-Z'’-]+\s+MOVED$")  # "... MINUTES DALBY MOVED" (to approve ...)
# "MINUTES 162/17": a resolution number printed after an UPPER-CASE title (not a year "2021/22")
_TRAILING_MINUTE_NO = re.compile(r"(?<=[A-Z]{2})\s+(?!(?:19|20)\d\d/)\d{1,4}/\d{2}$")
_MOTION_AFTER = re.compile(r"^\s*[-–—:]\s*(?:that|be\s+it)\b", re.IGNORECASE)
_MAX_CELL_WORDS = 6


def title_end(text: str, start: int, stop: int, title: str) -> Optional[tuple[int, int]]:
    """Where the title's words are printed in ``text[start:stop]`` (first word's start, last
    word's end), found word by word in order; ``None`` when a word is not there."""
    pos, first = start, None
    for word in title.split():
        at = text.find(word, pos, stop)
        if at < 0:
            return None
        first = at if first is None else first
        pos = at + len(word)
    return (first, pos) if first is not None else None


def _cut_words(title: str, n: int) -> str:
    return " ".join(title.split()[:n])


def _column_cut(title: str, printed: str) -> str:
    """Drop a short right-hand cell printed after a wide gap on the title's own line."""
    line = printed.split("\n", 1)[0]
    gaps = list(_GAP.finditer(line))
    if not gaps:
        return title
    head = line[: gaps[0].start() + 1]
    kept = len(head.split())
    tail_words = len(title.split()) - kept
    if kept >= 2 and 0 < tail_words <= _MAX_CELL_WORDS and "\n" not in printed:
        return _cut_words(title, kept)
    return title


def _mover_cut(title: str, after: str, surnames: frozenset[str]) -> str:
    """Drop a mover's surname printed between a margin title and its motion ("... – That")."""
    if not surnames or not _MOTION_AFTER.match(after):
        return title
    words = title.split()
    while len(words) > 1 and words[-1].strip(".,").casefold() in surnames:
        words.pop()
    return " ".join(words)


_AFTER_DATE = re.compile(r"\s+(?P<num>\d{1,3})\.?\s+(?P<title>\S.*)$")


def split_dated(number: Optional[str], title: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """A page header's date read with the first heading after it ("18 APRIL 2024 1 MEETING
    OPENING" read as item 18): the number and title that follow the date."""
    if not title:
        return number, title
    full = f"{number} {title}" if number else title
    m = DATE_RE.match(full)
    after = _AFTER_DATE.match(full, m.end()) if m else None
    return (after.group("num"), after.group("title")) if after else (number, title)


def motion_follows(after: str) -> bool:
    """The heading line goes on with a motion ("– That ...", ": BE IT RESOLVED ...")."""
    return bool(_MOTION_AFTER.match(after))


def refine_title(title: Optional[str], printed: Optional[str], after: str,
                 surnames: frozenset[str] = frozenset()) -> Optional[str]:
    """The title without a right-hand cell, resolution number and mover, or start time.

    ``printed`` is the heading text from the title's first word to its last as printed
    (``None`` when it could not be found), ``after`` what follows on the same line."""
    if not title:
        return title
    t = title
    if printed is not None:
        t = _column_cut(t, printed)
    m = _RESOLUTION_CODE.search(t)
    if m and m.start() > 0:
        t = t[: m.start()]
    elif printed is not None:
        t = _mover_cut(t, after, surnames)
    t = _TIME.sub("", t).strip() or t
    m = _CAPS_MOVER.search(t)
    if m and m.start() > 0:
        t = t[: m.start()]
    m = _TRAILING_MINUTE_NO.search(t)
    if m and m.start() > 0:
        t = t[: m.start()]
    return t.strip(" -–—:") or title


def printed_surnames(text: str, candidates: Iterable[str]) -> frozenset[str]:
    """Those of ``candidates`` (upper-case words) printed as the last word of a person-like
    name in title case ("Ray Quillby", "Cllr Quillby", "A. Quillby")."""
    wanted = {c.strip(".,").casefold() for c in candidates if c[:1].isalpha()}
    if not wanted:
        return frozenset()
    found: set[str] = set()
    for word in wanted:
        shaped = word[:1].upper() + word[1:]
        if re.search(rf"\b(?:[A-Z][a-z]+\.?|[A-Z]\.)[ \t]+(?:[A-Z][a-z]+[ \t]+)?{re.escape(shaped)}\b", text):
            found.add(word)
    return frozenset(found)
