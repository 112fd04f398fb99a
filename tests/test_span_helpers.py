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


def test_item_regions_follow_the_groups_as_they_change() -> None:
    from extractor.pipeline.text_regions import item_regions

    nlp = spacy.blank("en")
    text = ("AGENDA\n1. Bins\n"
            "MINUTES\n1. Bins. The Wenlow depot is closed.\n2. Roads. Resurfacing begins soon.\n")
    doc = nlp(text)
    S.remember_text(doc, text)
    m = text.index("MINUTES")
    one, two = text.index("1. Bins. "), text.index("2. Roads")
    # no parts, meetings or items yet: the whole text
    assert item_regions(doc) == [(0, len(text))]
    S.add_span(doc, S.PARTS, 0, m, "agenda")
    S.add_span(doc, S.PARTS, m, len(text), "minutes")
    assert item_regions(doc) == [(m, len(text) - 1)]  # the minutes part (its trailing newline trimmed)
    S.add_span(doc, S.ITEMS, one, two - 1)
    assert item_regions(doc) == [(one, two - 1)]
    S.add_span(doc, S.ITEMS, two, len(text) - 1)
    assert item_regions(doc) == [(one, two - 1), (two, len(text) - 1)]
    regions = item_regions(doc)
    regions.append((0, 1))  # a caller's list is its own
    assert item_regions(doc) == [(one, two - 1), (two, len(text) - 1)]
    S.reset(doc, S.ITEMS)  # a component run again starts its group afresh
    assert item_regions(doc) == [(m, len(text) - 1)]
