"""OpenDocument text (.odt) minutes to plain text, with odfpy opening the package.

The same shape as the Word reader gives (see ``docx.py``): paragraphs as lines, list
numbers as printed (OpenDocument stores list styles, not the numbers, so we count:
a new list restarts unless it continues an earlier one; a list item may set its own
value; numbered headings follow the outline style), a blank line before each heading,
and table rows as lines with cells separated by tabs. Notes, annotations, tracked
deletions, frames and drawings are left out.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from io import BytesIO
from typing import Any, Optional

from . import ReadError
from .numbering import Counter, format_number

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_XML = "http://www.w3.org/XML/1998/namespace"
# Not printed in the body (or printed elsewhere on the page).
_SKIP = {(_TEXT, "note"), (_OFFICE, "annotation"), (_TEXT, "tracked-changes"), (_TEXT, "bookmark-ref"),
         (_TEXT, "number"), ("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "frame"),
         ("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "custom-shape"), (_TEXT, "sequence-decls"),
         (_TEXT, "variable-decls"), (_TEXT, "user-field-decls"), (_OFFICE, "forms")}


@dataclass
class _Level:
    fmt: str = ""  # "" for a bullet or an unnumbered level
    prefix: str = ""
    suffix: str = ""
    display: int = 1  # how many levels the label shows ("1.2" shows 2)
    start: int = 1
    bullet: Optional[str] = None
    follow: str = "\t"


def _attr(element: Any, ns: str, name: str, default: Optional[str] = None) -> Optional[str]:
    value = element.attributes.get((ns, name)) if hasattr(element, "attributes") else None
    return value if value is not None else default


def _levels(style: Any) -> dict[int, _Level]:
    """A text:list-style (or text:outline-style): its levels by depth (0 outermost)."""
    levels: dict[int, _Level] = {}
    for child in style.childNodes:
        kind = getattr(child, "qname", ("", ""))[1]
        if kind not in ("list-level-style-number", "list-level-style-bullet", "outline-level-style"):
            continue
        level = _Level(
            fmt=_attr(child, _STYLE, "num-format", "") or "" if kind != "list-level-style-bullet" else "",
            prefix=_attr(child, _STYLE, "num-prefix", "") or "",
            suffix=_attr(child, _STYLE, "num-suffix", "") or "",
            display=int(_attr(child, _TEXT, "display-levels", "1") or 1),
            start=int(_attr(child, _TEXT, "start-value", "1") or 1),
            bullet=_attr(child, _TEXT, "bullet-char", "\u2022") if kind == "list-level-style-bullet" else None,
        )
        for props in child.childNodes:
            for align in getattr(props, "childNodes", []):
                follow = _attr(align, _TEXT, "label-followed-by")
                if follow is not None:
                    level.follow = {"space": " ", "nothing": ""}.get(follow, "\t")
        levels[int(_attr(child, _TEXT, "level", "1") or 1) - 1] = level
    return levels


def _label(levels: dict[int, _Level], numbers: list[int], depth: int) -> str:
    level = levels.get(depth, _Level())
    if level.bullet is not None:
        return (level.bullet or "\u2022") + level.follow
    if not level.fmt:
        return ""
    shown = [format_number(numbers[k], levels.get(k, _Level(fmt="1")).fmt or "1")
             for k in range(max(0, depth - level.display + 1), depth + 1)]
    return level.prefix + ".".join(shown) + level.suffix + level.follow


class _Reader:
    def __init__(self, document: Any) -> None:
        self.list_styles: dict[str, dict[int, _Level]] = {}
        self.paragraph_lists: dict[str, str] = {}  # paragraph style -> its list style
        self.outline: dict[int, _Level] = {}
        for root in (document.styles, document.automaticstyles):
            for style in root.childNodes:
                kind = getattr(style, "qname", ("", ""))[1]
                name = _attr(style, _STYLE, "name", "") or ""
                if kind == "list-style":
                    self.list_styles[name] = _levels(style)
                elif kind == "outline-style":
                    self.outline = _levels(style)
                elif kind == "style" and _attr(style, _STYLE, "list-style-name"):
                    self.paragraph_lists[name] = _attr(style, _STYLE, "list-style-name") or ""
        self.counters: dict[str, Counter] = {}  # by list id (xml:id) or style
        self.last_list_of_style: dict[str, str] = {}
        self.outline_counter = Counter()
        self.lines: list[str] = []
        self._lists = 0

    # -- blocks ---------------------------------------------------------------------------

    def block(self, container: Any) -> None:
        for child in container.childNodes:
            name = getattr(child, "qname", None)
            if name is None or name in _SKIP:
                continue
            if name == (_TEXT, "p"):
                self.lines.append(_inline(child))
            elif name == (_TEXT, "h"):
                self.heading(child)
            elif name == (_TEXT, "list"):
                self.list(child, 0, None, None)
            elif name == (_TABLE, "table"):
                self.table(child)
            elif name[1] in ("section", "index-body", "table-of-content", "alphabetical-index", "illustration-index"):
                self.block(child)

    def heading(self, h: Any, label: str = "") -> None:
        text = _inline(h)
        level = int(_attr(h, _TEXT, "outline-level", "1") or 1) - 1
        if not label and _attr(h, _TEXT, "is-list-header") != "true" and self.outline.get(level, _Level()).fmt:
            numbers = self.outline_counter.step(level, self.outline[level].start)
            label = _label(self.outline, numbers, level)
        if text.strip() and self.lines and self.lines[-1].strip():
            self.lines.append("")
        self.lines.append(label + text)

    def list(self, lst: Any, depth: int, style: Optional[str], key: Optional[str]) -> None:
        """A text:list at ``depth``; a nested list shares its outer list's counter."""
        style = _attr(lst, _TEXT, "style-name") or style
        if key is None:
            key = self._list_key(lst, style)
        counter = self.counters.setdefault(key, Counter())
        for item in lst.childNodes:
            kind = getattr(item, "qname", ("", ""))[1]
            if kind not in ("list-item", "list-header"):
                continue
            forced = _attr(item, _TEXT, "start-value")
            first = True
            for child in item.childNodes:
                name = getattr(child, "qname", None)
                if name == (_TEXT, "list"):
                    self.list(child, depth + 1, style, key)
                    continue
                if name not in ((_TEXT, "p"), (_TEXT, "h")):
                    if name is not None and name not in _SKIP:
                        self.block(_Wrapper(child))
                    continue
                label = ""
                if first and kind == "list-item":
                    item_style = style or self.paragraph_lists.get(_attr(child, _TEXT, "style-name", "") or "")
                    levels = self.list_styles.get(item_style or "", {})
                    level = levels.get(depth, _Level(fmt="1"))
                    numbers = counter.step(depth, level.start, int(forced) if forced else None)
                    label = _label(levels, numbers, depth) if levels else ""
                first = False
                if name == (_TEXT, "h"):
                    self.heading(child, label)
                else:
                    self.lines.append(label + _inline(child))

    def _list_key(self, lst: Any, style: Optional[str]) -> str:
        """Which counter a top-level list uses: a new one, unless it continues a list."""
        self._lists += 1
        own = _attr(lst, _XML, "id") or f"list-{self._lists}"
        continues = _attr(lst, _TEXT, "continue-list")
        if continues and continues in self.counters:
            key = continues
        elif _attr(lst, _TEXT, "continue-numbering") == "true" and (style or "") in self.last_list_of_style:
            key = self.last_list_of_style[style or ""]
        else:
            key = own
        if own != key:
            self.counters[own] = self.counters.setdefault(key, Counter())
        self.last_list_of_style[style or ""] = key
        return key

    def table(self, table: Any) -> None:
        for row in _rows(table):
            cells = []
            for cell in row.childNodes:
                kind = getattr(cell, "qname", ("", ""))
                if kind == (_TABLE, "table-cell"):
                    inner = _Reader.__new__(_Reader)
                    inner.__dict__.update(self.__dict__)
                    inner.lines = []
                    inner.block(cell)
                    cells.append(" ".join(line.replace("\t", " ") for line in inner.lines if line.strip()))
                elif kind == (_TABLE, "covered-table-cell"):
                    cells.append("")
            self.lines.append("\t".join(cells))


