"""Make PDFs for tests with reportlab: text laid out on A4 pages the way council minutes
PDFs look (wrapped paragraphs, a running header, "Page N" footers, optionally a blank
page notice and words hyphenated at line ends), so the PDF readers can be checked
against the text that went in."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

# An embedded TrueType font (shipped with reportlab), as in PDFs saved from Word: it
# carries a ToUnicode map, so "•", "–" and "’" extract as themselves.
FONT = "Vera"
registerFont(TTFont(FONT, "Vera.ttf"))
SIZE = 10
LEADING = 13
MARGIN = 56
BLANK_NOTICE = "This page is intentionally left blank"
_SPLITTABLE = re.compile(r"[a-z]{7,}")


def _width(text: str) -> float:
    return stringWidth(text, FONT, SIZE)


def _split_word(word: str, room: float) -> Optional[tuple[str, str]]:
    """Split an all-lower-case word so that its head plus "-" fits in ``room`` (>= 3 letters each side)."""
    if not _SPLITTABLE.fullmatch(word):
        return None
    for cut in range(len(word) - 3, 2, -1):
        if _width(word[:cut] + "-") <= room:
            return word[:cut] + "-", word[cut:]
    return None


def wrap(paragraph: str, width: float, hyphenate: bool = False) -> list[str]:
    """Greedy wrapping at spaces; with ``hyphenate``, an overflowing lower-case word of 7+
    letters is split with a hyphen to fill the line, as word processors do."""
    words = paragraph.replace("\t", "  ").split(" ")
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if _width(candidate) <= width or not line:
            line = candidate
            continue
        split = _split_word(word, width - _width(line + " ")) if hyphenate else None
        if split:
            lines.append(f"{line} {split[0]}")
            line = split[1]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    out: list[str] = []
    for line in lines:  # a single word longer than the line: cut it hard
        while _width(line) > width and len(line) > 1:
            cut = len(line)
            while cut > 1 and _width(line[:cut]) > width:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def make_pdf(
    text: str,
    path: str | Path,
    header: Optional[str] = None,
    footer_page_numbers: bool = True,
    blank_page_after: Optional[int] = None,
    hyphenate: bool = False,
) -> int:
    """Lay ``text`` out on A4 pages and save it to ``path``; returns the page count.

    Each input line is a paragraph (wrapped to the page width); empty lines are kept as
    vertical space. ``header`` is drawn at the top of every page (``{page}`` in it becomes
    the page number); footers read "Page N". ``blank_page_after=N`` inserts, after page N,
    a page holding only the header, "This page is intentionally left blank" and the footer.
    """
    page_w, page_h = A4
    width = page_w - 2 * MARGIN
    top = page_h - MARGIN - (2 * LEADING if header else 0)
    bottom = MARGIN + (2 * LEADING if footer_page_numbers else 0)
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    canvas.setFont(FONT, SIZE)
    page = 1
    y = top

    def furniture() -> None:
        canvas.setFont(FONT, SIZE)
        if header:
            canvas.drawString(MARGIN, page_h - MARGIN, header.replace("{page}", str(page)))
        if footer_page_numbers:
            canvas.drawCentredString(page_w / 2, MARGIN, f"Page {page}")

    def new_page() -> None:
        nonlocal page, y
        furniture()
        canvas.showPage()
        page += 1
        if blank_page_after is not None and page == blank_page_after + 1:
            canvas.setFont(FONT, SIZE)
            canvas.drawCentredString(page_w / 2, page_h / 2, BLANK_NOTICE)
            furniture()
            canvas.showPage()
            page += 1
        canvas.setFont(FONT, SIZE)
        y = top

    for paragraph in text.split("\n"):
        lines = wrap(paragraph, width, hyphenate) if paragraph.strip() else [""]
        for line in lines:
            if y < bottom:
                new_page()
            if line:
                canvas.drawString(MARGIN, y, line)
            y -= LEADING
    furniture()
    canvas.showPage()
    canvas.save()
    return page
