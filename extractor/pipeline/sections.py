"""Split an agenda pack into its parts: agenda, minutes, reports, work programme.

Why: a pack (agenda, previous minutes, reports, work programme in one file) must
only yield meetings from its minutes, while its agenda and work programme are
read as structure. Single minutes pages are by far the most common input, so
the rule is conservative: the whole text is ``minutes`` unless the text opens
with an agenda, or a set of minutes visibly ends ("The meeting rose at ...")
and is followed by report or work-programme material.
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

_MONTHS = "|".join(m for m in calendar.month_name if m) + "|" + "|".join(
    m for m in calendar.month_abbr if m
)
DATE_RE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}\b"
    rf"|\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    re.IGNORECASE,
)
# "1.", "(2)", "3)", "4.1", "a)" at the start of a line, optionally after a table bar or bullet.
NUMBERED_RE = re.compile(r"^\s*(?:[-*•|]\s*)?(?:\(?\d{1,3}[A-Za-z]?[.)]|\([a-z0-9]{1,4}\)|\d+(?:\.\d+)+|[a-z][.)])(?:\s|$)")
# "IV. Meeting Minutes": an agenda entry numbered in capital roman numerals
_ROMAN_ENTRY = re.compile(r"^\s*[IVX]{1,5}\.\s+[A-Z]")
_FIRST_ENTRY = re.compile(r"^\s*(?:item\s+)?0?1(?:\.0?)?[.):]?\s+[A-Z]", re.IGNORECASE)  # "1. Welcome", "Item 1 Apologies"
PAGE_RANGE_RE = re.compile(r"^\s*(?:pages?\s*)?\d{1,4}\s*[-–]\s*\d{1,4}\s*$", re.IGNORECASE)
SHORT = 120
AGENDA_LINES = 120  # an agenda heading must come this early (after a cover page)
COVER_LINES = 12
MIN_MINUTES_LINES = 8  # minutes shorter than this cannot have ended yet  # a second "Recommendations" this close to the first is the same cover


def _title_case(text: str) -> bool:
    """Headings capitalise most longer words; sentences do not."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text) if len(w) > 3]
    return not words or sum(w[0].isupper() for w in words) * 2 >= len(words)


def _line_re(phrases: list[str], tail: str = r"\s*[:.\-–]?\s*$") -> re.Pattern[str]:
    """A whole-line match of one of ``phrases`` (optional number before, punctuation after)."""
    return re.compile(rf"^(?:\d{{1,2}}[.)]?\s+)?(?:{alternation(phrases)}){tail}", re.IGNORECASE)