class _Wrapper:
    """One element presented as a container of itself (for ``_Reader.block``)."""

    def __init__(self, element: Any) -> None:
        self.childNodes = [element]


def _rows(table: Any) -> list[Any]:
    rows = []
    for child in table.childNodes:
        kind = getattr(child, "qname", ("", ""))
        if kind == (_TABLE, "table-row"):
            rows.append(child)
        elif kind in ((_TABLE, "table-header-rows"), (_TABLE, "table-rows"), (_TABLE, "table-row-group")):
            rows.extend(_rows(child))
    return rows


def _inline(element: Any) -> str:
    """A paragraph's printed text: spans and links in order, text:s as that many
    spaces, text:tab as a tab, text:line-break as a line break."""
    out: list[str] = []

    def walk(node: Any) -> None:
        for child in node.childNodes:
            name = getattr(child, "qname", None)
            if name is None:
                out.append(getattr(child, "data", "") or "")
            elif name in _SKIP:
                continue
            elif name == (_TEXT, "s"):
                out.append(" " * int(_attr(child, _TEXT, "c", "1") or 1))
            elif name == (_TEXT, "tab"):
                out.append("\t")
            elif name == (_TEXT, "line-break"):
                out.append("\n")
            else:
                walk(child)

    walk(element)
    return "".join(out)


def odt_to_text(raw: bytes, warnings: list[str]) -> str:
    """The text of an .odt (not yet normalised); ReadError for files that cannot be opened
    (kinds as the PDF reader's: not_odt, damaged, inflate_limit)."""
    from .package import check_package

    check_package(raw, "OpenDocument", kind="not_odt")
    try:
        from odf.opendocument import load

        document = load(BytesIO(raw))
    except MemoryError:
        raise  # the worker's memory cap, recorded as such by the batch runner
    except zipfile.BadZipFile:
        raise ReadError("not a readable OpenDocument file: the file is damaged or not an .odt (not a zip package)",
                        kind="not_odt") from None
    except Exception as exc:  # noqa: BLE001 - odfpy and the XML parser raise many types
        raise ReadError(f"not a readable OpenDocument file: {type(exc).__name__}: {exc}", kind="damaged") from None
    if not document.mimetype.startswith("application/vnd.oasis.opendocument.text"):
        raise ReadError(f"not an OpenDocument text: the package is {document.mimetype or 'of no known type'}",
                        kind="not_odt")
    reader = _Reader(document)
    try:
        reader.block(document.text)
    except RecursionError:
        raise ReadError("not a readable OpenDocument file: its elements are nested too deeply", kind="damaged") from None
    return "\n".join(reader.lines)
