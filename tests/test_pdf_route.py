"""The PDF route gives the same minutes as the text route: a PDF made from seed_001's text
(running header, "Page N" footers, a blank page, words hyphenated at line ends) must yield
the same meetings, attendance and items as the text itself, with either PDF backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import raw_path

import extractor
from extractor.schema import Document
from pdfmaker import make_pdf

HEADER = "Children & Young People OSC – agenda pack page {page}"


@pytest.fixture(scope="session")
def seed_001_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """seed_001 laid out as a PDF once per session (about 0.3 s)."""
    path = tmp_path_factory.mktemp("route") / "seed_001.pdf"
    text = raw_path("seed_001").read_text(encoding="utf-8")
    make_pdf(text, path, header=HEADER, blank_page_after=2, hyphenate=True)
    return path


@pytest.fixture(scope="session")
def text_record(nlp) -> Document:
    return extractor.extract(raw_path("seed_001"), nlp=nlp)


def _meetings(record: Document) -> list[tuple]:
    return [(m.body, m.date) for m in record.meetings]


def _attendance(record: Document) -> list[tuple]:
    return [
        ([a.name for a in m.present], [a.name for a in m.apologies], [a.name for a in m.officers])
        for m in record.meetings
    ]


def _items(record: Document) -> list[list[tuple]]:
    return [[(i.number, i.title) for i in m.items] for m in record.meetings]


@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
def test_pdf_route_matches_text_route(nlp, seed_001_pdf: Path, text_record: Document, backend: str) -> None:
    record = extractor.extract(seed_001_pdf, nlp=nlp, pdf_backend=backend)
    assert record.source.format == "pdf" and record.source.pages and record.source.pages > 30
    assert _meetings(record) == _meetings(text_record)
    assert _attendance(record) == _attendance(text_record)
    assert _items(record) == _items(text_record)


def test_text_route_finds_the_minutes(text_record: Document) -> None:
    # seed_001 holds the minutes of 20 July 2021 (its agenda is for 30 September), so the
    # comparison above is not between two empty records.
    assert ("Children & Young People Overview and Scrutiny Committee", "2021-07-20") in _meetings(text_record)
    assert any(items for items in _items(text_record))


SEVERAL = ["seed_000", "seed_003", "dev_001", "dev_037", "dev_060", "dev_074", "dev_012"]



@pytest.mark.parametrize("prefix", SEVERAL)
@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
def test_pdf_versions_of_other_pages_match(nlp, tmp_path: Path, prefix: str, backend: str, request) -> None:
    source = raw_path(prefix)
    pdf = tmp_path / (source.stem + ".pdf")
    make_pdf(source.read_text(encoding="utf-8"), pdf, header="Minutes page {page}")
    text_record = extractor.extract(source, nlp=nlp)
    record = extractor.extract(pdf, nlp=nlp, pdf_backend=backend)
    assert text_record.meetings and any(m.items for m in text_record.meetings)
    assert _meetings(record) == _meetings(text_record)
    assert _attendance(record) == _attendance(text_record)
    assert _items(record) == _items(text_record)


@pytest.mark.parametrize("prefix", ["dev_001", "dev_037", "dev_074"])  # each has 2-3 split words
@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
def test_pdf_with_words_split_at_line_ends_matches(nlp, tmp_path: Path, prefix: str, backend: str) -> None:
    # As above, with lower-case words split by a hyphen where a line is full (as word
    # processors do): the reader re-joins the wrapped lines and mends the split words.
    source = raw_path(prefix)
    pdf = tmp_path / (source.stem + ".pdf")
    make_pdf(source.read_text(encoding="utf-8"), pdf, header="Minutes page {page}", hyphenate=True)
    text_record = extractor.extract(source, nlp=nlp)
    record = extractor.extract(pdf, nlp=nlp, pdf_backend=backend)
    assert _meetings(record) == _meetings(text_record)
    assert _attendance(record) == _attendance(text_record)
    assert _items(record) == _items(text_record)
