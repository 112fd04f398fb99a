"""Agenda items of each meeting, with number and title as printed.

Items are told from numbered paragraphs by shape, not by wording:
- a heading is a short title line (number + title, number alone then title,
  "(1) Title" under a grouping heading, "12  UPPER CASE TITLE – text");
- top-level numbers must continue the meeting's sequence (a "1." after item 6 is
  a paragraph); sub-numbers ("4a", "4.1", "(2)") need their parent just before;
- lines introduced by a colon, or stacked without blank lines, are lists;
- a heading followed directly by its first sub-item only groups them: not an item.
Single-item pages ("Agenda item", "Meeting: ... (Item 5)", bare "Minutes:") give one
item covering the meeting after its header.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import spans as S
from .patterns import PatternComponent, alternation
from .dates import DATE_RE
from .text_lines import Line, all_lines
from ..structure.headings import Wording, acronym_opens_title, dated_tail, split_number, title_case, title_of
from .line_roles import line_roles
from .lead_business import compile_cues, lead_business_start
from ..structure.item_headings import HEADING_ROLES, model_headings
from ..structure.contents_list import contents_entries
from ..structure.flat_headings import flat_headings
from ..structure.item_titles import motion_follows, printed_surnames, refine_title, split_dated, title_end
from ..structure.title_tails import (compile_answers, compile_notes, running_numbers, split_item_note, split_minute_ref,
                                     trim_title_tail)

# minute references that carry their committee or year: "028/21F", "01/20/F&R", "2.3/23E", "13.17/18",
# "GBP/2122/214" (body/year/minute), "2017-07-113" (year-month-running number)
_REF_NUM = r"[A-Z]{2,6}/\d{2,4}/\d{1,4}(?!\w)|\d{4}-\d{1,2}-(?!(?:19|20)\d\d\b)\d{3,5}(?!\w)|\d{1,4}/\d{2,4}/[A-Z][A-Z&]{0,4}(?![\w&])|\d{1,4}/\d{2,4}[A-Z]{1,2}(?!\w)|\d{1,3}\.\d{1,2}/\d{2,4}[A-Z]{0,2}(?!\w)"
_NUM = _REF_NUM + r"|\d{1,3}\.\d{1,2}|\d{1,4}/\d{2,4}|\d{1,3}[a-z]?|[IVX]{1,5}(?=[.)])"
_REF_SUFFIX = re.compile(r"(?:/[A-Z][A-Z&]*|[A-Z]+)$")
_DASHED_REF = re.compile(r"^\d{4}-\d{1,2}-(\d{3,5})$")  # "2017-07-113": the running number is the last part
_SUB = re.compile(r"^(\d{1,3})(?:\.(?!0$)(\d{1,2})|([a-z]))$")  # "4.1", "4a" ("3.0" is top-level 3)
_ROMAN_VALUE = {r: k for k, r in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"), start=1)}
_SENTENCE_BREAK = re.compile(r"[a-z]{2,}[.!?]\s+[A-Z]")
_SPACES = re.compile(r"\s+")
_CLEANED_MAX = 20_000  # remembered cleaned titles before the memo starts afresh
_ROMAN = re.compile(r"^[ivx]+$")
_TITLED_MAX_WORDS = 8  # a title-case line over running text is a heading up to this many words
_BARE_MINUTE = re.compile(r"^\s*\d{1,4}[.)]?\s*$")  # "1772." alone on its line
_LETTER_ALONE = re.compile(r"^\(?([a-h])[.)]$")  # "a." / "(b)" alone on a line


@dataclass
class Heading:
    start: int  # first character of the heading (prefix line included)
    end: int  # where the heading ends and the body starts
    line: int  # index of the heading's last line
    number: Optional[str]
    title: Optional[str]
    kind: str  # alone | inline | paren | bullet | page
    top: Optional[int] = None  # numeric value of a top-level number
    parent: Optional[str] = None  # parent number of a sub-item
    is_group: bool = False


@dataclass
class _Sequence:
    """Where a meeting's item numbering has got to."""

    last_top: Optional[int] = None  # numeric value of the current top-level heading
    last_top_h: Optional[Heading] = None
    last_sub: Optional[Heading] = None
    body_since_top: bool = False  # body text seen since the current top-level heading
    body_since_sub: bool = False  # body text seen since the current sub-item heading
    last_deep: Optional[Heading] = None  # the current third-level heading ("8(a)(ii)")
    lettered: list[str] = field(default_factory=list)  # top-level (a), (b), ... sequence

    def continues(self, value: int) -> bool:
        return self.last_top is None or value > self.last_top


MODES = ("rules", "model", "combined")


