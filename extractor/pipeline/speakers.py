"""Who presented, reported, asked, answered or stated something, per item.

A person mention is a speaker when it is the subject of a speech verb ("Ann Lee,
Director of ..., presented"), the object of a speech trigger ("Following a question
from X", "seconded by X"), or was asked something ("X was asked about ..."). Passive
reporting ("the committee was informed") names nobody and gives no speaker.

Span data (``minutes_speakers``): name (fullest registry form or None), role.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import mentions as M
from . import spans as S
from .patterns import PatternComponent, alternation, default_patterns
from .elections import Elections, chair_at
from .speaker_names import SpeakerNames
from .lone_names import LoneNames
from .text_regions import item_regions, meeting_regions
from .titles import Titles


# between a name opening a line and the verb of notes written "Name: Said ...":
# an optional bracketed role, the colon
_COLON_LEAD = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:[ \t]*")
# what may come before a name that opens its line: indentation, a bullet
_LINE_LEAD = re.compile(r"[ \t]*(?:[-*•·▪‣◦][ \t]*)?")


def _opens_line(text: str, lo: int, start: int) -> bool:
    """Whether only indentation or a bullet comes before ``start`` on its line."""
    ls = max(lo, text.rfind("\n", 0, start) + 1)
    return _LINE_LEAD.fullmatch(text, ls, start) is not None


_CLAUSE_GAP = re.compile(r"[.:;][ \t]+$")


def _opens_clause(text: str, lo: int, start: int) -> bool:
    """Whether ``start`` opens its line (after indentation or a bullet) or a sentence (after
    a full stop, colon or semicolon and spaces): where "Clerk" is an office speaking, not
    part of a title ("the Deputy Clerk presented" has "the" before it)."""
    ls = max(lo, text.rfind("\n", 0, start) + 1)
    return _LINE_LEAD.fullmatch(text, ls, start) is not None \
        or _CLAUSE_GAP.search(text[max(ls, start - 4):start]) is not None


_SLASH = re.compile(r"[ \t]*/[ \t]*")
_HOUSE_NUMBER = re.compile(r",[ \t]*\d{1,6}[A-Za-z]?[ \t]+$")  # "Ann Lee, 412 Orchard Lane": after a comma


class _Overlaps:
    """Whether [s, e) overlaps any of a set of spans, in log time: a scan of every span per
    candidate made a paragraph of thousands of mentions quadratic (tests/test_scaling.py)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [ps for ps, _ in ordered]
        self.max_end: list[int] = []  # the furthest end among the spans up to each index
        for _, pe in ordered:
            self.max_end.append(max(pe, self.max_end[-1]) if self.max_end else pe)

    def hit(self, s: int, e: int) -> bool:
        k = bisect_left(self.starts, e)  # spans [0, k) start before e
        return k > 0 and self.max_end[k - 1] > s

