"""How a decision was taken: mover, seconder, outcome and vote counts.

Kept apart from finding the decisions themselves because the same wording ("Proposed
by Cllr A, seconded by Cllr B, carried unanimously") sits before, after or inside
the clause it applies to. Everything here is built once from the resolutions
pattern data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from .patterns import alternation
from .word_gate import GateSet, WordHits, caseless_outside_ascii, lowered, necessary_words

_NAME_TOKEN = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z][\w’'\-]*\.?")
_BLANKS = re.compile(r"[ \t]+")
_CAPITALS_AT_END = re.compile(r"((?:[A-Z][\w’'\-.]*\s+){1,5})$")
# ", seconded Ann Vale" and, as club minutes print members, ", seconded AV" (initials)
_SECONDED_NAME = re.compile(r"(?<=,)[ \t]*\b(?:seconded|Seconded)[ \t]+(?=[A-Z][a-z]|(?!AND\b|THE\b|ALL\b)[A-Z]{2,3}\b)")
_AND = re.compile(r"\s+(?:and|&)\s+")
_OFFICE_NAME = re.compile(r"[ \t]+((?:[A-Z]\.?[ \t]+)*[A-Z][a-z][\w’'\-]*)")  # "Mayor| Ann Quill", "Chair| A Quill"
_PEEK = 12  # characters past a sentence a motion head's look-ahead may read (". Second by")
# "The minutes were verified by A and seconded by B": "by" and a name right before the seconding
_BY_NAME_BEFORE = re.compile(r"\b(?:by|BY)[ \t]+(?=[A-Z])(?P<n>[^\n]{1,60}?)[ \t]*[,;]?[ \t]*(?:and[ \t]+|AND[ \t]+)?$")
_MOTION_HEAD = re.compile(r"\b(?:[Mm]otion\w*|MOTION\w*|made|MADE|offered|[Mm]oved|MOVED|[Vv]ote\w*)\b")
_THAT_OPENS = re.compile(r"[ \t]*(?:THAT|That)\b")
_GLUE_AT_END = re.compile(r"(?:[,;]?\s*(?:and\s+)?(?:this|which|it)\s+was\s+|[,;]\s*(?:and\s+)?|\s+and\s+)$")


@dataclass
class NameHit:
    text: str
    start: int
    end: int


@dataclass
class Head:
    """A motion's opening words ("Motion by A, second by B, to ...", "A made a motion
    to ...", "A. Smith / B. Jones THAT ..."): who moved and seconded, where the motion's
    own text starts, and the range of the opening words."""

    mover: Optional[NameHit]
    seconder: Optional[NameHit]
    body: int
    cut: tuple[int, int]
    named_after: bool = True  # "Motion by A ...": the head names the mover after it (else "A moved ...")
    end: Optional[int] = None  # where the motion's text ends, when the mover follows it ("Motion to approve made by A")
    outcome: Optional[str] = None  # "..., seconded by B, and carried unanimously, to ...": printed inside the head
    seconded: bool = False  # "Motion and a second to ...": seconded, by someone not named


@dataclass
class Motion:
    """Facts about one decision; ``cut`` are the character ranges of the motion words,
    removed from the decision's text."""

    mover: Optional[NameHit] = None
    seconder: Optional[NameHit] = None
    outcome: Optional[str] = None
    votes: Optional[dict[str, Optional[int]]] = None
    cut: list[tuple[int, int]] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.mover or self.seconder or self.outcome or self.votes)

    def merge(self, other: "Motion") -> "Motion":
        return Motion(
            self.mover or other.mover,
            self.seconder or other.seconder,
            self.outcome or other.outcome,
            self.votes or other.votes,
            self.cut + other.cut,
        )


def _surname(text: str, word: str) -> bool:
    """Whether ``word`` reads as a person's surname in ``text``: printed elsewhere too (the
    attendance list, a speaker) and never in lower case ("Parks/Recreation" above a clause is
    a heading: "parks" is printed lower-case somewhere)."""
    if text.count(word) < 2:
        return False
    return re.search(rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])", text) is None


def _copy(mo: Motion) -> Motion:
    """A Motion sharing nothing mutable with ``mo``."""
    return Motion(_copy_hit(mo.mover), _copy_hit(mo.seconder), mo.outcome,
                  dict(mo.votes) if mo.votes is not None else None, list(mo.cut))


def _copy_hit(hit: Optional[NameHit]) -> Optional[NameHit]:
    return NameHit(hit.text, hit.start, hit.end) if hit is not None else None