class ItemsComponent(PatternComponent):
    """Item headings from the rules, the line-role model, or both (``mode``)."""

    def __init__(self, nlp, name: str, patterns: dict[str, Any], mode: str = "combined",
                 add_threshold: float = 0.5, reject_below: float = 0.01, confirm_threshold: float = 0.5,
                 weak_keep: float = 0.2, unnumbered_threshold: float = 0.6) -> None:
        if mode not in MODES:
            raise ValueError(f"minutes_items mode {mode!r}: expected one of {', '.join(MODES)}")
        self.mode = mode
        self.add_threshold = add_threshold
        self.reject_below = reject_below
        self.confirm_threshold = confirm_threshold
        self.weak_keep = weak_keep
        self.unnumbered_threshold = unnumbered_threshold
        super().__init__(nlp, name, patterns)

    def compile(self) -> None:
        p = self.patterns
        self._noise = [re.compile(rx, re.IGNORECASE) for rx in p.get("title_noise", [])]
        self._cleaned: dict[str, str] = {}  # _clean_title's results: the same lines are cleaned many times
        self._markers = {m.lower() for m in p.get("item_page_markers", [])}
        self._item_ref = re.compile(p.get("item_ref", r"(?!)"), re.IGNORECASE)
        self._ref_only = re.compile(rf"^(?:{p.get('item_ref', r'(?!)')})", re.IGNORECASE)
        self._body_marker = re.compile(rf"^(?:{alternation(p.get('body_markers', []))})\s*:?$", re.IGNORECASE)
        # "Apologies Minutes: No apologies were reported.": an item page's table flattened onto
        # lines, title cell then the body's "Minutes:" label (title in group 1)
        labels = alternation([m.rstrip(":") for m in p.get("body_markers", []) if m.endswith(":")])
        self._label_words = [m for m in p.get("body_markers", []) if m.endswith(":")]
        self._cell_label = re.compile(rf"^(\S.*?)[ \t]+(?:{labels}):", re.MULTILINE) if labels else None
        self._page_noise = {m.lower() for m in p.get("page_noise_lines", [])}
        self._prefix = re.compile(p.get("number_prefix_line", r"(?!)"))
        self._max_words = int(p.get("max_title_words", 25))
        self._max_chars = int(p.get("max_title_chars", 220))
        self._max_period_words = int(p.get("max_period_title_words", 12))
        self._max_bullet_words = int(p.get("max_bullet_title_words", 15))
        self._alone = re.compile(rf"^(?P<num>{_NUM})\.?$")
        words = alternation(p.get("number_words", []))
        word = rf"(?:(?:{words})\s+)?" if words else ""
        stops = alternation(p.get("run_stop_words", []))
        self._run_stop = re.compile(rf"(?<=\s)(?:{stops})\b") if stops else None
        self._not_title = {t.lower() for t in p.get("not_title_lines", [])}
        self._never = {t.casefold() for t in p.get("never_item_titles", [])}
        calls = alternation(p.get("call_to_order_sentences", []))
        self._call_to_order = re.compile(rf"^(?:{calls})", re.IGNORECASE) if calls else re.compile(r"(?!)")
        self._min_unnumbered = int(p.get("min_unnumbered_headings", 3))
        self._table_header = re.compile(p.get("table_header", r"(?!)"), re.IGNORECASE)
        self._row_title_end = re.compile(p.get("row_title_end", r"(?!)"))
        self._para_start = re.compile(r"^(?P<n>\d{1,3})\.1\s+\S")
        # "CAB 45/23": a committee code before a minute reference (minute/year or year/minute)
        code = p.get("reference_code_prefix")
        ref = rf"(?:{code})(?=\d{{1,4}}/\d{{2,4}})" if code else "(?!)"
        dotted = p.get("dotted_code_prefix")  # "PL.101": a committee code joined to the minute number by a dot
        if dotted:
            ref = rf"{ref}|{dotted}(?=\d{{1,4}}\b)"
        self._inline = re.compile(
            rf"^{word}(?:(?P<num>(?:{ref})?(?:{_NUM}))(?:(?:\)\.|\.\)|[.):])(?![\d.])\s*|\s+(?:[-–—:]\s+)?)|\((?P<paren>\d{{1,2}}|[a-z]|[ivx]{{1,4}})\)[.]?\s*|(?P<letter>[a-h]|[ivx]{{1,4}})[.)]\s+)(?P<rest>\S.*)$"
        )
        self._bullet = re.compile(r"^[-–]\s+(?P<rest>\S.*)$")
        wrap = alternation(p.get("title_wrap_words", []))
        leads = alternation(p.get("motion_lead_words", []))
        self._motion_lead = re.compile(rf"^(?:{leads})\b", re.IGNORECASE) if leads else re.compile(r"(?!)")
        # "Snow Clearing" over "2." over "Moved by ...": a margin title over a numbered motion
        self._margin_title = re.compile(
            rf"^[ \t]*(?P<title>\S[^\n]{{2,119}})\n(?:[ \t]*\n)*[ \t]*\d{{1,4}}\.?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?i:{leads})\b",
            re.MULTILINE) if leads else re.compile(r"(?!)")
        not_leads = alternation(p.get("not_title_leads", []))
        # "1." over "Moved by Councillor A": a motion's number and its mover, no item heading
        self._not_title_lead = re.compile(rf"^(?:{not_leads})\b", re.IGNORECASE) if not_leads else re.compile(r"(?!)")
        self._wording = Wording(frozenset(w.lower() for w in p.get("sentence_openers", [])),
                                frozenset(w.lower() for w in p.get("heading_lead_words", [])))
        self._wrap_end = re.compile(rf"(?:^|\s)(?:{wrap})$|,$", re.IGNORECASE) if wrap else re.compile(r"(?!)")
        self._tail_notes = compile_notes(p.get("title_tail_notes", []))
        self._note_words = frozenset(w.lower() for w in p.get("title_note_words", []))
        # "Adopted as proposed by A and seconded by B": the decision under a heading, not one
        self._motion_record = re.compile(p.get("motion_record_line", r"(?!)"), re.IGNORECASE)
        self._empty_answer = compile_answers(p.get("never_item_titles", []))
        self._sentence_verbs = frozenset(w.lower() for w in p.get("sentence_verbs", []))
        leads = alternation(p.get("attendance_block_leads", []))
        self._attendance_lead = re.compile(rf"^(?:{leads})\b", re.IGNORECASE) if leads else re.compile(r"(?!)")
        self._lead_cues = compile_cues(p.get("lead_business_cues", []))

    # --- titles ---------------------------------------------------------------

    def _clean_title(self, text: str) -> str:
        """``text`` without the title noise (pattern data) and with its spaces collapsed.
        Remembered per text: a line is cleaned by every reading of it (rule candidates,
        model headings at two thresholds, title tests), each time through all the noise patterns."""
        got = self._cleaned.get(text)
        if got is None:
            got = text
            for rx in self._noise:
                got = rx.sub(" ", got)
            got = _SPACES.sub(" ", got).strip(" \t-–—:|")
            if len(self._cleaned) >= _CLEANED_MAX:
                self._cleaned.clear()
            self._cleaned[text] = got
        return got

    def _title_like(self, text: str, max_words: Optional[int] = None) -> bool:
        """A short heading line, not a sentence or a list lead-in."""
        if text.rstrip().endswith((":", ",", ";")):
            return False
        t = self._clean_title(text)
        words = t.split()
        if not words or len(words) > (max_words or self._max_words) or len(t) > self._max_chars:
            return False
        if not (t[0].isupper() or t[0].isdigit() or t[0] in "'\"‘“"):
            return False
        if t.endswith((":", ",", ";")) or _SENTENCE_BREAK.search(t):
            return False
        if t.rstrip("\"”’'").endswith(".") and len(words) > self._max_period_words:
            return False  # a sentence, also one ending in a quotation ('... the following motion: "..."')
        return True

    def _colon_heading(self, text: str) -> bool:
        """"Village Hall Lettings:": a few capitalised words and a colon, not a sentence's lead-in."""
        words = text.rstrip(":").split()
        return (text.endswith(":") and 1 <= len(words) <= 6 and text[0].isupper()
                and words[0].lower() not in self._wording.openers and not any(w.endswith((",", ".")) for w in words))

    @staticmethod
    def _caps_heading(text: str) -> bool:
        """"CORRESPONDENCE", "ANY OTHER BUSINESS": a short line all in capitals."""
        letters = [c for c in text if c.isalpha()]
        return len(letters) >= 4 and all(c.isupper() for c in letters) and len(text.split()) <= 8 and not text.endswith(".")

    def _paragraph(self, text: str) -> bool:
        """A sentence, not a heading: it ends with a full stop and opens like one ("The ...", "It ...")."""
        words = text.split()
        return bool(words) and text.rstrip().endswith(".") and words[0].lower() in self._wording.openers

    def _upper_run(self, rest: str) -> Optional[int]:
        """Length of a leading UPPER-CASE title run followed by text ("MINUTES – Resolved ...")."""
        # a number inside or closing the run belongs to it ("OUTTURN 2020/21", "FOR 32 DWELLINGS")
        m = re.match(r"(?:[^\sa-z]*[A-Z][^\sa-z]*(?:\s+|$)|[£(]?\d[\d/.,%]*\)?(?:\s+(?=[^\sa-z]*[A-Z][^\sa-z]*(?:\s|$))|$))+", rest)
        if not m or not re.search(r"(?:^|\s)[A-Z(][A-Z'’&()-]{2,}(?=[\s,:;]|$)|[A-Z]{2,}\s+[A-Z]{2,}", m.group(0)):
            return None
        end = m.end()
        stop = self._run_stop.search(rest[:end]) if self._run_stop else None
        if stop and stop.start() > 0:  # "MINUTES RESOLVED that ...": the decision word starts the text
            end = stop.start()
        if end >= len(rest):
            return len(rest)
        # the run's last word may be the first word of the text ("SPEAK There ...")
        head = rest[:end].rstrip()
        if not re.search(r"[-–—]\s*$", head):
            last = re.search(r"(\S+)\s*$", head)
            if last and len(last.group(1)) == 1 and last.group(1) in "AI":
                head = head[: last.start()].rstrip()
        return len(head)

    # --- candidates -------------------------------------------------------------

    def _prev_nonblank(self, ls: list[Line], i: int) -> tuple[Optional[Line], bool]:
        """Previous non-blank line and whether a blank line separates it from line i."""
        gap = False
        for j in range(i - 1, -1, -1):
            if ls[j].blank:
                gap = True
                continue
            return ls[j], gap
        return None, True

    def _next_nonblank(self, ls: list[Line], i: int) -> tuple[Optional[int], bool]:
        gap = False
        for j in range(i + 1, len(ls)):
            if ls[j].blank:
                gap = True
                continue
            return j, gap
        return None, True

    def _wrapped_title(self, ls: list[Line], i: int, title: str, end: int) -> tuple[int, str, int]:
        """A title wrapped onto the next line ("... LAND SOUTH OF" / "HOLLOW LANE"): the first line
        ends in a joining word or comma and the next, directly below, is a short heading line."""
        if i + 1 >= len(ls) or ls[i + 1].blank:
            return i, title, end
        nxt = ls[i + 1].text
        if _YEAR_RANGE.match(nxt):  # "Treasury Management Annual Report" / "2021/22"
            return i + 1, f"{title} {nxt.strip()}", ls[i + 1].end
        if not self._wrap_end.search(title):
            return i, title, end
        if nxt.endswith(".") or self._alone.match(nxt) or self._inline.match(nxt) or not self._title_like(nxt):
            return i, title, end
        return i + 1, f"{title} {self._clean_title(nxt)}", ls[i + 1].end

    def _candidate(self, ls: list[Line], i: int) -> Optional[Heading]:
        line = ls[i]
        t = line.text
        j, gap = self._next_nonblank(ls, i)
        if j is not None and not gap and self._ref_only.match(ls[j].text) and self._title_like(t) and not self._ref_only.match(t):
            # "Application for a Premises Licence" over "(Item 6)": the number printed under the title
            number = self._ref_only.match(ls[j].text).group("num")
            return Heading(line.start, ls[j].end, j, number, self._clean_title(t).rstrip(".") or None, "ref")
        ref = self._item_ref.search(t) if t.endswith(")") else None
        above = self._prev_nonblank(ls, i)[0] if ref else None
        if ref and ref.start() > 0 and self._title_like(t[: ref.start()]) and not self._inline.match(t) \
                and not (above is not None and (self._alone.match(above.text) or _BARE_MINUTE.match(above.text))):
            # ("1772." over it: the minute's own number, the note is printed title)
            # "Health and Safety (Item 3.0)": the number closes the title's own line
            return Heading(line.start, line.end, i, ref.group("num"), self._clean_title(t[: ref.start()]).rstrip(".") or None, "ref")
        m = self._alone.match(t)
        if m:
            j, _ = self._next_nonblank(ls, i)
            above = self._title_above(ls, i, j) if m.group("num").isdigit() else None
            if above is not None:
                return Heading(above.start, line.end, i, m.group("num"), self._clean_title(above.text).rstrip(".") or None, "alone")
            if j is None or self._alone.match(ls[j].text) or not self._title_like(ls[j].text):
                return None
            if self._motion_lead.match(ls[j].text):
                return None  # "1." over "Moved by Councillor A": a motion's number, not an item's
            start, number = line.start, m.group("num")
            prev, _ = self._prev_nonblank(ls, i)
            if prev is not None and self._prefix.match(prev.text) and not self._body_marker.match(prev.text):
                start, number = prev.start, f"{prev.text} {number}"
            title = self._clean_title(ls[j].text) or None
            last, title, end = self._wrapped_title(ls, j, title, ls[j].end) if title else (j, title, ls[j].end)
            return Heading(start, end, last, number, title, "alone")
        m = _LETTER_ALONE.match(t)
        if m:
            # "a." alone on its line, its title on the next: a lettered sub-item (read like "(a) Title")
            j, _ = self._next_nonblank(ls, i)
            if j is None or not self._title_like(ls[j].text) or self._motion_lead.match(ls[j].text) \
                    or self._alone.match(ls[j].text) or _LETTER_ALONE.match(ls[j].text):
                return None
            title = self._clean_title(ls[j].text).rstrip(".") or None
            last, title, end = self._wrapped_title(ls, j, title, ls[j].end) if title else (j, title, ls[j].end)
            return Heading(line.start, end, last, m.group(1), title, "paren")
        m = self._inline.match(t)
        if m:
            rest = m.group("rest")
            rest_start = line.start + m.start("rest")
            run = self._upper_run(rest)
            if run is not None and acronym_opens_title(rest[:run], rest[run:]):
                run = None  # "CCTV Cameras at the Park": the initials open a title-case name
            if run is not None and run < len(rest) and (
                len(rest[:run].split()) >= 2
                or re.match(r"\s*[-–—]", rest[run:])
                or not self._title_like(rest)
                or _sentence_like(rest[run:])
            ):
                title_text = rest[:run]
                end = rest_start + run
                dash = re.match(r"\s*[-–—]\s*", rest[run:])
                tail = rest[run + dash.end():] if dash else ""
                if tail and (self._upper_run(tail) == len(tail)  # "NOTICE OF MOTION - SPEED LIMITS"
                             or dated_tail(rest[run:])):  # "MINUTES – Special Meeting, May 2, 2016"
                    title_text, end = rest, line.end
                elif dash:
                    end += len(dash.group().rstrip())
            elif self._title_like(rest) or self._colon_heading(rest):  # "8. Old Business:"
                title_text, end = rest, line.end
            else:
                return None
            title = self._clean_title(title_text).rstrip(".") or None
            if title and self._run_stop and self._run_stop.match(" " + title, 1):
                return None  # "3. RESOLVED that ...": a numbered decision paragraph
            if m.group("num") and _SUB.match(_bare_number(m.group("num"))) and self._paragraph(rest):
                return None  # "2.1 The minutes of the meeting were approved.": a numbered paragraph
            last = i
            if title and end == line.end:
                last, title, end = self._wrapped_title(ls, i, title, end)
            if m.group("paren") or m.group("letter"):
                return Heading(line.start, end, last, m.group("paren") or m.group("letter"), title, "paren")
            return Heading(line.start, end, last, m.group("num"), title, "inline")
        m = self._bullet.match(t)
        if m and self._title_like(m.group("rest"), self._max_bullet_words):
            return Heading(line.start, line.end, i, None, self._clean_title(m.group("rest")).rstrip(".") or None, "bullet")
        return None

    def _title_above(self, ls: list[Line], i: int, j: Optional[int]) -> Optional[Line]:
        """The title printed above a number alone ("Accounts 2024/25" / "5." / "The accounts
        were presented."): a table's number cell read after its title cell. Only when the line
        below the number is a sentence, and the line above is a short title, not a sentence's end."""
        if j is None or not ls[j].text.rstrip().endswith((".", ":")) or len(ls[j].text.split()) < 3:
            return None  # a sentence below, not the next number of a column of numbers ("2.")
        prev, _ = self._prev_nonblank(ls, i)
        if prev is None or prev.text.rstrip().endswith((".", ":", ",", ";")) or not self._title_like(prev.text):
            return None
        if self._inline.match(prev.text) or self._alone.match(prev.text):
            return None
        return prev

    def _in_list(self, ls: list[Line], i: int, h: Heading) -> bool:
        """A numbered line that belongs to a list: after a colon, or stacked on its neighbours."""
        if h.kind in ("alone", "ref"):
            return False
        prev, gap = self._prev_nonblank(ls, i)
        if prev is not None and re.search(r"(?::|:\s*[-–]|\s[-–])$", prev.text) and not self._colon_title_line(prev.text):
            return True
        if prev is not None and not gap and self._sibling(h, prev.text):
            return True
        j, gap = self._next_nonblank(ls, h.line)
        if j is not None and not gap and self._sibling(h, ls[j].text):
            return True
        return False

    def _colon_title_line(self, text: str) -> bool:
        """"8. Old Business:": a numbered heading closed by a colon, whose sub-items follow
        (not a sentence introducing a list)."""
        m = self._inline.match(text)
        return bool(m and m.group("num") and self._colon_heading(m.group("rest")))

    def _sibling(self, h: Heading, text: str) -> bool:
        """True when ``text`` is numbered at the same level as ``h`` ("1." next to "2.", not "4." next to "4.1")."""
        if h.kind == "bullet":
            return bool(self._bullet.match(text))
        m = self._inline.match(text)
        if not m:
            return False
        if h.kind == "paren":
            return bool(m.group("paren") or m.group("letter"))
        num = m.group("num")
        return bool(num) and _level(num) == _level(h.number or "")

    # --- headings of one meeting --------------------------------------------------

    def _headings(self, ls: list[Line], floor: int) -> list[Heading]:
        """Item headings of one meeting, in order; headings that only group sub-items have ``is_group``."""
        out: list[Heading] = []
        seq = _Sequence()
        i = 0
        while i < len(ls):
            line = ls[i]
            if line.blank or line.start < floor:
                i += 1
                continue
            h = self._candidate(ls, i)
            if h is not None and _street_number(h, ls, i, seq):
                h = None
            if h is not None and not self._in_list(ls, i, h) and self._accept(h, seq, out):
                out.append(h)
                i = h.line + 1
                continue
            seq.body_since_top = seq.body_since_sub = True
            i += 1
        return out  # grouping headings flagged: the caller leaves them out

    @staticmethod
    def _accept(h: Heading, seq: "_Sequence", out: list[Heading]) -> bool:
        """Whether a candidate continues the meeting's item sequence; updates the sequence if so."""
        num = _bare_number(h.number)
        accepted = False
        if h.kind in ("alone", "inline", "ref"):
            sub = _SUB.match(num)
            dashed = _DASHED_REF.match(num)
            if dashed:
                value = int(dashed.group(1))
                accepted = seq.continues(value)
                h.top = value if accepted else None
            elif "/" in num:  # "12/17" (minute/year) or "23/102" (year/minute)
                num = _plain_reference(num)
                prev = _plain_reference(_bare_number(seq.last_top_h.number)) if seq.last_top_h else ""
                value = _minute_of_reference(num, prev)
                if "/" in prev and value == int(num.split("/")[1]) and seq.last_top == int(prev.split("/")[0]):
                    # "24/15" then "24/16": year/minute after all, so the previous one was minute 15
                    seq.last_top = seq.last_top_h.top = int(prev.split("/")[1])
                accepted = seq.continues(value)
                h.top = value if accepted else None
            elif sub:  # "4.1" / "4a": a sub-item of the current top-level item
                parent = int(sub.group(1))
                if parent == seq.last_top and (h.kind == "alone" or not seq.body_since_top or seq.last_sub is not None):
                    h.parent, accepted = sub.group(1), True
                elif h.kind in ("alone", "ref") and seq.continues(parent):
                    h.top, accepted = parent, True
            elif seq.continues(_top_value(num)):
                h.top, accepted = _top_value(num), True
        elif h.kind == "paren":
            key, head = h.number or "", seq.last_top_h
            if head is not None and (not seq.body_since_top or seq.last_sub is not None):
                expect = _next_label(seq.last_sub.number.split("(")[-1].rstrip(")")) if seq.last_sub else None
                if (seq.last_sub is None and key in ("1", "a", "i")) or key == expect:
                    h.parent = head.number or ""
                    h.number = f"{head.number}({key})" if head.number else key
                    accepted = True
                elif _third_level(seq, key):  # "i." under "a. Grants" under "8. Old Business"
                    sub = seq.last_sub
                    if seq.last_deep is None and not seq.body_since_sub:
                        sub.is_group = True  # its first sub-item follows at once: it only groups them
                    h.parent, h.number = sub.number, f"{sub.number}({key})"
                    seq.last_deep = h
                    return True
            elif head is None:
                nxt = _next_label(seq.lettered[-1]) if seq.lettered else None
                if (not seq.lettered and key in ("a", "1")) or key == nxt:
                    seq.lettered.append(key)
                    accepted = True
        elif h.kind == "bullet":  # parish-style "- Title" lines continue a numbered list
            accepted = any(o.kind in ("inline", "bullet") for o in out)
        if not accepted:
            return False
        if h.top is not None:
            seq.last_top, seq.last_top_h, seq.last_sub, seq.body_since_top = h.top, h, None, False
        elif h.kind == "bullet":
            seq.last_top_h, seq.last_sub, seq.body_since_top = h, None, False
        elif h.parent is not None:
            if seq.last_sub is None and not seq.body_since_top and seq.last_top_h is not None:
                seq.last_top_h.is_group = True  # its first sub-item follows at once: it only groups them
            seq.last_sub, seq.last_deep, seq.body_since_sub = h, None, False
        return True

    # --- single-item pages ---------------------------------------------------------

    def _page_item(self, ls: list[Line], floor: int) -> Optional[Heading]:
        """The one item of an item page ("Agenda item", "Meeting: ... (Item 5)"), else None."""
        if sum(1 for line in ls if line.text.endswith(")") and self._item_ref.search(line.text)) >= 2:
            return None  # "(Item 5)", "(Item 6)" under or after each title: minutes of several items
        seen = 0
        for i, line in enumerate(ls):
            if line.blank:
                continue
            seen += 1
            if seen > 8:
                return None
            ref = self._item_ref.search(line.text)
            if ref:
                number = ref.group("num")
                j, _ = self._next_nonblank(ls, i)
                if j is not None:
                    m = re.match(rf"^{re.escape(number)}\.?\s+(?P<rest>\S.*)$", ls[j].text)
                    if m:
                        return Heading(ls[j].start, ls[j].end, j, number, self._clean_title(m.group("rest")) or None, "page")
                # no "<n> <title>" line: the "(Item n)" line itself is the heading
                return Heading(line.start, line.end, i, number, None, "page")
            if line.text.lower() in self._markers:
                j, _ = self._next_nonblank(ls, i)
                if j is None:
                    return None
                # an issue page names the issue first; its "(Item n)" line follows
                if self._ref_ahead(ls, i):
                    continue
                cand = ls[j].text
                k, _ = self._next_nonblank(ls, j)
                dated = _DATED_ENTRY.match(ls[k].text) if k is not None else None
                if dated and self._title_like(cand):
                    # a decision history page: the name, then "25/11/2014 - <decision>"
                    # for each time it was decided; the dated entry is what was taken
                    return Heading(ls[k].start, ls[k].end, k, None, self._clean_title(dated.group("title")) or None, "page")
                if self._title_like(cand) and not cand.endswith(".") and not DATE_RE.search(cand):
                    im = self._inline.match(cand)  # "Minute No. 12 Review of Charges": the number opens the title
                    if im and im.group("num") and self._title_like(im.group("rest")):
                        return Heading(ls[j].start, ls[j].end, j, im.group("num"), self._clean_title(im.group("rest")) or None, "page")
                    return Heading(ls[j].start, ls[j].end, j, None, self._clean_title(cand) or None, "page")
                return Heading(ls[j].start, ls[j].start, j - 1, None, None, "page")
        return None

    def _unnumbered(self, doc: Doc, ls: list[Line], floor: int, start: int, end: int) -> list[Heading]:
        """Unnumbered headings: short title lines standing alone between blank lines, and,
        after a blank line, a short line ending in a colon ("Village Hall Lettings:") or in
        capitals ("CORRESPONDENCE") with its text straight below.

        Only used when a meeting has no numbered headings, and only when there are
        several, so that one short line in running text is not taken for an item.
        """
        taken = [S.char_range(sp, S.ATTENDEES) for sp in S.within(doc, S.ATTENDEES, start, end)]
        out: list[Heading] = []
        for i, line in enumerate(ls):
            if line.blank or line.start < floor:
                continue
            t = line.text
            if t.lower().rstrip(":") in self._not_title or t.lower() in self._page_noise:
                continue
            shaped = self._colon_heading(t) or self._caps_heading(t) or self._titled_over_text(ls, i)
            if not t[:1].isalpha() or t.endswith(".") or (not shaped and re.match(r"^[A-Z][\w ]{0,20}:(?:\s|$)", t)):
                continue
            if any(s < line.end and e > line.start for s, e in taken) or DATE_RE.search(t):
                continue
            before = i == 0 or ls[i - 1].blank
            after = i + 1 >= len(ls) or ls[i + 1].blank
            if shaped:
                if not before or after:
                    continue
            elif not (before and after) or not self._title_like(t, 14):
                continue
            out.append(Heading(line.start, line.end, i, None, self._clean_title(t) or None, "unnumbered"))
        return out if len(out) >= self._min_unnumbered else []

    def _titled_over_text(self, ls: list[Line], i: int) -> bool:
        """"Tax Anticipation Note" straight over "Ms A requested a note for ...": a few words in
        title case, with nothing closing them, over a line of running text. Such a line opens
        its paragraph as a title; a sentence's first line is mostly lower case or runs long."""
        t = ls[i].text
        words = t.split()
        if not 1 <= len(words) <= _TITLED_MAX_WORDS or t.endswith((".", ",", ";", ":", "!", "?")):
            return False
        if words[0].lower() in self._wording.openers or not title_case(words):
            return False
        if i + 1 >= len(ls) or ls[i + 1].blank:
            return False
        below = ls[i + 1].text
        return len(below) > len(t) and _sentence_like(below) and not self._inline.match(below)

    def _table_rows(self, ls: list[Line], floor: int) -> list[Heading]:
        """Items of a flattened "No. | Item |" table: a row runs to the line ending in "|";
        its title is the text before the agenda wording or the "Minutes:" cell."""
        out: list[Heading] = []
        in_table, row_start = False, False
        for i, line in enumerate(ls):
            if line.blank or line.start < floor:
                continue
            if not in_table:
                in_table = row_start = bool(self._table_header.match(line.text))
                continue
            if row_start:
                t = line.text.rstrip(" |")
                cut = self._row_title_end.search(t)
                title = t[: cut.start()] if cut else t
                if cut and cut.start() == 0 or not self._title_like(title) or title.endswith("."):
                    out.append(Heading(line.start, line.start, i - 1, None, None, "row"))
                else:
                    out.append(Heading(line.start, line.start + len(title), i, None, self._clean_title(title) or None, "row"))
            row_start = line.text.endswith("|")
        return out

    def _paragraph_items(self, ls: list[Line], floor: int) -> list[Heading]:
        """Items known only by their paragraph numbers ("1.1 ...", "2.1 ..."): number N, no title."""
        out: list[Heading] = []
        last = 0
        for i, line in enumerate(ls):
            if line.blank or line.start < floor:
                continue
            m = self._para_start.match(line.text)
            if m and int(m.group("n")) > last:
                last = int(m.group("n"))
                mark = line.text.split()[0]
                out.append(Heading(line.start, line.start + len(mark), i, m.group("n"), None, "paragraph"))
        return out if len(out) >= 2 else []

    def _rule_headings(self, doc: Doc, ls: list[Line], floor: int, start: int, end: int) -> tuple[list[Heading], bool]:
        """The rules' headings, and whether they are only a guess (unnumbered lines, or none at all)."""
        page = self._page_item(ls, floor)
        if page:
            return [page], False
        heads = self._headings(ls, floor)
        if heads:
            return heads, False
        heads = self._table_rows(ls, floor)
        if heads:
            return heads, False
        heads = self._unnumbered(doc, ls, floor, start, end) or self._paragraph_items(ls, floor)
        return heads, True

    def _ref_ahead(self, ls: list[Line], i: int, depth: int = 4) -> bool:
        """True when an "(Item n)" line follows within ``depth`` non-blank lines."""
        j = i
        for _ in range(depth):
            j, _gap = self._next_nonblank(ls, j)
            if j is None:
                return False
            if self._item_ref.search(ls[j].text):
                return True
        return False

    def _fallback(self, doc: Doc, ls: list[Line], floor: int, start: int, end: int) -> Optional[Heading]:
        """One untitled (or first-line-titled) item over the meeting after its header and attendance."""
        taken = [S.char_range(sp, S.ATTENDEES) for sp in S.within(doc, S.ATTENDEES, start, end)]
        for i, line in enumerate(ls):
            if line.blank or line.end <= floor:
                continue
            low = line.text.lower()
            if low in self._page_noise and not self._body_marker.match(line.text):
                continue
            if any(s < line.end and e > line.start for s, e in taken):
                continue
            if re.match(r"^[A-Z][\w ]{0,20}:(?:\s|$)", line.text) and not self._body_marker.match(line.text):
                continue  # "Contact: ...", "Note: ...", "Present:" and other labelled header lines
            if self._body_marker.match(line.text):
                return Heading(line.start, line.end, i, None, None, "page")
            if self._title_like(line.text) and not line.text.endswith(".") and not DATE_RE.search(line.text):
                return Heading(line.start, line.end, i, None, self._clean_title(line.text) or None, "page")
            return Heading(line.start, line.start, i - 1, None, None, "page")
        return None

    # --- the line-role model ---------------------------------------------------------

    @staticmethod
    def _roles(doc: Doc, start: int, end: int) -> dict[int, tuple[str, float, float]]:
        """The model's role, its confidence and the line's heading probability for each line
        start in [start, end) (empty without a model)."""
        return line_roles(doc, start, end)

    def _model_headings(self, ls: list[Line], floor: int, roles: dict[int, tuple[str, float]]) -> list[Heading]:
        """The headings the line-role model marks, read by ``structure.item_headings``."""
        out: list[Heading] = []
        seq = _Sequence()
        memo: dict[int, Any] = {}  # each line read once, though read at two thresholds
        found = model_headings(ls, floor, roles, self.add_threshold, self._clean_title, self._wording, memo)
        have = {h.start for h in found}
        if self.weak_keep < self.add_threshold:
            found = self._shaped(ls, floor, roles, found, memo)
        for h in found:
            if h.title and self._not_title_lead.match(h.title):
                continue
            head = Heading(h.start, h.end, h.line, h.number, h.title, "inline")
            if _street_number(head, ls, _line_index(ls, h.start), seq):
                continue
            if h.number and h.number.isdigit():
                seq.last_top = int(h.number)
            head.kind = "model" if h.start in have else "shaped"  # "shaped": exact by ``_exact_shape``
            out.append(head)
        return out

    def _shaped(self, ls: list[Line], floor: int, roles: dict[int, tuple[str, float, float]],
                found: list[Any], memo: Optional[dict[int, Any]] = None) -> list[Any]:
        """The model's headings, with the lines it gives only a fair chance (``weak_keep``)
        that are headings by their shape (``_exact_shape``) whatever the model says."""
        have = {h.start for h in found}
        if not any(self.weak_keep <= r[2] < self.add_threshold for k, r in roles.items() if k >= floor):
            return found  # no line with only a fair chance: the second reading would add nothing
        low = [h for h in model_headings(ls, floor, roles, self.weak_keep, self._clean_title, self._wording, memo)
               if h.start not in have and roles[h.start][2] < self.add_threshold]
        if not low:
            return found
        out = sorted(found, key=lambda h: h.start)
        starts = [h.start for h in out]
        for h in low:
            at = bisect.bisect_left(starts, h.start)  # out[at - 1]: the heading before it
            if (self._exact_shape(ls, h, out[at - 1] if at else None)
                    or (not at and at < len(out) and self._first_under_attendance(ls, roles, h, out[at]))):
                out.insert(at, h)
                starts.insert(at, h.start)
        return out

    def _exact_shape(self, ls: list[Line], h: Any, prev: Any) -> bool:
        """A line that is a heading by its shape: its number is the next after the model
        heading before it ("4411 ..." then "4412.Date of next meeting", or margin headings
        "Minutes 24/031 A" then "Accounts 24/032 B"), or its short title is
        closed by an empty answer after a dash ("Correspondence – None": a heading with
        nothing under it, no sentence)."""
        pn = prev.number if prev is not None else None
        if h.number and pn and h.number.isdigit() and pn.isdigit() and int(h.number) == int(pn) + 1:
            return bool(h.title) and self._title_like(h.title.split(":")[0])
        if h.number is None and pn is None and _next_margin_ref(h.title, prev.title if prev is not None else None):
            return True
        line = ls[_line_index(ls, h.start)].text.strip() if ls else ""
        if h.number is None and h.title and self._empty_answer is not None:
            m = self._empty_answer.search(line)
            head = line[: m.start()].strip() if m else ""
            return bool(head) and self._title_like(head, 6) and not head.endswith(".")
        return False

    def _first_under_attendance(self, ls: list[Line], roles: dict[int, tuple[str, float, float]],
                                h: Any, nxt: Any) -> bool:
        """The first item stacked under an unnumbered attendance list: its number counts up
        into the model's first heading ("1) Apologies – Councillors A and B" over "2)
        Declarations of Interest"), its title is short, and the lines above it up to the
        header are the attendance heading and its entries, none of them numbered. (When the
        attendance lists are numbered themselves, "1 Present" and "2 Apologies", they are the
        attendance block, not items: GUIDELINES "A numbered attendance block".)"""
        if not (h.number and h.number.isdigit() and nxt.number and nxt.number.isdigit()
                and int(nxt.number) == int(h.number) + 1 and h.title and self._title_like(h.title)):
            return False
        attendance = 0
        for k in range(_line_index(ls, h.start) - 1, -1, -1):
            line = ls[k]
            if line.blank:
                continue
            role = roles.get(line.start, ("", 0.0, 0.0))[0]
            if role not in ("attendance_heading", "attendance_entry"):
                break
            if split_number(line.text.strip())[0] is not None:
                return False
            attendance += 1
        return attendance > 0

    def _combine(self, rule: list[Heading], weak: bool, model: list[Heading], roles: dict[int, tuple[str, float, float]],
                 taken: list[tuple[int, int]], groups: list[Heading], text: str = "") -> list[Heading]:
        """Rules where they are exact, the model where they found nothing or only a guess.

        When the rules only guessed (unnumbered lines, ``weak``) and the model found at
        least half as many headings, the model's headings stand with the guesses it gives a
        fair chance (``weak_keep``). Otherwise a rule heading stays unless the model gives
        its line almost no chance of being a heading (a table row, a vote tally, a list
        entry), and a model heading is added where the model is confident (more so for an
        unnumbered line among numbered headings), on no line the rules read as attendance
        or as a heading that only groups sub-items."""

        def chance(h: Heading) -> float:
            return roles[h.start][2] if h.start in roles else 1.0

        starts = sorted(roles)

        def rule_chance(h: Heading) -> float:
            # a number alone on its line with its title above or below ("Closing Remarks" /
            # "6."): the heading is both lines, so the model's best reading of either counts
            if h.kind != "alone" or h.end <= h.start:
                return chance(h)
            lo, hi = bisect.bisect_left(starts, h.start), bisect.bisect_left(starts, h.end)
            return max([chance(h)] + [roles[k][2] for k in starts[lo:hi]])

        if weak and model and 2 * len(model) >= len(rule):
            # the rules only guessed and the model found at least half as many: the model's
            # headings, and the rules' guesses the model gives a fair chance
            in_model = _IntervalIndex((m.start, m.end) for m in model)
            extra = [h for h in rule if chance(h) >= self.weak_keep and not in_model.holds(h.start)]
            return sorted(model + extra, key=lambda h: h.start)
        floor = 0.0 if weak else self.reject_below  # the model found fewer: the rules' guesses stand
        if weak:
            # ... except a guess on a line the model reads as the header or the attendance block
            # ("Venue", "Time and Location", "Called to order at 7 pm by A"): no item there
            rule = [h for h in rule if h.start not in roles or roles[h.start][0] not in _HEADER_ROLES]
        by_start = {m.start: m for m in model}
        exact = ("page", "ref")  # a single-item page, a title over its "(Item 6)"

        on_list = _IntervalIndex(taken)

        def floor_of(h: Heading) -> float:
            # a lettered line that holds attendance ("a. Roll Call: A, B, C") is a paragraph of
            # its item unless the model says heading; one that reads as a sentence ("a. A motion
            # was made by ...") unless the model gives it a fair chance
            if h.kind != "paren" or not text:
                return floor
            eol = text.find("\n", h.start)
            if on_list.overlaps(h.start, eol if eol >= 0 else len(text)):
                return max(floor, self.confirm_threshold)
            if not self._sentence_line(text, h):
                return floor
            # a sentence that runs on into a lower-case line after it ("... and passed without" /
            # "opposition, approving ..."): one wrapped paragraph, a heading only if the model says so
            return max(floor, self.confirm_threshold if _runs_on(text, eol) else self.weak_keep)

        standing = [h for h in rule if h.kind in exact or rule_chance(h) >= floor_of(h)]
        kept = [_with_rule_number(by_start.get(h.start, h), h) if h.kind not in exact else h for h in standing]
        # a heading that only grouped sub-items none of which stands is an item after all
        parents = {p for h in standing for p in _ancestors(h)}
        freed = [g for g in groups if g.number not in parents and _bare_number(g.number) not in parents]
        if freed:
            groups = [g for g in groups if g not in freed]
            kept = sorted(kept + [_with_rule_number(by_start.get(g.start, g), g) for g in freed], key=lambda h: h.start)
        covered = kept + groups
        numbered = not weak and any(h.number for h in kept)
        first = min((h.start for h in kept), default=None)
        lead_in = _lead_in(model, next((h for h in kept if h.start == first), None))

        margin = {m.start for m in model if _margin_ref(m)}

        def bar(m: Heading) -> float:
            # among numbered headings the rules read, an unnumbered line, or one above the
            # first of them (in the header and attendance block), needs more than a fair chance,
            # unless its number counts up to that first heading (items stacked under the list)
            if numbered and (m.number is None or m.title is None
                             or (first is not None and m.start < first and m.start not in lead_in
                                 and m.start not in margin)):
                return self.unnumbered_threshold
            return self.confirm_threshold

        in_covered = _IntervalIndex((h.start, max(h.end, h.start)) for h in covered)
        in_taken = _IntervalIndex(taken)
        added = [
            m for m in model
            if (chance(m) >= bar(m) or m.kind == "shaped")
            and not (m.number is None and self._body_marker.match(m.title or ""))  # "(140) MINUTES" is an item
            and not (m.number is None and (m.title or "").lower() in self._not_title)
            and not in_covered.holds(m.start)
            and not in_taken.overlaps(m.start, _heading_stop(text, m))
            and not (numbered and m.number is None and in_taken.overlaps(m.start, _line_end(text, m.start)))
            and not (m.number is None and _page_footer(text, m.start))
            and not _mover_pair(m)  # no sub-item either: its item does not only group it
            and not (numbered and first is not None and m.start < first and self._in_attendance_block(m, roles, starts))
        ]
        return _nest_letters(sorted(kept + added, key=lambda h: h.start), {id(m) for m in added}, text)

    def _in_attendance_block(self, m: Heading, roles: dict[int, tuple[str, float, float]], starts: list[int]) -> bool:
        """An unnumbered line opening with an attendance word ("Apologies for Absence: There
        were no apologies.") straight under the lines the model reads as the attendance block:
        the block's last list, not an item (GUIDELINES "Session markers, dividers and
        attendance blocks"), even when nobody is named in it."""
        if m.number is not None or not self._attendance_lead.match(m.title or ""):
            return False
        at = bisect.bisect_left(starts, m.start)  # starts[at - 1]: the line above it
        return at > 0 and roles[starts[at - 1]][0] in _ATTENDANCE_ROLES

    def _sentence_line(self, text: str, h: Heading) -> bool:
        """The text after a sub-item's label is a sentence: it ends with a full stop, or a
        verb of the record ("was", "presented") stands among its words."""
        if not text:
            return False
        eol = text.find("\n", h.start)
        line = text[h.start: eol if eol >= 0 else len(text)].strip()
        m = self._inline.match(line)
        rest = m.group("rest") if m else line
        if not m and h.title:  # "a." alone on its line, the text on the next
            rest = h.title
        words = rest.split()
        if len(words) < _MIN_SENTENCE_WORDS:
            return False
        return rest.rstrip().endswith(".") or any(w.lower().strip(",;:") in self._sentence_verbs for w in words[1:])

    def _lead_item(self, doc: Doc, ls: list[Line], floor: int, start: int, end: int, heads: list[Heading],
                   roles: dict[int, tuple[str, float, float]]) -> Optional[Heading]:
        """An untitled item for business recorded before the first heading (``lead_business``),
        when the first heading has a number or title (else it already is such an item)."""
        if not heads or (heads[0].number is None and heads[0].title is None) or heads[0].start <= floor:
            return None
        taken = [S.char_range(sp, S.ATTENDEES) for sp in S.within(doc, S.ATTENDEES, start, end)]
        at = lead_business_start(S.doc_text(doc), ls, floor, heads[0].start, self._lead_cues, taken, roles)
        if at is None:
            return None
        return Heading(at, at, _line_index_of(ls, at), None, self._run_in_title(S.doc_text(doc), at), "lead")

    def _run_in_title(self, text: str, at: int) -> Optional[str]:
        """The run-in title opening the lead business ("Adoption of Agenda: The agenda was
        adopted ..."): a few capitalised words closed by a colon on the paragraph's first line,
        the title of that item (GUIDELINES: run-in headings title their items)."""
        m = _RUN_IN.match(text, at, _line_end(text, at))
        if m is None:
            return None
        head = m.group("head").strip()
        if not self._colon_heading(head + ":") or self._attendance_lead.match(head) or self._not_title_lead.match(head):
            return None
        return self._clean_title(head) or None

    # --- component ---------------------------------------------------------------

    def _flat(self, text: str, ls: list[Line], floor: int, end: int) -> list[Heading]:
        """Headings numbered in sequence inside a page flattened onto one line."""
        return [Heading(f.start, f.end, _line_index_of(ls, f.start), f.number, f.title, "flat")
                for f in flat_headings(text, floor, end, self._wording)]

    def _motion_titles(self, text: str, ls: list[Line], floor: int, end: int, heads: list[Heading]) -> list[Heading]:
        """Unnumbered titles printed over a numbered motion ("Snow Clearing" / "2." / "Moved by
        ..."): the number is the resolution's, the line above it names the item, whatever the
        model made of it."""
        taken = {h.start for h in heads}
        out: list[Heading] = []
        for m in self._margin_title.finditer(text, floor, end):
            title = m.group("title").strip()
            if m.start("title") in taken or self._motion_lead.match(title) or self._alone.match(title) \
                    or not self._title_like(title) or title.endswith("."):
                continue
            out.append(Heading(m.start("title"), m.end("title"), _line_index_of(ls, m.start("title")), None,
                               self._clean_title(title) or None, "motion"))
        return out

    def _number_from_note(self, ls: list[Line], h: Heading) -> None:
        """"Health and Safety (Item 3.0)" with no number: item 3.0, titled without the note;
        not when a bare minute number stands over it ("1772." then the line), whose heading
        began below its number: there the note is part of the printed title."""
        split = split_item_note(h.title)
        if split is None:
            return
        prev = self._prev_nonblank(ls, _line_index_of(ls, h.start))[0]
        if prev is not None and (self._alone.match(prev.text) or _BARE_MINUTE.match(prev.text)):
            return
        h.number, h.title = split

    def _cut_cell_labels(self, text: str, ls: list[Line], heads: list[Heading], start: int, end: int) -> None:
        """Titles without the body's label a flattened item table prints after them ("Apologies
        Minutes: ..." → "Apologies"). Only where two or more lines of the meeting have that shape,
        and never leaving a title that ends in a joining word ("Confirmation of Minutes: ...")."""
        if self._cell_label is None or not any(h.title for h in heads) \
                or not any(text.find(w, start, end) >= 0 for w in self._label_words):
            return  # the regex runs only where a label is printed
        shaped = 0
        for m in self._cell_label.finditer(text, start, end):
            shaped += 1
            if shaped >= 2:
                break
        if shaped < 2:
            return
        for h in heads:
            if not h.title:
                continue
            m = self._cell_label.match(ls[_line_index_of(ls, h.start)].text) if h.start < end else None
            head = self._clean_title(m.group(1)).rstrip(".") if m else ""
            if head and h.title.startswith(head) and h.title != head and not self._wrap_end.search(head) \
                    and self._cell_label.match(f"{head} {h.title[len(head):].strip()}:"):
                h.title = head

    def _drop_non_items(self, heads: list[Heading]) -> list[Heading]:
        """Headings without the lines that are no item's: a dropped line's text joins the item
        before it, or, before the first item, an untitled item (its records are kept)."""
        out: list[Heading] = []
        for h in heads:
            if not self._no_item(h) and (out or not self._call_to_order_line(h)):
                out.append(h)
            elif not out:
                out.append(Heading(h.start, h.start, h.line, None, None, "page"))
        return out

    def _call_to_order_line(self, h: Heading) -> bool:
        """An unnumbered first "heading" that is the call to order as a sentence ("Call to order
        at 7:00 pm by President A"): a formality, no item (GUIDELINES "Lost headings"); the
        business after it is the untitled item, instead of items under a sentence's title."""
        return h.number is None and bool(h.title) and self._call_to_order.match(h.title) is not None

    def _no_item(self, h: Heading) -> bool:
        """A line no reader should take for an item heading: an empty answer ("Nil") or a label
        ("Council resolution", "Moved Cr A") under a heading, a date ("10 NOVEMBER 2011" read as number 10),
        or the mover and seconder of a numbered resolution ("1. A. Vale – B. Orrin", or the mover
        alone on the number's line), or a recorded decision ("Adopted as proposed by A and seconded
        by B"), or a row of a table of sums ("Road 22792.03")."""
        title = (h.title or "").strip(" .")
        if not title:
            return False
        if h.number is None and (title.casefold() in self._never or self._not_title_lead.match(title)
                                 or self._motion_record.match(title)):
            return True  # "Nil", "Moved Cr A", "Resolution No. 41.24": lines under a heading
        if DATE_RE.fullmatch(title) or (h.number and h.number.isdigit() and DATE_RE.fullmatch(f"{h.number} {title}")):
            return True
        if _AMOUNT_ROW.fullmatch(title) or _LONE_MOVER.fullmatch(title):
            return True  # "Road 22792.03": a row of a table of sums; "2. S. Vale" over "B. Orrin": a motion's mover
        return _mover_pair(h)

    def _running_numbers(self, heads: list[Heading]) -> None:
        """Running minute numbers read as the start of unnumbered titles ("1957 Grass Cutting")
        number their items; what follows is the title, none when it is a sentence."""
        unnumbered = [h.title if h.number is None else None for h in heads]
        for k, (number, rest) in running_numbers(unnumbered).items():
            heads[k].number, heads[k].title = number, title_of(rest, self._wording)

    @staticmethod
    def _refine(text: str, ls: list[Line], h: Heading, start: int, end: int) -> None:
        """Trim a right-hand cell, a resolution number and mover, or a start time off the title."""
        h.number, h.title = split_dated(h.number, h.title)
        if not h.title:
            return
        stop = ls[min(h.line, len(ls) - 1)].end if h.line >= 0 else h.end
        found = title_end(text, h.start, max(stop, h.end), h.title)
        if found is None:
            h.title = refine_title(h.title, None, "")
            return
        nl = text.find("\n", found[1])
        after = text[found[1]: nl if nl >= 0 else end]
        surnames = printed_surnames(text[start:end], h.title.split()[1:]) if motion_follows(after) else frozenset()
        h.title = refine_title(h.title, text[found[0]:found[1]], after, surnames)

    def __call__(self, doc: Doc) -> Doc:
        text = S.doc_text(doc)
        for meeting in list(S.spans(doc, S.MEETINGS)):
            start, end = S.char_range(meeting, S.MEETINGS)
            fields = [f for f in S.within(doc, S.MEETING_FIELDS, start, end) if S.data(f, S.MEETING_FIELDS).get("in_header", True)]
            floor = max([S.char_range(f, S.MEETING_FIELDS)[1] for f in fields], default=start)
            # the header's own line ends the floor
            nl = text.find("\n", floor)
            floor = start if not fields else (end if nl < 0 else min(nl, end))
            if floor - start > (end - start) / 2:  # a "Decided at meeting:" footer is no header
                floor = start
            floor = _first_heading_before(text, fields, floor)
            ls = all_lines(text, start, end)
            roles = self._roles(doc, start, end) if self.mode != "rules" else {}
            if self.mode == "model" and roles:
                heads = self._model_headings(ls, floor, roles)
            else:
                heads, weak = self._rule_headings(doc, ls, floor, start, end)
                groups = [h for h in heads if h.is_group]
                heads = [h for h in heads if not h.is_group]
                if roles:
                    taken = [S.char_range(sp, S.ATTENDEES) for sp in S.within(doc, S.ATTENDEES, start, end)]
                    heads = self._combine(heads, weak, self._model_headings(ls, floor, roles), roles, taken, groups, text)
            extra = self._motion_titles(text, ls, floor, end, heads)
            if extra:
                heads = sorted(heads + extra, key=lambda h: h.start)
            flat = self._flat(text, ls, floor, end)
            if len(flat) > len(heads):  # a page flattened onto lines: its numbered headings replace those lines' readings
                on_flat = {f.line for f in flat}
                heads = sorted([h for h in heads if _line_index_of(ls, h.start) not in on_flat] + flat, key=lambda h: h.start)
            heads = heads[contents_entries(heads, text):]
            if not heads:
                fb = self._fallback(doc, ls, floor, start, end)
                heads = [fb] if fb else []
            self._running_numbers(heads)
            for h in heads:
                self._refine(text, ls, h, start, end)
                h.number, h.title = split_minute_ref(h.number, h.title)
                if h.number is None:
                    self._number_from_note(ls, h)
                h.title = trim_title_tail(h.title, self._tail_notes, self._wording.openers, self._empty_answer,
                                          self._note_words)
            self._cut_cell_labels(text, ls, heads, start, end)
            heads = self._drop_non_items(_outside_fields(heads, fields))
            lead = self._lead_item(doc, ls, floor, start, end, heads, roles)
            if lead is not None:
                heads.insert(0, lead)
            for k, h in enumerate(heads):
                stop = heads[k + 1].start if k + 1 < len(heads) else end
                if stop <= h.start:
                    continue
                S.add_span(
                    doc, S.ITEMS, h.start, stop, "item",
                    {"number": h.number, "title": h.title, "heading_end": max(h.end, h.start)},
                )
        return doc


