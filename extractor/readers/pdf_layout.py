"""Re-join lines that a PDF's layout wrapped, from geometry alone.

A PDF has no paragraphs, only lines placed on a page, so a long header ("Minutes of the
meeting held in ... on ..."), an inline attendance list or a long item title comes out
as two or more lines, while the structure components read lines. The text route has
each of these on one line, so the PDF route should too.

The test is on positions, not on words: a line break is the layout's (and becomes a
space) when all of these hold:

- the line runs to (near) the right edge of the text column: the first word of the next
  line would not have fitted in the room left after it (ragged-right text), and that room
  is at most a quarter of the column width;
- the next line starts at the column's left edge or at the line's own left edge (an
  indented block wraps to its indent), or a little to the right of a line that opens
  with a bullet or a number (a hanging indent);
- the step down is a normal line step, not a paragraph gap (a pdfminer text box may
  start at a line step: it does where a hanging indent moves the left edge);
- the next line does not open a new entry (a bullet, "12.", "(a)", a label such as
  "Present:"; patterns in ``pdf_noise.json``) and neither line holds a tab (table row).

Short lines (headings, list entries, table rows, signature lines) leave room for the
next word, so they are never joined. A line ending in a hyphen after a letter or digit
keeps its hyphen and line break, so the reader's one hyphen-mending rule decides.

``continues_on_next_page`` applies the same test across a page break, once the running
headers and footers are gone. There a blank line between paragraphs cannot be seen, so
a paragraph whose last line happens to reach the margin at the foot of a page is joined
to the next page's first paragraph; a paragraph cut by the break is much more common.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

NAN = math.nan
# A normal line step is up to PARAGRAPH_GAP times the text height (single spacing steps
# 1.2 to 1.3 times it; a blank line or 6 pt paragraph spacing, 1.7 or more).
PARAGRAPH_GAP = 1.6
MAX_ROOM = 0.25  # a line leaving more than this share of the column empty is short
SPACE = 0.5  # a space plus kerning slack, in text heights
INDENT_TOLERANCE = 0.6  # left edges within this many text heights are the same edge
HANGING_INDENT = 6.0  # how far right of a bullet or number its wrapped text may start, in heights


@dataclass(slots=True)
class Line:
    """One printed line: its text and where its ink lies on the page (PDF points, y up).

    Geometry is NaN where the backend gave none; such a line is never joined.
    """

    text: str
    x0: float = NAN  # left edge of the first visible character
    x1: float = NAN  # right edge of the last visible character
    bottom: float = NAN  # bottom of the line's first character box
    height: float = NAN  # height of that box (about the font size)
    word: float = NAN  # width of the first word
    block_start: bool = False  # first line of a block: a paragraph break goes before it
    after_hyphen_mark: bool = False  # the backend marked a soft hyphen ending the line before


@lru_cache(maxsize=1)
def _new_entry() -> re.Pattern[str]:
    data = json.loads(Path(__file__).with_name("pdf_noise.json").read_text(encoding="utf-8"))
    return re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in data["new_entry"]) + ")")


def _edges(lines: list[Line]) -> tuple[float, float]:
    """The column's left edge: the smallest left edge that two lines share, so a stray
    mark in the margin does not count. Its right edge: the largest right edge of a line
    followed by another line of its block (the last line of a block says nothing about
    the margin, and PDFium lines are not measured there). A line sticking out to the
    right makes the edge too far out, so fewer lines are joined, never more.
    """
    lefts = sorted([line.x0 for line in lines if line.x0 == line.x0])  # x == x: not NaN
    rights = [a.x1 for a, b in zip(lines, lines[1:]) if a.x1 == a.x1 and not (b.block_start or b.after_hyphen_mark)]
    heights = sorted([line.height for line in lines if line.height > 0])
    if not lefts or not rights or not heights:
        return NAN, NAN
    tolerance = INDENT_TOLERANCE * heights[len(heights) // 2]
    left = lefts[0]
    for a, b in zip(lefts, lefts[1:]):
        if b - a <= tolerance:
            left = a
            break
    return left, max(rights)


def _continues(prev: Line, line: Line, left: float, right: float, new_entry: re.Pattern[str]) -> bool:
    """Whether ``line`` carries on ``prev`` across a break the layout made (see module doc).

    The cheap tests come first: most line pairs fail on the room left or the step down.
    """
    room = right - prev.x1
    if not room <= MAX_ROOM * (right - left):  # also False when prev.x1 is NaN
        return False
    height = prev.height if prev.height > line.height else line.height
    step = prev.bottom - line.bottom
    if not 0 < step <= PARAGRAPH_GAP * height:  # also False when a height is NaN
        return False
    if not room <= line.word + SPACE * height:  # also False when the width is NaN
        return False
    tolerance = INDENT_TOLERANCE * height
    if abs(line.x0 - left) > tolerance and abs(line.x0 - prev.x0) > tolerance and not _hangs(prev, line, height, new_entry):
        return False
    if "\t" in prev.text or "\t" in line.text:
        return False
    return not new_entry.match(line.text)


def _hangs(prev: Line, line: Line, height: float, new_entry: re.Pattern[str]) -> bool:
    """A bullet's or number's text wrapped to a hanging indent: ``prev`` opens an entry
    and ``line`` starts a little to the right of it (at most HANGING_INDENT heights)."""
    return 0 < line.x0 - prev.x0 <= HANGING_INDENT * height and bool(new_entry.match(prev.text))


def page_text(lines: list[Line]) -> str:
    """A page's text: blocks separated by a blank line, wrapped lines re-joined."""
    if not lines:
        return ""
    new_entry = _new_entry()
    left, right = _edges(lines)
    near_edge = right - MAX_ROOM * (right - left)  # NaN (never passed) without measured lines
    out = [lines[0].text]
    for prev, line in zip(lines, lines[1:]):
        if line.after_hyphen_mark:
            out.append("-\n")
        elif prev.x1 >= near_edge and _continues(prev, line, left, right, new_entry):
            # Also across a pdfminer box boundary: pdfminer starts a new box where a
            # hanging indent moves the left edge, though the step down is a line's.
            tail = out[-1].rstrip()
            out[-1] = tail
            hyphen = tail.endswith("-") and tail[-2:-1].isalnum()
            out.append("\n" if hyphen else " ")
            out.append(line.text.lstrip())
            continue
        else:
            out.append("\n\n" if line.block_start else "\n")
        out.append(line.text)
    return "".join(out)


def continues_on_next_page(before: list[Line], last: str, after: list[Line], first: str) -> bool:
    """Whether ``last``, the last text line kept on a page (lines ``before``), goes on in
    ``first``, the first kept on the next page (lines ``after``): the same test as within
    a page, but for the step down, and with each page's own column edges.

    The printed lines are found by their text: the last one whose text ends ``last``,
    the first whose text starts ``first`` (running headers and footers were removed).
    """
    prev = next((line for line in reversed(before) if line.text.strip() and last.endswith(line.text.strip())), None)
    line = next((line for line in after if line.text.strip() and first.startswith(line.text.strip())), None)
    if prev is None or line is None:
        return False
    left, right = _edges(before)
    next_left, _ = _edges(after)
    height = prev.height if prev.height > line.height else line.height
    room = right - prev.x1
    if not (room <= MAX_ROOM * (right - left) and room <= line.word + SPACE * height):
        return False  # also False when a width is NaN
    if not abs(line.x0 - next_left) <= INDENT_TOLERANCE * height:
        return False
    return "\t" not in prev.text and "\t" not in line.text and not _new_entry().match(line.text)
