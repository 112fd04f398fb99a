"""What a review page is made from: a record, the canonical text its spans point into, and
for a PDF where each page begins.

INPUT is either a minutes file (extracted here, text kept) or an extraction record (JSON).
A record written without ``--include-text`` has no text; its ``source.path`` is read again
(relative to the current folder, else to the record's folder) and checked against the
record's ``source.sha256``, so highlights are never drawn over a different text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..readers import SUFFIX_FORMATS, ReadError, read_bytes
from ..records import RecordProblem, read_record
from ..schema import Document
from .pages import pdf_page_starts


class ReviewError(Exception):
    """A usage problem, shown to the user as is (it names the file)."""


@dataclass
class Loaded:
    record: Document
    text: str
    page_starts: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # shown on the page: why something may look off


def is_record(path: Path) -> bool:
    return path.suffix.lower() == ".json"


def is_reviewable(path: Path) -> bool:
    return (is_record(path) or path.suffix.lower() in SUFFIX_FORMATS) and not path.name.startswith(".")


def _pages(raw: bytes, text: str, pdf_backend: str, notes: list[str]) -> list[int]:
    try:
        return pdf_page_starts(raw, text, pdf_backend)
    except ReadError as exc:  # pragma: no cover (the same bytes were just read)
        notes.append(f"page numbers unavailable: {exc}")
        return []


def from_minutes(path: Path, nlp=None, pdf_backend: str = "pdfminer", ocr: str = "auto") -> Loaded:  # type: ignore[no-untyped-def]
    """Extract ``path`` (text kept) and, for a PDF, place its pages."""
    from .. import api

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReviewError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    fmt = SUFFIX_FORMATS[path.suffix.lower()]
    try:
        read = read_bytes(raw, fmt, pdf_backend=pdf_backend, ocr=ocr)
    except ReadError as exc:
        raise ReviewError(f"{path}: {exc}") from None
    record = api.build_record(api.extract_doc(read, nlp), read, str(path), include_text=False)
    notes: list[str] = []
    starts = _pages(raw, read.text, pdf_backend, notes) if fmt == "pdf" else []
    return Loaded(record, read.text, starts, notes)


def _source_file(record_path: Path, source: str) -> Optional[Path]:
    given = Path(source)
    for candidate in (given, record_path.parent / given) if not given.is_absolute() else (given,):
        if candidate.is_file():
            return candidate
    return None


def from_record(path: Path, pdf_backend: str = "pdfminer") -> Loaded:
    """A record read back; its text from the record, else from its source file."""
    try:
        record = read_record(path)
    except RecordProblem as p:
        if p.kind == "invalid":
            raise ReviewError(f"{path}: not an extraction record: {p.msg} at {p.where or '(top level)'}") from None
        raise ReviewError(f"{path}: cannot read it ({p.cause})") from None
    notes: list[str] = []
    source = record.source.path
    found = _source_file(path, source) if source else None
    raw = found.read_bytes() if found is not None else None
    if raw is not None and record.source.sha256 and hashlib.sha256(raw).hexdigest() != record.source.sha256:
        if record.text is None:
            raise ReviewError(f"{path}: its source {found} has changed since it was extracted (sha256 differs), "
                              "so its spans would point at the wrong text; extract it again")
        raw = None  # the record's own text is what the spans point into; pages cannot be placed
        notes.append(f"the source file {found} has changed since extraction: no page numbers")
    if record.text is not None:
        text = record.text
    elif raw is None:
        where = f"its source file {source!r} was not found (looked beside the current folder and {path.parent})" if source \
            else "it names no source file"
        raise ReviewError(f"{path}: the record holds no text (extract with --include-text) and {where}; "
                          "review the minutes file itself instead")
    else:
        fmt = record.source.format
        try:
            text = read_bytes(raw, fmt, pdf_backend=pdf_backend).text
        except ReadError as exc:
            raise ReviewError(f"{path}: its source {found}: {exc}") from None
        end = max((s[1] for s in _spans(record)), default=0)
        if end > len(text):
            raise ReviewError(f"{path}: its spans reach past the text of {found} (read with another --pdf-backend "
                              "or extractor version?); extract it again with --include-text")
    starts = _pages(raw, text, pdf_backend, notes) if raw is not None and record.source.format == "pdf" else []
    return Loaded(record, text, starts, notes)


def _spans(record: Document) -> list[tuple[int, int]]:
    found = []
    for meeting in record.meetings:
        for group in (meeting.present, meeting.apologies, meeting.officers, meeting.items):
            found.extend(r.span for r in group if r.span)
        for item in meeting.items:
            for group in (item.speakers, item.questions, item.resolutions, item.figures, item.actions):
                found.extend(r.span for r in group if r.span)
    return found


def load(path: Path, nlp=None, pdf_backend: str = "pdfminer", ocr: str = "auto") -> Loaded:  # type: ignore[no-untyped-def]
    if not path.is_file():
        raise ReviewError(f"{path}: {'is not a file' if path.exists() else 'no such file'}")
    if is_record(path):
        return from_record(path, pdf_backend)
    if path.suffix.lower() not in SUFFIX_FORMATS:
        raise ReviewError(f"{path}: not a minutes file ({', '.join(SUFFIX_FORMATS)}) or an extraction record (.json)")
    return from_minutes(path, nlp, pdf_backend, ocr)


def load_gold(path: Path) -> Document:
    try:
        return read_record(path)
    except RecordProblem as p:
        if p.kind == "invalid":
            raise ReviewError(f"{path}: not a valid gold record: {p.msg} at {p.where or '(top level)'}") from None
        raise ReviewError(f"{path}: cannot read the gold record ({p.cause})") from None
