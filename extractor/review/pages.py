"""Which PDF page a character of the canonical text came from.

Why it is found again here: the PDF reader joins the pages (dropping running headers,
footers and page numbers, re-joining paragraphs cut by a page break) and the text is then
normalised, so the record keeps only the page count. A reader who wants to open the
original at an item needs its page numbers; they are recovered by finding, for each page,
the first of its lines that occurs exactly once in the canonical text after the previous
page's start. A page with no such line (blank, furniture only, read by OCR) shares the
previous page's position and so gets no characters of its own.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from ..readers.normalise import normalise

MIN_ANCHOR = 12
"""Shorter lines ("Yes", "4.", a page number) are too common to place a page."""
LINES_TRIED = 12
"""Lines of a page tried as its anchor before giving up on the page."""


def page_starts(text: str, pages: list[str]) -> list[int]:
    """The offset in ``text`` where each page (as the reader first saw its text) begins."""
    starts: list[int] = []
    at = 0
    for page in pages:
        found: Optional[int] = None
        tried = 0
        for line in normalise(page).split("\n"):
            line = line.strip()
            if len(line) < MIN_ANCHOR:
                continue
            tried += 1
            if tried > LINES_TRIED:
                break
            hit = text.find(line, at)
            if hit >= 0 and text.find(line, hit + 1) < 0:
                found = hit
                break
        if found is None and starts:
            found = starts[-1]
        starts.append(found if found is not None else 0)
        at = starts[-1]
    if starts:
        starts[0] = 0  # whatever precedes the first anchor is on the first page
    return starts


def pdf_page_starts(raw: bytes, text: str, backend: str = "pdfminer") -> list[int]:
    """``page_starts`` of a PDF's text layer (no OCR: a scanned page is placed by its
    neighbours)."""
    from ..readers.pdf import extract_pages_text

    return page_starts(text, extract_pages_text(raw, backend))


def pages_of(starts: list[int], start: int, end: int) -> list[int]:
    """The 1-based pages the span ``[start, end)`` lies on."""
    if not starts:
        return []
    first = bisect_right(starts, start)
    last = bisect_right(starts, max(start, end - 1))
    return list(range(max(first, 1), max(last, 1) + 1))


def page_range(pages: list[int]) -> str:
    if not pages:
        return ""
    return f"page {pages[0]}" if len(pages) == 1 else f"pages {pages[0]}–{pages[-1]}"
