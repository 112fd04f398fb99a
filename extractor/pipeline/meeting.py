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
from itertools import chain
from dataclasses import dataclass, field
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import spans as S
from .patterns import PatternComponent, alternation
from .dates import (DATE_PATTERN, DATE_RE, HEADER_DATE_EXTRA, TIME_PATTERN, date_phrase,
                    numeric_order, parse_date, parse_time, preload_dateparser)
from .text_lines import Line, all_lines
from .line_roles import line_roles
from .meeting_body import BodyNames
from .text_regions import minutes_ranges
from ..structure.line_features import numbering

# numbering schemes that open an item heading ("1.", "1).", "3.0", "IV.", "22-101"), not a list bullet
_ITEM_SCHEMES = frozenset({"item_word", "decimal_zero", "decimal", "file_number", "arabic_dot", "roman_upper"})

_DASH = r"[-–—]"
# Every date the header patterns read ends in a four-digit year or is a short numeric date
# ("05.05.15"), so a line with neither cannot hold a header; one scan per region each finds
# the lines that can.
_YEAR_DIGITS = re.compile(r"\d\d\d\d")
# "05.05.15": a date without four digits in a row; ``SHORT_NUMERIC_DATE`` with its opening
# look-behind after the first digit, reaching one character further, and "[0-3]?\d" as
# "\d" then a second digit when the first is 0-3 (the same matches): a pattern that opens
# on a digit lets the regex engine skip to the next digit, one that opens on a look-behind
# is tried at every position (four times as slow)
_SHORT_DATE = re.compile(r"\d(?<![\d.,/-]\d)(?:(?<=[0-3])\d)?(?P<sep>[./-])[01]?\d(?P=sep)\d\d(?![\d.,/-])")
# "Thursday 25 October 2012 East Herts District Council Wallfields,": a venue of capitalised words
_NAME_ONLY = re.compile(
    rf"^[\s,]+(?:(?:at\s+)?(?P<time>{TIME_PATTERN})\s+)?(?P<venue>[A-Z][\w'’&-]*(?:,?\s+(?:[A-Z][\w'’&-]*|of|the|and)){{0,8}}),?\s*$",
    re.IGNORECASE)
_PROSE = re.compile(r"\b[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{2,}\b")  # three lower-case words in a row
_NUMBERED = re.compile(r"^(?:item\s+)?(\d{1,3})[.)]?(?:\s|$)", re.IGNORECASE)  # "1. Call to Order", "Item 1"
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")  # a number alone, without "." or ")": a page number
_ISO_DATE = r"(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)"  # "2016-11-20 Board Meeting Minutes"


@dataclass
class Header:
    """One meeting header: where it starts and the value spans found in it."""

    start: int
    strong: bool
    fields: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # name -> (value, start, end)
    body_fields: set[str] = field(default_factory=set)  # fields read from the minutes below the header


