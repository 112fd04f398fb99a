"""Make .docx, .odt and .rtf files for tests from a text, the way a clerk's word processor
stores it: a printed item number ("3. Title", "5 Title", "1) Point") becomes automatic
list numbering (restarted where the numbers jump), a bullet ("·  point") a bulleted
list, and a run of tab-separated lines a table. The files are written with python-docx
and odfpy (the libraries the readers use) and, for RTF, by hand as Word writes it (no
library writes RTF), so the readers can be checked against the text that went in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

# A printed list number: the number, its punctuation and the gap after it.
NUMBERED = re.compile(r"^(\d{1,2})([.)]?)( |\t)(?=\S)(.*)$")
BULLET = re.compile(r"^[\u00b7\u2022]\s+(\S.*)$")


@dataclass
class Numbered:
    number: int
    punct: str  # "." or ")" or ""
    gap: str  # " " or "\t"
    text: str
    restart: bool  # the number does not follow on from the last one of its kind

    @property
    def kind(self) -> tuple[str, str]:
        return self.punct, self.gap


@dataclass
class Bullet:
    text: str


@dataclass
class Table:
    rows: list[list[str]] = field(default_factory=list)


Block = Union[str, Numbered, Bullet, Table]


def blocks(text: str, table_head: bool = False) -> list[Block]:
    """The text's lines as paragraphs, numbered paragraphs, bullets and tables.
    ``table_head``: when the text has no tab-separated lines, lay its first lines (up to
    the first empty one) out as a one-column table, so every file holds a table."""
    out: list[Block] = []
    last: dict[tuple[str, str], int] = {}
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    has_tabs = any("\t" in line for line in lines)
    head = table_head and not has_tabs
    for line in lines:
        if head:
            if line.strip():
                if not out:
                    out.append(Table())
                assert isinstance(out[0], Table)
                out[0].rows.append([line])
                continue
            head = False
        if "\t" in line and not NUMBERED.match(line):
            if not out or not isinstance(out[-1], Table):
                out.append(Table())
            out[-1].rows.append(line.split("\t"))  # type: ignore[union-attr]
            continue
        number = NUMBERED.match(line)
        bullet = BULLET.match(line)
        if number:
            n, punct, gap, rest = int(number.group(1)), number.group(2), number.group(3), number.group(4)
            item = Numbered(n, punct, gap, rest, restart=last.get((punct, gap)) != n - 1)
            last[item.kind] = n
            out.append(item)
        elif bullet:
            out.append(Bullet(bullet.group(1)))
        else:
            out.append(line)
    return out


def _kinds(parts: list[Block]) -> list[tuple[str, str]]:
    kinds: list[tuple[str, str]] = []
    for b in parts:
        if isinstance(b, Numbered) and b.kind not in kinds:
            kinds.append(b.kind)
    return kinds


# -- Word -------------------------------------------------------------------------------------


def make_docx(text: str, path: str | Path, table_head: bool = True) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    parts = blocks(text, table_head)
    document = docx.Document()
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    kinds = _kinds(parts)
    abstract_ids = {}
    next_id = 900
    for kind in kinds + [("bullet", "")]:
        punct, gap = kind
        if kind == ("bullet", ""):
            level = '<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
        else:
            suffix = "" if gap == "\t" else '<w:suff w:val="space"/>'
            level = f'<w:numFmt w:val="decimal"/>{suffix}<w:lvlText w:val="%1{punct}"/>'
        element = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{next_id}"><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/>{level}<w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
        )
        first_num.addprevious(element)
        abstract_ids[kind] = next_id
        next_id += 1

    nums: dict[tuple[str, str], int] = {}

    def new_num(kind: tuple[str, str], start: Optional[int]) -> int:
        nonlocal next_id
        override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                    if start is not None else "")
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{next_id}"><w:abstractNumId w:val="{abstract_ids[kind]}"/>{override}</w:num>'
        ))
        next_id += 1
        return next_id - 1

    def numbered(paragraph, num_id: int) -> None:  # type: ignore[no-untyped-def]
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))

    bullets = new_num(("bullet", ""), None)
    for block in parts:
        if isinstance(block, Table):
            width = max(len(r) for r in block.rows)
            table = document.add_table(rows=len(block.rows), cols=width)
            for row, cells in zip(table.rows, block.rows):
                for cell, value in zip(row.cells, cells + [""] * (width - len(cells))):
                    cell.paragraphs[0].add_run(value)
        elif isinstance(block, Numbered):
            if block.restart or block.kind not in nums:
                nums[block.kind] = new_num(block.kind, block.number)
            paragraph = document.add_paragraph()
            paragraph.add_run(block.text)
            numbered(paragraph, nums[block.kind])
        elif isinstance(block, Bullet):
            paragraph = document.add_paragraph()
            paragraph.add_run(block.text)
            numbered(paragraph, bullets)
        else:
            paragraph = document.add_paragraph()
            if block:
                paragraph.add_run(block)
    document.save(str(path))


# -- OpenDocument -----------------------------------------------------------------------------


def make_odt(text: str, path: str | Path, table_head: bool = True) -> None:
    from odf import teletype
    from odf.opendocument import OpenDocumentText
    from odf.style import ListLevelLabelAlignment, ListLevelProperties
    from odf.table import Table as OdfTable, TableCell, TableColumn, TableRow
    from odf.text import List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, P

    parts = blocks(text, table_head)
    document = OpenDocumentText()
    styles: dict[tuple[str, str], str] = {}
    for i, kind in enumerate(_kinds(parts) + [("bullet", "")]):
        name = f"L{i + 1}"
        style = ListStyle(name=name)
        if kind == ("bullet", ""):
            level = ListLevelStyleBullet(level=1, bulletchar="\u2022")
            follow = "listtab"
        else:
            level = ListLevelStyleNumber(level=1, numformat="1", numsuffix=kind[0])
            follow = "listtab" if kind[1] == "\t" else "space"
        props = ListLevelProperties(listlevelpositionandspacemode="label-alignment")
        props.addElement(ListLevelLabelAlignment(labelfollowedby=follow))
        level.addElement(props)
        style.addElement(level)
        document.automaticstyles.addElement(style)
        styles[kind] = name

    def paragraph(value: str) -> P:
        p = P()
        teletype.addTextToElement(p, value)
        return p

    for block in parts:
        if isinstance(block, Table):
            width = max(len(r) for r in block.rows)
            table = OdfTable(name=f"Table{id(block) % 10000}")
            table.addElement(TableColumn(numbercolumnsrepeated=width))
            for cells in block.rows:
                row = TableRow()
                for value in cells + [""] * (width - len(cells)):
                    cell = TableCell()
                    cell.addElement(paragraph(value))
                    row.addElement(cell)
                table.addElement(row)
            document.text.addElement(table)
        elif isinstance(block, (Numbered, Bullet)):
            kind = block.kind if isinstance(block, Numbered) else ("bullet", "")
            lst = List(stylename=styles[kind])
            item = ListItem()
            if isinstance(block, Numbered):
                if block.restart:
                    item.setAttribute("startvalue", block.number)
                else:
                    lst.setAttribute("continuenumbering", "true")
            item.addElement(paragraph(block.text))
            lst.addElement(item)
            document.text.addElement(lst)
        else:
            document.text.addElement(paragraph(block))
    document.save(str(path))


# -- RTF --------------------------------------------------------------------------------------


def _rtf_escape(value: str) -> str:
    out = []
    for char in value:
        if char in "\\{}":
            out.append("\\" + char)
        elif char == "\t":
            out.append("\\tab ")
        elif ord(char) > 127:
            code = ord(char)
            out.append(f"\\u{code - 65536 if code > 32767 else code}?")
        else:
            out.append(char)
    return "".join(out)


def make_rtf(text: str, path: str | Path, table_head: bool = True) -> None:
    """RTF as Word writes it: each numbered paragraph carries its printed label in a
    ``{\\listtext ...}`` group; tables as \\trowd ... \\cell ... \\row."""
    parts = blocks(text, table_head)
    kinds = _kinds(parts)
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\fnil\\fcharset2 Symbol;}}\n"]
    out.append("{\\*\\listtable")
    for i, (punct, _gap) in enumerate(kinds, start=1):
        out.append(f"{{\\list\\listtemplateid{i}{{\\listlevel\\levelnfc0\\levelstartat1{{\\leveltext\\'0{1 + len(punct)}\\'00{punct};}}"
                   f"{{\\levelnumbers\\'01;}}}}\\listid{i}}}")
    out.append("}\n")
    for block in parts:
        if isinstance(block, Table):
            width = max(len(r) for r in block.rows)
            for cells in block.rows:
                out.append("\\trowd" + "".join(f"\\cellx{1500 * (k + 1)}" for k in range(width)) + "\n\\pard\\intbl ")
                out.append("".join(_rtf_escape(c) + "\\cell " for c in cells + [""] * (width - len(cells))))
                out.append("\\row\n")
            out.append("\\pard\n")
        elif isinstance(block, Numbered):
            index = kinds.index(block.kind) + 1
            gap = "\\tab" if block.gap == "\t" else " "
            out.append(f"{{\\pard{{\\listtext\\pard\\plain {block.number}{block.punct}{gap}}}\\ls{index}\\ilvl0 "
                       f"{_rtf_escape(block.text)}\\par}}\n")
        elif isinstance(block, Bullet):
            out.append(f"{{\\pard{{\\listtext\\pard\\plain\\f1 \\u-3913?\\tab}}{_rtf_escape(block.text)}\\par}}\n")
        else:
            out.append(f"{{\\pard {_rtf_escape(block)}\\par}}\n")
    out.append("}\n")
    Path(path).write_text("".join(out), encoding="ascii")


MAKERS = {"docx": make_docx, "odt": make_odt, "rtf": make_rtf}
