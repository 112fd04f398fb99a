"""Resolutions, their labels, and how they were decided.

Four shapes of decision are read, in this order, each skipping text an earlier one
already claimed:

1. blocks after a trigger ("RESOLVED –", "Decision:", "Agreed"), split into labelled
   clauses ((1), (a), 1., "- 1)") or taken whole;
2. ModernGov decision notices ("91/2009 The Cabinet recommended ...");
3. clauses printed without their trigger (exports often drop the bold "RESOLVED"):
   a "That ... be ..." line, or the line after "Proposed by A, seconded by B";
4. motions and decisions in the minutes' own words ("Cllr A proposed that ...",
   "It was agreed that ...", "were agreed as an accurate record").

The mover, seconder, outcome and votes come from ``motions.Motions``.

Speed: most lines and sentences hold none of the words these regexes need, so each
reader first asks ``word_gate`` (one ``str.find`` per word and document) and runs its
regexes only where such a word occurs; the output is the same as scanning everywhere.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import spans as S
from .claims import Claimed
from .fuller_names import fuller_name, meeting_registry, strip_lead
from .initials import Initials
from .mentions import person_at
from .titled_names import registry_name
from .motions import Head, Motion, Motions, NameHit
from .office_lines import OfficeLines
from .run_in_results import RunInResults
from .mover_speakers import add_mover_speaker, title_words
from .patterns import PatternComponent, alternation, default_patterns
from .record_clause import MotionRecordTrim
from .roles import check_mode, mode_config, units_near
from .sentences import sentences
from .text_lines import LIST_ENTRY, continues_on_next_line, line_ranges, trim
from .text_regions import item_regions, minutes_start
from .titles import Titles
from .word_gate import Gate, first_pieces, necessary_words

# a mover printed as initials ("RW", "IMK", "AHol"); Initials says whom they stand for
_INITIALS_NAME = re.compile(r"[A-Z][A-Z][A-Za-z]{0,3}")
# per Doc: meeting index -> its Initials (movers are resolved one at a time)
_INITIALS: "weakref.WeakKeyDictionary[Doc, dict[int, Initials]]" = weakref.WeakKeyDictionary()
_NAMERS: "weakref.WeakKeyDictionary[Doc, Any]" = weakref.WeakKeyDictionary()
# "... approved. MM, AS" / "... Agreed. AB/CD": a proposer's and seconder's initials ending the decision's line
_INITIALS_PAIR = re.compile(r"[ \t]*[.,;–-]?[ \t]*(?:(?:Agreed|AGREED|Carried|CARRIED)[ \t]*[.,:]?[ \t]*)?"
                            r"(?P<m>[A-Z][A-Z]{1,3})[ \t]*[,/&][ \t]*(?P<s>[A-Z][A-Z]{1,3})[ \t]*\.?[ \t]*(?=\n|$|\d{1,2}\.[ \t])")
# "Motion: move to approve the agenda. Hocker, Graziano. Approved.": a sentence of two surnames after a motion
_SURNAME_PAIR = re.compile(r"[ \t]*(?P<m>[A-Z][a-z][\w’'\-]+)[ \t]*[,/&][ \t]*(?P<s>[A-Z][a-z][\w’'\-]+)[ \t]*\.?[ \t]*")
_NOMINATION_WORDS = ("proposed", "nominated", "PROPOSED", "NOMINATED")  # what ``_nominated`` needs, as it is written
_THAT_CLAUSE = re.compile(r"\b(?:that|THAT)[ \t]+(?=\S)")  # the clause an outcome sentence may state
_LABEL = re.compile(
    r"(?:[-•·*][ \t]*)?(?:\((?P<a>\d{1,2}|[a-z]|[ivx]{1,4})\)|(?P<b>\d{1,2}|[a-z]|[ivx]{1,4})[.)])[ \t]+"
)
_BULLET = re.compile(r"[·•*▪●◦‣\-–][ \t]+")
_INLINE_LABEL = re.compile(r"(?:^|(?<=[\s,;]))\((?P<l>\d{1,2}|[a-z]|[ivx]{1,4})\)[ \t]+")
# "1. That the report be noted. 2. That the plan be approved." run together on one line
_INLINE_NUMBERED = re.compile(r"(?<![^\s])(?P<l>\d{1,2})[.)][ \t]+(?=(?:That|THAT)\b)")
_DECISION_NOTICE = re.compile(r"(?m)^[ \t]*(?P<label>\d{1,4}/\d{4})[ \t]+(?=[A-Z])")
_TRAILING = re.compile(r"(?:[\s,;:.\-–]|\band\b|\bor\b|\bwith\b)+$")
_WORD = re.compile(r"[A-Za-z]{2,}")
_LOWER = re.compile(r"[a-z]")
# "S Vane:" / "S. Vane -": a candidate's initials and surname heading an election record line
_CANDIDATE_HEAD = re.compile(r"[ \t]*(?:[A-Z]\.?[ \t]*){1,2}[ \t]+[A-Z][a-z][\w’'-]+[ \t]*[:–—-][ \t]*")
_ROLL_LEAD_END = re.compile(r"[ \t]*(?:was[ \t]+taken)?[ \t]*[:\-–—.]?")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# compiled once here: a pattern string passed to re.sub/search is looked up in re's cache on every call
_OPENS_LIST = re.compile(r"(?::|:\s*-|\s-)$")
_BE = re.compile(r"\bbe\b")
_INTRO_END = re.compile(r"[:\-–]\s*$")
_GLUE = re.compile(r"\b(?:it|was|and|this|the|motion|recommendation|were|is)\b", re.I)
_SPACES = re.compile(r"\s+")
_LEAD_BULLET = re.compile(r"^[·•*▪●◦‣\-–]\s+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
_IT_WAS_LEAD = re.compile(r"^(?:[A-Z][\w ]{0,30},\s*)?it\s+was\s+(?:[\s,]|and\b|resolved\b|agreed\b)*(?:that\b\s*)?", re.I)
# GUIDELINES "A clause that introduces a list": its text ends before the colon
_LIST_LEAD = re.compile(r"\b(?:the\s+following(?:\s+[\w-]+){0,3}|as\s+follows)\s*:")
_AGREED_LEAD = re.compile(r"^and\s+(?:(?:unanimously|duly)\s+)?(?:agreed|resolved|carried)\s*,?\s+(?:that\s+)?(?=\S)", re.I)
_MOVED_LEAD = re.compile(r"^(?:[Ii]t\s+was\s+)?(?:[Mm]oved|[Pp]roposed)\s+(?:that|THAT)\s+")
_SPACE_BEFORE_STOP = re.compile(r"\s+([,.;])")
_QUOTED = re.compile(r"[\"“](?P<q>[^\"“”]+?)[.]?[\"”]\.?")
_WORDS = re.compile(r"\w+")


@dataclass
class Found:
    """One resolution before it becomes a span."""

    start: int
    end: int
    label: Optional[str]
    text: str
    motion: Motion
    by_model: bool = False  # found because the classifier called the unit a resolution


class ResolutionsComponent(PatternComponent):
    def __init__(self, nlp, name: str, patterns: dict[str, Any], mode: str = "rules",
                 model_threshold: float = 0.5) -> None:
        self.mode = check_mode(name, mode)
        self.model_threshold = model_threshold
        super().__init__(nlp, name, patterns)

    def compile(self) -> None:
        p = self.patterns
        self.motions = Motions(p)
        self._motion_trim = MotionRecordTrim()
        # the speakers' title lexicon: which words before a mover's surname are titles
        self._titles = Titles(default_patterns("minutes_speakers"))
        self._name_skip = title_words(self._titles)
        self._name_honorifics = frozenset(h.rstrip(".") for h in p.get("honorifics", []))
        self._title_words: dict[str, str] = dict(p.get("title_abbreviations", {}))
        self._title_abbr = re.compile(rf"(?P<t>{alternation(list(self._title_words))})\.?[ \t]+(?=[A-Z])") \
            if self._title_words else None
        self._not_movers = frozenset(p.get("not_movers", []))
        leads = alternation(p.get("speech_list_leads", []))
        self._speech_lead = re.compile(rf"(?i:{leads})[^\n]{{0,40}}:[ \t]*$") if leads else None
        self._role_words = frozenset(r.casefold() for r in p.get("role_movers", []))
        under = alternation(p.get("record_under_openers", []))
        self._under_opener = re.compile(rf"[ \t]*(?:{under})\b") if under else None
        pre_words = alternation(p.get("preamble_openers", []))
        self._preamble = re.compile(rf"[ \t]*(?:{pre_words})\b") if pre_words else None
        triggers = alternation(p.get("triggers", []))
        prefixes = alternation(p.get("trigger_prefixes", []))
        # "RESOLVED UNANIMOUSLY:", "Agreed by a majority -" (only before a colon or dash)
        suffixes = alternation(p.get("trigger_suffixes", [])) or "(?!)"
        # "The recommendations were agreed unanimously": the outcome word is not the decision's text
        self._outcome_word_tail = re.compile(rf"[\s,]+(?:{suffixes})\W*$")
        caps_tail = alternation(p.get("outcome_caps_tail", [])) or "(?!)"
        self._outcome_caps_tail = re.compile(rf"[\s,]+(?:{caps_tail})(?:[ \t:]+[A-Z]{{2,}}\.?|[ \t:]+\d+[ \t]*[-/][ \t]*\d+)?\W*$")
        self._trigger = re.compile(
            rf"(?m)(?:^[ \t]*(?:[-•·*][ \t]*)?(?:\d{{1,3}}(?:\.\d+)*\.?[ \t]+)?|[–—-][ \t]+|(?P<mid>(?<=[.!?])[ \t]+)"
            rf"|(?P<coded>(?<=\d/\d{{4}})[ \t]+)"
            rf"|(?P<and>(?<=[ \t]and)[ \t]+))"
            rf"(?:(?P<pre>{prefixes})[ \t]+)?(?P<t>{triggers})(?![\w(])"
            rf"(?:[ \t]+(?P<adv>{suffixes})(?=[ \t]*[:–—-])|[ \t]*\((?P<badv>{suffixes})\)(?=[ \t]*[:–—-]))?"
            # "RESOLVED, that the Board ...": a comma before "that" separates as a colon would
            rf"[ \t]*(?P<sep>[:–—-]+|,(?=[ \t]*(?:that|That|THAT)\b))?[ \t]*"
        )
        # where a trigger match can start: its trigger word, or up to this many line
        # breaks before it inside a prefix ("It\nwas RESOLVED"); None: anywhere
        self._trigger_gate = Gate(first_pieces(p.get("triggers", [])))
        self._trigger_word = re.compile(alternation(p.get("triggers", [])) or "(?!)")
        pre = p.get("trigger_prefixes", [])
        self._prefix_gaps = None if any("\n" in w for w in pre) else max((w.count(" ") for w in pre), default=0)
        self._that = re.compile(rf"(?:{alternation(p.get('that_words', ['That']))})\b[ \t]*[,:]?[ \t]*")
        self._that_line = re.compile(r"(?:T[ \t]?H[ \t]?A[ \t]?T|That|THAT)[ \t]+\S+(?:[ \t]+\S+){3,}")
        self._decides = re.compile(rf"\b(?:{alternation(p.get('clause_verbs', ['be']))})\b")
        # "That the library open on Saturdays": a bare (subjunctive) verb after the subject,
        # or a modal and a word, when no listed clause verb is there
        narration = alternation(p.get("narration_verbs", [])) or "(?!)"
        not_verbs = alternation(p.get("bare_clause_not_verbs", []) + p.get("narration_verbs", [])) or "(?!)"
        followers = alternation(p.get("bare_clause_followers", [])) or "(?!)"
        modals = alternation(p.get("bare_clause_modals", [])) or "(?!)"
        self._bare_clause = re.compile(
            r"(?:T[ \t]?H[ \t]?A[ \t]?T|That|THAT)[ \t]*[,:]?[ \t]+(?:[Tt]he[ \t]+|[Tt]his[ \t]+|[Aa]ll[ \t]+)?"
            rf"[A-Za-z][\w.’'&-]*(?:[ \t]+(?!(?:{narration})\b|[a-z]+ed\b)[A-Za-z][\w.’'&-]*){{0,3}}?[ \t]+"
            rf"(?:(?:{modals})[ \t]+[a-z]{{2,}}\b|(?!(?i:{not_verbs})\b)[a-z]{{2,}}(?<!s)(?<!ed)(?<!ing)[ \t]+(?:{followers})\b)")
        self._narrates = re.compile(r"(?:T[ \t]?H[ \t]?A[ \t]?T|That|THAT)\s+(?:(?:is|it|this|these|those|we|I|there)\b|(?:\S+\s+){0,6}?(?:was|were|had|has|did)\b)")
        self._narrates_clause = re.compile(r"\b(?:was|were|had|has|have|is|could|might|would)\b")
        self._list_verb = re.compile(
            r"\b(?:be|includes?|are\s+\w+ed|notes?|approves?|agrees?|requests?|endorses?|supports?|receives?|asks?)\b")
        self._stop = re.compile(rf"^[ \t]*(?:{alternation(p.get('stop_lines', []))})", re.I)
        self._agenda = re.compile(rf"^[ \t]*(?:{alternation(p.get('agenda_openers', []))})\b")
        bodies = alternation(p.get("decision_bodies", []))
        body_verbs = alternation(p.get("body_decision_verbs", []))
        it_verbs = alternation(p.get("it_was_verbs", []))
        rec_words = alternation(p.get("record_words", []))
        rec_verbs = alternation(p.get("record_verbs", []))
        passive = alternation(p.get("passive_decisions", []))
        objects = alternation(p.get("decision_objects", []))
        bare = alternation(p.get("bare_decision_objects", ["minutes"]))
        leads = alternation(p.get("lead_in_words", [])) or "(?!)"
        caps = alternation(p.get("capital_decision_verbs", [])) or "(?!)"
        # "A recorded vote was taken:" between a motion and its counts
        self._vote_intro = re.compile(rf"\b(?:{alternation(p.get('vote_intros', [])) or '(?!)'})\b", re.I)  # "Upon a vote being taken, the ..."
        openers = p.get("subjectless_openers", [])
        open_caps = p.get("subjectless_caps", [])
        consensus = p.get("consensus_words", [])
        extra_cues = alternation(openers + open_caps + consensus) or "(?!)"
        self._own_cue = re.compile(
            rf"\b(?:{rec_verbs}|{body_verbs}|{it_verbs}|{passive}|{caps}|{extra_cues}|proposed|nominated|moved|seconded|elected|appointed|declared|record|motion|motioned)\b", re.I)
        cue_lists = [p.get(k, []) for k in ("record_verbs", "body_decision_verbs", "it_was_verbs", "passive_decisions")]
        # words an ``_own_cue`` match contains (no gate when a list is empty: the cue then matches anywhere)
        self._own_gate = Gate(necessary_words(
            [w for ws in cue_lists for w in ws] + list(p.get("capital_decision_verbs", [])) + openers + open_caps + consensus
            + ["proposed", "nominated", "moved", "seconded", "elected", "appointed", "declared", "record", "motion", "motioned"]
        ) if all(cue_lists) else None)
        # "Received and accepted the financial statement", "Voted to accept ...": the body left
        # out; "ADOPTED ordinance ...", "AUTHORIZED the Clerk to ...": the verb in capitals
        self._subjectless = re.compile(
            rf"^(?:\d{{1,3}}(?:\.\d+)*\.?[ \t]+)?(?:(?:{alternation(openers) or '(?!)'})[ \t]+(?:(?:the|a|an|to|that|all)\b|(?<=to[ \t])[a-z]{{2,}})"
            rf"|(?:{alternation(open_caps) or '(?!)'})[ \t]+(?=[A-Za-z]))")
        # "It was the consensus of the Board to ...", "The consensus of Council was that ...",
        # "Consensus was to allow ...": a decision (the whole sentence is its text)
        self._consensus = re.compile(
            rf"^(?:\d{{1,3}}(?:\.\d+)*\.?[ \t]+)?(?:[Ii]t[ \t]+was[ \t]+(?:the[ \t]+)?|(?:The|A)[ \t]+)?(?i:{alternation(consensus) or '(?!)'})"
            rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w&’'-]+[ \t]+){{0,3}}?(?:{bodies}))?,?[ \t]+(?:was[ \t]+|is[ \t]+)?(?:to|that)\b")
        self._record = re.compile(
            rf"\b(?:be|been|were|was|are|is)\s+(?:[\w,]+\s+){{0,6}}?(?:{rec_verbs})\b[^.\n]{{0,80}}?\bas\s+(?:an?\s+)?(?:{rec_words})",
            re.I,
        )
        self._it_was = re.compile(rf"\b[Ii]t\s+was\s+(?:{it_verbs})\b(?P<rest>\s*(?:that\b|to\b|:|,|-)?)")
        # "The Committee RESOLVED to ...": the verb in any case
        # "Members NOTED the report": a verb printed in capitals is the formal decision
        # (pattern data, matched as printed); the body may then stand without an article
        # ... also "Council agreed to ...", "Trustees agreed ...": the body opening the sentence
        self._body = re.compile(
            rf"^(?:(?:(?:The|This|the|All)\s+(?:[\w&’'-]+\s+){{0,4}}?|(?=[A-Z]))(?:{bodies})\s+(?:(?:has|have|had)\s+)?(?i:{body_verbs})"
            rf"|(?:(?:The|This|the)\s+(?:[\w&’'-]+\s+){{0,4}}?)?(?:{bodies})\s+(?:{caps}))\b(?!\s+with\b)"
        )
        # "The minutes of ... were approved, as written", also after an item number or a run-in
        # topic ("1955  Minutes of the meeting ... were approved and signed", "Minutes: Minutes
        # of the AGM were read, approved, and signed off"), and after a reading verb ("were
        # reviewed and accepted without dissent")
        # A heading-style record with no "were" ("Minutes of previous meeting agreed and
        # signed.") only when the sentence opens with a bare object and "of/from/for"
        # (``bare``) and the verb ends the clause ("Minutes of the Board agreed to ...": a
        # report of another body's decision; "Minutes approved on 11/13/2018": a stamp);
        # a date's dots ("held on 8.05.17") do not end the subject
        reading = alternation(p.get("reading_verbs", ["reviewed", "read", "considered"]))
        self._passive = re.compile(
            rf"^(?P<lead>(?:{leads})\b[^,.\n]{{0,60}},\s*|(?:\d{{1,4}}(?:\.\d+)*\.?[ \t]+)?(?:[A-Z][\w ]{{0,30}}:[ \t]+)?)?"
            rf"(?:(?:The|the)\s+(?:[\w&’'()/-]+\s+){{0,3}}?|(?=minutes\b|(?=(?-i:[A-Z]))(?:{bare})\b)"
            rf"(?:(?=(?:{objects})\s+(?:of|from|for)\b)(?P<bare>))?)(?:{objects})\b"
            rf"(?:[^.\n]|\.(?=\d)){{0,160}}?\b(?:(?P<aux>(?:was|were|be|is|are)\s+)|(?(bare)|(?!)))"
            rf"(?:duly\s+|unanimously\s+|formally\s+|then\s+|also\s+)?(?:(?:{reading})(?:\s*,|\s+and)\s+)?"
            rf"(?:{passive})\b(?(aux)|(?=\s*(?:[.,;]|$|(?:and|as|with|without|subject|unanimously)\b)))(?P<tail>[^.\n]{{0,120}})[.]?$",
            re.I,
        )
        hon = alternation(p.get("honorifics", []))
        # "The Clerk read apologies from A and B, which were accepted": the whole sentence decides
        which = alternation(p.get("which_decisions", [])) or "(?!)"
        # "Apologies were received from A and B. These were accepted.": a pronoun standing for
        # what the sentence before put to the meeting (the decision is the sentence itself)
        pronouns = alternation(p.get("pronoun_subjects", [])) or "(?!)"
        self._pronoun_passive = re.compile(
            rf"^(?:{pronouns})\s+(?:was|were|has\s+been|have\s+been)\s+(?:duly\s+|unanimously\s+|then\s+|also\s+)?(?!noted\b)(?:{passive})\b")  # "This was noted": in passing
        self._which = re.compile(rf",[ \t]*which[ \t]+(?:was|were)[ \t]+(?:duly[ \t]+)?(?:{which})[ \t]*[.]?[ \t]*$")
        offices = alternation(p.get("election_offices", [])) or "(?!)"
        # "A was elected ...", "A is elected as Treasurer", "With one nomination A was declared President",
        # "A re-elected as Chair unopposed"
        self._elected = re.compile(
            rf"(?:\d{{1,3}}\.?[ \t]+)?(?:With[ \t]+(?:only[ \t]+)?(?:one|a[ \t]+single)[ \t]+nomination(?:[ \t]+received)?,?[ \t]+)?"
            rf"(?:(?:{hon})\.?\s+)?(?:[A-Z][\w.’'\-]*\s+){{1,4}}(?:(?:was|were|is|are)\s+(?:duly\s+|unanimously\s+)?"
            # ... the verb left out, as club minutes do: "AV re-elected as chair uncontested"
            rf"|(?=(?:re-?)?elected\s+(?:as\b|unopposed\b|uncontested\b|unanimously\b|by\s+acclamation\b)))"
            rf"(?:(?:re-)?(?:elected|appointed)\b|declared\s+(?:(?:re-)?elected\b|(?:the\s+)?(?i:{offices})\b))")
        subjects, verbs = alternation(p.get("result_subjects", [])), alternation(p.get("result_verbs", []))
        self._result = re.compile(
            rf"[ \t]*(?:(?:{subjects})[ \t]+)?(?:(?:was|were|is|are|have[ \t]+been|has[ \t]+been)[ \t]+)?(?:duly[ \t]+)?(?:{verbs})"
            r"(?:[ \t]+as[ \t]+such)?[ \t]*[.!]?[ \t]*", re.I) if subjects and verbs else None
        asides = alternation(p.get("vote_asides", []))
        self._vote_aside = re.compile(
            rf"[ \t]*(?:{asides})(?:[ \t]+(?:on|of)[ \t]+the[ \t]+\w+)?[ \t]*[.]?[ \t]*", re.I) if asides else None
        # "Unanimously approved", "Motion carried", "APPROVED [UNANIMOUS]": a record that only reports a
        # vote (``_fold_results``); manners around the verb are pattern data
        manners = alternation(p.get("bare_result_manners", [])) or "(?!)"
        self._bare_result = re.compile(
            rf"\s*(?:(?:{manners})\s+)*(?:(?:{subjects})\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?"
            rf"(?:(?:{manners})\s+)*(?:{verbs})(?:\s*,?\s*(?:{manners}))*"
            r"(?:\s*,?\s*\(?\d{1,2}(?:[ \t]*[-–/][ \t]*\d{1,2}){1,2}\)?)?\s*[.!]?\s*", re.I) if subjects and verbs else None  # "Approved, 4-0-2"
        # "A proposed B as Chairman", "A nominated B for the position of Chair": an election's
        # proposal, its text the candidate and the office, its mover the subject (GUIDELINES "Elections")
        self._nominated = re.compile(
            rf"\b(?:proposed|nominated|PROPOSED|NOMINATED)[ \t]+(?P<cand>(?:(?:{hon})\.?[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-.]*){{0,3}}?)"
            rf"[ \t]+(?:as|for)[ \t]+(?:the[ \t]+(?:position|post|role|office)[ \t]+of[ \t]+)?(?:the[ \t]+)?(?P<office>(?i:{offices}))\b")
        consent = p.get("consent_list_intros", [])
        self._consent = re.compile(rf"\b(?:{alternation(consent)})\b", re.I) if consent else None
        self._office_lines = OfficeLines(p)  # "Treasurer: A re-elected unopposed" (GUIDELINES "Elections")
        self._run_in = RunInResults(p)  # "2. Minutes of last meeting. agreed"
        words = p.get("decision_line_words", [])
        self._decision_line = re.compile(rf"(?i:{alternation(words)})(?![\w])") if words else None
        self._decision_gate = Gate(necessary_words(words) if words else None)
        self._seconded_only = re.compile(r"\b(?:was|were)\s+(?:duly\s+)?seconded\b", re.I)  # "The motion was seconded"
        # "Motion seconded.", "B 2nd.", "Second: Mr. B", "B made the second.": a short sentence seconding the motion before
        self._unseconded = re.compile(rf"\b(?:{alternation(p.get('unseconded_phrases', [])) or '(?!)'})\b", re.I)
        self._seconding = re.compile(rf"\b(?:{alternation(p.get('seconding_words', [])) or '(?!)'})\b", re.I)
        self._outcome_tail = re.compile(
            r"(?:\s*(?:,|\b(?:and|this|which|it|was|were|then|duly|with|by|a|majority|vote|unanimously|carried|agreed|approved|accepted|resolved"
            r"|motion\s+(?:carried|carries|passed|passes))\b))+\W*$",
            re.I,
        )

    # -- entry point -----------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = S.doc_text(doc)
        for start, end in item_regions(doc):
            found: list[Found] = []
            used = Claimed()
            self._blocks(text, start, end, found, used)
            self._notices(text, start, end, found, used)
            lines = _lines(text, start, end)
            self._bare_clauses(text, lines, found, used)
            self._surname_heads(doc, text, lines, found, used)
            self._records_under(text, lines, found, used)
            self._headless_lists(text, lines, found, used)
            self._consent_lists(text, lines, found, used)
            self._election_lines(text, lines, found, used)
            for rs, re_ in self._run_in.find(text, lines):
                if not used.overlaps(rs, re_):
                    used.append((rs, re_))
                    found.append(Found(rs, re_, None, text[rs:re_], Motion()))
            if self._own_gate.hits(text).any_in(start, end):  # else no sentence can match: skip minutes_start too
                self._own_words(text, minutes_start(doc, text, start, end), end, found, used,
                                _heading_ranges(doc, start, end))
            if self.mode == "model":
                found, used = [], Claimed()
            for f in sorted(found, key=lambda f: f.start):
                self._surnames_after(doc, text, f)
                self._outcome_after(text, f, end, used)
            found = _fold_vote_reports(text, found)
            if self.mode != "model":
                found += self._decision_lines(doc, text, lines, used)
            if self.mode != "rules":
                more = self._from_model(doc, text, start, end, used)
                for f in more:
                    self._surnames_after(doc, text, f)
                    self._outcome_after(text, f, end, used)
                found += _fold_vote_reports(text, more)
            found = _dedupe(found)
            found = self._fold_results(text, found)
            self._decision_above_result(text, start, found, _heading_ranges(doc, start, end))
            for f in found:
                self._trailing_pair(text, f)
                self._initials_after(doc, text, f)
            self._pairs_above(text, start, found)
            for f in found:
                self._emit(doc, f)
        return doc

    def _outcome_after(self, text: str, f: Found, end: int, used: Claimed) -> None:
        """"... seconded by B. On being put to the vote the motion was lost by 3 votes
        to 7.": short sentences right after the decision that only report how it was
        decided: the seconder, an outcome, the counts (also a recorded vote's block of
        "For (2): ..." / "Against (3): ..." lines), and a lead-in ("A recorded vote was
        taken:") between them."""
        if f.motion.outcome or f.motion.votes:
            return
        skip = f.end
        for ss, se in sentences(text, f.end, min(end, f.end + 400)):
            if ss < skip:
                continue  # inside a vote block already read
            if se - ss > 200 or self._trigger.match(text, ss, se) or _LABEL.match(text, ss, se) \
                    or _overlaps(used, ss, se):
                return
            if self.motions.proposal(text, ss, se):
                return  # "Cllr A moved that the item be deferred.": another motion, not this one's outcome
            roll = self.motions.roll_call(text, ss, end)
            if roll is None:  # "Roll call vote: Ayes: A, B. Nays: C. Absent: D.": the block after its lead-in
                intro = self._vote_intro.match(text, ss, se)
                if intro is not None:
                    roll = self.motions.roll_call(text, _ROLL_LEAD_END.match(text, intro.end(), se).end(), end)
            if roll is not None:  # "Ayes – A, B, C" / "Nays – None" / "Absent – D"
                # "... Motion carried." after it; the rows' own words too ("Ayes: All" is unanimous)
                tail = self.motions.find(text, ss, _line_end(text, roll[0], end))
                f.motion = f.motion.merge(Motion(None, None, tail.outcome, roll[1]))
                used.append((ss, roll[0]))
                skip = roll[0]
                continue
            block = self.motions.vote_block_end(text, ss, end)
            mo = self.motions.find(text, ss, block or se)
            if (mo.outcome or mo.votes) and not (mo.mover or mo.seconder) and self._own_clause(text, ss, se):
                return  # "It was voted unanimously that B be co-opted.": a decision of its own, not this one's vote
            if (mo.outcome or mo.votes) and not (mo.mover or mo.seconder):
                f.motion = f.motion.merge(Motion(None, None, mo.outcome, mo.votes))
                used.append((ss, block or se))
                skip = block or se
            elif mo.seconder and not mo.mover and f.motion.mover and not f.motion.seconder:
                # "X proposed that ... . This was seconded by Y and carried unanimously."
                f.motion = f.motion.merge(Motion(None, mo.seconder, mo.outcome, mo.votes))
                used.append((ss, se))
            elif mo.mover and not mo.seconder and not (f.motion.mover or f.motion.seconder) \
                    and self._record_residue(text, ss, se, mo) < 3:
                # "MOTION: That ..." then "Moved by: A" / "Seconded by: B" / "VOTE: ...", a line
                # each: the record under the decision, when no decision follows the seconder
                sec = self._seconder_line(text, se, end)
                if sec is None or self._decision_follows(text, sec[1], end):
                    return
                f.motion = f.motion.merge(Motion(mo.mover, sec[2].seconder, mo.outcome or sec[2].outcome,
                                                 mo.votes or sec[2].votes))
                used.append((ss, sec[1]))
                skip = sec[1]
            elif mo.mover and mo.seconder and not (f.motion.mover or f.motion.seconder) \
                    and self._record_residue(text, ss, se, mo) < 3 and not self._decision_follows(text, se, end):
                # "RESOLUTION: That ..." then "Moved: Cr A Seconded: Cr B CARRIED: 5/0": the record
                # under the decision (not the one above the next decision)
                f.motion = f.motion.merge(Motion(mo.mover, mo.seconder, mo.outcome, mo.votes))
                used.append((ss, se))
            elif mo.empty() and (f.motion.mover or f.motion.seconder) and self._result is not None \
                    and self._result.fullmatch(text, ss, se):
                # "Minutes approved.", "This was approved as such.": the proposal's result, carried
                f.motion = f.motion.merge(Motion(None, None, "carried", None))
                used.append((ss, se))
                return
            elif mo.empty() and (_ASIDE.fullmatch(text, ss, se) or _SURNAME_PAIR.fullmatch(text, ss, se)):
                # (or "Hocker, Graziano.": who moved and seconded, read by ``_surnames_after``)
                continue  # "Five in Favor. (A absent). Motion Carried.": an aside between the counts and the result
            elif mo.empty() and self._vote_aside is not None and self._vote_aside.fullmatch(text, ss, se):
                continue  # "There was no discussion on the floor.": the vote after it is still this motion's
            elif mo.empty() and self._nameless_second(text, ss, se):
                used.append((ss, se))  # "Motion seconded." then "Vote: Aye 3, Nay 0. Motion carried."
                skip = se
                continue
            elif not (self._vote_intro.search(text, ss, se) and mo.empty()):
                return
            if f.motion.outcome and f.motion.votes:
                return

    def _fold_results(self, text: str, found: list[Found]) -> list[Found]:
        """"Adopt the bylaws." / "Proposed by: A" / "Unanimously approved.": a record that only
        reports a vote, right after a decision with only short sentences between, is that
        decision's outcome (an approving verb alone reports carried), not a second decision."""
        if self._bare_result is None or len(found) < 2:
            return found
        out: list[Found] = []
        for f in sorted(found, key=lambda f: f.start):
            prev = out[-1] if out else None
            if prev is not None and prev.end <= f.start and len(f.text) <= 60 \
                    and (self._bare_result.fullmatch(f.text) or _reports_vote(f.text)) \
                    and not (f.motion.mover and prev.motion.mover) and not (f.motion.seconder and prev.motion.seconder) \
                    and _only_short_sentences(text, prev.end, f.start):
                # "A made a motion to adjourn." / "B seconded the motion." / "The committee voted unanimously
                # to approve the motion.": the seconding read with the vote report is the motion's too
                prev.motion = prev.motion.merge(Motion(f.motion.mover, f.motion.seconder,
                                                       f.motion.outcome or "carried", f.motion.votes))
                continue
            out.append(f)
        return out

    def _decision_above_result(self, text: str, floor: int, found: list[Found],
                               headings: list[tuple[int, int]]) -> None:
        """"Purchase of a new boat." / "Proposed by: A" / "Seconded by: B" / "Unanimously
        approved.": a record whose text is only the vote report, with its mover or seconder
        lines right above it, decides the line above those (no blank line between), when
        that line is no heading and no other record's."""
        if self._bare_result is None:
            return
        for f in found:
            if not (f.motion.mover or f.motion.seconder) or len(f.text) > 60 or not self._bare_result.fullmatch(f.text):
                continue
            pos, above = f.start, None
            for _ in range(4):
                line = _line_above(text, pos)
                if line is None or line[0] < floor or text.count("\n", line[1], pos) > 1:
                    break
                mo = self.motions.find(text, line[0], line[1])
                if (mo.mover or mo.seconder) and self._record_residue(text, line[0], line[1], mo) < 3:
                    pos = text.rfind("\n", 0, line[0]) + 1
                    continue
                above = line
                break
            if above is None or pos == f.start:
                continue
            ls, le = above
            words = text[ls:le].rstrip(" .")
            if len(_WORD.findall(words)) < 3 or words.endswith(":") or any(a < le and ls < b for a, b in headings) \
                    or any(g is not f and g.start < le and ls < g.end for g in found):
                continue
            f.start, f.text = ls, _SPACES.sub(" ", words)

    def _record_after_words(self, text: str, ls: int, mo: Motion) -> bool:
        """"Finance – S Tutt: proposed A seconded B": a record after words and a dash or colon
        on its line belongs to those words (an office, a candidate), not to the line below; a
        label ("MOTION:") before the record still introduces the clause under it."""
        first = min((c[0] for c in mo.cut), default=ls)
        before = text[ls:first]
        words = _WORD.findall(before)
        return bool(words) and _ENDS_WITH_SEPARATOR.search(before) is not None \
            and not all(w.upper() in self._not_movers for w in words)

    def _initials_after(self, doc: Doc, text: str, f: Found) -> None:
        """"1. The minutes were approved. MM, AS" / "Agreed. AB/CD": two people's initials
        right after a decision, as club minutes print its proposer and seconder. Only when
        both stand for people of the meeting (their tags in the list, or the initials of
        one listed name each) and the decision names no mover yet."""
        if f.motion.mover or f.motion.seconder or f.end >= len(text) or text[f.end] not in ". \t,;–-":
            return
        m = _INITIALS_PAIR.match(text, f.end)
        if m is None:
            return
        meetings = list(S.spans(doc, S.MEETINGS))
        registry = meeting_registry(doc, f.end, meetings)
        if not registry:
            return
        tags = self._initials(doc, f.end, meetings, registry).tags
        if tags.get(m.group("m")) and tags.get(m.group("s")) and m.group("m") != m.group("s"):
            f.motion = f.motion.merge(Motion(NameHit(m.group("m"), m.start("m"), m.end("m")),
                                             NameHit(m.group("s"), m.start("s"), m.end("s"))))

    def _surnames_after(self, doc: Doc, text: str, f: Found) -> None:
        """"Motion: move to approve the agenda. Hocker, Graziano. Approved.": two surnames as a
        sentence of their own right after a motion are its mover and seconder, when both
        are people of the meeting and the motion names neither yet."""
        if f.motion.mover or f.motion.seconder or f.end >= len(text) or text[f.end] not in ". \t":
            return
        ls = text.rfind("\n", 0, f.start) + 1
        if not _MOTION_WORD.search(text, ls, f.end) and "move " not in text[ls:f.end]:
            return
        ns, ne = next(iter(sentences(text, f.end + (text[f.end] == "."), min(len(text), f.end + 80))), (f.end, f.end))
        m = _SURNAME_PAIR.fullmatch(text, ns, ne)
        if m is None or m.group("m") == m.group("s") \
                or registry_name(doc, m.group("m"), ns) is None or registry_name(doc, m.group("s"), ns) is None:
            return
        f.motion = f.motion.merge(Motion(NameHit(m.group("m"), m.start("m"), m.end("m")),
                                         NameHit(m.group("s"), m.start("s"), m.end("s"))))

    def _own_clause(self, text: str, ss: int, se: int) -> bool:
        """Whether the sentence states a decision clause of its own ("... that B be
        co-opted"), so that it reports more than a vote."""
        m = _THAT_CLAUSE.search(text, ss, se)
        return m is not None and self._decides.search(text, m.end(), se) is not None

    def _trailing_pair(self, text: str, f: Found) -> None:
        """"Moved that the payments be approved – Ana/Ben, carried." and "It was moved that
        the report be received. Ana Lobo/Ben Rudd": club minutes print the mover and the
        seconder as a slash pair at the end of the motion's line. Only for a motion (its
        line says "moved", "proposed" or "motion") with no mover yet; the pair leaves the text."""
        le = text.find("\n", f.end)
        le = len(text) if le < 0 else le
        if f.motion.mover or f.motion.seconder or "/" not in text[f.start:le]:
            return
        ls = text.rfind("\n", 0, f.start) + 1
        m = _TRAILING_PAIR.search(text, max(ls, f.start - 200), le)
        if m is None or not _MOTION_WORD.search(text, ls, m.start()) \
                or any(w.endswith(_NOT_NAME_ENDINGS) for w in (m.group("m") + " " + m.group("s")).split()):
            return
        f.motion = f.motion.merge(Motion(NameHit(m.group("m"), m.start("m"), m.end("m")),
                                         NameHit(m.group("s"), m.start("s"), m.end("s"))))
        i = f.text.rfind(m.group("m") + "/")
        if i < 0:
            i = f.text.rfind(m.group("m"))
        if i > 0 and m.group("s").split()[0] in f.text[i:]:
            f.text = f.text[:i].rstrip(" \t–—-,.")

    def _seconder_line(self, text: str, pos: int, end: int) -> Optional[tuple[int, int, Motion]]:
        """The next sentence after ``pos`` when it only names a seconder ("Seconded by: B",
        "Seconder: B (id)"), with its outcome if printed: (start, end, motion)."""
        for ss, se in sentences(text, pos, min(end, pos + 300)):
            mo = self.motions.find(text, ss, se)
            if mo.seconder and not mo.mover and self._record_residue(text, ss, se, mo) < 3:
                return ss, se, mo
            return None
        return None

    def _record_residue(self, text: str, s: int, e: int, mo: Motion) -> int:
        """``_residue`` without the outcome words ("..., seconded by B, all in favour")
        and bracketed user ids ("Moved by: A (ab123)"): the words a motion record line holds
        besides its facts."""
        rest = _BRACKETED.sub(" ", _cut(text, s, e, mo.cut))
        for _, pat in self.motions.outcome_patterns:
            rest = pat.sub(" ", rest)
        return len(_WORD.findall(rest)) - len(_GLUE.findall(rest))

    def _emit(self, doc: Doc, f: Found) -> None:
        m = f.motion
        mover, seconder = self._person(doc, m.mover), self._person(doc, m.seconder)
        for hit, name in ((m.mover, mover), (m.seconder, seconder)):
            if hit is not None:  # the guidelines make both speakers in the item
                add_mover_speaker(doc, hit.start, hit.end, name, self._titles, self._name_skip,
                                  lambda n: self._mover_role(doc, n))
        S.add_span(doc, S.RESOLUTIONS, f.start, f.end, "resolution", {
            "label": f.label,
            "text": self._motion_trim.strip(f.text),
            "mover": mover,
            "seconder": seconder,
            "outcome": m.outcome,
            "votes": m.votes,
            "by_model": f.by_model,
        })

    def _person(self, doc: Doc, hit: Optional[NameHit]) -> Optional[str]:
        """The people component's name at the hit, else the meeting registry's one person
        with the hit's surname ("Moved: Cr. Pellow" -> the list's "Cr. Tony Pellow"),
        else the name as printed, a short title written out ("Tr. Quist" -> "Trustee
        Quist", pattern data), since no list says which title "Tr." stands for."""
        if hit is None:
            return None
        found = person_at(doc, hit.start, hit.end) or registry_name(doc, hit.text, hit.start) \
            or self._given_name(doc, hit.text, hit.start) or self._role_holder(doc, hit.text, hit.start)
        if found:
            words = found.split()
            while len(words) > 1 and words[-1] in self.motions.stop:
                words.pop()  # "Ron Avery Seconded" read off a flattened "Moved by ... Seconded by ..." line
            return self._fuller(doc, " ".join(words), hit.start)
        m = self._title_abbr.match(hit.text) if self._title_abbr is not None else None
        if m:
            return self._fuller(doc, f"{self._title_words[m.group('t')]} {hit.text[m.end():]}", hit.start)
        return self._fuller(doc, hit.text, hit.start)

    def _mover_role(self, doc: Doc, name: str) -> Optional[str]:
        """The role a mover printed without a title has as a speaker: the member title of
        the list heading they are under ("Councillors:" over one name a line, "Trustees:
        Ann Lee, Bo Ray"), as the speakers component gives it."""
        if self.nlp is None or "minutes_speakers" not in self.nlp.pipe_names:
            return None
        if doc not in _NAMERS:  # one naming per Doc: its list headings are read once
            _NAMERS[doc] = self.nlp.get_pipe("minutes_speakers").doc_names(doc).names
        return _NAMERS[doc].heading_role(name)

    def _fuller(self, doc: Doc, name: str, pos: int) -> str:
        """The meeting list's fuller form of a short mover name ("Trustee Quill" -> the
        list's "Tansy Quill"; initials "TQ" -> the one person they spell, or whose tag they
        are), else the name (``fuller_names``)."""
        meetings = list(S.spans(doc, S.MEETINGS))
        registry = meeting_registry(doc, pos, meetings)
        if not registry:
            return name
        name = strip_lead(name, self._titles)
        if _INITIALS_NAME.fullmatch(name):
            return self._initials(doc, pos, meetings, registry).tags.get(name) or name
        return fuller_name(name, registry, self._titles, self._name_honorifics)

    def _initials(self, doc: Doc, pos: int, meetings: list[Any], registry: list[dict[str, Any]]) -> Initials:
        """The tag reader of the meeting at ``pos`` (built once per meeting and Doc)."""
        k = next((i for i, m in enumerate(meetings) if m.start_char <= pos < m.end_char), 0)
        got = _INITIALS.setdefault(doc, {})
        if k not in got:
            text = S.doc_text(doc)
            lo, hi = (meetings[k].start_char, meetings[k].end_char) if k < len(meetings) else (0, len(text))
            got[k] = Initials(text, lo, hi, [e["name"] for e in registry if e.get("name")])
        return got[k]

    def _role_holder(self, doc: Doc, printed: str, pos: int) -> Optional[str]:
        """The registry's one holder of a role printed as the mover ("Moved by the Mayor"
        -> the list's "Mayor Hamish Quell"): the guidelines give the holder's name when the
        document names them, the role only when it never does. None unless exactly one."""
        role = re.sub(r"^(?:the|The)\s+", "", printed.strip()).casefold()
        if not role or role not in self._role_words:
            return None
        regs = getattr(doc._, "minutes_registry", None) or []
        k = next((i for i, m in enumerate(S.spans(doc, S.MEETINGS)) if m.start_char <= pos < m.end_char), 0)
        registry = regs[k] if k < len(regs) else (regs[0] if regs else [])
        names = {e["name"] for e in registry if e.get("name") and len(e["name"].split()) >= 2
                 and any(r.casefold() == role for r in e.get("roles") or [])}
        return names.pop() if len(names) == 1 else None

    def _given_name(self, doc: Doc, printed: str, pos: int) -> Optional[str]:
        """The registry's full name for a given name printed alone ("Mike/Wim, carried",
        "Motion by Duncan"): the one person of the meeting with that first name (guidelines:
        first names in the body become the list's full name). None unless exactly one."""
        if not re.fullmatch(r"[A-Z][a-z][\w’'\-]*", printed):
            return None
        regs = getattr(doc._, "minutes_registry", None) or []
        names: set[str] = set()
        for reg in regs:
            for entry in reg:
                # "Commissioner Ada Penn" is the "Ada" of a motion: member titles and offices are no given name
                bare = self._titles.split(entry.get("name") or "")[1]
                words = [w for w in bare.split() if w.rstrip(".") not in self.motions.honorifics]
                if len(words) >= 2 and words[0] == printed:
                    names.add(entry["name"])
        return names.pop() if len(names) == 1 else None

    # -- 1. trigger blocks -----------------------------------------------------
    def _blocks(self, text: str, start: int, end: int, found: list[Found], used: Claimed) -> None:
        for m in self._triggers(text, start, end):
            if _overlaps(used, m.start(), m.end()):
                continue
            line_end = _line_end(text, m.end(), end)
            # "65/2018 RESOLVED (A Smith/B Jones) Carried (a) That ...": mover/seconder in brackets
            # "RESOLVED [37/22] (Hale/Tran) that ...": the resolution's code in square brackets first
            code = _BRACKET_CODE.match(text, m.end(), line_end) if not m.group("sep") else None
            # "Resolved: (Crs Hale/Tran) THAT ...": the pair in brackets after the colon as well
            pair = _BRACKET_PAIR.match(text, code.end() if code else m.end(), line_end)
            if code and not pair:
                code = None
            if pair is None and "/" in text[m.end():line_end]:
                # "Resolved: Hale/Tran" alone on its line, the clause on the next: mover/seconder
                pair = _LINE_PAIR.fullmatch(text, m.end(), line_end)
            after = pair.end() if pair else m.end()
            nxt = _CODED.search(text, after, line_end) if m.group("coded") else None
            if nxt:  # the next coded decision printed on the same line
                line_end = nxt.start()
            rest = text[after:line_end].strip()
            if rest and not (m.group("sep") or self._that.match(rest) or _LABEL.match(rest)):
                continue  # "Agreed" opening an ordinary sentence, "Decision details"
            if (m.group("mid") or m.group("coded")) \
                    and not ((m.group("sep") and m.group("t").isupper()) or self._that.match(rest)
                             or (m.group("coded") and _LABEL.match(rest))):
                continue  # mid-line only "... noted. RESOLVED: That ..." or "... lists. Resolved that ..."
            if m.group("and") and not (m.group("t").isupper() and (m.group("sep") or self._that.match(rest))):
                continue  # "... considered the report and RESOLVED: ..." / "and AGREED that ...", in capitals only
            body = self._first_line(text, after, line_end, end)
            if body is None:
                continue
            motion = self.motions.find(text, m.start(), after)
            if pair:
                motion = motion.merge(Motion(NameHit(pair.group("m"), pair.start("m"), pair.end("m")),
                                             NameHit(pair.group("s"), pair.start("s"), pair.end("s"))))
            before = self._motion_before(text, start, m.start(), used)
            clauses, block_end = self._clauses(text, body, end)
            if not clauses:
                continue
            used.append((m.start(), block_end))
            agreed = m.group("t").lower() == "agreed"
            for cs, ce, label in clauses:
                inner = self.motions.find(text, cs, ce)
                mo = inner.merge(motion).merge(before)
                if agreed and (mo.mover or mo.seconder) and not mo.outcome:
                    mo.outcome = "carried"  # "Proposed by A / Seconded by B / AND AGREED": the proposal was carried
                found.append(Found(cs, ce, label or (code.group("code") if code else None),
                                   self._clean(text, cs, ce, inner), mo))

    def _triggers(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """``self._trigger.finditer(text, start, end)``, without scanning text that
        holds no trigger word: each search starts on the line where a match holding
        the next trigger word (as printed) could begin, and none runs once no trigger
        word is left."""
        hits = self._trigger_gate.hits(text)
        if not hits.gated:
            yield from self._trigger.finditer(text, start, end)
            return
        pos = start
        while True:
            h = hits.first_in(pos, end)
            while h is not None and not self._trigger_word.match(text, h):
                h = hits.first_in(h + 1, end)  # the word in lower case ("it was agreed"): no trigger
            if h is None:
                return
            m = self._trigger.search(text, max(pos, self._match_floor(text, h)), end)
            if m is None:
                return
            yield m
            pos = m.end()

    def _match_floor(self, text: str, pos: int) -> int:
        """Where a trigger match whose trigger word starts at ``pos`` can begin at the
        earliest: the start of its line, or of an earlier line when a multi-word prefix
        may run over line breaks (each break sits in one gap between its words)."""
        if self._prefix_gaps is None:
            return 0
        ls = text.rfind("\n", 0, pos) + 1
        for _ in range(self._prefix_gaps):
            k = ls - 1  # the line break; back over the whole blank run it sits in
            while k > 0 and text[k - 1].isspace():
                k -= 1
            if k <= 0:
                return 0
            ls = text.rfind("\n", 0, k) + 1
        return ls

    def _first_line(self, text: str, pos: int, line_end: int, end: int) -> Optional[tuple[int, int]]:
        if text[pos:line_end].strip():
            return trim(text, pos, line_end)
        for ls, le in line_ranges(text, line_end, end):
            if self._stop.match(text[ls:le]) or self._trigger.match(text, ls, le):
                return None  # a heading over its own trigger ("Decision:" then "RESOLVED: That ..."): that one reads it
            return ls, le
        return None

    def _clauses(self, text: str, first: tuple[int, int], end: int) -> tuple[list[tuple[int, int, Optional[str]]], int]:
        """Labelled clauses of a block starting at line ``first``; the block's end."""
        fs, fe = first
        line = text[fs:fe]
        if _LABEL.match(line) or _INLINE_LABEL.match(line):
            out = self._split_inline(text, fs, fe)
            more, stop = self._following(text, fe, end, bullets=False)
            return out + more, stop
        if _BULLET.match(line):
            # "Agreed:" over bulleted clauses ("• to note the report;"): one decision a bullet
            return self._following(text, fs, end, bullets=True)
        content = line[self._that.match(line).end():] if self._that.match(line) else line
        if _OPENS_LIST.search(line.strip()) or not content.strip():  # or a bare "That" line
            head = content.strip().rstrip(":- ").strip()
            more, stop = self._following(text, fe, end, bullets=True)
            if not more:
                return [(fs, fe, None)], fe
            if _BE.search(head) or len(head.split()) > 12:
                return [(fs, fe, None)], stop  # "be APPROVED subject to the following conditions:"
            return more, stop
        return [(fs, fe, None)], fe

    def _split_inline(self, text: str, fs: int, fe: int) -> list[tuple[int, int, Optional[str]]]:
        m = _LABEL.match(text, fs, fe)
        if m and not _INLINE_LABEL.match(text, fs, fe):
            marks = [mk for mk in _INLINE_NUMBERED.finditer(text, fs, fe)
                     if mk.start() == fs or text[mk.start() - 2:mk.start()].rstrip() in (".", ";")]
            if len(marks) < 2 or [mk.group("l") for mk in marks] != [str(k) for k in range(1, len(marks) + 1)]:
                return [(fs, fe, m.group("a") or m.group("b"))]
        else:
            marks = list(_INLINE_LABEL.finditer(text, fs, fe))
        out = []
        for i, mk in enumerate(marks):
            ce = marks[i + 1].start() if i + 1 < len(marks) else fe
            out.append((*trim(text, mk.start(), ce), mk.group("l")))
        return out

    def _following(self, text: str, pos: int, end: int, bullets: bool) -> tuple[list[tuple[int, int, Optional[str]]], int]:
        out: list[tuple[int, int, Optional[str]]] = []
        stop = pos
        for ls, le in line_ranges(text, pos, end):
            line = text[ls:le]
            if self._stop.match(line):
                break
            m = _LABEL.match(line)
            label = (m.group("a") or m.group("b")) if m else None
            prev = next((c[2] for c in reversed(out) if c[2]), None)
            if m and (prev is None or label in _successors(prev)):
                out.append((ls, le, label))
            elif bullets and _BULLET.match(line):
                out.append((ls, le, None))
            else:
                break
            stop = le
            if len(out) > 40:
                break
        return out, stop

    def _motion_before(self, text: str, floor: int, pos: int, used: Claimed) -> Motion:
        """Motion words on the two lines before a trigger ("Proposed by ..., and")."""
        out = Motion()
        lines = [r for r in line_ranges(text, max(floor, pos - 800), pos) if not self._is_preamble(text, *r)]
        prev = lines[-2:]
        taken = 0
        for n, (ls, le) in enumerate(prev):
            if _overlaps(used, ls, le) or self._trigger_word.search(text, ls, le):
                continue  # claimed, or a line with its own decision ("..., and RESOLVED by 5 votes to 2 that ...")
            mo = self.motions.find(text, ls, le)
            if not (mo.mover or mo.seconder):
                mo = mo.merge(self._proposer(text, ls, le))
            if not (mo.mover or mo.seconder) and n == len(prev) - 1:
                mo = mo.merge(self.motions.pair_line(text, ls, le))
            # a counted vote on the line just before ("... declared CARRIED (9 for, 2 against)") also belongs
            if mo.mover or mo.seconder or (mo.votes and n == len(prev) - 1):
                out = out.merge(mo)
                used.append((ls, le))
                taken += 1
        if taken == 2:
            # a record over three or four lines ("Proposed: A" / "Seconded: B" / "For: 5 Against: 1"):
            # earlier lines belong while each holds only a mover or seconder
            for ls, le in reversed(lines[-4:-2]):
                if _overlaps(used, ls, le) or self._trigger_word.search(text, ls, le):
                    break
                mo = self.motions.find(text, ls, le)
                if not (mo.mover or mo.seconder) or self._residue(text, ls, le, mo) >= 3:
                    break
                out = out.merge(mo)
                used.append((ls, le))
        out.cut = []
        return out

    def _proposer(self, text: str, ls: int, le: int) -> Motion:
        """"Cllr A moved, and Cllr B seconded, that ..." on a line before the trigger: the
        motion the trigger decided, so its mover and seconder are the decision's."""
        out = Motion()
        for ss, se in sentences(text, ls, le):
            prop = self.motions.proposal(text, ss, se)
            if not prop:
                continue
            sec = prop.groupdict().get("sec")
            if prop.group().lower().startswith("moved") and not sec:
                continue  # "X moved that a Chair be elected": procedure (as in ``_motion_sentence``)
            out.mover = self.motions.subject_before(text, prop.start(), ss)
            if sec:
                out.seconder = NameHit(sec, prop.start("sec"), prop.end("sec"))
        return out

    # -- 2. decision notices ---------------------------------------------------
    def _notices(self, text: str, start: int, end: int, found: list[Found], used: Claimed) -> None:
        for m in _notice_matches(text, start, end):
            le = _line_end(text, m.end(), end)
            if _overlaps(used, m.start(), le):
                continue
            used.append((m.start(), le))
            found.append(Found(m.end(), le, m.group("label"), self._clean(text, m.end(), le, Motion()),
                               self.motions.find(text, m.end(), le)))

    # -- 3. clauses whose trigger was lost -------------------------------------
    def _bare_clauses(self, text: str, lines: list[tuple[int, int]], found: list[Found], used: Claimed) -> None:
        pending: Optional[Motion] = None
        pending_code: Optional[str] = None  # "R23-114 Moved by: A Seconded by: B": the resolution's own code
        # the mover/seconder lines of ``pending``: claimed only when a clause takes them, so that a
        # "Seconded by B. Carried." line after "A moved to ..." stays free for that motion
        pending_lines: list[tuple[int, int]] = []
        prev_line = ""
        facts = self.motions.fact_hits(text)
        skip = -1
        for k, (ls, le) in enumerate(lines):
            line = text[ls:le]
            if ls < skip:
                continue  # a record line under a "Motion:" line, read with it
            head = _MOTION_LABEL.match(text, ls, le) if "otion" in line[:12] or "OTION" in line[:12] else None
            if head is not None and not used.overlaps(ls, le):
                n = k
                while n + 1 < len(lines) and self._wraps(text, lines[n], lines[n + 1]):
                    n += 1  # "MOTION: That the August minutes be" / "adopted."
                ce = lines[n][1]
                record = self._record_below(text, lines[n + 1:n + 7])
                if record is not None:  # "Motion: To adopt the agenda." / "Moved by: A" / "Seconded by: B"
                    motion, stop = record
                    used.append((ls, stop))
                    found.append(Found(head.end(), ce, None, self._clean(text, head.end(), ce, Motion()), motion))
                    pending, pending_code, pending_lines, prev_line, skip = None, None, [], line, stop
                    continue
            if used.overlaps(ls, le):
                pending, pending_lines, prev_line = None, [], line
                continue
            if pending is not None and self._is_preamble(text, ls, le):
                continue  # "1. A – B" / "WHEREAS ..." / "THAT ...": the names go with the clause
            may_fact = facts.any_in(ls, le)  # most lines hold no motion word
            if pending is None and not may_fact and "T" not in line and not _may_stack(text, line, lines, k):
                prev_line = line  # nothing to read: a "That ..." clause needs a "T"
                continue
            mo = self.motions.find(text, ls, le) if may_fact else None  # None: empty, built only if kept
            if (mo is None or mo.empty()) and pending is None and k + 1 < len(lines) and "." in line[:3]:
                # "1. B. Quenby" / "O. Harrowgate" / "THAT ...": mover above the seconder (the numbered
                # line may have been read as an item's heading, outside these lines)
                above = _line_above(text, ls)
                stacked = self.motions.stacked_pair(text, above, (ls, le), lines[k + 1]) if above else None
                if stacked is not None:
                    pending, pending_code, prev_line, pending_lines = stacked, None, line, [(ls, le)]
                    continue
            if (mo is None or not (mo.mover or mo.seconder)) and ("–" in line or "-" in line or "/" in line or "—" in line):
                paired = self.motions.pair_line(text, ls, le)  # "1. W. Askew – D. Brant" over "THAT ..."
                if paired.mover:
                    mo = paired.merge(mo) if mo is not None else paired
            if mo is not None and (mo.mover or mo.seconder) and self._residue(text, ls, le, mo) < 3 \
                    and not self._motion_runs_on(text, le, mo) and not self._record_after_words(text, ls, mo):
                code = _CODE.match(line)
                pending_code = code.group("code") if code else (pending_code if pending is not None else None)
                if pending is None:
                    pending_lines = []
                pending, prev_line = (mo.merge(pending) if pending is not None else mo), line
                pending_lines.append((ls, le))
                continue
            pair = self.motions.slash_pair(text, ls, le) if "/" in line else None
            if pair is not None and not self._intro(prev_line):  # "A. Smith / B. Jones THAT the ... be received."
                motion = mo.merge(Motion(pair.mover, pair.seconder)) if mo is not None else Motion(pair.mover, pair.seconder)
                used.append((ls, le))
                found.append(Found(ls, le, None, self._clean(text, pair.body, le, motion), motion))
                pending, prev_line = None, line
                continue
            if pending is not None and mo is not None and mo.votes and not (mo.mover or mo.seconder) \
                    and mo.cut and min(c[0] for c in mo.cut) <= _VOTE_LEAD.match(text, ls, le).end():
                # "Seconded by B" / "Five in Favor. Motion Carried.": the count under the motion
                # above, read by ``_outcome_after``, not a clause of its own
                pending, pending_code, pending_lines, prev_line = None, None, [], line
                continue
            if pending is not None and (self._vote_intro.match(text, ls, le) or self.motions.roll_call(text, ls, le) is not None):
                # "Second: B" / "Roll Call: Aye: A, B, C. Nay: -0-": the vote under the motion above
                pending, pending_code, pending_lines, prev_line = None, None, [], line
                continue
            body = ls
            lab = _LABEL.match(line)
            label = (lab.group("a") or lab.group("b")) if lab else None
            if lab:
                body = ls + lab.end()
            is_that = self._that_line.match(text, body, le) is not None and (
                self._decides.search(text, body, le) is not None or self._bare_clause.match(text, body, le) is not None)
            if is_that and self._narrates.match(text, body, le):
                is_that = False  # "That this scheme was funded separately ...": a point made, not a decision
            if (pending is not None or is_that) and not self._intro(prev_line):
                if pending is not None or not self._stop.match(line):
                    if mo is None:
                        mo = Motion()
                    motion = mo.merge(pending) if pending is not None else mo
                    for claimed in pending_lines if pending is not None else []:
                        used.append(claimed)
                    used.append((ls, le))
                    found.append(Found(ls, le, label or (pending_code if pending is not None else None),
                                       self._clean(text, ls, le, mo), motion))
            pending, pending_code, pending_lines, prev_line = None, None, [], line

    def _records_under(self, text: str, lines: list[tuple[int, int]], found: list[Found], used: Claimed) -> None:
        """"To approve the minutes of 11 March as presented." over "Motion carried." (or
        "Moved by A, seconded by B. Carried."): a motion's text on a line of its own, opening
        with a word that proposes (pattern data), and its record on the lines under it. The
        line is the decision, whole ("to" is never dropped); the record gives its facts."""
        if self._under_opener is None:
            return
        code: Optional[re.Match[str]] = None  # the last non-blank line, when it only prints a resolution code
        for k, (ls, le) in enumerate(lines):
            above, code = code, None
            if not text[ls:le].strip():
                code = above
                continue
            if "esolution" in text[ls:le] or "ESOLUTION" in text[ls:le] or "otion" in text[ls:le] or "OTION" in text[ls:le]:
                code = _CODE_LINE.fullmatch(text, ls, le)
            # "Resolution #CM2017.1001" over "to approve the minutes ..." over "Carried": the
            # motion's words in lower case (the mover line lost), the code its label
            lower = above is not None and _LOWER_OPENER.match(text, ls, le) is not None
            if not (lower or self._under_opener.match(text, ls, le)) or used.overlaps(ls, le) \
                    or len(_WORD.findall(text[ls:le])) < _SUBJECTLESS_WORDS or text[ls:le].rstrip().endswith(":"):
                continue
            out, stop = Motion(), None
            for ns, ne in lines[k + 1:k + 4]:
                if not text[ns:ne].strip():
                    continue
                mo = self.motions.find(text, ns, ne)
                if mo.empty() or self._record_residue(text, ns, ne, mo) >= 3 or used.overlaps(ns, ne):
                    break
                out, stop = out.merge(mo), ne
            if stop is None or not (out.outcome or out.mover or out.seconder or out.votes):
                continue
            out.cut = []
            used.append((ls, stop))
            label = above.group("code").rstrip(".") if lower and above is not None else None
            body = self._clean(text, ls, le, Motion())
            if lower and body[:5].lower() == "that ":
                body = body[5:].lstrip()  # the leading "That" goes, as in every decision's text
            found.append(Found(ls, le, label, body, out))

    @staticmethod
    def _motion_runs_on(text: str, le: int, mo: Motion) -> bool:
        """Whether a line naming a mover and seconder goes on to the motion's own words and
        wraps onto the next line ("It was moved by A and seconded by B to award the" /
        "pipeline contract to ..."): one wrapped sentence, for the own-words reader, not a
        record line over a clause of its own."""
        if not mo.cut:
            return False
        after = max(c[1] for c in mo.cut)
        return bool(_WORD.search(text, after, le)) and continues_on_next_line(text, le)

    def _record_below(self, text: str, lines: list[tuple[int, int]]) -> Optional[tuple[Motion, int]]:
        """The motion record printed a line each under a "Motion:" line: mover, seconder,
        outcome or vote lines ("Proposer: A (ab12)", "Seconded by: B", "The motion was
        carried.", "VOTE: All in favour"), read while each holds nothing else; its facts
        and where it ends, when it names a mover or seconder."""
        out, stop = Motion(), None
        vote = False
        for n, (ls, le) in enumerate(lines):
            if not text[ls:le].strip():
                continue
            if vote and n and self._wraps(text, lines[n - 1], (ls, le)):
                out, stop = out.merge(self.motions.find(text, ls, le)), le  # "VOTE: A abstained," / "otherwise all were in favour"
                continue
            vote = _VOTE_LABEL.match(text, ls, le) is not None
            mo = self.motions.find(text, ls, le)
            if not vote and (mo.empty() or self._record_residue(text, ls, le, mo) >= 3):
                break
            out, stop = out.merge(mo), le
        if stop is None or not (out.mover or out.seconder):
            return None
        out.cut = []
        return out, stop

    @staticmethod
    def _wraps(text: str, line: tuple[int, int], nxt: tuple[int, int]) -> bool:
        """Whether ``nxt`` carries on ``line`` (the page width broke it): the line ends
        without a stop and the next opens in lower case."""
        ls, le = trim(text, *line)
        ns, _ = trim(text, *nxt)
        return le > ls and text[le - 1] not in ".!?:" and ns < len(text) and text[ns].islower()

    def _surname_heads(self, doc: Doc, text: str, lines: list[tuple[int, int]], found: list[Found], used: Claimed) -> None:
        """"19/086 GRAHAM: That the minutes ... be accepted as presented. Carried" and
        "2. MINUTES DURET – That ...": prairie councils print each resolution as the
        mover's surname in capitals (after a margin heading or a resolution number), a
        colon or dash, then the clause. The clause is a decision; the capitals word is
        its mover when the meeting's list has that surname."""
        for ls, le in lines:
            if "That" not in text[ls:min(le, ls + 120)] and "THAT" not in text[ls:min(le, ls + 120)]:
                continue
            m = _SURNAME_HEAD.search(text, ls, min(le, ls + 120))
            if m is None and "/" in text[ls:min(le, ls + 120)] and not used.overlaps(ls, le):
                self._slash_head(doc, text, ls, le, found, used)
                continue
            if m is None or used.overlaps(ls, le):
                continue
            words = m.group("m").split()
            if any(w in self.motions.stop or w in self._not_movers for w in words):
                continue
            body = m.end()
            narrates = self._narrates.match(text, body, le)
            if not self._that_line.match(text, body, le) \
                    or (narrates and not _THAT_WE.match(text, body, narrates.end())):  # "That we approve ..." decides
                continue
            ce, outcome = self._clause_outcome(text, body, le)
            mover = None
            for k in range(len(words)):  # "WINTER PEASE": the margin heading's words, then the surname
                printed = " ".join(w.title() for w in words[k:])
                if registry_name(doc, printed.split()[-1], ls):
                    start = m.start("m") + m.group("m").rfind(words[k]) if k else m.start("m")
                    mover = NameHit(printed, start, m.end("m"))
                    break
            code = _CODE.search(text, ls, m.start("m"))
            if mover is None and (code or len(words) > 1):
                # no list to check against: the surname is the last word ("19/086 GRAHAM:",
                # "MINUTES DURET –"), the margin heading the words before it
                mover = NameHit(words[-1], m.end("m") - len(words[-1]), m.end("m"))
            lab = _LABEL.match(text, ls, le)
            label = code.group("code") if code else ((lab.group("a") or lab.group("b")) if lab else None)
            mo = self.motions.find(text, body, ce).merge(Motion(mover, None, outcome, None))
            used.append((ls, le))
            found.append(Found(m.start("m"), ce, label, self._clean(text, body, ce, mo), mo))

    def _election_lines(self, text: str, lines: list[tuple[int, int]], found: list[Found], used: Claimed) -> None:
        """AGM result lines headed by the office or the result word ("Treasurer: A re-elected
        unopposed", "Club Captain. AV (proposed B, seconded C)", "Acclaimed: A"): one
        resolution each, text the line up to the nomination details; the rest of the line
        gives the proposer, seconder and any tally (GUIDELINES "Elections")."""
        for ol in self._office_lines.find(text, lines):
            if used.overlaps(ol.start, ol.end):
                continue
            mo = self.motions.find(text, ol.head_end, ol.end)
            if mo.mover is None and ol.candidate is not None and self._office_lines.self_nominated(text, ol):
                mo.mover = NameHit(text[ol.candidate[0]:ol.candidate[1]], *ol.candidate)
            used.append((ol.start, ol.end))
            found.append(Found(ol.start, ol.end, None, text[ol.start:ol.head_end], mo))

    def _clause_outcome(self, text: str, body: int, le: int) -> tuple[int, Optional[str]]:
        """Where a clause on one line ends and its outcome, when a short sentence after it
        prints one ("... as presented. Carried")."""
        for ss, se in sentences(text, body, le):
            mo = self.motions.find(text, ss, se)
            if ss > body and mo.outcome and len(_WORD.findall(text[ss:se])) <= 3:
                return ss, mo.outcome
        return le, None

    def _slash_head(self, doc: Doc, text: str, ls: int, le: int, found: list[Found], used: Claimed) -> None:
        """"Abram/Unger: SRD 112/21 THAT the budget be adopted. CARRIED": the mover's and
        seconder's surnames as a slash pair before the clause (and its code). Only when both
        surnames are people of the meeting, so that "Budget/Finance: That ..." is no pair."""
        m = _SLASH_HEAD.search(text, ls, min(le, ls + 120))
        if m is None:
            return
        names = []
        for g in ("m", "s"):
            printed = m.group(g).title()
            if registry_name(doc, printed, ls) is None:
                return
            names.append(NameHit(printed, m.start(g), m.end(g)))
        body = m.end()
        narrates = self._narrates.match(text, body, le)
        if not self._that_line.match(text, body, le) or (narrates and not _THAT_WE.match(text, body, narrates.end())):
            return
        ce, outcome = self._clause_outcome(text, body, le)
        mo = self.motions.find(text, body, ce).merge(Motion(names[0], names[1], outcome, None))
        used.append((ls, le))
        found.append(Found(m.start("m"), ce, m.group("code"), self._clean(text, body, ce, mo), mo))

    def _decision_follows(self, text: str, pos: int, end: int) -> bool:
        """Whether the next line after ``pos`` that holds text opens a decision (a trigger
        or a "That ..." clause): then motion words just before it are that decision's."""
        for ls, le in line_ranges(text, pos, min(end, pos + 600)):
            if ls < pos or not text[ls:le].strip():
                continue
            if text.rfind("\n", pos, ls) < 0:
                continue  # the rest of the motion's own line
            lab = _LABEL.match(text, ls, le)
            body = lab.end() if lab else ls
            while body < le and text[body] in " \t":
                body += 1
            return bool(self._trigger.match(text, ls, le) or self._that_line.match(text, body, le))
        return False

    def _pairs_above(self, text: str, start: int, found: list[Found]) -> None:
        """"Councillors Rakena / Ihaka" (or "Dep. Mayor A / Councillor B") on a line of its
        own, then "That Council:" and the lettered clauses: each clause without a mover or
        seconder takes the pair printed above it, looking back over blank lines, an
        introducing line and the clauses that took the same pair; a record naming its own
        mover stops the search."""
        if not found or not any(sep in text[start:max(f.end for f in found)] for sep in _PAIR_SEPARATORS):
            return  # no pair line can be printed above any of them
        own = [(f.start, f.end) for f in found if f.motion.mover or f.motion.seconder]
        inherited: list[tuple[int, int]] = []
        for f in sorted(found, key=lambda f: f.start):
            if f.motion.mover or f.motion.seconder:
                continue
            floor = max(start, f.start - 600)
            lines = [r for r in line_ranges(text, floor, f.start) if text[r[0]:r[1]].strip()]
            for ls, le in reversed(lines[-8:]):
                if any(a < le and ls < b for a, b in own):
                    break
                if any(a < le and ls < b for a, b in inherited):
                    continue
                pair = self.motions.pair_line(text, ls, le) if any(sep in text[ls:le] for sep in _PAIR_SEPARATORS) \
                    else None
                if pair is not None and pair.mover:
                    f.motion = f.motion.merge(pair)
                    inherited.append((f.start, f.end))
                    break
                if self._trigger_word.search(text, ls, le):
                    break

    def _is_preamble(self, text: str, ls: int, le: int) -> bool:
        """"WHEREAS ...": a recital between a motion's mover line and its decision."""
        return self._preamble is not None and self._preamble.match(text, ls, le) is not None

    def _intro(self, line: str) -> bool:
        """An agenda line introducing what follows ("To approve the following:")."""
        return line.rstrip().endswith(":") and self._agenda.match(line) is not None

    def _headless_lists(self, text: str, lines: list[tuple[int, int]], found: list[Found], used: Claimed) -> None:
        """A lettered or numbered list standing alone after the discussion, its
        "RESOLVED" lost in export: (a) ..., (b) ... with nested (i), (ii) kept inside.
        Lists introduced by a colon ("made the following points:") are not decisions.

        The clause chain from any line is fixed (``_ListRuns``), so each candidate start
        costs only its own chain, not a rescan of the rest of the list: a long run of
        "1." lines used to cost time quadratic in its length."""
        runs = _ListRuns(text, lines)
        for i, (ls, le) in enumerate(runs.lines):
            if runs.labels[i] not in ("a", "1") or _overlaps(used, ls, le):
                continue
            prev = text[runs.lines[i - 1][0]:runs.lines[i - 1][1]] if i else ""
            if not _INTRO_END.search(prev) and runs.depth(i) >= 2:
                clauses = runs.chain(i)
                decided = sum(1 for cs, ce, _ in clauses if self._list_verb.search(text, cs, ce))
                if decided * 2 >= len(clauses) \
                        and not any(self._narrates_clause.search(text, cs, ce) for cs, ce, _ in clauses):
                    for cs, ce, lab in clauses:
                        found.append(Found(cs, ce, lab, self._clean(text, cs, ce, Motion()), Motion()))
                    used.append((clauses[0][0], clauses[-1][1]))

    def _consent_lists(self, text: str, lines: list[tuple[int, int]], found: list[Found], used: Claimed) -> None:
        """The entries read out under "... the consent agenda as follows:", one decision
        each, all decided by the one motion after them ("moved to approve the consent
        agenda as read"). An entry may wrap onto the next line (PDF text); a label with
        nothing after it is skipped; the list ends at a motion or decision line."""
        if self._consent is None:
            return
        k = 0
        while k < len(lines):
            ls, le = lines[k]
            k += 1
            if not (text[le - 1:le] == ":" and self._consent.search(text, ls, le)) or used.overlaps(ls, le):
                continue
            entries: list[list[int]] = []
            while k < len(lines):
                cs, ce = lines[k]
                if self._trigger.match(text, cs, ce) or self.motions.head(text, cs, ce) or self._stop.match(text[cs:ce]) \
                        or used.overlaps(cs, ce):
                    break
                lab = _LABEL.match(text, cs, ce)
                if lab and lab.end() >= ce - 1:
                    k += 1
                    continue  # "c." alone: its entry was printed elsewhere
                wraps = entries and not lab and (text[cs] in _CARRY_ON or _WRAPPED.search(text, entries[-1][0], entries[-1][1]))
                if wraps:
                    entries[-1][1] = ce
                else:
                    entries.append([cs, ce])
                k += 1
            if not entries:
                continue
            motion = self._approving_motion(text, entries[-1][1])
            for cs, ce in entries:
                for s, e, label in self._split_inline(text, cs, ce) if _LABEL.match(text, cs, ce) else [(cs, ce, None)]:
                    found.append(Found(s, e, label, self._clean(text, s, e, Motion()), motion))
            used.append((entries[0][0], entries[-1][1]))

    def _approving_motion(self, text: str, pos: int) -> Motion:
        """The first motion within reach after ``pos`` ("MOTION: Trustee A moved to approve
        the consent agenda as read. Trustee B seconded. Roll call vote: ... Motion
        carried."): its mover, seconder, outcome and votes (an item heading may lie
        between, so this reads past the region)."""
        limit = min(len(text), pos + _CONSENT_REACH)
        for ss, se in sentences(text, pos, limit):
            hit = self._motion_sentence(text, ss, se, len(text))
            if hit:
                f = hit[0]
                self._outcome_after(text, f, min(len(text), se + _CONSENT_REACH), Claimed())
                m = f.motion
                return Motion(m.mover, m.seconder, m.outcome, m.votes)
        return Motion()

    def _residue(self, text: str, s: int, e: int, mo: Motion) -> int:
        return len(_WORD.findall(_cut(text, s, e, mo.cut))) - len(
            _GLUE.findall(_cut(text, s, e, mo.cut)))

    # -- 4. own words ------------------------------------------------------------
    def _own_words(self, text: str, start: int, end: int, found: list[Found], used: Claimed,
                   headings: list[tuple[int, int]] = ()) -> None:
        """Motions and decisions in the minutes' own words, a sentence at a time; a
        sentence on a run-in heading's line ("3235. Footpaths: The council agreed to ...")
        is read again from after the title when it gives nothing as printed."""
        hits = self._own_gate.hits(text)
        record_end = -1  # the motion record after the last motion found: how it was taken, not a decision of its own
        for ss, se in self._cue_sentences(text, start, end):
            if used.overlaps(ss, se) or ss < record_end:
                continue
            if not hits.any_in(ss, se) or not self._own_cue.search(text, ss, se):
                continue  # one scan rules out most sentences
            sent = text[ss:se]
            if self._agenda.match(sent):
                continue
            whole = _wrapped_end(text, se, end)
            if whole > se and used.overlaps(se, whole):
                whole = se
            motion = self._motion_sentence(text, ss, whole, end)
            hit = motion or self._decision_sentence(text, ss, whole, end)
            if not hit and whole > se:  # the line alone, as the readers' one-line patterns expect
                motion = self._motion_sentence(text, ss, se, end)
                hit = motion or self._decision_sentence(text, ss, se, end)
            hs = _after_heading(headings, ss, se) if not hit else None
            if hs is not None and ss < hs:
                hs = _SPACE_RUN.match(text, hs, se).end()
                motion = self._motion_sentence(text, hs, se, end)
                hit = motion or self._decision_sentence(text, hs, se, end)
                ss = hs
            if hit:
                found.extend(hit)
                hit_end = max(h.end for h in hit)
                used.append((ss, hit_end))
                if motion:  # "The Board approved the motion 4-0." after it is its outcome (``_outcome_after``)
                    record_end = self._record_run(text, max(hit_end, se), end)

    def _cue_sentences(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """``sentences(text, start, end)`` on the lines that hold an own-words cue word:
        every line break ends a sentence, so each line splits alone, and the others
        (most of them) hold no sentence ``_own_cue`` could match."""
        hits = self._own_gate.hits(text)
        h = hits.first_in(start, end)
        while h is not None:
            ls = text.rfind("\n", start, h) + 1 or start
            nl = text.find("\n", h, end)
            le = end if nl < 0 else nl
            yield from sentences(text, ls, le)
            h = hits.first_in(le + 1, end)

    def _decided_next(self, text: str, se: int, end: int) -> bool:
        """Whether the sentences right after ``se`` record how a motion was taken ("The
        motion was seconded, and unanimously approved.", "Motion seconded. Vote: Aye 3, Nay
        0. Motion carried.", "B 2nd. All in favor."): then the sentence before was a motion
        put to the meeting (GUIDELINES: a motion recorded as proposed and seconded, its
        seconder perhaps unnamed, or with its result printed)."""
        return self._record_run(text, se, end) > se

    def _nameless_second(self, text: str, ss: int, se: int) -> bool:
        """"Motion seconded.", "The motion was duly seconded.": a seconding with no name."""
        return self._seconded_only.search(text, ss, se) is not None \
            or (len(_WORD.findall(text, ss, se)) <= _SECONDING_WORDS and self._seconding.search(text, ss, se) is not None)

    def _record_run(self, text: str, se: int, end: int) -> int:
        """The end of the short sentences right after ``se`` that only record how the
        motion before them was taken (a seconding, named or not, an outcome, a tally, a
        roll call), ``se`` when the next sentence is none of these. Looks at most
        ``_RECORD_SENTENCES`` sentences within ``_RECORD_REACH`` characters, and stops at
        another motion."""
        stop = se
        for n, (ns, ne) in enumerate(sentences(text, se, min(end, se + _RECORD_REACH))):
            if n >= _RECORD_SENTENCES or ne - ns > _REPORT_GAP or text.count("\n", stop, ns) >= 3 \
                    or self.motions.proposal(text, ns, ne) or self.motions.head(text, ns, ne) is not None:
                break
            if self._unseconded.search(text, ns, ne):
                return se  # "There was no seconder and the motion fell.": a proposal nobody took up
            mo = self.motions.find(text, ns, ne)
            if mo.mover is not None:
                break
            if mo.empty() and _SURNAME_PAIR.fullmatch(text, ns, ne):
                continue  # "Hocker, Graziano.": who moved and seconded; the sentences after must record the vote
            if not (mo.seconder is not None or mo.outcome is not None or mo.votes is not None
                    or self._nameless_second(text, ns, ne) or _VOTE_REPORT.match(text, ns, ne) is not None
                    or self.motions.roll_call(text, ns, end) is not None):
                break
            stop = ne
        return stop

    def _motion_sentence(self, text: str, ss: int, se: int, end: int) -> Optional[list[Found]]:
        mo = self.motions.find(text, ss, se)
        nominated = self._nomination(text, ss, se, end, mo)
        if nominated is not None:
            return nominated
        prop = self.motions.proposal(text, ss, se)
        if prop:
            subject = self.motions.subject_before(text, prop.start(), ss)
            if subject is None:
                return None
            if prop.groupdict().get("sec"):
                sec = prop.group("sec")
                mo.seconder = mo.seconder or NameHit(sec, prop.start("sec"), prop.end("sec"))
            if prop.group().lower().startswith("moved") and mo.seconder is None \
                    and not self._decided_next(text, se, end):
                return None  # "X moved that a Vice-Chair be appointed": procedure, not a decision
            mo.mover = mo.mover or subject
            body_start = prop.end()
            cuts = [c for c in mo.cut if c[0] >= body_start]
            body_end = min([c[0] for c in cuts] + [se])
            body = self._tidy(text[body_start:body_end])
            return [Found(ss, se, None, body, mo)] if body else None
        if not mo.mover:
            head = self.motions.head(text, ss, se)
            if head is None:
                return None
            if (head.mover is None or not head.named_after) and not (mo.seconder or mo.outcome or mo.votes or head.seconded) \
                    and not self._decided_next(text, se, end):
                return None  # "Cllr A proposed the item be deferred." and nothing more: a proposal nobody took up
            return self._headed(text, ss, se, head, mo) or self._words_after_roll(text, se, end, head, mo)
        if mo.cut and mo.mover and mo.seconder:
            # "PRESENT ... CONFIRMATION OF MINUTES Moved: Cr A Seconded: Cr B That the Minutes
            # ... be confirmed.": a run-on page whose record line is followed by its clause;
            # the decision is the clause, not the words before the record
            after = max(c[1] for c in mo.cut)
            that = _THAT_AFTER.match(text, after, se)
            if that is not None and _WORD.search(text, ss, min(c[0] for c in mo.cut)):
                body = self._tidy(text[that.end():se])
                if len(_WORD.findall(body)) >= _SUBJECTLESS_WORDS:
                    return [Found(that.start("t"), se, None, body, mo)]
        residue = self._tidy(_cut(text, ss, se, mo.cut))
        if mo.outcome and _LOWER.search(residue):  # "... Seconded: Cr B CARRIED UNAN.": the outcome in
            residue = self._outcome_caps_tail.sub("", residue)  # capitals, not the decision (unless all is capitals)
        tail = self._outcome_tail.search(residue)
        if tail is not None and not _BE_AT_END.search(residue, 0, tail.start()):
            residue = residue[:tail.start()]  # "..., seconded by B, and carried": not "that Minutes be accepted"
        residue = residue.strip(" ,;.")
        # "A moved, seconded by B, that ..." / "... B and motion carried to ...": the decision
        # starts after "that" (dropped, as always) or at its "to"
        residue = _RESIDUE_LEAD.sub("", residue, count=1)
        bullet = _LEAD_BULLET.match(residue)
        if bullet:  # "- Secretary – Ann Quill – proposed B, seconded C": a list's bullet is no part of it
            residue = residue[bullet.end():]
        if mo.mover and mo.seconder and mo.cut and _CANDIDATE_HEAD.fullmatch(text, ss, min(c[0] for c in mo.cut)):
            # "S Vane: proposed L Kerr seconded M Tor": an election line, the candidate before the
            # colon (GUIDELINES "Elections": the result line up to the nomination details)
            return [Found(ss, se, None, residue, mo)]
        if len(_WORD.findall(residue)) < 2 or self._record_residue(text, ss, se, mo) < 2:
            return None  # "Proposed by A, seconded by B, all in favour.": how the decision before was made
        return [Found(ss, se, None, residue, mo)]

    def _nomination(self, text: str, ss: int, se: int, end: int, mo: Motion) -> Optional[list[Found]]:
        """"Cllr A proposed Cllr B as Chairman, Cllr C seconded this and all agreed.": one
        resolution, text "Cllr B as Chairman", mover A; a nomination nobody seconded and no
        vote decided is none (GUIDELINES "Elections")."""
        sent = text[ss:se]
        m = self._nominated.search(text, ss, se) if any(w in sent for w in _NOMINATION_WORDS) else None
        if m is None:
            return None
        subject = self.motions.subject_before(text, m.start(), ss)
        if subject is None or not (mo.seconder or mo.outcome or mo.votes or self._decided_next(text, se, end)):
            return None
        mo.mover = mo.mover or subject
        return [Found(ss, se, None, text[m.start("cand"):m.end("office")], mo)]

    def _headed(self, text: str, ss: int, se: int, head: Head, mo: Motion) -> Optional[list[Found]]:
        """A motion with its opening words ("Commissioner A made a motion to approve the
        minutes as written."): the text after them, without the other motion words."""
        mo.mover = mo.mover or head.mover
        mo.seconder = mo.seconder or head.seconder
        mo.outcome = mo.outcome or head.outcome
        cuts = [c for c in mo.cut if c[0] >= head.body]
        body = self._tidy(text[head.body:min([c[0] for c in cuts] + [head.end or se, se])])
        *head_part, tail = re.split(r"(?<=[;,–—])", body)
        if head_part and self._outcome_tail.fullmatch(" " + tail):
            body = "".join(head_part)  # "..., seconded by B – Agreed": how it was decided, after the clause
        body = _MOTION_TAIL.sub("", body).strip(" ,;.–—-")
        if len(_WORD.findall(body)) < 2:
            return None
        return [Found(ss, se, None, body, mo)]

    def _words_after_roll(self, text: str, se: int, end: int, head: Head, mo: Motion) -> Optional[list[Found]]:
        """"A motion was made by A, seconded by B and carried with the following vote:" /
        "Ayes: ..." / "Noes: None" / "Absent: C" / "to approve the agenda.": the motion's own
        words printed after its roll-call block (as some special districts print them), in
        lower case; the block gives the counts."""
        if head.mover is None or not head.named_after or _WORD.search(text, head.body, se):
            return None
        roll = self.motions.roll_call(text, se, end)
        if roll is None:
            return None
        ns, ne = next(iter(sentences(text, roll[0], end)), (end, end))
        if ns >= end or not text[ns].islower():
            return None
        ne = _wrapped_end(text, ne, end)
        body = _MOTION_TAIL.sub("", self._tidy(text[ns:ne])).strip(" ,;.–—-")
        if len(_WORD.findall(body)) < 2:
            return None
        motion = mo.merge(Motion(head.mover, head.seconder, head.outcome, roll[1]))
        return [Found(ns, ne, None, body, motion)]

    def _decision_sentence(self, text: str, ss: int, se: int, end: int) -> Optional[list[Found]]:
        sent = text[ss:se]
        if _reports_vote(sent):
            return None  # how the motion before was decided (``_outcome_after``), not a decision of its own
        bullet = _LEAD_BULLET.match(sent)
        if bullet:  # "- Agreed to remove the tag.": a bulleted note of the meeting reads as the sentence
            ss += bullet.end()
            sent = text[ss:se]
        m = self._it_was.search(text, ss, se)
        if m:
            cs = m.start()
            rest = text[m.end():se].strip()
            if not rest or rest in (":", "-", ": -"):
                more, _ = self._following(text, se, end, bullets=True)
                if more:
                    mo = self.motions.find(text, ss, se)
                    return [Found(ls, le, lab, self._clean(text, ls, le, Motion()), mo) for ls, le, lab in more]
                return None
            mo = self.motions.find(text, cs, se)
            # the minutes' own words keep "It was agreed ..."; a reason tacked on is not the decision
            body = _REASON.split(_SPACES.sub(" ", _cut(text, cs, se, mo.cut)).strip(), 1)[0]
            return [Found(cs, se, None, _strip_trailing(body).strip(), mo)]
        pm = self._passive.match(sent)
        if pm and pm.group("lead"):
            ss += pm.end("lead")  # the decision starts after its lead-in clause
            sent = text[ss:se]
        short = len(_WORD.findall(sent)) < _SUBJECTLESS_WORDS
        bm = self._body.match(sent)
        if bm and short and not _ARTICLE.match(sent) and not _caps_with_object(sent, bm):
            bm = None  # "Board agreed" / "Committee resolved to": a line the page cut short
        if self._record.search(sent) or bm or pm or self._elected.match(sent) or self._pronoun_passive.match(sent) \
                or self._consensus.match(sent) or self._which.search(sent) \
                or (self._subjectless.match(sent) and not short):
            mo = self.motions.find(text, ss, se)
            lab = _LABEL.match(sent) or _INLINE_LABEL.match(sent)
            body = self._clean(text, ss, se, mo)
            label = (lab.groupdict().get("a") or lab.groupdict().get("b") or lab.groupdict().get("l")) if lab else None
            return [Found(ss, se, label, body, mo)] if body else None
        return None

    # -- 5. decision lines -----------------------------------------------------------
    def _decision_lines(self, doc: Doc, text: str, lines: list[tuple[int, int]], used: Claimed) -> list[Found]:
        """A short paragraph of its own that opens with a decision word ("GRANTED",
        "No Violation", "Rescheduled to the next available hearing date",
        "DENIED - insufficient notice"), as licensing and hearing boards print the
        decision under each application: the line is the decision. Item headings and
        lines another reader took are skipped."""
        out: list[Found] = []
        if self._decision_line is None or not self._decision_gate.hits(text).any_in(lines[0][0] if lines else 0,
                                                                                     lines[-1][1] if lines else 0):
            return out
        headings = _heading_ranges(doc, lines[0][0], lines[-1][1])
        for k, (ls, le) in enumerate(lines):
            if le - ls > 100 or used.overlaps(ls, le):
                continue
            m = self._decision_line.match(text, ls, le)
            if m is None or (m.end() >= le and text[ls].islower()):
                continue
            alone_before = k == 0 or text.count("\n", lines[k - 1][1], ls) >= 2
            after = text[le:lines[k + 1][0]] if k + 1 < len(lines) else "\n\n"
            nxt = text[lines[k + 1][0]:lines[k + 1][1]] if k + 1 < len(lines) else ""
            alone_after = after.count("\n") >= 2 or not nxt.strip("_-=–— ")
            if not (alone_before and alone_after) or any(a < le and ls < b for a, b in headings):
                continue
            used.append((ls, le))
            out.append(Found(ls, le, None, _SPACES.sub(" ", text[ls:le]).rstrip(" ."),
                             self.motions.find(text, ls, le)))
        return out

    # -- 6. the sentence-role classifier ---------------------------------------------
    def _from_model(self, doc: Doc, text: str, start: int, end: int, used: Claimed) -> list[Found]:
        """Units the classifier calls resolutions that no reader took: their text and
        facts are read as the readers read them (a motion's opening words, a trigger, a
        label, the mover/seconder/vote words), and a motion record just before one
        ("Moved: A / Seconded: B") gives its mover and seconder."""
        out: list[Found] = []
        units = units_near(doc, start, end)
        headings = _heading_ranges(doc, start, end)
        for k, u in enumerate(units):
            us = _after_heading(headings, u.start, u.end)  # a run-in heading's words after the title stay
            if u.p.get("resolution", 0.0) < self.model_threshold or us is None or used.overlaps(us, u.end) \
                    or text[u.end - 1] == ":":
                continue  # an item heading, or a line introducing what follows, is no decision
            if self._in_speech_list(text, start, us):
                continue  # "(c) That this work was in addition to ...": a point someone made
            f = self._unit_record(text, us, u.end, end)
            if f is None or len(_WORD.findall(f.text)) < 3 or (_VOTE_REPORT.match(f.text) and len(f.text.split()) <= 6) \
                    or _reports_vote(f.text):
                continue  # too short to be a decision, or only how one was decided ("The motion is approved")
            prev = units[k - 1] if k else None
            if prev is not None and prev.p.get("motion", 0.0) >= self.model_threshold \
                    and prev.p.get("resolution", 0.0) < self.model_threshold and not used.overlaps(prev.start, prev.end) \
                    and not text[prev.end:u.start].count("\n\n\n"):
                before = self.motions.find(text, prev.start, prev.end)
                head = self.motions.head(text, prev.start, prev.end) if before.mover is None else None
                if head is not None and head.named_after and head.mover is not None:
                    # "A motion was made by A, seconded by B, and carried" over the motion's words
                    before = before.merge(Motion(head.mover, head.seconder, head.outcome))
                if before.mover or before.seconder:
                    f.motion = f.motion.merge(Motion(before.mover, before.seconder, before.outcome, before.votes))
                    used.append((prev.start, prev.end))
            used.append((us, u.end))
            f.by_model = True
            out.append(f)
        return out

    def _in_speech_list(self, text: str, start: int, at: int) -> bool:
        """Whether the line at ``at`` is an entry of a list whose lead-in reports speech
        ("Mr B then responded to comments made by members, and made the following
        points:"): each entry is a point someone made, not a decision, even one that opens
        with "That" (GUIDELINES, "A clause that introduces a list": entries that only
        complete the lead-in give no record). The lead-in is the first line above that
        ends with a colon, over entries and blank lines only."""
        if self._speech_lead is None:
            return False
        stop = text.rfind("\n", start, at) + 1 if at > start else at
        if not LIST_ENTRY.match(text, stop, at + 12):
            return False
        for _ in range(_LIST_LINES):
            if stop <= start:
                return False
            begin = text.rfind("\n", start, stop - 1) + 1
            begin = max(begin, start)
            line = text[begin:stop - 1]
            if line.rstrip().endswith(":"):  # the lead-in, itself perhaps a numbered paragraph
                return self._speech_lead.search(line.rstrip()) is not None
            if line.strip() and not LIST_ENTRY.match(line):
                return False
            stop = begin
        return False

    def _unit_record(self, text: str, s: int, e: int, end: int) -> Optional[Found]:
        """One unit as a resolution: a motion sentence or a decision sentence as the
        readers see them, else the unit without its trigger, label and motion words."""
        hit = self._motion_sentence(text, s, e, end)
        if hit:
            return hit[0]
        if self.motions.proposal(text, s, e) or self.motions.head(text, s, e):
            return None  # a motion the readers turned down ("A moved that ..." and nobody seconded)
        hit = self._decision_sentence(text, s, e, end)
        if hit:
            return hit[0]
        body = s
        m = self._trigger.match(text, s, e)
        if m and m.group("t"):
            body = m.end()
        mo = self.motions.find(text, body, e)
        lab = _LABEL.match(text, body, e)
        clean = self._clean(text, body, e, mo)
        if len(_WORD.findall(clean)) < 2:
            return None
        return Found(s, e, (lab.group("a") or lab.group("b")) if lab else None, clean, mo)

    # -- text --------------------------------------------------------------------
    def _clean(self, text: str, s: int, e: int, mo: Motion) -> str:
        raw = _cut(text, s, e, mo.cut)
        if mo.outcome:
            raw = self._outcome_word_tail.sub("", raw)
            if _LOWER.search(raw):  # a page printed all in capitals: no word stands out
                raw = self._outcome_caps_tail.sub("", raw)
        lab = _LABEL.match(raw) or _INLINE_LABEL.match(raw)
        if lab:
            raw = raw[lab.end():]
        raw = _LEAD_BULLET.sub("", raw)
        return self._tidy(raw)

    def _tidy(self, raw: str) -> str:
        raw = _SPACES.sub(" ", raw).strip()
        raw = _EMPTY_BRACKETS.sub("", raw)  # brackets emptied by cutting the vote out
        # "It was [moved ..., seconded ..., and] RESOLVED that ...": keep what follows "that"
        raw = _IT_WAS_LEAD.sub("", raw)
        raw = _MOVED_LEAD.sub("", raw, count=1)  # "(It was) moved that the minutes be confirmed": the motion's words
        # "On the proposition of A and unanimously agreed a vote of sympathy was extended": the vote words
        raw = _AGREED_LEAD.sub("", raw, count=1)
        raw = _SPACE_BEFORE_STOP.sub(r"\1", raw).strip()
        raw = _LEAD_CODE.sub("", raw, count=1)  # "RESOLUTION: 2022.11.1 That ...": the code is no text
        raw = self._motion_trim.strip(raw)  # "A motion was made by A to ...", "..., seconded by B": who, not what
        m = self._that.match(raw)
        if m:
            raw = raw[m.end():]
        q = _QUOTED.fullmatch(raw)
        if q:  # a motion quoted in full: its words, not the quotation marks
            raw = q.group("q")
        lead = _LIST_LEAD.search(raw)
        if lead and lead.end() < len(raw):  # "... with the following additions: A, B": the clause ends at its colon
            raw = raw[:lead.end() - 1]
        return _strip_trailing(raw).strip()


_REASON = re.compile(r",?\s+in order to\b|,\s+(?:as|because|since)\s+(?:this|it|they|there)\b")
# "Motion: To adopt the agenda.", "MOTION 14-35: That the minutes be adopted.": a motion's own
# line, its clause after the label (the record of who moved it follows on the lines below)
_MOTION_LABEL = re.compile(
    r"[ \t]*(?:MOTION|Motion)(?:[ \t]+#?[\w.\-/]*\d[\w.\-/]*)?[ \t]*[:–—-][ \t,]*(?=(?:That|THAT|To|to)[ \t]+[a-z])")
_PAIR_NAME = r"[A-Z][a-z][\w’'\-]*(?:[ \t]+[A-Z][a-z][\w’'\-]*){0,2}"
# "... record – Ana/Ben, carried." / "... received. Ana Lobo/Ben Rudd": a slash pair ending the line
_TRAILING_PAIR = re.compile(
    rf"(?:[–—]|[ \t]-|\.)[ \t]+(?P<m>{_PAIR_NAME})[ \t]*/[ \t]*(?P<s>{_PAIR_NAME})"
    r"[ \t]*(?:,[ \t]*[A-Za-z]+(?:[ \t]+[A-Za-z]+)?)?[ \t.]*$", re.M)
_MOTION_WORD = re.compile(r"\b(?:[Mm]oved|[Pp]roposed|[Mm]otion|MOVED|PROPOSED|MOTION)\b")
_NOT_NAME_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ship", "ing", "ness", "ety", "ity")
_VOTE_LABEL = re.compile(r"[ \t]*(?:VOTE|Vote|VOTING|Voting)[ \t]*:")  # "VOTE: All in favour" under a motion
_VOTE_LEAD = re.compile(r"[ \t]*(?:(?:the[ \t]+)?votes?[ \t]*[:\-–]?[ \t]*)?", re.I)  # "Vote: 3 in favor, ..."
_ASIDE = re.compile(r"\([^()\n]{1,80}\)\.?")  # a sentence wholly in brackets
_BRACKETED = re.compile(r"\([^()\n]{0,20}\)")  # "Moved by: A (ab123)": a member id after the name
# "...; motion passed 4-1": once the tally is cut, the word that introduced it is left over
# "RESOLVED (Keith Smith/Wayne Jones) Carried": mover and seconder in brackets after the trigger
_BRACKET_PAIR = re.compile(
    r"[ \t]*\((?P<m>[A-Z][\w’'.\- ]{1,40}?)[ \t]*/[ \t]*(?P<s>[A-Z][\w’'.\- ]{1,40}?)\)[ \t]*"
    r"(?:(?:CARRIED|Carried|LOST|Lost)(?:[ \t]+(?:UNANIMOUSLY|[Uu]nanimously))?[ \t.]*)?")
_LINE_PAIR = re.compile(r"[ \t]*(?P<m>[A-Z][a-z][A-Za-z’'\-]+)[ \t]*/[ \t]*(?P<s>[A-Z][a-z][A-Za-z’'\-]+)[ \t.]*")
_CODE_LINE = re.compile(
    r"[ \t]*(?:[-•·*▪][ \t]*)?(?:Resolution|RESOLUTION|Motion|MOTION)[ \t]*(?:No\.?|Number|#)?[ \t]*#?"
    r"(?P<code>[A-Z]{0,4}[\w.\-/]*\d[\w.\-/]*)[ \t]*:?[ \t]*")  # "• Resolution #CM20170411.1001"
# ... and "On the motion of A and B: Moved that ...": the record's colon and "Moved" before it
_RESIDUE_LEAD = re.compile(r"^(?:(?:and[ \t]+)?(?:the[ \t]+)?motion[ \t]+(?:carried|passed)[ \t]+(?=to[ \t]+[a-z])"
                           r"|(?::[ \t]*)?(?:moved[ \t]+)?that[ \t]+(?=\S)|:[ \t]*moved[ \t]+(?=to[ \t]+[a-z]))", re.I)
_THAT_AFTER = re.compile(r"[ \t:,–-]*(?P<t>(?:That|THAT|that))[ \t]+")  # a clause right after a motion record
_ENDS_WITH_SEPARATOR = re.compile(r"[–—:\-][ \t]*$")
_BE_AT_END = re.compile(r"\b(?:be|been|being)[ \t]*$", re.I)  # "Minutes be| accepted": the verb is the decision's
_LOWER_OPENER = re.compile(r"[ \t]*(?:to[ \t]+[a-z]|that[ \t]+\S)")
_BRACKET_CODE = re.compile(r"[ \t]*\[(?P<code>[A-Z]{0,4}[ .]?\d{1,4}(?:[./-]\d{1,4}){1,2})\]")
# the code of the next decision on the same line ("... Yarrandi. 67/2018 RESOLVED (...)")
_CODED = re.compile(r"\b\d{1,4}/\d{4}[ \t]+(?=[A-Z]{4})")
_CONSENT_REACH = 600  # characters from a consent list to the motion that approves it
# a line that stops mid-phrase, so the next line carries on ("... Meeting of" / "the Board of Trustees")
_CARRY_ON = frozenset("abcdefghijklmnopqrstuvwxyz0123456789–-,(&")  # a line starting so carries on the one before
_WRAPPED = re.compile(r"(?:\b(?:of|to|for|the|and|in|on|at|by|with|from|a|an)|[-–,])\s*$")
# a resolution's own code before its motion line: "R23-114", "2023/114", "CM24-07"
# "GRAHAM: That ...", "MINUTES DURET – That ...": up to three words in capitals, a colon or dash, "That"
_SURNAME_HEAD = re.compile(
    r"(?<![\w’'])(?P<m>[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+){0,2})[ \t]*(?::|[ \t][–—-])[ \t]+(?=(?:That|THAT)[ \t,])")
# "Abram/Unger: SRD 112/21 THAT ...": mover/seconder surnames (the list's), a colon, the resolution's code, the clause
_SLASH_HEAD = re.compile(
    r"(?<![\w’'/])(?P<m>[A-Z][A-Za-z’'\-]+)[ \t]*/[ \t]*(?P<s>[A-Z][A-Za-z’'\-]+)[ \t]*[:–—-]?[ \t]+"
    r"(?:(?P<code>[A-Z]{0,4}[ \t]?\d{1,4}[/.-]\d{1,4}[A-Za-z]?)[ \t]+)?(?=(?:That|THAT)[ \t,])")
_PAIR_SEPARATORS = ("/", "–", "—", " -")  # what a "mover – seconder" pair line holds between the names
_LEAD_CODE = re.compile(r"^(?:[A-Z]{1,4}[ .]?)?\d{1,4}(?:[./-]\d{1,4}){1,3}[ \t]+(?=(?:That|THAT)\b)")
_THAT_WE = re.compile(r"(?:That|THAT)[ \t]+(?:we|WE)$")
_CODE = re.compile(r"[ \t]*(?P<code>[A-Z]{0,4}\d{2,4}[-/]\d{1,4}[A-Za-z]?)\b")
_MOTION_TAIL = re.compile(r"[\s,;.]+(?:the\s+)?(?:motion|vote|which)\s*$", re.I)
_REPORT_GAP = 200  # "... seconded the motion. All voted aye. The motion is approved.": what may lie between
_SHORT_SENTENCE = 80
_RUN_IN_SEP = re.compile(r"[ \t]*(?:[:.–—-][ \t]*)?")  # "Approve 2022-23 Budget: " before the item's own words
_SPACE_RUN = re.compile(r"\s*")
_RUN_IN_WORDS = 2  # words after a title on its line that make the heading run-in
_RECORD_SENTENCES = 4  # "Motion seconded. Vote: Aye 3, Nay 0. Motion carried.": a motion's record, sentence by sentence
_RECORD_REACH = 400
_SECONDING_WORDS = 8  # "Trustee B made the second.": longer sentences with "second" say something else
# "Agreed to accept" / "APPROVED AS WRITTEN ON": a line a page cut short, no decision of its own
_SUBJECTLESS_WORDS = 5
# how far up a list entry's lead-in is looked for
_LIST_LINES = 40


def _caps_with_object(sent: str, bm: re.Match) -> bool:
    """"Members NOTED the update": a decision verb printed in capitals with its object
    after it is the formal record of a short decision, not a line the page cut short
    (GUIDELINES, "Noting as the item's decision")."""
    verb = bm.group().split()[-1]
    return verb.isupper() and len(verb) > 1 and bool(_WORD.search(sent, bm.end()))
_ARTICLE = re.compile(r"(?:The|This|the|All)\s")


def _wrapped_end(text: str, se: int, end: int) -> int:
    """Where the sentence ending at ``se`` really ends when ``se`` is a line's end and the
    line only wraps ("Motion by A, second by B, to approve the minutes of the March 2,
    2023" / "regular meeting as presented."): PDF minutes wrap motions at the page width,
    and the own-words readers cut at every line break. At most a few lines are joined."""
    for _ in range(6):
        nl = text.find("\n", se, end)
        if nl < 0 or text[se:nl].strip() or not continues_on_next_line(text, nl):
            return se
        nxt = next(iter(sentences(text, nl + 1, end)), None)
        if nxt is None:
            return se
        se = nxt[1]
    return se


def _only_short_sentences(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds at most a few short sentences ("B seconded the
    motion. All voted aye."), as between a motion and the report of its outcome."""
    return end - start <= _REPORT_GAP and all(se - ss <= _SHORT_SENTENCE for ss, se in sentences(text, start, end))


_VOTE_REPORT = re.compile(r"(?:the\s+)?(?:motion|recommendation|amendment|proposal|proposition)s?\s+(?:was|were|is|has\s+been)\s+", re.I)


# "The Board approved the motion 4-0.", "Council passed the motion unanimously.": a vote on the motion recorded before
# ... or "The committee VOTED unanimously to approve the motion."
_VOTED_MOTION = re.compile(r"\b(?:approved|passed|adopted|carried|accepted|rejected|defeated"
                           r"|voted(?:\s+unanimously)?\s+to\s+(?:approve|pass|adopt|accept|carry))\s+(?:the|this|that|said)\s+motion\b", re.I)


def _reports_vote(sent: str) -> bool:
    """Whether a short sentence only reports the vote on "the motion" (its words were the decision)."""
    return len(_WORD.findall(sent)) <= 12 and _VOTED_MOTION.search(sent) is not None


_TRAILING_CHARS = frozenset(",;:.-–andorwith")  # what a ``_TRAILING`` match is made of, besides spaces


def _strip_trailing(raw: str) -> str:
    """``_TRAILING.sub("", raw)``: the match runs to the end of ``raw`` and holds only
    spaces, stops and the letters of "and"/"or"/"with", so it is searched for only in
    that tail (re.sub tried, and backtracked at, every space of the text)."""
    q = len(raw)
    while q > 0 and (raw[q - 1] in _TRAILING_CHARS or raw[q - 1].isspace()):
        q -= 1
    m = _TRAILING.search(raw, q)
    return raw[:m.start()] if m else raw


def _fold_vote_reports(text: str, found: list[Found]) -> list[Found]:
    """"The motion was carried." right after a decision is that decision's outcome,
    not a second decision."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: f.start):
        prev = out[-1] if out else None
        if prev and f.motion.outcome and _VOTE_REPORT.match(f.text) and len(f.text.split()) <= 12 \
                and _only_short_sentences(text, prev.end, f.start):
            prev.motion = prev.motion.merge(Motion(None, None, f.motion.outcome, f.motion.votes))
            continue
        out.append(f)
    return out


class _ListRuns:
    """Labelled lines ("1.", "(a)", "ii)") and, for each, where its clause ends.

    A run is a stretch of consecutive labelled lines. From a line labelled L, the next
    clause starts at the first later line of the run labelled with a successor of L
    (``_successors``); lines in between (a nested (i), (ii)) belong to the clause. So
    every line has one fixed "next clause" line, computed for all lines in one
    backward pass, and a chain is followed in steps of whole clauses."""

    def __init__(self, text: str, lines: list[tuple[int, int]]) -> None:
        self.lines = lines
        self.labels: list[Optional[str]] = []
        for ls, le in lines:
            # a label opens with a bullet, "(", a digit or a lower-case letter: skip the regex on prose
            m = _LABEL.match(text, ls, le) if ls < le and text[ls] not in _CAPITALS else None
            self.labels.append((m.group("a") or m.group("b")) if m else None)
        n = len(lines)
        self.next: list[Optional[int]] = [None] * n  # first line of the next clause
        self.last: list[int] = list(range(n))  # last line of this line's run
        self._depth: list[int] = [0] * n
        nearest: dict[str, int] = {}
        for j in range(n - 1, -1, -1):
            label = self.labels[j]
            if label is None:
                nearest = {}
                continue
            if j + 1 < n and self.labels[j + 1] is not None:
                self.last[j] = self.last[j + 1]
            ahead = [nearest[s] for s in _successors(label) if s in nearest]
            self.next[j] = min(ahead) if ahead else None
            nearest[label] = j
            nxt = self.next[j]
            self._depth[j] = 1 + (self._depth[nxt] if nxt is not None else 0)

    def depth(self, i: int) -> int:
        """How many clauses the list starting at line ``i`` has."""
        return self._depth[i]

    def chain(self, i: int) -> list[tuple[int, int, Optional[str]]]:
        """The clauses (start, end, label) of the list starting at line ``i``."""
        out: list[tuple[int, int, Optional[str]]] = []
        j: Optional[int] = i
        while j is not None:
            nxt = self.next[j]
            stop = nxt - 1 if nxt is not None else self.last[j]
            out.append((self.lines[j][0], self.lines[stop][1], self.labels[j]))
            j = nxt
        return out


_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _successors(label: str) -> set[str]:
    """Labels that may follow ``label`` in one list (1→2, a→b, ii→iii)."""
    out = set()
    if label.isdigit():
        out.add(str(int(label) + 1))
    if len(label) == 1 and label.isalpha():
        out.add(chr(ord(label) + 1))
    if label in _ROMAN and _ROMAN.index(label) + 1 < len(_ROMAN):
        out.add(_ROMAN[_ROMAN.index(label) + 1])
    return out


def _cut(text: str, s: int, e: int, cuts: list[tuple[int, int]]) -> str:
    """text[s:e] without the motion-word ranges in ``cuts``."""
    out, pos = [], s
    for cs, ce in sorted(cuts):
        cs, ce = max(cs, s, pos), min(ce, e)  # overlapping ranges ("A moved, | , seconded by B") merge
        if cs >= ce:
            continue
        out.append(text[pos:cs])
        pos = ce
    out.append(text[pos:e])
    return " ".join(out)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``list(text_lines.line_ranges(text, start, end))``, built in one pass over a
    split copy instead of a generator step and a Line object per line."""
    out: list[tuple[int, int]] = []
    pos = start
    for raw in text[start:end].split("\n"):
        body = raw.lstrip()
        if body:
            s = pos + len(raw) - len(body)
            out.append((s, s + len(body.rstrip())))
        pos += len(raw) + 1
    return out


def _may_stack(text: str, line: str, lines: list[tuple[int, int]], k: int) -> bool:
    """The seconder's line of a stacked pair ("O. Harrowgate" over "THAT ..."): it holds no motion
    word, so the motion-word gate must not skip it when the next line may open the clause."""
    if "." not in line[:3] or k + 1 >= len(lines):
        return False
    ns, ne = lines[k + 1]
    return "T" in text[ns:min(ne, ns + 8)]


def _line_above(text: str, pos: int) -> Optional[tuple[int, int]]:
    """The last line with text before the line starting at ``pos`` (stripped range), or None."""
    e = text.rfind("\n", 0, pos)
    while e > 0:
        s = text.rfind("\n", 0, e) + 1
        body = text[s:e]
        if body.strip():
            lead = len(body) - len(body.lstrip())
            return s + lead, s + len(body.rstrip())
        e = s - 1
    return None


def _notice_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_DECISION_NOTICE.finditer(text, start, end)``, tried only at the start of lines
    holding a "/": a match is anchored at a line start, stays on its line and needs
    one, so this finds the same matches without a regex step per character."""
    pos = start
    while True:
        q = text.find("/", pos, end)
        if q < 0:
            return
        ls = text.rfind("\n", 0, q) + 1
        if ls >= start:
            m = _DECISION_NOTICE.match(text, ls, end)
            if m:
                yield m
        nl = text.find("\n", q, end)
        if nl < 0:
            return
        pos = nl + 1


def _heading_ranges(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The headings of the items that start inside [start, end). A run-in heading
    ("3233. Approve 2022-23 Budget: Cllrs agreed with the proposed budget.") ends after its
    printed title and the colon or dash after it: the words after it are the item's text,
    where a decision may stand, not heading."""
    out = []
    text = S.doc_text(doc)
    for sp in S.overlapping(doc, S.ITEMS, start, end):
        s = S.char_range(sp, S.ITEMS)[0]
        if start <= s < end:
            data = S.data(sp, S.ITEMS)
            he = max(data.get("heading_end", s), s + 1)
            title = data.get("title")
            at = text.find(title, s, he) if title else -1
            if at >= 0:
                te = _RUN_IN_SEP.match(text, at + len(title), he).end()
                if len(_WORD.findall(text, te, _line_end(text, te, he))) >= _RUN_IN_WORDS:
                    he = te
            out.append((s, he))
    return out


def _after_heading(headings: list[tuple[int, int]], s: int, e: int) -> Optional[int]:
    """Where the text of ``[s, e)`` starts when it opens inside a heading and runs past
    it (a run-in heading's line), else None (wholly heading, or no heading)."""
    for a, b in headings:
        if a < e and s < b:
            return b if s >= a and b < e else None
    return s


def _line_end(text: str, pos: int, end: int) -> int:
    nl = text.find("\n", pos, end)
    return end if nl < 0 else nl


def _overlaps(used: Claimed, s: int, e: int) -> bool:
    return used.overlaps(s, e)


def _tokens(value: str) -> set[str]:
    return set(_WORDS.findall(value.lower()))


def _other_motion(a: Motion, b: Motion) -> bool:
    """Two records moved or seconded by different people are two motions, however alike
    their words ("That the May minutes be adopted", "That the August minutes be adopted")."""
    return any(x is not None and y is not None and x.text != y.text
               for x, y in ((a.mover, b.mover), (a.seconder, b.seconder)))


def _dedupe(found: list[Found]) -> list[Found]:
    """The same clause printed twice in one item ("Decision:" summary and the
    minutes' "RESOLVED") is one record; keep the first, with the facts of both.
    Each text's words are counted once (pairs are compared many times)."""
    out: list[tuple[Found, set[str]]] = []
    for f in sorted(found, key=lambda f: f.start):
        a = _tokens(f.text)
        twin = None
        for g, b in out:
            if f.label == g.label and a and b and len(a & b) * 2 / (len(a) + len(b)) >= 0.8 \
                    and not _other_motion(f.motion, g.motion):
                twin = g
                break
        if twin is None:
            out.append((f, a))
        else:
            twin.motion = twin.motion.merge(f.motion)
    return [f for f, _ in out]


@Language.factory("minutes_resolutions", default_config=mode_config("minutes_resolutions"))
def make_resolutions(nlp: Language, name: str, patterns: dict[str, Any], mode: str,
                     model_threshold: float) -> ResolutionsComponent:
    return ResolutionsComponent(nlp, name, patterns, mode, model_threshold)
