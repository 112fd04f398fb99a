"""Where a pattern's necessary words occur, found with ``str.find`` on a lower-case copy.

A regex scan costs CPython some 50-90 ns a character, and the decision readers used to
run a dozen of them over every line only to learn that the line says nothing about a
vote. ``str.find`` skips through text many times faster. So each reader lists words
that any match of its regexes must contain (``necessary_words``), finds where they
occur once per document (``WordHits``), and runs the regexes only on lines or
sentences holding one: a gate that may say "yes" wrongly but never "no" wrongly, so
the output is the same.

Why a lower-case copy is exact enough: for ASCII words, ``re.IGNORECASE`` and
``str.lower`` agree on every character except three. "ı" and "ſ" match "i" and "s"
under IGNORECASE but lower-case to themselves, and "İ" lower-cases to two characters,
which would shift offsets. For a text containing any of them the gate is off (always
"yes").
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterable, Optional

_UNSAFE = ("ı", "ſ")


def necessary_words(phrases: Iterable[str]) -> Optional[tuple[str, ...]]:
    """Lower-case words, one of which every occurrence of any of ``phrases`` contains
    (as ``patterns.alternation`` prints them: spaces flexible, the rest literal).

    A one-word phrase gives itself; a longer one is covered by a word already chosen
    that one of its pieces contains ("were lost" by "lost"), else gives its longest
    piece. None when there is no safe set: no phrases (an empty alternation matches
    anywhere), or a piece that is not ASCII."""
    split = []
    for phrase in phrases:
        pieces = [p.lower() for p in phrase.split(" ") if p]
        if not pieces or not all(p.isascii() for p in pieces):
            return None
        split.append(pieces)
    if not split:
        return None
    words = {pieces[0] for pieces in split if len(pieces) == 1}
    for pieces in sorted((p for p in split if len(p) > 1), key=len):
        if not any(w in p for p in pieces for w in words):
            words.add(max(pieces, key=len))
    # a word that contains another adds no occurrence the shorter one lacks
    keep = [w for w in words if not any(o != w and o in w for o in words)]
    return tuple(sorted(keep))


_last: tuple[Optional[str], Optional[str]] = (None, None)  # (text, lowered): one document


def lowered(text: str) -> Optional[str]:
    """``text.lower()`` when it is a safe stand-in for IGNORECASE matching, else None.
    Kept for the last text seen, since several readers gate the same document."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    low: Optional[str] = None
    if not any(c in text for c in _UNSAFE):
        low = text.lower()
        if len(low) != len(text):
            low = None
    _last = (text, low)
    return low


class WordHits:
    """Start offsets of some words in one text; ``any_in`` answers "is one inside?"."""

    def __init__(self, low: Optional[str], words: Optional[tuple[str, ...]]) -> None:
        self._starts: Optional[list[int]] = None  # None: no gate, every range may match
        if low is None or words is None:
            return
        starts: list[int] = []
        for w in words:
            pos = low.find(w)
            while pos >= 0:
                starts.append(pos)
                pos = low.find(w, pos + 1)
        starts.sort()
        self._starts = starts

    def any_in(self, start: int, end: int) -> bool:
        """Whether one of the words starts in ``[start, end)`` (always True without a gate)."""
        starts = self._starts
        if starts is None:
            return True
        i = bisect_left(starts, start)
        return i < len(starts) and starts[i] < end


class Gate:
    """One reader's necessary words, with their ``WordHits`` in the last text seen
    (a reader is asked about many ranges of one document in a row)."""

    def __init__(self, words: Optional[tuple[str, ...]]) -> None:
        self.words = words
        self._last: tuple[Optional[str], Optional[WordHits]] = (None, None)

    def hits(self, text: str) -> WordHits:
        last = self._last
        if last[0] is text and last[1] is not None:
            return last[1]
        hits = WordHits(lowered(text), self.words)
        self._last = (text, hits)
        return hits
