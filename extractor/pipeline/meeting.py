"""Find each meeting's header in the minutes parts: body, date, time, venue.

A minutes part normally holds one meeting. Its header is found among the first
lines ("<body> – <date>", "<body>\\n<date>\\nMinutes", "Minutes of the <body> held
at <venue> on <date> at <time>", "Meeting: dd/mm/yyyy - <body> (Item n)"). A
second header starts a new meeting only when it is a strong one (it says
"Minutes"), so item titles such as "<committee> - <date>" never split a meeting.
Values the text does not state stay None: nothing is guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import spans as S
from .patterns import PatternComponent, alternation
from .dates import DATE_PATTERN, TIME_PATTERN, parse_date, parse_time, preload_dateparser
from .text_lines import Line, all_lines
from .text_regions import minutes_ranges

_DASH = r"[-–—]"
# Every date the header patterns read ends in a four-digit year, so a line without four
# digits in a row cannot hold a header; one scan per region finds the lines that can.
_YEAR_DIGITS = re.compile(r"\d\d\d\d")


@dataclass
class Header:
    """One meeting header: where it starts and the value spans found in it."""

    start: int
    strong: bool
    fields: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # name -> (value, start, end)


class MeetingComponent(PatternComponent):
    def compile(self) -> None:
        preload_dateparser()
        p = self.patterns
        body_words = alternation(p.get("body_words", []))
        self._body_word = re.compile(rf"\b(?:{body_words})\b", re.IGNORECASE) if body_words else re.compile(r"(?!)")
        prefixes = alternation(p.get("body_prefixes", []))
        self._body_prefix = re.compile(rf"^(?:(?:{prefixes})\b[\s,]*)+", re.IGNORECASE) if prefixes else None
        suffixes = alternation(p.get("body_suffixes", []))
        self._body_suffix = re.compile(rf"(?:^|[\s,]+)(?:{suffixes})$", re.IGNORECASE) if suffixes else None
        self._minutes_line = re.compile(rf"^(?:{alternation(p.get('minutes_words', ['Minutes']))})\s*:?$", re.IGNORECASE)
        # "Minutes of ...", optionally after a capitalised body ("LICENSING SUB-COMMITTEE Minutes of")
        # or another phrase that opens minutes ("At a meeting of the Planning Committee held ...")
        openers = alternation(p.get("header_openers", ["minutes of"]))
        self._minutes_start = re.compile(rf"^(?:[A-Z][\w&'’-]*(?:\s+[A-Z&][\w&'’-]*){{0,8}}\s+)?(?i:{openers})\b")
        meeting_prefixes = alternation(p.get("meeting_line_prefixes", []))
        self._meeting_line = re.compile(
            rf"^(?:[•·*]\s*)?(?:{meeting_prefixes})\s*(?P<date>{DATE_PATTERN})\s*{_DASH}\s*(?P<body>.+?)"
            rf"\s*(?:\(Item\s+[\w.()]+\)\s*)?$",
            re.IGNORECASE,
        ) if meeting_prefixes else re.compile(r"(?!)")
        # the look-ahead names the first characters any date can start with (a digit, a
        # weekday, "the", a month): the same matches, found about twice as fast
        self._date = re.compile(rf"(?=[\dmtwfsjaond])(?:{DATE_PATTERN})", re.IGNORECASE)
        self._time = re.compile(TIME_PATTERN, re.IGNORECASE)
        venue_phrases = alternation(p.get("venue_phrases", []))
        time_phrases = alternation(p.get("time_phrases", []))
        leads = alternation(p.get("time_lead_words", []))  # "... 2023 commencing at 10.00 am"
        lead = rf"(?:(?:{leads})\s+)?" if leads else ""
        self._after = re.compile(
            rf"^[\s,.]*(?:{lead}(?:at\s+|from\s+)?(?P<time>{TIME_PATTERN})(?:\s*(?:to|until|[-–])\s*(?P<tend>{TIME_PATTERN}))?)?[\s,.]*"
            rf"(?:(?:{venue_phrases}|at|in)\s+(?P<venue>[^.]+?)|(?<=,)\s*(?P<venue3>[A-Z][^.]+?))?[\s,.]*"
            rf"(?:\(Item\s+[\w.()]+\)\s*)?"
            rf"(?:(?:the\s+)?(?:{time_phrases})\s+(?P<time2>{TIME_PATTERN})[.\s]*)?$",
            re.IGNORECASE,
        )
        self._held = re.compile(rf"\s+(?:{venue_phrases})\s+(?P<venue>.+?)\s+on\s*$", re.IGNORECASE)
        adverbs = alternation(p.get("held_adverbs", []))  # "held remotely on ..."
        held_how = rf"(?:\s+(?:{adverbs}))?" if adverbs else ""
        self._held_only = re.compile(rf"\s+(?:held|took\s+place){held_how}(?:\s+on)?\s*$", re.IGNORECASE)
        self._venue_line = re.compile(
            rf"^(?:(?:{alternation(p.get('venue_labels', []))})\s*(?P<v1>.+)|(?:the\s+\w+\s+)?(?:{venue_phrases})\s+(?P<v2>.+?))\.?$",
            re.IGNORECASE,
        )
        self._venue_noise = re.compile(rf"\s*(?:{alternation(p.get('venue_noise', []))})\s*\.?$", re.IGNORECASE) if p.get("venue_noise") else None
        self._time_line = re.compile(
            rf"(?:^(?:{alternation(p.get('time_labels', []))})|(?:{time_phrases}))\s*(?P<time>{TIME_PATTERN})",
            re.IGNORECASE,
        )
        self._max_lines = int(p.get("header_lines_max", 30))
        cues = alternation(p.get("attendance_cues", []))
        self._attendance_cue = re.compile(rf"^(?:{cues})\b", re.IGNORECASE) if cues else re.compile(r"(?!)")
        labels = alternation(p.get("date_labels", []))
        self._date_label = re.compile(rf"^(?:{labels})$", re.IGNORECASE) if labels else re.compile(r"(?!)")

    # --- header recognition -------------------------------------------------

    def _clean_body(self, text: str, start: int) -> Optional[tuple[str, int, int]]:
        """Strip "Minutes of the ..." and a trailing "Meeting"; keep the body as written."""
        s, e = start, start + len(text)
        if self._body_prefix:
            m = self._body_prefix.match(text)
            if m:
                s += m.end()
        body = text[s - start:]
        if self._body_suffix:
            m = self._body_suffix.search(body)
            if m:
                body = body[: m.start()]
        body = body.strip(" ,.:-–—")
        if not body or not self._body_word.search(body) or len(body.split()) > 14:
            return None
        s = start + text.find(body, s - start)
        e = s + len(body)
        return body, s, e

    def _body_above(self, ls: list[Line], i: int) -> Optional[tuple[str, int, int]]:
        """A body name on one of the few non-blank lines above line ``i``."""
        seen = 0
        for j in range(i - 1, -1, -1):
            if ls[j].blank:
                continue
            seen += 1
            if seen > 4:
                break
            text = ls[j].text
            if self._minutes_line.match(text) or (self._body_prefix and self._body_prefix.fullmatch(text + " ")):
                continue
            lm = re.match(r"^(?:Committee|Meeting|Body|Board|Panel)\s*:\s*(?P<b>.+)$", text, re.IGNORECASE)
            if lm:  # "Meeting: Planning Committee"
                return self._clean_body(lm.group("b"), ls[j].start + lm.start("b"))
            if text.endswith(".") or len(text) > 120:
                return None
            return self._clean_body(text, ls[j].start)
        return None

    @staticmethod
    def _near(ls: list[Line], i: int, test, before: int, after: int) -> bool:
        """True when ``test`` holds for one of the ``before``/``after`` non-blank lines around line ``i``."""
        for step, reach in ((-1, before), (1, after)):
            seen, j = 0, i + step
            while 0 <= j < len(ls) and seen < reach:
                if not ls[j].blank:
                    seen += 1
                    if test(ls[j].text):
                        return True
                j += step
        return False

    def _minutes_near(self, ls: list[Line], i: int) -> bool:
        """True when a "Minutes" line sits within two non-blank lines of line ``i``."""
        return self._near(ls, i, lambda t: self._minutes_line.match(t) or self._minutes_start.match(t), 2, 2)

    def _opens_meeting(self, ls: list[Line], i: int) -> bool:
        """A later header opens a new meeting only when a "Minutes" line stands next to it or
        an attendance list follows; an item titled "Minutes of the Cabinet held on ..." does not."""
        return self._near(ls, i, self._attendance_cue.match, 0, 8) or self._near(ls, i, self._minutes_line.match, 2, 2)

    def _header_at(self, ls: list[Line], i: int) -> Optional[Header]:
        line = ls[i]
        text = line.text
        if len(text) > 260:
            return None
        m = self._meeting_line.match(text)
        if m:
            h = Header(line.start, strong=False)
            h.fields["date"] = (text[m.start("date"):m.end("date")], line.start + m.start("date"), line.start + m.end("date"))
            body = self._clean_body(m.group("body"), line.start + m.start("body"))
            if body:
                h.fields["body"] = body
            return h
        dm = self._date.search(text)
        if not dm:
            return None
        before, after = text[: dm.start()], text[dm.end():]
        am = self._after.match(after)
        if not am:
            # "25/11/2014 - <decision title>": a dated decision line gives the date only
            if not before.strip() and re.match(rf"^\s*{_DASH}\s*\S", after):
                h = Header(line.start, strong=False)
                h.fields["date"] = (dm.group(0), line.start + dm.start(), line.start + dm.end())
                return h
            return None
        h = Header(line.start, strong=bool(self._minutes_start.match(text)) or self._minutes_near(ls, i))
        h.fields["date"] = (dm.group(0), line.start + dm.start(), line.start + dm.end())
        for g in ("time", "time2"):
            if g == "time" and am.group("tend") and not re.search(r"[ap]", am.group("time"), re.I) \
                    and re.search(r"[ap]", am.group("tend"), re.I):
                continue  # "7.00 - 9.12 pm": the start's half of the day is not printed
            if am.group(g):
                h.fields["time"] = (am.group(g), line.start + dm.end() + am.start(g), line.start + dm.end() + am.end(g))
        vg = "venue" if am.group("venue") else "venue3"  # "at 6.30 pm, Committee Room 2": a venue after a comma
        if am.group(vg):
            h.fields["venue"] = (am.group(vg), line.start + dm.end() + am.start(vg), line.start + dm.end() + am.end(vg))
        stripped = before.rstrip()
        if not stripped:
            body = self._body_above(ls, i)
        elif self._date_label.match(stripped):
            body = self._body_above(ls, i)
        elif re.search(rf"{_DASH}$", stripped):
            head = re.sub(rf"\s*{_DASH}$", "", stripped)
            body = self._clean_body(head, line.start)
            if body is None and self._minutes_line.match(head):  # "Minutes - 15 May 2024" under the body
                body = self._body_above(ls, i)
        elif self._minutes_start.match(stripped):
            hm = self._held.search(stripped)
            if hm:
                h.fields["venue"] = (hm.group("venue"), line.start + hm.start("venue"), line.start + hm.end("venue"))
                head = stripped[: hm.start()]
            else:
                ho = self._held_only.search(stripped)
                head = stripped[: ho.start()] if ho else re.sub(r"\s+on$", "", stripped)
            body = self._clean_body(head, line.start)
            above = self._body_above(ls, i)
            if body is None or (above and len(above[0]) > len(body[0]) and above[0].lower().endswith(" " + body[0].lower())):
                body = above  # "Anyvale Parish Council" above "Minutes of the Parish Council meeting held on"
        else:
            return None
        if body:
            h.fields["body"] = body
        h.start = ls[i].start
        if "body" in h.fields and h.fields["body"][1] < h.start:
            h.start = h.fields["body"][1]
        return h

    def _extras(self, ls: list[Line], starts: list[int], h: Header, stop: int) -> None:
        """Venue and time from labelled lines near the header ("Venue: ...", "Meeting Commenced: 2.30pm")."""
        seen = 0
        for line in ls[bisect_left(starts, h.start):]:  # the lines from the header on
            if line.start < h.start or line.blank:
                continue
            if line.start >= stop or seen >= 12:
                break
            seen += 1
            if "venue" not in h.fields:
                vm = self._venue_line.match(line.text)
                if vm:
                    g = "v1" if vm.group("v1") else "v2"
                    value = vm.group(g)
                    if self._venue_noise:
                        nm = self._venue_noise.search(value)
                        if nm:
                            value = value[: nm.start()]
                    value = value.strip(" .,")
                    if value:
                        s = line.start + vm.start(g)
                        h.fields["venue"] = (value, s, s + len(value))
            if "time" not in h.fields:
                tm = self._time_line.search(line.text)
                if tm:
                    h.fields["time"] = (tm.group("time"), line.start + tm.start("time"), line.start + tm.end("time"))

    # --- component ----------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        text = S.doc_text(doc)
        for rstart, rend in minutes_ranges(doc):
            ls = all_lines(text, rstart, rend)
            starts = [line.start for line in ls]
            headers: list[Header] = []
            nonblank = 0
            dated = _dated_lines(text, ls, starts, rstart, rend)
            for i, line in enumerate(ls):
                if line.blank:
                    continue
                nonblank += 1
                if i not in dated:
                    continue  # no year, so no header (_header_at would return None)
                h = self._header_at(ls, i)
                if h is None:
                    continue
                if not headers:
                    if h.strong or nonblank <= self._max_lines or h.fields.get("body") and self._meeting_line.match(line.text):
                        headers.append(h)
                elif h.strong and h.start > headers[-1].start and self._opens_meeting(ls, i):
                    headers.append(h)
            if not headers:
                h = Header(rstart, strong=False)
                self._extras(ls, starts, h, rend)
                self._add_meeting(doc, rstart, rend, h)
                continue
            for k, h in enumerate(headers):
                start = rstart if k == 0 else h.start
                end = headers[k + 1].start if k + 1 < len(headers) else rend
                self._extras(ls, starts, h, end)
                self._add_meeting(doc, start, end, h)
        return doc

    def _add_meeting(self, doc: Doc, start: int, end: int, h: Header) -> None:
        values: dict[str, Optional[str]] = {"body": None, "date": None, "time": None, "venue": None}
        for name, (raw, s, e) in h.fields.items():
            if name == "date":
                value = parse_date(raw)
            elif name == "time":
                value = parse_time(raw)
            else:
                value = re.sub(r"\s+", " ", raw).strip(" .,")
                if name == "venue":
                    value = re.sub(r"^the\s+", "", value, flags=re.IGNORECASE)
            if value:
                values[name] = value
                S.add_span(doc, S.MEETING_FIELDS, s, e, name, {"value": value})
        S.add_span(doc, S.MEETINGS, start, end, "meeting", values)


def _dated_lines(text: str, ls: list[Line], starts: list[int], start: int, end: int) -> set[int]:
    """Indexes of the lines of ``ls`` (lines of ``text[start:end]``, ``starts`` their starts)
    holding four digits in a row: running the header regexes on every line cost more than
    the rest of the component."""
    out: set[int] = set()
    for m in _YEAR_DIGITS.finditer(text, start, end):
        i = bisect_right(starts, m.start()) - 1  # the last line starting at or before the digits
        if i >= 0 and m.start() < ls[i].end:
            out.add(i)
    return out


@Language.factory(
    "minutes_meeting",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_meeting"}},
)
def make_meeting(nlp: Language, name: str, patterns: dict[str, Any]) -> MeetingComponent:
    return MeetingComponent(nlp, name, patterns)
