"""The words of a decision or a commitment, without the record around them.

GUIDELINES: a resolution's text is the motion's own words, and an action's text is the
commitment clause. Minutes wrap both in words that are neither:

- who moved and seconded, before or after the motion ("A motion was made by Trustee A to
  renew the lease, seconded by B"; "A moved, B seconded, approval of the agenda");
- for actions, a topic before a dash ("Bus shelter – the Clerk will write ..."), a report
  verb ("The Chair advised that she will ..."), a clause that reports what happened before
  the one that looks forward ("The hall has been painted and the keys will be returned"),
  and a tail that gives the why ("..., which will require a new frame").

Both classes only ever narrow a text, never widen it, and leave it alone when what would
remain is too short to be a clause or no longer holds the words that made it a record.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from .patterns import alternation

# one to four capitalised words ("Trustee Ann Lee", "J. Smith", "Quarrell")
_NAME = r"[A-Z][\w’'.\-]*(?:[ \t]+(?:[A-Z][\w’'.\-]*|de|van|von|da)){0,3}"
# "a resident", "another resident in the crowd": a seconder who is no member
_SOMEONE = r"(?:an?|another)[ \t]+[a-z]+(?:[ \t]+in[ \t]+the[ \t]+[a-z]+)?"
_WHO = rf"(?:{_NAME}|{_SOMEONE})"
_SECONDED_BY = rf"(?:,?[ \t]+(?:and[ \t]+)?second(?:ed)?(?:[ \t]+by)?[ \t]+{_WHO})?"
# a decision's own number: "C-85/16", "C15(210)", "708.14", "B236/07", "2023-114"
_CODE = r"[A-Z]{0,3}-?\d{1,4}(?:[./\-]\d{1,4}|\(\d{1,4}\))"
_TITLE_WORD = r"(?:[A-Z][\w&’'\-]*,?|to|of|and|the|for|&|\d{1,4},?)"
_OPENS = r"(?=(?:to|that|That|THAT)[ \t]+\S)"
# leads that only record who moved: what follows is the motion's words
_LEADS = [
    # "A motion was made by Trustee A, seconded by B, to ..." / "A motion was to renew ..."
    rf"(?:[Aa]n?|[Tt]he)[ \t]+motion[ \t]+was[ \t]+(?:(?:made|offered|moved|put|presented)[ \t]+)?"
    rf"(?:by[ \t]+{_NAME})?{_SECONDED_BY},?[ \t]*{_OPENS}",
    # "Commissioner A made a motion to ..."
    rf"{_NAME}[ \t]+(?:made|offered|put[ \t]+forward)[ \t]+(?:a|the)[ \t]+motion{_SECONDED_BY},?[ \t]+{_OPENS}",
    # "Motion by A, second by B, to ..." / "Moved by A, seconded by B, that ..."
    rf"(?:[Mm]otion(?:[ \t]+made)?|[Mm]oved)[ \t]+by[ \t]+{_NAME}{_SECONDED_BY},?[ \t]*{_OPENS}",
    # "A moved, B seconded, approval of the agenda"
    rf"{_NAME}[ \t]+moved,?[ \t]+(?:and[ \t]+)?{_NAME}[ \t]+seconded(?:[ \t]+the[ \t]+motion)?,?[ \t]+(?=[a-z])",
    # "Resolution No. 1 RESOLVED that ...", "MOTION #24: That ...": the record's number
    rf"(?:[Rr]esolution|RESOLUTION|[Mm]otion|MOTION)[ \t]*(?:No\.?|Number|#)?[ \t]*#?[A-Z]{{0,3}}-?\d[\w.\-/()]*[ \t]*:?[ \t]*"
    rf"(?:{_NAME}[ \t]*/[ \t]*{_NAME}[ \t]+)?(?:(?:RESOLVED|Resolved|MOVED|Moved)[ \t]*,?[ \t]*)?{_OPENS}",
    # "Request to Present C15(212) A and B: Moved that ...", "C-85/16 that ...": a heading's
    # words, the decision's code and its movers before the motion's words
    rf"(?:{_TITLE_WORD}[ \t]+){{0,12}}{_CODE}(?:[ \t]+{_NAME}(?:[ \t]+(?:and|[-–/])[ \t]+{_NAME})?)?[ \t]*:?[ \t]*"
    rf"(?:(?:[Mm]oved|MOVED|RESOLVED|Resolved)[ \t]+)?{_OPENS}",
    # "Motion: moved A, second B: That ..."
    rf"[Mm]otion[ \t]*:?[ \t]*[Mm]oved[ \t]+{_NAME},?[ \t]+second(?:ed)?[ \t]+{_NAME}[ \t]*:?[ \t]*{_OPENS}",
]
# tails that only record the seconder: "..., seconded by B", "... by A and seconded by B"
_SECONDER_TAILS = [
    rf",?[ \t]+(?:by|from)[ \t]+{_WHO}(?:,|[ \t]+and)?[ \t]+(?:and[ \t]+)?seconded\b.*$",
    r",[ \t]*(?:and[ \t]+)?seconded[ \t]+by\b.*$",
    rf",[ \t]*{_NAME}[ \t]+seconded(?:[ \t]+the[ \t]+motion)?\W*$",
    # "Approval of the accounts: and seconded B" / "Treasurer – B: proposed A seconded C"
    rf"[ \t]*[,:;]?[ \t]*(?:(?:and[ \t]+)?proposed(?:[ \t]+by)?[ \t]+{_NAME},?[ \t]+)?(?:and[ \t]+)?seconded(?:[ \t]+by)?[ \t]+{_NAME}\W*$",
    # "Motion to approve: Moved A / Seconded B / Carried by show of hands" once the names are
    # cut: two empty slash slots, then how it was decided
    r"[ \t]*[:,;]?[ \t]*/[ \t]*/[^/]*$",
    # "That the report be received. Crs A/B Carried" once the pair is cut: the result alone after the stop
    r"(?<=\w)[ \t]*[.;][ \t.;]*(?:CARRIED|Carried|AGREED|Agreed|LOST|Lost)(?:[ \t]+(?:UNANIMOUSLY|[Uu]nanimously))?[ \t.]*$",
    # "to suspend the rules passed unanimously by the following vote:": the roll call follows
    r"[ \t]+(?:passed|carried|failed|adopted)(?:[ \t]+unanimously)?[ \t]+by[ \t]+the[ \t]+following[ \t]+votes?\W*$",
]
# after a lead was cut: "... for the year by Trustee A" names the mover, not the motion
_MOVER_TAIL = rf"[ \t]+by[ \t]+{_NAME}[ \t]*\.?$"
_MIN_WORDS = 2
_THAT = re.compile(r"^(?:that|That|THAT)[ \t]+")
_GATE_WORDS = ("motion", "moved", "second", "following vote", "that", "resolution", "to ", "carried", "agreed", "lost", "/")
# for each of ``_SECONDER_TAILS``, words one of which (lower-cased) every match holds: a
# tail is searched for only in a text holding one (most texts hold "that" or "to ", few "seconded")
_TAIL_WORDS = (("seconded",), ("seconded",), ("seconded",), ("seconded",), ("/",), ("carried", "agreed", "lost"),
               ("following",))


class MotionRecordTrim:
    """Cuts who moved and seconded from a motion's text (resolutions and actions alike)."""

    def __init__(self) -> None:
        self._leads = re.compile("(?:" + "|".join(_LEADS) + ")")
        self._tails = [(words, re.compile(t, re.S)) for words, t in zip(_TAIL_WORDS, _SECONDER_TAILS, strict=True)]
        self._mover_tail = re.compile(_MOVER_TAIL)

    def strip(self, raw: str) -> str:
        low = raw.lower()
        if not any(w in low for w in _GATE_WORDS):
            return raw  # every lead and tail holds one of these
        out = raw
        lead = self._leads.match(out)
        if lead and len(out[lead.end():].split()) > _MIN_WORDS:
            out = _THAT.sub("", out[lead.end():], count=1)
        for words, tail in self._tails:
            if not any(w in low for w in words):  # ``out`` is a part of ``raw``: it lacks them too
                continue
            m = tail.search(out)
            if m and len(out[:m.start()].split()) >= _MIN_WORDS:
                out = out[:m.start()]
                break
        if lead:
            m = self._mover_tail.search(out)
            if m and len(out[:m.start()].split()) >= _MIN_WORDS:
                out = out[:m.start()]
        return out.strip()


