"""One normalisation step that produces the canonical text.

PLACEHOLDER: minimal version; the readers work replaces it.
"""

from __future__ import annotations

import re

_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _BLANKS.sub("\n\n", text)
    return text.strip("\n") + "\n"
