"""Readers: every format comes out as the same kind of canonical text, without page
furniture, and unreadable files give a clear message instead of a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import RAW

from extractor.readers import ReadError, read_bytes, read_path, read_text
from extractor.readers.normalise import normalise
from extractor.readers.pdf import clean_pages, mend_hyphens
from extractor.readers.pdf_layout import Line, page_text
from pdfmaker import make_pdf, wrap, BLANK_NOTICE

CORPUS = sorted(RAW.glob("*.txt"))


# -- (a) the corpus and the normalisation step ------------------------------------------------


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name[:8])
def test_corpus_file_reads_cleanly_and_normalises_idempotently(path: Path) -> None:
    result = read_path(path)
    assert result.format == "text" and result.warnings == []
    assert result.text.strip(), "text should not be empty"
    assert normalise(result.text) == result.text
    assert "\r" not in result.text and "\u00a0" not in result.text and "\n\n\n" not in result.text


def test_corpus_bullets_become_dashes() -> None:
    # seed_000 lists four points after "The Committee noted the following information -",
    # each printed with a "·" bullet and a run of spaces.
    text = read_path(sorted(RAW.glob("seed_000*"))[0]).text
    assert "\n- There has been an increase in family meetings\n" in text
    assert "·" not in text


def test_normalise_steps() -> None:
    raw = (
        "\ufeffMinutes\r\n\r\n\r\n\r\n"
        "Present:\u00a0Councillor\u2009A Smith   \r\n"
        "  \u2022\tfirst point\n"
        "\u00b7         second point\n"
        "o\tthird point\n"
        "\uf0b7 fourth point\n"
        "\u2022   \n"
        "co\u00adoperation and \ufb01nance\u200b\n"
        " \t \n\n"
        "Item\t2\t\n"
        "\f\n"
    )
    assert normalise(raw) == (
        "Minutes\n\n"
        "Present: Councillor A Smith\n"
        "- first point\n- second point\n- third point\n- fourth point\n\n"
        "cooperation and finance\n\n"
        "Item\t2\t\n"
    )


@pytest.mark.parametrize(
    "text",
    ["", "\n", "a", "  \n\t\n", "o  x\n\u2022", "\r\r\n\n \u00a0\u2022 b \n\n\n\n", "x\t \n\t\n\n\u00b7\n", "o\to\to\n"],
)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


def test_read_text_normalises_like_files() -> None:
    assert read_text("A\r\nB  \n\n\n\nC").text == "A\nB\n\nC\n"


# -- (e) encodings ----------------------------------------------------------------------------


def test_cp1252_text_gives_warning_and_right_characters() -> None:
    raw = "Councillor Zoë O’Neill – £5,000 agreed".encode("cp1252")
    result = read_bytes(raw, "text")
    assert result.text == "Councillor Zoë O’Neill – £5,000 agreed\n"
    assert any("cp1252" in w for w in result.warnings)


def test_utf8_bom_is_stripped_without_warning() -> None:
    result = read_bytes(b"\xef\xbb\xbfMinutes\n", "text")
    assert result.text == "Minutes\n" and result.warnings == []


def test_utf16_text_with_bom() -> None:
    result = read_bytes("Minutes – £5\r\n".encode("utf-16"), "text")
    assert result.text == "Minutes – £5\n" and result.warnings == []


def test_html_charset_from_meta_and_fallback() -> None:
    body = "<p>Councillor Zoë O’Neill – £5</p>"
    declared = ('<html><head><meta charset="windows-1252"></head><body>' + body).encode("cp1252")
    result = read_bytes(declared, "html")
    assert result.text == "Councillor Zoë O’Neill – £5\n" and result.warnings == []
    undeclared = ("<html><body>" + body).encode("cp1252")
    result = read_bytes(undeclared, "html")
    assert result.text == "Councillor Zoë O’Neill – £5\n"
    assert any("cp1252" in w for w in result.warnings)


# -- (b) HTML -------------------------------------------------------------------------------

MODERNGOV_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Agenda for Planning Committee on Tuesday, 4th March, 2025 - Borough Council</title>
<script type="text/javascript">var menu = "<p>Menu text</p>"; if (a < b) { go(); }</script>
<style>.mgSubTitleTxt { color: #333; }</style>
</head>
<body>
<form id="aspnetForm" method="post">
<a href="#mainContent" class="skip-link">Skip to main content</a>
<div id="cookieBanner" class="cookie-banner"><p>We use cookies on this site.</p><button>Accept all</button></div>
<header class="site-header"><a href="/"><img src="logo.png" alt="Borough Council logo"></a>
  <nav class="main-nav"><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/tax">Council tax</a></li></ul></nav>
</header>
<div id="modgov">
<div class="mgBreadCrumbs"><a href="/">Home</a> &gt; <a href="mgListCommittees.aspx">Committees</a> &gt; Agenda item</div>
<ul class="mgActionList" role="navigation"><li><a href="x.pdf">Printed minutes</a></li></ul>
<div id="mainContent" class="mgContent">
<h1 class="mgMainTitleTxt">Minutes:</h1>
<h2 class="mgSubTitleTxt">Planning Committee &ndash; Tuesday, 4th March, 2025 7.00 pm</h2>
<p>Venue:&nbsp;Council Chamber, Town&nbsp;Hall</p>
<p><strong>Present:</strong> Councillor Ann Smith (Chair), Councillor Raj Patel<br>
Apologies: Councillor Tom O&#8217;Brien</p>
<table class="mgItemTable" summary="Items">
<tr><th>No.</th><th>Item</th></tr>
<tr><td class="mgItemNumberCell"><p>12.</p></td>
    <td><p class="mgAiTitleTxt">Minutes of the previous meeting</p>
        <p>The minutes of the meeting held on 4 February 2025 were agreed as a correct record.</p></td></tr>
<tr><td>13.</td><td><p class="mgAiTitleTxt">Planning applications &amp; appeals</p>
  <ul><li>Application A &ndash; approved</li><li>Application B &ndash; refused</li></ul>
  <ol><li>That the report be noted.</li><li>That officers report back.</ol></td></tr>
</table>
<noscript><p>Please enable JavaScript.</p></noscript>
<div style="display:none">Hidden text</div>
</div>
</div>
<footer><p>&copy; Borough Council 2025 | <a href="/privacy">Privacy</a></p></footer>
</form>
<script>trackPage();</script>
</body></html>
"""


