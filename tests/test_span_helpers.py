"""``spans.data`` and ``spans.char_range`` (speed pass: the look-up inlined) give the
exact offsets a component recorded, and the token-snapped ones when it recorded none."""

from __future__ import annotations

import spacy

from extractor.pipeline import spans as S


def test_recorded_offsets_and_fallback() -> None:
    nlp = spacy.blank("en")
    text = "Councillor Wenlow  asked about the Harrowgate bins."
    doc = nlp(text)
    S.remember_text(doc, text)
    # " Wenlow " with spaces: trimmed to "Wenlow" (11-17), the token span is the same
    span = S.add_span(doc, S.PEOPLE, 10, 18, "person", {"name": "Wenlow"})
    assert span is not None
    assert S.char_range(span, S.PEOPLE) == (11, 17)
    assert S.data(span, S.PEOPLE) == {"name": "Wenlow", "start": 11, "end": 17}
    # part of a word: the span snaps out to the whole token, the record keeps the characters
    part = S.add_span(doc, S.FIGURES, 36, 41, "x")
    assert part is not None and (part.start_char, part.end_char) == (35, 45)
    assert S.char_range(part, S.FIGURES) == (36, 41)
    # a span no component recorded data for: its own (token) offsets, and empty data
    bare = doc[4:6]  # "about the" (token 2 is the second space after "Wenlow")
    assert S.char_range(bare, S.PEOPLE) == (bare.start_char, bare.end_char) == (25, 34)
    assert S.data(bare, S.PEOPLE) == {}
    # the same offsets under another key are another record
    assert S.data(span, S.FIGURES) == {}
