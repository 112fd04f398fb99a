"""PDF minutes to plain text: a library extracts each page's text layer, then we remove
what the printed page adds to the minutes (running headers and footers, page numbers,
"This page is intentionally left blank") and mend words hyphenated across line ends.

Two backends: ``pdfminer`` (pdfminer.six; groups lines into text boxes, so paragraphs
come out separated by blank lines) and ``pdfium`` (pypdfium2; dozens of times faster;
it gives plain lines, so we put in the paragraph breaks from the vertical gaps). Each
backend hands its lines with their positions to ``pdf_layout.page_text``, which re-joins
the lines the page layout wrapped, so a long header, attendance list or item title is
one line as in the text route. The clean-up works on the list of page texts and is the
same for both.
"""

from __future__ import annotations

import json
import math
import re
import threading
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Callable, Optional

from . import ReadError
from .garbage import drop_unreadable_pages
from .pdf_inflate import check_inflation
from .pdf_layout import MAX_ROOM, NAN, PARAGRAPH_GAP, Line, continues_on_next_page, page_text

BACKENDS = ("pdfminer", "pdfium")
EDGE_LINES = 3  # how many non-blank lines at each end of a page may be furniture
_DIGITS = re.compile(r"\d+")
# Runs of white space, or one white-space character other than a space: collapsed to a
# space in line keys (single spaces are left alone, which makes keying several times faster).
_SPACES = re.compile(r"\s\s+|[^\S ]")
_MAX_FURNITURE_LEN = 160
# Hyphen mending (see mend_hyphens).
# Both start with the literal "-\n" so the regex engine can scan for it quickly.
_SPLIT_WORD = re.compile(r"-\n(?<=[a-z]-\n)(?=[a-z])")
_WRAPPED_HYPHEN = re.compile(r"\n(?<=[A-Za-z0-9]-\n)(?=[A-Z0-9])")
# PDFium's line breaks, including a hyphen at a line end reported as U+FFFE (older
# builds: U+0002) with the line break dropped.
_PDFIUM_HYPHEN = re.compile("[\ufffe\x02]")
_CID = re.compile(r"\(cid:\d+\)")
# PDFium is not thread-safe; the batch runner may read files from several threads.
_PDFIUM_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _noise() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = json.loads(Path(__file__).with_name("pdf_noise.json").read_text(encoding="utf-8"))

    def whole(patterns: list[str]) -> re.Pattern[str]:
        return re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*$", re.I)

    return whole(data["page_numbers"]), whole(data["blank_page"])


# -- extraction -----------------------------------------------------------------------------


def _pages_pdfminer(raw: bytes) -> list[list[Line]]:
    import logging

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextBox, LTTextContainer

    # pdfminer logs every quirk of a file as a warning; users only need our messages.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    # pdfminer's defaults, spelled out: they keep a paragraph's lines in one box and
    # separate boxes (paragraphs, headers, footers) with a blank line.
    laparams = LAParams(line_overlap=0.5, char_margin=2.0, line_margin=0.5, word_margin=0.1, boxes_flow=0.5)
    pages = []
    for layout in extract_pages(BytesIO(raw), laparams=laparams):
        lines: list[Line] = []
        for element in layout:
            if isinstance(element, LTTextBox):
                for k, text_line in enumerate(element):
                    line = _pdfminer_line(text_line)
                    line.block_start = k == 0
                    lines.append(line)
            elif isinstance(element, LTTextContainer):
                lines.append(Line(element.get_text().rstrip("\n"), block_start=True))
        pages.append(lines)
    return pages


def _pdfminer_line(text_line) -> Line:  # type: ignore[no-untyped-def]
    """A pdfminer text line with the extent of its ink and the width of its first word
    (from its characters' boxes; pdfminer's own line box also counts drawn spaces)."""
    from pdfminer.layout import LTChar, LTTextLineHorizontal

    text = text_line.get_text().rstrip("\n")
    if not isinstance(text_line, LTTextLineHorizontal):
        return Line(text)
    chars = [c for c in text_line if isinstance(c, LTChar) and not c.get_text().isspace()]
    if not chars:
        return Line(text)
    first = chars[0]
    word_end = first.x1
    started = False
    for item in text_line:  # the first word ends at the first space, drawn or inferred
        started = started or item is first
        if not started:
            continue
        if item.get_text().isspace():
            break
        if isinstance(item, LTChar):
            word_end = item.x1
    return Line(text, first.x0, chars[-1].x1, first.y0, first.height, word_end - first.x0)


def _pages_pdfium(raw: bytes) -> list[list[Line]]:
    with _PDFIUM_LOCK:
        return _pages_pdfium_unlocked(raw)


def _pages_pdfium_unlocked(raw: bytes) -> list[list[Line]]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(raw)
    try:
        pages = []
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            try:
                pages.append(_pdfium_lines(textpage))
            finally:
                textpage.close()
                page.close()
        return pages
    finally:
        doc.close()


