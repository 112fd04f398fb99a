"""Refuse .docx and .odt packages that would inflate beyond the PDF reader's caps.

A Word or OpenDocument file is a zip package, and python-docx and odfpy read every
part into memory whole (pictures included), so a small file can hold a zip bomb.
Python's zipfile never hands out more than the size a member declares in the central
directory (it stops there, and a member that inflates to less fails its CRC), so the
declared sizes bound what the libraries can inflate, and are checked before they open
the file: one member over MAX_STREAM_BYTES or all together over MAX_TOTAL_BYTES (the
caps of ``pdf_inflate``) is refused as ``inflate_limit``. Pictures count against the total
only: a Word file may carry large photographs, but the libraries still load them.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from . import ReadError
from .pdf_inflate import MAX_STREAM_BYTES, MAX_TOTAL_BYTES, MB

_MEDIA = ("word/media/", "Pictures/", "media/")


def check_package(raw: bytes, what: str, kind: str) -> None:
    """ReadError (``kind``) when ``raw`` is not a zip package; ReadError ``inflate_limit``
    when its members would inflate past the caps. ``what`` names the format ("Word")."""
    try:
        members = zipfile.ZipFile(BytesIO(raw)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ReadError(f"not a readable {what} file: the file is damaged or not a {what} package "
                        f"(not a zip package: {exc})", kind=kind) from None
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > MAX_STREAM_BYTES and not member.filename.startswith(_MEDIA):
            raise ReadError(f"refused: its part {member.filename!r} inflates to {member.file_size / MB:,.0f} MB, "
                            f"over the {MAX_STREAM_BYTES // MB} MB cap (a decompression bomb?)", kind="inflate_limit")
    if total > MAX_TOTAL_BYTES:
        raise ReadError(f"refused: its parts inflate to {total / MB:,.0f} MB in all, over the "
                        f"{MAX_TOTAL_BYTES // MB} MB cap (a decompression bomb?)", kind="inflate_limit")
