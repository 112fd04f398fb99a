"""Rows of work-programme and forward-plan tables, and their bulleted lists.

Why: a committee's work programme says which reports come to which meeting and
what is pending (future items, briefings to circulate); users track these
across packs. Only ``work_programme`` parts (from ``minutes_sections``) are read.
Tables arrive as tab- or "|"-separated lines whose header row names the
columns; the column roles (date, topic, owner, status) come from pattern data.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import spans as S
from .patterns import PatternComponent, alternation
from .text_lines import Line, iter_lines
from .text_regions import part_ranges

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
DAY_MONTH_RE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_ALT})\.?,?(?:\s+(\d{{4}}|\d{{2}})\b)?", re.IGNORECASE
)
NUMERIC_RE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")
DATE_LEAD_RE = re.compile(
    rf"^(?:\d{{1,2}})(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})\.?,?(?:\s+\d{{4}})?(?=\s)", re.IGNORECASE
)
MONTH_YEAR_RE = re.compile(rf"\b({_MONTH_ALT})\s+(\d{{4}})\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def parse_date(phrase: str, base: Optional[dt.date]) -> tuple[Optional[str], Optional[tuple[int, int]]]:
    """ISO date of the first day-month(-year) date in ``phrase`` and its span there.

    A missing year is the pack's year (``base``), moved on a year when that would put
    the date well before the pack (a September pack listing "22 February").
    """
    m = DAY_MONTH_RE.search(phrase)
    if m:
        day, month, year_text = int(m.group(1)), _MONTHS[m.group(2).lower()], m.group(3)
    else:
        m = NUMERIC_RE.search(phrase)
        if not m:
            return None, None
        day, month, year_text = int(m.group(1)), int(m.group(2)), m.group(3)
    if year_text:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    elif base is not None:
        year = base.year
        try:
            if dt.date(year, month, day) < base - dt.timedelta(days=60):
                year += 1
        except ValueError:
            return None, None
    else:
        return None, (m.start(), m.end())
    try:
        return dt.date(year, month, day).isoformat(), (m.start(), m.end())
    except ValueError:
        return None, None


class WorkProgrammeComponent(PatternComponent):
    def compile(self) -> None:
        p = self.patterns
        cols = p.get("columns", {})
        self.columns = [(role, [k.lower() for k in cols.get(role, [])]) for role in ("owner", "meeting_date", "status", "topic")]
        self.bullet_sections = [
            (re.compile(rf"\b(?:{alternation([s['heading']])})\b", re.IGNORECASE), s["status"])
            for s in p.get("bullet_sections", [])
        ]
        self.table_sections = [
            (re.compile(rf"\b(?:{alternation([s['heading']])})\b", re.IGNORECASE), s["status"])
            for s in p.get("table_sections", [])
        ]
        verbs = alternation(p.get("owner_verbs", []))
        self.owner_re = re.compile(
            rf"(?:^|[–—-]\s+|;\s*)((?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+)\s+to\s+(?:{verbs})\b"
        )
        self.markup_re = re.compile("|".join(p.get("markup", [])) or r"(?!x)x")
        bullets = "".join(re.escape(b) for b in p.get("bullets", ["-"]))
        self.bullet_re = re.compile(rf"^([{bullets}])\s+(\S.*)$")

    # --- helpers ------------------------------------------------------------
    def _clean(self, text: str) -> str:
        text = self.markup_re.sub(" ", text)
        text = re.sub(r"\s+", " ", text).strip(" -–|;")
        return text.rstrip(".").strip()

    @staticmethod
    def _cells(text: str, line: Line) -> list[str]:
        """Cells of a table line, keeping empty leading cells so columns line up."""
        raw = text[text.rfind("\n", 0, line.start) + 1 : line.end]
        if "\t" in raw:
            return [c.strip() for c in raw.split("\t")]
        raw = raw.strip()
        if raw.startswith("|"):
            raw = raw[1:]
        if raw.endswith("|"):
            raw = raw[:-1]
        return [c.strip() for c in raw.split("|")]

    @staticmethod
    def _is_table(line: Line) -> bool:
        return "\t" in line.text or line.text.count("|") >= 2

    def _header(self, cells: list[str]) -> Optional[dict[str, int]]:
        """Column roles of a header row, or None when the row is not a header."""
        norm = [re.sub(r"\s+", " ", c.lower()).strip(" :*") for c in cells]
        roles: dict[str, int] = {}
        for role, keys in self.columns:
            for key in keys:
                hit = next(
                    (i for i, c in enumerate(norm) if i not in roles.values() and (c == key or c.startswith(key + " "))),
                    None,
                )
                if hit is not None:
                    roles[role] = hit
                    break
        if "topic" in roles and ("meeting_date" in roles or "owner" in roles):
            return roles
        return None

    def _base_date(self, text: str, start: int, end: int) -> Optional[dt.date]:
        """The pack's reference date: its first full date (or "Month YYYY")."""
        window = text[start : min(end, start + 3000)]
        for m in DAY_MONTH_RE.finditer(window):
            if m.group(3) and len(m.group(3)) == 4:
                iso, _ = parse_date(m.group(0), None)
                if iso:
                    return dt.date.fromisoformat(iso)
        m = MONTH_YEAR_RE.search(window) or MONTH_YEAR_RE.search(text[: min(len(text), 3000)])
        if m:
            return dt.date(int(m.group(2)), _MONTHS[m.group(1).lower()], 1)
        return None

    # --- rows ---------------------------------------------------------------
    def rows(self, text: str, start: int, end: int) -> list[dict[str, Any]]:
        """Work-programme rows in ``text[start:end]`` as dicts with offsets."""
        base = self._base_date(text, start, end)
        lines = list(iter_lines(text, start, end))
        out: list[dict[str, Any]] = []
        tables = 0
        i = 0
        heading_status: Optional[str] = None  # status of the table section we are in
        while i < len(lines):
            line = lines[i]
            if self._is_table(line):
                roles = self._header(self._cells(text, line))
                if roles is None:
                    i += 1
                    continue
                i += 1
                tables += 1
                previous: Optional[dict[str, Any]] = None
                while i < len(lines) and self._is_table(lines[i]):
                    row = self._row(text, lines[i], roles, base, heading_status, previous)
                    if row:
                        out.append(row)
                        previous = row
                    i += 1
                continue
            section = next((st for rx, st in self.bullet_sections if rx.search(line.text)), None)
            if section is not None and not self.bullet_re.match(line.text) and len(line.text) <= 120:
                i = self._bullets(text, lines, i + 1, section, out)
                continue
            if not self.bullet_re.match(line.text) and len(line.text) <= 120:
                heading_status = next((st for rx, st in self.table_sections if rx.search(line.text)), None)
            i += 1
        if not tables:
            out = self._dated_lines(text, lines, base) + out
            out.sort(key=lambda r: r["start"])
        return out

    def _dated_lines(self, text: str, lines: list[Line], base: Optional[dt.date]) -> list[dict[str, Any]]:
        """Rows of a table whose cells were lost (PDF text): lines that open with a date."""
        out = []
        for line in lines:
            m = DATE_LEAD_RE.match(line.text)
            if not m:
                continue
            topic = self._clean(line.text[m.end() :])
            if len(topic) < 3 or not topic[0].isalpha() or topic.lower().startswith(("at ", "@")):
                continue
            iso, _ = parse_date(m.group(0), base)
            out.append({"meeting_date": iso, "topic": topic, "owner": None, "status": None,
                        "start": line.start, "end": line.end})
        return out

    def _row(
        self,
        text: str,
        line: Line,
        roles: dict[str, int],
        base: Optional[dt.date],
        section: Optional[str],
        previous: Optional[dict[str, Any]],
    ) -> Optional[dict[str, Any]]:
        """One table row; an empty date cell continues the row above (a merged cell)."""
        cells = self._cells(text, line)
        if all(re.fullmatch(r"[\s:\-–]*", c) for c in cells):
            return None  # markdown rule row

        def cell(role: str) -> str:
            k = roles.get(role)
            return cells[k] if k is not None and k < len(cells) else ""

        topic = self._clean(cell("topic"))
        if not topic:
            return None
        date_cell = cell("meeting_date")
        iso, where = parse_date(date_cell, base) if date_cell else (None, None)
        status = self._clean(cell("status")) or None
        if status is None and where is not None:
            rest = self._clean(date_cell[: where[0]] + " " + date_cell[where[1] :]).strip("() ")
            status = rest or None
        elif status is None and iso is None and date_cell.strip():
            status = self._clean(date_cell) or None  # "TBC", "Unscheduled"
        if not date_cell.strip() and "meeting_date" in roles and previous is not None:
            iso = previous["meeting_date"]
        owner = self._clean(cell("owner")) or None
        return {"meeting_date": iso, "topic": topic, "owner": owner, "status": status or section,
                "start": line.start, "end": line.end}

    def _bullets(self, text: str, lines: list[Line], i: int, status: str, out: list[dict[str, Any]]) -> int:
        """Top-level bullets under a section heading; returns the index after them."""
        while i < len(lines):
            line = lines[i]
            m = self.bullet_re.match(line.text)
            if not m:
                break
            indented = line.start > 0 and text[line.start - 1] not in "\n"
            if not indented:
                topic = self._clean(m.group(2))
                if topic:
                    who = self.owner_re.search(topic)
                    out.append({"meeting_date": None, "topic": topic, "owner": who.group(1) if who else None,
                                "status": status, "start": line.start, "end": line.end})
            i += 1
        return i

    def __call__(self, doc: Doc) -> Doc:
        S.reset(doc, S.WORK_PROGRAMME)
        for start, end in part_ranges(doc, "work_programme"):
            for row in self.rows(S.doc_text(doc), start, end):
                S.add_span(doc, S.WORK_PROGRAMME, row["start"], row["end"], row["status"] or "", row)
        return doc


@Language.factory(
    "minutes_work_programme",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_work_programme"}},
)
def make_work_programme(nlp: Language, name: str, patterns: dict[str, Any]) -> WorkProgrammeComponent:
    return WorkProgrammeComponent(nlp, name, patterns)