class SectionsComponent(PatternComponent):
    def compile(self) -> None:
        p = self.patterns
        self.body_re = re.compile(rf"\b(?:{alternation(p.get('body_words', []))})\b", re.IGNORECASE)
        self.minutes_heading_re = _line_re(p.get("minutes_heading", []))
        self.page_header_re = re.compile(rf"^(?:{alternation(p.get('page_headers', []))})\s*$", re.IGNORECASE)
        self.opener_re = re.compile(rf"^(?:{alternation(p.get('minutes_openers', []))})\b", re.IGNORECASE)
        self.meeting_word_re = re.compile(rf"\b(?:{alternation(p.get('meeting_words', []))})\b", re.IGNORECASE)
        self.attendance_re = re.compile(
            rf"^(?:{alternation(p.get('attendance_headings', []))})\s*(?::|$|\s*[-–]|\s+(?=[A-Z]))", re.IGNORECASE
        )
        self.end_re = re.compile(rf"^(?:{alternation(p.get('minutes_end', []))})\b", re.IGNORECASE)
        self.signature_re = re.compile(
            rf"^[.\s_…-]*(?:(?:{alternation(p.get('signature_words', []))})\b[\s.:_…-]*)+$|^[.\s_…-]+$", re.IGNORECASE
        )
        self.agenda_re = _line_re(p.get("agenda_headings", []))
        self.report_re = _line_re(p.get("report_headings", []))
        self.report_section_re = re.compile(
            rf"^(?:\d{{1,2}}(?:\.\d+)*[.)]?\s+)?(?:{alternation(p.get('report_sections', []))})\b", re.IGNORECASE
        )
        self.report_window = int(p.get("report_confirm_window", 25))
        self.wp_heading_re = re.compile(rf"\b(?:{alternation(p.get('work_programme_headings', []))})\b", re.IGNORECASE)
        self.wp_table_re = re.compile(
            rf"^\|?\s*(?:{alternation(p.get('work_programme_table_headers', []))})\b", re.IGNORECASE
        )
        self.wp_section_re = re.compile(rf"^(?:{alternation(p.get('work_programme_sections', []))})\b", re.IGNORECASE)
        self.citation_re = re.compile(p.get("agenda_citation", r"(?!)"), re.IGNORECASE)
        cues = alternation(p.get("record_cues", []))
        self.record_re = re.compile(rf"\b(?:{cues})\b", re.IGNORECASE) if cues else re.compile(r"(?!)")
        self.min_record_cues = int(p.get("min_record_cues", 3))
        self.page_marker_re = re.compile(rf"^(?:{alternation(p.get('page_markers', []))})\.?$", re.IGNORECASE)
        self.closing_item_re = re.compile(p.get("closing_item", r"(?!)"), re.IGNORECASE)
        self.min_trailing = int(p.get("min_trailing_lines", 20))

    # --- line classifiers -------------------------------------------------
    def _is_body(self, line: Line) -> bool:
        text = line.text
        return (
            len(text) <= SHORT
            and _title_case(text)
            and bool(self.body_re.search(text))
            and not NUMBERED_RE.match(text)
        )

    def _is_date(self, line: Line) -> bool:
        return len(line.text) <= 60 and bool(DATE_RE.search(line.text))

    def _is_table(self, line: Line) -> bool:
        return "\t" in line.text or line.text.count("|") >= 2

    def _minutes_start(self, lines: list[Line], i: int, strong_only: bool) -> bool:
        """Does a set of minutes start at line ``i``?"""
        text = lines[i].text
        if NUMBERED_RE.match(text):
            return False
        near = lines[max(0, i - 4) : i + 5]
        if self.minutes_heading_re.match(text):
            return any(self._is_body(x) or self._is_date(x) for x in near if x is not lines[i])
        if self.opener_re.match(text) and self.meeting_word_re.search(text):
            nxt = lines[i + 1].text if i + 1 < len(lines) else ""
            return not PAGE_RANGE_RE.match(nxt)
        if strong_only:
            return False
        return bool(self.attendance_re.match(text) or self.page_header_re.match(text))

    def _renumbered_minutes(self, lines: list[Line], i: int, since: int) -> bool:
        """A "Minutes" heading under an agenda whose numbering starts again below it ("1.
        Introduction" ... "8. Close", "Minutes draft", "1. Introduction"): the agenda
        printed over its own minutes, the entries repeated with what happened under each."""
        text = lines[i].text
        if i + 1 >= len(lines) or NUMBERED_RE.match(text) or not self.minutes_heading_re.match(text):
            return False
        first = _FIRST_ENTRY.match(lines[i + 1].text)
        return bool(first) and any(_FIRST_ENTRY.match(x.text) for x in lines[since:i])

    def _confirmed_minutes(self, lines: list[Line], i: int) -> bool:
        """A minutes start that ends an agenda must be followed by an attendance block, or
        by a record of what happened ("The roll was called ...", "Motion duly seconded.
        Motion called and passed."): minutes that take the roll in prose have no block."""
        if any(self.attendance_re.match(x.text) for x in lines[i : i + 20]):
            return True
        return sum(1 for x in lines[i + 1 : i + 40] if self.record_re.search(x.text)) >= self.min_record_cues

    def _report_start(self, lines: list[Line], i: int) -> bool:
        """A report cover: a "Recommendation(s)" heading under a cover header (body name or
        date just above), followed by the usual report sections."""
        if not self.report_re.match(lines[i].text):
            return False
        if not self._has_cover(lines, i):
            return False
        return any(self.report_section_re.match(x.text) for x in lines[i + 1 : i + 1 + self.report_window])

    def _has_cover(self, lines: list[Line], i: int) -> bool:
        for j in range(i - 1, max(-1, i - 7), -1):
            if len(lines[j].text) > SHORT:
                return False
            if self._is_body(lines[j]) or self._is_date(lines[j]):
                return True
        return False

    def _wp_start(self, lines: list[Line], i: int) -> bool:
        text = lines[i].text
        if self.wp_table_re.match(text) and (self._is_table(lines[i]) or len(text) <= 60):
            return True  # a table header ("Meeting Date | Reports"), also when PDF text lost the cells
        if self.wp_section_re.match(text) and len(text) <= SHORT:
            return any(self._is_table(x) or x.text[:1] in "-*•" for x in lines[i + 1 : i + 4])
        if len(text) <= SHORT and self.wp_heading_re.search(text) and not NUMBERED_RE.match(text.lstrip("|- ")):
            return any(self._is_table(x) for x in lines[i + 1 : i + 5]) and not self._is_table(lines[i])
        return False

    def _header_start(self, lines: list[Line], i: int, floor: int) -> int:
        """Index of the first line of the header block (body name, date, title) above line ``i``."""
        best = i
        for j in range(i - 1, max(floor, i - 7) - 1, -1):
            line = lines[j]
            if len(line.text) > SHORT or self.page_marker_re.match(line.text) or self.end_re.match(line.text):
                break
            if self.signature_re.match(line.text) or line.text[:1] in "-*•" or not _title_case(line.text):
                break
            if NUMBERED_RE.match(line.text) or PAGE_RANGE_RE.match(line.text):
                break
            if self._is_body(line):
                best = j
        if best < i and best - 1 >= floor:
            prev = lines[best - 1]
            # a body name printed over two lines: "Environment and Climate Change" / "... Committee"
            if (
                len(prev.text) <= 60
                and not re.search(r"\d|[.:;,]$", prev.text)
                and not self.page_marker_re.match(prev.text)
                and not self.signature_re.match(prev.text)
                and not NUMBERED_RE.match(prev.text)
                and prev.text[:1] not in "-*•"
            ):
                best -= 1
        return best

    def _signature_end(self, lines: list[Line], i: int) -> int:
        """Index of the last line of a minutes-end block (end line plus signature lines)."""
        last = i
        for j in range(i + 1, min(len(lines), i + 5)):
            if len(lines[j].text) <= 60 and self.signature_re.match(lines[j].text):
                last = j
            else:
                break
        return last

    # --- splitting --------------------------------------------------------
    def split(self, text: str) -> list[tuple[int, int, str, Optional[str]]]:
        """Contiguous (start, end, kind, title) parts covering ``text``."""
        lines = list(iter_lines(text))
        n = len(text)
        if not lines:
            return [(0, n, "minutes", None)]
        starts: list[tuple[int, str]] = []  # (line index, kind)
        i = 0
        kind = "minutes"
        if self._opens_with_agenda(lines):
            kind = "agenda"
        starts.append((0, kind))
        # Walk the lines; the state says what we are in and which cues may end it.
        minutes_ended = False
        cue = -COVER_LINES - 1  # line of the current report's cover cue
        while i < len(lines):
            line = lines[i]
            if kind == "agenda":
                if (self._minutes_start(lines, i, strong_only=True) and self._confirmed_minutes(lines, i)
                        or self._renumbered_minutes(lines, i, starts[-1][0])):
                    kind, minutes_ended = "minutes", False
                    starts.append((self._header_start(lines, i, starts[-1][0] + 1), kind))
                elif self._report_start(lines, i) or self._wp_start(lines, i):
                    kind = "report" if self._report_start(lines, i) else "work_programme"
                    starts.append((self._header_start(lines, i, starts[-1][0] + 1), kind))
                    cue = i
            elif kind == "minutes" and not minutes_ended and self._closes_packet_minutes(lines, i):
                kind = "report"  # the attachments of a packet follow its minutes' last item
                starts.append((i + 1, kind))
                cue = i
            elif kind == "minutes":
                # an end line in the header ("Meeting Concluded: 4.38pm") is not the end,
                # unless a signature follows it
                last = self._signature_end(lines, i) if self.end_re.match(line.text) else i
                if (
                    not minutes_ended
                    and self.end_re.match(line.text)
                    and (i - starts[-1][0] >= MIN_MINUTES_LINES or last > i)
                ):
                    if self._later_parts(lines, last + 1):
                        kind = "after_minutes"
                        starts.append((last + 1, kind))
                        i = last + 1
                        continue
                    minutes_ended = True
            else:  # after minutes, in a report or in a work programme
                if self._minutes_start(lines, i, strong_only=True) and (
                    kind == "after_minutes" or self._confirmed_minutes(lines, i)
                ):
                    kind, minutes_ended = self._set_kind(starts, lines, i, "minutes"), False
                elif kind == "after_minutes" and self._report_start(lines, i):
                    kind, cue = self._set_kind(starts, lines, i, "report"), i
                elif kind != "work_programme" and self._wp_start(lines, i):
                    kind = self._set_kind(starts, lines, i, "work_programme")
                elif self._report_start(lines, i) and not (kind == "report" and i - cue <= COVER_LINES):
                    kind = self._set_kind(starts, lines, i, "report")
                    cue = i
            i += 1
        return self._materialise(text, lines, starts)

    def _closes_packet_minutes(self, lines: list[Line], i: int) -> bool:
        """A numbered closing item that records the time the meeting ended ("10. Adjournment:
        3:12 PM") with many lines still to come: in a board packet the attachments (reports,
        trial balances, grant notices) follow the minutes, and they hold no business of the
        meeting."""
        return bool(self.closing_item_re.match(lines[i].text)) and len(lines) - i > self.min_trailing

    def _set_kind(self, starts: list[tuple[int, str]], lines: list[Line], i: int, kind: str) -> str:
        """Start a new part of ``kind`` at the header above line ``i`` (or relabel a fresh one)."""
        if starts[-1][1] == "after_minutes":
            starts[-1] = (starts[-1][0], kind)
        else:
            starts.append((self._header_start(lines, i, starts[-1][0] + 1), kind))
        return kind

    def _later_parts(self, lines: list[Line], i: int) -> bool:
        """Does anything after a minutes end look like a report, work programme or other minutes?"""
        return any(
            self._report_start(lines, j) or self._wp_start(lines, j) or self._minutes_start(lines, j, strong_only=True)
            for j in range(i, len(lines))
        )

    def _opens_with_agenda(self, lines: list[Line]) -> bool:
        """The text starts with an agenda: an agenda heading in its opening lines, numbered
        entries below it, and no minutes cue (ModernGov headers, "Minutes:", "Present")
        before the first confirmed set of minutes, nor record of what happened under the
        entries ("Apologies were received ...", "The committee agreed ...")."""
        head = lines[:AGENDA_LINES]
        if any(self.page_header_re.match(x.text) for x in lines[:15]):
            return False
        heading = next((k for k, x in enumerate(head) if self.agenda_re.match(x.text) and not self._cites_item(lines, k)), None)
        if heading is None:
            return False
        numbered = records = 0
        for k in range(heading + 1, len(lines)):
            x = lines[k]
            if (self._minutes_start(lines, k, strong_only=True) and self._confirmed_minutes(lines, k)
                    or self._renumbered_minutes(lines, k, heading)):
                break
            if self.page_header_re.match(x.text) or self.attendance_re.match(x.text):
                return False
            if (NUMBERED_RE.match(x.text) or _ROMAN_ENTRY.match(x.text) and _title_case(x.text)) and len(x.text) <= SHORT:
                numbered += 1
            elif self.record_re.search(x.text):
                records += 1
        if records >= self.min_record_cues:
            return False  # minutes kept on the agenda's template: what happened is written under each entry
        if any(self._minutes_start(lines, k, strong_only=False) for k in range(0, heading)):
            return False
        return numbered >= 2

    def _cites_item(self, lines: list[Line], k: int) -> bool:
        """"Agenda" over "Item 4": the stamp of the agenda item these minutes were filed under,
        not an agenda heading."""
        return k + 1 < len(lines) and bool(self.citation_re.match(lines[k + 1].text))

    def _materialise(
        self, text: str, lines: list[Line], starts: list[tuple[int, str]]
    ) -> list[tuple[int, int, str, Optional[str]]]:
        out: list[tuple[int, int, str, Optional[str]]] = []
        for k, (li, kind) in enumerate(starts):
            if kind == "after_minutes":  # not reached in practice: a cue always relabels it
                kind = "minutes"
            begin = 0 if k == 0 else lines[li].start
            stop = lines[starts[k + 1][0]].start if k + 1 < len(starts) else len(text)
            if stop <= begin:
                continue
            out.append((begin, stop, kind, self._title(text, lines, li, kind, stop)))
        return out

    def _title(self, text: str, lines: list[Line], li: int, kind: str, stop: int) -> Optional[str]:
        """A short human title: body name and date for agenda/minutes, the report's own title
        for reports, the heading for work programmes."""
        block = [x for x in lines[li : li + 8] if x.start < stop]
        block = [x for x in block if not self.page_marker_re.match(x.text)]
        if not block:
            return None
        if kind == "report":
            cue = next((k for k, x in enumerate(block) if self.report_re.match(x.text)), len(block))
            head = block[:cue]
            last_body = max((k for k, x in enumerate(head) if self._is_body(x)), default=-1)
            for x in head[last_body + 1 :]:
                if not self._is_date(x):
                    return x.text[:SHORT]
        if kind == "work_programme":
            for x in block:
                if self.wp_heading_re.search(x.text) or self._is_body(x):
                    return x.text.strip("| ")
        if len(block[0].text) > 60:
            return block[0].text[:SHORT]
        body = next((x.text for x in block[:4] if self._is_body(x) and not self.page_header_re.match(x.text)), None)
        date = next((x.text for x in block[:4] if self._is_date(x)), None)
        if body and date and date != body:
            return f"{body} – {date}"
        return (body or block[0].text)[:SHORT]

    def __call__(self, doc: Doc) -> Doc:
        S.reset(doc, S.PARTS)
        for start, end, kind, title in self.split(S.doc_text(doc)):
            S.add_span(doc, S.PARTS, start, end, kind, {"title": title})
        return doc


@Language.factory(
    "minutes_sections",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_sections"}},
)
def make_sections(nlp: Language, name: str, patterns: dict[str, Any]) -> SectionsComponent:
    return SectionsComponent(nlp, name, patterns)
