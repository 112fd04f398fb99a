"""Follow-up commitments with owner, kind and due date.

Two sources, because minutes record commitments in two ways:

1. resolutions that ask for something to be done ("requests that a briefing note be
   produced", "That officers prepare a report", "delegated authority to X to ...",
   "it was agreed that ... would be added to the work programme");
2. sentences in the narrative where someone agreed, undertook or was asked to do
   something, or where something "would be circulated / shared / reported back".

Only specific follow-up verbs count, so general plans ("a new campaign will be
launched"), suggestions and things already done are left out. Owners are the subject
of an active commitment, the person asked, or the speaker who promised a passive one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import spans as S
from .action_gates import ActionGates, restated
from .dates import CALENDAR_DAY_RE, preload_dateparser
from .due_dates import DueDates, NextMeetingIndex
from .mentions import people_in, person_at
from ._prescan import Hits, lowered
from .patterns import PatternComponent, alternation
from .record_clause import CommitmentFocus, MotionRecordTrim
from .roles import check_mode, mode_config, role_units
from .sentences import sentences
from .text_lines import LIST_ENTRY, trim
from .text_regions import item_regions, meeting_date_at, meeting_range_at, minutes_start

_SUBJECT = re.compile(
    r"(?:(?:the|The)\s+)?[A-Z][\w’'.\-]*(?:(?:\s+|\s*[,–-]\s*|\s+(?:of|for|and|&)\s+)[A-Z(][\w’'.()\-]*){0,7}"
)


# the end of a comma-separated list of names right before its "and" ("Ann, Joe and Sue to ...")
_NAME_LIST_END = re.compile(r",[ \t]*[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,2}$")
_LIST_GLUE = re.compile(r"[\s;,]+(?:and|or)$")
# "Car park: the Clerk to write to ...": a topic before a note-form instruction
_TOPIC = re.compile(r"[A-Z][\w’' /&-]{0,40}:[ \t]+")
# what follows an owner who opens a commitment in note form: "Brendan will", "Clerk to", "JS is to"
# "Robin to advise ...", "Tess & Omar will work on ...", "Committee members to review ...":
# one to three capitalised words (or two names joined by "and"/"&"), then a commitment verb
_NAME_WORD = r"[A-Z][\w’'\-]*"
_OPENING_OWNER = re.compile(
    rf"(?:^|(?<=[:;,–—-])[ \t]+|(?<=\bthat)[ \t]+)(?P<who>{_NAME_WORD}(?:[ \t]+(?:and|&)[ \t]+{_NAME_WORD}|[ \t]+{_NAME_WORD}){{0,2}}(?:[ \t]+(?:members|staff|officers))?)"
    r"[ \t]+(?:will|would|shall|to|volunteers?[ \t]+to|volunteered[ \t]+to|agreed[ \t]+to|offered[ \t]+to|undertook[ \t]+to)"
    r"[ \t]+(?!be\b|have[ \t]+been\b)[a-z]")
# a sentence opened by its doer and a plain future or reported promise: "Brindle will draft
# the letter", "JS would contact the contractor", "Hettie and Dunmore will make posters";
# the verb is any word, so the doer must be a person, initials or an office (``_personal``);
# a list bullet or a marker symbol ("- 👷 Rahul is going to ...") may come first
_OWNER_OPENS = re.compile(
    rf"(?:[^\w\s\"“'‘(\[][ \t]*){{0,3}}(?P<who>{_NAME_WORD}(?:[ \t]*(?:[ \t]and[ \t]|&|/)[ \t]*{_NAME_WORD}|[ \t]+{_NAME_WORD}){{0,2}})"
    r"[ \t]+(?P<aux>will|shall|would|(?:is|are)[ \t]+going[ \t]+to|volunteer(?:s|ed)?[ \t]+to|offered[ \t]+to|agreed[ \t]+to)"
    r"[ \t]+(?:also[ \t]+|then[ \t]+|now[ \t]+)?"
    r"(?!be\b|have\b|not\b|need\b|like\b|also\b|then\b|now\b|probably\b|hopefully\b|still\b"
    r"|the\b|a\b|an\b|this\b|that\b|these\b|those\b|his\b|her\b|their\b|its\b|it\b|them\b)(?=[a-z])")
# the colon that ends a decision introducing a list, and the list's lines after it: a numbered
# or lettered entry ("4. Scheme of ...", "(b) ...") or a blank line between entries
_COLON_AFTER = re.compile(r"[ \t]*:[ \t]*(?:\r?\n|$)")
_LIST_LINES = 60  # a condition list is read this many lines at most
# where a doer can open the promise inside a sentence: after a fronted clause's comma
# ("To keep costs down, Cher will prepare the letter"), a semicolon, or a run-in topic's
# spaced dash ("Housing development – JS would contact the developer")
_CLAUSE_CUT = re.compile(r"(?:[,;]|[ \t][–—-])[ \t]+(?=[A-Z])")
# a unit opened by a short subject and a plain future: ``_plan_of_others`` asks whose plan it is
_PLAN_OPENS = re.compile(r"(?:[-•·*][ \t]*)?(?P<subj>[A-Z][\w’'\-]*(?:[ \t]+[\w’'\-]+){0,5}?)[ \t]+(?:will|shall)[ \t]+(?!be\b|have\b)[a-z]")
_TO_INFINITIVE = re.compile(r"\s+to\s+[a-z]")
_LATER_VERB = re.compile(r"\s(?:is|are|was|were)\s")
_OWNER_VERB = re.compile(r"\s+(?:will|shall|to|is\s+to|are\s+to|would|agreed\s+to|undertook\s+to)\s+[a-z]")
# A unit the classifier calls an action, with no commitment clause the readers find and no
# owner opening it, is kept whole only up to this many words: longer ones are discussion
# ("Members discussed ... which the Chairman agreed would be included ..."), measured on dev.
MODEL_UNIT_WORDS = 40
# a unit this short that ends in a function word ("Funding would be") is a piece of a
# clause cut at a line break; a longer one ending so was cut by the splitter's length limit
FRAGMENT_WORDS = 10
# a commitment this short whose deliverable is a ``vague_promises`` phrase ("He will keep us
# posted") promises nothing specific; a longer one names what it will deliver
VAGUE_WORDS = 8
# a word that looks past the meeting: a future or modal, an obligation, a to-infinitive, a
# subjunctive or passive "be" with a participle ("that the draft be circulated")
_FORWARD = re.compile(
    r"\b(?:will|shall|would|should|must|going[ \t]+to|needs?[ \t]+to|required|requires?|to[ \t]+(?!the\b|a\b|an\b)[a-z]+"
    r"|be[ \t]+[a-z]+(?:ed|en|wn|ne|t)|asap|ASAP)\b|’ll\b|'ll\b")
_MOTION_HEAD = re.compile(r"^[Mm]otion[ \t]+(?=to[ \t]+[a-z])")  # "Motion to replenish petty cash": the task is "to replenish ..."
_REASON = re.compile(r",?\s+in order to\b|,\s+(?:as|because|since)\s+(?:this|it|they|there)\b")
# initials standing for people ("JS", "AHop", "MS/SF"; two capitals at least): owners in note-form minutes
_INITIAL = r"(?:[A-Z]{2,4}[a-z]{0,3}|[A-Z][a-z]{1,2}[A-Z][a-z]{0,2})"
_INITIALS = _INITIAL + r"(?:[ \t]*[/,&][ \t]*" + _INITIAL + r")*"
# a name, initials or an office ("Head of Finance") standing alone after "Action:": who owns the sentence above
_OWNER_TAG = re.compile(
    r"(?:[A-Z][\w’'\-.]*\s*){1,4}|[A-Z][\w’'\-.]*(?:\s+(?:(?:of|for|and|&|the)\s+)+[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*){1,2}"
    r"|[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*|" + _INITIALS)


# the same in a right-hand column: after a tab or a run of spaces at the end of the line
# a list line's bullet or label before a note-form task ("- PH to provide ...", "(b) Clerk to write ...")
_LIST_MARK = re.compile(r"[ \t]*(?:[-–•·*▪◦‣][ \t]*|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t]+)")
# where a note-form instruction can start inside a sentence: "..., Clerk to", "– ACTION: JS to",
# "Hall booking / TB to confirm ...", "..., the Clerk to give ...": after a comma, colon, or a spaced dash or slash
_INSIDE_CUT = re.compile(r"(?:[,;:]|[ \t][–—/-])[ \t]+(?:(?:ACTIONS?|Actions?)[ \t]*[:–—-][ \t]*)?(?=[A-Z]|the[ \t]+[A-Z])")
_GIVEN_NAME = re.compile(r"[A-Z][a-z][a-z’'\-]*")
_INITIALS_ONLY = re.compile(r"[A-Z]{2,3}(?:[ \t]*[/&][ \t]*[A-Z]{2,3})*")  # "JS", "SW/CH": not "YMCA"
_NAME_COLUMN = re.compile(r"(?:\t|[ ]{2,}|[ \t][–—-][ \t]+)(?P<who>[A-Z][a-z]+(?:[ \t]*(?:[/&]|and)[ \t]*[A-Z][a-z]+)?)[ \t]*\.?[ \t]*$")
_TASK_HEAD = re.compile(_INITIALS + r"[ \t]+to[ \t]+[a-z]")  # "OP to book ...": a task that names its owner first
_AGREED_TO = re.compile(r"\bagreed[ \t]+to[ \t]+[a-z]")  # "agreed to order ...", not "agreed that"
# a passive commitment's doer after "by" ("to be priced by Nell", "be drafted by TV/JO",
# "will be checked by the Parks Officer"): a participle, at most six plain words, "by"
_BY_AGENT = re.compile(
    r"\b(?:be|been)[ \t]+[a-z]+(?:ed|en|wn|ne|t)\b(?:[ \t]+[\w’'\-]+){0,6}?[ \t]+by[ \t]+"
    r"(?P<who>(?:[Tt]he[ \t]+)?[A-Z][\w’'.\-]*(?:[ \t]*/[ \t]*[A-Z][\w’'.\-]*)*(?:[ \t]+(?:of[ \t]+|for[ \t]+|to[ \t]+the[ \t]+)?[A-Z][\w’'.\-]*){0,3})")
# a group or body opening the action, then a modal or "to" and an active verb ("The board will
# fix a date", "All members present agreed to ...", "Staff to review the bylaws")
_GROUP_OPENS = re.compile(
    r"(?P<who>(?:(?:[Tt]he|[Aa]ll|[Tt]hose)[ \t]+)?(?:[A-Za-z][\w’'&\-]*[ \t]+){0,2}?[A-Za-z][\w’'&\-]*(?:[ \t]+present)?)"
    r"[ \t]+(?:also[ \t]+)?(?:will|would|should|shall|to|is[ \t]+to|are[ \t]+to|agreed[ \t]+to|volunteered[ \t]+to|undertook[ \t]+to|offered[ \t]+to)"
    r"[ \t]+(?!be\b|have\b|not\b|need\b|like\b|also\b)[a-z]")
_HE_SHE = frozenset({"He", "She", "he", "she"})  # one person: "they" may be a board or the officers
# an action that opens with a pronoun doer ("he would ring the contractor", "She will email ...")
_PRONOUN_DOER = re.compile(r"(?:[Hh]e|[Ss]he)[ \t]+(?:will|would|shall|agreed|undertook|offered|volunteered|to|is|was)\b")
_OWNER_COLUMN = re.compile(r"(?:\t|[ ]{3,})[ \t]*(?P<who>" + _INITIALS + r")[ \t]*$")


# Every match of ``_cue`` holds one of these words or "to be", lower-cased: its pre-scan.
_CUE_WORDS = ("would", "will", "shall", "should", "agreed", "undert", "offered", "promised", "committed",
              "asked", "request", "instruct", "invit", "direct", "delegat", "authori",
              "going", "volunteer")  # "tasked" holds "asked"
_TO_BE = re.compile(r"to\s+be")

# Words the case-sensitive trigger regexes below cannot match without; a sentence lacking
# them skips that regex (a substring test costs far less than a regex search).
_REQUEST_WORDS = ("request", "ask", "instruct", "invite", "direct")
_ASKED_WORDS = ("asked", "requested", "instructed")  # "tasked" holds "asked"
_TO_BE_ASKED_WORDS = ("asked", "approached", "requested")
_REQUEST_THAT_WORDS = ("request", "ask")
_REQUEST_ITEM_WORDS = ("request", "asked", "called")
_WOULD_ACTIVE_WORDS = ("would", "will")
_WOULD_WORDS = ("would", "will", "should", "shall")  # _would_passive needs one, or "to be"
_WOULD_PASSIVE_WORDS = _WOULD_WORDS + ("be",)
_SUBJUNCTIVE_WORDS = ("be", "are", "include")


def _first_words(phrases: list[str]) -> Optional[tuple[str, ...]]:
    """The first word of each phrase: a match of ``alternation(phrases)`` holds one of
    them. None when there are no phrases (the empty alternation matches anywhere)."""
    words = tuple(sorted({w.split()[0] for w in phrases if w.strip()}))
    return words or None


def _first_words_lower(phrases: list[str]) -> Optional[tuple[str, ...]]:
    """``_first_words`` of case-insensitive phrases, lower-cased, to test on the lower-cased
    text; None (no test) when one is not ASCII, where case rules get subtle."""
    words = _first_words([w.lower() for w in phrases])
    return words if words and all(w.isascii() for w in words) else None


def _has(s: str, words: Optional[tuple[str, ...]]) -> bool:
    """Whether ``s`` holds one of ``words`` (always, when there are none to test)."""
    if words is None:
        return True
    for w in words:  # a plain loop: any() over a generator costs more than the tests
        if w in s:
            return True
    return False


_FAILED_OUTCOMES = frozenset({"lost", "withdrawn"})


def _motion_failed(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a motion the meeting lost or that was withdrawn:
    a motion that fell commits nobody to anything, however much its words read like a
    request."""
    return any(S.data(r, S.RESOLUTIONS).get("outcome") in _FAILED_OUTCOMES
               for r in S.overlapping(doc, S.RESOLUTIONS, start, end))  # overlapping() reads recorded ranges


