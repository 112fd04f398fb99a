"""Movers and seconders as speakers.

The guidelines make whoever moves or seconds a motion a speaker in that item. The
speakers component finds them where the people component named them; a mover the
resolutions component reads off the motion's position alone ("Motion to approve by
Wendle, seconded Brask", a club's "RA/DEC") would otherwise be no speaker at all.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Doc

from . import spans as S
from .titles import Titles

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _words(name: str, skip: frozenset[str]) -> set[str]:
    """Lower-case name words of two letters or more, without titles and honorifics."""
    return {w.lower() for w in _WORD.findall(name) if len(w) > 1 and w.lower() not in skip}


def title_words(titles: Titles) -> frozenset[str]:
    """Lower-case words of titles and honorifics: no name words when people are compared."""
    words = {w.lower().rstrip(".") for printed in titles.table for w in printed.split()}
    return frozenset(words | {h.lower() for h in titles.honorifics} | {w.lower() for w in titles.not_names})


def _runs_on(bare: str, titles: Titles, skip: frozenset[str]) -> bool:
    """A title word after the name's first word: a reading that ran past the name into
    the motion ("COUNCILLOR ANN LEETHAT COUNCIL APPROVE"), no one to name."""
    words = _WORD.findall(bare)
    while words and words[0] in titles.honorifics:
        words = words[1:]
    return any(w.lower() in skip for w in words[1:])


def add_mover_speaker(doc: Doc, start: int, end: int, name: Optional[str], titles: Titles,
                      skip: frozenset[str], role: Callable[[str], Optional[str]] = lambda _: None) -> None:
    """A speaker record for the mover or seconder printed at ``text[start:end]`` named
    ``name`` (role: the title it opens with, as for any titled speaker, else ``role(name)``:
    what the meeting's lists give that person), unless a speaker
    span covers the mention or a speaker of the same item shares a name word with it
    (the same person, named fuller or shorter there)."""
    if not name:
        return
    lead, bare = titles.split(name)
    mine = _words(name, skip)
    if not mine or _runs_on(bare, titles, skip) or S.overlapping(doc, S.SPEAKERS, start, end):
        return
    items = S.overlapping(doc, S.ITEMS, start, end)
    if not items:
        return
    lo, hi = S.char_range(items[0], S.ITEMS)
    for sp in S.within(doc, S.SPEAKERS, lo, hi):
        other = S.data(sp, S.SPEAKERS).get("name")
        if other and mine & _words(other, skip):
            return
    S.add_span(doc, S.SPEAKERS, start, end, "speaker", {"name": name, "role": lead[0].role if lead else role(name)})
