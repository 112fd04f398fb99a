"""Scanned PDFs for tests: a typeset PDF's pages rendered to grey-scale images and put
back as image-only pages (no text layer), the way a scanner's PDF looks; optionally only
some pages, for a typed PDF with scanned pages mixed in. Made in memory with pypdfium2
and Pillow; nothing is committed."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Optional


def make_scan(text_pdf: str | Path, out: str | Path, dpi: int = 200, image_pages: Optional[list[int]] = None) -> int:
    """Write ``out``: ``text_pdf`` with the pages ``image_pages`` (0-based; default all)
    replaced by images of themselves at ``dpi``. Returns the page count."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(text_pdf))
    result = pdfium.PdfDocument.new()
    count = len(source)
    chosen = set(range(count) if image_pages is None else image_pages)
    for index in range(count):
        if index not in chosen:
            result.import_pages(source, [index])
            continue
        image = source[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        buffer = BytesIO()
        image.save(buffer, format="PDF", resolution=dpi)
        scanned = pdfium.PdfDocument(buffer.getvalue())
        result.import_pages(scanned, [0])
        scanned.close()
    result.save(str(out))
    result.close()
    source.close()
    return count
