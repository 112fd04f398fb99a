"""OCR for PDF pages without a text layer (scans), through the Tesseract program.

``--ocr auto`` (the default) reads by OCR only the pages whose text layer holds almost
no text but that carry an image: a scanned PDF, or scanned pages mixed into a typed one.
``always`` reads every page by OCR (for text layers that are garbage), ``never`` none.

Each page is rendered with pypdfium2 at ``DPI`` (300, what Tesseract is tuned for) to a
grey-scale image, handed to ``tesseract`` in a memory file, and read back as hOCR:
lines with their words' boxes, baseline and text height. Those become the same ``Line``
records the PDF backends produce (PDF points, y up), so the OCR'd page goes through the
same steps as a text layer: paragraph breaks from vertical gaps, wrapped lines re-joined
(``pdf_layout``), running headers and footers removed across pages (``pdf.clean_pages``).

We call the tesseract binary directly rather than through pytesseract (a wrapper that
runs the same binary on a temporary image file; same accuracy in ``bench/ocr_engines.py``)
or OCRmyPDF (same accuracy, twice the time): the child is tied to its worker (Linux's
parent-death signal), so a file stopped by ``--timeout`` (the worker is killed) stops its
OCR as well instead of leaving Tesseract running, and its image is a memory file that
cannot be left behind in /tmp. Tesseract runs one thread per page
(OMP_THREAD_LIMIT=1): the batch already runs one file per core, and Tesseract's own
threads only add overhead there (measured: see README). ``MINUTES_TESSERACT`` names
another binary (a path); set it to a missing path to behave as if Tesseract were absent.
"""

from __future__ import annotations

import html
import math
import os
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .pdf_layout import PARAGRAPH_GAP, Line

DPI = 300
MIN_TEXT = 20  # a page with fewer letters and digits than this in its text layer counts as without text
MAX_PIXELS = 60_000_000  # render large pages (A0 plans) at a lower resolution, to bound memory
NOISE_CONF = 60  # a word with no letter or digit read with less confidence is a speck (see hocr_lines)
SKEW_MIN = 0.002  # baseline slopes under this (0.1 degree) are taken as level
PAGE_TIMEOUT = 300.0  # seconds for one page; a page that takes longer is skipped with a warning
LANGUAGE = "eng"
THREADS: Optional[str] = "1"  # OMP_THREAD_LIMIT for Tesseract; None leaves it to Tesseract
NO_TESSERACT = "scanned PDF: install tesseract-ocr to read it"
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-eng"
_ALNUM = re.compile(r"[^\W_]")
_LINE_CLASSES = ("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat")
_TAG = re.compile(r"<span class='(\w+)'[^>]*?title=(?:\"([^\"]*)\"|'([^']*)')[^>]*>")
_WORD_END = re.compile(r"</span>")
_MARKUP = re.compile(r"<[^>]+>")
_BBOX = re.compile(r"bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)")
_BASELINE = re.compile(r"baseline (-?[\d.]+) (-?[\d.]+)")
_X_SIZE = re.compile(r"x_size ([\d.]+)")
_CONF = re.compile(r"x_wconf (\d+)")


class OcrUnavailable(Exception):
    """Tesseract (or its English data) is not installed; the message says what to install."""


def tesseract_command() -> str:
    return os.environ.get("MINUTES_TESSERACT") or "tesseract"


