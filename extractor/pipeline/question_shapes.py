"""Question shapes that do not hang on a person mention right before the verb.

The first question rules read "<mention> asked whether ...": they found nothing when the
people component did not know the asker ("Rob queried whether ...", "Chair Sisk asked
if ..."), when the subject is unnamed ("A resident asked about ...", "One member of the
public questioned ..."), elided ("Questions if the school could get involved"), a
pronoun after such a subject ("They also asked ..."), or sits at the start of a longer
clause ("She stated ... and asked what ..."). Minutes that print only the answer side
("presented the report and answered questions from Council", "questions were answered
by Dr Vale"), bare interrogative sentences ("Should these roles be elected?"), "Q:"
lines, and triggers such as "In response to a councillor question" or "In response, to
a query by Cllr X" were missed whole. So were subjects described by where they live or
whom they represent ("Mr A (Orchard Close)", "Ms B of the Garden Club", "A resident of
Mill Lane"), unnamed people outside a fixed list ("A local business owner", "Two visitors
from the club"), a clause before the subject ("During the public forum, ..."), titles
whose first word is no name ("Council Member Yandell") and a question label after the
asker's name ("Mrs A - Question: ...?"). This module reads those shapes; the component
decides which rule runs first. Word lists live in the questions patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from .patterns import alternation

# "- ", "* ", "• ", "(a) ", "3. ", "4.2 ", "Minute No. 12/25, ": labels before a sentence's subject
_LEAD = re.compile(
    r"[ \t]*(?:[-*•–][ \t]*|\(?[a-z0-9]{1,3}[.)][ \t]+|\d{1,3}(?:\.\d{1,3})+[ \t]+"
    r"|Minute[ \t]+(?:No\.?|number)[ \t]*[\w/.-]+[ \t]*[,–-][ \t]*)?",
    re.IGNORECASE)
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Cr|Rev|Prof|Ald|Hon|Supt|Insp|Sgt|Cst|Fr)\.?"
# A printed name: capitalised words and initials, at most five ("Chair Sisk", "Ms. Ada Vale",
# "Rob", "J. P. Morrow"); whether its first word may start a name is checked separately.
# (a wrapped line may break it once: "... Lavinia⏎Stroud asked")
# (a lower-case particle may follow a capitalised word: "Jan van Dijk", "Rosa de la Cruz";
# the particles are the questions patterns' ``name_particles``)


def name_regex(particles: list[str]) -> re.Pattern[str]:
    """A printed name: capitalised words and initials, at most five, a lower-case name
    particle allowed after a capitalised word."""
    words = [w for w in particles if w]
    part = rf"(?:(?:{alternation(words)})[ \t]+){{0,2}}" if words else ""
    return re.compile(
        rf"(?:{_HONORIFIC}[ \t]+)?(?:(?:[A-Z]\.|[A-Z][\w’'-]*)(?:[ \t]+|[ \t]*\n[ \t]*){part}){{0,4}}"
        r"[A-Z][\w’'-]*[a-z][\w’'-]*")


# ", resident," / " (Orchard Close)" / " of the Garden Club" / " — " / ":" between a
# printed name (or "A resident") and its verb: who the asker is or where they live
_APPOSITIVE = re.compile(
    r"[ \t]*,[^,]{1,80},[ \t]*|[ \t]*[—–:-][ \t]*"
    r"|[ \t]*\([^()\n]{1,80}\)[ \t]*,?[ \t]*|[ \t]+(?:of|from|on|in|at|near|along)[ \t]+[^,;:()\n]{1,60}?[ \t]*,?[ \t]*")
# a heading run into the sentence: "PUBLIC QUESTIONS One resident asked ..."
_HONORIFIC_WORD = re.compile(_HONORIFIC)
_CAPS_RUN = re.compile(r"(?:[A-Z][A-Z/&’'-]+[ \t]+)+(?=[A-Z][a-z])")
# a run-in label before the subject: "Public Comment: Jane Doe asked", "Citizen Input – A resident ..."
_RUN_IN = re.compile(r"[ \t]*[A-Z][^:\n–—.?]{1,50}?(?::|[ \t]+[–—-])[ \t]+(?=\S)")
_FILLERS = re.compile(r"(?:[ \t,]+(?:also|then|further|additionally|again|subsequently))+[ \t]*$", re.IGNORECASE)
_AND_TAIL = re.compile(r"[ \t,]+and(?:[ \t]+(?P<pron>he|she|they))?(?:[ \t]+also)?[ \t]*$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)[ \t]*$", re.IGNORECASE)
_PASSIVE_WORDS = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_FILLER_WORDS = frozenset({"also", "then", "further", "additionally", "again", "subsequently"})
_PRONOUN = re.compile(r"(?:he|she|they)", re.IGNORECASE)
# words after "to" that show it is a preposition ("funds available to the village"), not an infinitive
_NOT_VERBS = (r"the|a|an|this|that|these|those|their|his|her|its|our|my|your|all|any|each|every|some|date"
              r"|which|whom|what|why|how|whether|when|where|who")
# "the questions below", "Question 2": questions of a form or a list, not put at the meeting
_NOT_THESE = r"(?![ \t]+(?:\d|[a-z]\)|below|above|listed|that[ \t]+(?:will|would|must|should)))"
_END_QMARK = re.compile(r"\?[ \t\"”’')\]]*$")
_NEVER = re.compile(r"(?!)")  # a shape whose word list is empty matches nothing


def label_regex(labels: list[str]) -> re.Pattern[str]:
    """A line's label: "Q:", "Q2:", "Question (Cllr A):", "A –", "Response:" (case as
    listed: a lone "A" is a label only in capitals). Matches nothing when ``labels`` is empty."""
    words = [w for w in labels if w]
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"[ \t]*(?:[-*•][ \t]*)?(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})"
                      rf"[ \t]*\d{{0,3}}[ \t]*(?:\([^()\n]{{1,60}}\))?(?:[ \t]*[:)]|[ \t]+[–-])[ \t]+")


def _object_words(most: int, *also: str) -> str:
    """Regex for up to ``most`` words after "asked" that are not a question word ("asked
    the Clerk ..." / "asked Members ..."), shared by the two request shapes."""
    stop = "|".join(("whether", "if", "what", "how", "why", "when", "where", "which", "who", "about") + also)
    # (a word may end in a comma: "asked Ann Vale, Counsel, to report")
    return rf"(?:[ \t]+(?!(?:{stop})\b)[\w’'.\-]+,?){{0,{most}}}?"


@dataclass
class Subject:
    """Who a sentence's question verb belongs to: ``kind`` is "name" (printed, not a
    known mention), "unnamed" (nobody named), "previous" (a pronoun or no subject: the
    last subject) or "mention" (the person mention starting the sentence)."""

    kind: str
    label: Optional[str] = None
    start: int = 0
    end: int = 0


class ShapeFinder:
    """Compiled shape patterns from the questions patterns (``p``)."""

    def __init__(self, p: dict[str, Any]) -> None:
        verbs = [v for v in p.get("question_verbs", []) if v]
        self.verb_any = re.compile(rf"(?<![\w’'-])(?P<verb>{alternation(verbs)})\b", re.IGNORECASE) if verbs else None
        # present tense and participles ("asks", "questions", "asking") read as verbs only
        # before a question word: "Questions from the floor" is a heading
        loose = [v for v in p.get("question_verbs_loose", []) if v]
        wh_strict = alternation(p.get("question_words_strict", []))
        self.verb_loose = re.compile(
            rf"(?<![\w’'-])(?P<verb>{alternation(loose)})(?=[ \t]+(?:{wh_strict})\b)", re.IGNORECASE) if loose else None
        self.unnamed = re.compile(rf"(?:{alternation(p.get('unnamed_askers', []))})", re.IGNORECASE)
        # "A local business owner", "One of the parents", "Two visitors": a determiner, at
        # most three lower-case words and a word for a person (listed; "A letter asked" is not one)
        heads = alternation(p.get("unnamed_heads", []))
        self.unnamed_np = re.compile(
            rf"(?:{alternation(p.get('unnamed_determiners', []))})[ \t]+(?:of[ \t]+the[ \t]+)?"
            rf"(?:(?!(?:of|from|on|in|at|by|to|for|with|the|a|an|and|or)\b)[a-z][\w’'-]*[ \t]+){{0,3}}?"
            rf"(?:{heads})(?:s|es)?\b", re.IGNORECASE) if heads else None
        # "During public participation, ", "Following the presentation, ": a clause before the subject
        self.lead_clause = re.compile(
            rf"[ \t]*(?:{alternation(p.get('subject_lead_ins', []))})\b[^,;:]{{0,100}},[ \t]*", re.IGNORECASE)
        self.not_name_start = {w.lower() for w in p.get("not_name_starts", [])}
        self.name_re = name_regex(p.get("name_particles", []))
        # "Council Member Yandell": a member title whose first word alone is no name ("Council")
        titles = [t for t in p.get("member_titles", []) if t]
        self.member_title = re.compile(rf"(?:{alternation(titles)})[ \t]+(?=[A-Z])") if titles else None
        # "asked for nominations", "asked if there were any further declarations"
        openers, nouns_p = alternation(p.get("procedural_openers", [])), alternation(p.get("procedural_nouns", []))
        # "asked if there were any further / written comments"
        pmods = alternation(p.get("procedural_noun_modifiers", [])) or "further"
        # "asked two questions." announces the questions listed after it (they are the
        # records); "asked several questions about the budget" is itself one
        counts = alternation(p.get("question_count_announcements", []))
        self.procedural = re.compile(
            rf"[ \t]+(?:(?:{alternation(p.get('procedural_after', []))})\b"
            rf"|(?:{counts})[ \t]*(?:[.:;]|$)"
            rf"|(?:{openers})[ \t]+(?:(?:{pmods})[ \t]+)?(?:{nouns_p})\b)", re.IGNORECASE)
        # "asked does any member have any questions for Ms A": the chair inviting questions,
        # read anywhere in the clause after the verb (a question word may come first)
        sol = [w for w in p.get("solicitation_after", []) if w]
        self.solicits = re.compile(rf"[^.;?\n]{{0,120}}?\b(?:{alternation(sol)})\b", re.IGNORECASE) if sol else _NEVER
        # the same anywhere in a sentence: "The Chair said does anybody have any questions
        # for Ms A", "raise their hand if they have a question?" (no question verb before it)
        self.solicits_any = re.compile(rf"\b(?:{alternation(sol)})\b", re.IGNORECASE) if sol else _NEVER
        # "asked Members for support", "asked the council for permission": requests
        self.request_for = re.compile(
            rf"{_object_words(3)}[ \t]+for[ \t]+(?:(?:the|a|an|any|their|its|his|her)[ \t]+)?"
            rf"(?:{alternation(p.get('request_objects', []))})\b", re.IGNORECASE)
        allowed = alternation(p.get("question_after_to", []))
        # "asked the Clerk to write ...", "asked to be kept informed": requests, not questions
        # (except "asked the officer to explain / clarify ...")
        self.request_to = re.compile(
            rf"{_object_words(4, 'for')}"
            rf"[ \t]+to[ \t]+(?!(?:{allowed}|{_NOT_VERBS})\b)[a-z]")
        nouns = alternation(p.get("question_nouns", []))
        # "no written questions had been submitted", "There were no public questions": none asked
        self.none_asked = re.compile(
            rf"\b(?:{alternation(p.get('negations_before_question_nouns', []))})[ \t]+"
            rf"(?:[a-z][\w’'-]*[ \t]+){{0,2}}?(?:{nouns})\b", re.IGNORECASE) \
            if p.get("negations_before_question_nouns") else _NEVER
        # a sentence without one of these words holds no noun shape (a cheap gate)
        low = {n.lower() for n in p.get("question_nouns", []) if n}
        self.noun_words = tuple(sorted(w for w in low if not any(o != w and o in w for o in low)))
        dets = alternation(p.get("question_determiners", []))
        averbs = alternation(p.get("answered_question_verbs", []))
        # "answered questions from Council", "responded to several queries", "fielded questions"
        self.answered = re.compile(
            rf"\b(?:{averbs})[ \t]+(?:(?:{dets})[ \t]+){{0,3}}(?:{nouns})\b{_NOT_THESE}", re.IGNORECASE)
        # "questions were answered by", "pertinent questions were answered by"
        self.answered_by = re.compile(
            rf"\b(?:{nouns})\b[^.;:]{{0,80}}?\b(?:was|were)[ \t]+(?:answered|responded[ \t]+to|addressed)[ \t]+by[ \t]+$",
            re.IGNORECASE)
        # "Questions for Mr Vale were on the floor", "Members put questions to the speaker"
        self.questions_for = re.compile(rf"(?<!\bno[ \t])\b(?:{nouns})[ \t]+(?:for|to)[ \t]+$", re.IGNORECASE)
        # "In response to a councillor question", "In response, to a query by", "Following a member's query"
        leads = alternation(p.get("response_leads", []))
        mods = alternation(p.get("question_modifiers", []))
        self.response = re.compile(
            rf"(?<![Tt]he[ \t])(?<!\bare[ \t])\b(?:{leads})[ \t]*,?[ \t]*(?:to[ \t]+)?"
            rf"(?:(?:{mods}|[A-Za-z]+['’]s|[A-Za-z]+s['’])[ \t]+){{0,2}}"
            rf"(?:{nouns})\b{_NOT_THESE}(?P<by>[ \t]+(?:from|by|form|of)[ \t]+)?",
            re.IGNORECASE)
        inter = alternation(p.get("interrogatives", []))
        self.interrogative = re.compile(rf"(?:{inter})\b", re.IGNORECASE)
        self.clause_question = re.compile(rf",[ \t]+(?:{inter})\b[^,]*\?[ \t\"”’')\]]*$", re.IGNORECASE)
        self.solicitation = re.compile(rf"\b(?:{alternation(p.get('solicitations', []))})\b", re.IGNORECASE)
        self.q_label = label_regex(p.get("question_labels", []))
        self.a_label = label_regex(p.get("answer_labels", []))
        self.q_line = re.compile("(?m)^" + self.q_label.pattern)
        # "Mrs A Bell - Question: Can Council confirm ...?": the asker printed before the label
        qlabels = alternation(p.get("question_labels", []))
        self.named_q_label = re.compile(
            rf"[ \t]*(?:[-*•][ \t]*)?[^:\n?]{{2,80}}?[ \t]+[–—-][ \t]*(?:{qlabels})[ \t]*\d{{0,3}}[ \t]*[:.)][ \t]+")
        # "asked if a site visit could be arranged": a request for something later (an action)
        self.arranged = re.compile(
            rf"[ \t]+(?:if|whether)\b[^.?;]{{0,120}}?\b(?:could|would|can|might)[ \t]+be[ \t]+"
            rf"(?:{alternation(p.get('arranged_requests', []))})\b", re.IGNORECASE)
        # "An informal question was raised as to whether ...": asked, nobody named
        self.passive_raised = re.compile(
            rf"\b(?:{nouns})[ \t]+(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+"
            rf"(?:{alternation(p.get('passive_raise_verbs', []))})\b", re.IGNORECASE)
        # "There was a question about the cost", "There were several queries regarding ...":
        # asked, nobody named ("There were no questions" is not one)
        # ("There was just one budget question from the floor", "There was a question raised
        # about ...", "There was a question of what the law was": a word before the noun, a
        # verb or "of" after it; "There was no question of delay" is not one)
        self.there_was = re.compile(
            rf"\bthere[ \t]+(?:was|were)[ \t]+"
            rf"(?:(?:a|an|one|some|several|two|three|further|another|also|just|only|then)[ \t]+){{0,3}}"
            rf"(?:(?!no\b|not\b|never\b)[a-z][\w’'-]*[ \t]+)?"
            rf"(?:{nouns})[ \t]+(?:(?:raised|asked|put|posed)[ \t]+)?"
            rf"(?:about|regarding|concerning|on|over|as[ \t]+to|from|in[ \t]+relation[ \t]+to|of)\b",
            re.IGNORECASE)
        # "A question regarding the zoning map; the planner said ...": a question written as
        # a noun phrase opening the sentence (the minutes' shorthand), nobody named
        topics = alternation(p.get("question_topic_words", []))
        self.noun_lead = re.compile(
            rf"[ \t]*(?:[-*•][ \t]*)?(?:a|one|another)[ \t]+(?:(?:further|follow-up|related)[ \t]+)?"
            rf"(?:{nouns})[ \t]+(?:{topics})\b",
            re.IGNORECASE) if topics else _NEVER
        # "Query about the bin collection on Mill Road.", "Question on why minutes are not
        # posted": terse minutes drop the article too. Only a capitalised noun opening the
        # sentence with four more words after its topic word: "Questions about the agenda"
        # alone is a heading, and so is any line without a closing stop or an answer after
        # a dash; "questions about ..." mid-sentence is read by other shapes
        caps = alternation(sorted({n[:1].upper() + n[1:] for n in p.get("question_nouns", []) if n}))
        self.bare_noun_lead = re.compile(
            rf"[ \t]*(?:[-*•][ \t]*)?(?:{caps})[ \t]+(?:further[ \t]+)?(?:{topics})\b(?:[ \t:]+[^ \t\n:]+){{4}}"
            r"[^\n]*?(?:[.?!;][ \t\"”’')\]]*$|[ \t][–—-][ \t])"  # a sentence, or a note with its answer: no heading
        ) if topics and caps else _NEVER
        # "asked if they could keep an eye on ...", "asked the school if they would hold off":
        # asking the people addressed to do something is a request (an action), not a question
        allowed_q = alternation(p.get("question_after_to", []))
        self.pronoun_request = re.compile(
            rf"{_object_words(4)}[ \t]+(?:if|whether)[ \t]+(?:he|she|they|you)[ \t]+"
            rf"(?:{alternation(p.get('request_modals', []) or ['could', 'would', 'can', 'will'])})"
            rf"[ \t]+(?:please[ \t]+)?(?!(?:be|have|know|{allowed_q})\b)[a-z]")
        self.max_direct = int(p.get("direct_questions_max_per_run", 3))
        self.max_doc_marks = int(p.get("question_marks_max_per_document", 15))

    # ----------------------------------------------------------- verbs and subjects
    def verb(self, sent: str) -> Optional[re.Match[str]]:
        """The first question verb of a sentence (strict forms, then loose ones)."""
        m = self.verb_any.search(sent) if self.verb_any is not None else None
        if m is None and self.verb_loose is not None:
            m = self.verb_loose.search(sent)
        return m

    def is_request(self, sent: str, end: int) -> bool:
        """After the verb: "asked for nominations", "asked if there were any
        declarations", "asked the Clerk to write": procedure or a request, not a question."""
        return bool(self.procedural.match(sent, end) or self.solicits.match(sent, end) or self.request_to.match(sent, end)
                    or self.request_for.match(sent, end) or self.arranged.match(sent, end)
                    or self.pronoun_request.match(sent, end))

    def subject(self, sent: str, verb_start: int) -> Optional[Subject]:
        """Whose verb it is, from the words before it; None when they are not a person
        (a body, a thing, a passive "was asked")."""
        lead_end = _LEAD.match(sent).end()
        if sent[lead_end:lead_end + 2].isupper():
            caps = _CAPS_RUN.match(sent, lead_end)
            if caps is not None and caps.end() < verb_start:
                lead_end = caps.end()
        lc = self.lead_clause.match(sent, lead_end, verb_start)
        if lc is not None:
            lead_end = lc.end()
        ri = _RUN_IN.match(sent, lead_end, verb_start)
        if ri is not None and sent[ri.end():verb_start].strip():
            named = self.subject_at(sent, ri.end(), verb_start)
            if named is not None and named.kind == "previous":
                # "Mr A Bell, Mill Road: He asked ...": the label names whom the pronoun means
                labelled = self._label_name(sent, lead_end, ri.end())
                if labelled is not None:
                    return labelled
            if named is not None:
                return named
        return self.subject_at(sent, lead_end, verb_start)

    def _label_name(self, sent: str, lead_end: int, label_end: int) -> Optional[Subject]:
        """The person a run-in label names ("Mr A Bell, Mill Road:", "Cllr Vale –"): a
        printed name with an honorific, or of two words or more followed by a comma (an
        address after it); a topic label ("Church Lane:", "Highways –") names nobody."""
        named = self._name(sent[lead_end:label_end], lead_end, whole=False)
        if named is None or named.label is None:
            return None
        words = named.label.split()
        after = sent[named.end:named.end + 1]
        if _HONORIFIC_WORD.fullmatch(words[0]) or (len(words) >= 2 and after == ","):
            return named
        return None

    def subject_at(self, sent: str, lead_end: int, verb_start: int) -> Optional[Subject]:
        """``subject`` for the words from ``lead_end`` to the verb."""
        head = sent[lead_end:verb_start]
        # (word tests first: the regexes below run only where their last word is there)
        tail = head[-40:].lower().split()
        last = tail[-1].strip(",") if tail else ""
        if last in _PASSIVE_WORDS and _PASSIVE_BEFORE.search(head):
            return None
        if last in _FILLER_WORDS:
            fm = _FILLERS.search(head)
            if fm:
                head = head[:fm.start()]
        am = _AND_TAIL.search(head) if "and" in tail[-3:] else None
        if am:  # "She stated ... and asked": the subject starts the sentence
            head = head[:am.start()]
            first = self.start_subject(head, lead_end)
            return first
        stripped = head.strip(" \t\n,")  # ("She⏎asked": a wrapped line)
        if not stripped:
            return Subject("previous")
        if _PRONOUN.fullmatch(stripped):
            return Subject("previous")
        if self.is_unnamed(stripped):
            return Subject("unnamed")
        return self._name(head, lead_end, whole=True)

    def is_unnamed(self, head: str) -> bool:
        """Whether ``head`` is someone not named ("A resident", "A resident of Mill Lane",
        "One local business owner, a parent,"), whatever describes them after."""
        for rx in (self.unnamed, self.unnamed_np):
            um = rx.match(head) if rx is not None else None
            if um is not None and (um.end() == len(head) or _APPOSITIVE.fullmatch(head, um.end())):
                return True
        return False

    @staticmethod
    def lead_end(sent: str) -> int:
        """Where a sentence's subject starts, after a bullet or a paragraph label."""
        return _LEAD.match(sent).end()

    def name_after(self, text: str, pos: int, end: int) -> Optional[Subject]:
        """Who a trigger ("Question from ", "In response to a question from ") names at
        ``pos``: a printed name, or "unnamed" for "a member of the public"; offsets
        relative to ``pos``."""
        head = text[pos:min(end, pos + 100)]
        named = self._name(head, 0, whole=False)
        if named is not None:
            return named
        for rx in (self.unnamed, self.unnamed_np):
            um = rx.match(head) if rx is not None else None
            if um is not None and (um.end() == len(head) or head[um.end()] in " \t:,(;."):
                return Subject("unnamed")
        return None

    def start_subject(self, head: str, offset: int) -> Optional[Subject]:
        """The subject at the start of a clause ("She stated ...", "A resident said ...",
        "Trustee Vale commented ...")."""
        words = head.split()
        if not words:
            return None
        if _PRONOUN.fullmatch(words[0]):
            return Subject("previous")
        um = self.unnamed.match(head.lstrip())
        if um and (len(head.lstrip()) == um.end() or head.lstrip()[um.end()] in " \t,"):
            return Subject("unnamed")
        return self._name(head, offset, whole=False)

    def printed_subject(self, sent: str) -> Optional[Subject]:
        """A printed name starting ``sent`` (after its label), whatever follows it."""
        lead_end = _LEAD.match(sent).end()
        return self._name(sent[lead_end:lead_end + 80], lead_end, whole=False)

    def _name(self, head: str, offset: int, whole: bool) -> Optional[Subject]:
        """A printed name at the start of ``head`` (all of it when ``whole``, an
        appositive ", resident," allowed after it)."""
        lstrip = len(head) - len(head.lstrip())
        nm = self.name_re.match(head, lstrip)
        if nm is None:
            return None
        first = nm.group().split()[0].rstrip(".").lower()
        if first in self.not_name_start and (self.member_title is None
                                             or self.member_title.match(head, lstrip) is None):
            return None
        rest = head[nm.end():]
        if whole and rest.strip() and not _APPOSITIVE.fullmatch(rest):
            return None
        if not whole and rest and not rest[0] in " \t,":
            return None
        return Subject("name", " ".join(nm.group().split()), offset + nm.start(), offset + nm.end())

    # ----------------------------------------------------------- other shapes
    def answered_shape(self, sent: str) -> Optional[re.Match[str]]:
        """"X answered questions ..." (the answerer is the sentence's subject)."""
        return self.answered.search(sent)

    def is_direct(self, sent: str) -> Optional[int]:
        """Where a bare question starts in ``sent`` ("Should these roles be elected?",
        "Q: How many ...?", "We voted for four posts, what is happening with that?"),
        or None. A chair's "Are there any questions?" is not one."""
        start = _LEAD.match(sent).end()
        qm = self.q_label.match(sent)
        if qm:
            return qm.end()
        if not _END_QMARK.search(sent) or self.solicitation.search(sent) or self.solicits_any.search(sent):
            return None
        qm = self.named_q_label.match(sent)
        if qm:
            return qm.end()
        body = sent[start:]
        if len(body.split()) < 4:
            return None
        if self.interrogative.match(body) or self.clause_question.search(body):
            return start
        # "Library hours: When will it reopen?", "Parking – Is the car park free?": a topic
        # label before the question (kept in the text, as printed)
        ri = _RUN_IN.match(body)
        if ri is not None and len(body[ri.end():].split()) >= 3 and self.interrogative.match(body, ri.end()):
            return start
        return None