# "Minutes 24/101 LINDQVIST": a margin heading, its minute reference and the mover's surname
# in capitals (what follows, ": That ...", is the resolution); not a year span ("Budget 2023/24")
_MARGIN_REF = re.compile(
    r"^(?P<title>[A-Z][A-Za-z’'&]*(?:[ \t]+[A-Za-z’'&]+){0,5}?)[ \t]+"
    r"(?P<ref>(?!(?:19|20)\d\d/)\d{1,4}/\d{1,4})(?:[ \t]+[A-Z][A-Z’'\-]+){0,3}$")
# "Adoption of Agenda: The agenda ...": a run-in title and its colon, text after it on the line
_RUN_IN = re.compile(r"(?P<head>[A-Z][^:\n.;]{1,60}?):[ \t]+(?=\S)")
_BARE_PAGE = re.compile(r"[ \t]*\d{1,3}[ \t]*")  # "1" alone: with no stop or bracket, a page number


def _margin_ref(h: Heading) -> bool:
    """A model heading "Minutes 24/101 LINDQVIST" is numbered by its minute reference (the
    spec's number for a minute-numbered item), titled by the words before it; True when so.
    Such a heading is no header line even above the first numbered item."""
    m = _MARGIN_REF.match(h.title or "") if h.number is None else None
    if m:
        h.number, h.title = m.group("ref"), m.group("title")
    return m is not None


