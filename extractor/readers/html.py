"""HTML minutes pages (ModernGov and council CMS exports) to plain text lines.

Uses the stdlib ``html.parser`` so no HTML dependency is needed. The output mimics what a
reader sees: headings, paragraphs, list items, table rows and ``<br>`` each start a line
(paragraph-like blocks are separated by a blank line), table cells are joined with a tab,
and page furniture (scripts, styles, navigation, breadcrumbs, cookie banners, skip
links, site header/footer) is dropped. Which id/class words mark furniture is data:
``html_noise.json`` next to this module.
"""

from __future__ import annotations

import codecs
import json
import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Optional

# Elements whose content is never minutes text.
_DROP_TAGS = frozenset(
    "script style noscript nav template svg iframe object canvas head title select button textarea map".split()
)
# Site header/footer; kept when inside <main> or <article>, where they title real content.
_SITE_FURNITURE = frozenset({"header", "footer"})
_CONTENT_ROOTS = frozenset({"main", "article"})
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Blocks separated by a blank line, and blocks that only start a new line.
_PARA_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 table ul ol dl blockquote pre figure section article main aside form address fieldset caption".split())
_LINE_BLOCKS = frozenset("div li tr dt dd figcaption legend details summary hr center".split())
_CELLS = frozenset({"td", "th"})
# An open element of the key tag is closed by a new start tag of these (HTML's implied end tags).
_IMPLIED_END = {"p": {"p"}, "li": {"li"}, "tr": {"tr", "td", "th"}, "td": {"td", "th"}, "th": {"td", "th"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "option": {"option"}}
_SCOPE_LIMITS = frozenset({"table", "ul", "ol", "dl", "div", "body", "td", "th", "section", "article", "main"})

_WS = re.compile(r"[ \t\n\r\f]+")
_SPACE_AROUND_TAB = re.compile(r" *\t *")
_SPACE_AROUND_NL = re.compile(r" *\n *")
_MULTI_SPACE = re.compile(r" {2,}")
_CAMEL = re.compile(r"[a-z]+|[A-Z][a-z]*|\d+")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Labels that HTML (per the WHATWG encoding spec) treats as windows-1252.
_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii", "windows-1252", "cp1252"})


@lru_cache(maxsize=1)
def _noise() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    data = json.loads((Path(__file__).with_name("html_noise.json")).read_text(encoding="utf-8"))
    return (
        frozenset(w.lower() for w in data["words"]),
        tuple(s.lower() for s in data["substrings"]),
        frozenset(r.lower() for r in data["roles"]),
    )


def _is_noise(tag: str, attrs: dict[str, Optional[str]], in_content: bool) -> bool:
    """Whether an element is page furniture whose whole content should be dropped."""
    if tag in _DROP_TAGS or (tag in _SITE_FURNITURE and not in_content):
        return True
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if _DISPLAY_NONE.search(attrs.get("style") or ""):
        return True
    words, substrings, roles = _noise()
    if (attrs.get("role") or "").lower() in roles:
        return True
    names = " ".join(v for k in ("id", "class") if (v := attrs.get(k)))
    if not names:
        return False
    lowered = names.lower()
    if any(s in lowered for s in substrings):
        return True
    return any(w.lower() in words for w in _CAMEL.findall(names))


def _list_start(attrs: dict[str, Optional[str]]) -> int:
    start = (attrs.get("start") or "1").strip()
    return int(start) if start.isdigit() else 1


class _TextBuilder(HTMLParser):
    """Collects text with pending line breaks; a break is only written before more text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, dropped)
        self.dropped = 0  # open dropped elements
        self.content_roots = 0  # open <main>/<article>
        self.pre = 0
        self.pending = 0  # 0 none, 1 newline, 2 blank line
        self.marker = ""  # an open list item's "- " or "3. ", not yet written
        self.fresh = False  # just after a cell start or list marker: block breaks wait for text
        self.cells_in_row = 0
        self.row_mark = 0  # len(out) when the current row started
        self.list_counters: list[Optional[int]] = []  # None for <ul>, next number for <ol>

    # -- stack -------------------------------------------------------------------------
    def _push(self, tag: str, dropped: bool) -> None:
        self.stack.append((tag, dropped))
        self.dropped += dropped
        self.content_roots += tag in _CONTENT_ROOTS
        self.pre += tag == "pre"

    def _pop_to(self, tag: str) -> bool:
        """Close the innermost open ``tag`` and everything inside it; False if not open."""
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                break
        else:
            return False
        while len(self.stack) > i:
            name, dropped = self.stack.pop()
            self.dropped -= dropped
            self.content_roots -= name in _CONTENT_ROOTS
            self.pre -= name == "pre"
            self._close_effect(name)
        return True

    def _close_implied(self, tag: str) -> None:
        closes = _IMPLIED_END.get(tag)
        if not closes:
            return
        for name, _ in reversed(self.stack):
            if name in closes:
                self._pop_to(name)
                return
            if name in _SCOPE_LIMITS:
                return

    # -- output ------------------------------------------------------------------------
    def _break(self, level: int) -> None:
        if not self.dropped and not self.fresh:
            self.pending = max(self.pending, level)

    def _write(self, text: str) -> None:
        self.fresh = False
        if self.pending and self.out:
            self.out.append("\n" * self.pending)
        self.pending = 0
        if self.marker:
            self.out.append(self.marker)
            self.marker = ""
        self.out.append(text)

    def _close_effect(self, tag: str) -> None:
        if tag in _CELLS or tag == "li":
            self.fresh = False
            self.marker = ""
        if tag == "li":  # a paragraph inside an item does not space the list out
            self.pending = min(self.pending, 1)
        if tag in _PARA_BLOCKS:
            self._break(2)
        elif tag in _LINE_BLOCKS:
            self._break(1)
        if tag in ("ul", "ol") and self.list_counters:
            self.list_counters.pop()

    # -- parser callbacks ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, Optional[str]]]) -> None:
        attrs = dict(attrs_list)
        if tag == "br":
            if not self.dropped and not self.fresh and self.out:
                self.pending = min(2, self.pending + 1)
            return
        if tag in _VOID:
            if tag == "hr":
                self._break(1)
            return
        self._close_implied(tag)
        dropped = _is_noise(tag, attrs, self.content_roots > 0)
        if tag in ("ul", "ol"):  # counted even when dropped: the end tag pops it
            self.list_counters.append(None if tag == "ul" else _list_start(attrs))
        if not self.dropped and not dropped:
            self._open_effect(tag, attrs)
        self._push(tag, dropped)

    def _open_effect(self, tag: str, attrs: dict[str, Optional[str]]) -> None:
        if tag in _PARA_BLOCKS:
            self._break(2)
        elif tag in _LINE_BLOCKS:
            self._break(1)
        if tag == "tr":
            self.cells_in_row = 0
            self.row_mark = len(self.out)
        elif tag in _CELLS:
            if self.cells_in_row:
                # Breaks closing the previous cell's blocks are not row breaks; a break
                # from before the row (only empty cells so far) still is.
                if len(self.out) > self.row_mark:
                    self.pending = 0
                elif self.pending and self.out:
                    self.out.append("\n" * self.pending)
                self.out.append("\t")
                self.pending = 0
            self.cells_in_row += 1
            self.fresh = True
        elif tag == "li":
            marker = "- "
            if self.list_counters and self.list_counters[-1] is not None:
                number = self.list_counters[-1]
                value = attrs.get("value")
                if value and value.strip().isdigit():
                    number = int(value)
                marker = f"{number}. "
                self.list_counters[-1] = number + 1
            self.marker = marker  # written with the item's first text; "<li><p>Text" is one line
            self.fresh = True

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        self._pop_to(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self.dropped:
            return
        if not self.pre:
            data = _WS.sub(" ", data)
            if not data.strip():
                # Whitespace between tags: a word separator only inside running text.
                if self.out and not self.pending and not self.fresh and not self.out[-1].endswith(("\n", "\t", " ")):
                    self.out.append(" ")
                return
            at_line_start = self.pending or self.fresh or not self.out or self.out[-1].endswith(("\n", "\t"))
            if at_line_start:
                data = data.lstrip()
        self._write(data)

    def text(self) -> str:
        joined = "".join(self.out)
        joined = _SPACE_AROUND_NL.sub("\n", joined)
        joined = _SPACE_AROUND_TAB.sub("\t", joined)
        return _MULTI_SPACE.sub(" ", joined).strip()


def decode_html(raw: bytes, warnings: list[str]) -> str:
    """Bytes to str: BOM, then a ``<meta>`` charset, then UTF-8, falling back to cp1252."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc, errors="replace")
    declared = None
    match = _META_CHARSET.search(raw[:4096])
    if match:
        declared = match.group(1).decode("ascii", "replace").lower()
        if declared in _AS_CP1252:
            declared = "cp1252"
        try:
            codecs.lookup(declared)
        except LookupError:
            warnings.append(f"page declares an unknown charset {declared!r}; read as UTF-8")
            declared = None
    encoding = declared or "utf-8"
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        if encoding == "cp1252":
            return raw.decode("cp1252", errors="replace")
        warnings.append(f"page is not valid {encoding}; decoded as cp1252")
        return raw.decode("cp1252", errors="replace")


def html_to_text(raw: bytes, warnings: list[str]) -> str:
    """The visible minutes text of an HTML page, one line per block (not yet normalised)."""
    builder = _TextBuilder()
    builder.feed(decode_html(raw, warnings))
    builder.close()
    text = builder.text()
    if not text:
        warnings.append("page has no text outside navigation and scripts")
    return text
