"""PDFs for the benchmark, made with reportlab from archive documents.

Reuses ``tests/pdfmaker.make_pdf`` (council-style pages: running header, page-number
footers) when it is there; otherwise a minimal maker below lays the text out the same
basic way, so the benchmark runs on any checkout.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parents[1]


def _minimal_make_pdf(text: str, path: str | Path, header: Optional[str] = None, **_: object) -> int:
    """Helvetica 10 pt on A4, greedy wrapping, "Page N" footers; returns the page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    width, height = A4
    margin, leading = 56, 13
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    page, y = 1, height - margin - 2 * leading

    def finish_page() -> None:
        if header:
            canvas.drawString(margin, height - margin, header.replace("{page}", str(page)))
        canvas.drawCentredString(width / 2, margin, f"Page {page}")
        canvas.showPage()

    canvas.setFont("Helvetica", 10)
    for paragraph in text.split("\n"):
        for line in simpleSplit(paragraph, "Helvetica", 10, width - 2 * margin) or [""]:
            if y < margin + 2 * leading:
                finish_page()
                page += 1
                canvas.setFont("Helvetica", 10)
                y = height - margin - 2 * leading
            canvas.drawString(margin, y, line)
            y -= leading
    finish_page()
    canvas.save()
    return page


def pdf_maker() -> tuple[Callable[..., int], str]:
    """The maker to use and where it came from (reported with the results)."""
    tests = ROOT / "tests"
    if (tests / "pdfmaker.py").exists():
        sys.path.insert(0, str(tests))
        try:
            from pdfmaker import make_pdf  # type: ignore[import-not-found]

            return make_pdf, "tests/pdfmaker.py"
        except Exception:  # noqa: BLE001 - a half-written maker must not stop the benchmark
            pass
        finally:
            sys.path.remove(str(tests))
    return _minimal_make_pdf, "bench/pdfs.py (minimal maker)"


@dataclass
class PdfSet:
    files: list[Path]
    pages: int
    maker: str


def build_pdfs(folder: Path, texts: list[str], min_pages: int, pages_per_pdf: int = 10) -> PdfSet:
    """PDFs of about ``pages_per_pdf`` pages, each from consecutive texts, until ``min_pages``."""
    make_pdf, maker = pdf_maker()
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    files: list[Path] = []
    pages = 0
    chars_per_page = 2200  # about what an A4 page of 10 pt minutes holds (short lines)
    source = iter(texts)
    while pages < min_pages:
        chunk: list[str] = []
        while sum(map(len, chunk)) < pages_per_pdf * chars_per_page:
            text = next(source, None)
            if text is None:
                raise SystemExit("not enough archive text to make the benchmark PDFs")
            chunk.append(text)
        path = folder / f"pack_{len(files):03d}.pdf"
        pages += make_pdf("\n".join(chunk), path, header="Minutes - page {page}")
        files.append(path)
    return PdfSet(files, pages, maker)