_LETTER = re.compile(r"^[A-Za-z]$")


def _nest_letters(heads: list[Heading], added: set[int], text: str) -> list[Heading]:
    """A lettered heading the model added under a numbered one ("6. NEW BUSINESS" over
    "A. Street Lighting Contract") is its sub-item: the guidelines' combined number "6(A)"
    (the rules number their own sub-items so; the model reads no levels). A numbered heading
    with nothing but its lettered sub-items under it only groups them and is no item."""
    out: list[Heading] = []
    parent: Optional[Heading] = None
    grouping: set[int] = set()
    for h in heads:
        if id(h) in added and h.number and _LETTER.match(h.number) and h.title and parent is not None:
            prev = out[-1]
            if prev is parent and not text[max(parent.end, parent.start):h.start].strip():
                grouping.add(id(parent))
            h.number, h.parent = f"{parent.number}({h.number})", parent.number
        elif h.number and h.number.isdigit():
            parent = h
        elif not (h.parent and parent is not None and h.parent == parent.number):
            parent = None
        out.append(h)
    return [h for h in out if id(h) not in grouping]


def _next_margin_ref(title: Optional[str], prev: Optional[str]) -> bool:
    """Both are margin headings with a minute reference ("Minutes 24/031 PELLACOMBE") and
    ``title``'s reference is the next after ``prev``'s ("Accounts 24/032 VANTREECK")."""
    m, p = _MARGIN_REF.match(title or ""), _MARGIN_REF.match(prev or "")
    if not (m and p):
        return False
    (a, b), (c, d) = m.group("ref").split("/"), p.group("ref").split("/")
    return a == c and int(b) == int(d) + 1


