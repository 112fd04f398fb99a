"""Word (.docx) minutes to plain text, with python-docx opening the package.

What the structure components need from a Word file, written the way the text route
has it: each paragraph on its own line (empty paragraphs as empty lines), automatic
list numbers as printed ("3.", "4.2", "(b)"; Word computes them when it draws the page,
so we count them here, see ``numbering.py``), a blank line before each heading so a
heading starts a block as in the other routes, and table rows as lines with their cells
separated by tabs (the text route's form of a table). Tracked insertions read as shown;
deleted text, field codes, comments, headers and footers are left out.

The paragraphs' XML is walked directly: python-docx's ``Paragraph.text`` skips runs
inside tracked insertions, content controls and simple fields, which Word prints.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any, Iterator, Optional

from . import ReadError
from .numbering import Counter, format_number

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # an OLE container: a .doc, or an encrypted .docx

# Elements whose text Word does not print in the body (deleted text, field codes,
# footnote and comment references' bodies live elsewhere); mc:Fallback repeats mc:Choice.
_SKIP = {_W + "delText", _W + "instrText", _W + "del", _W + "moveFrom", _MC + "Fallback",
         _W + "pPr", _W + "rPr", _W + "sectPr", _W + "txbxContent"}


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "\t"
    legal: bool = False  # isLgl: parent levels printed as decimal numbers


@dataclass
class _Numbering:
    """numbering.xml: numId -> (list key, levels); counters per list key."""

    nums: dict[str, tuple[str, dict[int, _Level]]] = field(default_factory=dict)
    counters: dict[str, Counter] = field(default_factory=dict)
    restarted: set[str] = field(default_factory=set)
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)

    def label(self, num_id: str, level: int) -> str:
        """The printed label of the next paragraph of list ``num_id`` at ``level``."""
        if num_id not in self.nums:
            return ""
        key, levels = self.nums[num_id]
        lvl = levels.get(level, _Level())
        counter = self.counters.setdefault(key, Counter())
        forced = None
        if num_id not in self.restarted and level in self.overrides.get(num_id, {}):
            self.restarted.add(num_id)  # startOverride: this list instance starts afresh
            counter.values.clear()
            forced = self.overrides[num_id][level]
        numbers = counter.step(level, lvl.start, forced)
        if lvl.fmt == "bullet":
            return "\u2022" + lvl.suffix
        text = lvl.text
        for k in range(len(numbers), 0, -1):  # %10 is not used by Word (9 levels)
            fmt = levels.get(k - 1, _Level()).fmt
            fmt = "decimal" if lvl.legal and k - 1 < level else fmt
            text = text.replace(f"%{k}", format_number(numbers[k - 1], fmt))
        return text + lvl.suffix if text else ""


def _val(element: Any, tag: str, default: Optional[str] = None) -> Optional[str]:
    child = element.find(_W + tag) if element is not None else None
    return child.get(_W + "val", default) if child is not None else default


def _numbering(document: Any) -> _Numbering:
    numbering = _Numbering()
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return numbering
    abstracts: dict[str, dict[int, _Level]] = {}
    for abstract in root.iter(_W + "abstractNum"):
        levels: dict[int, _Level] = {}
        for lvl in abstract.iter(_W + "lvl"):
            suffix = {"space": " ", "nothing": ""}.get(_val(lvl, "suff") or "tab", "\t")
            levels[int(lvl.get(_W + "ilvl", "0"))] = _Level(
                fmt=_val(lvl, "numFmt") or "decimal", text=_val(lvl, "lvlText") or "",
                start=int(_val(lvl, "start") or 1), suffix=suffix, legal=lvl.find(_W + "isLgl") is not None,
            )
        abstracts[abstract.get(_W + "abstractNumId", "")] = levels
    # A list style (Word's multi-level "1 / 1.1 / 1.1.1" styles) keeps its levels in the
    # abstract list that names it in styleLink; lists using it only name it (numStyleLink).
    defined = {_val(a, "styleLink"): a.get(_W + "abstractNumId", "") for a in root.iter(_W + "abstractNum")}
    for abstract in root.iter(_W + "abstractNum"):
        link = _val(abstract, "numStyleLink")
        if link and defined.get(link) in abstracts:
            abstracts[abstract.get(_W + "abstractNumId", "")] = abstracts[defined[link]]
    for num in root.iter(_W + "num"):
        num_id = num.get(_W + "numId", "")
        abstract_id = _val(num, "abstractNumId") or ""
        overrides = {}
        for override in num.iter(_W + "lvlOverride"):
            start = _val(override, "startOverride")
            if start is not None:
                overrides[int(override.get(_W + "ilvl", "0"))] = int(start)
        numbering.overrides[num_id] = overrides
        # Instances of one abstract list share its counter unless they restart it.
        numbering.nums[num_id] = (f"num:{num_id}" if overrides else f"abstract:{abstract_id}", abstracts.get(abstract_id, {}))
    return numbering


class _Reader:
    def __init__(self, document: Any) -> None:
        self.numbering = _numbering(document)
        self.styles: dict[str, Any] = {}
        try:
            for style in document.styles.element.iter(_W + "style"):
                self.styles[style.get(_W + "styleId", "")] = style
        except (KeyError, NotImplementedError, AttributeError):
            pass
        self.lines: list[str] = []

    def _style_chain(self, style_id: Optional[str]) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = _val(style, "basedOn")

    def _num_pr(self, p_pr: Any, style_id: Optional[str]) -> tuple[Optional[str], Optional[int]]:
        """numId and level: the paragraph's own, else from its style (Word's List Number,
        numbered heading styles)."""
        num_id = level = None
        num_pr = p_pr.find(_W + "numPr") if p_pr is not None else None
        if num_pr is not None:
            num_id, ilvl = _val(num_pr, "numId"), _val(num_pr, "ilvl")
            level = int(ilvl) if ilvl is not None else None
        for style in self._style_chain(style_id):
            if num_id is not None and level is not None:
                break
            style_num = style.find(f"{_W}pPr/{_W}numPr")
            if style_num is not None:
                num_id = num_id if num_id is not None else _val(style_num, "numId")
                if level is None and _val(style_num, "ilvl") is not None:
                    level = int(_val(style_num, "ilvl") or 0)
        return num_id, level or 0

    def _is_heading(self, style_id: Optional[str], p_pr: Any) -> bool:
        if p_pr is not None and _val(p_pr, "outlineLvl") not in (None, "9"):
            return True
        for style in self._style_chain(style_id):
            name = (_val(style, "name") or "").lower()
            if name.startswith("heading") or name == "title":
                return True
            if _val(style.find(_W + "pPr"), "outlineLvl") not in (None, "9"):
                return True
        return False

    def paragraph(self, p: Any) -> None:
        p_pr = p.find(_W + "pPr")
        style_id = _val(p_pr, "pStyle")
        text = _run_text(p)
        num_id, level = self._num_pr(p_pr, style_id)
        if num_id not in (None, "0"):
            text = self.numbering.label(num_id, level or 0) + text
        if self._is_heading(style_id, p_pr) and text.strip() and self.lines and self.lines[-1].strip():
            self.lines.append("")
        self.lines.append(text)
        for box in p.iter(_W + "txbxContent"):  # text boxes: their paragraphs after this one
            if box.getparent() is not None and not _inside_fallback(box):
                self.block(box)

    def table(self, tbl: Any) -> None:
        for tr in tbl.iter(_W + "tr"):
            if _owner_table(tr) is not tbl:
                continue  # a nested table's row: read within its cell
            cells = []
            for tc in tr.findall(_W + "tc"):
                merge = tc.find(f"{_W}tcPr/{_W}vMerge")
                if merge is not None and merge.get(_W + "val", "continue") == "continue":
                    cells.append("")  # the cell above runs on into this row
                    continue
                cells.append(" ".join(_cell_text(self, tc)))
            self.lines.append("\t".join(cells))

    def block(self, container: Any) -> None:
        for child in container:
            if child.tag == _W + "p":
                self.paragraph(child)
            elif child.tag == _W + "tbl":
                self.table(child)
            elif child.tag in (_W + "customXml", _W + "sdtContent", _W + "ins", _W + "moveTo"):
                self.block(child)
            elif child.tag == _W + "sdt" and child.find(_W + "sdtContent") is not None:
                self.block(child.find(_W + "sdtContent"))  # a content control around blocks


def _inside_fallback(element: Any) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag == _MC + "Fallback":
            return True
        parent = parent.getparent()
    return False


def _owner_table(tr: Any) -> Any:
    parent = tr.getparent()
    while parent is not None and parent.tag != _W + "tbl":
        parent = parent.getparent()
    return parent


def _cell_text(reader: _Reader, tc: Any) -> list[str]:
    """A cell's paragraphs (numbered as printed) and nested tables' rows, one string each
    (tabs inside a cell become spaces: a tab separates cells)."""
    inner = _Reader.__new__(_Reader)
    inner.numbering, inner.styles, inner.lines = reader.numbering, reader.styles, []
    inner.block(tc)
    return [line.replace("\t", " ") for line in inner.lines if line.strip()]


def _run_text(p: Any) -> str:
    """A paragraph's printed text: runs in order (also inside insertions, hyperlinks,
    fields and content controls), tabs as tabs, line breaks as line breaks."""
    out: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _W + "t":
                out.append(child.text or "")
            elif tag in (_W + "tab", _W + "ptab"):
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            elif tag == _W + "noBreakHyphen":
                out.append("-")
            elif tag == _W + "sym":
                code = child.get(_W + "char", "")
                out.append("\u2022" if code.upper() in ("F0B7", "F0A7") else "")
            else:
                walk(child)

    walk(p)
    return "".join(out)


def docx_to_text(raw: bytes, warnings: list[str]) -> str:
    """The text of a .docx (not yet normalised); ReadError for files Word could not open
    (kinds as the PDF reader's: not_docx, encrypted, damaged, inflate_limit)."""
    if raw[:4] == _OLE_MAGIC:
        raise ReadError("not a readable Word file: it is an encrypted .docx or an old binary .doc saved "
                        "under a .docx name (save it as .docx, unprotected)", kind="encrypted")
    from .package import check_package

    check_package(raw, "Word", kind="not_docx")
    try:
        import docx

        document = docx.Document(BytesIO(raw))
    except MemoryError:
        raise  # the worker's memory cap, recorded as such by the batch runner
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"not a readable Word file: the file is damaged or not a .docx ({exc})", kind="damaged") from None
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many types
        raise ReadError(f"not a readable Word file: {type(exc).__name__}: {exc}", kind="damaged") from None
    reader = _Reader(document)
    try:
        reader.block(document.element.body)
    except RecursionError:
        raise ReadError("not a readable Word file: its elements are nested too deeply", kind="damaged") from None
    return "\n".join(reader.lines)