class SpeakersComponent(PatternComponent):
    def compile(self) -> None:
        p = self.patterns
        # "Councillor Garrow Moved, Councillor Tolley Seconded", "Dave Ames MOVED TO APPROVE":
        # some minutes capitalise the verb after a name
        # informal notes write in the present tense ("Noah says", "Chair opens the meeting");
        # only verbs of speech proper: a case summary's "the owner requests a variance" or
        # "the applicant provides" is no one speaking at the meeting
        # (capitalised only in the past: "Closing Remarks", "Treasurer Reports" are headings)
        past, present = p.get("speech_verbs", []), p.get("speech_verbs_present", [])
        verbs = [*past, *(v[:1].upper() + v[1:] for v in past), *(v.upper() for v in past), *present]
        fillers = p.get("subject_fillers", [])
        self.verb_re = M.verb_regex(list(dict.fromkeys(verbs)), fillers)
        # after "Greg:" a capital opens the note whatever its tense ("Greg: Wants to fix ...")
        self.colon_verb_re = M.verb_regex(list(dict.fromkeys(
            [*verbs, *(v[:1].upper() + v[1:] for v in present)])), fillers)
        # what things rather than people do: "Evidence suggests", "Appendix B sets out"
        self.lone_not_verbs = re.compile(rf"[ \t]*(?:{alternation(p.get('lone_name_not_verbs', []))})\b", re.IGNORECASE)
        self.trigger_re = M.trigger_regex(p.get("object_triggers", []), p.get("plural_honorifics", []))
        # "Resolved, proposed Cllr A, seconded Cllr B": without "by", only where a clause
        # opens ("Cllr A proposed Cllr B as Chair" names a candidate, not a speaker)
        clause = p.get("clause_object_triggers", [])
        plural = alternation(p.get("plural_honorifics", []))
        self.clause_trigger_re = re.compile(
            rf"(?:^|[,;:(]|(?-i:(?<!\b[A-Z])(?<!\b[DM]r)(?<!\bMrs)(?<!\bMs))\.|\b(?:and|Resolved|RESOLVED))[ \t]*(?:{alternation(clause)})[ \t]+(?:(?:{plural})\.?[ \t]+)?$",
            re.IGNORECASE) if clause else None
        self.passive_re = re.compile(rf"[ \t]*\)?[ \t]*,?[ \t]*(?:{alternation(p.get('asked_passive', []))})\b")
        self.not_after = re.compile(rf"[ \t]+(?:{alternation(p.get('not_speaking_after', []))})\b")
        self.chair_role = p.get("chair_role", "Chair")
        self.councillor_role = p.get("councillor_role", "Councillor")
        self.names = SpeakerNames(Titles(p), self.councillor_role, p)
        self.elections = Elections(p)
        self.chair_words = {w.lower() for w in p.get("chair_words", [])}
        bare = alternation(p.get("bare_role_openers", []))
        # "Clerk presented ...": an office opening a line or sentence without "The" (case matters)
        self.bare_role_re = re.compile(rf"(?<![\w’'-])(?P<r>{bare})(?=[ \t])") if bare else None
        titles = self.names.titles
        people = default_patterns("minutes_people")  # its role heads and non-name words are no names either
        self.lone_stop = frozenset([*p.get("lone_name_stop", []), *titles.table, *titles.honorifics,
                                    *titles.not_names, *p.get("chair_words", []),
                                    *people.get("role_heads", []), *people.get("non_name_words", [])])

    def says_at(self, text: str, pos: int, line_start: bool) -> bool:
        """Whether a speech verb follows a mention ending at ``pos``: "Noah said ...", or, for
        a mention opening its line, the notes' "Greg: Said we could buy ..." (a name, an
        optional bracketed role and a colon before the verb)."""
        vm = self.verb_re.match(text, pos)
        if vm is None and line_start:
            cm = _COLON_LEAD.match(text, pos)
            if cm is not None:
                vm = self.colon_verb_re.match(text, cm.end())
        return vm is not None and not self.not_after.match(text, vm.end())

    def lone_mentions(self, lone: LoneNames, text: str, lo: int, hi: int, taken: list[M.PM],
                      names: Any) -> list[M.PM]:
        """One-word names that open a clause and speak ("Don reported"): the one person of
        the meeting with that name word ("Wystan" of "Orla Wystan Pellow"), else
        named as printed (see ``lone_names``), unless the meeting's attendance list
        prints full names: then a word it does not hold is more likely no name, or a
        guest the minutes name more fully elsewhere."""
        meeting = names.meeting_of(lo)
        registry = names.registry(meeting)
        full_list = any(len(n.split()) > 1 for st, n, _ in names.listed if names.meeting_of(st) == meeting)
        taken_at = _Overlaps((p.start, p.after) for p in taken)
        out: list[M.PM] = []
        for s, e in lone.candidates(lo, hi):
            if taken_at.hit(s, e):
                continue
            if self.lone_not_verbs.match(text, e) or not self.says_at(text, e, _opens_line(text, lo, s)) \
                    or not lone.opens_clause(lo, s) or not lone.is_name(text[s:e]):
                continue
            entry = lone.listed_as(text[s:e], registry)
            if entry is None and full_list:
                continue  # a list printing full names would have named this person
            name = registry[entry]["name"] if entry is not None else text[s:e]
            out.append(M.PM(s, e, e, {"name": name, "role": None, "meeting": meeting, "entry": entry,
                                      "chair": False, "role_only": False, "councillor": False,
                                      "speaking": False, "printed": entry is None}))
        return out

    def bare_roles(self, text: str, lo: int, hi: int, taken: list[M.PM], names: Any) -> list[M.PM]:
        """An office opening a line or a sentence without "The" and speaking ("Clerk
        presented the claims list", "- Treasurer reported ..."): a role-only mention, as
        "The Clerk" is, named after its holder where the meeting names one."""
        if self.bare_role_re is None:
            return []
        spans = [(p.start, p.after) for p in taken]
        out: list[M.PM] = []
        for m in self.bare_role_re.finditer(text, lo, hi):
            s, e = m.start("r"), m.end("r")
            if any(ps < e and s < pe for ps, pe in spans) or not _opens_clause(text, lo, s) \
                    or not self.says_at(text, e, False):
                continue
            role = m.group("r")
            out.append(M.PM(s, e, e, {"name": None, "role": role, "meeting": names.meeting_of(lo), "entry": None,
                                      "chair": role.lower() in self.chair_words, "role_only": True,
                                      "councillor": False, "speaking": False}))
        return out

    def speaking(self, text: str, ms: list[M.PM], lo: int) -> list[bool]:
        """For each mention (sorted), whether it is recorded as speaking."""
        flags = [False] * len(ms)
        how = [""] * len(ms)
        for i, m in enumerate(ms):
            if m.data.get("speaking"):  # a mover or seconder named the short way
                flags[i], how[i] = True, "trigger"
                continue
            if _HOUSE_NUMBER.search(text, max(lo, m.start - 10), m.start):
                continue  # "412 Orchard Lane": a street address, not a person
            if self.says_at(text, m.after, _opens_line(text, lo, m.start)):
                flags[i], how[i] = True, "subject"
            elif self.passive_re.match(text, m.after):
                flags[i], how[i] = True, "asked"
            else:
                line_start = text.rfind("\n", lo, m.start) + 1
                before = text[max(line_start, m.start - 60):m.start]
                if self.trigger_re.search(before) or (
                        self.clause_trigger_re is not None and self.clause_trigger_re.search(before)):
                    flags[i], how[i] = True, "trigger"
        # "Ormsell/Velling CARRIED", "Councillors Brastow/Quennock": two people parted by a
        # slash are a mover and a seconder
        for i in range(1, len(ms)):
            a, b = ms[i - 1], ms[i]
            if a.name and b.name and not a.data.get("role_only") and not b.data.get("role_only") \
                    and _SLASH.fullmatch(text, a.after, b.start):
                flags[i - 1] = flags[i] = True
                how[i - 1], how[i] = how[i - 1] or "trigger", how[i] or "trigger"
        # Lists: "seconded by Councillors A and B" (forward); "A and B presented" (backward).
        for i in range(1, len(ms)):
            if how[i - 1] == "trigger" and not flags[i] and M.LIST_JOIN.match(text[ms[i - 1].after:ms[i].start]):
                flags[i], how[i] = True, "trigger"
        for i in range(len(ms) - 2, -1, -1):
            if how[i + 1] == "subject" and not flags[i] and M.LIST_JOIN.match(text[ms[i].after:ms[i + 1].start]):
                flags[i], how[i] = True, "subject"
        return flags

    def __call__(self, doc: Doc) -> Doc:
        text = S.doc_text(doc)
        listed = [(sp.start_char, S.data(sp, S.ATTENDEES).get("name") or "", sp.label_) for sp in S.spans(doc, S.ATTENDEES)]
        regions = meeting_regions(doc)
        names = self.names.for_doc(text, regions, doc._.minutes_registry or [], listed)
        elected = [self.elections.find(text, M.people_in(doc, s, e), self.chair_role) for s, e in regions]
        lone = LoneNames(text, self.lone_stop)
        for lo, hi in item_regions(doc):
            ms = M.people_in(doc, lo, hi)
            more = names.titled_mentions(lo, hi, ms)
            moved, placed = names.motion_mentions(lo, hi, ms + more)
            more += moved
            more += names.initial_mentions(lo, hi, ms + more)
            more += names.first_name_mentions(lo, hi, ms + more)
            more += names.surname_mentions(lo, hi, ms + more)
            more += self.lone_mentions(lone, text, lo, hi, ms + more, names)
            more += self.bare_roles(text, lo, hi, ms + more, names)
            placed_at = {(m.start, m.end) for k, m in enumerate(ms + more) if k in placed}
            if more:
                ms = sorted(ms + more, key=lambda m: m.start)
            if not ms:
                continue
            seen: set[str] = set()
            roles = M.item_roles(ms)
            flags = self.speaking(text, ms, lo)
            if placed_at:
                flags = [f or (m.start, m.end) in placed_at for m, f in zip(ms, flags)]
            for m, is_speaker in zip(ms, flags):
                if not is_speaker:
                    continue
                registry = M.registry_for(doc, m)
                role = M.role_for(m, roles, registry, self.chair_role, self.councillor_role)
                name, role = names.resolve(m, registry, role)
                name, role = self._after_election(names, elected, doc, m, name, role)
                key = name or "role:" + (role or "")
                if key in seen:
                    continue
                seen.add(key)
                S.add_span(doc, S.SPEAKERS, m.start, m.end, "speaker", {"name": name, "role": role})
        return doc


    def doc_names(self, doc: Doc) -> "DocNamer":
        """The speaker naming of ``doc`` for another component (questions): its askers
        and answerers are "names as for speakers" (the spec), so they are resolved the
        same way, and the short forms speakers read (initials, a listed first name) are
        offered as mentions too."""
        text = S.doc_text(doc)
        listed = [(sp.start_char, S.data(sp, S.ATTENDEES).get("name") or "", sp.label_) for sp in S.spans(doc, S.ATTENDEES)]
        names = self.names.for_doc(text, meeting_regions(doc), doc._.minutes_registry or [], listed)
        return DocNamer(self, doc, names)

    def _after_election(self, names: Any, elected: list[list[Any]], doc: Doc, m: M.PM,
                        name: Optional[str], role: Optional[str]) -> tuple[Optional[str], Optional[str]]:
        """From the point someone is elected to (or takes) the chair, they speak as the
        chairing word, and an unnamed "The Chair" is them."""
        taken = chair_at(elected[names.meeting_of(m.start)] if elected else [], m.start)
        if taken is None:
            return name, role
        if m.key == taken.mention.key and m.name is not None:
            return name, taken.word
        if m.name is None and role and role.lower() in self.chair_words:
            e = taken.mention
            chair_name, _ = names.resolve(e, M.registry_for(doc, e), None)
            return chair_name, taken.word
        return name, role


