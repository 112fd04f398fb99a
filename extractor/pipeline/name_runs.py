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

_FULL = re.compile(r"^[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)*$|^(?:Mc|Mac|O['’])[A-Z][a-zà-ÿ]+$")
"""A full name word: a capital, then lower-case letters ("Brody", "McNab", "O’Dea", "Lloyd-Pike")."""
_INITIAL = re.compile(r"^[A-Z]\.?$|^(?:[A-Z]\.){2,3}$")
_LEAD_PARTICLE = re.compile(r"^(?:O['’]|Mac|Mc|Ní|Ni|Nic|Ó|Ua)$")
"""A particle printed apart from the surname it opens ("Kathleen O’ Brien", "Tom Mac Sharry")."""
_CAP_WORD = re.compile(r"[A-Z][\w'’-]+")

TWO_WORDS = 0.0
THREE_WORDS = -1.2
SEEN_ELSEWHERE = 2.0
REPEATED_GIVEN = 0.3
"""A word printed twice in the run ("John Moran ... John Joe Fennelly") is more likely a
given name than a surname: a name opening with it gets a little (breaks ties only)."""
MIN_FULL_WORDS = 4
"""Fewer full words than this and the run may well be one long name: left alone."""


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+(?![\w'’-])")


class Evidence:
    """How often each capitalised word pair and triple occurs in a document, and which
    words it writes in lower case (read once)."""

    def __init__(self, text: str) -> None:
        self.lower = set(_LOWER_WORD.findall(text))
        self.grams: Counter[str] = Counter()
        words = [(m.start(), m.end(), m.group()) for m in _CAP_WORD.finditer(text)]
        for k in range(len(words)):
            run = [words[k][2]]
            for j in range(k + 1, min(k + 3, len(words))):
                if text[words[j - 1][1]:words[j][0]].strip(" \t"):
                    break
                run.append(words[j][2])
                self.grams[" ".join(run)] += 1

    def seen_elsewhere(self, name: str) -> bool:
        """Whether ``name`` (two or three words) occurs more than once in the document."""
        return self.grams.get(name, 0) >= 2


def _kind(tok: str, particles: set[str]) -> Optional[str]:
    if _INITIAL.match(tok):
        return "initial"
    if tok in particles or _LEAD_PARTICLE.match(tok):
        return "particle"
    if _FULL.match(tok):
        return "full"
    return None


def split_run(tokens: list[str], particles: set[str], evidence: Optional[Evidence]) -> Optional[list[tuple[int, int]]]:
    """The names of a run of ``tokens`` as (first, last + 1) token ranges, or None when the
    run is too short to be several names or holds a word no name has."""
    kinds = [_kind(t, particles) for t in tokens]
    if evidence is not None and any(k == "full" and t.lower() in evidence.lower for t, k in zip(tokens, kinds)):
        return None  # "Resident", "Recorder": a word the document also writes in lower case is no name
    if tokens.count(tokens[-1]) > 1:
        return None  # "Ann Lee Resident Bo Ray Resident": a tag repeated after each name, not a name
    if any(k is None for k in kinds) or sum(1 for k in kinds if k == "full") < MIN_FULL_WORDS:
        return None
    n = len(tokens)
    seen = Counter(tokens)
    best: list[Optional[tuple[float, int]]] = [None] * (n + 1)  # score, start of the last name
    best[0] = (0.0, -1)
    for j in range(1, n + 1):
        if kinds[j - 1] != "full":
            continue  # a name ends with a full word
        for i in range(max(0, j - 5), j - 1):
            if best[i] is None:
                continue
            span = kinds[i:j]
            full = sum(1 for k in span if k == "full")
            if full > 3 or full == 3 and "initial" in span:
                continue
            if full == 1 and "initial" not in span:
                continue  # "O’ Brien" alone: a particle is no given name
            if span[0] == "particle":
                continue
            words = [t for t, k in zip(tokens[i:j], span) if k != "initial"]
            score = THREE_WORDS if full == 3 else TWO_WORDS
            if seen[tokens[i]] > 1 and span[0] == "full":
                score += REPEATED_GIVEN
            if evidence is not None and full >= 2 and evidence.seen_elsewhere(" ".join(words)):
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