class Motions:
    def __init__(self, patterns: dict[str, Any]) -> None:
        # ``find``'s memo: the document it holds results for, and (start, end) -> Motion
        self._memo: tuple[Optional[str], dict[tuple[int, int], Motion]] = (None, {})
        self.honorifics = set(patterns.get("honorifics", []))
        self.stop = set(patterns.get("name_stop_words", []))
        self._bodies = frozenset(patterns.get("decision_bodies", []))
        hon = alternation(patterns.get("honorifics", []))
        roles = alternation(patterns.get("role_movers", []))
        self._role = re.compile(rf"(?:the\s+|The\s+)?(?P<r>{roles})\b") if roles else None
        self._hon = re.compile(rf"(?:{hon})\.?\s+") if hon else None
        self._plural = alternation(patterns.get("plural_honorifics", []))
        # after an honorific a surname may open with a lowercase particle ("Councillor de Souza")
        particles = alternation(patterns.get("name_particles", []))
        self._particle = re.compile(rf"(?:{particles})[ \t]+(?=[A-Z])") if particles else None
        # ... also with the motion's number between: "ON MOTION (No. 57-08) of A, seconded by B that ..."
        self._mover = re.compile(
            rf"(?:{alternation(patterns.get('mover_cues', []))}|\b(?:on|upon)[ \t]+motion[ \t]*\([^()\n]{{1,20}}\)[ \t]*of\b)\s*", re.I)
        self._seconder = re.compile(rf"(?:{alternation(patterns.get('seconder_cues', []))})\s*", re.I)
        self._both = re.compile(r"\bmoved\s+and\s+seconded\s+by\s+", re.I)
        # "Councillor A moved, seconded by Councillor B, that ...": the mover is the subject
        # (also in capitals: "COUNCIL MEMBER A MOVED, SECONDED BY COUNCIL MEMBER B and ...")
        # ... "A made a motion, seconded by B, to ..." (pattern data: comma_seconded_heads), and an adverb
        # between subject and verb ("Trustee A also moved, seconded by B"): the subject stays the mover
        # (the adverb is skipped by ``subject_before``: an optional group opening these regexes
        # would cost their quick first-character test on every sentence)
        adverb = alternation(patterns.get("mover_adverbs", []))
        self._adverb = re.compile(rf"(?<![\w’'-])(?:{adverb})[ \t]+$") if adverb else None
        self._moved_comma = re.compile(
            rf"\b(?i:{alternation([*patterns.get('proposal_verbs', ['proposed', 'moved']), *patterns.get('comma_seconded_heads', [])])})"
            r"\s*,\s*(?=(?i:seconded\s+by)\b)")
        # what a proposal introduces: "that ...", or "the following motion: ..." (pattern data)
        objects = alternation(patterns.get("proposal_objects", []))
        what = rf"(?:that|THAT|(?:{objects})\s*:?)" if objects else r"(?:that|THAT)"
        # "Cllr A proposed, and Cllr B seconded, that ..."
        self._proposed_seconded = re.compile(
            rf"\b(?:{alternation(patterns.get('proposal_verbs', ['proposed', 'moved']))})\s*,?\s+and\s+"
            # ... or "A moved, and B seconded the motion to enter closed session" (the motion's words after it;
            # "... seconded the motion that ..." likewise)
            rf"(?P<sec>(?:(?:{hon})\.?\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,3}})\s+seconded\s*,?\s+(?:(?:the\s+motion\s+)?{what}(?!\w)|(?:the\s+motion\s+)?(?=to\s+[a-z]))"
        ) if hon else None
        self._proposal = re.compile(
            rf"\b(?:{alternation(patterns.get('proposal_verbs', ['proposed', 'moved']))})\s+{what}(?!\w)"
        )
        # motions opened the US and Canadian way (pattern data): "Motion by A, second by B,
        # to adopt ...", "A made a motion to ...", "A moved approval of ..."
        objects_after = alternation(patterns.get("motion_objects", [])) or "(?!)"
        self._head_by = re.compile(rf"\b(?:{alternation(patterns.get('motion_by_heads', [])) or '(?!)'})[ \t]*:?[ \t]*", re.I)
        self._head_subject = re.compile(
            rf"\b(?:{alternation(patterns.get('motion_subject_heads', [])) or '(?!)'})\s+(?=(?:{objects_after})\b)", re.I)
        # "Motion and a second to pay the bills", "Motion made and seconded to adjourn": the
        # seconding printed without a name still makes it a motion put to the meeting
        # ("A motion was made, seconded, and passed to close early ...": carried as well)
        # "A motion was made to install ...": made, not (yet) seconded, still a motion's head
        self._head_bare = re.compile(
            r"\b(?:a|the)?[ \t]*motion[ \t]+(?:(?:was[ \t]+)?made[ \t]*,?[ \t]+(?=to[ \t]+[a-z]|and[ \t]))?"
            r"(?P<sec>(?:(?:was[ \t]+)?made[ \t]*,?[ \t]+)?(?:and[ \t]+)?(?:a[ \t]+second|seconded)[ \t]*,?[ \t]+"
            r"(?:and[ \t]+(?P<v>passed|carried|approved)[ \t]+)?)?(?=to[ \t]+[a-z])", re.I)
        # "A motion was made that the hall be let by Trustee A, seconded by Trustee B": the
        # motion's words as a "that" clause (dropped, as always), the mover after them
        self._head_made_that = re.compile(
            r"\b(?:a|the)?[ \t]*motion[ \t]+(?:was[ \t]+)?made[ \t]*,?[ \t]+(?:that|THAT)[ \t]+(?=[a-z])", re.I)
        # "Motion to table ... made by Ann", and "Motion to approve the bills by Allard, seconded by
        # Worden" (a bare "by" only before a name and a comma and the seconding; also "...; second by
        # B" and the seconding on the next line)
        self._made_by = re.compile(
            r"[ \t,]+(?:was[ \t]+)?made[ \t]+by[ \t]+"
            r"|[ \t,]+by[ \t]+(?=(?:[A-Z][a-z]{1,6}\.[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,2}[ \t]*(?:[,.;]|[ \t]and)\s*(?i:second|2nd))")
        self._second_after = re.compile(
            rf"\s*[,;]?\s*(?:and\s+)?(?:{alternation(patterns.get('second_heads', [])) or '(?!)'})\b[ \t]*:?[ \t]*", re.I)
        # "A motion was made by A, seconded by B, and passed without opposition, approving ...": how
        # the motion was carried, between the seconder and the motion's words (pattern data)
        manners = alternation(patterns.get("carried_manners", []))
        self._lost_verbs = {w.lower() for w in patterns.get("lost_tally_verbs", [])}
        self._carried_between = re.compile(
            rf"[ \t]*,?\s*and\s+(?:was\s+)?(?P<v>{alternation(patterns.get('tally_verbs', []))})\b"
            rf"(?:\s+(?:{manners})\b)?[ \t]*[,:]?", re.I) if patterns.get("tally_verbs") and manners else None
        self._object_after = re.compile(rf"\s*[,;:]?\s*(?P<o>(?:{objects_after})\b)", re.I)
        # "A. Varga / M. Alder THAT the agenda be approved": mover / seconder before the clause
        initials = r"(?:[A-Z]\.[ \t]?){1,3}[A-Z][\w’'\-]+"
        self._slash_pair = re.compile(
            rf"(?m)^[ \t]*(?P<m>{initials})[ \t]*/[ \t]*(?P<s>{initials})[ \t]+(?=(?:{alternation(patterns.get('slash_pair_before', ['THAT', 'That']))})\b)")
        # "MOTION: Lee/Roy that the agenda be adopted", "MOTION #2474: ANN LEE/BO ROY That ...": after a
        # motion label, bare names (a surname, or a name in capitals) with a slash
        bare = r"[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2}"
        self._labelled_slash = re.compile(
            r"\b(?:MOTION|Motion)[ \t]*#?[ \t]*(?:\d{1,5}(?:[-/.]\d{1,5}){0,3})?[ \t]*:[ \t]*"
            rf"(?P<m>{bare})[ \t]*/[ \t]*(?P<s>{bare})[ \t]+(?=(?:that|That|THAT)\b|[A-Z][a-z]+[ \t])")
        # "Moved Cr Ferrall      Seconded Cr Dunmore": the cue without "by" or a colon, before a title
        # ... or before a full name and a slash: "Moved Ann Quill / Seconded Ben Ruse / Carried"
        slashed = r"[A-Z][a-z][\w’'\-]*(?:[ \t]+[A-Z][a-z][\w’'\-]*){1,2}[ \t]*/"
        # ... or before initials and a surname, as club minutes print them: "Moved P Quill seconded B Ruse that ..."
        initialled = r"(?:[A-Z]\.?[ \t]+){1,2}[A-Z][a-z’']"
        # ... or before a bare surname and the seconding: "Moved Tucker, seconded Post, to approve ..."
        self._moved_title = re.compile(
            rf"\b(?:Moved|MOVED)[ \t]+(?=(?:{hon})\.?[ \t]+[A-Z]|{slashed}|{initialled}|[A-Z][a-z][\w’'\-]*[ \t]*,[ \t]*(?i:seconded)\b)") if hon else None
        # "Proposed Cllr A, seconded Cllr B, all agreed", "Treasurer – Ann Quill – proposed Ben Ruse, seconded
        # Cy Dale": "proposed" opening its clause, a name, then the seconding (no "by", no colon)
        self._proposed_name = re.compile(
            rf"(?:(?m:^)|(?<=[–—\-,;(:]))[ \t]*(?:[Pp]roposed|PROPOSED)[ \t]+(?=(?:(?:{hon})\.?[ \t]+)?[A-Z][\w’'\-.]*"
            rf"(?:[ \t]+[A-Z][\w’'\-.]*){{0,2}}[ \t]*[,;]?[ \t]*(?:and[ \t]+)?(?:seconded|Seconded|SECONDED)\b)") if hon else None
        self._seconded_title = re.compile(
            rf"\b(?:Seconded|SECONDED|seconded)[ \t]+(?=(?:{hon})\.?[ \t]+[A-Z]|{slashed}|{initialled})") if hon else None
        # "1. W. Askew – D. Brant" / "Cllr Askew / Cllr Brant" alone on the line before "RESOLVED THAT ..."
        # or "THAT ...": mover and seconder, each with initials or an honorific
        one = rf"(?:(?:{hon})\.?[ \t]+)?(?:[A-Z]\.[ \t]?){{1,2}}[A-Z][\w’'\-]+" + (
            rf"|(?:{hon})\.?[ \t]+[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)?" if hon else "")
        if roles:  # "Dep. Mayor Rakena / Councillor Ihaka": an office and a surname
            one += rf"|(?:(?:Dep\.|Deputy)[ \t]+)?(?:{roles})[ \t]+[A-Z][\w’'\-]+"
        # ... also after the resolution's number: "#166-12-21 O. Brannock – T. Dunmere",
        # "Motion-4387-18-Councillor A. Lee/Councillor B. Roy" (Canadian councils)
        ref = r"(?:(?:[Mm]otion|MOTION|[Rr]esolution|RESOLUTION)[ \t]*[-#:]?[ \t]*)?#?\d{1,5}(?:[-/.]\d{1,5}){0,3}(?:[ \t]*[-–:][ \t]*|[ \t]+)"
        self._pair_line = re.compile(
            rf"[ \t]*(?:\(?\d{{1,3}}[.)][ \t]*|{ref})?(?P<m>{one})[ \t]*(?:[–—/]|[ \t]-)[ \t]*(?P<s>{one})[ \t.]*$")
        # "Abram/Unger: SRD 677/18", "2021-045 Lee/Roy": two bare surnames and a slash, maybe the
        # resolution's number before or after; kept only when both read as surnames (``_surname``)
        surname = r"[A-Z][a-z]?[a-z’'][\w’'\-]+"
        self._bare_pair_line = re.compile(
            rf"[ \t]*(?:{ref})?(?P<m>{surname})[ \t]*/[ \t]*(?P<s>{surname})"
            r"(?:[ \t]*:?[ \t]*[A-Z]{1,6}[ \t]*#?\d{1,5}(?:[-/.]\d{1,5}){0,3})?[ \t.]*$")
        # "1. B. Quenby" / "O. Harrowgate" / "THAT ...": a numbered mover over the seconder, a line each
        initials_name = rf"(?:(?:{hon})\.?[ \t]+)?(?:[A-Z]\.[ \t]?){{1,2}}[A-Z][\w’'\-]+" if hon else r"(?!)"
        self._stacked_first = re.compile(rf"[ \t]*\(?\d{{1,3}}[.)][ \t]*(?P<n>{initials_name})[ \t.]*")
        self._stacked_second = re.compile(rf"[ \t]*(?P<n>{initials_name})[ \t.]*")
        # "Councillors Rakena / Ihaka": one plural title over both surnames
        self._plural_pair_line = re.compile(
            rf"[ \t]*(?:{self._plural})\.?[ \t]+(?P<m>[A-Z][\w’'\-]+)[ \t]*/[ \t]*(?P<s>[A-Z][\w’'\-]+)[ \t.]*$"
        ) if self._plural else None
        # "... be received. Crs Rakena/Ihaka Carried": the same pair inside a line, after the clause
        self._plural_slash = re.compile(
            rf"\b(?:{self._plural})\.?[ \t]+(?P<m>[A-Z][\w’'\-]+)[ \t]*/[ \t]*(?P<s>[A-Z][\w’'\-]+)\b"
        ) if self._plural else None
        # "Trustee Stroud seconded." / "Cllr B seconded the motion.": the seconder is the subject
        # "Trustee Leach supported." (Michigan townships second a motion so) likewise
        self._seconded_subject = re.compile(
            # "B 2nd the motion." / "B made the second." (North American minutes) likewise
            r"\b(?:seconded|SECONDED|supported|SUPPORTED|2nd|made[ \t]+the[ \t]+second)(?:\s+(?i:the|this|that|said)\s+(?i:motion|proposal|recommendation|nomination)|[ \t]+(?i:this|it)\b)?"
            # ... or ending its clause before how the motion was decided: "B seconded the
            # motion, which was approved 7 to 0", "B seconded and all approved"
            # (in capitals too: "B SECONDED THE MOTION, WHICH CARRIED UNANIMOUSLY")
            r"(?:[ \t]*[.;]?[ \t]*$|(?=[ \t]*,[ \t]*(?i:which)\b)"
            r"|(?=[ \t]*,?[ \t]+(?i:and[ \t]+(?:all|unanimously|the[ \t]+motion|motion|it[ \t]+(?:was|passed|carried)))\b))")
        # "Roll call vote:" then "Ayes – A, B, C" / "Nays – None" / "Absent – D", one line each
        roll = patterns.get("roll_call_words", {})
        # "Ayes: All": a roll-call row that names nobody (pattern data)
        self._all_rows = frozenset(w.lower() for w in patterns.get("roll_call_all", []))
        self._roll_kinds = [(k, re.compile(rf"(?:{alternation(roll.get(k, []))})\b", re.I)) for k in ("for", "against", "abstain", "other") if roll.get(k)]
        self._roll_line = re.compile(
            rf"[ \t]*(?:{alternation([w for ws in roll.values() for w in ws]) or '(?!)'})\b[ \t]*(?:\(\d+\))?[ \t]*[:\-–—][ \t]*"
            # the names run to the line's end, or to a full stop before the next row on the same
            # line ("Ayes: A, B, and C.  Nays: None.  Absent: D.  Motion carried.")
            # ... or to the next row's word and colon without a stop ("Nay: -0- Abstain: -0-")
            r"(?P<names>[^\n]*?)(?:\.(?=[ \t]+[A-Z][\w ]{0,20}[:\-–—])|[.]?(?=[ \t]+(?:Motion|MOTION)\b)"
            rf"|(?=[ \t]+(?:{alternation([w for ws in roll.values() for w in ws]) or '(?!)'})[ \t]*:)|(?=\n)|$)", re.I)
        outcomes = patterns.get("outcomes", {})
        cue_words = [w for ws in outcomes.values() for w in ws] + list(patterns.get("mover_cues", [])) \
            + list(patterns.get("seconder_cues", [])) + [w for ws in patterns.get("vote_words", {}).values() for w in ws] \
            + ["moved", "votes", "vote", "seconded", "SECONDED", "supported", "2nd", "made the second"] + list(patterns.get("tally_verbs", []))
        # "Gordon 2nd. All commissioners were in favor.", "... with all trustees in favor": every
        # member named by their office voted for it (the member nouns are pattern data)
        members = alternation(patterns.get("unanimous_member_nouns", []))
        self._all_favour = re.compile(
            rf"\ball[ \t]+(?:(?:the|of[ \t]+the)[ \t]+)?(?:{members})[ \t]+(?:present[ \t]+)?(?:(?:were|voted)[ \t]+)?in[ \t]+favou?r\b",
            re.I) if members else None
        if self._all_favour is not None:
            cue_words += ["in favor", "in favour"]
        self._any = re.compile(rf"\b(?:{alternation(cue_words)})", re.I)
        # the same test on the lower-case copy without re.I: three times quicker, the same
        # answers (``word_gate.lowered``); it runs on most sentences of every item
        self._outcomes = [
            (name, re.compile(rf"\b(?:{alternation(words)})\b", re.I)) for name, words in outcomes.items() if words
        ]
        lower_ok = all(map(caseless_outside_ascii, cue_words + [w for ws in outcomes.values() for w in ws]))
        self._any_low = re.compile(rf"\b(?:{alternation([w.lower() for w in cue_words])})") if lower_ok else None
        self._outcomes_low = [  # likewise, in the order of ``_outcomes``
            re.compile(rf"\b(?:{alternation([w.lower() for w in words])})\b") for name, words in outcomes.items() if words
        ] if lower_ok else None
        self._gate = GateSet({**_fact_words(patterns), "head": _head_words(patterns)})
        words = patterns.get("number_words", {})
        self.numbers = {k.lower(): int(v) for k, v in words.items()}
        num = r"\d{1,4}|" + alternation(words) if words else r"\d{1,4}"
        self._num = num
        vw = patterns.get("vote_words", {})
        f, a, b = (alternation(vw.get(k, [])) for k in ("for", "against", "abstain"))
        self._votes = [  # (gate, pattern): the gate names a word the pattern needs (``_fact_words``)
            # "For 8, Against 2, Abstentions 1" / "For: 8; Against: 2"
            ("against", re.compile(rf"\b(?:{f})\s*[:\-–]?\s*(?P<for>{num})[,;]?\s+(?:{a})\s*[:\-–]?\s*(?P<against>{num})"
                       rf"(?:[,;]?\s+(?:and\s+)?(?:{b})\s*[:\-–]?\s*(?P<abstain>{num}))?", re.I)),
            # "by 7 votes to 3 (with 1 abstention)"
            ("vote", re.compile(rf"\bby\s+(?P<for>{num})\s+votes?\s+to\s+(?P<against>{num})"
                                rf"(?:[,;]?\s+(?:with\s+)?(?P<abstain>{num})\s+(?:{b}))?", re.I)),
            # "with 8 in favour and 3 against (and 2 abstentions)"
            ("against", re.compile(rf"\b(?P<for>{num})\s+(?:votes\s+)?(?:{f})[,;]?\s+(?:and\s+|with\s+)?(?P<against>{num})\s+(?:votes\s+)?(?:{a})"
                                   rf"(?:[,;]?\s+(?:and\s+|with\s+)?(?P<abstain>{num})\s+(?:{b}))?", re.I)),
        ]

        tally = alternation(patterns.get("tally_verbs", []))
        if tally:  # "motion passed 4-1", "carried 5–2", "failed 2-3", "Approved, 4-0-2"
            self._votes.append(("tally", re.compile(
                rf"\b(?:{tally})[ \t]*,?[ \t]+(?:the[ \t]+motion[ \t]+)?(?:by[ \t]+(?:a[ \t]+)?(?:vote[ \t]+of[ \t]+)?)?(?P<for>\d{{1,3}})[ \t]*[-–—][ \t]*(?P<against>\d{{1,3}})\b"
                rf"(?:[ \t]*[-–—][ \t]*(?P<abstain>\d{{1,3}})\b)?", re.I)))
            # "CARRIED 6/1", "CARRIED: 5/0" (Australian minutes): for / against, never a date ("12/3/2021")
            self._votes.append(("tally", re.compile(
                rf"\b(?:{tally})[ \t]*:?[ \t]+(?P<for>\d{{1,2}})[ \t]*/[ \t]*(?P<against>\d{{1,2}})(?![/.\-]?\d)\b", re.I)))
        ayes = alternation(vw.get("for_counts", []))
        if ayes:  # "Ayes: 4", "Ayes: 4, Nays: 1", "Yeas 5; Nays 0; Abstain 1"
            nays = alternation(vw.get("against_counts", [])) or "(?!)"
            self._votes.append(("ayes", re.compile(
                rf"\b(?:{ayes})[ \t]*[:\-–—]?[ \t]*(?P<for>\d{{1,3}})\b(?:[.,;]?[ \t]*(?:{nays})[ \t]*[:\-–—]?[ \t]*(?P<against>\d{{1,3}})\b)?"
                rf"(?:[.,;]?[ \t]*(?:{b})[ \t]*[:\-–—]?[ \t]*(?P<abstain>\d{{1,3}})\b)?", re.I)))
        # a recorded vote printed as a block: "For (2): Cllrs A and B" / "Against (3): ..." /
        # "Abstentions (0): None", one line each, the count in brackets after the vote word
        self._vote_block = re.compile(
            rf"[ \t]*(?:{f})[ \t]*\((?P<for>{num})\)[^\n]*\n\s*(?:{a})[ \t]*\((?P<against>{num})\)[^\n]*"
            rf"(?:\n\s*(?:{b})[ \t]*\((?P<abstain>{num})\)[^\n]*)?", re.I) if f and a and b else None
        if self._vote_block is not None:
            self._votes.append(("against", self._vote_block))
        favour = alternation([w for w in vw.get("for", []) if " " in w])
        if favour:  # "Five in Favor.": a count of the votes for, printed alone (last: the fuller tallies win)
            self._votes.append(("for_only", re.compile(
                rf"(?<![\d\-–/])(?<![\d][-–/ ])\b(?P<for>{num})\s+(?:votes\s+)?(?:{favour})\b", re.I)))

    @property
    def outcome_patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        """(outcome, pattern) for each outcome's words ("all in favour" -> unanimous)."""
        return self._outcomes

    def vote_block_end(self, text: str, pos: int, end: int) -> Optional[int]:
        """Where a recorded vote's block starting at ``pos`` ends, or None."""
        m = self._vote_block.match(text, pos, end) if self._vote_block is not None else None
        return m.end() if m else None

    # -- names ---------------------------------------------------------------
    def read_name(self, text: str, pos: int, limit: int) -> Optional[NameHit]:
        """A person (or chair role) printed at ``pos``: honorifics, then up to four
        capitalised words or initials, stopping at motion words."""
        while pos < limit and text[pos] in " \t:":
            pos += 1
        start = pos
        p = pos
        if self._role:
            m = self._role.match(text, pos, limit)
            if m:
                after = _OFFICE_NAME.match(text, m.end(), limit)
                if after is None or after.group(1).rstrip(".") in self.stop:
                    return NameHit(m.group("r"), m.start("r"), m.end("r"))
                # "Moved: Mayor Ann Quill", "MOVED by Chairperson A Quill": an office then a name,
                # which is the mover (the office is a role, not part of the name)
                start = p = after.start(1)
        if self._hon:
            while True:
                m = self._hon.match(text, p, limit)
                if not m:
                    break
                p = m.end()
        words_end = None
        count = 0
        q = p
        while count < 4:
            if self._particle and (q > p or p > start) and (particle := self._particle.match(text, q, limit)):
                q = particle.end()
            m = _NAME_TOKEN.match(text, q, limit)
            if not m or m.group().rstrip(".") in self.stop:
                break
            words_end = m.end()
            count += 1
            nxt = _BLANKS.match(text[m.end():limit])
            if not nxt:
                break
            q = m.end() + nxt.end()
        if words_end is None:
            return None
        value = text[start:words_end].rstrip(".,")
        plural = re.match(rf"(?:{self._plural})\.?\s+", value) if self._plural else None
        if plural:  # "Councillors Ashdown and Treloar": the title is not part of either name
            start += plural.end()
            value = value[plural.end():]
        return NameHit(value, start, start + len(value))

    def _plural_and(self, text: str, pos: int, first: NameHit, end: int) -> Optional[NameHit]:
        """The second of two names under one plural title ("Councillors Frey and Osei"):
        the seconder, as the guidelines read "On the motion of Councillors Frey and Osei"."""
        if not self._plural or not re.match(rf"[ \t]*(?:{self._plural})\.?[ \t]", text[pos:first.start + 1]):
            return None
        m = _AND.match(text, first.end, end)
        return self.read_name(text, m.end(), end) if m else None

    def subject_before(self, text: str, pos: int, floor: int) -> Optional[NameHit]:
        """The capitalised name or role just before ``pos`` ("the Chairman proposed"), also
        with an adverb between ("Trustee A also moved")."""
        adv = self._adverb.search(text, max(floor, pos - 16), pos) if self._adverb is not None else None
        if adv is not None:
            pos = adv.start()
        head = text[floor:pos]
        m = _CAPITALS_AT_END.search(head)
        if not m:
            return None
        words = m.group(1).split()
        while words and (words[0] in self.stop or words[0] in ("The", "the")):
            words = words[1:]
        if not words:
            return None
        value = " ".join(words)
        start = pos - len(m.group(1)) + m.group(1).find(words[0])
        return NameHit(value, start, start + len(value))

    # -- facts ---------------------------------------------------------------
    def fact_hits(self, text: str) -> WordHits:
        """Where in ``text`` a fact may be printed: ``find`` on a range holding none of
        these words returns an empty Motion."""
        return self._gate.hits(text)["any"]

    def find(self, text: str, start: int, end: int) -> Motion:
        """Mover, seconder, outcome and votes printed in text[start:end].

        Memoised per document (about a fifth of the calls read a range already read);
        each call gets its own copy, since callers fill in and cut what they get."""
        memo = self._memo  # read once: a thread reading another document swaps in its own pair
        if memo[0] is not text:
            memo = self._memo = (text, {})
        got = memo[1].get((start, end))
        if got is None:
            got = memo[1][(start, end)] = self._find(text, start, end)
        return _copy(got)

    def _find(self, text: str, start: int, end: int) -> Motion:
        out = Motion()
        hits = self._gate.hits(text)
        if not hits["any"].any_in(start, end):
            return out  # no word any fact needs: no regex can match
        low = lowered(text) if self._any_low is not None else None
        if not (self._any_low.search(low, start, end) if low is not None else self._any.search(text, start, end)):  # type: ignore[union-attr]
            return out  # most sentences say nothing about a vote: one cheap scan

        def may(gate: str) -> bool:  # whether the pattern behind ``gate`` can match here
            return hits[gate].any_in(start, end)

        both = self._both.search(text, start, end) if may("both") else None
        if both:
            first = self.read_name(text, both.end(), end)
            if first:
                out.mover = first
                m = _AND.match(text, first.end, end)
                if m:
                    out.seconder = self.read_name(text, m.end(), end)
                stop = out.seconder.end if out.seconder else first.end
                out.cut.append((self._clause_start(text, both.start(), start), stop))
        if out.mover is None and may("mover"):
            m = self._mover.search(text, start, end)
            if m:
                out.mover = self.read_name(text, m.end(), end)
                if out.mover:
                    out.cut.append((m.start(), out.mover.end))
                    pair = self._plural_and(text, m.end(), out.mover, end)
                    if pair is not None:  # "On the motion of Councillors Frey and Osei": mover, then seconder
                        out.seconder = pair
                        out.cut.append((out.mover.end, pair.end))
        if out.mover is None and may("moved_comma"):
            out.mover = self._subject_of(self._moved_comma, text, start, end, out.cut)
        if out.mover is None and may("moved_comma"):  # "- proposed A, seconded B"
            out.mover = self._name_after(self._proposed_name, text, start, end, out.cut)
        if out.mover is None and may("both"):  # "Moved Cr Ferrall"
            out.mover = self._name_after(self._moved_title, text, start, end, out.cut)
        if out.seconder is None and may("seconder"):
            m = self._seconder.search(text, start, end)
            if m:
                out.seconder = self.read_name(text, m.end(), end)
                if out.seconder:
                    cut_from = self._clause_start(text, m.start(), start)
                    out.cut.append((cut_from, out.seconder.end))
                    if out.mover is None:
                        out.mover = self._by_before(text, start, cut_from, out.cut)
        if out.seconder is None and may("moved_comma"):  # "..., seconded Ostrander, approved": no "by"
            m = _SECONDED_NAME.search(text, start, end) or (
                self._seconded_title.search(text, start, end) if self._seconded_title is not None else None)
            if m:
                out.seconder = self.read_name(text, m.end(), end)
                if out.seconder:
                    out.cut.append((self._clause_start(text, m.start(), start), out.seconder.end))
        if out.mover is None and out.seconder is None and self._plural_slash is not None and text.find("/", start, end) >= 0:
            m = self._plural_slash.search(text, start, end)
            if m:
                out.mover = NameHit(m.group("m"), m.start("m"), m.end("m"))
                out.seconder = NameHit(m.group("s"), m.start("s"), m.end("s"))
                out.cut.append((m.start(), m.end()))
        if out.seconder is None and may("seconded_subject"):
            out.seconder = self._subject_of(self._seconded_subject, text, start, end, out.cut)
        for gate, pat in self._votes:
            m = pat.search(text, start, end) if may(gate) else None
            if m:
                out.votes = {k: self._int(m.groupdict().get(k)) for k in ("for", "against", "abstain")}
                out.cut.append((m.start(), m.end()))
                break
        if self._all_favour is not None and may("all_favour") and self._all_favour.search(text, start, end):
            out.outcome = "unanimous"
        for k, (name, pat) in enumerate(self._outcomes):
            if out.outcome is not None:
                break
            if may("outcome " + name) and (self._outcomes_low[k].search(low, start, end) if low is not None  # type: ignore[index]
                                           else pat.search(text, start, end)):
                out.outcome = name
                break
        if out.outcome is None and out.votes and out.votes.get("for") is not None and out.votes.get("against") is not None:
            out.outcome = "carried" if out.votes["for"] > out.votes["against"] else "lost"
        return out

    def _name_after(self, pattern: Optional[re.Pattern[str]], text: str, start: int, end: int,
                    cut: list[tuple[int, int]]) -> Optional[NameHit]:
        """The name right after a cue ``pattern`` finds ("Moved Cr A", "- proposed A,"), with
        the cue and the name added to ``cut``."""
        m = pattern.search(text, start, end) if pattern is not None else None
        who = self.read_name(text, m.end(), end) if m else None
        if who is not None and m is not None:
            cut.append((m.start(), who.end))
        return who

    def _by_before(self, text: str, floor: int, pos: int, cut: list[tuple[int, int]]) -> Optional[NameHit]:
        """"The minutes were verified by A and seconded by B", "... accepted by A, seconded by
        B": the person named after "by" right before the seconding is the mover (never a body:
        "approved by Council, seconded by B" names none)."""
        m = _BY_NAME_BEFORE.search(text, max(floor, pos - 80), pos)
        if m is None or _MOTION_HEAD.search(text, floor, m.start()):
            return None  # "A motion was made to ... by A, seconded by B": the motion's head reads it
        who = self.read_name(text, m.start("n"), m.end("n"))
        if who is None or who.end != m.end("n") or who.text.split()[0] in self._bodies or who.text in self.stop:
            return None
        cut.append((m.start(), who.end))
        return who

    def _subject_of(self, pattern: re.Pattern[str], text: str, start: int, end: int,
                    cut: list[tuple[int, int]]) -> Optional[NameHit]:
        """The subject of the verb ``pattern`` finds ("A moved, seconded by B", "B
        seconded."), with the subject and verb added to ``cut``."""
        m = pattern.search(text, start, end)
        who = self.subject_before(text, m.start(), start) if m else None
        if who is not None and m is not None:
            cut.append((who.start, m.end()))
        return who

    def slash_pair(self, text: str, start: int, end: int) -> Optional[Head]:
        """"A. Smith / B. Jones THAT ..." at the start of a line in text[start:end]."""
        m = self._slash_pair.search(text, start, end)
        if m is None:
            m = self._labelled_slash.search(text, start, end)
        if m is None:
            return None
        return Head(NameHit(m.group("m"), m.start("m"), m.end("m")), NameHit(m.group("s"), m.start("s"), m.end("s")),
                    m.end(), (m.start("m"), m.end()))

    def pair_line(self, text: str, start: int, end: int) -> Motion:
        """A line that only names a mover and a seconder ("2. E. Askew – C. Brant"), as
        some councils print them above each resolution; an empty Motion otherwise."""
        m = self._pair_line.fullmatch(text, start, end)
        if m is None and self._plural_pair_line is not None:
            m = self._plural_pair_line.fullmatch(text, start, end)
        if m is None and "/" in text[start:end]:
            m = self._bare_pair_line.fullmatch(text, start, end)
            if m is not None and not (_surname(text, m.group("m")) and _surname(text, m.group("s"))):
                m = None
        if m is None:
            return Motion()
        return Motion(NameHit(m.group("m"), m.start("m"), m.end("m")), NameHit(m.group("s"), m.start("s"), m.end("s")))

    def stacked_pair(self, text: str, first: tuple[int, int], second: tuple[int, int],
                     third: tuple[int, int]) -> Optional[Motion]:
        """"1. B. Quenby" over "O. Harrowgate" over "THAT ...": school boards print the motion's
        number and mover on one line and the seconder on the next, above the clause."""
        if not _THAT_OPENS.match(text, third[0], third[1]):
            return None
        m = self._stacked_first.fullmatch(text, first[0], first[1])
        s = self._stacked_second.fullmatch(text, second[0], second[1]) if m else None
        if m is None or s is None:
            return None
        return Motion(NameHit(m.group("n"), m.start("n"), m.end("n")), NameHit(s.group("n"), s.start("n"), s.end("n")))

    def head(self, text: str, start: int, end: int) -> Optional[Head]:
        """The opening words of a motion in text[start:end], if it has them."""
        if not self._gate.hits(text)["head"].any_in(start, end):
            return None  # none of the words every head holds: none of the regexes below can match
        pair = self.slash_pair(text, start, end)
        if pair is not None:
            return pair
        m = self._head_by.search(text, start, end)
        if m:
            mover = self.read_name(text, m.end(), end)
            if mover is not None:
                pos, seconder = mover.end, None
                sec = self._second_after.match(text, pos, end)
                if sec:
                    seconder = self.read_name(text, sec.end(), end)
                    pos = seconder.end if seconder else sec.end()
                outcome = None
                carried = self._carried_between.match(text, pos, end) if self._carried_between else None
                if carried:
                    pos = carried.end()
                    outcome = next((name for name, pat in self._outcomes if pat.search(carried.group())), None) \
                        or ("lost" if carried.group("v").lower() in self._lost_verbs else "carried")
                obj = self._object_after.match(text, pos, end)
                body = obj.start("o") if obj else pos
                while body < end and text[body] in " \t\n,;:.-–":
                    body += 1
                return Head(mover, seconder, body, (m.start(), body), outcome=outcome)
        m = self._head_subject.search(text, start, end)
        if m:
            subject = self.subject_before(text, m.start(), start)
            return Head(subject, None, m.end(), (subject.start if subject else m.start(), m.end()), named_after=False)
        m = self._head_bare.search(text, start, end) or self._head_made_that.search(text, start, end)
        if m:  # "There was a motion to create ...", "Motion to approve made by Ann, aye all"
            # "Motion to approve the budget, by Ann. Second by Ben.": the seconding that makes a
            # bare "by" the mover's may open the next sentence, so the look-ahead peeks past ``end``
            by = self._made_by.search(text, m.end(), min(len(text), end + _PEEK))
            if by is not None and by.start() >= end:
                by = None
            mover = self.read_name(text, by.end(), end) if by else None
            return Head(mover, None, m.end(), (m.start(), m.end()), end=by.start() if mover else None,
                        seconded=m.groupdict().get("sec") is not None, outcome="carried" if m.groupdict().get("v") else None)
        return None

    def roll_call(self, text: str, pos: int, end: int) -> Optional[tuple[int, dict[str, Optional[int]]]]:
        """A roll-call block starting at ``pos`` ("Ayes – A, B, C" / "Nays – None" /
        "Absent – D", one line each): where it ends and the counts of names."""
        votes: dict[str, Optional[int]] = {"for": None, "against": None, "abstain": None}
        seen: set[str] = set()
        stop = None
        p = pos
        while p < end:
            while p < end and text[p] in " \t\n":
                p += 1
            m = self._roll_line.match(text, p, end)
            if not m or m.group("names")[:1].isdigit():
                break  # "Ayes: 4. Nays: 1.": counts, which the vote patterns read
            kind = next((k for k, pat in self._roll_kinds if pat.match(text, p, m.start("names"))), "other")
            if kind in votes:
                votes[kind] = self._count_names(m.group("names"))
                seen.add(kind)
            stop = m.end()
            p = stop
        if stop is None or "for" not in seen:
            return None
        # "Ayes: All. Nays: None.": nobody is counted, the row says all voted for
        return stop, (votes if any(v is not None for v in votes.values()) else None)

    def _count_names(self, names: str) -> Optional[int]:
        """How many people a roll-call line lists ("Trustees A, B and C" is 3; "None" and
        a vote table's "-0-" are 0); None for a row that counts nobody by name ("All",
        or a dash alone: a blank row)."""
        names = names.strip().rstrip(".")
        if names and not names.strip("-–—0 \t"):
            return 0 if "0" in names else None  # "-0-" / "–"
        if names.lower() in self._all_rows:
            return None
        if not names or names.lower() in self.numbers and self.numbers[names.lower()] == 0:
            return 0
        if names.isdigit():
            return int(names)
        return len([p for p in re.split(r",|;|\band\b|&", names) if p.strip()])

    def proposal(self, text: str, start: int, end: int) -> Optional[re.Match]:
        """"<someone> proposed that ..." (or "proposed, and B seconded, that ...")."""
        if self._proposed_seconded:
            m = self._proposed_seconded.search(text, start, end)
            if m:
                return m
        return self._proposal.search(text, start, end)

    def _clause_start(self, text: str, pos: int, floor: int) -> int:
        """Extend a cut back over "this was"/"and"/"," glue before a motion phrase."""
        m = _GLUE_AT_END.search(text[floor:pos])
        return floor + m.start() if m else pos

    def _int(self, value: Optional[str]) -> Optional[int]:
        if value is None:
            return None
        if value.isdigit():
            return int(value)
        return self.numbers.get(value.lower())