@lru_cache(maxsize=1)
def _loose_char_box():  # type: ignore[no-untyped-def]
    """PDFium's FPDFText_GetLooseCharBox with plain pointer arguments.

    We call it up to three times a line; pypdfium2's binding converts its typed pointer
    arguments on every call, which doubled the cost of this pass. The C signature is
    unchanged: (FPDF_TEXTPAGE, int index, FS_RECTF*) -> FPDF_BOOL.
    """
    import ctypes

    import pypdfium2.raw as pdfium_c

    address = ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)(address)


def _pdfium_lines(textpage) -> list[Line]:  # type: ignore[no-untyped-def]
    """A page's lines with their geometry, a block starting where the vertical gap shows
    a new paragraph.

    PDFium gives plain lines; pdfminer separates paragraphs (text boxes) with blank lines,
    and the structure components read blank lines as block boundaries. So we look up the
    boxes of a few characters of each line (PDFium's text is indexed character for
    character): the first (left edge, baseline, height) of every line; the last (right
    edge) of a line and the end of the first word of the next only where that next line
    could carry it on (same block), which is all ``page_text`` needs and keeps the cost
    down. A paragraph starts where the step down from the previous line
    is over PARAGRAPH_GAP times the text height (single-spaced lines step about 1.2 to 1.3
    times it; a blank line or 6 pt of paragraph spacing, 1.7 or more), or where the text
    jumps back up the page (a new column, or a header drawn after the body). A hyphen
    PDFium marks at a line end (U+FFFE, older builds U+0002, with the line break dropped)
    is written back as "-" and a line break, so one mending rule decides for both backends.
    """
    import ctypes

    import pypdfium2.raw as pdfium_c

    text = textpage.get_text_range()
    if not text:
        return []
    box = pdfium_c.FS_RECTF()
    box_ref = ctypes.addressof(box)
    char_box = _loose_char_box()
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    lines: list[Line] = []
    starts: list[int] = []  # index of each line's first character; -1 for a line without boxes
    prev_bottom = prev_height = NAN  # the last line with text
    prev_last = -1  # index of the last visible character of the line before, if it has any
    left, right = math.inf, -math.inf  # the text column's edges so far
    pos = 0  # index of the current part's first character in the page text
    marks = "\ufffe" in text or "\x02" in text
    for raw_line in text.split("\r\n"):
        parts = _PDFIUM_HYPHEN.split(raw_line) if marks and ("\ufffe" in raw_line or "\x02" in raw_line) else (raw_line,)
        after_mark = False
        for part in parts:
            end = len(part.rstrip()) if part[-1:].isspace() else len(part)
            first = len(part) - len(part.lstrip()) if end and part[0].isspace() else 0
            if not end or not char_box(handle, pos + first, box_ref):
                lines.append(Line(part, after_hyphen_mark=after_mark))
                starts.append(-1)
                prev_last = -1
            else:
                line = Line(part, box.left, NAN, box.bottom, box.top - box.bottom, NAN, False, after_mark)
                if not after_mark and prev_height > 0:
                    step = prev_bottom - line.bottom
                    tallest = line.height if line.height > prev_height else prev_height
                    line.block_start = step > PARAGRAPH_GAP * tallest or step < -tallest
                if line.x0 < left:
                    left = line.x0
                if not (after_mark or line.block_start) and prev_last >= 0 and char_box(handle, prev_last, box_ref):
                    # Only a line that may carry on the one before needs these widths;
                    # the first word's only where the line before may reach the right
                    # edge (the edge so far can only move out, and the room with it).
                    x1 = lines[-1].x1 = box.right
                    if x1 > right:
                        right = x1
                    if right - x1 <= MAX_ROOM * (right - left):
                        space = part.find(" ", first, end)
                        if char_box(handle, pos + (space if space >= 0 else end) - 1, box_ref):
                            line.word = box.right - line.x0
                lines.append(line)
                starts.append(pos)
                prev_bottom, prev_height, prev_last = line.bottom, line.height, pos + end - 1
            pos += len(part) + 1  # the part and the hyphen mark after it
            after_mark = True
        pos += 1  # "\r\n" is two characters; one was counted above
    _measure_page_ends(lines, starts, handle, box)
    return lines