@dataclass
class _DocState:
    """What one document's extraction works out once and reuses: kept per call rather
    than on the component, which one process may run on several documents at a time."""

    text: str
    low: Optional[str]  # ``lowered(text)``
    next_cache: dict[Optional[tuple[int, int]], Optional[date]] = field(default_factory=dict)
    next_index: Optional[NextMeetingIndex] = None


class _Screen:
    """Which sentences of one region can hold a commitment, from two pre-scans of the
    region: "to <action verb>" (needed by ``_instruction``) and the ``_cue`` words."""

    def __init__(self, instruction: Hits, cue: Optional[Hits], to_be: Optional[Hits]) -> None:
        self.instruction = instruction
        self.cue = cue  # None: the text could not be lower-cased safely; every sentence passes
        self.to_be = to_be  # "to be" (part of ``cue``), which _would_passive may need

    def lines(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The lines of ``text[start:end]`` (cut at every newline) that a hit reaches, in order.

        ``sentences`` cuts at every newline whatever came before, so splitting these lines
        alone gives exactly the sentences of the region that lie in them; the sentences of
        other lines fail both ``may_instruct`` and ``may_cue``, and need not be cut at all."""
        if self.cue is None:
            return [(start, end)]
        reach = sorted((h, h + hits.longest) for hits in (self.instruction, self.cue) for h in hits.starts)
        out: list[tuple[int, int]] = []
        last = start - 1  # where the last line taken ends
        for h, stop in reach:
            a = (text.rfind("\n", start, h) + 1 or start) if h > last else last + 1
            while a < stop and a < end:
                b = text.find("\n", a, end)
                b = end if b < 0 else b
                out.append((a, b))
                last, a = b, b + 1
        return out

    def may_instruct(self, ss: int, se: int) -> bool:
        return self.instruction.overlap(ss, se)

    def may_be_to_be(self, ss: int, se: int) -> bool:
        return self.to_be is None or self.to_be.overlap(ss, se)

    def may_cue(self, ss: int, se: int) -> bool:
        return self.cue is None or self.cue.overlap(ss, se)


def _future(m: re.Match) -> bool:
    """A plain future ("will", "shall") rather than reported speech ("would")."""
    return m.group().lower().lstrip().startswith(("will", "shall"))


class ActionsComponent(PatternComponent):
    def __init__(self, nlp, name: str, patterns: dict[str, Any], mode: str = "rules",
                 model_threshold: float = 0.5) -> None:
        self.mode = check_mode(name, mode)
        self.model_threshold = model_threshold
        super().__init__(nlp, name, patterns)

    def compile(self) -> None:
        preload_dateparser()
        p = self.patterns
        # "Against (3): Councillors A, B and C", "Ayes: 5": a vote record, never a task
        self._focus = CommitmentFocus(p, _FORWARD)
        self._motion_trim = MotionRecordTrim()
        self._vote_line = re.compile(
            rf"\s*(?:{alternation(p.get('vote_line_leads', []))})\s*(?:\(\s*\d{{1,3}}\s*\)|[:\-–]\s*(?:\d{{1,3}}\b|[A-Z]))",
            re.I) if p.get("vote_line_leads") else re.compile(r"(?!)")
        self.due = DueDates(p.get("due", {}))
        self.gates = ActionGates(p)
        verbs = alternation(p.get("action_verbs", []))
        # what someone can be asked to do: the action verbs and the note-form ones ("asked to trim")
        asked_to = verbs + (f"|{alternation(p['note_form_verbs'])}" if p.get("note_form_verbs") else "")
        promise = alternation(p.get("promise_verbs", []))
        passive = alternation(p.get("passive_verbs", []))
        # "to be circulated" after a noun is a commitment; "is to be provided" and
        # "has yet to be drafted" describe plans or states
        not_before = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in p.get("not_before_to_be", []))
        self._agreed = re.compile(rf"\b(?:{alternation(p.get('agreed_heads', []))})\s*", re.I)
        self._request_that = re.compile(r"\b(?:requests?|requested|asks?|asked)\s+that\s+")
        # "requested that officers circulate the trajectory": a named doer and a bare action verb
        self._request_that_owner = re.compile(
            rf"\b(?:requests?|requested|asks?|asked)\s+that\s+"
            rf"(?P<owner>officers|[Tt]he\s+[A-Z][\w’'&\-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'&\-]*)){{0,6}})\s+(?:{verbs})\b"
        )
        self._request_owner = re.compile(
            rf"\b(?:requests?|requested|asks?|asked|instructs?|instructed|invites?|invited|directs?|directed)\s+"
            rf"(?P<owner>officers|(?:the\s+)?[A-Z][\w’'&\-]*(?:[ ,]+(?:of|for|and|&|the|[A-Z][\w’'&\-]*)){{0,8}}|the\s+\w+(?:\s+\w+){{0,3}})"
            rf"\s+to\s+(?P<verb>{verbs})\b"
        )
        self._asked_passive = re.compile(
            rf"(?P<owner>officers|[Tt]he\s+[A-Z][\w’'\-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'\-&]*)){{0,6}}|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,3}})"
            rf"\s+(?:be|were|was|are|is)\s+(?:asked|requested|instructed|tasked)\s+to\s+(?P<verb>{asked_to})\b"
        )
        # "T Ashby to be asked to trim the hedge", "The developer to be asked again about access":
        # a request still to be put, by nobody named, to someone the action text opens with
        self._to_be_asked = re.compile(
            rf"(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:of|at|for|and|&)\s+)?[A-Z]?[\w’'\-]+){{0,4}})"
            rf"\s+to\s+be\s+(?:asked|approached|requested)\s+(?:again\s+)?(?:to\s+[a-z]+|about)\b"
        )
        # "ACTION: Officers to circulate ..." / "Action – JS"
        # "ACTION JS: write to the Highways Authority": the initials before the colon own it;
        # "- Action (Dana): email the insurers": so does a name in brackets, on a list line too
        self._action_line = re.compile(
            r"(?m)^[ \t]*(?:[-•·*][ \t]*)?(?:ACTIONS?|Actions?)(?:\s+[Pp]oints?)?"
            r"(?:[ \t]+(?P<who>" + _INITIALS + r")|[ \t]*\((?P<named>[A-Z][^()\n]{0,40})\))?[ \t]*[:–—-][ \t]*(?P<body>\S.*)$")
        self._to_verb = re.compile(rf"(?P<owner>.{{1,60}}?)\s+to\s+(?:{verbs})\b")
        # "The reserves policy will be reviewed.   ACTION: OP": initials after the sentence they
        # own, on its line (after a column gap, or after the sentence's full stop)
        self._action_tail = re.compile(
            r"(?m)(?<=\S)(?:[ \t]{2,}|\t|(?<=[.!?])[ \t]+)(?:ACTIONS?|Actions?)[ \t]*[:–—-][ \t]*"
            r"(?P<who>" + _INITIALS + r")[ \t]*\.?[ \t]*$(?!\n[ \t]*[a-z])")  # (not "ACTION: NB" then "to look at ..." wrapped)
        # "Members requested a site visit": a request for something to be arranged or sent
        items = alternation(p.get("requested_items", []))
        self._request_item = re.compile(
            rf"\b(?:requested|request|asked\s+for|called\s+for)\s+(?:that\s+)?(?:a|an)\s+(?:further\s+|written\s+)?(?:{items})\b"
        ) if items else None
        # "The Clerk to write to the Highways Authority": an instruction in note form
        self._instruction = re.compile(
            rf"(?P<owner>(?:[Tt]he\s+)?[A-Z][\w’'.\-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'.\-]*){{0,5}})"
            rf"\s+(?:(?:is|are)\s+)?to\s+(?:{verbs})\b")  # "The Clerk (is) to write ..."
        # "The allotments committee to write to ...": a body in lower case, in note form
        heads = alternation(p.get("owner_body_heads", []))
        self._body_instruction = re.compile(
            rf"(?P<owner>[Tt]he\s+(?:[a-z][\w’'\-]*\s+){{0,3}}(?:{heads}))\s+to\s+(?:{verbs})\b") if heads else None
        # "Robin to advise ...", "QX to post ...": verbs read only after a doer that passes
        # ``_doer`` (as action verbs everywhere they widened requests and promises too much)
        note = alternation(p.get("note_form_verbs", []))
        self._note_instruction = re.compile(
            rf"(?P<owner>(?:[Tt]he\s+)?[A-Z][\w’'.\-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'.\-]*){{0,5}})"
            rf"\s+(?:(?:is|are)\s+)?to\s+(?:{note})\b") if note else None  # "He is to confirm ..."
        both = verbs + (f"|{note}" if note else "")
        self._to_verb_scan = re.compile(rf"to\s+(?:{both})")  # pre-scan: every _instruction match holds one
        self._delegate_words = _first_words(p.get("delegation_heads", []))
        self._delegate_passive_words = _first_words(p.get("passive_delegation_heads", []))
        # first words of the case-insensitive phrase lists, tested on the lower-cased text
        self._wp_words = _first_words_lower(p.get("work_programme_moves", []))
        self._future_words = _first_words_lower(p.get("future_meeting_moves", []))
        self._future_reports_words = _first_words_lower(p.get("future_reports", []))
        self._delegate = re.compile(
            rf"\b(?:{alternation(p.get('delegation_heads', []))})\s+(?P<owner>(?!to\s).{{3,120}}?)\s+to\s+(?P<verb>[a-z]+)\b"
        )
        # "That the Director of Housing be authorised to make ...": the owner comes first
        self._delegate_passive = re.compile(
            rf"(?P<owner>officers|[Tt]he\s+[A-Z][\w’'\-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'\-&]*)){{0,6}}|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,3}})"
            rf"\s+(?:be|is|are|was|were)\s+(?:hereby\s+)?(?:{alternation(p.get('passive_delegation_heads', []))})\s+to\s+(?P<verb>[a-z]+)\b"
        ) if p.get("passive_delegation_heads") else None
        self._commit_words = _first_words(p.get("commitment_heads", []))
        self._commit = re.compile(rf"\b(?:{alternation(p.get('commitment_heads', []))})\s+(?:{verbs})\b")
        # the leading look-aheads below (and in _would_passive, _cue) only state the first
        # letters a match can have: the same matches, with fewer attempts per character
        self._would_active = re.compile(rf"(?=w)\b(?:would|will)\s+(?:also\s+|then\s+|now\s+)?(?:{promise})\b")
        # the "to" look-ahead comes before the look-behinds only so that they run at
        # "to" alone, not at every character: zero-width tests at one position commute
        self._would_passive = re.compile(
            rf"(?=[wst])(?:\b(?:would|will|should|shall)\s+(?:also\s+|then\s+|now\s+)?(?:be\s+(?:{passive})|go\s+on(?:to)?)\b"
            rf"|\b(?=to\s){not_before}to\s+be\s+(?:{passive})\b)"
        )
        self._subjunctive = re.compile(
            rf"\b(?:be|are)\s+(?:{passive}|made)\b|\b(?:include|includes)\b(?!\s+(?:the\s+)?(?:following|that))")
        self._future_reports = re.compile(rf"\b(?:{alternation(p.get('future_reports', []))})\b", re.I)
        self._active_clause = re.compile(
            r"^(?:That\s+|that\s+)?(?P<owner>officers|[Tt]he\s+[A-Z]?[\w’'\-]+(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z&][\w’'\-&]*){0,5}|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,4})\s+"
            r"(?P<verb>drafts?|writes?|prepares?|provides?|circulates?|arranges?|reports?\s+back|reports?(?!\s+(?:be|is|was|were|are|has|had|and)\b)|investigates?|brings?|liaises?|contacts?|submits?|undertakes?|seeks?|sends?|shares?|includes?)\b"
        )
        wp_nouns = alternation(p.get("work_programme_moves", []))
        wp_verbs = alternation(p.get("work_programme_verbs", []))
        # an item moved onto a work programme, not any mention of one
        self._wp = re.compile(rf"\b(?:{wp_verbs})\b[^.;]{{0,100}}?\b(?:{wp_nouns})\b", re.I)
        self._agenda = re.compile(rf"(?:{alternation(p.get('agenda_openers', []))})\b")
        # "the report be noted and a group be established": the action is the second clause
        self._noted_and = re.compile(rf"\b(?:be|are|is|was|were)\s+(?:{alternation(p.get('noted_clause', ['noted']))})\b,?\s+and\s+")
        self._future = re.compile(rf"\b(?:{alternation(p.get('future_meeting_moves', []))})\b", re.I)
        self._not = re.compile(rf"\b(?:{alternation(p.get('not_commitment', []))})\b")
        self._speech = re.compile(rf"\b(?:{alternation(p.get('speech_verbs', []))})\s+(?:that\s+)?")
        self._cue = re.compile(
            r"(?=[wstauopcridgv])\b(?:would|will|shall|should|to\s+be|agreed|undert\w+|offered|promised|committed|asked|request\w*|going\s+to|volunteer\w*|"
            r"instruct\w*|invit\w+|direct\w*|delegat\w+|authori[sz]\w+|tasked)\b", re.I)
        self.pronouns = set(p.get("pronouns", []))
        self.role_heads = set(p.get("owner_role_heads", []))
        self.generic = set(p.get("generic_subjects", []))
        self.doer_groups = {w.lower() for w in p.get("doer_groups", [])}
        self.body_heads = {w.lower() for w in p.get("owner_body_heads", [])}
        self.not_owner = set(p.get("not_owner_words", []))
        self.noun_endings = tuple(p.get("not_owner_endings", []))
        self._subject_owner = self._subject_owner_regex(p)
        money = alternation(p.get("money_directive_verbs", []))
        self._money_opens = re.compile(rf"(?:(?:approval[ \t]+)?to[ \t]+)?(?:{money})\b", re.I) if money else None
        routine = alternation(p.get("routine_payment_objects", []))
        # "approval to pay all bills as presented", "the accounts be paid": authorising the routine payment run
        self._routine_payment = re.compile(
            rf"(?:(?:approval[ \t]+)?to[ \t]+pay[ \t]+(?:(?:all|the|of|these|those|said|outstanding|current|monthly)[ \t]+)*(?:{routine})\b"
            rf"|(?:(?:all|the|these)[ \t]+)*(?:{routine})[ \t]+(?:\S+[ \t]+){{0,6}}?(?:be|were|are)[ \t]+(?:paid|approved[ \t]+for[ \t]+payment))",
            re.I) if routine else None
        # "Motion to pay bills made by A, seconded by B": the order, up to the motion's own words
        self._money = re.compile(
            rf"\b(?:(?:approval[ \t]+)?to[ \t]+)?(?:{money})\b.*?(?=[.;](?:\s|$)|,?[ \t]+(?:made|moved|seconded|second|by)\b|$)",
            re.M) if money else None
        spend_verbs = alternation(p.get("new_spending_verbs", []))
        spend_objects = alternation(p.get("new_spending_objects", []))
        not_spend = alternation(p.get("not_new_spending", []))
        self._spend_opens = self._spend = None
        if spend_verbs and spend_objects:
            avoid = rf"(?!\b(?:{not_spend})\b)" if not_spend else ""
            # the object (or a sum) within ten words of the verb, no routine word before it
            self._spend_opens = re.compile(
                rf"(?:(?:approval[ \t]+)?to[ \t]+|(?:the[ \t]+)?[A-Z]?[a-z]+[ \t]+)?(?:{spend_verbs})\b"
                rf"(?:[ \t]+{avoid}[^\s.;]+){{0,10}}?[ \t]+(?:(?:{spend_objects})\b|(?:up[ \t]+to[ \t]+)?[$£€][ \t]?\d)", re.I)
            self._spend = re.compile(
                rf"\b(?:(?:approval[ \t]+)?to[ \t]+)?(?:{spend_verbs})\b.*?(?=[.;](?:\s|$)|,?[ \t]+(?:made|moved|seconded|second|by)\b|$)",
                re.M | re.I)
        # "ACTION: Confirmed.", "Insurance review - Done": a task's status, never a new one
        self.status_notes = {w.casefold() for w in p.get("status_notes", [])}
        ends = alternation(p.get("condition_list_ends", []))
        self._condition_end = re.compile(rf"\b(?i:{ends})$") if ends else None
        there = alternation(p.get("existential_future", []))
        # "On October 3rd, 2024, there will be a conference ...": at most a fronted phrase (two commas) before it
        self._existential = re.compile(rf"(?:[-•·*][ \t]*)?(?:[^,.;:\n]{{1,60}},[ \t]*){{0,2}}(?i:{there})\b") if there else None
        done = alternation(p.get("done_marks", []))
        self._done_mark = re.compile(rf"(?:[ \t][-–—:][ \t]*|:[ \t]*|[ \t]*\([ \t]*)(?:{done})[ \t]*\)?[ \t.]*$", re.I) \
            if done else None
        # "Members agreed to recommend approval": the recommendation is the decision itself
        settled = alternation(p.get("settled_after_commitment", []))
        self._settled = re.compile(rf"\b(?:{settled})\b") if settled else None
        motion, verbs_s = alternation(p.get("motion_words", [])), alternation(p.get("settled_motion_verbs", []))
        objects_s, alone = alternation(p.get("settled_motion_objects", [])), alternation(p.get("settled_motion_alone", []))
        self._motion_word = re.compile(rf"\b(?:{motion})\b", re.I) if motion else None
        self._settled_motion = re.compile(
            rf"\bto[ \t]+(?:(?:{verbs_s})\b(?:[ \t]+[^\s.;]+){{0,6}}?[ \t]+(?:{objects_s})\b|(?:{alone})\b)", re.I) \
            if verbs_s and objects_s and alone else None
        self.bare_outcomes = {w.casefold() for w in p.get("bare_outcomes", [])}
        vague = alternation(p.get("vague_promises", []))
        self._vague = re.compile(rf"\b(?:{vague})\b", re.I) if vague else None
        titles = p.get("subject_owner_titles", [])
        title = rf"(?:(?:{alternation(titles)})\.?[ \t]+)?" if titles else ""
        # "... and Joe will draft the letter", "...; AB to book the hall": a second doer's promise
        self._next_doer = re.compile(
            rf"(?:,?[ \t]+and|[ \t]*;)[ \t]+(?P<who>{title}{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
            r"[ \t]+(?:also[ \t]+)?(?:will|would|shall|to|is[ \t]+to|are[ \t]+to|agreed[ \t]+to|volunteered[ \t]+to"
            r"|offered[ \t]+to|undertook[ \t]+to)[ \t]+(?!be\b|have\b|not\b|like\b|need\b)(?=[a-z])")
        report = alternation(p.get("report_verbs", []))
        # the verb of a report, not a participle ("will be discussed", "to be presented", "services delivered")
        self._report = re.compile(rf"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bto )(?<!\bas )\b(?:{report})\b") if report else None
        not_promise = alternation(p.get("report_not_promise", []))
        # after a report verb, what still commits the speaker: "... stated he would place the documents"
        self._report_promise = re.compile(
            rf"\b(?:will|would|shall)[ \t]+(?:also[ \t]+|then[ \t]+)?(?!(?:{not_promise})\b)[a-z]"
            r"|\b(?:be|is|was)[ \t]+(?:happy|willing|pleased|glad)[ \t]+to\b"
            r"|\b(?:agreed|offered|undertook|volunteered|promised)[ \t]+to\b") if not_promise else None
        ends = p.get("fragment_ends", [])
        self._fragment_end = re.compile(rf"\b(?:{alternation(ends)})[ \t]*$", re.I) if ends else None
        openers = sorted({w.split()[0] for key in ("action_verbs", "note_form_verbs", "promise_verbs")
                          for w in p.get(key, []) if w.strip()})
        # an instruction opening the unit, after a bullet, a label or a doer's dash ("Innes - notify ...")
        self._instruction_opens = re.compile(
            rf"(?:[-•·*][ \t]*|\(?\w{{1,4}}[.)][ \t]+)?(?:[A-Z][\w’'\-]*[ \t]+[-–—:][ \t]+)?(?i:{alternation(openers)})\b") \
            if openers else None
        self._forum = self._forum_regex(p)
        self.kinds = [
            (kind, re.compile(rf"\b(?:{alternation(words)})\b", re.I))
            for kind, words in p.get("kind_words", {}).items() if words
        ]

    @staticmethod
    def _forum_regex(p: dict[str, Any]) -> Optional[re.Pattern[str]]:
        """A matter taken to a later sitting ("held over to the next meeting", "taken to the
        full council in June", "to discuss again next week"): kind work_programme (see
        ``_comment_forum`` in the patterns); None without the pattern data."""
        verbs, times, nouns = p.get("forum_verbs", []), p.get("forum_times", []), p.get("forum_nouns", [])
        if not (verbs and times and nouns):
            return None
        months = "January|February|March|April|May|June|July|August|September|October|November|December"
        return re.compile(
            rf"\b(?:{alternation(verbs)})\b(?:[^.;]{{0,60}}?\b(?:at|in|to|until|till|for|on)[ \t]+(?:(?:the|a|an|its|our|their)[ \t]+)?"
            rf"(?:(?:{alternation(times)})\b[^.;]{{0,40}}?\b(?:{alternation(nouns)})\b|(?:{months})\b|AGM\b)"
            rf"|[^.;]{{0,40}}?\bnext[ \t]+(?:week|month)\b)", re.I)

    def _subject_owner_regex(self, p: dict[str, Any]) -> Optional[re.Pattern[str]]:
        """The doer an action's clause names as its subject, then a link and a verb (see
        ``subject_owner`` below); None without the pattern data."""
        links, titles = p.get("subject_owner_links", []), p.get("subject_owner_titles", [])
        heads = [h for h in p.get("owner_role_heads", []) if h[:1].isupper() and h != "Officers"]
        self._titled_doer = re.compile(rf"(?:{alternation(titles)})\.?[ \t]+\S.*") if titles else None
        if not (links and titles and heads):
            return None
        office_word = alternation(heads + [h[0].lower() + h[1:] for h in heads])
        cap = r"[A-Z][\w’'\-]*"
        office = rf"(?:[Tt]he[ \t]+)?(?:{cap}[ \t]+){{0,2}}(?:{office_word})(?:[ \t]+of[ \t]+{cap}(?:[ \t]+{cap})?)?"
        titled = rf"(?:{alternation(titles)})\.?[ \t]+{cap}(?:[ \t]+{cap})?"
        one = rf"(?:{titled}|{office}|[A-Z]{{2,3}}|{cap}(?:[ \t]+{cap}){{0,2}})"
        return re.compile(
            rf"(?:^|(?<=[,;:/)])[ \t]*|(?<=\bthat)[ \t]+|(?<=\bagreed)[ \t]+|(?<=[ \t]))"
            rf"(?P<who>{one}(?:[ \t]+(?:and|&)[ \t]+{one})?)[ \t]+"
            rf"(?:(?:{alternation(links)})[ \t]+(?!be\b|have\b|not\b|need\b|like\b)(?=[a-z])|(?:is|are)[ \t]+(?=[a-z]+ing\b)"
            rf"|(?=[a-z]{{3,}}ing\b))")

    def subject_owner(self, doc: Doc, text: str, clause: str, s: int, e: int) -> Optional[str]:
        """The owner an action's own clause names as its subject, when no reader named one:
        "it was agreed the Clerk would talk to the contractor", "the Library Director will
        draft a policy", "Hall booking / TB to confirm the date", "Cllr Dunmore drafting a
        letter", "The clerk and Cllr Rowe are investigating quotes". Only a doer that is
        an office, a titled name, initials or a name the people component found; without
        its article, as the minutes name the post ("Clerk")."""
        if self._subject_owner is None:
            return None
        for m in self._subject_owner.finditer(clause):
            who = m.group("who")
            parts = re.split(r"[ \t]+(?:and|&)[ \t]+", who)
            if all(self._doer_word(doc, text, part, s, e) for part in parts):
                return re.sub(r"^[Tt]he[ \t]+", "", who) if len(parts) == 1 else who
        return None

    def _office(self, who: str) -> bool:
        """A post alone ("Clerk", "Library Director", "clerk"), not a titled name nor two
        doers: kept as printed, as the guidelines keep labels ("Clerk")."""
        words = who.split()
        return not (self._titled_doer is not None and self._titled_doer.fullmatch(who)) \
            and not re.search(r"[ \t](?:and|&)[ \t]", who) \
            and any(w[0].upper() + w[1:] in self.role_heads for w in words)

    def _doer_word(self, doc: Doc, text: str, part: str, s: int, e: int) -> bool:
        """One doer of ``subject_owner``: initials, an office, a titled name, or a person."""
        words = part.split()
        if part in self.generic or words[0] in self.generic or part in self.pronouns:
            return False
        if _INITIALS_ONLY.fullmatch(part) or any(w[0].upper() + w[1:] in self.role_heads for w in words):
            return True
        if self._titled_doer is not None and self._titled_doer.fullmatch(part):
            return True
        i = text.find(part, s, e)
        return i >= 0 and person_at(doc, i, i + len(part)) is not None

    # -- entry -------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = S.doc_text(doc)
        low = lowered(text)
        taken: list[tuple[int, int]] = []
        res_spans = list(S.spans(doc, S.RESOLUTIONS))
        res_ranges = [S.char_range(r, S.RESOLUTIONS) for r in res_spans]
        res_texts = {S.char_range(r, S.RESOLUTIONS): S.data(r, S.RESOLUTIONS).get("text") or "" for r in res_spans}
        state = _DocState(text, low)
        rules = self.mode != "model"
        conditions = self._condition_lists(text, res_spans) if self.mode != "rules" else []
        for rs, re_ in sorted(res_ranges) if rules else ():
            hit = self._money_order(text, rs, re_, res_texts.get((rs, re_), "")) \
                or self._new_spending(text, rs, re_, res_texts.get((rs, re_), "")) \
                or self._from_resolution(text, rs, re_, low) \
                or self._agreed_doer(doc, text, rs, re_) \
                or self._agreed_with_owner_column(doc, text, rs, re_)
            if hit:
                if not self._settled_by_motion(text, hit[0], hit[1]):
                    self._emit(doc, text, state, *hit)
                taken.append((rs, re_))
        # a decision only the classifier found does not stop the sentence readers ("X agreed to circulate ...")
        res_ranges = [S.char_range(r, S.RESOLUTIONS) for r in S.spans(doc, S.RESOLUTIONS)
                      if not S.data(r, S.RESOLUTIONS).get("by_model")]
        for start, end in item_regions(doc):
            for hs, he, owner, reach in self._action_lines(text, start, end) if rules else ():
                if not any(a < he and hs < b for a, b in taken):
                    taken.append((hs, max(he, reach)))
                    self._emit_each(doc, text, state, hs, he, owner)
            # its "Minutes:" marker scan costs a regex pass over the item: skip it when the
            # word is absent (minutes_start then returns ``start`` anyway)
            lo = minutes_start(doc, text, start, end) if text.find("Minutes", start, end) >= 0 else start
            screen = self._screen(text, low, lo, end)
            # fixed while this region's sentences are read; only ranges reaching into it matter
            blocked = [(a, b) for a, b in res_ranges + taken if a < end and lo < b]
            for ls, le in screen.lines(text, lo, end) if rules else ():
                for ss, se in sentences(text, ls, le):
                    if any(a < se and ss < b for a, b in blocked) or self._agenda.match(text, ss, se):
                        continue
                    hit = self._from_sentence(doc, text, ss, se, start, screen)
                    if hit:
                        self._emit_each(doc, text, state, *hit)
            if self.mode != "rules":
                for hit in self._from_model(doc, text, start, lo, end, screen, conditions):
                    self._emit_each(doc, text, state, *hit)
        self._drop_restated(doc, text)
        return doc

    def _drop_restated(self, doc: Doc, text: str) -> None:
        """Drop the "ACTION:" lines that restate a commitment just above them
        (``action_gates.restated``); a substring test skips documents that never print
        the word."""
        if "ction" not in text and "CTION" not in text:
            return
        group = list(S.spans(doc, S.ACTIONS))
        if len(group) < 2:
            return
        acts = []
        for sp in group:
            s, e = S.char_range(sp, S.ACTIONS)
            d = S.data(sp, S.ACTIONS)
            acts.append((s, e, d.get("owner"), d.get("text") or ""))
        drop = restated(text, acts, self._action_line)
        if drop:
            doc.spans[S.ACTIONS] = [sp for n, sp in enumerate(group) if n not in drop]

    def _screen(self, text: str, low: Optional[str], start: int, end: int) -> _Screen:
        """Pre-scans of one region, so each sentence is screened by a look-up."""
        cue = to_be = None
        if low is not None:
            to_be = Hits.of_pattern(_TO_BE, low, start, end)
            cue = Hits.of_words(_CUE_WORDS, low, start, end).merged(to_be)
        return _Screen(Hits.of_pattern(self._to_verb_scan, text, start, end), cue, to_be)

    def _emit_each(self, doc: Doc, text: str, state: "_DocState", s: int, e: int, owner: Optional[str]) -> None:
        """One action per commitment: a sentence that joins two doers' promises ("Ann will
        call the county and Joe will draft the letter", "Ann agreed to order the bins, and
        Joe volunteered to find a supplier") gives one action each, cut where the second
        doer opens its clause (GUIDELINES: "One action per commitment"). A short one that
        only promises to keep people posted is dropped (``vague_promises``)."""
        if self._vague is not None and len(text[s:e].split()) <= VAGUE_WORDS and self._vague.search(text, s, e):
            return
        if self._settled_by_motion(text, s, e):
            return
        while True:
            m = self._next_commitment(doc, text, s, e, owner)
            if m is None:
                break
            if self._cue.search(text, s, m.start()) or self._to_verb_scan.search(text, s, m.start()):
                self._emit(doc, text, state, s, m.start(), owner)
            # else the first part promises nothing ("During the visit repairs were identified
            # and Joe will contact the owner"): the action is the second doer's clause alone
            s, owner = m.start("who"), m.group("who")
        self._emit(doc, text, state, s, e, owner)

    def _settled_by_motion(self, text: str, s: int, e: int) -> bool:
        """A motion record that settles business at the meeting ("moved by A, seconded by B
        to approve the minutes", "A to adjourn") or a bare outcome ("Unanimously approved"):
        a resolution, nothing left to do afterwards."""
        unit = re.sub(r"\s+", " ", text[s:e]).strip(" .;,").casefold()
        if unit in self.bare_outcomes:
            return True
        if self._settled_motion is None or self._motion_word is None:
            return False
        m = self._settled_motion.search(text, s, e)
        if m is None:
            return False
        return bool(self._motion_word.search(text, s, e)) or len(text[s:m.start()].split()) <= 2

    def _next_commitment(self, doc: Doc, text: str, s: int, e: int, owner: Optional[str]) -> Optional[re.Match]:
        """Where a second doer's own promise starts inside ``text[s:e]``: after "and" or a
        semicolon, a person, initials or an office (not a pronoun, not the same owner) and
        "will", "to", "agreed to" ... with a verb; the first part keeps two words at least."""
        if self._next_doer is None:
            return None
        for m in self._next_doer.finditer(text, s, e):
            who = m.group("who")
            if who in self.pronouns or (owner and who.strip() == owner.strip()):
                continue
            if len(text[s:m.start()].split()) < 2 or _NAME_LIST_END.search(text, s, m.start()):
                continue  # "... for Ann, Joe and Sue to go to the bank": one list of doers, one task
            if self._doer(doc, text, who, s, m.start("who"), loose=True):
                return m
        return None

    def _emit(self, doc: Doc, text: str, state: "_DocState", s: int, e: int, owner: Optional[str]) -> None:
        s, e = trim(text, s, e)
        s, e = self._focus.narrow(text, s, e)
        line_end = text.find("\n", e)
        if self._done_mark is not None and self._done_mark.search(text, s, len(text) if line_end < 0 else line_end):
            return  # "Clerk to write to the auditor - Done": a task reported finished, not set here
        column = _OWNER_COLUMN.search(text, s, len(text) if line_end < 0 else line_end)
        if column:  # "Clerk to write to the Highways Authority      JS": the right-hand column owns it
            owner, e = column.group("who"), min(e, trim(text, s, column.start())[1])
        elif owner is None:
            named = _NAME_COLUMN.search(text, s, len(text) if line_end < 0 else line_end)
            if named and self._known_name(doc, named.group("who")):
                # "• Green prescription  Judith", "bookings for 2017 – Wim": a given name of the
                # meeting's people after a gap or a dash at the line's end owns the line
                owner, e = named.group("who"), min(e, trim(text, s, named.start())[1])
        clause = re.sub(r"\s+", " ", text[s:e]).strip().rstrip(".;,")
        clause = re.sub(r"^(?:[-•·*]\s*)?(?:\(\w{1,4}\)\s*|\w{1,2}[.)]\s+)?(?:That|that|THAT)?[\s,]*", "", clause)
        clause = re.sub(r"^[-•·*]\s*", "", clause)
        clause = _LIST_GLUE.sub("", clause)  # "(b) asks the Clerk to ...; and": the list's joint, not the action
        topic = _TOPIC.match(clause)
        if topic and len(clause[topic.end():].split()) >= 3:
            clause = clause[topic.end():]  # "Hall windows: quotes to be obtained ...": the topic is not the action
        clause = _REASON.split(clause, 1)[0]  # "..., as the matter had become urgent": the why, not the what
        clause = _MOTION_HEAD.sub("", self._motion_trim.strip(clause), count=1)  # who moved it is no part of the task
        if self.gates.reason(clause):
            return  # a dated meeting announcement (``action_gates``)
        if owner is None:
            owner = self._opening_owner(clause)
        office = None
        if owner is None:
            owner = self.subject_owner(doc, text, clause, s, e)
            office = owner if owner and self._office(owner) else None  # "Clerk" stays as printed
        if owner is None:
            owner = self._agent_owner(doc, text, clause, s, e) or self._group_subject(clause)
        if owner in _HE_SHE or (owner is None and _PRONOUN_DOER.match(clause)):
            owner = self._pronoun_owner(doc, text, s) or owner
        meeting = meeting_date_at(doc, s)
        due = self.due.find(text, s, e, meeting, self._next_meeting(doc, state, s, meeting))
        S.add_span(doc, S.ACTIONS, s, e, "action", {
            "text": clause,
            "owner": office or self._owner_name(doc, text, owner, s, e),
            "due": due.due if due else None,
            "due_text": due.text if due else None,
            "kind": self._kind(clause),
        })

    def _agent_owner(self, doc: Doc, text: str, clause: str, s: int, e: int) -> Optional[str]:
        """The doer a passive commitment names after "by" ("Grant bids to be drafted by
        TV/JO", "to be priced by Nell", "This will be checked by the Parks
        Officer"): initials, an office, a titled name or a name the document lists, as
        ``subject_owner`` takes them; never a date ("by 31 March", "by Friday")."""
        if " by " not in clause:
            return None
        m = _BY_AGENT.search(clause)
        if m is None:
            return None
        who = m.group("who").strip()
        if self._doer_word(doc, text, who, s, e) or self._known_name(doc, who):
            return re.sub(r"^[Tt]he[ \t]+", "", who)
        return None

    def _group_subject(self, clause: str) -> Optional[str]:
        """A group or body that opens the action as the doer of an active verb ("The board
        will fix a date", "the office will ask the hirers ...", "Staff to draft ...", "All
        members present agreed to ..."): the owner as printed. Only a group word
        (``doer_groups``), a body (``owner_body_heads``) or an office (``owner_role_heads``)
        as the head, so "The fence will fall" or "The funding will allow" name no owner."""
        m = _GROUP_OPENS.match(clause)
        if m is None:
            return None
        who = m.group("who")
        words = who.split()
        if who in self.generic or words[0] in self.generic or who in self.pronouns:
            return None
        head = words[-1]
        if head.lower() not in self.doer_groups and head.lower() not in self.body_heads \
                and head[0].upper() + head[1:] not in self.role_heads:
            return None
        return who

    def _pronoun_owner(self, doc: Doc, text: str, s: int) -> Optional[str]:
        """Who "he" or "she" is when an action opens with one ("He will ring the club",
        "the Clerk said she would email the insurer"): the first person the people
        component found in the clause before it, else in the sentence before; else that
        sentence's subject when it is a doer ("Nell said ... . She will ..."). None when
        nothing nearby names one, so the pronoun is not guessed across paragraphs."""
        para = text.rfind("\n\n", max(0, s - 600), s)
        lo = max(0, s - 600) if para < 0 else para + 2
        for ps, pe in list(sentences(text, lo, s))[-2:][::-1]:
            mentions = people_in(doc, ps, pe)
            if mentions:
                return mentions[0].name or re.sub(r"^[Tt]he\s+", "", mentions[0].data.get("surface") or "") or None
            lead = _SUBJECT.match(text, ps, pe)
            if lead:
                who = lead.group().strip()
                if self._doer(doc, text, who, ps, lead.start()) and who not in self.pronouns:
                    return re.sub(r"^[Tt]he\s+", "", who)
            if text[pe:s].strip():
                continue  # ``s`` lies inside this sentence: its head named nobody; try the one before
            break
        return None

    def _next_meeting(self, doc: Doc, state: "_DocState", pos: int, meeting: Optional[date]) -> Optional[date]:
        """The printed date of the next meeting: within this meeting's minutes first,
        then anywhere in the document (an agenda pack prints it on its front page)."""
        rng = meeting_range_at(doc, pos)
        if rng not in state.next_cache:
            if state.next_index is None:
                state.next_index = self.due.next_meeting_index(state.text, state.low)
            found = state.next_index.next_meeting(*rng, meeting) if rng else None
            state.next_cache[rng] = found or state.next_index.next_meeting(0, len(state.text), meeting)
        return state.next_cache[rng]

    # -- 1. resolutions that ask for something --------------------------------------
    def _agreed_doer(self, doc: Doc, text: str, rs: int, re_: int) -> Optional[tuple[int, int, Optional[str]]]:
        """"It was agreed that Yusra would lodge the return": a decision whose agreed clause
        opens with its doer and "will", "would" or "shall" commits that person to act after
        the meeting, so it is also an action (GUIDELINES, "A decision to do something after
        the meeting"), whatever the verb. The doer must be a person, an office, initials or
        a given name, as for a promise in the minutes' own voice (``_owner_opens``)."""
        head = self._agreed.search(text, rs, re_)
        if head is None:
            return None
        m = _OWNER_OPENS.match(text, head.end(), re_)
        if m is None or m.group("aux") not in ("will", "would", "shall"):
            return None
        who = m.group("who")
        if who in self.generic or who.split()[0] in self.generic or who in self.pronouns:
            return None
        if not (_INITIALS_ONLY.fullmatch(who) or self._personal(doc, text, who, rs, m.end("who"))
                or self._bare_name(doc, who)):
            return None
        return m.start("who"), re_, who

    def _agreed_with_owner_column(self, doc: Doc, text: str, rs: int, re_: int) -> Optional[tuple[int, int, Optional[str]]]:
        """A decision "agreed to" do something whose line ends in a column naming one of the
        meeting's people ("It was agreed to order new vests   Sam"): the named person is to
        carry it out, so it is an action too (its owner is read from the column by ``_emit``)."""
        first = text.find("\n", rs, re_)  # the decision's first line (found inside it only)
        if not _AGREED_TO.search(text, rs, re_ if first < 0 else first):
            return None
        line_end = text.find("\n", rs)
        stop = len(text) if line_end < 0 else line_end
        named = _NAME_COLUMN.search(text, rs, stop)
        if named is None or not self._known_name(doc, named.group("who")):
            return None
        return rs, min(re_, stop), None

    def _from_resolution(self, text: str, rs: int, re_: int, doc_low: Optional[str]) -> Optional[tuple[int, int, Optional[str]]]:
        # every search below lies inside [rs, re_): a regex is skipped when this text (or
        # its lower-cased form, for the case-insensitive ones) lacks the words it needs
        s = text[rs:re_]
        low = doc_low[rs:re_] if doc_low is not None else None

        def has_low(words: Optional[tuple[str, ...]]) -> bool:
            return low is None or _has(low, words)

        body = rs
        lab = re.match(r"[ \t]*(?:[-•·*][ \t]*)?(?:\(\w{1,4}\)|\w{1,4}[.)])[ \t]+", s)
        if lab:
            body = rs + lab.end()
        m = self._agreed.search(text, body, re_)
        if m:
            body = m.end()
        m = self._delegate_passive.search(text, body, re_) \
            if self._delegate_passive and _has(s, self._delegate_passive_words) else None
        if m is None and _has(s, self._delegate_words):
            m = self._delegate.search(text, body, re_)
        if m and text[max(body, m.start() - 3):m.start()] == "to ":
            m = None  # "... to delegate authority ..." inside a decision proposed by someone else
        if m:
            stop = re.search(r",\s+(?:as|in|subject|with|following|having|and)\b|;", text[m.end():re_])
            return m.start(), m.end() + (stop.start() if stop else re_ - m.end()), m.group("owner")
        m = (self._request_owner.search(text, body, re_) if _has(s, _REQUEST_WORDS) else None) \
            or (self._asked_passive.search(text, body, re_) if _has(s, _ASKED_WORDS) else None)
        if m:
            return m.start(), re_, m.group("owner")
        m = self._request_that.search(text, body, re_) if "that" in s and _has(s, _REQUEST_THAT_WORDS) else None
        if m:
            body = m.end()
        m = self._active_clause.match(text[body:re_].lstrip())
        if m:
            return body, re_, m.group("owner")
        for that in re.finditer(r"\bthat\s+", text[body:re_]):  # "... a recommendation that officers report back"
            m = self._active_clause.match(text[body + that.end():re_])
            if m and m.group("owner") not in self.generic:
                return body + that.start(), re_, m.group("owner")
        subjunctive, would = _has(s, _SUBJUNCTIVE_WORDS), _has(s, _WOULD_PASSIVE_WORDS)
        first = self._noted_and.search(text, body, re_) if "and" in s else None
        if first and ((subjunctive and self._subjunctive.search(text, first.end(), re_))
                      or (would and self._would_passive.search(text, first.end(), re_))):
            body = first.end()
        if (subjunctive and self._subjunctive.search(text, body, re_)) \
                or (would and self._would_passive.search(text, body, re_)) \
                or (has_low(self._wp_words) and self._wp.search(text, body, re_)) \
                or (has_low(self._future_words) and self._future.search(text, body, re_)):
            return body, re_, self._active_owner(text, body, re_)
        m = self._would_active.search(text, body, re_) if _has(s, _WOULD_ACTIVE_WORDS) else None
        if m:
            return body, re_, self._active_owner(text, body, re_)
        m = self._future_reports.search(text, body, re_) if has_low(self._future_reports_words) else None
        if m:
            return m.start(), re_, None
        return None

    def _new_spending(self, text: str, rs: int, re_: int, decided: str) -> Optional[tuple[int, int, Optional[str]]]:
        """A decision that approves something new to buy, build or contract ("to approve the
        proposal from A for $4,900", "to accept the quote of £1,100", "approve up to $2,500
        on tires"): also an action, the decision's clause up to the motion's own words. Only
        when the decision's text opens with the approval, so "the minutes were approved"
        or a budget adopted stays a resolution only."""
        if self._spend_opens is None or not self._spend_opens.match(decided):
            return None
        m = self._spend.search(text, rs, re_)
        return (m.start(), m.end(), None) if m and len(m.group().split()) >= 3 else None

    def _money_order(self, text: str, rs: int, re_: int, decided: str) -> Optional[tuple[int, int, Optional[str]]]:
        """A decision that is itself an order to pay or move money ("to pay the bills as
        presented", "approval to transfer $5,000 ...", "reimburse A for the plant"): the
        order, up to the motion's own words. Only when the decision's text opens with it, so
        a decision that mentions paying in passing stays out."""
        if self._money is None or not self._money_opens.match(decided):
            return None
        if self._routine_payment is not None and self._routine_payment.match(decided):
            return None  # the payment run: a resolution only
        m = self._money.search(text, rs, re_)
        return (m.start(), m.end(), None) if m and len(m.group().split()) >= 3 else None

    # -- 2. commitments in the narrative -------------------------------------------
    def _from_sentence(self, doc: Doc, text: str, ss: int, se: int, floor: int,
                       screen: _Screen) -> Optional[tuple[int, int, Optional[str]]]:
        # every regex below is skipped when a pre-scan or a substring test shows it cannot match
        m = None
        if screen.may_instruct(ss, se):
            mark = _LIST_MARK.match(text, ss, se)  # "- PH to provide the wording": a list line's task
            ss0 = mark.end() if mark else ss
            topic = _TOPIC.match(text, ss0, se)
            m = self._instruction.match(text, ss0, se) or (self._instruction.match(text, topic.end(), se) if topic else None)
        if m and m.group("owner") not in self.generic:
            return m.start(), se, m.group("owner")
        if m is None and self._body_instruction is not None and screen.may_instruct(ss, se):
            m = self._body_instruction.match(text, ss0, se)
            if m:
                return m.start(), se, m.group("owner")
        if m is None and self._note_instruction is not None and screen.may_instruct(ss, se):
            start = topic.end() if topic else ss0
            m = self._note_instruction.match(text, ss0, se) or self._note_instruction.match(text, start, se)
            if m and (m.group("owner") in _HE_SHE or self._doer(doc, text, m.group("owner"), ss, m.start("owner"), loose=False)):
                return m.start(), se, m.group("owner")  # "he"/"she" is resolved when the action is emitted
        if screen.may_instruct(ss, se):
            hit = self._instruction_inside(doc, text, ss, se)
            if hit:
                return hit
        if not screen.may_cue(ss, se) or not self._cue.search(text, ss, se):
            return None  # one scan rules out most sentences
        s = text[ss:se]
        m = self._delegate.search(text, ss, se) if _has(s, self._delegate_words) else None
        if m:
            return m.start(), se, m.group("owner")
        m = self._request_owner.search(text, ss, se) if _has(s, _REQUEST_WORDS) else None
        if m and not self._hedged(text, ss, m.start()):
            return m.start(), se, m.group("owner")
        m = self._asked_passive.search(text, ss, se) if _has(s, _ASKED_WORDS) else None
        if m and not self._hedged(text, ss, m.start()):
            return m.start(), se, m.group("owner")
        m = self._to_be_asked.search(text, ss, se) if "to be" in s and _has(s, _TO_BE_ASKED_WORDS) else None
        if m and not self._hedged(text, ss, m.start()):
            return m.start(), se, None  # whoever puts the request is not named
        request_that = "that" in s and _has(s, _REQUEST_THAT_WORDS)
        m = self._request_that_owner.search(text, ss, se) if request_that else None
        if m and not self._hedged(text, ss, m.start()):
            return m.start("owner"), se, m.group("owner")
        m = self._request_that.search(text, ss, se) if request_that else None
        if m and self._subjunctive.search(text, m.end(), se) and not self._hedged(text, ss, m.start()):
            return m.end(), se, None  # "Members asked that a site visit be arranged"
        m = self._request_item.search(text, ss, se) if self._request_item and _has(s, _REQUEST_ITEM_WORDS) else None
        if m and not self._hedged(text, ss, m.start()):
            return ss, se, None  # "Members requested a site visit before the next meeting"
        m = self._commit.search(text, ss, se) if _has(s, self._commit_words) else None
        if m and self._settled_commitment(text, m, ss, se):
            m = None  # "Members agreed to recommend approval": settled here, nothing left to do
        if m and not self._hedged(text, ss, m.start()):
            subj = self._subject_before(text, ss, m.start())
            return self._clause_start(text, ss, m.start(), subj), se, self._resolve(text, subj, ss, floor)
        m = self._would_active.search(text, ss, se) if _has(s, _WOULD_ACTIVE_WORDS) else None
        if m and not self._hedged(text, ss, m.start()):
            subj = self._subject_before(text, ss, m.start())
            if subj is None or subj in self.generic:
                return None
            if _future(m) and not self._speech.search(text, ss, m.start()) and not self._personal(doc, text, subj, ss, m.start()):
                # "The fire service will share its figures": what others plan to do; but a
                # given name or initials opening the promise ("Steve will contact members") is a doer
                return self._owner_opens(doc, text, ss, se, floor)
            return self._clause_start(text, ss, m.start(), subj), se, self._resolve(text, subj, ss, floor)
        would = _has(s, _WOULD_WORDS) or screen.may_be_to_be(ss, se)
        m = self._would_passive.search(text, ss, se) if would else None
        if m and _future(m) and not self._speech.search(text, ss, m.start()):
            m = None  # "Guidance will be issued to all schools": a plan, not a promise made here
        if m and re.search(r"\b(?:that|which|who)\s+$", text[max(ss, m.start() - 8):m.start()]):
            m = None  # "the notices that would be posted": a relative clause about something else
        if m and not self._hedged(text, ss, m.start()):
            start = self._clause_start(text, ss, m.start(), None)
            return start, se, self._speaker(text, ss, m.start(), floor)
        return self._owner_opens(doc, text, ss, se, floor)

    def _instruction_inside(self, doc: Doc, text: str, ss: int, se: int) -> Optional[tuple[int, int, Optional[str]]]:
        """A note-form instruction after a comma, colon or dash inside a longer sentence:
        "Quotes were received, Clerk to return the form", "Annual return – ACTION: Dora to
        check the address". Only an owner that is a person, an office or initials, so
        "..., in order to provide" or "..., Council to consider" stay out."""
        for cut in _INSIDE_CUT.finditer(text, ss, se):
            m = self._instruction.match(text, cut.end(), se)
            loose = m is not None
            if m is None and self._note_instruction is not None:
                m = self._note_instruction.match(text, cut.end(), se)
            if m and self._doer(doc, text, m.group("owner"), ss, m.start("owner"), loose):
                return m.start(), se, m.group("owner")
        return None

    def _doer(self, doc: Doc, text: str, who: str, ss: int, at: int, loose: bool = True) -> bool:
        """A short owner that is a person, an office, initials or (``loose``) words that
        look like given names: who a note-form instruction or promise can name. Not loose
        before the ``note_form_verbs``, common verbs that also follow a noun ("Deadline to
        apply ...")."""
        if len(who.split()) > 3 or who in self.generic or who.split()[0] in self.generic or who in self.pronouns:
            return False
        return bool(_INITIALS_ONLY.fullmatch(who) or self._personal(doc, text, who, ss, at + len(who))
                    or (self._bare_name(doc, who) if loose else self._known_name(doc, who)))

    @staticmethod
    def _known_name(doc: Doc, who: str) -> bool:
        """Every word (but "and") is a word of a person's name found in the document."""
        known = {w for sp in S.spans(doc, S.PEOPLE) for w in (S.data(sp, S.PEOPLE).get("name") or "").split()}
        return all(w in known for w in re.findall(r"[\w’'\-]+", who) if w != "and")

    def _owner_opens(self, doc: Doc, text: str, ss: int, se: int, floor: int) -> Optional[tuple[int, int, Optional[str]]]:
        """A sentence (or a run-in topic's clause) that opens with its doer and "will",
        "shall" or "would" and any verb: note-form minutes name the doer first ("Brindle
        will draft a letter", "SW would try to attend"), also after a fronted clause, a
        semicolon or a topic's dash ("To keep costs down, Cher will prepare the letter").
        The verb is not checked against the action verbs, so the doer must be a person the
        people component found, an office, initials or a given name; not a pronoun."""
        topic = _TOPIC.match(text, ss, se)
        m = _OWNER_OPENS.match(text, ss, se) or (_OWNER_OPENS.match(text, topic.end(), se) if topic else None)
        seg = text[ss:se] if m is None else ""
        if "will" in seg or "would" in seg or "going" in seg or " to " in seg:  # the doer may open a later clause
            m = next((o for o in (_OWNER_OPENS.match(text, c.end(), se) for c in _CLAUSE_CUT.finditer(text, ss, se)) if o), None)
        if m is None or self._hedged(text, ss, m.end()):
            return None
        who = m.group("who")
        first = who.split()[0]
        if who in self.generic or first in self.generic:
            return None
        if who in self.pronouns:
            return None  # "He will keep us posted": measured on train, more often talk than a task
        if not (_INITIALS_ONLY.fullmatch(who) or self._personal(doc, text, who, ss, m.end("who"))
                or self._bare_name(doc, who)):
            return None
        return m.start("who"), se, who

    def _from_model(self, doc: Doc, text: str, start: int, lo: int, end: int, screen: _Screen,
                    conditions: list[tuple[int, int]] = ()) -> list[tuple[int, int, Optional[str]]]:
        """Units the classifier calls actions that no action covers yet: the commitment
        clause and owner as the sentence readers find them, else the whole unit, owned by
        a name or office it opens with ("Brendan will find out ...", "Clerk to ...")."""
        out: list[tuple[int, int, Optional[str]]] = []
        for u in role_units(doc, "action", self.model_threshold, lo, end):
            if S.overlapping(doc, S.ACTIONS, u.start, u.end) or any(a < u.end and u.start < b for a, b, _ in out):
                continue
            if self._vote_line.match(text, u.start, u.end):
                continue  # a vote count the classifier read as a task
            if _motion_failed(doc, u.start, u.end):
                continue  # "A moved that the decision be referred back ..." and the motion was lost: nobody is asked
            if any(a <= u.start and u.end <= b for a, b in conditions):
                continue  # "4. Scheme of landscaping to be submitted ...": a condition of the decision above
            tag = self._action_line.match(text, u.start, u.end)
            if (tag and _OWNER_TAG.fullmatch(text[tag.start("body"):u.end].rstrip(". "))) or len(text[u.start:u.end].split()) < 3:
                continue  # "ACTION – Cllr Kersey" names the owner of the sentence above, which the rules read
            hit = self._from_sentence(doc, text, u.start, u.end, start, screen)
            if hit is None and (self._settled_here(text, u.start, u.end) or self._plan_of_others(doc, text, u.start, u.end)
                                or self._announced(text, u.start, u.end)
                                or self._pays_routine(text, u.start, u.end)
                                or self._no_commitment(text, u.start, u.end)):
                continue  # what the rules read as settled at the meeting, others' plans, or the payment run, stays out
            if hit is None:
                body = self._action_line.match(text, u.start, u.end)
                if body and text[body.start("body"):u.end].strip().rstrip(".").casefold() in self.status_notes:
                    continue  # "ACTION: Not confirmed."
                s = body.start("body") if body else u.start
                lead = _SUBJECT.match(text, s, u.end)
                owner = lead.group().strip() if lead and _OWNER_VERB.match(text, lead.end(), u.end) else None
                if owner is None and len(text[s:u.end].split()) > MODEL_UNIT_WORDS:
                    continue  # a long discussion sentence with no owner and no commitment clause is no action
                if owner is not None and body is None and self._noun_infinitive(doc, text, owner, lead.end(), u.end):
                    continue  # "Deadline to apply for a stall is 1 June": a noun and its infinitive, no doer
                hit = (s, u.end, owner if owner not in self.generic else None)
            out.append(hit)
        return out

    def _no_commitment(self, text: str, s: int, e: int) -> bool:
        """See ``_no_commitment_reason``."""
        return self._no_commitment_reason(text, s, e) is not None

    def _no_commitment_reason(self, text: str, s: int, e: int) -> Optional[str]:
        """A unit that holds no commitment for the classifier's action reading to stand on
        (``_comment_unit_report`` in the patterns): a report of what was said or done
        ("Cllr A reported that the path had been cleared", "She thanked the volunteers")
        with no promise in it; a unit with no forward-looking word at all that does not
        open with an instruction ("The General Manager gave an overview"); or a piece of a
        clause cut off at a line break ("Funding would be")."""
        unit = text[s:e].rstrip(" \t.;:,")
        if self._fragment_end is not None and len(unit.split()) <= FRAGMENT_WORDS and self._fragment_end.search(unit):
            return "fragment"
        if self._report is not None and self._report_promise is not None and self._report.search(unit) \
                and not self._report_promise.search(unit) and not _OPENING_OWNER.match(unit):
            return "report"  # not "Staff to make the revisions as discussed": it opens with its doer's task
        if _FORWARD.search(unit) or (self._instruction_opens is not None and self._instruction_opens.match(unit)):
            return None
        return "no_forward"

    def _pays_routine(self, text: str, s: int, e: int) -> bool:
        """Whether a unit authorises the routine payment run ("motion to pay the bills",
        "that the bill be paid"): a resolution only (GUIDELINES "Approving payments")."""
        return self._routine_payment is not None and self._routine_payment.search(text, s, e) is not None

    def _condition_lists(self, text: str, res_spans: list) -> list[tuple[int, int]]:
        """The numbered entries under a decision whose text ends by introducing its
        conditions ("That the application be APPROVED subject to the following
        conditions:"): each entry only completes the decision (GUIDELINES, "Numbered
        conditions of one decision" and "A clause that introduces a list"), so no entry is
        an action, however much one reads like a task ("Scheme of landscaping to be
        submitted to ... the local planning authority")."""
        out: list[tuple[int, int]] = []
        if self._condition_end is None:
            return out
        for r in res_spans:
            decided = (S.data(r, S.RESOLUTIONS).get("text") or "").rstrip()
            _, end = S.char_range(r, S.RESOLUTIONS)
            colon = _COLON_AFTER.match(text, end - 1 if text[end - 1:end] == ":" else end)  # the span may hold it
            if colon is None or not self._condition_end.search(decided):
                continue
            pos = last = colon.end()
            for _ in range(_LIST_LINES):
                stop = text.find("\n", pos)
                stop = len(text) if stop < 0 else stop
                if LIST_ENTRY.match(text, pos, stop):
                    last = stop
                elif text[pos:stop].strip():
                    break  # the first line that is no entry ends the list
                if stop >= len(text):
                    break
                pos = stop + 1
            if last > colon.end():
                out.append((colon.end(), last))
        return out

    def _announced(self, text: str, s: int, e: int) -> bool:
        """A unit whose main clause is "there will be ..." and that names the calendar day
        of what it announces ("On October 3rd, 2024, there will be a conference to launch
        the strategy", "There will be spraying on Tuesday, July 20"): an event on others'
        calendar, with no doer, which the guidelines' service plan row keeps out of the
        actions. Without a day ("There will be another meeting in two weeks' time", "an
        appeal for volunteers at the AGM") annotators read the body's own next step, an
        action, so the classifier's reading stands (measured on train)."""
        return self._existential is not None and self._existential.match(text, s, e) is not None \
            and CALENDAR_DAY_RE.search(text, s, e) is not None

    def _plan_of_others(self, doc: Doc, text: str, s: int, e: int) -> bool:
        """A unit that opens with a body or a thing and a plain future ("The district
        council will publish its calendar", "Reclamation will award points"): the
        guidelines' service plan, not a commitment made at the meeting."""
        m = _PLAN_OPENS.match(text, s, e)
        if m is None:
            return False
        subj = m.group("subj")
        words = subj.split()
        if words[0] in self.not_owner and words[0][:1].isupper() and len(words) > 1:
            return not any(w.strip(",.") in self.role_heads or w.lower() in self.doer_groups for w in words) \
                and person_at(doc, m.start("subj"), m.end("subj")) is None
        if len(words) > 1 or subj in self.pronouns or subj in self.generic:
            return False  # "She will choose a venue": the classifier's reading of who is meant stands
        return not self._doer(doc, text, subj, s, m.end("subj"))

    def _settled_commitment(self, text: str, m: re.Match, ss: int, se: int) -> bool:
        """An "agreed to" whose verb states the decision itself ("agreed to recommend
        approval"), unless it moves something onto the work programme."""
        return self._settled is not None and self._settled.search(m.group()) is not None \
            and not self._wp.search(text, ss, se)

    def _settled_here(self, text: str, s: int, e: int) -> bool:
        """A classifier's unit the rules read as a decision settled at the meeting."""
        if self._settled is None or not _has(text[s:e], self._commit_words):
            return False
        m = self._commit.search(text, s, e)
        return m is not None and self._settled_commitment(text, m, s, e)

    def _noun_infinitive(self, doc: Doc, text: str, owner: str, at: int, end: int) -> bool:
        """A unit opened by "X to <verb>" whose sentence goes on to its own verb ("Deadline
        to apply for a stall is 1 June", "Plans to extend the hall were shown"): X is a noun
        the infinitive describes, not a doer given a task, unless X is a person, an office,
        initials or a name the document holds, or a group of them ("Committee members")."""
        if not _TO_INFINITIVE.match(text, at, end) or not _LATER_VERB.search(text, at, end):
            return False
        if owner.split()[-1].lower() in self.doer_groups:
            return False
        return not self._doer(doc, text, owner, at - len(owner), at, loose=False)

    def _action_lines(self, text: str, start: int, end: int) -> list[tuple[int, int, Optional[str], int]]:
        """Minutes that mark follow-ups explicitly: "ACTION: Officers to circulate the
        figures" (owner before "to"), "Actions: JS to write; KH to call" (one each), or
        "Action: Kim Hallam" after the sentence it owns, on its own line or at the end of
        the sentence's line ("... will be reviewed.   ACTION: OP"). Each is (start, end,
        owner, end of the tag): the tag's words are no part of the next sentence."""
        out: list[tuple[int, int, Optional[str], int]] = []
        if text.find("ACTION", start, end) < 0 and text.find("Action", start, end) < 0:
            return out  # every match holds one of the two words
        for m in self._action_line.finditer(text, start, end):
            body_s, body_e = trim(text, m.start("body"), m.end("body"))
            body = text[body_s:body_e].rstrip(".")
            if body.strip().casefold() in self.status_notes:
                continue  # "ACTION: Confirmed.", "Action: not confirmed": a status note
            if _OWNER_TAG.fullmatch(body):  # "Action: Kim Hallam", "ACTION – Head of Finance", "Action – JS/KH"
                prev = [r for r in sentences(text, max(start, m.start() - 400), m.start())]
                if prev:
                    out.append((prev[-1][0], prev[-1][1], body, m.end()))
                continue
            parts = self._task_parts(text, body_s, body_e) if not m.group("who") and not m.group("named") else None
            for ps, pe in parts or [(body_s, body_e)]:
                owner = self._to_verb.match(text, ps, pe)
                out.append((ps, pe, m.group("who") or m.group("named") or (owner.group("owner") if owner else None),
                            m.end() if pe == body_e else pe))
        for m in self._action_tail.finditer(text, start, end):
            line_start = text.rfind("\n", start, m.start()) + 1
            prev = list(sentences(text, max(line_start, start), m.start()))
            if prev and not self._action_line.match(text, max(line_start, start), m.start()) \
                    and (self._cue.search(text, *prev[-1]) or self._to_verb_scan.search(text, *prev[-1])):
                # (the sentence must commit someone: "There is no list of trees. ACTION: ME" is a note)
                out.append((prev[-1][0], prev[-1][1], m.group("who"), m.end()))
        return sorted(out)

    def _task_parts(self, text: str, s: int, e: int) -> Optional[list[tuple[int, int]]]:
        """"OP to book the venue; IH to update the website": the tasks of one "Actions:" line,
        parted by semicolons, when every part opens with its owner's initials and "to"."""
        if text.find(";", s, e) < 0:
            return None
        parts = []
        pos = s
        for piece in text[s:e].split(";"):
            ps, pe = trim(text, pos, pos + len(piece))
            pos += len(piece) + 1
            if not _TASK_HEAD.match(text, ps, pe):
                return None
            parts.append((ps, pe))
        return parts if len(parts) > 1 else None

    def _personal(self, doc: Doc, text: str, subj: str, ss: int, pos: int) -> bool:
        """A person or an office holder (not an organisation) as the subject."""
        if subj in self.pronouns or subj.lower() == "officers":
            return True
        i = text.rfind(subj, ss, pos)
        if i >= 0 and person_at(doc, i, i + len(subj)):
            return True
        return any(w.strip(",.") in self.role_heads for w in subj.split())

    def _bare_name(self, doc: Doc, who: str) -> bool:
        """Given names as note-form minutes write them ("Brindle", "Hettie and Dunmore"),
        which the people component does not take for names alone: each word other than
        "and" is a word of a person's name found in the document, or looks like a given
        name (one capital, then lower case, not a noun ending such as "-tion"); none is
        one of the ``not_owner_words``. So "Reclamation will award points" (a body) and
        "YMCA will support" are not read as promises."""
        words = [w for w in re.findall(r"[\w’'\-]+", who) if w != "and"]
        if any(w in self.not_owner for w in words):
            return False
        if all(_GIVEN_NAME.fullmatch(w) and not w.endswith(self.noun_endings) for w in words):
            return True
        known = {w for sp in S.spans(doc, S.PEOPLE) for w in (S.data(sp, S.PEOPLE).get("name") or "").split()}
        return all(w in known for w in words)

    def _hedged(self, text: str, ss: int, pos: int) -> bool:
        """"asked whether the costs could be shared", "suggested that ...": not agreed."""
        head = text[max(ss, pos - 60):pos]
        clause = re.split(r"[,;:]", head)[-1]
        return self._not.search(clause) is not None

    def _clause_start(self, text: str, ss: int, pos: int, subj: Optional[str]) -> int:
        """Start of the clause holding the commitment: after "that" or a comma."""
        head = text[ss:pos]
        if re.search(r"\sand\s*$", head):
            return pos  # "she had written ... and would share": the commitment is the second verb
        if subj:
            i = head.rfind(subj)
            if i >= 0:
                return ss + i
        cut = max(head.rfind(" that "), head.rfind(", "), head.rfind("; "))
        return ss + cut + (6 if head[cut:cut + 6] == " that " else 2) if cut >= 0 else ss

    def _subject_before(self, text: str, ss: int, pos: int) -> Optional[str]:
        """The noun phrase right before a verb ("Robin Ashdown agreed to", "officers would")."""
        head = text[ss:pos].rstrip()
        clause = re.split(r"\bthat\b|[,;:]\s|\s[–—-]\s", head)[-1].strip()  # "Topic – JS would ..."
        words = clause.split()
        if not words:
            return None
        if words[-1] in self.pronouns or words[-1].lower() == "officers":
            return words[-1]
        if words[-1] == "and" and words[0] in self.pronouns:
            return words[0]  # "she had written to the Agency and would share ...": one subject, two verbs
        m = _SUBJECT.search(clause)
        if m and m.end() >= len(clause) - 1:
            return m.group().strip()
        return None

    def _speaker(self, text: str, ss: int, pos: int, floor: int) -> Optional[str]:
        """Who promised a passive commitment: "X confirmed that ... would be circulated"."""
        m = self._speech.search(text, ss, pos)
        if not m:
            return None
        subj = self._subject_before(text, ss, m.start())
        if subj is None and not re.search(r"\b(?:was|were|been|is)\s+$", text[ss:m.start()]):
            lead = _SUBJECT.match(text, ss, m.start())
            first = lead.group().split()[0] if lead else ""
            if lead and first not in self.generic:
                subj = lead.group().strip()
        return self._resolve(text, subj, ss, floor)

    def _resolve(self, text: str, subj: Optional[str], ss: int, floor: int) -> Optional[str]:
        """Pronoun subjects ("He said that ...") are the previous sentence's subject."""
        if not subj:
            return None
        if subj in self.pronouns:
            said = self._speech.search(text, ss, text.find(subj, ss) if text.find(subj, ss) > 0 else ss)
            if said:  # "The Cabinet Member said that she would ...": the speaker in this sentence
                lead = _SUBJECT.match(text, ss, said.start())
                if lead and lead.group().split()[0] not in self.generic:
                    return lead.group().strip()
            prev = list(sentences(text, max(floor, ss - 600), ss))
            if not prev:
                return None
            ps, pe = prev[-1]
            m = _SUBJECT.match(text, ps, pe)
            return m.group().strip() if m else None
        if subj in self.generic:
            return None
        return subj

    def _active_owner(self, text: str, body: int, end: int) -> Optional[str]:
        m = self._would_active.search(text, body, end)
        if m:
            subj = self._subject_before(text, body, m.start())
            if subj and subj not in self.generic and subj not in self.pronouns:
                return subj
        return None

    def _opening_owner(self, clause: str) -> Optional[str]:
        """The name an action's text opens with (or a run-in topic's clause: "Next meeting:
        in two months, Robin to advise"), before "to", "will" or "volunteered to" ("Robin to
        advise of a date", "Pellow will see to it", "Tamsin volunteers to draft"): the owner, when the reader that found the clause (a run-in topic, a
        list line, the classifier) named none. Not a passive ("Minutes to be confirmed")
        nor a pronoun or a generic subject."""
        m = _OPENING_OWNER.search(clause)
        if m is None:
            return None
        who = m.group("who")
        first = who.split()[0]
        if who in self.generic or first in self.generic or first in self.pronouns or who in self.pronouns:
            return None
        return who

    def _owner_name(self, doc: Doc, text: str, owner: Optional[str], s: int, e: int) -> Optional[str]:
        if not owner:
            return None
        owner = re.sub(r"\s+", " ", owner).strip(" ,.")
        i = text.find(owner, s, e)
        if i >= 0:
            person = person_at(doc, i, i + len(owner))
            if person:
                return person
        if owner.startswith("The "):
            owner = "the " + owner[4:]
        return owner

    def _kind(self, clause: str) -> str:
        if self._wp.search(clause) or ((self._future.search(clause) or (self._forum is not None and self._forum.search(clause)))
                                       and not re.search(r"\breports?\b", clause)):
            return "work_programme"
        for kind, pat in self.kinds:
            if pat.search(clause):
                return kind
        return "other"


@Language.factory("minutes_actions", default_config=mode_config("minutes_actions"))
def make_actions(nlp: Language, name: str, patterns: dict[str, Any], mode: str,
                 model_threshold: float) -> ActionsComponent:
    return ActionsComponent(nlp, name, patterns, mode, model_threshold)
