"""Entries of an agenda pack's own agenda: number, title and page range.

Why: the agenda is the pack's table of contents; users want "item 4 is on pages
13 - 28" without re-reading the pack. Only ``agenda`` parts are read (from
``minutes_sections``), and main numbers must run in sequence, so numbered
paragraphs of the boilerplate printed after the agenda are not taken as entries.
"""

from __future__ import annotations

import calendar
import re
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import spans as S
from .patterns import PatternComponent, alternation
from .text_lines import Line, iter_lines
from .text_regions import part_ranges

MAIN_RE = re.compile(r"^(\d{1,3})([.)]?)\s+([A-Za-z\"'‘“(].*)$")
_MONTHS = [m for m in calendar.month_name if m] + [m for m in calendar.month_abbr if m]
NUMBER_ONLY_RE = re.compile(r"^(\d{1,3})[.)]?$")
SUB_RE = re.compile(r"^\(([0-9]{1,2}|[a-z]|[ivx]{1,4})\)\s+(\S.*)$")
RULE_RE = re.compile(r"^[\s|:\-–*]*$")


class AgendaComponent(PatternComponent):
    def compile(self) -> None:
        p = self.patterns
        noise = "|".join(p.get("title_noise", [])) or r"(?!x)x"
        self.noise_re = re.compile(rf"\s*(?:{noise})\s*", re.IGNORECASE)
        prefix = alternation(p.get("page_prefixes", []))
        pages = r"(\d{1,4})\s*[-–]\s*(\d{1,4})"
        self.pages_line_re = re.compile(rf"^(?:(?:{prefix})\s*)?{pages}$", re.IGNORECASE)
        # inline ranges need spaces round the dash, so "Strategy 2021-2030" keeps its years
        self.pages_tail_re = re.compile(
            rf"\s+\(?(?:(?:{prefix})\s*(\d{{1,4}})\s*[-–]\s*(\d{{1,4}})|(\d{{1,4}})\s+[-–]\s+(\d{{1,4}}))\)?$",
            re.IGNORECASE,
        )
        self.stop_re = re.compile(rf"^(?:{alternation(p.get('stop_headings', []))})\s*:?$", re.IGNORECASE)
        self.max_title = int(p.get("max_title_chars", 150))
        # "10 June 2022 at 7pm" or "30 minutes are available" under an item is not item 10/30
        not_titles = alternation(list(p.get("not_titles_after_bare_number", [])) + _MONTHS)
        self.not_title_re = re.compile(rf"^(?:{not_titles})\b", re.IGNORECASE)
        self.max_gap = int(p.get("max_number_gap", 3))

    def _next_main(self, match: re.Match[str], main: Optional[int]) -> bool:
        """Is this numbered line the next agenda entry (numbers run on, small gaps allowed)?"""
        n = int(match.group(1))
        if main is not None and not (main < n <= main + self.max_gap):
            return False
        if len(match.group(3)) > self.max_title:
            return False  # a numbered paragraph, not a heading
        return bool(match.group(2)) or not self.not_title_re.match(match.group(3))

    def _pages(self, match: Optional[re.Match[str]]) -> Optional[str]:
        if not match:
            return None
        a, b = (int(g) for g in match.groups() if g is not None)
        return f"{a} - {b}" if a <= b and b - a < 500 else None

    def _clean(self, title: str) -> str:
        title = self.noise_re.sub(" ", title)
        return re.sub(r"\s+", " ", title).strip(" -–|:")

    def entries(self, text: str, start: int, end: int) -> list[dict[str, Any]]:
        """Agenda entries in ``text[start:end]`` as dicts with offsets."""
        out: list[dict[str, Any]] = []
        main: Optional[int] = None
        pending: Optional[tuple[int, Line]] = None  # number printed alone on its line
        last: Optional[dict[str, Any]] = None  # entry that may still take a page range
        for line in iter_lines(text, start, end):
            raw = line.text
            if RULE_RE.match(raw):
                continue
            cells = [c.strip() for c in re.split(r"\t|\|", raw)] if ("\t" in raw or raw.count("|") >= 2) else [raw]
            cells = [c for c in cells if c and not RULE_RE.match(c)]
            if not cells:
                continue
            head = cells[0].lstrip("-*• ").strip() if cells[0].startswith(("- ", "* ", "• ")) else cells[0]
            if len(cells) > 1 and NUMBER_ONLY_RE.match(head) and not self.pages_line_re.match(cells[1]):
                head = f"{head} {cells[1]}"  # "No. | Item" tables: the number has its own cell
                cells = [head] + cells[2:]
            pages = self._pages(self.pages_line_re.match(cells[-1])) if len(cells) > 1 else None
            if self.stop_re.match(head):
                break
            if len(cells) == 1 and last is not None and last["pages"] is None:
                got = self._pages(self.pages_line_re.match(head))
                if got:
                    last["pages"], last["end"] = got, line.end
                    continue
            number: Optional[str] = None
            title: Optional[str] = None
            m = MAIN_RE.match(head)
            if pending is not None:
                number, title, main = str(pending[0]), head, pending[0]
                line = Line(pending[1].start, line.end, head)
                pending = None
            elif (n := NUMBER_ONLY_RE.match(head)) and (main is None or main < int(n.group(1)) <= main + self.max_gap):
                pending = (int(n.group(1)), line)
                continue
            elif m and self._next_main(m, main):
                main = int(m.group(1))
                number, title = m.group(1), m.group(3)
            elif main is not None and (s := SUB_RE.match(head)):
                number, title = f"{main}({s.group(1)})", s.group(2)
            if number is None or title is None:
                last = None if len(raw) > self.max_title else last
                continue
            if len(title) > self.max_title:
                last = None
                continue
            tail = self.pages_tail_re.search(title)
            if tail and not pages:
                pages, title = self._pages(tail), title[: tail.start()]
            entry = {"number": number, "title": self._clean(title) or None, "pages": pages,
                     "start": line.start, "end": line.end}
            out.append(entry)
            last = entry
        return out

    def __call__(self, doc: Doc) -> Doc:
        S.reset(doc, S.AGENDA)
        for start, end in part_ranges(doc, "agenda"):
            for e in self.entries(S.doc_text(doc), start, end):
                S.add_span(doc, S.AGENDA, e["start"], e["end"], "agenda", e)
        return doc


@Language.factory(
    "minutes_agenda",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_agenda"}},
)
def make_agenda(nlp: Language, name: str, patterns: dict[str, Any]) -> AgendaComponent:
    return AgendaComponent(nlp, name, patterns)