def test_moderngov_page_gives_content_lines_without_furniture() -> None:
    result = read_bytes(MODERNGOV_PAGE.encode("utf-8"), "html")
    assert result.format == "html" and result.warnings == []
    assert result.text == (
        "Minutes:\n"
        "\n"
        "Planning Committee – Tuesday, 4th March, 2025 7.00 pm\n"
        "\n"
        "Venue: Council Chamber, Town Hall\n"
        "\n"
        "Present: Councillor Ann Smith (Chair), Councillor Raj Patel\n"
        "Apologies: Councillor Tom O’Brien\n"
        "\n"
        "No.\tItem\n"
        "12.\tMinutes of the previous meeting\n"
        "\n"
        "The minutes of the meeting held on 4 February 2025 were agreed as a correct record.\n"
        "\n"
        "13.\tPlanning applications & appeals\n"
        "\n"
        "- Application A – approved\n"
        "- Application B – refused\n"
        "\n"
        "1. That the report be noted.\n"
        "2. That officers report back.\n"
    )
    for noise in ("Skip to", "cookies", "Accept", "Bins", "Home", "Committees", "Printed minutes",
                  "Menu text", "color", "JavaScript", "Hidden", "Privacy", "trackPage", "logo", "Agenda for"):
        assert noise not in result.text, noise


def test_list_items_holding_paragraphs_stay_one_line_each() -> None:
    page = b"<ul><li><p>First point</p></li><li></li><li> Second<br>line</li></ul><ol start='3'><li>x<li><b>y</b> z</ol>"
    assert read_bytes(page, "html").text == "- First point\n- Second\nline\n\n3. x\n4. y z\n"


def test_header_inside_article_is_content() -> None:
    page = b"<body><header>Site</header><article><header><h1>Cabinet</h1></header><p>Text</p></article></body>"
    assert read_bytes(page, "html").text == "Cabinet\n\nText\n"


def test_html_file_by_suffix(tmp_path: Path) -> None:
    path = tmp_path / "item.htm"
    path.write_text("<p>One</p><p>Two</p>", encoding="utf-8")
    result = read_path(path)
    assert result.format == "html" and result.text == "One\n\nTwo\n"


