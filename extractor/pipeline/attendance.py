"""Attendance lists: present members with roles, officers with titles, apologies.

The component reads a meeting's lists with rules (``attendance_headings`` for the
headings, ``attendance_blocks`` for the lists under them, ``attendance_sentences`` for
lists told in sentences, ``attendance_entries`` and ``attendance_names`` for the people
in them), and can let the line-role model (``minutes_line_roles``, its
``attendance_heading`` / ``attendance_entry`` lines) say where lists are: ``mode`` is
rules, model (the rules read only the model's attendance lines) or combined (the rules,
plus the model's attendance lines before the first item that the rules left unread).
All wording is pattern data in ``models/minutes/minutes_attendance/patterns.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import spans as S
from .attendance_entries import Entry
from .attendance_headings import Heading
from .attendance_sentences import SentenceReader
from .line_roles import line_roles
from .patterns import PatternComponent, alternation
from .text_lines import Line, all_lines

MODES = ("rules", "model", "combined")
MODEL_ROLES = ("attendance_heading", "attendance_entry")
ITEM_ROLES = ("item_heading", "sub_item_heading")
_PROSE = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")
"""Three lower-case words in a row: a sentence, not a list of names and titles."""
_UNBRACKET = re.compile(r"\([^()]*\)")
_NAME_WORD = r"(?-i:[A-Z][\w.'’-]*)"
_WHO = rf"(?P<who>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}})"
_OPENING = 4000
"""How far into a meeting the call to order is looked for (characters)."""



def _any_word(words: list[str]) -> re.Pattern:
    """A case-blind regex for any of ``words`` as whole words (never matches without words)."""
    return re.compile(rf"\b(?:{alternation(words)})\b", re.IGNORECASE) if words else re.compile(r"(?!)")


def _unpiped(text: str) -> str:
    """``text`` with the bars of a table exported as text ("|Present: |Ann Lee, Bo Ray |",
    "Ann Lee (Chair) | Bo Ray |", "---|---|") read as spaces: the same length, so every
    offset still points at the same character, and the cells read as columns ("Ann Lee (Chair)   Bo
    Ray") or a heading and its list."""
    if "|" not in text:
        return text
    return text.replace("|", " ")


class AttendanceComponent(SentenceReader, PatternComponent):
    """Attendees from the rules, from the rules on the lines the line-role model calls
    attendance, or both (``mode``)."""

    def __init__(self, nlp, name: str, patterns: dict[str, Any], mode: str = "combined", add_threshold: float = 0.5) -> None:
        if mode not in MODES:
            raise ValueError(f"minutes_attendance mode {mode!r}: expected one of {', '.join(MODES)}")
        self.mode = mode
        self.add_threshold = add_threshold
        super().__init__(nlp, name, patterns)

    def compile(self) -> None:
        p = self.patterns
        self._compile_entries(p)
        self._compile_blocks(p)
        self._compile_sentences(p)
        board = p.get("board_lists", {})
        self._board_heading = _any_word(board.get("member_headings", []))
        self._board_staff = _any_word(board.get("staff_words", []))
        self._board_executive = _any_word(board.get("executive_words", []))
        offices = alternation(p.get("elected_offices", []))
        self._elected = re.compile(rf"(?:{offices})", re.IGNORECASE) if offices else None
        calls = alternation(p.get("call_to_order", []))
        # "Mayor A called the meeting to order ... and City Clerk B called the roll" under a
        # "ROLL CALL" heading: a sentence, not a person with a role
        self._call_in_role = re.compile(rf"\b(?:{calls})\b", re.IGNORECASE) if calls else None
        self._called_by = re.compile(
            rf"\b(?:{calls})\b(?:\s+at\s+[^,;\n]{{1,25}}?)?\s+by\s+{_WHO}|{_WHO.replace('?P<who>', '?P<who2>')}\s+(?:{calls})\b") if calls else None

    def _surnames(self, name: Optional[str]) -> set[str]:
        """The words of a name that can tell one person from another: lower-cased, without
        its honorifics and initials."""
        return {w.strip(".,").lower() for w in self._names._bare((name or "").split()) if len(w.strip(".,")) > 2}

    def _caller(self, text: str, start: int, end: int, found: list[Entry]) -> Optional[Entry]:
        """Who called the meeting to order ("called to order at 7:02 p.m. by Mayor Ann Lee",
        "Chair Ann Lee called the meeting to order"): present, with the office printed before
        the name as the role, unless a list already names someone of that name (the guidelines'
        roll-call example). Only the opening of the meeting is read."""
        stop = min(end, start + _OPENING)
        if self._called_by is None or text.find(" to order", start, stop) < 0:
            return None  # a cheap test before the regex, which tries every capitalised word
        m = self._called_by.search(text, start, stop)
        if not m:
            return None
        at = m.start("who") if m.group("who") else m.start("who2")
        words = []
        for w in re.finditer(r"\S+", m.group("who") or m.group("who2")):
            words.append(w)
            if w.group().endswith(".") and len(w.group()) > 2 and not self._honorific.match(w.group() + " "):
                break  # "... by Chairman Ira Wood. Selectmen present ...": the sentence ends there
        for w in words:  # the longest run of the capitalised words before or after the phrase that reads as a person
            e = self._entry(text[at + w.start() : at + words[-1].end()].rstrip("."), at + w.start(), "present", None, block=False)
            if e and e.name:
                break
        else:
            return None
        mine = self._surnames(e.name)
        if not mine or any(mine & self._surnames(other.name) for other in found if other.name):
            return None
        return self._settle([e], "present")[0]

    def _scan(self, text: str, ls: list[Line]) -> list[Entry]:
        """Every list the rules find in lines ``ls``: under headings, and in sentences."""
        out: list[Entry] = []
        i = 0
        stacked = False
        cued = self._cue_lines(text, ls)
        members: list[tuple[list[Entry], bool]] = []  # lists read under a members' heading, and whether a board's
        staff_list = False
        while i < len(ls):
            line = ls[i]
            if line.blank:
                i += 1
                continue
            h = self._heading_of(line)
            if h:
                if stacked and h.label in ("present", "officers") and not text[h.end : line.end].strip():
                    # (a heading with its own list on its line is no stacked heading: "Apologies:" then "Staff: Mr A Lowe (CEO)")
                    h.label = "mixed"  # "Council:" then "Staff:", then both lists: members and officers by title
                if h.label == "apologies" and self._triggers.match(text, h.end, line.end):
                    # "Apologies: The following apologies were received and accepted: A, B": the
                    # sentence after the heading opens the list, read as a sentence
                    found, last, _ = self._prose(text, ls, i, h.end)
                    out.extend(found)
                    stacked = False
                    i = last + 1
                    continue
                found, last, pos = self._read_heading(text, ls, i, h)
                if h.label == "present":
                    members.append((found, self._board_heading.search(text[h.start : h.end]) is not None))
                elif h.label in ("officers", "mixed") and any(e.label == "officers" for e in found):
                    staff_list = True
                stacked = not found and last == i and not text[h.end : line.end].strip() and self._next_is_heading(ls, i)
                out.extend(found)
                if pos < ls[last].end:  # "PRESENT: ... There were apologies from Councillors ..."
                    more, last, _ = self._prose(text, ls, last, pos)
                    out.extend(more)
                i = last + 1
                continue
            stacked = False
            if cued is not None and i not in cued:
                i += 1
                continue
            found, last, _ = self._prose(text, ls, i, line.start)
            out.extend(found)
            i = last + 1
        self._board_members(members, staff_list)
        return out

    def _board_members(self, members: list[tuple[list[Entry], bool]], staff_list: bool) -> None:
        """A board lists its executive directors among its members ("Present: ... Ann Lee,
        Director of Finance") and its staff under a list of their own ("In attendance:"):
        voting directors are members (guidelines, "A board list that marks voting members").
        So a members' list keeps the people its titles alone would send to officers when
        its heading names a board's members ("Trustees present", "Board Members", "Directors")
        or, for executive titles only, when the minutes print a staff list as well and the
        members' list gives nobody a member title ("Cllr"); a clerk or minute-taker stays an
        officer."""
        for found, board in members:
            if not (board or staff_list and not any(self._member(e) for e in found)):
                continue  # (a list that titles its members, "Cllr F Gatward", marks them by title)
            for e in found:
                if e.titled_staff and e.label == "officers" and e.role and not self._board_staff.search(e.role) \
                        and (board or self._board_executive.search(e.role)):
                    e.label = "present"

    # --- the line-role model ---------------------------------------------------------

    def _roles(self, doc: Doc, start: int, end: int, front: bool = False) -> dict[int, tuple[str, float]]:
        """The line-role model's attendance and item lines in [start, end): line start ->
        (role, confidence). ``front``: only up to the first item heading (the model tags
        lines in text order, so reading stops there)."""
        out: dict[int, tuple[str, float]] = {}
        for at, (label, confidence, _heading) in sorted(line_roles(doc, start, end).items()):
            if label not in MODEL_ROLES and label not in ITEM_ROLES:
                continue
            out[at] = (label, confidence)
            if front and label in ITEM_ROLES and confidence >= self.add_threshold:
                break
        return out

    def _model_runs(self, ls: list[Line], roles: dict[int, tuple[str, float]], stop: Optional[int] = None) -> list[list[int]]:
        """Runs of lines the model calls attendance (blank lines inside a run allowed), in
        ``ls[:stop]``."""
        runs: list[list[int]] = []
        current: list[int] = []
        for k, line in enumerate(ls[:stop]):
            if line.blank:
                continue
            role = roles.get(line.start)
            if role and role[0] in MODEL_ROLES and role[1] >= self.add_threshold:
                current.append(k)
            elif current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        return runs

    def _model_lines(self, text: str, ls: list[Line], lines: list[int], roles: dict[int, tuple[str, float]],
                     covered: set[int]) -> list[Entry]:
        """People on the model's attendance lines the rules did not read: each line read as a
        block line under the nearest heading above it in the run (members and officers by
        title when there is none)."""
        out: list[Entry] = []
        above = self._heading_above(ls, lines[0], roles)
        label = above.label if above else "mixed"
        for k in lines:
            line = ls[k]
            h = self._heading_of(line)
            if h:
                label = h.label
                if not text[h.end : line.end].strip():
                    continue
            if k in covered or roles[line.start][0] != "attendance_entry" or _PROSE.search(_UNBRACKET.sub("", line.text)):
                continue
            found = self._block_line(line.text, line.start, label if label != "mixed" else "present")
            # a word on its own ("These", "Applicant") is too little to take from the model
            found = [e for e in found or [] if e.name and len(e.name.split()) > 1]
            out.extend(self._settle(found, label))
        return out

    def _heading_above(self, ls: list[Line], k: int, roles: dict[int, tuple[str, float]]) -> Optional[Heading]:
        """The attendance heading above line ``k`` in the same part of the meeting (no item
        heading between), if any: "Members of the public who spoke:" keeps the names below it out."""
        for n in range(k - 1, max(-1, k - 60), -1):  # a heading is near its list; the bound keeps long texts linear
            if ls[n].blank:
                continue
            h = self._heading_of(ls[n])
            if h:
                return h
            if roles.get(ls[n].start, ("", 0))[0] in ITEM_ROLES:
                return None
        return None

    def _scan_meeting(self, doc: Doc, start: int, end: int) -> list[Entry]:
        """The meeting's attendees by ``self.mode``: the rules alone, the rules on the model's
        attendance lines only, or the rules plus the model's lines they left unread."""
        text = _unpiped(S.doc_text(doc))
        ls = all_lines(text, start, end)
        if self.mode == "model":
            return self._scan_model(doc, text, ls, start, end)
        found = self._scan(text, ls)
        if self._call_in_role is not None:
            found = [e for e in found if not (e.role and self._call_in_role.match(e.role))]
        if self.mode == "rules" or sum(1 for e in found if e.label == "present") >= 2:
            return found  # combined: the model is asked only where the rules found no members
        return found + self._model_extra(doc, text, ls, start, end, found)

    def _scan_model(self, doc: Doc, text: str, ls: list[Line], start: int, end: int) -> list[Entry]:
        """The rules on the model's attendance lines only."""
        roles = self._roles(doc, start, end)
        out: list[Entry] = []
        for run in self._model_runs(ls, roles):
            found = self._scan(text, ls[run[0] : run[-1] + 1])
            covered = self._covered(ls, found, run[0], run[-1])
            out.extend(found + self._model_lines(text, ls, run, roles, covered))
        return out

    def _model_extra(self, doc: Doc, text: str, ls: list[Line], start: int, end: int, found: list[Entry]) -> list[Entry]:
        """People on the model's attendance lines before the first item that the rules left unread."""
        roles = self._roles(doc, start, end, front=True)
        if not roles:
            return []
        covered = self._covered(ls, found, 0, len(ls) - 1)
        extra: list[Entry] = []
        items = [at for at, (role, conf) in roles.items() if role in ITEM_ROLES and conf >= self.add_threshold]
        # lists the rules missed stand before the first item, not among speakers in the items
        first_item = bisect_left([line.start for line in ls], min(items)) + 1 if items else len(ls)
        for run in self._model_runs(ls, roles, first_item):
            if len(run) < 2 and not any(k - 1 in covered or k + 1 in covered for k in run):
                continue  # one line on its own: too little to go on
            extra.extend(self._model_lines(text, ls, run, roles, covered))
        return extra

    @staticmethod
    def _covered(ls: list[Line], found: list[Entry], first: int, last: int) -> set[int]:
        """Indexes of the lines in ``ls[first:last+1]`` that hold a found entry."""
        starts = sorted(e.start for e in found)
        out = set()
        for k in range(first, last + 1):
            at = bisect_left(starts, ls[k].start)
            if at < len(starts) and starts[at] <= ls[k].end:
                out.add(k)
        return out

    def _elected_offices(self, found: list[Entry]) -> list[Entry]:
        """A club's or committee's Secretary and Treasurer are members holding an office, not
        staff: where nobody in the meeting's lists carries a member's honorific (a body that
        prints its members by name only) and at least three people are present, an entry
        whose role is exactly such an office ("Chris Roe (Treasurer)") goes to ``present``.
        A council's lists name their members by title, so its clerk stays an officer."""
        if not self._elected or any(self._member(e) for e in found) or sum(e.label == "present" for e in found) < 3:
            return found
        for e in found:
            if e.label == "officers" and e.name and e.role and self._elected.fullmatch(e.role.strip()):
                e.label = "present"
        return found

    def __call__(self, doc: Doc) -> Doc:
        self._run_text = S.doc_text(doc)
        for meeting in list(S.spans(doc, S.MEETINGS)):
            start, end = S.char_range(meeting, S.MEETINGS)
            seen: set[tuple[str, str]] = set()
            found = self._elected_offices(self._tiers(self._scan_meeting(doc, start, end)))
            caller = self._caller(S.doc_text(doc), start, end, found)
            for e in ([caller] if caller else []) + found:
                key = (e.label, (e.name or e.role or "").lower())
                if key in seen:
                    continue
                seen.add(key)
                S.add_span(doc, S.ATTENDEES, e.start, e.end, e.label, {"name": e.name, "role": e.role})
        return doc


@Language.factory(
    "minutes_attendance",
    default_config={
        "patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_attendance"},
        "mode": "combined",
        "add_threshold": 0.5,
    },
)
def make_attendance(nlp: Language, name: str, patterns: dict[str, Any], mode: str, add_threshold: float) -> AttendanceComponent:
    return AttendanceComponent(nlp, name, patterns, mode, add_threshold)
