"""Plain-text minutes: UTF-8, falling back to cp1252 (older Word exports)."""

from __future__ import annotations


def decode_text(raw: bytes, warnings: list[str]) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        warnings.append("file is not valid UTF-8; decoded as cp1252")
        return raw.decode("cp1252", errors="replace")
