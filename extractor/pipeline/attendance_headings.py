"""Attendance headings: which list a line opens, worded however the body words it.

Minutes name their lists in many ways ("Present", "Council Members Present", "Trustees
present", "STAFF ATTENDING", "Members Absent", "Regrets", "Officials", "Those
attending", "Roll Call"). Rather than one phrase per wording, a heading is read as a
small grammar over pattern data: an optional lead word ("Also", "Those", "Others"), an
optional group ("Members", "Staff", "Trustees") and an optional status ("present",
"absent", "in attendance"); the status decides apologies, else the group decides
officers or members. The fixed phrases of the older list ("Sederunt", "Apologies for
absence") and role headings ("Chair:", "Clerk:") still apply. Everything here only
classifies text; reading the names is the component's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from .patterns import PhraseMap, alternation, phrase_key
from .text_lines import Line

# "1.", "12)", "(3)", "C048/23 1.", "37.", "IV.": an item number before the heading
_NUMBER = r"(?:[-•*–·]\s+)?(?:(?:[A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})*[.):]?|\(\d{1,3}[a-z]?\)|\d{1,3}[a-z]\)|[IVX]{1,5}\.)\s*)*"
# after the heading: a colon or semicolon (maybe with a dash), a spaced dash, a tab or a column gap
_ROMAN = re.compile(r"[IVX]{1,5}\.|[A-Z]{1,4}\d")
"""A line that opens with a letter may still open with a number: "IV. PRESENT", "C048/23 ..."."""
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_SEP = (
    r"(?P<sep>\s*[:;]\s*[-–—]?|\s+[-–—]\s*|[-–—](?=\s)|\s*\t\s*|\s{2,}|\.(?=\s+[A-Z])"
    r"|\s+(?:for|during|at|via|in)\s[^:\n]{0,50}:\s*|\s*\([^()\n]{1,60}\)\s*(?::\s*|$))"
)
# "In attendance for all or part of the meeting:" and "Present (remotely):" end like a colon
_AFTER = rf"(?:{_SEP}|\.?$|(?=\s))"


def _lookup(table: PhraseMap, printed: str) -> Any:
    """``table[printed]``, also for the few letters the case-blind regex folds differently
    from ``str.lower`` (a long s in "abſence", a dotless ı): those keys are matched the
    same way the regex matched them."""
    if printed in table:
        return table[printed]
    for key, value in table.items():
        if re.fullmatch(re.escape(key).replace(r"\ ", r"\s+"), printed, re.IGNORECASE):
            return value
    raise KeyError(printed)


_MISSING = object()


@dataclass
class Heading:
    """One attendance heading: the list it opens and where its own text ends.

    ``label`` is present | apologies | officers | mixed (members present, officers to
    officers) | others (guests: only members and officers are kept) | none (the public,
    the press: nobody kept); ``role`` is the role a role heading gives ("Chair:")."""

    label: str
    role: Optional[str]
    start: int  # where the heading's words start
    end: int  # end of the heading and its separator
    has_sep: bool
    roll_call: bool = False


class HeadingGrammar:
    """Attendance headings compiled from the component's pattern data."""

    def __init__(self, p: dict[str, Any], plural: dict[str, str], honorific: re.Pattern) -> None:
        self._honorific = honorific
        self._plural = {phrase_key(k) for k in plural}
        # the fixed phrases of the older list, each with its label
        self._fixed = PhraseMap({w.rstrip(":"): label for label, words in p.get("headings", {}).items() for w in words})
        self._fixed_roles = PhraseMap({k.rstrip(":"): v for k, v in p.get("heading_roles", {}).items()})
        self._mixed_fixed = PhraseMap({w: True for w in p.get("mixed_headings", [])})
        g = p.get("heading_grammar", {})
        self._groups = PhraseMap(g.get("groups", {}))
        self._statuses = PhraseMap(g.get("statuses", {}))
        self._alone = PhraseMap(g.get("status_alone", {}))
        self._leads = PhraseMap(g.get("leads", {}))
        self._roles = PhraseMap(g.get("role_headings", {}))
        self._roll = PhraseMap({w: True for w in g.get("roll_call", [])})
        # "Roll call vote:" / "Roll call: Ayes - A, B" (a vote), "roll call: Present: A" (the lists follow): no list itself
        votes = alternation(p.get("roll_call_not_lists", []))
        self._not_vote = rf"(?![\s:,\-–—]*(?:{votes})\b)" if votes else ""
        # "Roll Call: Ames, yes; Bray, no": the first name answers with a vote word, a vote
        answers = alternation(p.get("roll_call_vote_answers", []))
        if answers:
            self._not_vote += rf"(?![\s:,\-–—]*(?:[^\W\d_][\w.’'-]*[ \t]+){{0,3}}?[^\W\d_][\w.’'-]*[ \t]*[,:\-–—]?[ \t]*(?:{answers})\b)"
        fixed = alternation(list(self._fixed) + list(self._fixed_roles))
        groups, statuses = alternation(self._groups), alternation(self._statuses)
        leads, alone = alternation(self._leads), alternation(self._alone)
        roles, roll = alternation(self._roles), alternation(self._roll)
        grammar = (
            rf"(?:(?P<lead>{leads})\s+)?(?:(?P<group>{groups})(?:\s+(?P<status>{statuses}))?|(?P<alone>{alone}))"
            if groups and statuses and alone and leads
            else r"(?!)"
        )
        heads = [
            grammar,
            rf"(?P<fixed>{fixed})" if fixed else None,
            rf"(?P<role>{roles})(?=\s*:)" if roles else None,
            rf"(?P<roll>{roll}){self._not_vote}(?:\s+of\s+[\w ]{{3,40}}?)?" if roll else None,
        ]
        # each kind of heading on its own, so the longest reading of a line wins ("Members Absent"
        # is the grammar's, not the fixed "Members" followed by a word)
        self._at_start = [
            re.compile(rf"^{_NUMBER}(?P<head>{h}){_AFTER}", re.IGNORECASE) for h in heads if h
        ]
        body = "|".join(h for h in heads if h)
        # a heading inside a run of text ("... and June Talbot COUNCILMEMBERS ABSENT: Tom Rutter"): needs a colon
        # ... or a spaced dash after a roll call's colon ("ROLL CALL: Present - Council members A, B.
        # Absent - C"): the dash stands for the colon
        self._inside = re.compile(rf"(?<![\w’'-])(?P<head>{body})(?:\s*:\s*[-–—]?|[ \t]+[-–—][ \t]+(?=[A-Z]))", re.IGNORECASE)
        # without a colon, in a flattened line: "... Venue: Civic Centre Present Mayor Ann Lee
        # (Chairperson) Councillor ... In Attendance Bo Ray Chief Executive": the heading in
        # capitals, then an honorific, or (two words or more) a capitalised name
        hon = honorific.pattern.lstrip("^")
        self._inside_named = re.compile(
            rf"(?<![\w’'-])(?P<head>{body})\s+(?-i:(?={hon}\s|[A-Z][a-z]+\s+[A-Z][a-z]))",
            re.IGNORECASE)
        words = set()
        for table in (self._fixed, self._fixed_roles, self._groups, self._alone, self._leads, self._roles, self._roll):
            words.update(k.split()[0] for k in table)
        self._first_words = frozenset(w.lower() for w in words)
        # where a heading without a colon may start: one of those first words, capitalised
        # (a cheap scan; the heading regex is then tried only there)
        caps = sorted({w[0].upper() + rf"(?i:{re.escape(w[1:])})" for w in self._first_words if w[:1].isalpha()},
                      key=len, reverse=True)
        self._named_start = re.compile(rf"(?<![\w’'-])(?:{'|'.join(caps)})\b") if caps else re.compile(r"(?!)")
        labels = alternation(list(self._roles) + list(self._groups))
        self._label_word = re.compile(rf"^(?=[A-Z])(?:{labels})\s+(?=[A-Z])", re.IGNORECASE) if labels else re.compile(r"(?!)")
        self._number = re.compile(_NUMBER)
        self._cache: dict[str, Any] = {}
        lasts = {k.split()[-1] for table in (self._fixed, self._fixed_roles, self._groups, self._statuses, self._alone,
                                              self._roles, self._roll) for k in table}
        self._colon_gate = re.compile(rf"(?:{'|'.join(map(re.escape, sorted(lasts)))})\s*:") if lasts else re.compile(r"(?!)")

    # --- classification -------------------------------------------------------------

    def _label(self, m: re.Match) -> Optional[tuple[str, Optional[str], bool]]:
        """(label, role, roll call) of a heading match; None when the words name no list."""
        g = m.groupdict()
        if g.get("fixed") is not None:
            text = g.get("fixed")
            try:
                return "present", _lookup(self._fixed_roles, text), False
            except KeyError:
                pass
            label = _lookup(self._fixed, text)
            return ("mixed" if text in self._mixed_fixed and label != "apologies" else label), None, False
        if g.get("role") is not None:
            text = g.get("role")
            return _lookup(self._roles, text), re.sub(r"\s+", " ", text), False
        if g.get("roll") is not None:
            return "present", None, True
        status = g.get("status")
        status_label = _lookup(self._statuses, status) if status else None
        if status_label == "apologies":
            return "apologies", None, False
        lead = g.get("lead")
        lead_label = _lookup(self._leads, lead) if lead else None
        if g.get("group") is not None:
            label = _lookup(self._groups, g.get("group"))
            if label == "present" and lead_label == "mixed":
                label = "mixed"
            return label, None, False
        alone = _lookup(self._alone, g.get("alone"))
        if alone == "apologies":
            return "apologies", None, False
        return (lead_label or alone), None, False

    def _might_start(self, text: str) -> bool:
        """A cheap test before the regex: the first word after any item number is one a heading can open with."""
        pos = 0 if text[:1].isalpha() and not _ROMAN.match(text) else self._number.match(text).end()
        m = _WORD.match(text, pos)
        return bool(m) and m.group().lower() in self._first_words

    def at_start(self, line: Line, numbered: bool = False) -> Optional[Heading]:
        """The heading this line opens with, if any (a line is asked about several times
        while its block is read: the answer for its text is kept, offsets apart).
        ``numbered``: the text follows an item number inside a run of text ("... 1.2 Staff
        Ann Lee, ..."), where a one-word heading needs no separator before a name."""
        key = (line.text, numbered)
        cached = self._cache.get(key, _MISSING)
        if cached is _MISSING:
            h = self._read(Line(0, len(line.text), line.text), numbered) if self._might_start(line.text) else None
            cached = None if h is None else (h.label, h.role, h.start, h.end, h.has_sep, h.roll_call)
            if len(self._cache) > 20000:
                self._cache.clear()
            self._cache[key] = cached
        if cached is None:
            return None
        label, role, start, end, has_sep, roll = cached
        return Heading(label, role, line.start + start, line.start + end, has_sep, roll)

    def _read(self, line: Line, numbered: bool = False) -> Optional[Heading]:
        text = line.text
        best = None
        for rx in self._at_start:
            m = rx.match(text)
            if m and (best is None or m.end("head") > best.end("head")):
                best = m
        if best is None:
            return None
        m = best
        g = m.groupdict()
        found = self._label(m)
        if found is None:
            return None
        label, role, roll = found
        head = m.group("head")
        if not head[:1].isupper():
            return None  # "attendance. Members were ...": a sentence wrapped onto this line
        key = phrase_key(head)
        has_sep = m.group("sep") is not None
        end = m.end()
        rest = text[end:].lstrip()
        if rest and not has_sep:
            # "Councillors Penrose, ..." is a list line and "Members agreed" a sentence: a heading
            # of one word needs a separator before its text, unless an honorific follows it
            if key in self._plural:
                return None
            if g.get("role") is not None:
                return None
            one_word = len(key.split()) < 2 and key not in self._fixed_roles
            named = self._honorific.match(rest) or re.match(r"^(?:[Tt]he\s+)(?=[A-Z])", rest) and self._honorific.match(rest[4:])
            # "Present Chairperson Mayor Ana Ruiz Deputy Chairperson ...": a table read across
            named = named or g.get("alone") is not None and self._label_word.match(rest)
            if one_word and not named and not (numbered and re.match(r"^[A-Z][a-z]+\s+[A-Z]", rest)):
                return None
            if not one_word and not (named or re.match(r"^[A-Z]\.?\s", rest) or re.match(r"^[A-Z][a-z]+\s+[A-Z]", rest)):
                return None
        if g.get("fixed") is None and not has_sep and not rest and g.get("group") is not None and g.get("status") is None and g.get("lead") is None:
            # a bare group word on its own line ("Council", "Staff") is a heading only with a colon
            if len(key.split()) < 2 and key not in self._fixed:
                return None
        return Heading(label, role, line.start + m.start("head"), line.start + end, has_sep, roll)

    def may_hold(self, low: str) -> bool:
        """Whether lower-cased ``low`` can hold a heading with a colon: one of the words a
        heading ends with, then the colon (a cheap test before ``inside``)."""
        return self._colon_gate.search(low) is not None

    def inside(self, text: str, start: int, named: bool = False) -> Iterator[Heading]:
        """Headings with a colon inside ``text`` (a list run together with the next heading);
        ``named``: also without a colon, before an honorific or (a heading of two words or
        more) a capitalised name, as flattened exports print them.

        Only headings printed with a capital count: "the following were present:" is prose."""
        matches = list(self._inside.finditer(text))
        if named:
            tried = (self._inside_named.match(text, c.start()) for c in self._named_start.finditer(text))
            matches = sorted(matches + [m for m in tried if m], key=lambda m: m.start())
        for m in matches:
            if m.re is self._inside_named and " " not in m.group("head").strip() and not (
                    self._honorific.match(text[m.end():]) and (m.group("head") in self._alone or m.group("head") in self._statuses)):
                continue  # one word needs an honorific after it, and must be a status ("Present", not "Council")
            if m.re is self._inside_named and not all(w[:1].isupper() for w in m.group("head").split()):
                continue
            head = m.group("head")
            if not head[0].isupper():
                continue
            found = self._label(m)
            if found is None:
                continue
            label, role, roll = found
            yield Heading(label, role, start + m.start("head"), start + m.end(), m.re is self._inside, roll)