def _measure_page_ends(lines: list[Line], starts: list[int], handle: int, box) -> None:  # type: ignore[no-untyped-def]
    """Right edges and first-word widths of the lines at both ends of a page, where the
    body text may stop and go on over the page break (see ``clean_pages``); running
    headers and footers take at most EDGE_LINES lines at each end."""
    import ctypes

    char_box, box_ref = _loose_char_box(), ctypes.addressof(box)
    count = len(lines)
    ends = range(count) if count <= 4 * EDGE_LINES else [*range(2 * EDGE_LINES), *range(count - 2 * EDGE_LINES, count)]
    for i in ends:
        line, pos = lines[i], starts[i]
        if pos < 0:
            continue
        part = line.text
        end = len(part.rstrip())
        if line.x1 != line.x1 and char_box(handle, pos + end - 1, box_ref):
            line.x1 = box.right
        if line.word != line.word:
            first = len(part) - len(part.lstrip())
            space = part.find(" ", first, end)
            if char_box(handle, pos + (space if space >= 0 else end) - 1, box_ref):
                line.word = box.right - line.x0


_EXTRACTORS: dict[str, Callable[[bytes], list[list[Line]]]] = {"pdfminer": _pages_pdfminer, "pdfium": _pages_pdfium}


def extract_pages_text(raw: bytes, backend: str = "pdfminer") -> list[str]:
    """The text of each page, wrapped lines re-joined; ReadError for unreadable PDFs."""
    return [page_text(lines) for lines in extract_page_lines(raw, backend)]


def extract_page_lines(raw: bytes, backend: str = "pdfminer") -> list[list[Line]]:
    """The lines of each page with their geometry; ReadError for unreadable PDFs."""
    if backend not in _EXTRACTORS:
        raise ReadError(f"unknown PDF backend {backend!r}: expected one of {', '.join(BACKENDS)}")
    if b"%PDF-" not in raw[:1024]:
        raise ReadError("not a readable PDF: no PDF header (is the file really a PDF?)", kind="not_pdf")
    check_inflation(raw)
    try:
        return _EXTRACTORS[backend](raw)
    except ReadError:
        raise
    except MemoryError:
        raise  # the worker's memory cap, recorded as such by the batch runner
    except RecursionError:  # a page tree or object chain that refers back to itself
        raise ReadError("not a readable PDF: its objects refer to themselves in a loop (a cyclic page tree)",
                        kind="damaged") from None
    except Exception as exc:  # the libraries raise many types for broken/encrypted files
        reason, kind = _describe(exc)
        raise ReadError(f"not a readable PDF: {reason}", kind=kind) from None


def _describe(exc: Exception) -> tuple[str, str]:
    """A reason a user can act on, with the library's own words in brackets, and its kind."""
    detail = str(exc).strip() or type(exc).__name__
    lowered = (type(exc).__name__ + " " + detail).lower()
    if "password" in lowered or "encrypt" in lowered:
        return f"it is encrypted or password-protected ({detail})", "encrypted"
    if "unable to allocate" in lowered or "out of memory" in lowered:  # zlib's words for MemoryError
        return f"ran out of memory while reading it ({detail})", "memory"
    return f"the file is damaged or truncated ({detail})", "damaged"


# -- clean-up of the page texts -------------------------------------------------------------


def _key(line: str) -> str:
    """A line compared across pages: digits masked (page numbers, dates), spaces collapsed."""
    return _SPACES.sub(" ", _DIGITS.sub("#", line)).strip().lower()


def _zone_key(line: str) -> Optional[str]:
    """The key of a line in the edge zone; None for a line too long to be a running header
    or footer (such as a re-joined paragraph), which saves keying it."""
    return _key(line) if len(line) <= _MAX_FURNITURE_LEN else None


def _zone_keys(lines: list[str]) -> dict[int, Optional[str]]:
    """The running header/footer zone: the first and last EDGE_LINES non-blank lines (all
    of a short page), by index, with their keys."""
    zone: dict[int, Optional[str]] = {}
    for i, line in enumerate(lines):
        if line:
            zone[i] = _zone_key(line)
            if len(zone) == EDGE_LINES:
                break
    found = 0
    for i in range(len(lines) - 1, -1, -1):
        if found == EDGE_LINES:
            break
        if lines[i]:
            found += 1
            if i not in zone:
                zone[i] = _zone_key(lines[i])
    return zone


def _furniture_keys(zone_keys: list[set[Optional[str]]]) -> set[str]:
    """Lines repeated in the edge zone of many pages: running headers and footers.

    A key counts when it is on at least 3 pages (2 in documents of 2 or 3 pages) and
    either on half the pages or on 3 pages in a row (a header of one report inside an
    agenda pack). Where it sits within the zone does not matter: the order in which
    a PDF draws header, body and footer decides where a backend puts them.
    """
    n = len(zone_keys)
    if n < 2:
        return set()
    pages_with: dict[str, list[int]] = {}
    for number, keys in enumerate(zone_keys):
        for key in keys:
            if key is not None and len(key) <= _MAX_FURNITURE_LEN:
                pages_with.setdefault(key, []).append(number)
    found = set()
    for key, pages in pages_with.items():
        if n <= 3:
            if len(pages) >= 2:
                found.add(key)
        elif len(pages) >= 3 and (2 * len(pages) >= n or _has_run(pages, 3)):
            found.add(key)
    return found


