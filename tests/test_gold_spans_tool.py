"""The annotators' span tool: `gold_spans fill` puts each record on its own sentence."""

from __future__ import annotations

from extractor.evaluation.gold_spans import dump_gold, fill_spans
from extractor.schema import Document

TEXT = (
    "1. Licences\n"
    "The Board voted to grant a licence to Rowan Bakery. After a break the Board again voted\n"
    "on the second application, and it was agreed to grant a licence to Rowan Bakery.\n"
)


def _doc(resolutions: list[dict]) -> Document:
    return Document.model_validate({
        "schema_version": "1.0", "source": {"path": "corpus/raw/x.txt", "format": "text"},
        "meetings": [{"items": [{"number": "1", "title": "Licences", "resolutions": resolutions}]}]})


def test_a_short_decision_text_repeated_inside_a_longer_one_gets_its_own_occurrence() -> None:
    doc = _doc([{"text": "The Board voted to grant a licence to Rowan Bakery"},
                {"text": "to grant a licence to Rowan Bakery"}])
    assert fill_spans(doc, TEXT) == []
    long, short = doc.meetings[0].items[0].resolutions
    assert TEXT[long.span[0]:long.span[1]] == "The Board voted to grant a licence to Rowan Bakery"
    # the second record is the later sentence, not the copy inside the first record
    assert short.span[0] > TEXT.index("second application")
    assert TEXT[short.span[0]:short.span[1]] == "to grant a licence to Rowan Bakery"


def test_dump_gold_leaves_out_an_empty_ocr_pages() -> None:
    doc = _doc([])
    assert "ocr_pages" not in dump_gold(doc)
    doc.source.ocr_pages = [2]
    assert '"ocr_pages": [' in dump_gold(doc)
