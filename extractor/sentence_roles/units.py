"""The units the sentence-role classifier labels: sentences and short paragraphs.

One splitter for training and for the pipeline, so the model sees at run time the same
kind of unit it was trained on. Sentences end at a stop before a capital or at a line
break, except where the break only wraps a paragraph (PDF text), which is what the
decision components' splitter does too, with the shared abbreviation list
(``models/minutes/sentences/patterns.json``).
"""

from __future__ import annotations

from ..pipeline.patterns import default_patterns
from ..pipeline.text_lines import STOP_THEN_ANY_SPACE, SentenceSplitter, abbreviation_tails, decision_abbreviation_regex

MAX_UNIT = 1200
"""Longer stretches (a table flattened onto one line) are cut into pieces of this many
characters at a space: a bag of words over thousands of characters says nothing."""

_ABBREVIATIONS = default_patterns("sentences").get("abbreviations", [])
_split = SentenceSplitter(
    decision_abbreviation_regex(_ABBREVIATIONS),
    STOP_THEN_ANY_SPACE,
    join_wraps=True,
    tails=abbreviation_tails(_ABBREVIATIONS),
)


def units(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each unit of ``text[start:end]``, trimmed, in order."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for s, e in _split(text, start, end):
        while e - s > MAX_UNIT:
            cut = text.rfind(" ", s + MAX_UNIT // 2, s + MAX_UNIT)
            cut = s + MAX_UNIT if cut < 0 else cut
            out.append((s, cut))
            s = cut + 1
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            out.append((s, e))
    return out