_ATTENDANCE_ROLES = ("attendance_heading", "attendance_entry")


def _mover_pair(h: Heading) -> bool:
    """The heading's line is a resolution's mover and seconder ("1. A. Vale – B. Orrin"), also
    when the mover's initial was read as a lettered label ("B. Vasko – W. Pelloquin" as
    sub-item "B", "Vasko – W. Pelloquin")."""
    title = (h.title or "").strip(" .")
    if _MOVER_PAIR.fullmatch(title):
        return True
    letter = _LAST_LETTER.search(h.number or "")
    return bool(letter and _MOVER_PAIR.fullmatch(f"{letter.group(1)}. {title}"))


def _runs_on(text: str, eol: int) -> bool:
    """The next non-blank line after ``eol`` starts with a lower-case letter: the line ending
    at ``eol`` is wrapped into it (double spacing leaves a blank line between)."""
    if eol < 0:
        return False
    m = _NEXT_WORD.match(text, eol)
    return bool(m and m.group(1).islower())


_NEXT_WORD = re.compile(r"\s*(\w)")


def _page_footer(text: str, start: int) -> bool:
    """The line at ``start`` opens a page's footer or running header: directly under it, a bare
    page number and the meeting's date, in either order ("Planning Committee" / "1" /
    "12 March 2024"). No item heading is printed with a page number under it."""
    below: list[str] = []
    at = text.find("\n", start)
    while at >= 0 and len(below) < 2:
        nxt = text.find("\n", at + 1)
        line = text[at + 1: nxt if nxt >= 0 else len(text)].strip()
        if not line:
            return False
        below.append(line)
        at = nxt
    if len(below) < 2:
        return False
    return any(_BARE_PAGE.fullmatch(a) and DATE_RE.fullmatch(b.strip(" ,.")) for a, b in (below, below[::-1]))


