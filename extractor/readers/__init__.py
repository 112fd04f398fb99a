"""Read a minutes file (text, HTML, PDF, Word, OpenDocument or RTF) into the canonical
text every span points into."""

from __future__ import annotations

import hashlib
import importlib
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
# The readers other than PDF's (imported when first needed): format -> module, its
# function (bytes, warnings) -> text, and the format's name in a refusal.
_READERS: dict[str, tuple[str, str, str]] = {
    "text": (".text", "decode_text", "a text"),
    "html": (".html", "html_to_text", "an HTML"),
    "docx": (".docx", "docx_to_text", "a Word"),
    "odt": (".odt", "odt_to_text", "an OpenDocument"),
    "rtf": (".rtf", "rtf_to_text", "an RTF"),
}


class ReadError(Exception):
    """A file that cannot be read; the message names the problem (not the path), and
    ``kind`` its category for ``errors.jsonl`` ("read_error" unless a reader knows better:
    "not_pdf", "not_docx", "not_odt", "not_rtf", "encrypted", "damaged", "inflate_limit",
    "not_text", "too_long")."""

    def __init__(self, message: str, kind: str = "read_error") -> None:
        super().__init__(message)
        self.kind = kind

    def __reduce__(self):  # type: ignore[no-untyped-def]  # keeps ``kind`` across processes
        return (type(self), (str(self), self.kind))


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
    from .garbage import refuse_binary

    digest = hashlib.sha256(raw).hexdigest()
    warnings: list[str] = []
    pages: Optional[int] = None
    ocr_pages: list[int] = []
    if fmt == "pdf":
        from .pdf import pdf_to_text

        text, pages = pdf_to_text(raw, warnings, backend=pdf_backend, ocr=ocr, ocr_pages=ocr_pages)
    else:
        module, function, what = _READERS[fmt]
        text = getattr(importlib.import_module(module, __package__), function)(raw, warnings)
        refuse_binary(text, what)  # binary data under a text name, or text that is control codes
    canonical = normalise(text)
    if not canonical and fmt == "text":
        warnings.append("no text: the file is empty or holds only white space")
    elif not canonical and fmt in ("docx", "odt", "rtf"):
        warnings.append("no text: the document holds no text (empty, or only pictures)")
    return ReadResult(canonical, fmt, digest, pages, warnings, ocr_pages)


def read_text(text: str) -> ReadResult:
    raw = text.encode("utf-8")
    return ReadResult(normalise(text), "text", hashlib.sha256(raw).hexdigest())
