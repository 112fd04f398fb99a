"""Read a minutes file (text, HTML, PDF, Word, OpenDocument or RTF) into the canonical
text every span points into."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Optional

from .normalise import normalise

Format = Literal["text", "html", "pdf", "docx", "odt", "rtf"]
SUFFIX_FORMATS: dict[str, Format] = {
    ".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".pdf": "pdf",
    ".docx": "docx", ".odt": "odt", ".rtf": "rtf",
}
SUFFIXES_TEXT = ".txt, .html, .htm, .pdf, .docx, .odt or .rtf"
# Formats we cannot read, with what to do instead.
_ADVICE = {".doc": "an old binary Word file: save it as .docx", ".wpd": "a WordPerfect file: save it as .docx or .rtf"}
OCR_MODES = ("auto", "always", "never")


class ReadError(Exception):
    """A file that cannot be read; the message names the problem (not the path)."""


@dataclass
class ReadResult:
    text: str
    format: Format
    sha256: str
    pages: Optional[int] = None
    warnings: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # 1-based numbers of the pages read by OCR


def format_of(path: Path) -> Format:
    try:
        return SUFFIX_FORMATS[path.suffix.lower()]
    except KeyError:
        advice = _ADVICE.get(path.suffix.lower())
        raise ReadError(f"unsupported file type {path.suffix or '(none)'!r}: "
                        + (advice if advice else f"expected {SUFFIXES_TEXT}"))


def read_path(path: str | Path, pdf_backend: str = "pdfminer", ocr: str = "auto") -> ReadResult:
    path = Path(path)
    fmt = format_of(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ReadError("no such file")
    except IsADirectoryError:
        raise ReadError("is a directory")
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}")
    return read_bytes(raw, fmt, pdf_backend=pdf_backend, ocr=ocr)


def read_bytes(raw: bytes, fmt: Format, pdf_backend: str = "pdfminer", ocr: str = "auto") -> ReadResult:
    """``ocr`` (PDF only): ``auto`` reads pages without a text layer by OCR, ``always``
    every page, ``never`` none (see ``ocr.py``)."""
    digest = hashlib.sha256(raw).hexdigest()
    warnings: list[str] = []
    pages: Optional[int] = None
    ocr_pages: list[int] = []
    if fmt == "text":
        from .text import decode_text

        text = decode_text(raw, warnings)
    elif fmt == "html":
        from .html import html_to_text

        text = html_to_text(raw, warnings)
    elif fmt == "docx":
        from .docx import docx_to_text

        text = docx_to_text(raw, warnings)
    elif fmt == "odt":
        from .odt import odt_to_text

        text = odt_to_text(raw, warnings)
    elif fmt == "rtf":
        from .rtf import rtf_to_text

        text = rtf_to_text(raw, warnings)
    else:
        from .pdf import pdf_to_text

        text, pages = pdf_to_text(raw, warnings, backend=pdf_backend, ocr=ocr, ocr_pages=ocr_pages)
    return ReadResult(normalise(text), fmt, digest, pages, warnings, ocr_pages)


def read_text(text: str) -> ReadResult:
    raw = text.encode("utf-8")
    return ReadResult(normalise(text), "text", hashlib.sha256(raw).hexdigest())