def _heading_stop(text: str, h: Heading) -> int:
    """Where the heading's number and title end on its line: names printed after the title
    ("1) Apologies – Councillors A and B") are the item's attendance, not the heading."""
    found = title_end(text, h.start, h.end, h.title) if text and h.title else None
    if not found or "\n" in text[h.start:found[1]]:
        return h.end  # a number or code line over its title ("22-0073" / "1. ROLL CALL: Present ...")
    return found[1]


def _line_end(text: str, pos: int) -> int:
    """The end of the line holding ``pos``. Among numbered headings, an unnumbered line whose
    names are attendance ("Apologies for absence: Cllr A") is an attendance line, not an item."""
    eol = text.find("\n", pos) if text else -1
    return len(text) if eol < 0 else eol


_HEADER_ROLES = ("meeting_header", "attendance_heading", "attendance_entry")


def _third_level(seq: "_Sequence", key: str) -> bool:
    """A roman label under a lettered sub-item ("i." after "a. Grants"): the third level, which
    nests under the sub-item ("8(a)(i)"); "i" after "h" is still the next letter."""
    sub = seq.last_sub
    if sub is None or not sub.number:
        return False
    label = sub.number.split("(")[-1].rstrip(")")
    if not (len(label) == 1 and label.isalpha() and not _ROMAN.match(label)):
        return False
    if seq.last_deep is None:
        return key == "i"
    return key == _next_label((seq.last_deep.number or "").split("(")[-1].rstrip(")"))


