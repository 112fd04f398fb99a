"""Word (.docx), OpenDocument (.odt) and RTF minutes read like the text route: a file made
from each seed (printed numbers as the word processor's automatic numbering, bullets as a
bulleted list, tab-separated lines as a table) gives the seed's canonical text and so the
same record; invented files check list numbers, headings and tables against what the
word processor prints, and broken files give a clear message."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

import extractor
from docmaker import MAKERS, Bullet, Numbered, Table, blocks
from extractor.cli import app
from extractor.readers import ReadError, read_path

FORMATS = sorted(MAKERS)


def _record(record) -> dict:  # type: ignore[no-untyped-def]
    data = record.model_dump(by_alias=True)
    data.pop("source")
    return data


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("word")
    made = {}
    for seed in SEEDS:
        for fmt, make in MAKERS.items():
            path = folder / f"{seed.stem}.{fmt}"
            make(seed.read_text(encoding="utf-8"), path)
            made[(seed.name, fmt)] = path
    return made


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:8])
def test_seed_as_word_file_gives_the_seed_record(nlp, seed_files, seed: Path, fmt: str) -> None:
    path = seed_files[(seed.name, fmt)]
    record = extractor.extract(path, nlp=nlp)
    text_record = extractor.extract(seed, nlp=nlp)
    assert record.source.format == fmt
    assert record.warnings == text_record.warnings == []
    assert _record(record) == _record(text_record)
    assert text_record.meetings or text_record.agenda or any(i for m in text_record.meetings for i in m.items) or \
        text_record.parts, "the comparison should not be between empty records"


def test_seed_files_really_use_numbering_and_tables(seed_files) -> None:
    """The numbers are not in the files' text: Word and LibreOffice store list definitions."""
    seed = next(s for s in SEEDS if s.name.startswith("seed_001"))
    parts = blocks(seed.read_text(encoding="utf-8"))
    assert sum(isinstance(b, Numbered) for b in parts) >= 20
    assert any(isinstance(b, Table) and len(b.rows[0]) >= 3 for b in parts)
    bullets_seed = next(s for s in SEEDS if s.name.startswith("seed_000"))
    assert sum(isinstance(b, Bullet) for b in blocks(bullets_seed.read_text(encoding="utf-8"))) == 4
    with zipfile.ZipFile(seed_files[(seed.name, "docx")]) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert xml.count("<w:numPr>") >= 20 and "<w:tbl>" in xml
    assert ">General<" in xml and ">1. General<" not in xml  # Word prints the "1. "
    with zipfile.ZipFile(seed_files[(seed.name, "odt")]) as z:
        xml = z.read("content.xml").decode("utf-8")
    assert "<text:list " in xml and "<table:table " in xml and ">General<" in xml and ">1. General<" not in xml


def test_seed_001_items_come_out_numbered(nlp, seed_files) -> None:
    seed = next(s for s in SEEDS if s.name.startswith("seed_001"))
    record = extractor.extract(seed_files[(seed.name, "docx")], nlp=nlp)
    items = [(i.number, i.title) for m in record.meetings for i in m.items]
    assert ("4", "Youth Justice Plan 2021-2022") in items
    assert ("10", "Restricted Minutes from the previous meeting (23.02.2021)") in items


# -- Word: numbering, headings, tables as Word prints them --------------------------------------


