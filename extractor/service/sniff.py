"""Refuse, before a worker spends time on it, an upload that cannot be minutes.

Why here: a service takes bytes from anyone. The readers already refuse a binary file
under a text name (kind ``not_text``) and a ``.pdf`` with no PDF header (``not_pdf``);
this only says so sooner, and by name, for files whose first bytes are the signature of
a known binary format, and refuses an empty upload, which the CLI would turn into an
empty record with a warning. Anything else goes to the reader, so the service accepts
exactly what ``minutes extract`` accepts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

SAMPLE = 1024  # where the PDF reader looks for its header
_MAGIC = [  # signatures no text file can start with (each has a control byte or is 4+ bytes)
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (a Word .docx or OpenDocument file is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc, .xls)"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
]


def problem(path: Path, fmt: str) -> Optional[tuple[str, str]]:
    """Why the upload at ``path`` is not a ``fmt`` file of minutes, as (kind, message) with
    the kinds of ``errors.jsonl``; None if the reader should decide."""
    with path.open("rb") as fh:
        head = fh.read(SAMPLE)
    if not head:
        return "empty", "the file is empty (0 bytes)"
    what = next((name for magic, name in _MAGIC if head.startswith(magic)), None)
    if fmt == "pdf":
        if b"%PDF-" in head:
            return None
        return "not_pdf", f"the file is named .pdf but is {what}" if what else (
            "the file is named .pdf but has no PDF header (is it really a PDF?)")
    if fmt in ("text", "html") and what:
        return "not_text", f"the file is {what}, not {'HTML' if fmt == 'html' else 'plain text'}"
    return None