# -- (c) PDF ---------------------------------------------------------------------------------

# About four A4 pages of minutes-like text made of distinct sentences (so no body line
# repeats across pages as a running header would); the layout splits some lower-case
# words at line ends (checked below with pdfmaker.wrap).
PARAGRAPHS = [
    "Planning Committee",
    "Minutes of the meeting held on Tuesday 4 March 2025 at 7.00 pm",
    "Present: Councillor Ann Smith (Chair), Councillor Raj Patel (Vice-Chair), Councillor Tom O’Brien",
    "12. Minutes of the previous meeting",
    "RESOLVED: That the minutes of the meeting held on 4 February 2025 be approved as a correct record.",
]
SENTENCES = [
    "Members discussed the application at length and heard from the applicant’s agent.",
    "Representatives of the parish council raised neighbourhood infrastructure concerns.",
    "The highways officer explained the transport considerations and drainage responsibilities.",
    "Several residents objected to the height of the proposed extension.",
    "The case officer confirmed that the conservation consultee had no objection.",
    "Councillor Patel asked whether the affordable housing contribution was sufficient.",
    "The legal adviser summarised the relevant national planning policies.",
    "Members noted the comprehensive landscaping scheme and the construction management plan.",
]
BODY = [
    f"{n}. " + " ".join(SENTENCES[(n + 3 * j) % len(SENTENCES)] for j in range(4))
    for n in range(13, 41)
]
PDF_TEXT = "\n\n".join(PARAGRAPHS + BODY)
HEADER = "Planning Committee 4 March 2025 – minutes page {page}"


@pytest.fixture(scope="module")
def minutes_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("pdf") / "minutes.pdf"
    pages = make_pdf(PDF_TEXT, path, header=HEADER, blank_page_after=1, hyphenate=True)
    return path, pages


def _words(text: str) -> list[str]:
    return text.split()


def test_pdfmaker_really_hyphenates_and_adds_furniture() -> None:
    from pdfmaker import A4, MARGIN

    lines = [line for para in PDF_TEXT.split("\n") for line in wrap(para, A4[0] - 2 * MARGIN, hyphenate=True)]
    assert sum(line.endswith("-") for line in lines) >= 3, "the test text should force split words"


@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
def test_pdf_gives_back_the_text_without_page_furniture(minutes_pdf: tuple[Path, int], backend: str) -> None:
    path, made_pages = minutes_pdf
    result = read_path(path, pdf_backend=backend)
    assert result.format == "pdf" and result.warnings == []
    # 150 lines at 52 lines a page fill 3 pages, plus the blank page after page 1.
    assert made_pages == 4 and result.pages == 4
    assert _words(result.text) == _words(PDF_TEXT)  # no header, footer, blank note; words mended
    assert "minutes page" not in result.text and "Page " not in result.text
    assert BLANK_NOTICE not in result.text
    assert "-\n" not in result.text
    # Paragraph starts survive as line starts.
    assert "\n12. Minutes of the previous meeting\n" in result.text
    assert normalise(result.text) == result.text


# Lines longer than the A4 text width (each checked below to wrap), between short lines
# that must stay lines of their own. Invented text.
WRAPPED = [
    "Minutes of the Parish Council Meeting held in the Village Hall, Church Lane, on Monday 3rd March 2025 at 7.30pm",
    "Present: Councillor Ann Smith (Chair), Councillor Raj Patel, Councillor Tom O’Brien, Councillor Mary Jones, Councillor Peter Brown and Councillor Sue Green",
    "Apologies: Councillor Li Wei",
    "",
    "12. Planning applications received since the last meeting of the Council, including the application for the former school site",
    "- Application for a two storey extension at the rear of the property",
    "- Application for a new vehicle access",
    "(a) That the report be noted and that officers report back to the next meeting with the options set out in the report.",
    "(b) That the Clerk write to the applicant.",
    "",
    "Signed",
    "Chair",
]


def test_pdfmaker_really_wraps_the_long_lines() -> None:
    from pdfmaker import A4, MARGIN

    wrapped = [line for line in WRAPPED if len(wrap(line, A4[0] - 2 * MARGIN)) > 1]
    assert len(wrapped) == 4


