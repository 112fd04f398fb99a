"""Structure invariants on every corpus input: spans inside the text, items that do not
overlap, start at their heading and contain their body; the same results after a save
and reload of the pipeline."""

from __future__ import annotations

import pytest
import spacy

from conftest import DEV_PAGES, SEEDS
from extractor.pipeline import spans as S
from structure_util import file_text, structure_doc

FILES = [p.name for p in SEEDS + DEV_PAGES]


def summary(doc) -> list[tuple]:
    out = []
    for key in (S.MEETINGS, S.MEETING_FIELDS, S.ATTENDEES, S.ITEMS):
        for sp in S.spans(doc, key):
            d = {k: v for k, v in S.data(sp, key).items()}
            out.append((key, sp.label_, tuple(sorted(d.items()))))
    return out


@pytest.mark.parametrize("name", FILES)
def test_structure_invariants(nlp, name):
    text = file_text(name[:8])
    doc = structure_doc(nlp, text)
    n = len(text)
    meetings = [S.char_range(sp, S.MEETINGS) for sp in S.spans(doc, S.MEETINGS)]
    assert meetings, f"{name}: no meeting"
    for key in (S.MEETINGS, S.MEETING_FIELDS, S.ATTENDEES, S.ITEMS):
        for sp in S.spans(doc, key):
            s, e = S.char_range(sp, key)
            assert 0 <= s < e <= n, f"{name}: {key} span {s, e} outside the text"
            if key != S.MEETINGS:
                assert any(ms <= s and e <= me for ms, me in meetings), f"{name}: {key} {s, e} outside any meeting"
    items = sorted(S.spans(doc, S.ITEMS), key=lambda sp: S.char_range(sp, S.ITEMS))
    previous_end = -1
    for sp in items:
        d = S.data(sp, S.ITEMS)
        s, e = S.char_range(sp, S.ITEMS)
        assert s >= previous_end, f"{name}: items overlap at {s}"
        previous_end = e
        assert s <= d["heading_end"] <= e, f"{name}: heading_end outside item {d}"
        heading = text[s:d["heading_end"]]
        if d.get("title"):
            first_word = d["title"].split()[0]
            assert first_word in heading, f"{name}: item does not start with its heading {heading!r}"
        if d.get("number"):
            printed = d["number"].split("(")[-1].rstrip(")").split()[-1]  # "1(2)" is printed "(2)"
            assert printed in heading, f"{name}: number {d['number']} not in heading {heading!r}"
        # the body: some text after the heading lies inside the item
        assert text[d["heading_end"]:e].strip() or e == d["heading_end"], f"{name}: item without body"
    for sp in S.spans(doc, S.ATTENDEES):
        d = S.data(sp, S.ATTENDEES)
        s, e = S.char_range(sp, S.ATTENDEES)
        surname = d["name"].split()[-1]
        assert surname in text[s:e], f"{name}: attendee {d['name']} not in its span {text[s:e]!r}"


def test_save_and_reload_keeps_behaviour(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    for prefix in ("seed_001", "dev_012", "dev_037", "dev_074"):
        text = file_text(prefix)
        assert summary(structure_doc(reloaded, text)) == summary(structure_doc(nlp, text))


def test_without_sections_the_whole_text_is_one_minutes_part(nlp):
    """Each component tolerates missing upstream parts: run on the minutes slice of seed 001 alone."""
    text = file_text("seed_001")
    start = text.index("Children & Young People Overview and Scrutiny Committee\n\nTuesday 20 July 2021")
    end = text.index("This page is intentionally left blank", start)
    doc = nlp.make_doc(text[start:end])
    for name in ("minutes_meeting", "minutes_attendance", "minutes_items"):
        doc = nlp.get_pipe(name)(doc)
    assert S.PARTS not in doc.spans or len(doc.spans[S.PARTS]) == 0
    (meeting,) = list(S.spans(doc, S.MEETINGS))
    assert S.data(meeting, S.MEETINGS)["date"] == "2021-07-20"
    numbers = [S.data(sp, S.ITEMS)["number"] for sp in S.spans(doc, S.ITEMS)]
    assert numbers == ["1(1)", "1(2)", "1(3)", "2", "3(1)", "3(2)", "4", "5", "6", "7", "8", "9", "10"]
    labels = [sp.label_ for sp in S.spans(doc, S.ATTENDEES)]
    assert (labels.count("present"), labels.count("officers"), labels.count("apologies")) == (6, 4, 5)
