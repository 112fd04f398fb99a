"""Read a minutes file (text, HTML or PDF) into the canonical text every span points into."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Optional

from .normalise import normalise

Format = Literal["text", "html", "pdf"]
SUFFIX_FORMATS: dict[str, Format] = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".pdf": "pdf"}


class ReadError(Exception):
    """A file that cannot be read; the message names the problem (not the path), and
    ``kind`` its category for ``errors.jsonl`` ("read_error" unless a reader knows better:
    "not_pdf", "encrypted", "damaged", "inflate_limit", "not_text", "too_long")."""

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


def format_of(path: Path) -> Format:
    try:
        return SUFFIX_FORMATS[path.suffix.lower()]
    except KeyError:
        raise ReadError(f"unsupported file type {path.suffix or '(none)'!r}: expected .txt, .html, .htm or .pdf")


def read_path(path: str | Path, pdf_backend: str = "pdfminer") -> ReadResult:
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
    return read_bytes(raw, fmt, pdf_backend=pdf_backend)


def read_bytes(raw: bytes, fmt: Format, pdf_backend: str = "pdfminer") -> ReadResult:
    from .garbage import refuse_binary

    digest = hashlib.sha256(raw).hexdigest()
    warnings: list[str] = []
    pages: Optional[int] = None
    if fmt == "text":
        from .text import decode_text

        text = decode_text(raw, warnings)
        refuse_binary(text, "a text")
    elif fmt == "html":
        from .html import html_to_text

        text = html_to_text(raw, warnings)
        refuse_binary(text, "an HTML")
    else:
        from .pdf import pdf_to_text

        text, pages = pdf_to_text(raw, warnings, backend=pdf_backend)
    canonical = normalise(text)
    if not canonical and fmt == "text":
        warnings.append("no text: the file is empty or holds only white space")
    return ReadResult(canonical, fmt, digest, pages, warnings)


def read_text(text: str) -> ReadResult:
    raw = text.encode("utf-8")
    return ReadResult(normalise(text), "text", hashlib.sha256(raw).hexdigest())