def _has_run(numbers: list[int], length: int) -> bool:
    run = 1
    for a, b in zip(numbers, numbers[1:]):
        run = run + 1 if b == a + 1 else 1
        if run >= length:
            return True
    return False


def _clean_page(lines: list[str], zone: dict[int, Optional[str]], furniture: set[str], page_number: re.Pattern[str], blank: re.Pattern[str]) -> list[str]:
    """Peel furniture off both ends of a page (within the edge zone): a line goes only if
    every line between it and the page edge went too, so a content line that happens to
    repeat stays, and a "left blank" notice goes only where a page holds nothing else."""

    def removable(i: int) -> bool:
        line = lines[i]
        if not line:
            return True
        if i not in zone:
            return False
        return zone[i] in furniture or bool(page_number.match(line)) or bool(blank.match(line))

    start, end = 0, len(lines)
    while start < end and removable(start):
        start += 1
    while end > start and removable(end - 1):
        end -= 1
    return lines[start:end]


def mend_hyphens(text: str) -> str:
    """Join words hyphenated across a line end.

    The rule: lower-case letter, hyphen, line end, lower-case letter is a word split by
    the layout, so hyphen and line break go ("infor-\\nmation" -> "information"). If
    the next line starts with a capital or a digit, the hyphen is real and only the line
    break goes ("Vice-\\nChair" -> "Vice-Chair", "2021-\\n2030" -> "2021-2030"). A real
    lower-case compound split at its hyphen ("well-\\nbeing") loses its hyphen: without a
    dictionary the two cases cannot be told apart, and splits inside words are the more
    common in minutes.
    """
    if "-\n" not in text:
        return text
    text = _SPLIT_WORD.sub("", text)
    return _WRAPPED_HYPHEN.sub("", text)


def clean_pages(pages: list[str], page_lines: Optional[list[list[Line]]] = None) -> str:
    """Join page texts into one text without page furniture, pages separated by a blank line.

    With the pages' lines (``page_lines``, as ``page_text`` got them), a paragraph the page
    break cut goes on across it: the last line kept on one page and the first kept on the
    next are joined by a space when the layout test of ``pdf_layout`` says so.
    """
    page_number, blank = _noise()
    texts = [[line.rstrip() for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")] for page in pages]
    zones = [_zone_keys(lines) for lines in texts]
    furniture = _furniture_keys([set(zone.values()) for zone in zones])
    parts: list[str] = []
    before: list[Line] = []  # the lines of the page the last part came from
    for number, (lines, zone) in enumerate(zip(texts, zones)):
        kept = _clean_page(lines, zone, furniture, page_number, blank)
        if not kept:
            continue
        text = "\n".join(kept)
        after = page_lines[number] if page_lines else []
        previous = parts[-1] if parts else ""
        if previous.endswith("-") and previous[-2:-1].isalnum() and text[:1].isalnum():
            parts[-1] = previous + "\n" + text  # a word split across the page break
        elif previous and after and before and continues_on_next_page(before, previous, after, text):
            parts[-1] = previous + " " + text.lstrip()
        else:
            parts.append(text)
        before = after
    return mend_hyphens("\n\n".join(parts))


def pdf_to_text(
    raw: bytes, warnings: list[str], backend: str = "pdfminer", ocr: str = "auto", ocr_pages: Optional[list[int]] = None
) -> tuple[str, int]:
    """The text of a PDF (not yet normalised) and its page count. ``ocr`` (auto, always,
    never): which pages to read by OCR instead (``ocr.py``); their numbers go to ``ocr_pages``."""
    page_lines = extract_page_lines(raw, backend)
    if ocr != "never":
        from .ocr import apply

        apply(raw, page_lines, ocr, warnings, ocr_pages if ocr_pages is not None else [])
    pages = [page_text(lines) for lines in page_lines]
    readable = drop_unreadable_pages(pages, warnings)
    if readable is not pages:
        page_lines = [lines if kept else [] for lines, kept in zip(page_lines, readable)]
    text = clean_pages(readable, page_lines)
    if readable is not pages and not text.strip():
        pass  # the warning about the unreadable text layer says it all
    elif not text.strip() and ocr_pages:
        warnings.append("no text layer (scanned?): the PDF's pages hold no extractable text, and OCR read none on them")
    elif not text.strip() and not any(w.startswith("scanned PDF") for w in warnings):
        warnings.append("no text layer (scanned?): the PDF's pages hold no extractable text"
                        + (" (--ocr auto reads scanned pages)" if ocr == "never" else ""))
    elif len(_CID.findall(text)) > 20:
        warnings.append("the PDF's fonts lack a text mapping: parts of the text came out as (cid:N) codes")
    return text, len(pages)
