"""Training labels read off a gold record's spans.

Gold records point at the characters they were copied from, so each unit's roles follow
from what covers it:

- ``resolution``, ``action``, ``question``: the unit overlaps a gold record of that type
  by half of the unit or half of the record (a clause inside a sentence, or one line of
  a decision that runs over several);
- ``motion``: a unit near a gold resolution, in its item, that prints a motion or vote
  word ("Proposed by", "seconded", "Motion carried", "Ayes: 4") and names the
  resolution's mover or seconder or, where the gold states an outcome or votes, any
  such word; or the resolution's own unit when it names them ("A. Smith / B. Jones
  THAT ..."): where the gold's mover, seconder and outcome were read from, since the
  gold has no span of its own for them;
- ``answer``: one of the few units after a question, in its item, that names a person
  the gold says answered it;
- no label (other): everything else, including agendas, reports and attendance lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..evaluation.names import name_tokens
from ..pipeline.patterns import alternation, default_patterns
from ..schema import Document, Item
from .units import units

LABELS = ("resolution", "motion", "action", "question", "answer")
"""The classifier's labels, independent of each other; a unit with none is "other"."""

MOTION_WINDOW = 400  # characters around a resolution where its motion words are printed
ANSWER_UNITS = 4  # units after a question where its answer is looked for


@dataclass
class Unit:
    start: int
    end: int
    labels: set[str] = field(default_factory=set)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _covers(unit: tuple[int, int], span: tuple[int, int]) -> bool:
    ov = _overlap(unit, span)
    return ov > 0 and (ov * 2 >= unit[1] - unit[0] or ov * 2 >= span[1] - span[0])


def vote_cue_regex(patterns: Optional[dict] = None) -> re.Pattern[str]:
    """Words that print how a decision was taken, from the resolutions pattern data."""
    p = patterns if patterns is not None else default_patterns("minutes_resolutions")
    words = [w for ws in p.get("outcomes", {}).values() for w in ws]
    words += [w for ws in p.get("vote_words", {}).values() for w in ws]
    words += list(p.get("mover_cues", [])) + list(p.get("seconder_cues", []))
    words += ["moved", "seconded", "motion", "vote", "votes"]
    return re.compile(rf"\b(?:{alternation(words)})\b", re.I)


def _surnames(names: Iterable[Optional[str]]) -> list[re.Pattern[str]]:
    out = []
    for n in names:
        toks = name_tokens(n)
        if toks and len(toks[-1]) > 1:
            out.append(re.compile(rf"\b{re.escape(toks[-1])}\b", re.I))
    return out


def _items(gold: Document) -> list[Item]:
    return [it for m in gold.meetings for it in m.items]


def label_units(gold: Document, text: str, vote_cue: Optional[re.Pattern[str]] = None) -> list[Unit]:
    """Every unit of ``text`` with the roles the gold record gives it."""
    vote_cue = vote_cue or vote_cue_regex()
    out = [Unit(s, e) for s, e in units(text)]

    def in_range(lo: int, hi: int) -> list[int]:
        return [i for i, u in enumerate(out) if u.end > lo and u.start < hi]

    for item in _items(gold):
        ilo, ihi = item.span or (0, len(text))
        for kind, records in (("resolution", item.resolutions), ("action", item.actions),
                              ("question", item.questions)):
            for r in records:
                if r.span is None:
                    continue
                for i in in_range(*r.span):
                    if _covers((out[i].start, out[i].end), r.span):
                        out[i].labels.add(kind)
        for r in item.resolutions:
            if r.span is None:
                continue
            stated = r.outcome is not None or r.votes is not None
            names = _surnames([r.mover, r.seconder])
            if not names and not stated:
                continue
            lo, hi = max(ilo, r.span[0] - MOTION_WINDOW), min(ihi, r.span[1] + MOTION_WINDOW)
            for i in in_range(lo, hi):
                chunk = text[out[i].start:out[i].end]
                named = any(n.search(chunk) for n in names)
                cue = vote_cue.search(chunk) is not None
                own = _overlap((out[i].start, out[i].end), r.span) > 0
                # a mover's name alone is not enough: the same member may ask a question next to it
                if (cue and (named or stated)) or (named and own):
                    out[i].labels.add("motion")
        for q in item.questions:
            if q.span is None or not q.answered_by:
                continue
            names = _surnames(q.answered_by)
            after = [i for i in in_range(q.span[1], ihi) if out[i].start >= q.span[1] - 1][:ANSWER_UNITS]
            for i in after:
                chunk = text[out[i].start:out[i].end]
                if "question" not in out[i].labels and any(n.search(chunk) for n in names):
                    out[i].labels.add("answer")
    return out