@lru_cache(maxsize=4)
def _check(command: str) -> Optional[str]:
    """None when ``command`` runs and has English; else what is missing."""
    path = shutil.which(command)
    if path is None:
        return f"{NO_TESSERACT} ({INSTALL_HINT})"
    try:
        listed = subprocess.run([path, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"{NO_TESSERACT}: {command} does not run ({exc})"
    if LANGUAGE not in listed.stdout.split():
        return f"{NO_TESSERACT}: Tesseract has no English data (apt-get install tesseract-ocr-eng)"
    return None


def available() -> Optional[str]:
    """None when OCR can run here; else the warning to give (names what to install)."""
    return _check(tesseract_command())


def pages_to_read(raw: bytes, page_lines: list[list[Line]], mode: str) -> list[int]:
    """Indexes of the pages to OCR: all (``always``), none (``never``), or (``auto``)
    those with almost no text in their text layer that carry an image."""
    if mode == "never":
        return []
    if mode == "always":
        return list(range(len(page_lines)))
    bare = [i for i, lines in enumerate(page_lines) if len(_ALNUM.findall("".join(line.text for line in lines))) < MIN_TEXT]
    if not bare:
        return []
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from .pdf import _PDFIUM_LOCK

    with _PDFIUM_LOCK:
        doc = pdfium.PdfDocument(raw)
        try:
            chosen = []
            for index in bare:
                page = doc[index]
                try:
                    if next(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4), None) is not None:
                        chosen.append(index)
                finally:
                    page.close()
            return chosen
        finally:
            doc.close()


def read_pages(raw: bytes, indexes: list[int], warnings: list[str]) -> dict[int, list[Line]]:
    """OCR the pages ``indexes``: their lines with geometry, by index. A page Tesseract
    fails on is left out with a warning naming it. Raises OcrUnavailable."""
    problem = available()
    if problem:
        raise OcrUnavailable(problem)
    import pypdfium2 as pdfium

    from .pdf import _PDFIUM_LOCK

    out: dict[int, list[Line]] = {}
    with _PDFIUM_LOCK:
        doc = pdfium.PdfDocument(raw)
    try:
        for index in indexes:
            with _PDFIUM_LOCK:  # PDFium calls under the lock; Tesseract runs outside it
                page = doc[index]
                try:
                    image, height_pt, dpi = _render(page)
                finally:
                    page.close()
            try:
                hocr = _tesseract(image, dpi)
            except RuntimeError as exc:
                warnings.append(f"OCR failed on page {index + 1}: {exc}")
                continue
            out[index] = hocr_lines(hocr, height_pt, dpi)
    finally:
        with _PDFIUM_LOCK:
            doc.close()
    return out


def _render(page) -> tuple[bytearray, float, float]:  # type: ignore[no-untyped-def]
    """The page as a binary PGM image, its height in points and the resolution used."""
    width_pt, height_pt = page.get_size()
    dpi = float(DPI)
    pixels = (width_pt * dpi / 72) * (height_pt * dpi / 72)
    if pixels > MAX_PIXELS:
        dpi *= (MAX_PIXELS / pixels) ** 0.5
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        width, height, stride, channels = bitmap.width, bitmap.height, bitmap.stride, bitmap.n_channels
        # One copy of the pixels (an A4 page at 300 dpi is 8.7 MB in grey), straight
        # from PDFium's buffer into the image file; a build that renders grey as BGR(x)
        # gives one of its channels.
        pixels = memoryview(bitmap.buffer).cast("B")
        image = bytearray(b"P5\n%d %d\n255\n" % (width, height))
        if channels == 1 and stride == width:
            image += pixels[: width * height]
        else:
            for row in range(height):
                image += pixels[row * stride: row * stride + width * channels: channels]
    finally:
        bitmap.close()
    return image, height_pt, dpi


def _die_with_parent() -> None:
    """In the Tesseract child: be killed when the worker that started it dies."""
    import ctypes
    import signal

    ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _memory_file(image: bytes | bytearray) -> Optional[int]:
    """A memory-backed file (Linux memfd) holding ``image``, or None where there is none.

    Tesseract reads a file faster than its standard input (0.87 of the CPU time on the
    same pages), and unlike a temporary file a memfd vanishes with the processes holding
    it, also when ``--timeout`` kills the worker."""
    if not hasattr(os, "memfd_create"):
        return None
    fd = os.memfd_create("minutes-page")
    view = memoryview(image)
    while view:
        view = view[os.write(fd, view):]
    return fd


def _tesseract(image: bytes | bytearray, dpi: float) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT=THREADS) if THREADS else dict(os.environ)
    # preexec_fn is unsafe with other threads running (the dask engine's timeout thread):
    # there the child is not tied to its parent, and the timeout still bounds the file.
    tie = sys.platform.startswith("linux") and threading.active_count() == 1
    fd = _memory_file(image)
    command = [shutil.which(tesseract_command()) or tesseract_command(), "stdin" if fd is None else f"/dev/fd/{fd}",
               "stdout", "-l", LANGUAGE, "--dpi", str(round(dpi)), "hocr"]
    try:
        done = subprocess.run(command, input=image if fd is None else None, capture_output=True, env=env,
                              timeout=PAGE_TIMEOUT, pass_fds=() if fd is None else (fd,),
                              preexec_fn=_die_with_parent if tie else None)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"Tesseract took longer than {PAGE_TIMEOUT:g} s") from None
    except OSError as exc:
        raise RuntimeError(f"Tesseract did not run ({exc})") from None
    finally:
        if fd is not None:
            os.close(fd)
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"Tesseract exited with status {done.returncode}" + (f" ({message[-1]})" if message else ""))
    return done.stdout.decode("utf-8", "replace")


@dataclass
class _RawLine:
    title: str
    words: list[tuple[str, tuple[int, int, int, int], int]]  # text, box (px), confidence


def _parse_hocr(hocr: str) -> list[_RawLine]:
    """The lines of an hOCR page with their words, boxes and confidences."""
    lines: list[_RawLine] = []
    pos = 0
    while True:
        match = _TAG.search(hocr, pos)
        if match is None:
            break
        kind, title = match.group(1), match.group(2) or match.group(3) or ""
        if kind in _LINE_CLASSES:
            lines.append(_RawLine(title, []))
            pos = match.end()
        elif kind == "ocrx_word":
            end = _WORD_END.search(hocr, match.end())
            stop = end.start() if end else len(hocr)
            # a word may hold <strong>/<em>; nested spans never occur inside words
            text = html.unescape(_MARKUP.sub("", hocr[match.end():stop])).strip()
            box = _BBOX.search(title)
            conf = _CONF.search(title)
            if text and box and lines:
                lines[-1].words.append((text, (int(box.group(1)), int(box.group(2)), int(box.group(3)), int(box.group(4))),
                                        int(conf.group(1)) if conf else 100))
            pos = end.end() if end else len(hocr)
        else:
            pos = match.end()
    return lines