class MeetingComponent(PatternComponent):
    def compile(self) -> None:
        preload_dateparser()
        p = self.patterns
        self._names = BodyNames(p)
        body_words = alternation(p.get("body_words", []))
        self._body_word = re.compile(rf"\b(?:{body_words})\b", re.IGNORECASE) if body_words else re.compile(r"(?!)")
        prefixes = alternation(p.get("body_prefixes", []))
        self._body_prefix = re.compile(rf"^(?:(?:{prefixes})\b[\s,]*)+", re.IGNORECASE) if prefixes else None
        suffixes = alternation(p.get("body_suffixes", []))
        self._body_suffix = re.compile(rf"(?:^|[\s,]+)(?:{suffixes})$", re.IGNORECASE) if suffixes else None
        inner = alternation(p.get("body_inner_openers", []))
        # "Council Meeting OF THE Central Otago District Council": the body follows the inner opener
        self._body_inner = re.compile(rf"\s(?:{inner})\s+(?=\S)", re.IGNORECASE) if inner else None
        leads = alternation(p.get("opening_body_leads", []))
        ends = alternation(p.get("opening_body_tails", []))
        name = r"[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|of|and|for|the|&)){0,9}?"
        # "A Meeting of the Fayetteville City Council was held", "The Morgan County Board of Commissioners met"
        self._opening_body_rx = re.compile(
            rf"(?:(?i:{leads})[ \t]+|(?:^|(?<=[.!?][ \t]))The[ \t]+)(?P<b>{name})[ \t]+(?i:{ends})\b"
        ) if leads and ends else None
        tails = alternation(p.get("body_tails", []))
        # "Eketahuna Community Board following the triennial election": the body ends before the tail
        self._body_tail = re.compile(rf"\s+(?:{tails})\b", re.IGNORECASE) if tails else None
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
        self._date = re.compile(rf"(?=[\dmtwfsjaond])(?:{DATE_PATTERN}|{_ISO_DATE}|{HEADER_DATE_EXTRA})", re.IGNORECASE)
        self._extra_date = re.compile(HEADER_DATE_EXTRA, re.IGNORECASE)
        self._time = re.compile(TIME_PATTERN, re.IGNORECASE)
        venue_phrases = alternation(p.get("venue_phrases", []))
        time_phrases = alternation(p.get("time_phrases", []))
        leads = alternation(p.get("time_lead_words", []))  # "... 2023 commencing at 10.00 am"
        lead = rf"(?:(?:{leads})\s+)?" if leads else ""
        self._after = re.compile(
            rf"^[\s,.]*(?:{lead}(?:at\s+|@\s*|from\s+)?(?P<time>{TIME_PATTERN})(?:\s*(?:to|until|[-–])\s*(?P<tend>{TIME_PATTERN}))?)?[\s,.]*"
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
        time_labels = alternation(p.get("time_labels", []))
        venue_labels = alternation(p.get("venue_labels", []))
        # "Date: 11 March 2021 Time: 9.33am Venue: Council Chambers": labelled fields after the date
        self._labelled_after = re.compile(
            rf"^[\s,.]*(?:(?:{time_labels})\s*(?P<time>{TIME_PATTERN}))?[\s,.]*(?:(?:{venue_labels})\s*(?P<venue>.+?))?[\s,.]*$",
            re.IGNORECASE,
        ) if time_labels and venue_labels else re.compile(r"(?!)")
        order = alternation(p.get("order_phrases", []))  # "called the meeting to order at 7:02 p.m."
        self._order_time = re.compile(rf"\b(?:{order})\s+(?:approximately\s+)?(?P<time>{TIME_PATTERN})", re.IGNORECASE) if order else None
        self._held_tail = re.compile(rf"^(?P<head>.*?)\b(?:{alternation(p.get('held_tails', []))})\s*$", re.IGNORECASE) \
            if p.get("held_tails") else re.compile(r"(?!)")
        generic = alternation(p.get("generic_bodies", []))
        self._generic_body = re.compile(rf"^(?:the\s+)?(?:{generic})$", re.IGNORECASE) if generic else re.compile(r"(?!)")
        self._header_prob = float(p.get("model_header_threshold", 0.5))
        self._max_lines = int(p.get("header_lines_max", 30))
        self._opening_lines = int(p.get("opening_lines_max", 8))
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
        if self._body_tail:
            m = self._body_tail.search(body)
            if m:
                body = body[: m.start()]
        if self._body_inner:
            m = None
            for m in self._body_inner.finditer(body):
                pass
            if m is not None and self._body_word.search(body[m.end():]):
                body = body[m.end():]
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
            if text.endswith(".") or len(text) > 120 or self._date.search(text):
                return None
            body = self._clean_body(text, ls[j].start)
            if body is not None and self._generic_body.match(body[0]):
                # "Regular Meeting of the Board of Trustees" under the organisation's name
                org = self._organisation_above(ls, j)
                if org is not None:
                    return f"{org[0]} {body[0]}", org[1], body[2]
            return body
        return None

    def _organisation_above(self, ls: list[Line], j: int) -> Optional[tuple[str, int, int]]:
        """The short name line just above line ``j`` ("WARRENVILLE PUBLIC LIBRARY DISTRICT")."""
        for k in range(j - 1, max(-1, j - 3), -1):
            if ls[k].blank:
                continue
            t = ls[k].text.strip(" –-")
            if len(t) > 80 or self._date.search(t) or t.endswith((".", ":")) or self._minutes_line.match(t):
                return None
            words = t.split()
            if not words or not all(w[:1].isupper() or w.lower() in ("of", "and", "the", "&", "for") for w in words):
                return None
            if self._generic_body.match(t):
                return None  # "COUNCIL" over "Minutes of the meeting of the Council": no organisation's name
            return t, ls[k].start, ls[k].start + len(t)
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

    def _header_at(self, ls: list[Line], i: int, opening: bool = False) -> Optional[Header]:
        """The header on line ``i``; ``opening`` (the document's first lines) also accepts a
        date after "held" or "Meeting of" with the body on the line above."""
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
        if not dm or (not DATE_RE.fullmatch(dm.group(0)) and _PROSE.search(text)
                      and not any(c.isalpha() for c in dm.group(0))):
            return None  # "... approve the minutes of 3-9-2022": a loose numeric date in a sentence
        before, after = text[: dm.start()], text[dm.end():]
        am = self._after.match(after) or self._labelled_after.match(after) or _NAME_ONLY.match(after)
        if not am:
            # "25/11/2014 - <decision title>": a dated decision line gives the date only
            if not before.strip() and re.match(rf"^\s*{_DASH}\s*\S", after):
                h = Header(line.start, strong=False)
                h.fields["date"] = (dm.group(0), line.start + dm.start(), line.start + dm.end())
                return h
            return None
        h = Header(line.start, strong=bool(self._minutes_start.match(text)) or self._minutes_near(ls, i))
        h.fields["date"] = (dm.group(0), line.start + dm.start(), line.start + dm.end())
        groups = am.re.groupindex

        def grp(name: str) -> Optional[str]:
            return am.group(name) if name in groups else None

        for g in ("time", "time2"):
            if g == "time" and grp("tend") and not re.search(r"[ap]", grp("time") or "", re.I) \
                    and re.search(r"[ap]", grp("tend"), re.I):
                continue  # "7.00 - 9.12 pm": the start's half of the day is not printed
            if grp(g):
                h.fields["time"] = (am.group(g), line.start + dm.end() + am.start(g), line.start + dm.end() + am.end(g))
        vg = "venue" if grp("venue") else "venue3"  # "at 6.30 pm, Committee Room 2": a venue after a comma
        if grp(vg):
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
        elif opening and self._held_tail.match(stripped):
            # "Note of meeting held" / "Meeting of" / "The Planning Committee met on": the body is
            # named before the tail or on the line above
            head = self._held_tail.match(stripped).group("head")
            body = self._clean_body(head, line.start) if head.strip() else None
            body = body or self._body_above(ls, i)
        else:
            return None
        if body and self._generic_body.match(body[0]) and body[1] >= line.start:
            # "Minutes of the Board meeting held on ..." under "Northfold Harbour Authority"
            org = self._organisation_above(ls, i)
            if org is not None:
                body = (f"{org[0]} {body[0]}", org[1], body[2])
        if body:
            h.fields["body"] = body
        h.start = ls[i].start
        if "body" in h.fields and h.fields["body"][1] < h.start:
            h.start = h.fields["body"][1]
        return h

    def _extras(self, ls: list[Line], starts: list[int], h: Header, stop: int) -> None:
        """Venue and time from labelled lines near the header ("Venue: ...", "Meeting Commenced: 2.30pm")."""
        seen = 0
        in_items = False  # a numbered heading opens the items: a "Location:" under it is the item's
        for line in ls[bisect_left(starts, h.start):]:  # the lines from the header on
            if line.start < h.start or line.blank:
                continue
            if line.start >= stop or seen >= 12:
                break
            seen += 1
            in_items = in_items or line.start > h.start and numbering(line.text) in _ITEM_SCHEMES
            if "venue" not in h.fields and not in_items:
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
        roles = line_roles(doc)
        order: dict[str, str] = {}  # the document's numeric date order, read when first needed
        for rstart, rend in minutes_ranges(doc):
            ls = all_lines(text, rstart, rend)
            starts = [line.start for line in ls]
            headers: list[Header] = []
            nonblank = 0
            dated = _dated_lines(text, ls, starts, rstart, rend)
            if self._long_dated_opening(text, ls):  # the header can only be that first line
                first = next(i for i, line in enumerate(ls) if not line.blank)
                dated &= {first}
            for i, line in enumerate(ls):
                if line.blank:
                    continue
                nonblank += 1
                if i not in dated:
                    continue  # no year, so no header (_header_at would return None)
                h = self._header_here(text, ls, i, first=not headers and nonblank <= self._opening_lines)
                if h is None:
                    continue
                if not headers:
                    # "68. MINUTES OF THE X MEETING HELD ON 18 AUGUST 2017" further down is an
                    # item approving earlier minutes, not this meeting's header
                    numbered = nonblank > 2 and numbering(line.text) in _ITEM_SCHEMES
                    if not numbered and (h.strong or nonblank <= self._max_lines or h.fields.get("body") and self._meeting_line.match(line.text)):
                        headers.append(h)
                elif self._same_meeting(headers[-1], h, starts):
                    for name, value in h.fields.items():
                        headers[-1].fields.setdefault(name, value)
                    kept = headers[-1].fields.get("body")
                    if kept and "body" in h.fields and self._generic_body.match(kept[0]) \
                            and not self._generic_body.match(h.fields["body"][0]):
                        # "Minutes of Ordinary Meeting of Council - 18 April 2018" then "MINUTES OF
                        # THE ORDINARY MEETING OF THE X REGIONAL COUNCIL HELD ...": the name wins
                        headers[-1].fields["body"] = h.fields["body"]  # "Minutes Extraordinary Meeting 24 July 2017" / "Minutes of the meeting held on 24th July 2017 at 7.30pm"
                elif h.start > headers[-1].start and (
                        (self._opens_meeting(ls, i) and (h.strong or self._model_header(roles, ls, i)))
                        or self._restarts_numbering(ls, i)):
                    headers.append(h)
            first_body = self._first_line_body(ls)
            if not headers:
                h = Header(rstart, strong=False)
                self._extras(ls, starts, h, rend)
                if first_body is not None:
                    h.fields["body"] = first_body
                if "time" not in h.fields:
                    self._order_time_in(text, h, rend)
                if "date" not in h.fields:
                    self._opening_date(text, h, rstart, rend)
                if "body" not in h.fields:
                    self._opening_body(text, h, rstart, rend)
                self._settle_body(text, h, rstart, rend)
                self._add_meeting(doc, rstart, rend, h, order)
                continue
            for k, h in enumerate(headers):
                start = rstart if k == 0 else h.start
                end = headers[k + 1].start if k + 1 < len(headers) else rend
                self._extras(ls, starts, h, end)
                if "body" not in h.fields and first_body is not None:
                    h.fields["body"] = first_body
                if "body" in h.fields and self._generic_body.match(h.fields["body"][0]):
                    self._named_below(text, h, end)
                if "time" not in h.fields:
                    self._order_time_in(text, h, end)
                self._settle_body(text, h, start, end)
                self._add_meeting(doc, start, end, h, order)
        return doc

    def _settle_body(self, text: str, h: Header, start: int, end: int) -> None:
        """The body cut down to its name; when there is none (or only the meeting's kind),
        the first name in the meeting's opening lines ("FIRE PROTECTION AREA NO.1 BOARD")."""
        body = h.fields.get("body")
        tidy = self._names.tidy(body) if body else None
        opening_end = min(end, start + 4 * self._OPENING_CHARS)
        if tidy is not None:
            h.fields["body"] = tidy
            fuller = self._names.fuller(tidy, text, start, opening_end)
            if fuller is not None:  # "Council" in the header, "Wrenfield Shire Council" on the first line
                h.fields["body"] = fuller
                if not (start <= fuller[1] < h.start or h.start <= fuller[1] < h.start + 400):
                    h.body_fields.add("body")
            return
        h.fields.pop("body", None)
        found = self._names.find(text, start, opening_end)
        if found is not None:
            h.fields["body"] = found
            h.body_fields.add("body")  # read below the header: the items' floor stays where it was

    def _long_dated_opening(self, text: str, ls: list[Line]) -> bool:
        """The first line is a long paragraph holding the meeting's date ("MINUTES ORDINARY
        MEETING MONDAY, 13 APRIL 2015 The Ordinary Meeting of the X Council was held ..."), as
        on a page flattened to one line: the meeting opens there, and a dated line further
        down ("MOTION That Council confirm the minutes of the meeting held on ...") is an
        item, not its header. So only that first line may be the header."""
        first = next((line for line in ls if not line.blank), None)
        if first is None or len(first.text) <= 150:
            return False
        m = self._date.search(text, first.start, min(first.end, first.start + self._OPENING_CHARS))
        return bool(m and self._full_date(m.group(0)))

    def _full_date(self, found: str) -> bool:
        """A whole day-month-year as read (not an ISO stamp), and a real day."""
        return bool((DATE_RE.fullmatch(found) or self._extra_date.fullmatch(found)) and parse_date(date_phrase(found)))

    _OPENING_CHARS = 300  # how far into a headerless meeting its date is looked for

    def _opening_date(self, text: str, h: Header, start: int, end: int) -> None:
        """The first full date in the opening characters of a meeting no header was found for:
        a page flattened to one line ("MINUTES ORDINARY COUNCIL MEETING MONDAY, 13 APRIL 2015
        ...") or a bulleted "Date: 20 April 2013" still dates it. Kept out of the header so the
        items are not pushed below that line."""
        m = self._date.search(text, start, min(end, start + self._OPENING_CHARS))
        if m and self._full_date(m.group(0)):
            h.fields["date"] = (m.group(0), m.start(), m.end())
            h.body_fields.add("date")

    def _opening_body(self, text: str, h: Header, start: int, end: int) -> None:
        """The body named in the opening sentence of a meeting no header was found for ("The
        Ordinary Meeting of the Wrenfield Shire Council was held ...", "The Pine Vale Board of
        Commissioners met ...")."""
        if self._opening_body_rx is None:
            return
        for m in self._opening_body_rx.finditer(text, start, _opening_end(text, start, end, 2 * self._OPENING_CHARS)):
            body = self._clean_body(m.group("b"), m.start("b"))
            if body is not None:
                h.fields["body"] = body
                h.body_fields.add("body")
                return

    def _named_below(self, text: str, h: Header, end: int) -> None:
        """A generic body ("Council") replaced by the name the opening sentence gives ("... MEETING
        OF THE X REGIONAL COUNCIL HELD AT ..."), when it names one."""
        found = Header(h.start, strong=False)
        self._opening_body(text, found, h.start, end)
        body = found.fields.get("body")
        if body and not self._generic_body.match(body[0]):
            h.fields["body"] = body
            h.body_fields.add("body")  # read below the header: the items' floor stays where it was

    def _header_here(self, text: str, ls: list[Line], i: int, first: bool) -> Optional[Header]:
        """The header on line ``i``; for the first header, also one wrapped over the lines
        above it ("MINUTES" / "OF JOINT POLICING COMMITTEE MEETING" / "HELD ON MONDAY, 21ST
        JULY 2008"), read as one line when line ``i`` goes on from them."""
        h = self._header_at(ls, i, opening=first)
        if not first or not (self._continues_above(ls, i) or self._opener_above(ls, i)):
            return h
        top = i
        while top - 1 >= 0 and not ls[top - 1].blank and len(ls[top - 1].text) <= 120 and i - top < 6:
            top -= 1
        for k in range(top, i):
            if not (self._minutes_start.match(ls[k].text) or self._minutes_line.match(ls[k].text)):
                continue
            joined = Line(ls[k].start, ls[i].end, text[ls[k].start:ls[i].end].replace("\n", " "))
            wide = ls[:k] + [joined] + ls[i + 1:]
            hj = self._header_at(wide, k, opening=True)
            if hj is not None and (h is None or "body" in hj.fields):
                return hj
        return h

    @staticmethod
    def _restarts_numbering(ls: list[Line], i: int) -> bool:
        """A dated header line after which the item numbers start again at 1 ("SPECIAL MEETING -
        March 18, 2024" after item 3 of the regular meeting): a new meeting, not an item."""
        line = ls[i].text
        if len(line) > 100 or _NUMBERED.match(line):
            return False
        before = [int(m.group(1)) for l in ls[:i] if (m := _NUMBERED.match(l.text)) and not _PAGE_NUMBER.match(l.text)]
        if not before or max(before) < 2:
            return False
        for l in ls[i + 1:i + 30]:
            m = _NUMBERED.match(l.text)
            if m and not _PAGE_NUMBER.match(l.text):  # a bare "1" at a page's foot numbers the page
                return m.group(1) == "1"
        return False

    @staticmethod
    def _same_meeting(prev: Header, h: Header, starts: list[int]) -> bool:
        """A second header line for the same meeting: the same date, a few lines further down."""
        pd, hd = prev.fields.get("date"), h.fields.get("date")
        if not pd or not hd or parse_date(date_phrase(pd[0])) != parse_date(date_phrase(hd[0])):
            return False
        return bisect_left(starts, h.start) - bisect_left(starts, prev.start) <= 6

    @staticmethod
    def _continues_above(ls: list[Line], i: int) -> bool:
        """Line ``i`` goes on from the line above ("... held in the Council Chambers on" /
        "Monday 3 June 2024"): no blank line between, and the line above stops mid-phrase."""
        if i == 0 or ls[i - 1].blank:
            return False
        above = ls[i - 1].text
        return bool(re.search(r"(?:\b(?:on|at|in|of|the|held|for|and)|,)$", above, re.IGNORECASE)
                    or re.match(r"^(?:on|held|at|of)\b", ls[i].text, re.IGNORECASE))

    def _opener_above(self, ls: list[Line], i: int) -> bool:
        """The line above opens the minutes and breaks off without punctuation ("MINUTES of the
        SPECIAL MEETING of X held in the COUNCIL" / "CHAMBERS, ... on THURSDAY 6 MARCH 2025"):
        a header wrapped where the page ran out, whatever word it broke at."""
        if i == 0 or ls[i - 1].blank:
            return False
        above = ls[i - 1].text.rstrip()
        return bool(self._minutes_start.match(above)) and not above.endswith((".", ":", ";")) and len(above) <= 120

    def _model_header(self, roles: dict[int, tuple[str, float, float]], ls: list[Line], i: int) -> bool:
        """The line-role model reads line ``i`` (or the line above it) as a meeting header."""
        for j in (i, i - 1):
            if j >= 0 and not ls[j].blank:
                role = roles.get(ls[j].start)
                if role and role[0] == "meeting_header" and role[1] >= self._header_prob:
                    return True
        return False

    def _first_line_body(self, ls: list[Line]) -> Optional[tuple[str, int, int]]:
        """The body named on the document's first line ("Brookfield Township Board of Trustees",
        "I. Planning and Development Committee")."""
        for line in ls:
            if line.blank:
                continue
            t = line.text
            m = re.match(r"^(?:[IVX]{1,4}|\d{1,2}|[A-Z])[.)]\s+", t)
            skip = m.end() if m else 0
            if len(t) > 100 or self._date.search(t) or re.search(r"[.?!:;]", t[skip:].rstrip(".")):
                return None  # a sentence or a labelled line, not a name
            words = [w for w in t[skip:].split() if w[:1].isalpha() and w.lower() not in ("of", "and", "the", "for", "&")]
            if not words or sum(1 for w in words if w[0].isupper()) < len(words):
                return None  # a name has every main word capitalised
            return self._clean_body(t[skip:], line.start + skip)
        return None

    def _order_time_in(self, text: str, h: Header, end: int) -> None:
        """The start time from "called the meeting to order at 7:02 p.m." in the meeting's opening."""
        if self._order_time is None:
            return
        m = self._order_time.search(text, h.start, min(end, h.start + 4000))
        if m:
            h.fields["time"] = (m.group("time"), m.start("time"), m.end("time"))
            h.body_fields.add("time")  # read from the minutes' text, not from the header

    @staticmethod
    def _date_order(raw: str, text: str, order: dict[str, str]) -> str:
        """Numeric dates follow the document's own convention, decided once per document."""
        if any(c.isalpha() for c in raw):
            return "DMY"
        if "order" not in order:
            order["order"] = numeric_order(text)
        return order["order"]

    def _add_meeting(self, doc: Doc, start: int, end: int, h: Header, order: dict[str, str]) -> None:
        values: dict[str, Optional[str]] = {"body": None, "date": None, "time": None, "venue": None}
        for name, (raw, s, e) in h.fields.items():
            if name == "date":
                value = parse_date(date_phrase(raw), self._date_order(raw, S.doc_text(doc), order))
            elif name == "time":
                value = parse_time(raw)
            else:
                value = re.sub(r"\s+", " ", raw).strip(" .,")
                if name == "venue":
                    value = re.sub(r"^the\s+", "", value, flags=re.IGNORECASE)
            if value:
                values[name] = value
                data = {"value": value, "in_header": name not in h.body_fields and not (name == "body" and s < start)}
                S.add_span(doc, S.MEETING_FIELDS, s, e, name, data)
        S.add_span(doc, S.MEETINGS, start, end, "meeting", values)


def _opening_end(text: str, start: int, end: int, cap: int, lines: int = 2) -> int:
    """End of a meeting's opening: its first ``lines`` non-blank lines, at most ``cap``
    characters (a page flattened to one line is all opening), so that an item further down
    ("2. Minutes of the Cabinet held on ...") is never read as the meeting's own opening."""
    pos, seen = start, 0
    limit = min(end, start + cap)
    while pos < limit and seen < lines:
        nl = text.find("\n", pos, limit)
        if nl < 0:
            return limit
        if text[pos:nl].strip():
            seen += 1
        pos = nl + 1
    return min(pos, limit)


def _dated_lines(text: str, ls: list[Line], starts: list[int], start: int, end: int) -> set[int]:
    """Indexes of the lines of ``ls`` (lines of ``text[start:end]``, ``starts`` their starts)
    holding four digits in a row: running the header regexes on every line cost more than
    the rest of the component."""
    out: set[int] = set()
    for m in chain(_YEAR_DIGITS.finditer(text, start, end), _SHORT_DATE.finditer(text, start, end)):
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