_SPACE = r"[ \t\n]+"
_JOINT = re.compile(r"(?:,[ \t\n]*(?:and|but)?|;|[ \t\n]+(?:and|but))[ \t\n]+(?:that[ \t\n]+)?")
# a clause that can stand alone after a joint: a subject, or a subjectless "will ..."
_CLAUSE_OPENER = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hese|[Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Ww]e|[A-Z][\w’'&./\-]*|will|would|should|shall|must)\b")
_NAME_END = re.compile(r"[A-Z][\w’'.\-]*[ \t\n]*,?[ \t\n]*(?:and|but|;)?[ \t\n]*$")
_NAME_START = re.compile(r"(?!(?:The|This|These|It|They|He|She|We)\b)[A-Z]")
_TOPIC_DASH = re.compile(r"[A-Z][^\n.:;–—]{1,60}?[ \t]+[–—-][ \t]+")
_LEAD_WORDS = 12  # how far into a unit a report verb may stand


class CommitmentFocus:
    """Narrows an action unit to its commitment clause.

    ``forward`` is the actions component's test for a forward-looking word ("will",
    "to be sent", "needs to"): the clause kept must hold one, and what is cut must not."""

    def __init__(self, patterns: dict[str, Any], forward: re.Pattern[str]) -> None:
        self._forward = forward
        verbs = alternation(patterns.get("clause_report_verbs", []))
        # "The Chair advised that she will ...", "Members agreed that ...", "It was agreed that ..."
        self._report_that = re.compile(
            rf"(?:[^\n.;:]{{0,80}}?[ \t]+)?(?:{verbs})(?:[ \t]+(?:the|all)?[ \t]*[A-Za-z]+)?{_SPACE}that{_SPACE}") \
            if verbs else None
        bodies = alternation(patterns.get("clause_impersonal_agreers", []))
        # "It was agreed to advertise the post": the task, not the agreeing
        self._agreed_to = re.compile(
            rf"(?:(?:{bodies})[ \t]+)?(?:[Aa]greed|AGREED)[ \t]+(?=to[ \t]+[a-z])") if bodies else None
        tails = alternation(patterns.get("clause_tails", []))
        comma_tails = alternation(patterns.get("clause_tails_after_comma", []))
        self._tails = [re.compile(rx) for rx in (
            rf"[ \t\n]+(?:{tails})\b" if tails else None,
            rf"[ \t\n]*,[ \t\n]*(?:{comma_tails})\b" if comma_tails else None) if rx]
        self._past = re.compile(
            rf"\b(?:{alternation(patterns.get('clause_past_markers', []))})\b|\b[a-z]{{3,}}ed\b") \
            if patterns.get("clause_past_markers") else None

    def narrow(self, text: str, s: int, e: int) -> tuple[int, int]:
        s = self._after_topic(text, s, e)
        s = self._after_report(text, s, e)
        s = self._after_past_clause(text, s, e)
        e = self._before_tail(text, s, e)
        return s, e

    def _keeps(self, text: str, s: int, e: int) -> bool:
        """Whether ``text[s:e]`` can stand as the commitment: three words and a forward word."""
        return len(text[s:e].split()) >= 3 and self._forward.search(text, s, e) is not None

    def _after_topic(self, text: str, s: int, e: int) -> int:
        """"Circular walk leaflet – the Chair will ...": a topic then a clause of its own.
        Not "Pictures of the fête – to be sent to DL": there the topic is the subject."""
        m = _TOPIC_DASH.match(text, s, e)
        if m and self._forward.search(text, s, m.end()) is None and _CLAUSE_OPENER.match(text, m.end(), e) \
                and self._keeps(text, m.end(), e):
            return m.end()
        return s

    def _after_report(self, text: str, s: int, e: int) -> int:
        """"X advised that she will ...", "It was agreed that ...", "It was agreed to ..."."""
        if self._report_that is not None:
            m = self._report_that.match(text, s, e)
            if m and len(text[s:m.end()].split()) <= _LEAD_WORDS and self._forward.search(text, s, m.end()) is None \
                    and self._keeps(text, m.end(), e):
                return m.end()
        if self._agreed_to is not None:
            m = self._agreed_to.match(text, s, e)
            if m and self._keeps(text, m.end(), e):
                return m.end()
        return s

    def _after_past_clause(self, text: str, s: int, e: int) -> int:
        """"The hall has been painted and the keys will be returned": the clause before the
        joint reports what happened (a past or present verb, nothing forward), so the
        commitment is the clause after it."""
        if self._past is None:
            return s
        f = self._forward.search(text, s, e)
        if f is None:
            return s
        cut: Optional[int] = None
        for j in _JOINT.finditer(text, s, f.start()):
            cut = j.end()
        if cut is None or cut <= s:
            return s
        before = text[s:cut]
        if len(before.split()) < 3 or self._past.search(before, len(before.split(None, 1)[0])) is None:
            return s  # not "Delegated authority to the Director, ...": a participle opening is no report
        if _NAME_END.search(before) and _NAME_START.match(text, cut, e):
            return s  # "the Director of Housing and Corporate Services to ...": one name, not two clauses
        if not _CLAUSE_OPENER.match(text, cut, e) or not self._keeps(text, cut, e):
            return s
        return cut

    def _before_tail(self, text: str, s: int, e: int) -> int:
        """"..., which will require a frame", "... while noting that ...": the why or an aside."""
        for tail in self._tails:
            m = tail.search(text, s, e)
            if m and self._keeps(text, s, m.start()):
                e = m.start()
        return e
