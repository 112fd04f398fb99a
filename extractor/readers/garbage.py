"""Text that is not text: control codes and placeholders where words should be.

A PDF whose fonts map their glyphs to no characters gives PDFium's raw character codes
(control characters, private-use code points) and pdfminer's "(cid:N)" placeholders;
a binary file named .txt decodes to control codes and replacement characters. Read as
minutes, such text turned into hundreds of invented figures. So a PDF page that is
mostly such codes is dropped with a warning, and a text or HTML file that is a large
share of them is refused: a warning instead of made-up data.
"""

from __future__ import annotations

import re

from . import ReadError

# Control characters other than tab and the line breaks normalise() handles, the
# replacement character, private-use code points, and pdfminer's (cid:N) placeholders.
_BAD = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]|\(cid:\d+\)")
_SPACE = re.compile(r"\s+")
PAGE_SHARE = 0.3  # a PDF page with more unreadable glyphs than this is dropped
FILE_SHARE = 0.1  # a text/HTML file with more than this is refused (real text has ~none)
UNREADABLE_PDF = "text layer unreadable: fonts have no text mapping"


def unreadable_share(text: str) -> float:
    """The share of the visible glyphs of ``text`` that are codes, not characters
    (a "(cid:N)" placeholder counts as one glyph)."""
    if not _BAD.search(text):
        return 0.0
    bad = _BAD.findall(text)
    glyphs = len(_SPACE.sub("", text)) - sum(len(b) - 1 for b in bad)
    return len(bad) / glyphs if glyphs > 0 else 0.0


def drop_unreadable_pages(pages: list[str], warnings: list[str]) -> list[str]:
    """The pages, with those that are mostly unmapped glyphs emptied; one warning for all."""
    dropped = [i for i, page in enumerate(pages) if unreadable_share(page) > PAGE_SHARE]
    if not dropped:
        return pages
    if len(dropped) == len(pages):
        warnings.append(f"{UNREADABLE_PDF}; nothing was extracted from it")
    else:
        numbers = ", ".join(str(i + 1) for i in dropped[:10]) + (" ..." if len(dropped) > 10 else "")
        warnings.append(f"{UNREADABLE_PDF} on {len(dropped)} of {len(pages)} pages (page {numbers}); "
                        "nothing was extracted from them")
    skip = set(dropped)
    return ["" if i in skip else page for i, page in enumerate(pages)]


def refuse_binary(text: str, what: str) -> None:
    """ReadError (kind "not_text") for a decoded text or HTML file that is largely control
    codes and undecodable bytes: a binary file with a text file's name."""
    share = unreadable_share(text)
    if share > FILE_SHARE:
        raise ReadError(f"not {what} file: {share:.0%} of its characters are control codes or "
                        "undecodable bytes (binary data under a text name?)", kind="not_text")