@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
def test_pdf_lines_wrapped_by_the_layout_come_back_whole(tmp_path: Path, backend: str) -> None:
    # The header, the attendance list, the item title and the resolution each come back as
    # the one line they were; the short lines around them (list entries, "(b) ...", the
    # signature block) stay lines of their own, as in the text the PDF was made from.
    path = tmp_path / "wrapped.pdf"
    make_pdf("\n".join(WRAPPED), path)
    assert read_path(path, pdf_backend=backend).text == normalise("\n".join(WRAPPED))


def _page(*lines: tuple[str, float, float], step: float = 13.0, word: float = 25.0) -> list[Line]:
    """Lines of 10 pt text 13 pt apart: (text, left edge, right edge) each; a column from 50 to 540."""
    return [Line(text, x0, x1, 700 - i * step, 10.0, word) for i, (text, x0, x1) in enumerate(lines)]


FULL = ("The Committee considered the report of the Director and", 50.0, 538.0)
LAST = ("asked for a further report.", 50.0, 180.0)


def test_layout_rejoins_a_line_that_ran_to_the_margin() -> None:
    lines = _page(FULL, ("the comments made at the meeting, and", 50.0, 536.0), LAST)
    assert page_text(lines) == (
        "The Committee considered the report of the Director and the comments made at the meeting, and asked for a further report."
    )


@pytest.mark.parametrize(
    "case, lines",
    [
        ("the next word would have fitted", _page(FULL, ("Councillor", 50.0, 480.0), LAST, word=40.0)),
        ("a paragraph gap", _page(FULL, FULL, LAST, step=26.0)),
        ("the next line is indented", _page(FULL, FULL, ("asked for a further report.", 86.0, 220.0))),
        ("a numbered entry", _page(FULL, FULL, ("12. Any other business", 50.0, 200.0))),
        ("a lettered entry", _page(FULL, FULL, ("(b) That the Clerk write to the applicant.", 50.0, 300.0))),
        ("a bullet", _page(FULL, FULL, ("\u2022 Application for a new access", 50.0, 260.0))),
        ("a label", _page(FULL, FULL, ("Apologies: Councillor A Smith", 50.0, 240.0))),
        ("a table row", _page(FULL, FULL, ("Name\tRole", 50.0, 240.0))),
    ],
)
def test_layout_keeps_line_breaks_that_are_not_wraps(case: str, lines: list[Line]) -> None:
    assert page_text(lines).split("\n")[-1] == lines[-1].text, case


def test_layout_rejoins_a_bullet_wrapped_to_its_hanging_indent() -> None:
    lines = _page(("\u2022 The Committee considered the report of the Director and", 50.0, 538.0),
                  ("asked for a further report.", 64.0, 200.0), ("Next paragraph", 50.0, 120.0))
    assert page_text(lines) == (
        "\u2022 The Committee considered the report of the Director and asked for a further report.\nNext paragraph"
    )


def test_layout_leaves_a_hyphen_at_a_wrap_to_the_mending_rule() -> None:
    lines = _page(("The report gave further infor-", 50.0, 539.0), ("mation on the costs.", 50.0, 150.0), FULL, LAST)
    text = page_text(lines)
    assert text.startswith("The report gave further infor-\nmation on the costs.\nThe Committee")
    assert mend_hyphens(text).startswith("The report gave further information on the costs.\n")


@pytest.mark.parametrize(
    "next_first, joined",
    [("asked for a further report.", True), ("12. Any other business", False), ("Apologies: Councillor A Smith", False)],
)
def test_a_paragraph_goes_on_across_the_page_break(next_first: str, joined: bool) -> None:
    # Page 1 ends with a line that ran to the margin; page 2 (after its running header)
    # starts at the left edge. Both pages carry the header "Cabinet" and a page number.
    one = [Line("Cabinet", 50.0, 95.0, 800.0, 10.0, 40.0), *_page(FULL, FULL), Line("1", 290.0, 296.0, 60.0, 10.0, 6.0, True)]
    two = [Line("Cabinet", 50.0, 95.0, 800.0, 10.0, 40.0), *_page((next_first, 50.0, 200.0), FULL, LAST),
           Line("2", 290.0, 296.0, 60.0, 10.0, 6.0, True)]
    for lines in (one, two):
        lines[1].block_start = True
    text = clean_pages([page_text(one), page_text(two)], [one, two])
    separator = " " if joined else "\n\n"
    assert text == FULL[0] + " " + FULL[0] + separator + next_first + "\n" + FULL[0] + " " + LAST[0]