def _skew(lines: list[_RawLine]) -> float:
    """The page's tilt as the median slope of Tesseract's baselines (y down), 0 when
    under SKEW_MIN: a scan fed in at a slant shifts line edges by several points from
    top to bottom of the page, enough to stop wrapped lines from being re-joined."""
    slopes = sorted(float(m.group(1)) for m in (_BASELINE.search(line.title) for line in lines if line.words) if m)
    if not slopes:
        return 0.0
    slope = slopes[len(slopes) // 2]
    return slope if abs(slope) >= SKEW_MIN else 0.0


def hocr_lines(hocr: str, height_pt: float, dpi: float) -> list[Line]:
    """Tesseract's hOCR lines as ``Line`` records in PDF points (y up): left edge of the
    first word, right edge of the last, baseline, text height (hOCR's x_size) and first
    word's width, turned back by the page's tilt (``_skew``); a block starts where the
    step down is a paragraph gap or the text jumps back up (the pdfium backend's rule).
    Words without a letter or digit read with confidence under NOISE_CONF are specks
    and dirt on the scan ("|", "_", "~"), and are dropped."""
    scale = 72.0 / dpi
    raw = _parse_hocr(hocr)
    slope = _skew(raw)
    cos, sin = 1.0 / math.hypot(1.0, slope), slope / math.hypot(1.0, slope)
    out: list[Line] = []
    for line in raw:
        words = [w for w in line.words if w[2] >= NOISE_CONF or _ALNUM.search(w[0])]
        if not words:
            continue
        box = _BBOX.search(line.title)
        base = _BASELINE.search(line.title)
        size = _X_SIZE.search(line.title)
        left = float(box.group(1)) if box else float(words[0][1][0])
        bottom = float(box.group(4)) if box else float(max(b[3] for _, b, _ in words))
        line_slope, offset = (float(base.group(1)), float(base.group(2))) if base else (0.0, 0.0)

        def baseline(x: float) -> float:
            return bottom + offset + line_slope * (x - left)

        x0, x1 = float(words[0][1][0]), float(words[-1][1][2])
        y0, y1 = baseline(x0), baseline(x1)
        height_px = float(size.group(1)) if size else float(max(b[3] - b[1] for _, b, _ in words))
        first = words[0][1]
        out.append(Line(" ".join(w for w, _, _ in words), (x0 * cos + y0 * sin) * scale, (x1 * cos + y1 * sin) * scale,
                        height_pt - (-x0 * sin + y0 * cos) * scale, height_px * scale,
                        (first[2] - first[0]) / cos * scale))
    _mark_blocks(out)
    return out


def _mark_blocks(lines: list[Line]) -> None:
    prev: Optional[Line] = None
    for line in lines:
        if prev is not None and prev.height > 0 and line.height > 0:
            step = prev.bottom - line.bottom
            tallest = max(prev.height, line.height)
            line.block_start = step > PARAGRAPH_GAP * tallest or step < -tallest
        elif prev is None:
            line.block_start = True
        prev = line


def ocr_warning(pages: list[int], total: int) -> str:
    """The warning every record from OCR'd pages carries."""
    return (f"OCR: {_page_list(pages)} of {total} read by OCR (Tesseract), not from a text layer; "
            "names, dates and figures there may hold recognition errors")


def _page_list(pages: list[int]) -> str:
    """1-based page numbers as ranges: "page 3", "pages 1-4, 7"."""
    runs: list[list[int]] = []
    for p in sorted(pages):
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    text = ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in runs)
    return ("page " if len(pages) == 1 else "pages ") + text


def apply(raw: bytes, page_lines: list[list[Line]], mode: str, warnings: list[str], ocr_pages: list[int]) -> None:
    """Replace the lines of the pages to OCR (see ``pages_to_read``) with what Tesseract
    reads on them; add their 1-based numbers to ``ocr_pages`` and a warning. Without
    Tesseract, one warning naming what to install, and the pages stay as they were."""
    try:
        indexes = pages_to_read(raw, page_lines, mode)
        if not indexes:
            return
        read = read_pages(raw, indexes, warnings)
    except OcrUnavailable as exc:
        warnings.append(f"{exc}; {len(indexes)} of {len(page_lines)} pages have no text layer")
        return
    except MemoryError:
        raise  # the worker's memory cap (--max-memory), recorded as such by the batch runner
    except Exception as exc:  # noqa: BLE001 - PDFium refusing a file pdfminer could read: keep the text layer
        warnings.append(f"OCR skipped: PDFium could not render the pages ({type(exc).__name__}: {exc})")
        return
    for index, lines in read.items():
        page_lines[index] = lines
    ocr_pages.extend(index + 1 for index in sorted(read))
    if read:
        warnings.append(ocr_warning(sorted(i + 1 for i in read), len(page_lines)))
