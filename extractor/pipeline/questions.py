"""Questions put by members or the public, and who answered.

A question is a sentence where a person (or a body, or nobody named) asks, queries,
enquires, seeks assurance or requests information, or one introduced by "Following a
question from X" / "In response to a question from X". Answerers are the named
people who confirm, reply, advise ... after the question: in the same paragraph up to
a question from someone else, else in the next paragraph that reacts to it. A passive
answer ("the committee was informed") names nobody, so answered_by stays empty.

Shapes that need no person mention right before the verb (unnamed or unknown askers,
pronouns, answer-side sentences, bare "?" sentences and "Q:" lines, looser triggers) are
read by ``question_shapes``; procedure ("asked for nominations") and requests to act
("asked the Clerk to write") are not questions. Also read here: written questions in the Irish
form ("To ask the Senior Engineer when ..."), a concern answered at once ("Concern was
raised about X; the Clerk explained ..."), and "Question from a member of the public:
...?". A person mention right before the verb is not the asker when it names where the
asker lives ("A resident of Mill Lane enquired", "Ms A, 12 Alder Street, asked").

Span data (``minutes_questions``): asker, addressee, answered_by, text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import mentions as M
from . import spans as S
from .mover_speakers import add_mover_speaker, title_words
from .patterns import PatternComponent, alternation, default_patterns
from .question_shapes import ShapeFinder, Subject
from .roles import RoleUnit, check_mode, mode_config, role_units
from .text_lines import paragraph_ids, wrapped_paragraph_splitter
from .text_regions import item_regions
from .titles import Titles
from .titled_names import registry_name, titled_mentions, titled_regex
from .word_gate import safe_lower, starts_of


@dataclass
class Q:
    """A question found in one sentence, before its answerers are known."""

    sent: int
    pos: int  # where the question part starts inside the sentence
    asker: Optional[str]
    asker_key: Optional[str]
    addressee: Optional[str] = None
    answered_by: list[str] = field(default_factory=list)
    start: Optional[int] = None  # where the record's text starts, when not at the sentence start


# the number of a question in question time: "Question 1 from", "Question No. 2 by", "Question (3) to"
_QNUM = r"[ \t]+(?:No\.?[ \t]*|Number[ \t]+)?\(?\d{1,3}[a-z]?\)?[.:]?"
# "46.1 Mr A asked ...", "Q1: Ms B asked ...": a paragraph or question number, not part of the question
_TO = re.compile(r"[ \t]+to[ \t]+")
# a question announced on its own line ("Question from Mr A:") and printed on the next
_ANNOUNCED = re.compile(r":[ \t]*$")
# a heading that announces a question ("Question from Cllr A") is this short, and the
# question it announces is among this many sentences below it
HEADING_WORDS = 15
HEADING_LOOKAHEAD = 4
# "They also asked", "He further queried": the same person asking again
_AGAIN = re.compile(r"[ \t]*(?:He|She|They)[ \t]+(?:also|further|again|additionally)\b")
# a bullet before a record's sentence is not part of it
_BULLET = re.compile(r"[-*•–][ \t]+")
# the end of a question printed whole ("...?", '...?"')
_END_QMARK = re.compile(r"\?[ \t\"”’')\]]*$")
# quotes around a printed question are not part of its text
_OPEN_QUOTE = re.compile(r"[\"“‘'][ \t]*(?=\S)")
# "asked for it to be minuted", "asked for the item to be deferred": a request
_TO_BE = r"[ \t]+(?:(?!to\b)[\w’'-]+[ \t]+){1,4}?to[ \t]+be\b"
_FOR_TO_BE = re.compile(r"[ \t]+for" + _TO_BE)
_TO_BE_AFTER_FOR = re.compile(_TO_BE)  # after the verb "asked for"
_ASK_ENDINGS = ("asked", "queried", "enquired", "questioned", "sought")
# "In response to a question from Cllr A, the Leader ...": the comma closing the lead-in
_CLAUSE_COMMA = re.compile(r"[ \t]*,[ \t]*(?:(?:the|The)[ \t]+)?")
# the answerer named after it goes straight on to a verb (not ", Chair of ...")
_THEN_VERB = re.compile(r"[ \t]+(?:also[ \t]+|then[ \t]+)?[a-z]{3,}")
_CLOSE_QUOTES = frozenset("\"”’'")
# the rest of an office printed after the part read as a role mention: " (Communities)",
# ", Leisure and the Third Sector"
_ROLE_TAIL = re.compile(
    r"(?:[ \t]*\([^()\n]{1,60}\)|,[ \t]*(?:(?:and|&)[ \t]+)?(?:the[ \t]+)?[A-Z][\w’'&-]*"
    r"(?:[ \t]+(?:(?:and|&|of|for|the)[ \t]+)*[A-Z][\w’'&-]*)*)+")
# "Q3 Councillor A to the Leader:-": a line announcing the question printed under it
_COLON_END = re.compile(r":[ \t]*-?[ \t]*$")
# "A asked about X, B confirmed that ...": the comma (or semicolon) before an answerer
# named straight after it ends the question's text (the answer is not part of it)
_SPLICE = re.compile(r"[ \t]*[,;][ \t]*(?:and[ \t]+)?$")
_PARA_NUMBER = re.compile(r"(?:\(?\d{1,3}(?:\.\d{1,3})+\)?|Q\d{1,3}[.:)]?)[ \t]+(?=[A-Z])")


def _ci(words: list[str]) -> str:
    return alternation(words)


def cue_words(phrases: list[str], shortest: int = 5, stems: Optional[list[str]] = None) -> Optional[list[str]]:
    """A few lower-case ASCII words, one inside a word of every phrase (greedy: the word in
    most phrases first, then the longer), or None if a phrase has no such word that long.

    A case-insensitive regex finds a phrase only where the text, lower-cased, holds each
    of its words; so a sentence without any cue word cannot hold any phrase. Finding the
    cue words with ``str.find`` costs a small part of searching every sentence for every
    phrase (Python's regex engine enters each case-insensitive phrase at every position).
    ``stems`` are further candidates ("quir" inside "enquired" and "inquiries"): fewer
    cue words cover the same phrases, and each costs one scan of the text."""
    words = [p.lower().split() for p in phrases if p]
    if not words:
        return None
    # ASCII only: the only other characters an ASCII letter matches without case are the
    # ones ``word_gate.safe_lower`` refuses and the Kelvin sign (which lower-cases to "k"),
    # so the scan is exact.
    candidates = sorted({w for ws in words for w in ws if len(w) >= shortest and w.isascii()}
                        | {t.lower() for t in stems or [] if len(t) >= 3 and t.isascii()})
    todo = list(range(len(words)))
    chosen: list[str] = []
    while todo:
        def covered(c: str) -> list[int]:
            return [i for i in todo if any(c in w for w in words[i])]
        best = max(candidates, key=lambda c: (len(covered(c)), len(c), c), default=None)
        hit = covered(best) if best is not None else []
        if not hit:
            return None
        chosen.append(best)
        todo = [i for i in todo if i not in hit]
    for c in list(chosen):  # drop words the later choices made redundant (fewer finds, fewer hits)
        rest = [o for o in chosen if o != c]
        if all(any(o in w for o in rest for w in ws) for ws in words):
            chosen = rest
    return chosen


def _cued(starts: list[int], sents: list[tuple[int, int]]) -> list[bool]:
    """For each sentence, whether a cue word starts inside it (``starts`` sorted)."""
    out = []
    for s, e in sents:
        i = bisect_left(starts, s)
        out.append(i < len(starts) and starts[i] < e)
    return out


class QuestionsComponent(PatternComponent):
    def __init__(self, nlp, name: str, patterns: dict[str, Any], mode: str = "rules",
                 model_threshold: float = 0.5) -> None:
        self.mode = check_mode(name, mode)
        self.model_threshold = model_threshold
        self._namer: Any = None  # per document: the speakers' naming (``_doc_namer``)
        self._text: str = ""
        self._doc: Optional[Doc] = None
        self._replies_here = False  # per region: whether "In reply to" or the like is printed there
        self._printed: dict[str, list[M.PM]] = {}  # per document: askers only printed, by name
        self._offices: dict[str, M.PM] = {}  # per document: unnamed offices read in full as answerers
        super().__init__(nlp, name, patterns)

    def compile(self) -> None:
        p = self.patterns
        fill = p.get("subject_fillers", [])
        self.qverb_re = M.verb_regex(p.get("question_verbs", []), fill)
        self.averb_re = M.verb_regex(p.get("answer_verbs", []), fill, wrapped=True)
        # "Mayor A stated that she would like to know ...", "Cllr B said he wanted to know":
        # a question in reported speech, asked by the one who speaks
        said = [v for v in p.get("reported_speech_verbs", []) if v]
        self.said_q = re.compile(
            M.verb_regex(said, fill).pattern.replace("(?P<verb>", "(?:")
            + rf"(?:[ \t]+that)?[ \t]+(?:he|she|they)[ \t]+(?:also[ \t]+)?(?P<verb>{_ci(p.get('question_verbs', []))})\b"
        ) if said else None
        # "asked (the Committee) to consider", "asked that a report be brought": requests, not questions.
        wh = _ci(p.get("question_words", []))
        self.wh_after = re.compile(rf"[ \t]+(?:{wh})\b")
        self.not_after = re.compile(
            rf"(?:[ \t]+(?!(?:{wh})\b)[\w’'\-]+){{0,3}}?[ \t]+(?:{_ci(p.get('not_question_after', []))})\b")
        self.request_that = re.compile(rf"(?:{_ci(p.get('request_verbs', []))})[ \t]+that\b")
        plural = _ci(p.get("plural_honorifics", []))
        self.asker_trig = re.compile(
            rf"\b(?:{_ci(p.get('asker_triggers', []))})[ \t]+(?:(?:{plural})\.?[ \t]+)?", re.IGNORECASE)
        # "Question from Mr A Bell:" counts only when a person is named right after it.
        # "Question 1 from Mr A", "Question No. 2 by Cllr B": question time numbers its questions
        numbered = rf"(?:question|query|enquiry){_QNUM}[ \t]+(?:from|by)"
        self.named_trig = re.compile(
            rf"\b(?:{_ci(p.get('named_asker_triggers', []))}|{numbered})[ \t]+(?:(?:{plural})\.?[ \t]+)?", re.IGNORECASE)
        mods = alternation(p.get("question_modifiers", []))
        # "(1) Question from Councillor A", "A supplementary question from B", "Questions to
        # the Leader": a heading over the question, which is printed below it
        self._q_heading = re.compile(
            rf"[ \t]*(?:\(?\w{{1,3}}[.)][ \t]+)?(?:(?:{mods})[ \t]+)*(?P<noun>questions?|quer(?:y|ies))(?:{_QNUM})?[ \t]+(?:from|by|to)\b"
            r"(?![^?]*\b(?:were|was|is|are|been|had|has|have|will|would)\b)[^?]*(?<![.;])[ \t]*$",
            re.IGNORECASE) if mods else None
        self._answer_head = re.compile(rf"[ \t]*(?:{_ci(p.get('answer_triggers', []))})\b", re.IGNORECASE)
        self.answer_trig = re.compile(rf"\b(?:{_ci(p.get('answer_triggers', []))})[ \t]+$", re.IGNORECASE)
        self.sentences = wrapped_paragraph_splitter(p.get("abbreviations", []))
        # the speakers' title lexicon: an asker only printed ("Rob queried ...") is a speaker too
        speaker_patterns = default_patterns("minutes_speakers")
        self._titles = Titles(speaker_patterns)
        self._name_skip = title_words(self._titles)
        # a lone word naming a group or a post ("Applicants asked ...") is nobody's name
        self._lone_stop = frozenset(w.lower() for w in speaker_patterns.get("lone_name_stop", []))
        self.shapes = ShapeFinder(p)
        self.titled_re = titled_regex(p.get("title_heads", []))
        self.not_surnames = set(p.get("title_not_surnames", [])) | set(p.get("title_heads", []))
        self.anon_trig = re.compile(rf"\b(?:{_ci(p.get('anonymous_triggers', []))})\b", re.IGNORECASE)
        self.passive_q = re.compile(rf"\b(?:{_ci(p.get('passive_questions', []))})\b", re.IGNORECASE)
        qv = _ci(p.get("question_verbs", []))
        self.body_q = re.compile(rf"^(?:{_ci(p.get('body_subjects', []))})[ \t]+(?:also[ \t]+)?(?P<verb>{qv})\b", re.IGNORECASE)
        self.pronoun_q = re.compile(rf"^(?:{_ci(p.get('pronouns', []))})(?:[ \t]+|[ \t]*\n[ \t]*)(?:also[ \t]+|then[ \t]+|further[ \t]+)?(?P<verb>{qv})\b")
        self.and_q = re.compile(rf"\band[ \t]+(?:also[ \t]+|then[ \t]+)?(?P<verb>{qv})\b")
        self.asked_passive = re.compile(r"[ \t]*\)?[ \t]*,?[ \t]*(?:was|were)[ \t]+asked(?P<asked>)[ \t]+(?:about|whether|if|what|how|why|when|for|to[ \t]+(?:explain|clarify|confirm|comment))\b")
        self.concern_re = re.compile(rf"[ \t]*\)?[ \t]*,?[ \t]*(?:also[ \t]+)?(?:{_ci(p.get('linked_concern', []))})\b")
        # "A resident of Mill Lane enquired", "Ms A, 12 Alder Street, asked": a mention of a
        # place inside the subject, not the asker (the shape rules read the subject)
        self.placed = re.compile(
            rf"(?:\b(?:{_ci(p.get('place_words_before_subject', []))})(?:[ \t]+\d[\w/-]*)?|,[ \t]*\d[\w/-]*)[ \t]+$",
            re.IGNORECASE)
        # "Concern was raised about X; the Clerk explained ...": a concern answered at once
        # is a question in effect (not one left standing: "A concern was expressed that ...")
        self.concern_any = re.compile(
            rf"\b(?:(?P<passive>{_ci(p.get('concern_passive', []))})|{_ci(p.get('linked_concern', []))})\b", re.IGNORECASE)
        self.concern_cues = cue_words(p.get("linked_concern", []) + p.get("concern_passive", []), 5)
        self.reply_cue = re.compile(rf"\b(?:{_ci(p.get('reply_cues', []))})\b", re.IGNORECASE)
        # "asked the following question of Councillor B": the question is printed after it
        self.announce_q = re.compile(
            rf"\b(?:{_ci(p.get('announce_question_verbs', []))})[ \t]+the[ \t]+following[ \t]+"
            rf"(?:(?:supplementary|written|further)[ \t]+)?(?:question|questions|query)\b(?:[ \t]+(?:of|to|for)[ \t]+)?")
        # "The Leader received a question from Cllr B": the subject answers it
        self.received_q = re.compile(
            rf"\b(?:{_ci(p.get('received_question_verbs', []))})[ \t]+(?:(?:a|an|the|one|two|further|supplementary)[ \t]+)*$")
        self.to_ask = re.compile(r"[\"“]?To[ \t]+(?P<verb>ask)\b")
        self.response_to = re.compile(rf"\b(?:{_ci(p.get('response_to', []))})[ \t]+$", re.IGNORECASE)
        # "In reply to Councillor A, the Clerk stated ...": a reply that is the only trace of
        # A's question (the sentence opens with it; a later word is rarely a reply)
        self.reply_to_lead = re.compile(rf"(?:{_ci(p.get('response_to', []))})[ \t]+", re.IGNORECASE)
        self.reply_to_firsts = tuple(sorted({w.split()[0][:1].upper() + w.split()[0][1:].lower()
                                             for w in p.get("response_to", []) if w.strip()}))
        # the same phrases as printed at a sentence start ("In reply to"): a region's cheap test
        self.reply_to_phrases = tuple(sorted({w.strip()[:1].upper() + w.strip()[1:].lower()
                                              for w in p.get("response_to", []) if w.strip()}))
        anon = _ci(p.get("anonymous_answerers", []))
        averbs = _ci(p.get("answer_verbs", []))
        # Every sentence-wide question search (asker, named, anonymous, passive, body,
        # pronoun, "and asked") needs one of these phrases somewhere in the sentence.
        lists = [[w for w in p.get(k, []) if w] for k in ("asker_triggers", "named_asker_triggers",
                                                          "anonymous_triggers", "passive_questions", "question_verbs",
                                                          "question_verbs_loose", "question_nouns",
                                                          "linked_concern", "concern_passive")]
        # (an empty list makes its regex match an empty phrase anywhere: then no screening)
        # (four letters: the shapes' present tenses such as "asks" have no longer word)
        self.cue_words = cue_words([w for ws in lists for w in ws], 4, p.get("cue_stems")) if all(lists) else None
        # A passive answer, or one from unnamed officers: answered, but by nobody we can name.
        # "Cllr A asked the Clerk whether ... She confirmed that ...": the one asked answers
        self.pronoun_a = re.compile(rf"[ \t]*(?:{_ci(p.get('pronouns', []))})\b" + self.averb_re.pattern)
        self.passive_a = re.compile(
            rf"\b(?:{_ci(p.get('passive_answers', []))})\b|\b(?:{anon})[ \t]+(?:also[ \t]+)?(?:{averbs})\b",
            re.IGNORECASE)

    def _cues(self, text: str, lo: int, hi: int) -> Optional[list[int]]:
        """Sorted starts of the cue words in [lo, hi), or None: no cue scan here, every
        sentence is searched."""
        if self.cue_words is None:
            return None
        low = safe_lower(text[lo:hi])
        if low is None:
            return None
        return [lo + i for i in starts_of(self.cue_words, low)]

    def _q_line(self, text: str, lo: int, hi: int) -> bool:
        """Whether a line in [lo, hi) starts with a question label ("Q:", "Question 2:")."""
        return self.shapes.q_line.search(text, lo, hi) is not None

    def _asked_or_concerned(self, text: str, ms: list[M.PM]) -> bool:
        """Whether a mention is followed by "was asked about" or "expressed concern": the
        only questions a region without cue words can hold (every other kind needs a
        trigger phrase or a question verb inside the region, and so a cue word)."""
        return any(self.asked_passive.match(text, m.after) or self.concern_re.match(text, m.after) for m in ms)

    # ------------------------------------------------------------- detection
    def _verb_ok(self, text: str, vm: Optional[re.Match[str]]) -> bool:
        if vm is None:
            return False
        return self._after_ok(text, vm.start("verb"), vm.end())

    def _after_ok(self, text: str, vstart: int, vend: int) -> bool:
        """Whether the words after a question verb make a question: not procedure ("asked
        for nominations", "asked if there were any declarations") nor a request ("asked
        that ...", "asked Members for support", "asked the Clerk to write")."""
        sh = self.shapes
        if sh.procedural.match(text, vend) or sh.request_for.match(text, vend) or sh.arranged.match(text, vend) \
                or sh.pronoun_request.match(text, vend) or _FOR_TO_BE.match(text, vend) or sh.solicits.match(text, vend):
            return False
        if text[vstart:vend].lower().endswith("for"):
            # "asked for comments from ...": the "for" the verb took is read as procedure's
            base = vstart + len(text[vstart:vend].rstrip()[:-3].rstrip())
            if _TO_BE_AFTER_FOR.match(text, vend) or sh.procedural.match(text, base) or sh.request_for.match(text, base):
                return False  # (and "asked for a copy of the slides": a request)
        if self.wh_after.match(text, vend):
            return True
        if self.request_that.match(text, vstart) or self.not_after.match(text, vend):
            return False
        return not sh.request_to.match(text, vend)

    def _passive_asks(self, text: str, s: int, sent: str) -> bool:
        """"A question was raised", "Members queried whether ...": not "A member asked
        for it to be minuted" (what follows a verb is checked as for a named asker)."""
        pm = self.passive_q.search(sent)
        if pm is None:
            return False
        return not pm.group().lower().endswith(_ASK_ENDINGS) or self._after_ok(text, s + pm.start(), s + pm.end())

    def _body_asks(self, sent: str) -> bool:
        """"The Committee asked whether ...": a question from the body; "The Panel asked
        that an update be provided" is a request for action, not a question."""
        bm = self.body_q.search(sent)
        return bm is not None and not self.request_that.match(sent, bm.start("verb")) \
            and self._after_ok(sent, bm.start("verb"), bm.end())

    def _find(self, doc: Doc, text: str, sents: list[tuple[int, int]], sms: list[list[M.PM]], cued: list[bool],
              paras: list[int], bare_ok: bool = True) -> list[Q]:
        """Questions, one per sentence at most. ``cued``: whether a sentence holds a trigger
        phrase or question verb (``cue_words``); the sentence-wide searches need one, so
        they are skipped where there is none (most sentences)."""
        found: list[Q] = []
        last_subject: Optional[M.PM] = None
        subject_sent = -1  # the sentence last_subject was read from
        direct = self._direct_candidates(text, sents, bare_ok)
        for i, (s, e) in enumerate(sents):
            sent = text[s:e]
            ms = sms[i]
            cue = cued[i]
            q: Optional[Q] = None
            tm = (self.asker_trig.search(sent) or self.named_trig.search(sent)) if cue else None
            who = next((m for m in ms if 0 <= m.start - (s + tm.end()) <= 4), None) if tm else None
            if tm and who is None:
                # a name the people component does not know, or "a member of the public"
                subj = self.shapes.name_after(text, s + tm.end(), e)
                if subj is not None and tm.re is self.named_trig and (
                        text.find(":", s + tm.end(), e) < 0 and text.find("?", s + tm.end(), e) < 0
                        or subj.kind == "unnamed" and tm.group().lower().startswith("questions")):
                    subj = None  # "Questions from Electors": a heading, not a question announced
                if subj is not None:
                    if subj.kind == "name":
                        subj = Subject("name", subj.label, s + tm.end() - s + subj.start, s + tm.end() - s + subj.end)
                    who = self._subject_pm(doc, s, ms, subj, None)
            if tm and (who is not None or tm.re is self.asker_trig):
                q = Q(i, s, self._label(who), who.key if who is not None and who.name else None)
                if who is not None:
                    answerer = self._trigger_answerer(text, s, ms, tm, who)
                    if answerer is not None:
                        label = self._label(answerer)
                        q.answered_by = [label] if label else []
                colon = text.find(":", s + tm.end(), e)
                if colon > 0 and _END_QMARK.search(text, colon, e):
                    # "Question from a member of the public: Why ...?": the question itself
                    q.start = colon + 1 + len(text[colon + 1:e]) - len(text[colon + 1:e].lstrip())
                if who is not None:  # "Question from Mr A to the Cabinet Member for Transport:"
                    to = _TO.match(text, who.after)
                    addr = next((o for o in ms if to and 0 <= o.start - to.end() <= 4), None)
                    if addr is not None:
                        # "... to the Cabinet Member for Housing, Councillor B:": the named holder
                        named = next((o for o in ms if o.name and 0 <= o.start - addr.after <= 3
                                      and text[addr.after:o.start].strip() in ("", ",")), None)
                        q.addressee = self._label(named if addr.name is None and named is not None else addr)
            elif cue and (self.anon_trig.search(sent) or self._passive_asks(text, s, sent) or self._body_asks(sent)):
                # "In response, to a query by Cllr A": the asker after the trigger, if any
                rm = self.shapes.response.search(sent)
                who = self._response_asker(rm, ms, s) if rm else None
                q = Q(i, s, self._label(who), who.key if who else None)
            if q is None:
                for m in ms:
                    vm = self.qverb_re.match(text, m.after)
                    if vm is not None and self.placed.search(text, max(s, m.start - 24), m.start):
                        continue  # where the asker lives or comes from, not who asks
                    if self._verb_ok(text, vm) and vm.end() <= e:
                        q = Q(i, s, self._label(m), m.key)
                        addr = next((o for o in ms if 0 <= o.start - vm.end() <= 2), None)
                        if addr is not None and addr is not m:
                            q.addressee = self._label(addr)
                        break
                    ap = self.asked_passive.match(text, m.after)
                    if ap is not None and not self.shapes.request_for.match(text, ap.end("asked")):
                        # ("The Chair was asked for a copy of the slides": a request, an action)
                        label = self._label(m)
                        q = Q(i, s, None, None, addressee=label, answered_by=[label] if label else [])
                        break
            if q is None and cue and self.said_q is not None:
                for m in ms:
                    sm = self.said_q.match(text, m.after)
                    if sm is not None and sm.end() <= e and self._after_ok(text, sm.start("verb"), sm.end()):
                        q = Q(i, s, self._label(m), m.key)
                        break
            if q is None and cue and ms and ms[0].start - s <= 25:
                am = self.and_q.search(sent)
                if am and self._verb_ok(sent, am):
                    q = Q(i, s, self._label(ms[0]), ms[0].key)
            again = self._asker_again(sent, found, subject_sent, last_subject)
            pronoun_who: Optional[M.PM] = None
            if q is None and cue and i > 0 and self.pronoun_q.search(sent):
                am = self.pronoun_q.search(sent)
                if self._verb_ok(sent, am):
                    who = again or self._printed_before(doc, text, sents, sms, i, subject_sent) or last_subject
                    if who is not None:
                        q = Q(i, s, self._label(who), who.key if who.name else None)
                        pronoun_who = who
            if q is None:
                for m in ms:
                    if self.concern_re.match(text, m.after) and self._answered_in_response(text, sents, sms, i, m):
                        q = Q(i, s, self._label(m), m.key)
                        break
            if q is None and ms:
                q = self._reply_to(text, sents, sms, i, found)
            if q is None and cue:
                q = self._to_ask(doc, text, sents, sms, paras, i)
            if q is None and cue:
                q = self._concern(doc, text, sents, sms, paras, i, last_subject)
            subject: Optional[M.PM] = None
            if q is None and cue:
                q, subject = self._shaped(doc, text, s, e, ms, again or last_subject, i)
            announced = bool(found) and found[-1].sent == i - 1 and _ANNOUNCED.search(text, *sents[i - 1])
            if q is None and i in direct and not announced and not self._follows_question(text, sents, paras, found, i):
                q = self._direct(text, sents, sms, i, direct[i])
            if q is not None:
                found.append(q)
            # The sentence's subject (a person named near its start) is whom "He asked" means.
            if subject is not None:
                last_subject, subject_sent = subject, i
            elif pronoun_who is not None:  # "He asked A. He asked B.": the same person
                last_subject, subject_sent = pronoun_who, i
            elif ms and ms[0].start - s <= 25 and not ms[0].data.get("role_only"):
                last_subject, subject_sent = ms[0], i
        return found

    def _printed_answerers(self, doc: Doc, text: str, sents: list[tuple[int, int]], sms: list[list[M.PM]],
                           found: list[Q]) -> None:
        """Add to ``sms`` the printed names the people component missed that start a
        sentence and answer ("Oswin said it was on loan"), so answers find them."""
        known = {m.name for ms in sms for m in ms if m.name} | {q.asker for q in found if q.asker}
        for i, (s, e) in enumerate(sents):
            if sms[i] and sms[i][0].start - s <= 25:
                continue
            subj = self.shapes.printed_subject(text[s:e])
            if subj is None or not self.averb_re.match(text, s + subj.end):
                continue
            printed = subj.label or ""
            if all(w.rstrip(".") in self.not_surnames for w in printed.split()):
                continue  # "Clerk said": an office, not a name
            # "Jen said" after "Librarian Jen Moore": the person the region already names
            first = printed.split()[0] if len(printed.split()) == 1 else None
            same = {n for n in known if first and first in n.split()}
            name = same.pop() if len(same) == 1 else registry_name(doc, printed, s + subj.start) or printed
            sms[i] = [M.PM(s + subj.start, s + subj.end, s + subj.end, {"name": name, "printed": True})] + sms[i]

    def _printed_before(self, doc: Doc, text: str, sents: list[tuple[int, int]], sms: list[list[M.PM]], i: int,
                        subject_sent: int) -> Optional[M.PM]:
        """The printed name starting the sentence before a "He asked" when the people
        component knew no one there ("Member Vale reported ... He asked ..."): whom the
        pronoun means, rather than an older subject."""
        j = i - 1
        if j <= subject_sent or j < 0 or (sms[j] and sms[j][0].start - sents[j][0] <= 25):
            return None
        ps, pe = sents[j]
        subj = self.shapes.printed_subject(text[ps:pe])
        if subj is None or subj.kind != "name" or all(w.rstrip(".") in self.not_surnames for w in (subj.label or "").split()):
            return None
        return self._subject_pm(doc, ps, sms[j], subj, None)

    def _reply_to(self, text: str, sents: list[tuple[int, int]], sms: list[list[M.PM]], i: int,
                  found: list[Q]) -> Optional[Q]:
        """"In reply to Councillor A, the Clerk stated that ...": A asked (the minutes print
        only the reply), unless A's question is already one of the last few sentences."""
        if not self._replies_here:
            return None  # no "In reply to" in the region (``__call__``)
        s, e = sents[i]
        lead = s + self.shapes.lead_end(text[s:e])
        if not text.startswith(self.reply_to_firsts, lead):
            return None  # (a cheap test before the regex)
        rm = self.reply_to_lead.match(text, lead, e)
        if rm is None:
            return None
        who = next((m for m in sms[i] if 0 <= m.start - rm.end() <= 4), None)
        if who is None or not who.name or text[who.after:who.after + 3].lstrip()[:1] != ",":
            return None
        if any(q.asker_key == who.key and i - q.sent <= 3 for q in found):
            return None  # the reply to a question already read
        return Q(i, s, self._label(who), who.key)

    def _to_ask(self, doc: Doc, text: str, sents: list[tuple[int, int]], sms: list[list[M.PM]],
                paras: list[int], i: int) -> Optional[Q]:
        """A written question in the Irish form "To ask the Chief Executive when ...",
        asked by the person named before it on its line ("Cllr A: To ask ...") or on the
        "Question No. 3 – Cllr A" line above it."""
        s, e = sents[i]
        lead = self.shapes.lead_end(text[s:e])
        tm = self.to_ask.match(text, s + lead, e)
        if tm is None:
            colon = text.find(":", s, min(e, s + 80))
            tm = self.to_ask.match(text, colon + 1 + len(text[colon + 1:e]) - len(text[colon + 1:e].lstrip()), e) \
                if colon > 0 else None
        if tm is None or not self._after_ok(text, tm.start("verb"), tm.end()):
            return None
        who = next((m for m in reversed(sms[i]) if m.start < tm.start()), None)
        if who is None and i > 0 and sms[i - 1] and self.shapes.noun_words \
                and any(w in text[sents[i - 1][0]:sents[i - 1][1]].lower() for w in self.shapes.noun_words):
            who = sms[i - 1][-1]
        q = Q(i, s, self._label(who), who.key if who is not None else None)
        addr = next((m for m in sms[i] if 0 <= m.start - tm.end() <= 5), None)  # "To ask the Senior Engineer"
        if addr is not None:
            q.addressee = self._label(addr)
        return q

    def _concern(self, doc: Doc, text: str, sents: list[tuple[int, int]], sms: list[list[M.PM]],
                 paras: list[int], i: int, last: Optional[M.PM]) -> Optional[Q]:
        """A concern raised and answered at once ("Concern was raised about X; the Clerk
        explained ...", "Cllr A expressed concern about Y. The Director replied ..."): the
        person who raised it (or nobody, for the passive) asks."""
        s, e = sents[i]
        if self.concern_cues is not None:
            low = text[s:e].lower()
            if not any(c in low for c in self.concern_cues):
                return None  # (a cheap test before the phrase search)
        cm = self.concern_any.search(text, s, e)
        if cm is None:
            return None
        replied = self.reply_cue.search(text, cm.end(), e) is not None or (
            i + 1 < len(sents) and paras[i + 1] == paras[i]
            and self.reply_cue.search(text, sents[i + 1][0], sents[i + 1][1]) is not None)
        if not replied:
            return None
        if cm.group("passive"):
            return Q(i, s, None, None)
        who = next((m for m in sms[i] if m.after <= cm.start() and cm.start() - m.after <= 30), None)
        if who is None:
            subj = self.shapes.subject(text[s:e], cm.start() - s)
            if subj is None:
                return None
            who = self._subject_pm(doc, s, sms[i], subj, last)
        if who is None:
            return None
        return Q(i, s, self._label(who), who.key if who.name else None)

    @staticmethod
    def _response_asker(rm: re.Match[str], ms: list[M.PM], s: int) -> Optional[M.PM]:
        """Who asked, by a response trigger: the person right after "... a query by", or
        the one whose question it is ("In response to Councillor A's question")."""
        if rm.group("by"):
            return next((m for m in ms if 0 <= m.start - (s + rm.end()) <= 4), None)
        return next((m for m in ms if s + rm.start() <= m.start and m.end <= s + rm.end()
                     and rm.string[m.end - s:m.end - s + 2] in ("'s", "’s")), None)

    def _pronoun_reply(self, text: str, sents: list[tuple[int, int]], paras: list[int], i: int) -> bool:
        """Whether the sentence after question ``i``, in its paragraph, is a reply by a
        pronoun ("She confirmed that it had"): the person the question was put to."""
        j = i + 1
        return j < len(sents) and paras[j] == paras[i] and self.pronoun_a.match(text, sents[j][0], sents[j][1]) is not None

    def _reply_follows(self, text: str, sents: list[tuple[int, int]], i: int) -> bool:
        """Whether a "Reply:" / "Answer:" line follows question ``i`` (within two sentences:
        a question announced on one line and printed on the next)."""
        return any(self.shapes.a_label.match(text[ns:ne]) is not None for ns, ne in sents[i + 1:i + 3])

    def _asker_again(self, sent: str, found: list[Q], subject_sent: int, last: Optional[M.PM]) -> Optional[M.PM]:
        """"A resident asked A. Cllr B replied ... They also asked C.": a pronoun with
        "also" after an answer is the last asker asking again, not the answerer."""
        if not found or found[-1].sent >= subject_sent or last is None or found[-1].asker_key == last.key:
            return None
        if not _AGAIN.match(sent):
            return None
        q = found[-1]
        return M.PM(0, 0, 0, {"name": q.asker, "role": None} if q.asker else {"name": None, "role": None, "unnamed": True})

    def _shaped(self, doc: Doc, text: str, s: int, e: int, ms: list[M.PM], last: Optional[M.PM],
                i: int) -> tuple[Optional[Q], Optional[M.PM]]:
        """A question the mention-first rules missed (``question_shapes``), and the
        sentence's subject when this found it (for a later "They asked")."""
        sh = self.shapes
        sent = text[s:e]
        vm = sh.verb(sent)
        if vm is not None and self._after_ok(text, s + vm.start("verb"), s + vm.end()):
            subj = sh.subject(sent, vm.start("verb"))
            if subj is not None:
                who = self._subject_pm(doc, s, ms, subj, last)
                q = Q(i, s, self._label(who), who.key if who is not None and who.name else None)
                addr = next((o for o in ms if 0 <= o.start - (s + vm.end()) <= 2), None)
                if addr is not None and addr is not who:
                    q.addressee = self._label(addr)
                return q, who
        if vm is not None and (sh.procedural.match(sent, vm.end()) or sh.solicits.match(sent, vm.end())):
            return None, None  # "asked if anyone had questions for Ms A": the chair inviting them
        low = sent.lower()
        if not any(w in low for w in sh.noun_words):
            return None, None  # every shape below needs a question noun
        if sh.none_asked.search(sent) or sh.solicits_any.search(sent):
            return None, None  # "no questions had been submitted", "does anybody have any questions for Ms A"
        am = sh.answered_shape(sent)
        if am is not None:  # "Ms A presented the report and answered questions"
            lead = sent[:am.start()]
            who = next((m for m in ms if m.start - s <= 25 and m.start < s + am.start()), None)
            if who is None:
                subj = sh.start_subject(lead, 0)
                who = self._subject_pm(doc, s, ms, subj, None) if subj is not None and subj.kind == "name" else None
            label = self._label(who)
            return Q(i, s, None, None, answered_by=[label] if label else []), None
        for m in ms:
            if sh.answered_by.search(text, s, m.start):  # "questions were answered by Dr A"
                label = self._label(m)
                return Q(i, s, None, None, answered_by=[label] if label else []), None
            if sh.questions_for.search(text, max(s, m.start - 40), m.start):  # "Questions for Mr A were ..."
                return Q(i, s, None, None, addressee=self._label(m)), None
        if sh.passive_raised.search(sent) or sh.there_was.search(sent) or sh.noun_lead.match(sent) \
                or sh.bare_noun_lead.match(sent):
            # "A question was raised as to whether ...", "A question regarding the map; ..."
            return Q(i, s, None, None), None
        rm = sh.response.search(sent)
        if rm is not None:  # "In response to a councillor question", "In response, to a query by Cllr A"
            who = self._response_asker(rm, ms, s)
            return Q(i, s, self._label(who), who.key if who else None), None
        return None, None

    def _subject_pm(self, doc: Doc, s: int, ms: list[M.PM], subj: Subject, last: Optional[M.PM]) -> Optional[M.PM]:
        """The person a shape's subject stands for: the last subject for a pronoun or an
        elided subject, nobody for an unnamed one, else the mention at the printed name
        or the printed name itself (full name from the meeting's registry when unique)."""
        if subj.kind == "previous":
            return last
        if subj.kind == "unnamed":
            return M.PM(s, s, s, {"name": None, "role": None, "unnamed": True})
        start, end = s + subj.start, s + subj.end
        m = next((m for m in ms if m.start < end and start < m.end), None)
        if m is not None:
            return m
        printed = subj.label or ""
        full = registry_name(doc, printed, start) or printed
        pm = M.PM(start, end, end, {"name": full, "printed": True})
        self._printed.setdefault(full, []).append(pm)
        return pm

    @staticmethod
    def _follows_question(text: str, sents: list[tuple[int, int]], paras: list[int], found: list[Q], i: int) -> bool:
        """Whether sentence ``i`` follows a question of its paragraph with only "?"
        sentences between: a sub-question ("X asked about A. Is it a case of B? How
        many C?") belongs to the question it follows."""
        taken = {q.sent for q in found}
        j = i - 1
        while j >= 0 and paras[j] == paras[i]:
            ends_q = text[sents[j][0]:sents[j][1]].rstrip().endswith("?")
            if j in taken:
                return not ends_q  # a question printed whole ("... posted?") is not followed by its parts
            if not ends_q:
                return False
            j -= 1
        return False

    def _direct_candidates(self, text: str, sents: list[tuple[int, int]], bare_ok: bool) -> dict[int, int]:
        """Sentences that are bare questions ("Should these roles be elected?", "Q: ..."):
        index -> where the question starts. A run of more than a few with no answer
        between them, or a document full of "?" (``bare_ok`` False), is a questionnaire
        or an application form printed in the minutes: there only "Q:" lines count."""
        out: dict[int, int] = {}
        labelled: set[int] = set()
        for i, (s, e) in enumerate(sents):
            if text.find("?", s, e) < 0 and text.find("Q", s, min(e, s + 8)) < 0:
                continue
            sent = text[s:e]
            if self.shapes.verb(sent) is not None:
                continue  # the verb rules read it (or refused it)
            start = self.shapes.is_direct(sent)
            if start is not None:
                out[i] = start
                if self.shapes.q_label.match(sent):
                    labelled.add(i)
        if not bare_ok:
            return {i: out[i] for i in labelled}
        # A run of bare questions with nothing between them is a questionnaire or a list
        # printed in the minutes; questions each followed by its answer are a Q&A, however many.
        keep: dict[int, int] = {}
        run: list[int] = []
        for i in sorted(out) + [-2]:
            if run and i != run[-1] + 1:
                unlabelled = [j for j in run if j not in labelled]
                keep.update({j: out[j] for j in run if j in labelled or len(unlabelled) <= self.shapes.max_direct})
                run = []
            run.append(i)
        return keep

    def _direct(self, text: str, sents: list[tuple[int, int]], sms: list[list[M.PM]], i: int, start: int) -> Q:
        """A bare question: asked by the person named in its label or before a colon
        ("Q (Cllr A): ...", "Cllr A: Why ...?"); answered by the person an "A:" line
        after it names."""
        s, e = sents[i]
        ms = sms[i]
        who = next((m for m in ms if m.start < s + start), None) if start > 2 else None
        if who is None and ms and ms[0].start - s <= 25 and text[ms[0].after:ms[0].after + 2].lstrip()[:1] == ":":
            who = ms[0]
            start = max(start, text.index(":", ms[0].after) + 1 - s)
            while s + start < e and text[s + start] in " \t":
                start += 1
        q = Q(i, s, self._label(who), who.key if who else None, start=s + start)
        if who is None and i > 0:
            self._announced_by(sents, sms, i, q)
        if i + 1 < len(sents):
            ns, ne = sents[i + 1]
            am = self.shapes.a_label.match(text[ns:ne])
            if am:
                named = [m for m in sms[i + 1] if m.start < ns + am.end()]
                q.answered_by = [self._label(m) or "" for m in named[:1]]
        return q

    def _trigger_answerer(self, text: str, s: int, ms: list[M.PM], tm: re.Match[str],
                          who: M.PM) -> Optional[M.PM]:
        """Who answers a question named by its trigger: the subject of the clause after
        "In response to a question from Cllr A, the Leader referred to ..." (whatever the
        verb), or the subject before "The Leader received a question from Cllr B"."""
        if not text[s:s + tm.start()].strip():
            comma = _CLAUSE_COMMA.match(text, who.after)
            if comma is None:
                return None
            ans = next((o for o in ms if who.after < o.start <= comma.end() + 4), None)
            if ans is not None and ans is not who and _THEN_VERB.match(text, ans.after):
                return ans
            return None
        lead = text[s:s + tm.start()]
        if self.received_q.search(lead):
            return next((o for o in ms if o.start - s <= 25 and o.after <= s + tm.start() and o is not who), None)
        return None

    def _colon_heading(self, text: str, ps: int, pe: int, ms: list[M.PM], q: Q) -> None:
        """"Q3  Councillor A to the Leader of the Council:-" on its own line, then the
        question printed alone: A asks it, the Leader is asked (a short line that names a
        person at its start and ends with a colon; nothing else is read as its asker)."""
        if not ms or ms[0].start - ps > 25 or not _COLON_END.search(text, ps, pe) \
                or len(text[ps:pe].split()) > HEADING_WORDS:
            return
        who = ms[0]
        q.asker, q.asker_key = self._label(who), who.key if who.name else None
        to = _TO.match(text, who.after)
        addr = next((o for o in ms if to and 0 <= o.start - to.end() <= 4), None)
        if addr is not None:
            q.addressee = self._label(addr)

    def _announced_by(self, sents: list[tuple[int, int]], sms: list[list[M.PM]], i: int, q: Q) -> None:
        """"Ms A of Hill ward asked the following question of Councillor B, Cabinet Member
        ..." then the question printed alone: its asker and addressee are the
        announcement's (the announcement itself is procedure, no record)."""
        ps, pe = sents[i - 1]
        text = self._text
        am = self.announce_q.search(text, ps, pe)
        if am is None:
            self._colon_heading(text, ps, pe, sms[i - 1], q)
            return
        who = next((m for m in sms[i - 1] if m.start - ps <= 25 and m.start < am.start()), None)
        if who is None:
            subj = self.shapes.subject(text[ps:pe], am.start() - ps)
            if subj is not None and subj.kind == "name":
                who = self._subject_pm(self._doc, ps, sms[i - 1], subj, None)
        if who is not None:
            q.asker, q.asker_key = self._label(who), who.key if who.name else None
        addr = next((m for m in sms[i - 1] if 0 <= m.start - am.end() <= 4), None)
        if addr is not None and addr is not who:
            q.addressee = self._label(addr)

    def _from_model(self, sents: list[tuple[int, int]], sms: list[list[M.PM]], units: list[RoleUnit],
                    taken: set[int]) -> list[Q]:
        """Sentences the classifier calls questions that no rule found: asked by the
        person named at their start, if any (their answerers are then found as for every
        question)."""
        starts = [s for s, _ in sents]
        out: list[Q] = []
        for u in units:
            i = max(0, bisect_left(starts, u.start + 1) - 1)
            if i in taken or not (sents[i][0] < u.end and u.start < sents[i][1]):
                continue
            taken.add(i)
            s = sents[i][0]
            who = next((m for m in sms[i] if m.start - s <= 25), None)
            out.append(Q(i, s, self._label(who), who.key if who else None))
        return out

    def _answered_in_response(self, text: str, sents: list[tuple[int, int]], sms: list[list[M.PM]], i: int,
                              asker: M.PM) -> bool:
        """"X expressed concerns ... In response to X, Y stated": a question in effect."""
        for j in range(i + 1, min(i + 3, len(sents))):
            for m in sms[j]:
                if m.key == asker.key and self.response_to.search(text[sents[j][0]:m.start]):
                    return True
        return False

    def _label(self, m: Optional[M.PM]) -> Optional[str]:
        """The name a record gives ``m``: the speaker record's name when the speakers
        component runs (fullest form: "Aiden" -> "Aiden Hahn", "Member Hale" -> the
        list's "Tomas Hale"), else the mention's own."""
        if m is None:
            return None
        if self._namer is not None:
            return self._namer.label(m)
        return m.name or m.data.get("role")

    # ------------------------------------------------------------- answers
    def _answerers(self, text: str, ms: list[M.PM], start: int, asker_key: Optional[str]) -> list[M.PM]:
        out = []
        for m in ms:
            if m.start < start or (asker_key is not None and m.key == asker_key):
                continue
            if m.name is None and (m.data.get("role") or "")[:1].islower():
                continue  # "a resident ... explained": a member of the public, not someone answering
            if self.averb_re.match(text, m.after) or self.answer_trig.search(text[max(start, m.start - 30):m.start]):
                out.append(m)
            elif m.name is None and m.data.get("role"):
                longer = self._role_answerer(text, m)
                if longer is not None:
                    out.append(longer)
        # "In response to X and the Chair, Y stated": only Y is answering.
        return out

    def _office_speakers(self, doc: Doc, answered: list[str]) -> None:
        """A speaker record (name null, the office as printed) for an unnamed office holder
        who answers ("The Executive Member (Communities) replied."), unless a speaker of the
        item covers that mention or has that role already."""
        for label in answered:
            m = self._offices.get(label)
            if m is None or S.overlapping(doc, S.SPEAKERS, m.start, m.end):
                continue
            items = S.overlapping(doc, S.ITEMS, m.start, m.end)
            if not items:
                continue
            lo, hi = S.char_range(items[0], S.ITEMS)
            if any(S.data(sp, S.SPEAKERS).get("role") == label for sp in S.within(doc, S.SPEAKERS, lo, hi)):
                continue
            S.add_span(doc, S.SPEAKERS, m.start, m.end, "speaker", {"name": None, "role": label})

    def _role_answerer(self, text: str, m: M.PM) -> Optional[M.PM]:
        """"The Executive Member (Communities) replied", "The Cabinet Member for Culture,
        Leisure and the Third Sector stated ...": an office the people component read
        only in part (up to the bracket or the comma) answers; the office as printed in
        full is its label (the guidelines write an unnamed office holder's role)."""
        tail = _ROLE_TAIL.match(text, m.after)
        if tail is None or not self.averb_re.match(text, tail.end()):
            return None
        role = " ".join(f"{m.data['role']}{text[m.after:tail.end()]}".split())
        pm = M.PM(m.start, tail.end(), tail.end(), {**m.data, "role": role})
        self._offices.setdefault(role, pm)
        return pm

    def _answer(self, text: str, q: Q, qs: dict[int, Q], sents: list[tuple[int, int]],
                sms: list[list[M.PM]], paras: list[int], memo: dict) -> list[str]:
        """Answerers after question ``q``: in the rest of its paragraph up to a question
        from someone else; failing that (and no passive answer), in the next paragraphs.

        What a stretch of sentences yields depends only on where it starts and whose
        question it follows, so it is worked out once (``memo``, one per region): many
        questions in one paragraph (or from one member) used to rescan the paragraph each,
        at a cost quadratic in its length."""
        i = q.sent
        head = self._answerers(text, sms[i], q.pos, q.asker_key)
        names = [self._label(m) or "" for m in head]
        passive = bool(self.passive_a.search(text, q.pos, sents[i][1]))
        if i + 1 < len(sents) and paras[i + 1] == paras[i]:
            rest, found, rest_passive, j = self._same_paragraph(text, i + 1, q.asker_key, qs, sents, sms, paras, memo)
        else:
            rest, found, rest_passive, j = (), False, False, i + 1
        if head or found or passive or rest_passive:
            return _unique(names + list(rest))
        return _unique(self._next_paragraphs(text, j, q.asker_key, qs, sents, sms, paras, memo))

    def _same_paragraph(self, text: str, j: int, key: Optional[str], qs: dict[int, Q], sents: list[tuple[int, int]],
                        sms: list[list[M.PM]], paras: list[int], memo: dict) -> tuple[tuple[str, ...], bool, bool, int]:
        """From sentence ``j`` to the end of its paragraph or a question by someone other
        than ``key``: (answerer labels, any answerer, any passive answer, where it stops)."""
        chain: list[int] = []
        while True:
            if ("same", j, key) in memo:
                tail = memo[("same", j, key)]
                break
            other = qs.get(j)
            if j >= len(sents) or (other is not None and other.asker_key != key):
                tail = ((), False, False, j)
                break
            chain.append(j)
            if j + 1 < len(sents) and paras[j + 1] == paras[j]:
                j += 1
            else:
                tail = ((), False, False, j + 1)
                break
        for j in reversed(chain):
            got = self._answerers(text, sms[j], sents[j][0], key)
            labels = [self._label(m) or "" for m in got]
            passive = tail[2] or bool(self.passive_a.search(text, sents[j][0], sents[j][1]))
            tail = (tuple(_unique(labels + list(tail[0]))), tail[1] or bool(got), passive, tail[3])
            memo[("same", j, key)] = tail
        return tail

    def _next_paragraphs(self, text: str, j: int, key: Optional[str], qs: dict[int, Q], sents: list[tuple[int, int]],
                         sms: list[list[M.PM]], paras: list[int], memo: dict) -> list[str]:
        """Answerers in the (at most two) paragraphs from sentence ``j`` that react to a
        question nobody answered in its own paragraph."""
        if ("next", j, key) in memo:
            return memo[("next", j, key)]
        start = j
        names: list[str] = []
        para_seen = 0
        while j < len(sents) and para_seen < 2:
            p = paras[j]
            para_seen += 1
            found_any = False
            stop = False
            while j < len(sents) and paras[j] == p:
                if j in qs:
                    stop = True
                    break
                got = self._answerers(text, sms[j], sents[j][0], key)
                names.extend(self._label(m) or "" for m in got)
                if got:
                    found_any = True
                elif not found_any:
                    if self.passive_a.search(text, sents[j][0], sents[j][1]) or sms[j]:
                        stop = True
                        break
                j += 1
            if stop or found_any:
                break
        memo[("next", start, key)] = names
        return names

    def _with_titled(self, doc: Doc, text: str, lo: int, hi: int, ms: list[M.PM]) -> list[M.PM]:
        """The region's mentions plus "Director Quaile" ones (``titled_names``), by start."""
        regs = doc._.minutes_registry or []
        k = next((m.data.get("meeting") for m in ms if m.data.get("meeting") is not None), 0)
        registry = regs[k] if 0 <= k < len(regs) else []
        extra = titled_mentions(text, lo, hi, self.titled_re, ms, registry, self.not_surnames)
        return sorted(ms + extra, key=lambda m: m.start) if extra else ms

    # ------------------------------------------------------------------ run
    def _doc_namer(self, doc: Doc) -> Any:
        """The speakers component's naming for ``doc``, or None without that component."""
        try:
            pipe = self.nlp.get_pipe("minutes_speakers")
        except KeyError:
            return None
        return pipe.doc_names(doc) if hasattr(pipe, "doc_names") else None

    def _asker_speaker(self, doc: Doc, q: Q, ms: list[M.PM], lo: int, hi: int) -> None:
        """A speaker record for an asker named in the question's sentence whom the speakers
        component passed over ("Mr A Bell, Mill Road: He asked ...") or did not know
        ("Rob queried ..."): the guidelines make whoever asks a speaker (unless the item
        already names them: ``add_mover_speaker`` checks)."""
        if q.asker is None or self._namer is None:
            return
        if " " not in q.asker.strip() and q.asker.strip().lower() in self._lone_stop:
            return
        m = next((m for m in ms if m.name and self._label(m) == q.asker), None) \
            or next((p for p in self._printed.get(q.asker, ()) if lo <= p.start < hi), None)
        if m is not None:
            role = self._namer.name_role(m)[1]
            add_mover_speaker(doc, m.start, m.end, q.asker, self._titles, self._name_skip, lambda _: role)

    def _before_answer(self, text: str, ms: list[M.PM], q: Q, s: int, e: int) -> int:
        """Where the question's text ends: before ", B confirmed that ..." when the minutes
        splice the answer onto the question with a comma ("Ann asked about the boilers,
        Ben confirmed that ..."), if a question verb comes before that comma; else ``e``."""
        for m in ms:
            if m.start <= s or m.start >= e or (q.asker_key is not None and m.key == q.asker_key):
                continue
            sp = _SPLICE.search(text, s, m.start)
            if sp is None or sp.start() <= s or not _THEN_VERB.match(text, m.after) or not self.averb_re.match(text, m.after):
                continue  # (", the Leader, Cllr B, agreed that ...": an appositive, not the answer)
            if self.shapes.verb_any is not None and self.shapes.verb_any.search(text, s, sp.start()):
                return sp.start()
        return e

    def _heading_question(self, text: str, sents: list[tuple[int, int]], i: int, s: int,
                          e: int) -> Optional[tuple[int, int]]:
        """The question printed under a heading that only announces it ("(1) Question from
        Councillor A", then a note, then '"Does the Authority realise ...?"'): the first of
        the next few sentences that ends with a question mark, before a "Response from" line.
        (-1, -1) for a plural heading with none below ("Questions to the Leader"): a section
        heading, not a question. None when the sentence is no such heading."""
        if self._q_heading is None or len(text[s:e].split()) > HEADING_WORDS:
            return None
        m = self._q_heading.match(text, s, e)
        if m is None:
            return None
        for j in range(i + 1, min(i + 1 + HEADING_LOOKAHEAD, len(sents))):
            a, b = sents[j]
            if self._answer_head.match(text, a, b) or self._q_heading.match(text, a, b):
                break
            if _END_QMARK.search(text, a, b):
                return a, b
        return (-1, -1) if m.group("noun").lower().endswith(("s", "ies")) else None

    def __call__(self, doc: Doc) -> Doc:
        text = S.doc_text(doc)
        self._text, self._doc = text, doc  # for helpers reached from deep in the rules
        self._printed, self._offices = {}, {}
        bare_ok = text.count("?") <= self.shapes.max_doc_marks
        self._namer = None
        namer_made = False
        for lo, hi in item_regions(doc):
            ms = M.people_in(doc, lo, hi)
            cues = self._cues(text, lo, hi)
            units = role_units(doc, "question", self.model_threshold, lo, hi) if self.mode != "rules" else []
            self._replies_here = any(text.find(r, lo, hi) >= 0 for r in self.reply_to_phrases)
            if cues == [] and not units and not self._asked_or_concerned(text, ms) \
                    and text.find("?", lo, hi) < 0 and not self._q_line(text, lo, hi) and not self._replies_here:
                continue  # nothing here can make a question: leave the region unsplit
            sents = list(self.sentences(text, lo, hi))
            if not sents:
                continue
            if not namer_made:
                self._namer, namer_made = self._doc_namer(doc), True
            if self._namer is not None:  # "VD asked", "Jen said": the short forms speakers read
                more = self._namer.short_mentions(lo, hi, ms)
                if more:
                    ms = sorted(ms + more, key=lambda m: m.start)
            ms = self._with_titled(doc, text, lo, hi, ms)
            starts = [m.start for m in ms]  # sorted: each sentence's mentions by bisection
            sms = [ms[bisect_left(starts, s):bisect_left(starts, e)] for s, e in sents]
            paras = paragraph_ids(text, lo, [s for s, _ in sents])
            cued = [True] * len(sents) if cues is None else _cued(cues, sents)
            found = self._find(doc, text, sents, sms, cued, paras, bare_ok) if self.mode != "model" else []
            if units:
                found = sorted(found + self._from_model(sents, sms, units, {q.sent for q in found}), key=lambda q: q.sent)
            if found:
                self._printed_answerers(doc, text, sents, sms, found)
            qs = {q.sent: q for q in found}
            memo: dict = {}
            emitted: set[int] = set()
            sent_starts: Optional[list[int]] = None  # made once, for questions under a heading
            for q in found:
                s, e = sents[q.sent]
                if q.start is not None:
                    s = q.start
                bullet = _BULLET.match(text, s, e)
                if bullet:
                    s = bullet.end()
                num = _PARA_NUMBER.match(text, s, e)
                if num:  # "46.1 Mr A asked ...": the paragraph number is not part of the question
                    s = num.end()
                heading = self._heading_question(text, sents, q.sent, s, e)
                if heading == (-1, -1):
                    continue  # "Questions to the Leader": a section heading, the questions follow
                if heading is not None:
                    s, e = heading
                elif _ANNOUNCED.search(text, s, e) and q.sent + 1 < len(sents) \
                        and text[sents[q.sent + 1][0]:sents[q.sent + 1][1]].rstrip().endswith("?"):
                    s, e = sents[q.sent + 1]  # the text is the question itself, not its announcement
                e = self._before_answer(text, sms[q.sent], q, s, e)
                quote = _OPEN_QUOTE.match(text, s, e)
                if quote and text.find(text[s], s + 1, e - 1) < 0:
                    if text[e - 1:e] in _CLOSE_QUOTES:  # '"How many ...?"' -> 'How many ...?'
                        s, e = quote.end(), e - 1
                    elif text[e:e + 1] in _CLOSE_QUOTES:  # the closing quote left after the sentence
                        s = quote.end()
                if s in emitted:
                    continue  # one record per stretch of text
                emitted.add(s)
                asked = q
                if heading is not None and heading[0] > sents[q.sent][0]:
                    # "Question 3 from Cllr A to the Leader", the question printed below it,
                    # then the reply: answers are read after the printed question, not after
                    # the heading (whose next sentence, the question, names the Leader and stops the search)
                    if sent_starts is None:
                        sent_starts = [a for a, _ in sents]
                    jh = bisect_left(sent_starts, heading[0], q.sent + 1)
                    if jh < len(sents) and sents[jh][0] == heading[0]:
                        asked = replace(q, sent=jh, pos=heading[0])
                answered = q.answered_by or self._answer(text, asked, qs, sents, sms, paras, memo)
                if not answered and q.addressee and (self._reply_follows(text, sents, q.sent)
                                                     or self._pronoun_reply(text, sents, paras, asked.sent)):
                    answered = [q.addressee]  # a reply printed under a question to a named person is theirs
                self._asker_speaker(doc, q, sms[q.sent], *sents[q.sent])
                self._office_speakers(doc, answered)
                S.add_span(doc, S.QUESTIONS, s, e, "question", {
                    "asker": q.asker, "addressee": q.addressee, "answered_by": answered, "text": text[s:e],
                })
        return doc


def _unique(names: list[str]) -> list[str]:
    """Names in first-seen order, each once, blanks dropped."""
    seen: list[str] = []
    for n in names:
        if n and n not in seen:
            seen.append(n)
    return seen


@Language.factory("minutes_questions", default_config=mode_config("minutes_questions"))
def make_questions(nlp: Language, name: str, patterns: dict[str, Any], mode: str,
                   model_threshold: float) -> QuestionsComponent:
    return QuestionsComponent(nlp, name, patterns, mode, model_threshold)