def test_clean_pages_removes_running_furniture_only() -> None:
    pages = [
        "Cabinet 12 May 2025\nRESOLVED that the report be noted.\nBody one\nPage 1 of 7",
        "Cabinet 12 May 2025\nBody two ends with infor-\n- 2 -",
        "Cabinet 12 May 2025\nmation, and\nRESOLVED that the report be noted.\n3",
        "Cabinet 12 May 2025\nThis page is intentionally left blank\nPage 4",
        "Body five\nPage 5",
        "Cabinet 12 May 2025\nRESOLVED that the report be noted.\nBody six\nPage 6",
        "Cabinet 12 May 2025\nVice-\nChair and COVID-\n19 costs\nPage 7",
    ]
    # The "RESOLVED ..." line is at the top of 3 of the 7 pages, but not of half of them
    # nor of 3 in a row, so it is content, not a running header.
    assert clean_pages(pages) == (
        "RESOLVED that the report be noted.\nBody one\n\n"
        "Body two ends with information, and\nRESOLVED that the report be noted.\n\n"
        "Body five\n\n"
        "RESOLVED that the report be noted.\nBody six\n\n"
        "Vice-Chair and COVID-19 costs"
    )


def test_clean_pages_keeps_short_documents_and_single_pages() -> None:
    assert clean_pages(["Minutes\nPresent: Councillor A\nPage 1"]) == "Minutes\nPresent: Councillor A"
    two = ["Audit Committee\nItem one\n1", "Audit Committee\nItem two\n2"]
    assert clean_pages(two) == "Item one\n\nItem two"


def test_mend_hyphens_rule() -> None:
    assert mend_hyphens("the infor-\nmation was") == "the information was"
    assert mend_hyphens("the Vice-\nChair said") == "the Vice-Chair said"
    assert mend_hyphens("Strategy 2021-\n2030") == "Strategy 2021-2030"
    assert mend_hyphens("Item 5 -\nreport") == "Item 5 -\nreport"  # a dash, not a hyphen


def test_scanned_pdf_warns_no_text_layer(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path))
    canvas.rect(100, 100, 300, 500, fill=1)  # an "image" with no text layer
    canvas.showPage()
    canvas.save()
    for backend in ("pdfminer", "pdfium"):
        result = read_path(path, pdf_backend=backend)
        assert result.pages == 1 and result.text == ""
        assert any("no text layer (scanned?)" in w for w in result.warnings)


# -- (d) unreadable files ----------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
def test_corrupt_pdf_gives_clear_read_error(minutes_pdf: tuple[Path, int], backend: str) -> None:
    good = minutes_pdf[0].read_bytes()
    for raw in (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", good[: len(good) // 3]):
        with pytest.raises(ReadError, match=r"^not a readable PDF: the file is damaged or truncated \("):
            read_bytes(raw, "pdf", pdf_backend=backend)
    with pytest.raises(ReadError, match=r"^not a readable PDF: no PDF header"):
        read_bytes(b"<html>not a pdf</html>", "pdf", pdf_backend=backend)


@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
def test_encrypted_pdf_gives_clear_read_error(tmp_path: Path, backend: str) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "locked.pdf"
    canvas = Canvas(str(path), encrypt=StandardEncryption("secret", canPrint=0))
    canvas.drawString(100, 700, "Confidential minutes")
    canvas.showPage()
    canvas.save()
    with pytest.raises(ReadError, match=r"^not a readable PDF: .*(encrypted|password)"):
        read_path(path, pdf_backend=backend)


def test_unknown_backend_and_bad_paths(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="unknown PDF backend 'fitz'"):
        read_bytes(b"%PDF-1.4", "pdf", pdf_backend="fitz")
    with pytest.raises(ReadError, match="no such file"):
        read_path(tmp_path / "missing.pdf")
    with pytest.raises(ReadError, match=r"unsupported file type '\.xlsx': expected \.txt, .*\.docx, \.odt or \.rtf"):
        read_path(tmp_path / "minutes.xlsx")
