"""Hostile and odd inputs: each is read, refused or warned about in words a user can act
on, never a traceback, a hang or gigabytes of memory; and a component's bug is reported
as that component's, not as spaCy's "did you forget to call initialize()"."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from extractor import extract
from extractor.readers import ReadError, read_bytes
from hostile import (
    bomb_pdf, cyclic_pdf, deflate_bomb, nested_html, raw_pdf, scanned_pdf, scripts_html, text_pdf,
    unmapped_font_pdf,
)

BACKENDS = ["pdfminer", "pdfium"]


def _figures(record) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for m in record.meetings for i in m.items for f in i.figures]


# -- honest errors ---------------------------------------------------------------------------

MINUTES = (
    "Minutes of the Finance Committee held on 3 March 2023\n\n"
    "1. Budget\n\nThe scheme costs £1.2 billion a year.\n\n"
    "RESOLVED: that the budget be approved.\n"
)


@pytest.fixture
def figures_bug(monkeypatch):
    """minutes_figures failing as it did on 'a  year' before phrase_key: a KeyError inside."""
    from extractor.pipeline import figures

    def broken(self, text, m, g, value, ss, se, boiler):
        return {"a year": 1}["a  year"]

    monkeypatch.setattr(figures.FiguresComponent, "_describe", broken)


def test_a_component_bug_names_the_component_and_the_real_error(nlp, figures_bug) -> None:
    with pytest.raises(Exception) as caught:
        nlp(MINUTES)
    message = str(caught.value)
    assert message.startswith("minutes_figures: KeyError 'a  year' (at figures.py:")
    assert "E109" not in message and "initialize" not in message


def test_a_document_keeps_the_other_components_records_when_one_fails(nlp, figures_bug) -> None:
    record = extract(text=MINUTES, nlp=nlp)
    item = record.meetings[0].items[0]
    assert item.title == "Budget" and record.meetings[0].date == "2023-03-03"
    assert [r.text for r in item.resolutions] == ["the budget be approved"]
    assert item.figures == []
    assert len(record.warnings) == 1
    assert record.warnings[0].startswith("component failed, its records are missing: minutes_figures: KeyError")


def test_without_a_bug_there_is_no_warning_and_the_figure_is_there(nlp) -> None:
    record = extract(text=MINUTES, nlp=nlp)
    assert record.warnings == [] and _figures(record) == [(1.2e9, "GBP")]


# -- double spaces and justified PDF text ------------------------------------------------------

JUSTIFIED = ("The Committee noted that the scheme costs £1.2 billion a year and that allotment rent rises to "
             "£40 per week. Members asked whether the new site, which covers 300 square metres, would be "
             "ready by the spring. ") * 3


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_pdf_typeset_with_justified_text_extracts_its_figures(tmp_path: Path, backend: str) -> None:
    """reportlab stretches the spaces of justified lines; pdfminer reads them as double
    spaces ('by  the  spring', '£1.2  billion  a  year'), which once failed the document
    and then read '£1.2  billion' as £1.20."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    path = tmp_path / "justified.pdf"
    style = ParagraphStyle("justified", fontName="Helvetica", fontSize=10, leading=13, alignment=TA_JUSTIFY)
    SimpleDocTemplate(str(path)).build([Paragraph(JUSTIFIED, style)])
    record = extract(path, pdf_backend=backend, include_text=True)
    if backend == "pdfminer":
        assert "£1.2  billion  a  year" in record.text  # the double spaces this test is about
    assert record.warnings == []
    assert _figures(record) == [(1.2e9, "GBP"), (40.0, "GBP"), (300.0, "square metres")] * 3


@pytest.mark.parametrize("backend", BACKENDS)
def test_double_spaces_written_into_a_pdf_extract_without_error(backend: str) -> None:
    raw = text_pdf(["Minutes of the Parks Committee", "", "1.  Allotments",
                    "Allotment  rent  rises  to  £40  per  week  from  April.",
                    "The  scheme  costs  £1.2  billion  a  year."])
    read = read_bytes(raw, "pdf", pdf_backend=backend)
    record = extract(text=read.text)
    assert record.warnings == []
    assert _figures(record) == [(40.0, "GBP"), (1.2e9, "GBP")]


def test_double_spaced_plain_text_extracts_every_figure(nlp) -> None:
    text = ("Minutes  of  the  Housing  Committee\n\n1.  Rents\n\nRents  rise  by  4.5  %  to  £40  per  week;  "
            "the  programme  costs  £3  million  a  year.\n")
    record = extract(text=text, nlp=nlp)
    assert record.warnings == []
    assert _figures(record) == [(4.5, "percent"), (40.0, "GBP"), (3e6, "GBP")]


