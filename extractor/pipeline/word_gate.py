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
    piece. Only ASCII pieces are chosen or looked into: a phrase with a curly quote
    ('all voted “aye”') is covered by an ASCII piece of it ("voted"), which every match
    holds as printed. None when there is no safe set: no phrases (an empty alternation
    matches anywhere), or a phrase without an ASCII piece."""
    split = []
    for phrase in phrases:
        pieces = [p.lower() for p in phrase.split(" ") if p]
        if not pieces:
            return None
        plain = [p for p in pieces if p.isascii()]  # all of them for an ASCII phrase
        if not plain:
            return None
        split.append((len(pieces), plain))
    if not split:
        return None
    words = {plain[0] for n, plain in split if n == 1}
    for n, plain in sorted((s for s in split if s[0] > 1), key=lambda s: s[0]):
        if not any(w in p for p in plain for w in words):
            words.add(max(plain, key=len))
    # a word that contains another adds no occurrence the shorter one lacks
    keep = [w for w in words if not any(o != w and o in w for o in words)]
    return tuple(sorted(keep))


def first_pieces(phrases: Iterable[str]) -> Optional[tuple[str, ...]]:
    """Lower-case words, one of which starts wherever any of ``phrases`` (spaces
    flexible) starts: each phrase's first space-free piece, less those that begin
    with another. None when there is no phrase, an empty one, or a non-ASCII piece."""
    out: set[str] = set()
    for phrase in phrases:
        pieces = phrase.split()
        if not pieces or not phrase.startswith(pieces[0]) or not pieces[0].isascii():
            return None
        out.add(pieces[0].lower())
    keep = [w for w in out if not any(o != w and w.startswith(o) for o in out)]
    return tuple(sorted(keep)) if keep else None


def safe_lower(text: str) -> Optional[str]:
    """``text.lower()`` when it keeps every offset and finding an ASCII word in it is
    the same as IGNORECASE matching in ``text``; None when not (see the module notes).
    The one place that decides it, for every component that pre-scans this way."""
    if not text.isascii() and any(c in text for c in _UNSAFE):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def find_all(text: str, word: str, start: int = 0, end: Optional[int] = None) -> list[int]:
    """Every start of ``word`` in ``text[start:end]``, overlapping ones included."""
    end = len(text) if end is None else end
    out = []
    i = text.find(word, start, end)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1, end)
    return out


def starts_of(words: Iterable[str], text: str, start: int = 0, end: Optional[int] = None) -> list[int]:
    """The sorted starts of all of ``words`` in ``text[start:end]``."""
    return sorted(i for w in words for i in find_all(text, w, start, end))


_last: tuple[Optional[str], Optional[str], dict[str, list[int]]] = (None, None, {})


def _lowered(text: str) -> tuple[Optional[str], dict[str, list[int]]]:
    """``text.lower()`` when it is a safe stand-in for IGNORECASE matching (else None),
    with the offsets of the words found in it so far. Kept for the last text seen:
    several gates read the same document, and each word is searched for once."""
    global _last
    last = _last
    if last[0] is text:
        return last[1], last[2]
    low = safe_lower(text)
    seen: dict[str, list[int]] = {}
    _last = (text, low, seen)
    return low, seen


def lowered(text: str) -> Optional[str]:
    """``safe_lower(text)``, kept for the last text seen (shared with the gates). A regex
    of lower-case phrases run without re.I on it finds what the re.I regex finds in
    ``text``, at the same offsets, when the phrases' letters are ASCII (see the module
    notes; ``caseless_outside_ascii``)."""
    return _lowered(text)[0]


def caseless_outside_ascii(phrase: str) -> bool:
    """Whether ``phrase.lower()``, matched without re.I in a ``lowered`` copy, finds what
    ``phrase`` matched with re.I finds in the text. True when each character outside
    ASCII has no case ("–", "“") or is a Latin letter with one plain upper and lower case
    ("é", "ū"); not for letters the regex engine folds with others ("ß", "ı", "ſ", and the
    Greek ones, such as the two sigmas)."""
    return phrase.isascii() or all(c.isascii() or c.lower() == c == c.upper() or _plain_latin(c) for c in phrase)


def _plain_latin(c: str) -> bool:
    lo, up = c.lower(), c.upper()
    return "\u00c0" <= c <= "\u024f" and len(lo) == 1 and len(up) == 1 and lo.upper() == up and up.lower() == lo


class WordHits:
    """Start offsets of some words in one text; ``any_in`` answers "is one inside?"."""

    def __init__(self, low: Optional[str], words: Optional[tuple[str, ...]],
                 seen: Optional[dict[str, list[int]]] = None) -> None:
        """``low`` is the text to search (None: no gate); ``seen`` shares the offsets
        of words already found in it between several sets of words."""
        self._starts: Optional[list[int]] = None  # None: no gate, every range may match
        if low is None or words is None:
            return
        seen = {} if seen is None else seen
        starts: list[int] = []
        for w in words:
            found = seen.get(w)
            if found is None:
                found = seen[w] = find_all(low, w)
            starts.extend(found)
        starts.sort()
        self._starts = starts

    @property
    def gated(self) -> bool:
        """False when every range may match (no safe lower-case copy, or no words)."""
        return self._starts is not None

    def first_in(self, start: int, end: int) -> Optional[int]:
        """The first start in ``[start, end)``; without a gate, ``start`` itself."""
        starts = self._starts
        if starts is None:
            return start if start < end else None
        i = bisect_left(starts, start)
        return starts[i] if i < len(starts) and starts[i] < end else None

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
        low, seen = _lowered(text)
        hits = WordHits(low, self.words, seen)
        self._last = (text, hits)
        return hits


class GateSet:
    """Several named gates over the same text: a reader with several regexes asks,
    per range, only about the one it is going to run."""

    def __init__(self, groups: dict[str, Optional[tuple[str, ...]]]) -> None:
        self.groups = groups
        self._last: tuple[Optional[str], Optional[dict[str, WordHits]]] = (None, None)

    def hits(self, text: str) -> dict[str, WordHits]:
        last = self._last
        if last[0] is text and last[1] is not None:
            return last[1]
        low, seen = _lowered(text)
        hits = {name: WordHits(low, words, seen) for name, words in self.groups.items()}
        self._last = (text, hits)
        return hits