def _head_words(patterns: dict[str, Any]) -> Optional[tuple[str, ...]]:
    """Words one of which every match of ``Motions.head``'s regexes contains: the by-heads'
    and subject heads' (pattern data), "motion" (the bare head, the "made that" head) and
    "/" (the slash pair). None (no gate) when a head phrase has no ASCII word."""
    words = necessary_words([*patterns.get("motion_by_heads", []), *patterns.get("motion_subject_heads", []), "motion"])
    return None if words is None else tuple(sorted({*words, "/"}))


def _fact_words(patterns: dict[str, Any]) -> dict[str, Optional[tuple[str, ...]]]:
    """For each ``Motions.find`` regex, words every match of it contains (None: no
    gate, as for an empty cue list, whose regex matches anywhere): its cues, "moved"
    ("moved and seconded by"), "seconded" ("A moved, seconded by B"), an "against"
    word or "vote" (the three vote shapes), its outcome words; and under "any", words
    one of which every match of any of them contains, plus "/" (the plural slash pair,
    which ``find`` tries without a word gate)."""
    outcomes = {name: ws for name, ws in patterns.get("outcomes", {}).items() if ws}
    phrases: dict[str, list[str]] = {
        "both": ["moved"],
        "mover": patterns.get("mover_cues", []),
        "moved_comma": ["seconded"],
        "seconder": patterns.get("seconder_cues", []),
        "against": patterns.get("vote_words", {}).get("against", []),
        "vote": ["vote"],
        "tally": patterns.get("tally_verbs", []),
        "ayes": patterns.get("vote_words", {}).get("for_counts", []),
        "seconded_subject": ["seconded", "supported", "2nd", "second"],
        "for_only": [w for w in patterns.get("vote_words", {}).get("for", []) if " " in w],
        **{"outcome " + name: ws for name, ws in outcomes.items()},
    }
    if patterns.get("unanimous_member_nouns"):  # "All commissioners were in favor" (``Motions._all_favour``)
        phrases["all_favour"] = ["in favor", "in favour"]
    gates = {name: necessary_words(ws) for name, ws in phrases.items()}
    every = [w for ws in phrases.values() for w in ws]
    gates["any"] = necessary_words(every) if all(g is not None for g in gates.values()) else None
    if gates["any"] is not None:  # the plural slash pair ("Crs Rakena/Ihaka") is read with no cue word of its own
        gates["any"] = tuple(sorted({*gates["any"], "/"}))
    return gates