def _word_lists(document, abstracts: list[str], nums: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Add list definitions (w:abstractNum bodies, then w:num bodies) to a document."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    for k, xml in enumerate(abstracts):
        numbering.insert(k, parse_xml(xml.replace("<w:abstractNum ", f'<w:abstractNum {nsdecls("w")} ')))
    for xml in nums:
        numbering.append(parse_xml(xml.replace("<w:num ", f'<w:num {nsdecls("w")} ')))


def _number(paragraph, level: int, num_id: int):  # type: ignore[no-untyped-def]
    """Number a python-docx paragraph with list ``num_id`` at ``level``."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def _invented_docx(path: Path) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    _word_lists(document, [
        '<w:abstractNum w:abstractNumId="77">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/>'
        '<w:suff w:val="space"/></w:lvl></w:abstractNum>'], [
        '<w:num w:numId="77"><w:abstractNumId w:val="77"/></w:num>',
        '<w:num w:numId="78"><w:abstractNumId w:val="77"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="14"/></w:lvlOverride></w:num>'])

    def number(paragraph, level: int, num_id: int = 77):  # type: ignore[no-untyped-def]
        return _number(paragraph, level, num_id)

    document.add_paragraph("Ashcombe Parish Council", style="Title")
    document.add_paragraph("Minutes of the meeting held on Tuesday 4 March 2025 at 7.30pm in the Village Hall")
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, [("Present:", "Cllr A Bell", "Chair"), ("", "Cllr C Dunn", ""),
                                        ("Apologies:", "Cllr E Ford", "")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    table.cell(0, 0).merge(table.cell(1, 0))  # "Present:" spans two rows
    table.cell(2, 1).merge(table.cell(2, 2))  # the last row's name spans two columns
    number(document.add_paragraph("Apologies for absence", style="Heading 1"), 0)
    p = document.add_paragraph("Apologies were received from Cllr E Ford")
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="Clerk"><w:r><w:delText> and Cllr X Old</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="Clerk"><w:r><w:t xml:space="preserve"> and Cllr G Hill</w:t></w:r></w:ins>'))
    p.add_run(".")
    number(document.add_paragraph("Planning", style="Heading 1"), 0)
    number(document.add_paragraph("25/00012/FUL \u2013 Land at Mill Lane"), 1)
    number(document.add_paragraph("25/00031/HOU \u2013 3 Church Row"), 1)
    number(document.add_paragraph("Members supported the application."), 2)
    number(document.add_paragraph("Finance", style="Heading 1"), 0)
    number(document.add_paragraph("Any other business", style="Heading 1"), 0, num_id=78)
    document.add_paragraph("Street lighting", style="List Number")
    document.add_paragraph("Bus shelter", style="List Number")
    document.add_paragraph("The meeting closed at 9.05pm.")
    document.save(str(path))


# What Word shows for the file above, written out by hand: the table's merged cells read
# as one cell (the one below a vertical merge is empty), the headings start blocks, the
# deleted words are gone and the inserted ones read, the restarted list goes on at 14,
# and the built-in List Number style numbers its own list.
INVENTED_DOCX_TEXT = """Ashcombe Parish Council
Minutes of the meeting held on Tuesday 4 March 2025 at 7.30pm in the Village Hall
Present:\tCllr A Bell\tChair
\tCllr C Dunn\t
Apologies:\tCllr E Ford

1.\tApologies for absence
Apologies were received from Cllr E Ford and Cllr G Hill.

2.\tPlanning
2.1\t25/00012/FUL \u2013 Land at Mill Lane
2.2\t25/00031/HOU \u2013 3 Church Row
(a) Members supported the application.

3.\tFinance

14.\tAny other business
1.\tStreet lighting
2.\tBus shelter
The meeting closed at 9.05pm.
"""


def test_docx_numbering_headings_and_table_as_printed(nlp, tmp_path: Path) -> None:
    path = tmp_path / "minutes.docx"
    _invented_docx(path)
    read = read_path(path)
    assert read.format == "docx"
    assert read.text == INVENTED_DOCX_TEXT
    record = extractor.extract(path, nlp=nlp)
    items = [(i.number, i.title) for m in record.meetings for i in m.items]
    assert ("1", "Apologies for absence") in items and ("2", "Planning") in items and ("3", "Finance") in items
    assert record.meetings[0].date == "2025-03-04"


def test_docx_list_style_link_numbers_like_its_style(tmp_path: Path) -> None:
    # Word's multi-level list styles: the list a paragraph uses only names the style
    # (numStyleLink); the levels live in the list that defines it (styleLink).
    import docx

    document = docx.Document()
    _word_lists(document, [
        '<w:abstractNum w:abstractNumId="80"><w:styleLink w:val="MinutesList"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        '</w:abstractNum>',
        '<w:abstractNum w:abstractNumId="81"><w:numStyleLink w:val="MinutesList"/></w:abstractNum>'],
        ['<w:num w:numId="81"><w:abstractNumId w:val="81"/></w:num>'])
    for title in ("Apologies", "Minutes", "Finance", "Planning"):
        _number(document.add_paragraph(title), 0, 81)
    document.save(str(tmp_path / "roman.docx"))
    assert read_path(tmp_path / "roman.docx").text == "I.\tApologies\nII.\tMinutes\nIII.\tFinance\nIV.\tPlanning\n"


def test_docx_content_controls_and_fields_read_as_shown(tmp_path: Path) -> None:
    # Templates wrap paragraphs in content controls (w:sdt), and dates often come from a
    # field: what Word shows is the field's result, never its code.
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("Minutes")
    body = document.element.body
    body.insert(1, parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t xml:space="preserve">Meeting held on </w:t></w:r>'
                             '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
                             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4 March 2025</w:t></w:r>'
                             '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>'))
    body.insert(2, parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr/></w:sdt>'))  # an empty control
    document.save(str(tmp_path / "template.docx"))
    assert read_path(tmp_path / "template.docx").text == "Minutes\nMeeting held on 4 March 2025\n"


# -- OpenDocument -------------------------------------------------------------------------------


def _invented_odt(path: Path) -> None:
    from odf import teletype
    from odf.opendocument import OpenDocumentText
    from odf.style import ListLevelLabelAlignment, ListLevelProperties, Style
    from odf.table import Table as OdfTable, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, ListLevelStyleNumber, ListStyle, Note, NoteBody, NoteCitation, P

    document = OpenDocumentText()
    style = ListStyle(name="Numbers")
    for level, fmt, prefix, suffix, display in ((1, "1", "", ".", 1), (2, "1", "", "", 2), (3, "a", "(", ")", 1)):
        lvl = ListLevelStyleNumber(level=level, numformat=fmt, numprefix=prefix, numsuffix=suffix, displaylevels=display)
        props = ListLevelProperties(listlevelpositionandspacemode="label-alignment")
        props.addElement(ListLevelLabelAlignment(labelfollowedby="space" if level == 3 else "listtab"))
        lvl.addElement(props)
        style.addElement(lvl)
    document.automaticstyles.addElement(style)
    document.styles.addElement(Style(name="Heading 1", family="paragraph"))

    def para(text: str, element=P, **kw) -> P:  # type: ignore[no-untyped-def]
        p = element(**kw)
        teletype.addTextToElement(p, text)
        return p

    document.text.addElement(para("Ashcombe Parish Council", H, outlinelevel=1))
    first = para("Minutes of the meeting held on Tuesday 4 March 2025 at 7.30pm   in the Village Hall")
    note = Note(noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(para("A footnote the reader does not want in the minutes."))
    note.addElement(body)
    first.addElement(note)
    document.text.addElement(first)
    table = OdfTable(name="Attendance")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for values in (("Present:", "Cllr A Bell (Chair)"), ("Apologies:", "Cllr E Ford")):
        row = TableRow()
        for value in values:
            cell = TableCell()
            cell.addElement(para(value))
            row.addElement(cell)
        table.addElement(row)
    document.text.addElement(table)
    outer = List(stylename="Numbers")
    for title, children in (("Apologies for absence", []), ("Planning", ["Land at Mill Lane", "3 Church Row"])):
        item = ListItem()
        item.addElement(para(title))
        if children:
            inner = List()
            for child in children:
                sub = ListItem()
                sub.addElement(para(child))
                inner.addElement(sub)
            deeper = ListItem()
            deepest = List()
            last = ListItem()
            last.addElement(para("Members supported the application."))
            deepest.addElement(last)
            deeper.addElement(deepest)
            inner.addElement(deeper)
            item.addElement(inner)
        outer.addElement(item)
    document.text.addElement(outer)
    document.text.addElement(para("Item 3 was taken after item 2."))
    again = List(stylename="Numbers", continuenumbering="true")
    again_item = ListItem()
    again_item.addElement(para("Finance"))
    again.addElement(again_item)
    document.text.addElement(again)
    fresh = List(stylename="Numbers")
    fresh_item = ListItem(startvalue=14)
    fresh_item.addElement(para("Any other business"))
    fresh.addElement(fresh_item)
    document.text.addElement(fresh)
    document.save(str(path))


# What LibreOffice shows for the file above (written out by hand): the footnote is not in
# the line, runs of spaces are kept, level 2 shows "2.1", level 3 "(a)" followed by a space,
# the list after "Item 3 ..." continues at 3 and the last one starts at 14.
INVENTED_ODT_TEXT = """Ashcombe Parish Council
Minutes of the meeting held on Tuesday 4 March 2025 at 7.30pm   in the Village Hall
Present:\tCllr A Bell (Chair)
Apologies:\tCllr E Ford
1.\tApologies for absence
2.\tPlanning
2.1\tLand at Mill Lane
2.2\t3 Church Row
(a) Members supported the application.
Item 3 was taken after item 2.
3.\tFinance
14.\tAny other business
"""


def test_odt_numbering_and_table_as_printed(nlp, tmp_path: Path) -> None:
    path = tmp_path / "minutes.odt"
    _invented_odt(path)
    read = read_path(path)
    assert read.format == "odt"
    assert read.text == INVENTED_ODT_TEXT
    record = extractor.extract(path, nlp=nlp)
    assert record.meetings and record.meetings[0].date == "2025-03-04"


# -- RTF ----------------------------------------------------------------------------------------


def test_rtf_list_labels_tables_and_code_page(tmp_path: Path) -> None:
    # Word 97+ writes list labels in \listtext; older writers in \pntext. \'96 is an en
    # dash in the cp1252 code page; \u8217? a right quote.
    path = tmp_path / "minutes.rtf"
    path.write_bytes(
        b"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n"
        b"{\\pard Minutes of the meeting held on 4 March 2025\\par}\n"
        b"\\trowd\\cellx2000\\cellx5000\\cellx7000\\pard\\intbl Present:\\cell Cllr A Bell\\cell Chair\\cell\\row\n"
        b"\\trowd\\cellx2000\\cellx5000\\cellx7000\\pard\\intbl \\cell Cllr C Dunn\\cell \\cell\\row\n"
        b"\\pard{\\pntext 1.\\tab}{\\*\\pn\\pnlvlbody\\pndec\\pnstart1}Planning \\'96 Mill Lane\\par\n"
        b"{\\pntext 2.\\tab}Clerk\\u8217?s report | finance\\par\n}"
    )
    read = read_path(path)
    assert read.format == "rtf"
    assert read.text == ("Minutes of the meeting held on 4 March 2025\nPresent:\tCllr A Bell\tChair\n"
                         "\tCllr C Dunn\t\n1.\tPlanning \u2013 Mill Lane\n2.\tClerk\u2019s report | finance\n")


def test_rtf_with_a_picture_reads_quickly(tmp_path: Path) -> None:
    # Word stores a logo as hex digits inside {\\pict}; 1 MB of it took striprtf about
    # 6 s to skip a character at a time.
    import os
    import time

    data = os.urandom(1_000_000).hex()
    picture = "\n".join(data[i:i + 128] for i in range(0, len(data), 128))
    path = tmp_path / "logo.rtf"
    path.write_text("{\\rtf1\\ansi Town Council\\par{\\*\\shppict{\\pict\\pngblip " + picture + "}}Minutes\\par}",
                    encoding="ascii")
    started = time.monotonic()
    assert read_path(path).text == "Town Council\nMinutes\n"
    assert time.monotonic() - started < 2.0


# -- broken files and discovery -----------------------------------------------------------------


@pytest.mark.parametrize("name, content, message", [
    ("broken.docx", b"PK\x03\x04 not really a zip", "not a readable Word file"),
    ("protected.docx", b"\xd0\xcf\x11\xe0" + b"\0" * 600, "encrypted .docx or an old binary .doc"),
    ("broken.odt", b"hello", "not a readable OpenDocument file"),
    ("broken.rtf", b"%PDF-1.4 this is no RTF", "does not start with {\\rtf"),
    ("old.doc", b"\xd0\xcf\x11\xe0", "old binary Word file: save it as .docx"),
])
def test_broken_files_are_named_clearly(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError, match=message.replace("\\", "\\\\").replace("{", "\\{").replace("(", "\\(").replace(".", "\\.")):
        read_path(path)


def test_spreadsheet_in_odt_clothing_is_refused(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet

    path = tmp_path / "budget.odt"
    OpenDocumentSpreadsheet().save(str(path))
    with pytest.raises(ReadError, match="not an OpenDocument text"):
        read_path(path)


def test_folder_run_picks_up_word_files_and_goes_on_past_a_broken_one(tmp_path: Path) -> None:
    src = tmp_path / "archive"
    src.mkdir()
    seed = next(s for s in SEEDS if s.name.startswith("seed_002"))
    for fmt, make in MAKERS.items():
        make(seed.read_text(encoding="utf-8"), src / f"minutes.{fmt}")
    (src / "broken.docx").write_bytes(b"PK\x03\x04 junk")
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(tmp_path / "out"), "--jobs", "1", "--quiet"])
    assert result.exit_code == 1
    assert "broken.docx: not a readable Word file" in result.output
    records = [json.loads(p.read_text()) for p in (tmp_path / "out").glob("*.json")]
    assert sorted(r["source"]["format"] for r in records) == FORMATS
    for data in records:
        assert data["source"]["path"].endswith("minutes." + data["source"]["format"])
        assert data["meetings"][0]["items"][0]["title"] == "Council Delivery Plan and Performance Q1"


# -- issue 13's limits and kinds hold for the word-processor readers ----------------------------


@pytest.mark.parametrize("name, content, kind", [
    ("broken.docx", b"PK\x03\x04 not really a zip", "not_docx"),
    ("protected.docx", b"\xd0\xcf\x11\xe0" + b"\0" * 600, "encrypted"),
    ("broken.odt", b"hello", "not_odt"),
    ("broken.rtf", b"%PDF-1.4 this is no RTF", "not_rtf"),
])
def test_broken_files_carry_an_error_kind(tmp_path: Path, name: str, content: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError) as caught:
        read_path(path)
    assert caught.value.kind == kind


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_a_zip_bomb_in_a_word_package_is_refused_before_the_library_opens_it(tmp_path: Path, fmt: str) -> None:
    """A part that inflates to 100 MB (a 100 KB file): refused from the sizes the package
    declares, which zipfile never reads past."""
    import time

    path = tmp_path / f"bomb.{fmt}"
    part = "word/document.xml" if fmt == "docx" else "content.xml"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(part, b"<" + b" " * (100 * 1024 * 1024))
    started = time.monotonic()
    with pytest.raises(ReadError, match="over the 64 MB cap") as caught:
        read_path(path)
    assert caught.value.kind == "inflate_limit"
    assert time.monotonic() - started < 2.0


def test_an_empty_word_document_warns_no_text(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    read = read_path(path)
    assert read.text == "" and read.warnings == ["no text: the document holds no text (empty, or only pictures)"]


def test_a_deeply_nested_odt_is_refused_not_crashed(tmp_path: Path) -> None:
    """5,000 nested spans (odfpy cannot even write it): read, or refused as damaged."""
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    content = (f'<?xml version="1.0"?><office:document-content xmlns:office="{office}" xmlns:text="{text}" '
               'office:version="1.2"><office:body><office:text><text:p>'
               + "<text:span>" * 5000 + "deep" + "</text:span>" * 5000
               + "</text:p></office:text></office:body></office:document-content>")
    path = tmp_path / "deep.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    try:
        assert "deep" in read_path(path).text
    except ReadError as exc:
        assert exc.kind == "damaged"
