"""Refuse uploads that cannot be minutes before a worker spends time on them.

Why here and not in the readers: the CLI reads what a person chose from their own
disk, and a text reader that falls back to cp1252 turns any bytes into "text". A
service takes bytes from anyone, so an executable or an archive named ``.txt`` gets a
clear 422 instead of a record of mojibake.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Optional

SAMPLE = 64 * 1024
_MAGIC = [
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (a Word .docx or OpenDocument file is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc, .xls)"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
]
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


def problem(path: Path, fmt: str) -> Optional[tuple[str, str]]:
    """Why the upload at ``path`` is not a ``fmt`` file of minutes, as (kind, message) with
    the kinds of ``errors.jsonl``; None if it may be."""
    with path.open("rb") as fh:
        head = fh.read(SAMPLE)
    if not head:
        return "empty", "the file is empty (0 bytes)"
    if fmt == "pdf":
        return None if b"%PDF-" in head[:1024] else ("not_pdf", _not_pdf(head))  # where the PDF reader looks
    if fmt not in ("text", "html"):
        return None  # a format with its own reader, which says what is wrong with it
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # UTF-16 text ("Unicode text" from Word) is full of NUL bytes
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return "not_text", f"the file is {what}, not {'HTML' if fmt == 'html' else 'plain text'}"
    if b"\x00" in head:
        return "not_text", "the file holds NUL bytes: it is binary, not text"
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    if controls > max(8, len(head) // 100):
        return "not_text", f"the file looks binary ({controls} control characters in its first {len(head):,} bytes), not text"
    return None


def _not_pdf(head: bytes) -> str:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"the file is named .pdf but is {what}"
    return "the file is named .pdf but has no PDF header (is it really a PDF?)"