class DocNamer:
    """Speaker names of one document, for components that name people as speakers do."""

    def __init__(self, comp: SpeakersComponent, doc: Doc, names: Any) -> None:
        self.comp, self.doc, self.names = comp, doc, names
        self._memo: dict[tuple[int, int, Optional[str]], Optional[str]] = {}

    def short_mentions(self, lo: int, hi: int, ms: list[M.PM]) -> list[M.PM]:
        """Mentions by initials or a listed first name in [lo, hi) that ``ms`` lacks."""
        more = self.names.initial_mentions(lo, hi, ms)
        more += self.names.first_name_mentions(lo, hi, ms + more)
        return more

    def label(self, m: M.PM) -> Optional[str]:
        """The speaker record's name for ``m`` (its role when it names nobody)."""
        key = (m.start, m.end, m.name)
        if key in self._memo:
            return self._memo[key]
        name, role = self.name_role(m)
        got = name or m.name or role or m.data.get("role")
        self._memo[key] = got
        return got

    def name_role(self, m: M.PM) -> tuple[Optional[str], Optional[str]]:
        """The speaker record's name and role for ``m``, as the speakers component gives them."""
        if m.data.get("printed") and m.data.get("entry") is None and m.name:
            # a printed name the people component does not know: the one listed person it fits
            # ("Bruce" for the list's "Bruce Alder"), else as printed
            data = self.names.short_data(m.name, self.names.meeting_of(m.start))
            if data is not None and data.get("entry") is not None:
                m = M.PM(m.start, m.end, m.after, data)
        if m.data.get("unnamed") or m.data.get("printed") and m.data.get("entry") is None:
            return m.name, None
        registry = M.registry_for(self.doc, m)
        role = M.role_for(m, {}, registry, self.comp.chair_role, self.comp.councillor_role)
        return self.names.resolve(m, registry, role)


@Language.factory(
    "minutes_speakers",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_speakers"}},
)
def make_speakers(nlp: Language, name: str, patterns: dict[str, Any]) -> SpeakersComponent:
    return SpeakersComponent(nlp, name, patterns)