def _ancestors(h: Heading) -> set[str]:
    """The numbers of the headings a sub-item sits under: "5(a)" and "5" for "5(a)(i)", "4" for "4.1"."""
    if h.parent is None or not h.number:
        return set()
    out = {h.parent}
    parts = h.number.split("(")
    out.update("(".join(parts[:k]) for k in range(1, len(parts)))
    return out


def _with_rule_number(model: Heading, rule: Heading) -> Heading:
    """The model's reading of a line the rules also read, with the rules' number for a
    sub-item: the rules follow the numbering's levels ("8(a)(i)"), the model does not."""
    if model is not rule and rule.kind == "paren" and rule.number:
        model.number = rule.number
    return model


def _lead_in(model: list[Heading], first: Optional[Heading]) -> set[int]:
    """Starts of the model's numbered headings that count up, one by one, to the rules' first
    heading ("1) Apologies", "2) Declarations", "3) Minutes" over a rule's "4) Website"): the
    rules missed them because they are stacked under the attendance list without blank lines,
    but their numbers place them as the first items, not as header lines."""
    if first is None or not first.number or not first.number.isdigit():
        return set()
    expect, out = int(first.number) - 1, set()
    for m in sorted((m for m in model if m.start < first.start), key=lambda h: -h.start):
        if expect < 1 or not m.title or m.number != str(expect):
            break
        out.add(m.start)
        expect -= 1
    return out


