"""Cheap pre-scans that tell the actions component where its regexes cannot match.

Why: the per-sentence trigger regexes are case-insensitive and start with ``\\b``, so
Python's engine tries them at every character; most sentences hold no trigger at
all. A case-sensitive scan for plain words over the lower-cased text runs several
times faster (the engine skips to the words' first letters), and a sentence with no
word found there is skipped. Sentences that pass still run the original regex, so
the results are the same; the pre-scan only has to find a superset.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from .word_gate import safe_lower as lowered  # noqa: F401  (the one safe lower-casing)
from .word_gate import starts_of


class Hits:
    """Where a pre-scan found something in a region: the start of every hit, in order,
    and the length of the longest, so a look-up can tell which sentences hold a hit."""

    def __init__(self, starts: list[int], longest: int) -> None:
        self.starts = starts
        self.longest = longest

    @classmethod
    def of_pattern(cls, pattern: re.Pattern[str], text: str, start: int, end: int) -> "Hits":
        """The non-overlapping matches of ``pattern`` in ``text[start:end]``."""
        starts, longest = [], 0
        for m in pattern.finditer(text, start, end):
            starts.append(m.start())
            longest = max(longest, m.end() - m.start())
        return cls(starts, longest)

    @classmethod
    def of_words(cls, words: tuple[str, ...], text: str, start: int, end: int) -> "Hits":
        """Every occurrence of each of ``words`` in ``text[start:end]`` (``str.find`` runs
        far faster than a regex alternation of the same words)."""
        return cls(starts_of(words, text, start, end), max(map(len, words), default=0))

    def merged(self, other: "Hits") -> "Hits":
        return Hits(sorted(self.starts + other.starts), max(self.longest, other.longest))

    def overlap(self, s: int, e: int) -> bool:
        """Whether a hit may overlap ``[s, e)`` (it may also say so for one that ends just
        before ``s``). A match of the full regex inside ``[s, e)`` always overlaps a hit:
        it holds one of the scanned words, and the scan either found that word or passed
        over it inside an earlier hit, which then reaches into ``[s, e)``."""
        i = bisect_left(self.starts, s - self.longest + 1)
        return i < len(self.starts) and self.starts[i] < e
