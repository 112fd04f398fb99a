"""RTF minutes to plain text, with striprtf doing the parsing.

RTF, unlike .docx and .odt, stores list numbers as printed: Word writes each
paragraph's label in a ``{\\listtext 3.\\tab}`` group, which striprtf keeps. Older
writers (Word 6/95, WordPad) use ``{\\pntext ...}``, which striprtf drops, so where a
file has no listtext we read pntext as listtext. Table cells and rows are marked with
two private-use characters before parsing and come out as tabs and line ends (striprtf
itself writes "|", which cannot be told from a "|" in the text); the tab after a row's
last cell goes. The code page comes from ``\\ansicpgN`` (default cp1252).
"""

from __future__ import annotations

import codecs
import re

from . import ReadError

_CELL, _ROW = "\ue000", "\ue001"
# Control words end at the first non-letter; an optional numeric parameter and one space
# delimiter belong to them.
_CELL_WORD = re.compile(r"\\(?:nest)?cell(?![a-z])-?\d* ?")
_ROW_WORD = re.compile(r"\\(?:nest)?row(?![a-z])-?\d* ?")
_CODEPAGE = re.compile(r"\\ansicpg(\d+)")
_HEADER = re.compile(r"\{\\rtf", re.ASCII)
# Pictures and objects are stored as long runs of hex digits, which striprtf would walk
# a character at a time (seconds per megabyte) only to drop; no text is such a run.
_HEX_DATA = re.compile(r"[0-9a-fA-F\r\n]{1024,}")


def _unicode_escape(char: str) -> str:
    """``char`` as an RTF \\uN escape (signed 16-bit, as the format asks), in a group of
    its own so that its "no fallback character" setting (\\uc0) ends with it."""
    code = ord(char)
    return f"{{\\uc0\\u{code - 65536 if code > 32767 else code} }}"


def rtf_to_text(raw: bytes, warnings: list[str]) -> str:
    """The text of an RTF file (not yet normalised); ReadError when it is not RTF."""
    if not _HEADER.match(raw[:64].lstrip().decode("latin-1")):
        raise ReadError("not a readable RTF file: it does not start with {\\rtf (is it really RTF?)", kind="not_rtf")
    head = raw[:4096].decode("latin-1")
    match = _CODEPAGE.search(head)
    encoding = f"cp{match.group(1)}" if match else "cp1252"
    try:
        codecs.lookup(encoding)
    except LookupError:
        warnings.append(f"RTF code page {encoding} is unknown; read as cp1252")
        encoding = "cp1252"
    # RTF is 7-bit text; bytes above 127 (some writers put them in raw) are in the code page.
    source = raw.decode(encoding, errors="replace")
    source = _HEX_DATA.sub("", source)
    if "\\listtext" not in source and "\\pntext" in source:
        source = source.replace("{\\pntext", "{\\listtext")
    cell, row = _unicode_escape(_CELL), _unicode_escape(_ROW)
    source = _ROW_WORD.sub(lambda _: row, _CELL_WORD.sub(lambda _: cell, source))
    try:
        from striprtf.striprtf import rtf_to_text as strip

        text = strip(source, encoding=encoding, errors="replace")
    except MemoryError:
        raise  # the worker's memory cap, recorded as such by the batch runner
    except Exception as exc:  # noqa: BLE001 - a malformed file must not stop the run
        raise ReadError(f"not a readable RTF file: {type(exc).__name__}: {exc}", kind="damaged") from None
    return _tables(text)


def _tables(text: str) -> str:
    """Cell marks to tabs, row marks to line ends (a row's last cell needs no tab after it)."""
    if _CELL not in text and _ROW not in text:
        return text
    lines = []
    for line in text.replace(_ROW, _ROW + "\n").split("\n"):
        if line.endswith(_ROW):
            line = line[: -len(_ROW)].rstrip(" ")
            if line.endswith(_CELL):
                line = line[: -len(_CELL)]
        lines.append(line.replace(_CELL, "\t").replace(_ROW, ""))
    return "\n".join(lines)
