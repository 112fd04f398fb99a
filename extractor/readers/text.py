"""Plain-text minutes: UTF-8, falling back to cp1252 (older Word exports).

A UTF-16 byte-order mark (Word's "Unicode text" export) is honoured too.
"""

from __future__ import annotations

import codecs


def decode_text(raw: bytes, warnings: list[str]) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[3:]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        warnings.append("file is not valid UTF-8; decoded as cp1252")
        return raw.decode("cp1252", errors="replace")
