"""List numbers as a reader sees them printed, for the word-processor readers.

Word and OpenDocument files do not store the "3." or "(b)" in front of a numbered
paragraph: they store a list definition (format, start value, label text) and the
application counts the paragraphs when it draws the page. Item numbers are what the
structure components key on, so the readers count the same way and put the label into
the text. The two formats differ in how lists are defined and continued; they share
the counting and the number formats here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    """Word and LibreOffice both count a, b, ... z, aa, bb, ... (the letter repeated)."""
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """``n`` in a list number format: Word's names (decimal, lowerLetter, upperRoman ...)
    or OpenDocument's ("1", "a", "A", "i", "I"); unknown formats print as decimal."""
    if fmt in ("lowerLetter", "a"):
        return _letters(n)
    if fmt in ("upperLetter", "A"):
        return _letters(n).upper()
    if fmt in ("lowerRoman", "i"):
        return _roman(n) if n > 0 else str(n)
    if fmt in ("upperRoman", "I"):
        return _roman(n).upper() if n > 0 else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt in ("none", ""):
        return ""
    return str(n)


@dataclass
class Counter:
    """The running numbers of one list, level by level (level 0 outermost).

    Numbering a paragraph at a level steps that level on (or starts it) and restarts
    every deeper level, as both applications do by default.
    """

    values: dict[int, int] = field(default_factory=dict)

    def step(self, level: int, start: int = 1, value: Optional[int] = None) -> list[int]:
        """Count one paragraph at ``level``; ``value`` forces its number (a restart).
        Returns the numbers of levels 0..level as they now stand."""
        if value is not None:
            self.values[level] = value
        elif level in self.values:
            self.values[level] += 1
        else:
            self.values[level] = start
        for deeper in [k for k in self.values if k > level]:
            del self.values[deeper]
        return [self.values.get(k, 1) for k in range(level + 1)]
