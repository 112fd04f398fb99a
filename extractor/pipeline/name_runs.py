"""People printed one after another with nothing between them.

Some attendance lists part their names only by spaces ("PRESENT: Councillors Aine
Brody Cathal Dunne Ena Farr"), as a PDF export leaves a table's cells or a typist a
one-line list. Where one name ends is a guess without a list of first names, so the
guess is made from the shape of names and from the document itself:

- a name is one or two given names or initials, then a surname: two or three words of
  which the last is a full word (not an initial), particles ("de", "O’") staying with
  the word after them;
- a two-word name is the usual one, a three-word one costs a little, so that an even
  run of plain words is read as pairs ("Aine Brody Cathal Dunne");
- a word printed twice in the run opens a name rather than ends one (given names
  repeat more than surnames);
- a name the document prints again elsewhere ("Councillor Cathal Dunne proposed ...")
  is worth more than any shape, so "Ena Mary Farr" stays whole when the minutes
  name her so again.

The best reading is found by dynamic programming over the words; ``None`` means the
run is no list of names (a word that cannot be in one).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from .patterns import alternation

_FULL = re.compile(r"^[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)*$|^(?:Mc|Mac|O['’])[A-Z][a-zà-ÿ]+$")
"""A full name word: a capital, then lower-case letters ("Brody", "McNab", "O’Dea", "Lloyd-Pike")."""
_INITIAL = re.compile(r"^[A-Z]\.?$|^(?:[A-Z]\.){2,3}$")
_LEAD_PARTICLE = re.compile(r"^(?:O['’]|Mac|Mc|Ní|Ni|Nic|Ó|Ua)$")
"""A particle printed apart from the surname it opens ("Maura O’ Treanly", "Fergal Mac Tavey")."""

TWO_WORDS = 0.0
THREE_WORDS = -1.2
SEEN_ELSEWHERE = 2.0
REPEATED_GIVEN = 0.3
"""A word printed twice in the run ("Liam Corrow ... Liam Joe Fardrey") is more likely a
given name than a surname: a name opening with it gets a little (breaks ties only)."""
MIN_FULL_WORDS = 4
"""Fewer full words than this and the run may well be one long name: left alone."""


def _evidence(text: str, names: set[str], words: set[str]) -> tuple[dict[str, int], bool]:
    """How often each of ``names`` occurs in ``text``, and whether any of ``words`` also
    occurs there in lower case ("Resident", "Recorder": no name then): one scan of the text
    for the run, whatever its length."""
    if not text or not names and not words:
        return {}, False
    alts, lows = alternation(names), alternation(w.lower() for w in words)  # led by a test of the first letter
    parts = ([f"(?P<n>{alts})"] if alts else []) + ([f"(?P<l>{lows})"] if lows else [])
    rx = re.compile(rf"(?<![\w'’-])(?:{'|'.join(parts)})(?![\w'’-])")
    counts: dict[str, int] = {}
    for m in rx.finditer(text):
        if m.lastgroup == "l":
            return counts, True
        key = " ".join(m.group().split())
        counts[key] = counts.get(key, 0) + 1
    return counts, False


def _kind(tok: str, particles: set[str]) -> Optional[str]:
    if _INITIAL.match(tok):
        return "initial"
    if tok in particles or _LEAD_PARTICLE.match(tok):
        return "particle"
    if _FULL.match(tok):
        return "full"
    return None


def _candidates(tokens: list[str], kinds: list[Optional[str]]) -> list[tuple[int, int, int]]:
    """(first, last + 1, full words) of every span of the run that may be one name."""
    out = []
    for j in range(1, len(tokens) + 1):
        if kinds[j - 1] != "full":
            continue  # a name ends with a full word
        for i in range(max(0, j - 5), j - 1):
            span = kinds[i:j]
            full = sum(1 for k in span if k == "full")
            if full > 3 or full == 3 and "initial" in span or span[0] == "particle":
                continue
            if full == 1 and "initial" not in span:
                continue  # "O’ Treanly" alone: a particle is no given name
            out.append((i, j, full))
    return out


def split_run(tokens: list[str], particles: set[str], text: str) -> Optional[list[tuple[int, int]]]:
    """The names of a run of ``tokens`` as (first, last + 1) token ranges, or None when the
    run is too short to be several names or holds a word no name has. ``text``: the
    document, for the evidence."""
    kinds = [_kind(t, particles) for t in tokens]
    if tokens.count(tokens[-1]) > 1:
        return None  # "Ann Lee Resident Bo Ray Resident": a tag repeated after each name, not a name
    if any(k is None for k in kinds) or sum(1 for k in kinds if k == "full") < MIN_FULL_WORDS:
        return None
    n = len(tokens)
    seen = Counter(tokens)
    cands = _candidates(tokens, kinds)
    plain = {k: " ".join(t for t, kd in zip(tokens[i:j], kinds[i:j]) if kd != "initial") for k, (i, j, f) in enumerate(cands)}
    counts, lower = _evidence(text, {plain[k] for k, c in enumerate(cands) if c[2] >= 2},
                              {t for t, k in zip(tokens, kinds) if k == "full"})
    if lower:
        return None  # "Resident", "Recorder": a word the document also writes in lower case is no name
    best: list[Optional[tuple[float, int]]] = [None] * (n + 1)  # score, start of the last name
    best[0] = (0.0, -1)
    for k, (i, j, full) in enumerate(cands):  # ordered by j, so every best[i] is final when read
        if best[i] is None:
            continue
        score = THREE_WORDS if full == 3 else TWO_WORDS
        if seen[tokens[i]] > 1 and kinds[i] == "full":
            score += REPEATED_GIVEN
        if full >= 2 and counts.get(plain[k], 0) >= 2:
            score += SEEN_ELSEWHERE
        total = best[i][0] + score
        if best[j] is None or total > best[j][0]:
            best[j] = (total, i)
    if best[n] is None:
        return None
    out: list[tuple[int, int]] = []
    j = n
    while j > 0:
        i = best[j][1]
        out.append((i, j))
        j = i
    out.reverse()
    return out if len(out) >= 2 else None
