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


def test_range_queries_and_iteration_follow_the_group_as_it_grows() -> None:
    """``within``, ``overlapping`` and ``spans`` hand back the index's ready-made Spans
    (speed pass: a SpanGroup builds a new Span on every access): they must still be the
    group's spans, in the order added, and see spans added later (not while iterating, as before)."""
    nlp = spacy.blank("en")
    text = "Pellingford asked Osterby about Quarnley lane."
    doc = nlp(text)
    S.remember_text(doc, text)
    p = text.index("Pellingford")
    o = text.index("Osterby")
    q = text.index("Quarnley")
    S.add_span(doc, S.PEOPLE, o, o + 7, "person", {"name": "Osterby"})
    S.add_span(doc, S.PEOPLE, p, p + 11, "person", {"name": "Pellingford"})
    names = lambda found: [S.data(sp, S.PEOPLE)["name"] for sp in found]  # noqa: E731
    assert names(S.within(doc, S.PEOPLE, 0, len(text))) == ["Osterby", "Pellingford"]  # order added
    assert names(S.overlapping(doc, S.PEOPLE, o + 2, o + 3)) == ["Osterby"]
    assert [sp.text for sp in S.spans(doc, S.PEOPLE)] == ["Osterby", "Pellingford"]
    # a span added after the index was built: every query sees it
    S.add_span(doc, S.PEOPLE, q, q + 8, "person", {"name": "Quarnley"})
    assert names(S.within(doc, S.PEOPLE, q, len(text))) == ["Quarnley"]
    assert [sp.text for sp in S.spans(doc, S.PEOPLE)] == ["Osterby", "Pellingford", "Quarnley"]
    # a span added while iterating is not yielded, as in the SpanGroup's own iteration
    seen = []
    for sp in S.spans(doc, S.PEOPLE):
        seen.append(sp.text)
        if len(seen) == 1:
            S.add_span(doc, S.PEOPLE, len(text) - 5, len(text) - 1, "person", {"name": "lane"})
    assert seen == ["Osterby", "Pellingford", "Quarnley"]
    assert [sp.text for sp in S.spans(doc, S.PEOPLE)] == ["Osterby", "Pellingford", "Quarnley", "lane"]
    S.reset(doc, S.PEOPLE)
    assert list(S.spans(doc, S.PEOPLE)) == [] and S.within(doc, S.PEOPLE, 0, len(text)) == []
