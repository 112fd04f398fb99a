"""Attendance told in sentences rather than lists under headings.

"Apologies for absence were received from Councillors A and B", "Present were board
members A, B and C", "A, B and C were present", "Absent was D (excused)", "the following
Members were present: ...", a heading run into the middle of a line ("... Arkansas.
PRESENT: Mayor ..."), and roll calls with each member's answer ("Roll call: Mayor X
present; Councilmember Y absent"). The phrases are pattern data; one scan of a
lower-case copy finds the few lines that hold a word any of them needs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Optional

from .attendance_blocks import BlockReader
from .attendance_entries import Entry
from .attendance_headings import Heading
from .patterns import PhraseMap, alternation
from .text_lines import Line
from .word_gate import necessary_words, safe_lower

_INLINE_NUMBER = re.compile(r"(?<=\s)\d{1,2}(?:\.\d{1,2})*\.?\s*(?=[A-Z])")
"""An item number inside a run of text ("... 1.2 STAFF PRESENT ..."): where a flattened
export starts a heading, and where the list before it ends."""
_AND_LEAD = re.compile(r"(?:and|&)\s")
"""A list that opens with "and": the start of its sentence is on the line before."""
_LOWER_LEAD = re.compile(r"^\s*(?:(?:[a-z][\w’'-]*|the\s+following)\s*:?\s+)+(?=[A-Z])")
"""Lower-case words before the names of a list: "board members Ines Varley, ..."."""


def _holds(low: str, words: Optional[tuple[str, ...]]) -> bool:
    """Whether lower-cased ``low`` holds one of ``words`` (no words: cannot tell, so yes)."""
    return words is None or any(w in low for w in words)


class SentenceReader(BlockReader):
    """Lists in sentences and roll calls."""

    def _compile_sentences(self, p: dict[str, Any]) -> None:
        self._attended_label = PhraseMap(p.get("attended_phrases", {}))
        attended = alternation(self._attended_label)
        self._attended_any = re.compile(rf"\s(?P<p>{attended})\b") if attended else re.compile(r"(?!)")
        self._openers = PhraseMap(p.get("presence_openers", {}))
        openers = alternation(self._openers)
        # "In attendance wereMayor Ann Lee": text exports drop the space before a capital
        self._opener = re.compile(rf"\b(?P<o>{openers})(?:\b|(?-i:(?=[A-Z])))\s*:?\s*", re.IGNORECASE) if openers else re.compile(r"(?!)")
        roll = alternation(p.get("heading_grammar", {}).get("roll_call", []))
        # "Roll call vote:" / "Roll call: Ayes - A, B" (a vote), "roll call: Present: A" (the lists follow): no list itself
        votes = alternation(p.get("roll_call_not_lists", []))
        not_vote = rf"(?![\s:,\-–—]*(?:{votes})\b)" if votes else ""
        self._roll_call = re.compile(rf"\b(?:{roll})\b{not_vote}(?:\s+as\s+follows)?\s*[:,-]?\s*", re.IGNORECASE) if roll else re.compile(r"(?!)")
        self._roll_status = {k.lower(): v for k, v in p.get("roll_call_answers", {}).items()}
        answers = alternation(self._roll_status)
        # a capitalised name (case matters), then its answer in any case
        self._roll_entry = re.compile(
            rf"(?P<n>(?:[A-Z][\w.’'-]*\s+){{0,3}}[A-Z][\w.’'-]*)\s+(?:[-–—:]\s*)?(?P<s>(?i:{answers}))\b"
        ) if answers else re.compile(r"(?!)")
        # words one of which any list sentence holds ("apolog*": any word starting so); a cheap
        # test before the sentence regexes, as "presented" and "presentation" are common
        cues = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in p.get("cue_words", []))
        self._cue = re.compile(rf"\b(?:{cues})\b") if cues else re.compile(r"(?!)")
        # words each kind of sentence needs (None: no safe set, always look)
        self._gate_triggers = necessary_words(p.get("apology_triggers", []))
        self._gate_openers = necessary_words(self._openers)
        # the shape of a presence sentence rather than its wording: "Those present and
        # comprising a quorum:", "the following answered to their names:" (a list follows)
        shapes = p.get("presence_opener_shapes", [])
        self._opener_shape = re.compile("|".join(f"(?:{x})" for x in shapes), re.IGNORECASE) if shapes else None
        self._gate_attended = necessary_words(self._attended_label)
        # "The Board met in regular session on May 2, with Commissioner A, Commissioner B, and
        # C, Clerk of the Board present.": a list between "with" and "present" (pattern data)
        openers, closers = alternation(p.get("with_list_openers", [])), alternation(p.get("with_list_closers", []))
        self._with_list = re.compile(
            rf"\b(?:{openers})[ \t]+(?=[A-Z])(?P<who>(?:[^.;:\n]|(?<=\b[A-Z])\.|(?<=\b(?:Mr|Ms|Dr|Jr|Sr))\.|(?<=Mrs)\.){{3,400}}?)"
            rf"[ \t,]+(?:{closers})\b(?![ \t]+(?:and[ \t]+)?presid)", re.IGNORECASE) if openers and closers else None

    def _cue_lines(self, text: str, ls: list[Line]) -> Optional[set[int]]:
        """Indexes of the lines of ``ls`` holding a word some list sentence needs: one scan
        of a lower-case copy instead of a look at every line (None: no safe copy, look at all)."""
        if not ls:
            return set()
        a, b = ls[0].start, ls[-1].end
        low = safe_lower(text[a:b])
        if low is None:
            return None
        starts = [line.start for line in ls]
        return {bisect_right(starts, a + m.start()) - 1 for m in self._cue.finditer(low)}

    def _cues(self, text: str, line: Line, pos: int) -> list[tuple[int, str, Any]]:
        """What on ``line`` from ``pos`` on opens a list, earliest first: an apology sentence,
        "Present were ...", a heading run into the line ("... Arkansas. PRESENT: ..."), a roll
        call, or a list that ends "were present"."""
        low = text[pos : line.end].lower()
        if not self._cue.search(low):
            return []
        cues: list[tuple[int, str, Any]] = []
        tm = self._triggers.search(text, pos, line.end) if _holds(low, self._gate_triggers) else None
        if tm:
            cues.append((tm.start(), "apologies", tm))
        om = self._opener.search(text, pos, line.end) if _holds(low, self._gate_openers) else None
        if om:
            cues.append((om.start(), "opener", om))
        elif self._opener_shape is not None and ":" in low:
            sm = self._opener_shape.search(text, pos, line.end)
            if sm:
                cues.append((sm.start(), "shape", sm))
        if ":" in low and self._headings.may_hold(low) or len(low) > 200:
            # a heading run into the line; without a colon only in a long (flattened) line
            for h in self._headings.inside(text[pos : line.end], pos, named=len(low) > 200):
                if h.label != "none":
                    cues.append((h.start, "heading", h))
                    break
        for nm in _INLINE_NUMBER.finditer(text, pos, line.end):
            # "... 1.1 ELECTED MEMBERS PRESENT President A B Cr. C D 1.2 STAFF ...": a numbered
            # heading inside a line that holds the whole section (flattened exports)
            window = text[nm.start() : min(line.end, nm.start() + 120)]
            h = self._headings.at_start(Line(nm.start(), nm.start() + len(window), window), numbered=True)
            if h and h.label != "none":
                cues.append((nm.start(), "numbered", h))
                break
        rc = self._roll_call.search(text, pos, line.end) if "roll" in low else None
        if rc:
            cues.append((rc.start(), "roll", rc))
        if self._with_list is not None and "with" in low and "present" in low:
            wm = self._with_list.search(text, pos, line.end)
            if wm:
                cues.append((wm.start(), "with", wm))
        if _holds(low, self._gate_attended):
            for am in self._attended_any.finditer(text, pos, line.end):
                cues.append((self._sentence_start(text, line, pos, am.start()), "attended", am))
                break
        return sorted(cues, key=lambda c: c[0])

    def _sentence_start(self, text: str, line: Line, pos: int, at: int) -> int:
        """Start of the sentence holding ``at``: after the last ". " (not after an initial or honorific) before it."""
        start = max(pos, line.start)
        for m in re.finditer(r"[.;:]\s+(?=[A-Z])", text[start:at]):
            word = re.search(r"(\S+)$", text[start : start + m.start()])
            w = word.group(1) if word else ""
            if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]?", w) or self._honorific.match(w + " "):
                continue
            start_at = start + m.end()
            pos = start_at
        return max(pos, line.start)

    def _prose(self, text: str, ls: list[Line], i: int, pos: int) -> tuple[list[Entry], int, bool]:
        """The lists that sentences on line ``i`` from ``pos`` on name; returns them, the last
        line used, and whether anything opened a list."""
        out: list[Entry] = []
        used = False
        line = ls[i]
        while pos < line.end:
            cues = self._cues(text, line, pos)
            if not cues:
                break
            at, kind, cue = cues[0]
            used = True
            if kind == "heading":
                found, last, end = self._read_heading(text, ls, i, cue)
            elif kind == "numbered":
                found, end = self._numbered(text, line, cue), cue.end
                last = i
            elif kind == "roll":
                found, last, end = self._roll(text, ls, i, cue.end())
            elif kind == "with":
                found, end = self._with_entries(cue), cue.end()
                last = i
            elif kind == "attended":
                found, end = self._attended(text, at, cue), cue.end()
                last = i
            elif kind == "shape":
                found, last, end = self._after_opener(text, ls, i, cue.end(), "present")
            else:
                label = "apologies" if kind == "apologies" else self._openers.get(cue.group("o"), "present")
                found, last, end = self._after_opener(text, ls, i, cue.end(), label)
            out.extend(found)
            if last != i:
                return out, last, used
            if not found and len(cues) > 1 and cues[1][0] < end:
                # "Roll was taken and the following Councilmembers were present: A, B": a cue
                # that read nobody does not swallow the cue after it in the same sentence
                end = cues[1][0]
            pos = max(end, at + 1)
        return out, i, used

    def _numbered(self, text: str, line: Line, h: Heading) -> list[Entry]:
        """The list after a numbered heading inside a line, up to the next item number."""
        nxt = _INLINE_NUMBER.search(text, h.end, line.end)
        seg = text[h.end : nxt.start() if nxt else line.end]
        cut = self._sentence_end(seg)
        return self._settle(self._list(seg[:cut], h.end, h.label if h.label != "mixed" else "present"), h.label)

    def _after_opener(self, text: str, ls: list[Line], i: int, rstart: int, label: str) -> tuple[list[Entry], int, int]:
        """The list after "Apologies were received from" / "Present were board members"."""
        line = ls[i]
        if not text[rstart : line.end].strip(" :"):
            found, last = self._block(text, ls, i, label)
            return self._settle(found, label), last, ls[last].end
        # a sentence's list goes on over lines a PDF export broke at the page width
        # ("Also present were City Manager Ann Lee, Assistant City Manager" / "Bo Ray, ...")
        j = self._wrapped(ls, i, text, 0)
        rest = text[rstart : ls[j].end]
        lead = _LOWER_LEAD.match(rest)  # "board members Ines Varley, ...", "the following: ..."
        skip = lead.end() if lead else 0
        cut = self._sentence_end(rest)
        found = self._list(rest[skip:cut], rstart + skip, label if label != "mixed" else "present")
        return self._settle(found, label), j, rstart + cut

    def _roll(self, text: str, ls: list[Line], i: int, rstart: int) -> tuple[list[Entry], int, int]:
        """"Roll call: Mayor X present; Councilmember Y absent", "... roll call as follows,
        Chairman Brask present, Commissioner Lorde present and ...": each name with its answer."""
        line = ls[i]
        cut = rstart + self._sentence_end(text[rstart : line.end])
        out = self._answers(text, rstart, cut)
        if not out and cut < line.end:
            # "Roll call: Ann Lee, Town Clerk, called the roll. Supervisor A - present, ...":
            # the answers follow in the next sentence
            after = cut + 1
            cut2 = after + self._sentence_end(text[after : line.end])
            more = self._answers(text, after, cut2)
            if len(more) >= 2:
                out, cut = more, cut2
        if len(out) < 2:
            return [], i, cut
        return self._settle(out, "present"), i, cut  # the clerk who answers is an officer

    def _answers(self, text: str, start: int, end: int) -> list[Entry]:
        """Each "Name present" / "Name - absent" of a roll call in ``text[start:end]``."""
        out = []
        for m in self._roll_entry.finditer(text, start, end):
            label = self._roll_status.get(m.group("s").lower(), "present")
            name = m.group("n").rstrip("-–—")  # "Orla Pennick- present": the dash typed against the name
            e = self._entry(name, m.start("n"), label, None, block=False) if name else None
            if e:
                out.append(e)
        return out

    def _tail_start(self, text: str, start: int) -> int:
        """Start of the last sentence of the line before offset ``start`` (``start`` itself
        when that line ends a sentence or is blank)."""
        p_end = text.rfind("\n", 0, start)
        if p_end <= 0:
            return start
        p_start = text.rfind("\n", 0, p_end) + 1
        prev = text[p_start:p_end].rstrip()
        if not prev or prev.endswith((".", ":", ";")):
            return start
        at = 0
        for sm in re.finditer(r"[.;:]\s+(?=[A-Z])", prev):
            word = re.search(r"(\S+)$", prev[: sm.start()])
            w = word.group(1) if word else ""
            if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]?", w) or self._honorific.match(w + " "):
                continue  # an initial or an honorific's stop, not the end of a sentence
            at = sm.end()
        tail = prev[at:]
        return p_start + at if tail[:1].isupper() and len(tail) <= 200 else start

    def _with_entries(self, m: re.Match) -> list[Entry]:
        """The people of "... met on May 2, with A, B and C present": members and the body's
        staff (routed as ``_attended`` routes them); fewer than two names is no list (a
        visitor "with her lawyer present")."""
        found = self._list(m.group("who"), m.start("who"), "present")
        if len(found) < 2:
            return []
        return self._route(found)

    def _attended(self, text: str, start: int, m: re.Match) -> list[Entry]:
        """"Councillor Treloar attended the meeting ...", "A, B and C were present", "Walt Kimura
        was absent": a list before the phrase. One person is kept only with a member's
        honorific or the title of the body's staff ("Town Administrator Tim Oakes also
        attended"): members of the public who attend to speak are speakers, not attendees."""
        who = text[start : m.start()]
        punct = len(who) - len(who.lstrip(" .;:,"))  # the stop of the sentence before, where a list ended
        who, start = who[punct:], start + punct
        if _AND_LEAD.match(who) and text[text.rfind("\n", 0, start) + 1 : start].strip() == "":
            # "... Council Members Kehoe" / "and Arness were absent.": the sentence began on the line before
            start = self._tail_start(text, start)
            who = text[start : m.start()]
        if not who.strip() or len(who) > 400:
            return []
        label = self._attended_label.get(m.group("p"), "present")
        lead = _LOWER_LEAD.match(who)
        skip = lead.end() if lead else 0
        found = self._list(who[skip:], start + skip, label)
        if label == "present" and len(found) < 2 and not any(self._member(e) or self._staff(e) for e in found):
            return []
        return self._route(found) if label == "present" else found
