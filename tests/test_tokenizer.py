"""The pipeline's tokenizer: spaCy's English rules, plus the text kept for the components."""

from __future__ import annotations

import spacy

from extractor.pipeline.spans import doc_text
from extractor.pipeline.tokenizer import TextKeepingTokenizer

TRICKY = [
    "RESOLVED:  that the report be noted.\n\n  Cllr O’Neill (Chair) – £1.2m\t(45%)",
    "",
    "\n\n",
    "İstanbul twinning: e-mail j.smith@council.gov.uk by 31/03/2025.",
]


def test_same_tokens_as_blank_english(nlp):
    blank = spacy.blank("en")
    for text in TRICKY:
        assert [t.text for t in nlp.make_doc(text)] == [t.text for t in blank(text)]


def test_components_read_exactly_the_input_text(nlp):
    for text in TRICKY:
        doc = nlp.make_doc(text)
        assert doc_text(doc) == doc.text == text


def test_saved_pipeline_keeps_the_tokenizer(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert isinstance(again.tokenizer, TextKeepingTokenizer)
    doc = again("Cllr Smith asked about the £3m budget.")
    assert doc_text(doc) == doc.text


def test_a_pack_over_a_million_characters_is_not_refused(nlp):
    """spaCy's default max_length (1,000,000 characters) would refuse a long agenda pack."""
    from extractor import extract

    para = "The Committee noted the report and thanked officers for their work on the plan.\n\n"
    text = "Minutes of the meeting held on 3 March 2024\n\nRESOLVED: That the report be noted.\n\n" + para * 13_000
    assert len(text) > 1_000_000
    record = extract(text=text, nlp=nlp)
    assert record.meetings and record.meetings[0].date == "2024-03-03"