def _outside_fields(heads: list[Heading], fields: list) -> list[Heading]:
    """Headings that do not start inside the header's venue or body ("1 Mill Street, Town" in
    a printed venue is an address, not item 1)."""
    inside = [S.char_range(f, S.MEETING_FIELDS) for f in fields if f.label_ in ("venue", "body")]
    return [h for h in heads if not any(a < h.start < b for a, b in inside)]


_MIN_SENTENCE_WORDS = 4
_ITEM_ONE = re.compile(r"(?m)^[ \t]*1(?:[.):][ \t]*|[ \t]+)(?P<title>[A-Z][^\n]{2,80})$")
_MAX_ITEM_ONE_WORDS = 10
_CLOCK_END = re.compile(r"\d[ \t]*[ap]\.?[ \t]?m\.$", re.IGNORECASE)


def _first_heading_before(text: str, fields: list, floor: int) -> int:
    """The floor pulled back to item 1's heading when a header field is only found in item 1's
    text ("1. CALL TO ORDER" / "The Council of X met ..."): no header line follows item 1."""
    if not fields:
        return floor
    first_end = min(S.char_range(f, S.MEETING_FIELDS)[1] for f in fields)
    for m in _ITEM_ONE.finditer(text, first_end, floor):
        title = m.group("title").strip()
        sentence = title.endswith(".") and not _CLOCK_END.search(title)  # "– 7:30 P.M." ends a heading
        if len(title.split()) <= _MAX_ITEM_ONE_WORDS and not sentence and "," not in title \
                and not DATE_RE.match(m.group(0).strip()):  # "1 March 2024" is the header's date
            return text.rfind("\n", 0, m.start()) + 1
    return floor


_INITIALS_NAME = r"(?:[A-Z]\.[ \t]?){1,2}[A-Z][a-z'’-]+"
_MOVER_PAIR = re.compile(rf"{_INITIALS_NAME}[ \t]*[-–—/][ \t]*{_INITIALS_NAME}")
_LONE_MOVER = re.compile(_INITIALS_NAME)  # a name by its initials alone is no item's title
_AMOUNT_ROW = re.compile(r"[A-Z][\w &'’/-]{0,40}?[ \t]+[$£€]?\d[\d,]*\.\d\d")  # "General 7073.47": an account and its sum
"""Two initialled names joined by a dash or slash: a numbered resolution's mover and seconder."""
_LAST_LETTER = re.compile(r"(?:^|\()([A-Z])\)?$")  # "B", "3(B)": a capital letter label


# "25/11/2014 - Tenant Panel - Amendment to Terms": one dated entry of a decision history page
_DATED_ENTRY = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}[ \t]+[-–][ \t]+(?P<title>\S.*)$")


_BARE_BIG = re.compile(r"^(\d{3,4})[ \t]+\S")  # "595 Wexford Parkway North": no stop or bracket after it


def _line_index(ls: list[Line], start: int) -> int:
    """Index of the line starting at ``start`` (lines are in order)."""
    lo, hi = 0, len(ls)
    while lo < hi:
        mid = (lo + hi) // 2
        if ls[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, len(ls) - 1)


def _line_index_of(ls: list[Line], pos: int) -> int:
    """Index of the line holding character ``pos`` (which may sit inside the line)."""
    k = _line_index(ls, pos)
    return k if ls[k].start <= pos else max(k - 1, 0)


_NUMBER_OPENING = re.compile(r"^(\d{1,4})(?:[.)]|[ \t]+\S)")
_LOOK_AHEAD = 400  # lines searched for the next numbered line


def _street_number(h: Heading, ls: list[Line], i: int, seq: "_Sequence") -> bool:
    """A three- or four-digit number printed bare before words that neither continues the
    previous item number nor is continued by the next numbered line: a house number opening
    an address line ("170 to 178 Elm Street"), not a running minute number ("233 MINUTES"
    followed by "234 ...")."""
    m = _BARE_BIG.match(ls[i].text)
    if not m or h.kind != "inline":
        return False
    value = int(m.group(1))
    if seq.last_top is not None and 0 < value - seq.last_top <= 5:
        return False
    for j in range(h.line + 1, min(len(ls), h.line + _LOOK_AHEAD)):
        n = _NUMBER_OPENING.match(ls[j].text)
        if n:
            return not 0 < int(n.group(1)) - value <= 5
    return True


def _sentence_like(text: str) -> bool:
    """Running text rather than the rest of a title: ends with a full stop, or is long and mostly lower case."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return text.rstrip().endswith(".") or (len(words) >= 4 and lower / len(words) >= 0.4)


_YEAR_RANGE = re.compile(r"^\s*(?:19|20)\d\d\s*[/-]\s*(?:\d\d|(?:19|20)\d\d)\s*$")
"""A line holding only a financial year ("2021/22", "2023-2024"): the end of a wrapped title."""


def _top_value(num: str) -> int:
    """The value of a top-level number: "3" and "3.0" are 3, "IV" is 4."""
    if num in _ROMAN_VALUE:
        return _ROMAN_VALUE[num]
    return int(num.split(".")[0])


def _bare_number(number: Optional[str]) -> str:
    """The printed number without a prefix line or committee code ("CAB 45/23", "GBP/21/4" → "45/23", "21/4")."""
    last = number.split()[-1] if number else ""
    return re.sub(r"^[A-Za-z]+[./]?(?=\d)", "", last)


def _plain_reference(num: str) -> str:
    """A slash reference as minute/year digits: the committee letters after it go ("028/21F",
    "01/20/F&R" → "028/21", "01/20"), and a dotted running number keeps its whole part
    ("2.3/23E", "13.17/18": minute 2 of month 3, minute 13 of year 17/18 → "2/23", "13/18")."""
    if "/" not in num:
        return num
    head, _, tail = _REF_SUFFIX.sub("", num).partition("/")
    return f"{head.split('.')[0]}/{tail.split('/')[0]}"


def _minute_of_reference(num: str, prev: str) -> int:
    """The running minute number of a slash reference: the part that moves on from the
    previous heading's reference ("23/101" then "23/102": the second; "12/17" then
    "13/17": the first); the first part when there is nothing to compare with."""
    a, b = (int(x) for x in num.split("/"))
    if "/" in prev:
        pa, pb = (int(x) for x in prev.split("/"))
        if a == pa and b > pb:
            return b
    return a


def _level(number: str) -> int:
    """How deep a printed number sits: "4" → 0, "4.1" / "4a" → 1."""
    return 1 if _SUB.match(number) else 0


def _next_label(label: str) -> Optional[str]:
    """The label after ``label`` in its sequence: 1→2, a→b, i→ii."""
    if label.isdigit():
        return str(int(label) + 1)
    romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
    if label in romans and label != "v" and label != "x":
        return romans[romans.index(label) + 1] if romans.index(label) + 1 < len(romans) else None
    if len(label) == 1 and label.isalpha():
        return chr(ord(label) + 1)
    return None


@Language.factory(
    "minutes_items",
    default_config={
        "patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_items"},
        "mode": "combined",
        "add_threshold": 0.5,
        "reject_below": 0.01,
        "confirm_threshold": 0.5,
        "weak_keep": 0.2,
        "unnumbered_threshold": 0.6,
    },
)
def make_items(nlp: Language, name: str, patterns: dict[str, Any], mode: str, add_threshold: float,
               reject_below: float, confirm_threshold: float, weak_keep: float,
               unnumbered_threshold: float) -> ItemsComponent:
    return ItemsComponent(nlp, name, patterns, mode, add_threshold, reject_below, confirm_threshold, weak_keep,
                          unnumbered_threshold)


class _IntervalIndex:
    """Closed intervals sorted by start, with the running maximum of their ends.

    Why: checking each model heading against every rule heading was quadratic; a file of
    thousands of numbered lines took seconds. A bisect answers each question in log time."""

    def __init__(self, intervals) -> None:
        pairs = sorted(intervals)
        self._starts = [s for s, _ in pairs]
        self._max_end: list[int] = []
        top = -1
        for _, e in pairs:
            top = max(top, e)
            self._max_end.append(top)

    def holds(self, point: int) -> bool:
        """Some interval has start <= point <= end."""
        k = bisect.bisect_right(self._starts, point)
        return k > 0 and self._max_end[k - 1] >= point

    def overlaps(self, start: int, end: int) -> bool:
        """Some interval (s, e) has s < end and e > start."""
        k = bisect.bisect_left(self._starts, end)
        return k > 0 and self._max_end[k - 1] > start