# -- decompression bombs ---------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_decompression_bomb_is_refused_quickly(backend: str) -> None:
    raw = bomb_pdf(2048)  # 2 MB on disk, 2 GB inflated
    assert len(raw) < 3 * 1024 * 1024
    started = time.monotonic()
    with pytest.raises(ReadError, match=r"^refused: a compressed stream inflates to over 64 MB") as caught:
        read_bytes(raw, "pdf", pdf_backend=backend)
    assert caught.value.kind == "inflate_limit"
    assert time.monotonic() - started < 5


def _one_page(*contents: bytes, filters: bytes = b"/FlateDecode") -> bytes:
    refs = b" ".join(b"%d 0 R" % (4 + i) for i in range(len(contents)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [" + refs + b"] >>"]
    objects += [b"<< /Length %d /Filter %s >>\nstream\n" % (len(c), filters) + c + b"\nendstream" for c in contents]
    return raw_pdf(objects)


def test_a_bomb_behind_two_flate_filters_is_refused() -> None:
    import zlib

    raw = _one_page(zlib.compress(deflate_bomb(300)), filters=b"[/FlateDecode /FlateDecode]")
    assert len(raw) < 10_000
    with pytest.raises(ReadError, match="inflates to over 64 MB"):
        read_bytes(raw, "pdf")


def test_many_streams_under_the_stream_cap_are_refused_together() -> None:
    """Seven 40 MB content streams: each under the 64 MB cap, 280 MB together."""
    raw = _one_page(*[deflate_bomb(40)] * 7)
    with pytest.raises(ReadError, match=r"inflate to over 256 MB of page data") as caught:
        read_bytes(raw, "pdf")
    assert caught.value.kind == "inflate_limit"


# -- unreadable text layers, scans, broken structure -----------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_fonts_without_a_text_mapping_give_a_warning_not_invented_figures(backend: str) -> None:
    """Glyph codes 1-60 with no ToUnicode map: PDFium gives control characters, pdfminer
    (cid:N); read as text they gave hundreds of figures. Now: nothing, and a warning."""
    read = read_bytes(unmapped_font_pdf(), "pdf", pdf_backend=backend)
    assert read.text == ""
    assert read.warnings == ["text layer unreadable: fonts have no text mapping; nothing was extracted from it"]
    record = extract(text=read.text)
    assert record.meetings == [] or _figures(record) == []


def test_only_the_unreadable_pages_of_a_pdf_are_dropped() -> None:
    from extractor.readers.garbage import drop_unreadable_pages

    warnings: list[str] = []
    pages = ["Minutes of the meeting", "\x15\x1a*\x04\x055#\x07\x18&\x04;!\x0e\x06", "RESOLVED: approved"]
    assert drop_unreadable_pages(pages, warnings) == ["Minutes of the meeting", "", "RESOLVED: approved"]
    assert warnings == ["text layer unreadable: fonts have no text mapping on 1 of 3 pages (page 2); "
                        "nothing was extracted from them"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_scan_warns_that_there_is_no_text_layer(backend: str) -> None:
    read = read_bytes(scanned_pdf(), "pdf", pdf_backend=backend, ocr="never")
    assert read.text == "" and read.warnings == ["no text layer (scanned?): the PDF's pages hold no extractable text"
                                                 " (--ocr auto reads scanned pages)"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_cyclic_page_tree_neither_hangs_nor_crashes(backend: str) -> None:
    started = time.monotonic()
    try:
        read = read_bytes(cyclic_pdf(), "pdf", pdf_backend=backend)
        assert read.text == ""
    except ReadError as exc:
        assert exc.kind == "damaged" and str(exc).startswith("not a readable PDF:")
    assert time.monotonic() - started < 5


def test_binary_junk_named_txt_is_refused_as_not_text() -> None:
    import random

    rng = random.Random(5)
    with pytest.raises(ReadError, match=r"^not a text file: 1\d% of its characters are control codes") as caught:
        read_bytes(bytes(rng.randrange(256) for _ in range(50_000)), "text")
    assert caught.value.kind == "not_text"


def test_invalid_utf8_and_utf16_text_are_read() -> None:
    latin = read_bytes(b"RESOLVED: that the fee of \xa340 be approved.\n", "text")
    assert latin.text == "RESOLVED: that the fee of £40 be approved.\n"
    assert latin.warnings == ["file is not valid UTF-8; decoded as cp1252"]
    wide = read_bytes("RESOLVED: that £40 be approved.\n".encode("utf-16"), "text")
    assert wide.text == "RESOLVED: that £40 be approved.\n" and wide.warnings == []


def test_deeply_nested_html_is_read_without_recursion() -> None:
    started = time.monotonic()
    read = read_bytes(nested_html(50_000), "html")
    assert read.text == "Minutes\n"
    assert time.monotonic() - started < 5


def test_html_full_of_scripts_keeps_only_the_visible_text() -> None:
    read = read_bytes(scripts_html(200), "html")
    assert "not minutes" not in read.text and "var a" not in read.text
    assert read.text.count("Item 1 Apologies") == 200
