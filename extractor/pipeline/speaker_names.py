"""A speaker's name and role in the form the guidelines ask for.

The people registry gives each person's canonical name and the other forms seen in
the meeting. For a speaker the guidelines want the fullest form found anywhere in the
meeting, with the member title the attendance list gives ("Trustee Corvin" in the list,
"Sandy Corvin" in the roll call -> "Trustee Sandy Corvin"), in the singular ("Trustees
LaFleche" -> "Trustee LaFleche"), without offices ("Mayor Ann Lee" -> "Ann Lee", role
"Mayor"); and, for a member with no other role, the member title as role ("Trustee",
"Councillor" for "Cr"). Titled mentions the people component did not mark
("Commissioner Kessler made a motion") are added here, matched to the registry by
surname, and titled forms anywhere in the meeting ("Cr. Tony Pellow" in a list the
attendance reader missed) count as forms of the person.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from functools import lru_cache
from typing import Any, Callable, Iterator, Optional

import re

from . import mentions as M
from .initials import Initials
from .motion_names import MotionNames
from .titles import Title, Titled, Titles

Range = tuple[int, int]


@lru_cache(maxsize=1 << 14)
def _tokens(name: str) -> list[str]:
    """Lower-case name words without stops and commas (memoised; do not change the list)."""
    return [w.strip(".,").lower() for w in name.split() if w.strip(".,")]


# "Moved Cr Hale", "seconded Cr Tran", "Seconder Cr Tran": a mover or seconder whatever
# opens the clause (a bare "proposed" may name a candidate instead)
_PLACE_CUE = re.compile(r"(?i:\b(?:second(?:ed|er)?|moved?r?|motion[ \t]+of(?:[ \t]+(?:Councillors|Cllrs))?))[ \t]*[:\-–]?[ \t]*$")
# between an office read as a mover's name and the person after it: " Mayor "
_TITLE_GAP = re.compile(r"[ \t]+(?:[A-Z][a-z]*\.?[ \t]+){0,2}")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
_INITIALLED = re.compile(r"(?:[A-Z]\.[ \t]?)+[A-Z]")  # "A. Varga"
_SURNAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-]?[A-Z][a-z]+)*")  # "Quaile", "McNorton", "O'Dell", "Lloyd-Pike"
_WORD_BEFORE_CHAR = re.compile(r"[\w.'’-]")  # a surname's word does not start after one of these
_WORD_END = re.compile(r"(?![\w'’-])")
_SURNAME_END = re.compile(r"(?![\w'’-])(?![ \t]+[A-Z][a-z])")  # nor go on, nor run into a capitalised word
# capitalised words just before a surname: a title printed before it ("Vice-Mayor ", "Ald. ")
_TITLE_BEFORE = re.compile(r"(?<![\w.'’-])(?:[A-Z][\w'’-]*\.?[ \t]+){1,2}$")
_CAMEL_INITIAL = re.compile(r"^([A-Z][a-z]+)([A-Z])$")  # "DaveK": Dave K.
# the first word or two of an attendance line: "Directors Present:", "Council Members present"
_PLURAL_HEAD = re.compile(r"[ \t]*([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)??)(?=[ \t]+(?:[Pp]resent|PRESENT|[Aa]ttending|ATTENDING)\b|[ \t]*:)")


def first_name_regex(names: list[str]) -> re.Pattern[str]:
    """Any of ``names`` as a whole word, not after a stop or apostrophe, not after or before
    another capitalised word ("Sheila" alone, not "Sheila Farrant" or "Ms Sheila").

    Compiled once per meeting, so its cost counts: the curly apostrophe is tested in a
    look-around of its own, since a character class holding it and ``\\w`` took twice as
    long to compile as the rest of the pattern. ``(?<![\\w.'-])(?<!’)`` is
    ``(?<![\\w.’'-])`` and ``(?![\\w'-])(?!’)`` is ``(?![\\w’'-])``."""
    return re.compile(rf"(?<![\w.'-])(?<!’)(?<![A-Z][a-z] )(?:{'|'.join(names)})(?![\w'-])(?!’)(?![ \t]+[A-Z])")


# any ASCII first name in ``first_name_regex``'s place: a capitalised word of three or more
# letters with the same look-arounds. A name is a whole word there (letters, then no word
# character, apostrophe or hyphen), so at most one listed name can match at a position and
# this matches exactly where ``first_name_regex`` does, once its word is looked up in the
# set (see ``FirstNames``). The capital comes first and the look-behinds after it (each
# one character longer): a pattern that opens on a character class lets the regex engine
# skip to the next capital, one that opens on a look-behind is tried at every position
_ANY_FIRST = re.compile(r"[A-Z](?<![\w.'-].)(?<!’.)(?<![A-Z][a-z] .)[a-z]{2,}(?![\w'-])(?!’)(?![ \t]+[A-Z])")


class FirstNames:
    """``first_name_regex(names)``'s matches for ASCII names, without compiling a
    regex per meeting: one precompiled pattern finds the candidate words and a set
    keeps the listed ones. Compiling each meeting's alternation cost more than the
    searches it served (a new pattern for every meeting's list of names)."""

    def __init__(self, names: list[str]) -> None:
        self.names = frozenset(names)

    def finditer(self, text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
        names = self.names
        return (m for m in _ANY_FIRST.finditer(text, lo, hi) if m.group() in names)


def first_names_matcher(names: list[str]) -> "FirstNames | re.Pattern[str]":
    """What finds ``names`` as ``first_name_regex`` does: the set look-up when every name
    is ASCII letters shaped like ``_ANY_FIRST``'s word, else the compiled alternation."""
    if all(n.isascii() and n.isalpha() and len(n) >= 3 and n[0].isupper() and n[1:].islower() for n in names):
        return FirstNames(names)
    return first_name_regex(names)


def _short_tokens(name: str) -> list[str]:
    """Tokens of a short name, "DaveK" read as "Dave K"."""
    m = _CAMEL_INITIAL.match(name.strip())
    return [m.group(1).lower(), m.group(2).lower()] if m else _tokens(name)


def _fits(short: list[str], full: list[str]) -> bool:
    """Whether a short name can stand for a fuller one: the same person by surname, the
    first name alone ("Duncan"), or the first name and the surname's initial ("Bea W")."""
    if _same_person(short, full):
        return True
    if len(full) < 2 or not short:
        return False
    if len(short) == 1:
        return short[0] == full[0]
    return len(short) == 2 and len(short[1]) == 1 and short[0] == full[0] and full[-1].startswith(short[1])


def _same_person(a: list[str], b: list[str]) -> bool:
    """Same surname, and compatible first names when both give one (an initial counts)."""
    if not a or not b or a[-1] != b[-1]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    return a[0][0] == b[0][0] and (len(a[0]) == 1 or len(b[0]) == 1 or a[0] == b[0])


class SpeakerNames:
    """The naming rules; ``for_doc`` gives the per-document helper the component uses."""

    def __init__(self, titles: Titles, councillor_role: str, patterns: dict[str, Any]) -> None:
        self.titles = titles
        self.councillor_role = councillor_role
        self.motions = MotionNames(patterns, titles)
        self.councillor_words = frozenset(patterns.get("councillor_honorifics", ["Councillor", "Cllr"]))
        # a list heading of councillors alone ("Councillors:"): no member title of the table
        self.councillor_plurals = frozenset(patterns.get("councillor_plurals", []))
        # words before an office that make it another post ("Deputy Clerk" is not the Clerk)
        self.rank_words = frozenset(w.lower() for w in patterns.get("office_rank_words", []))
        # words that are no surname even when a list ends a name with them, and words that
        # cue a mover or a speech rather than title a person ("Seconded Bunch")
        self.surname_stop = frozenset(patterns.get("lone_name_stop", []))
        self.cue_words = frozenset(w.lower() for t in [*patterns.get("motion_name_triggers", []),
                                                       *patterns.get("object_triggers", []),
                                                       *patterns.get("clause_object_triggers", [])]
                                   for w in re.findall(r"[A-Za-z]+", t))

    def for_doc(self, text: str, regions: list[Range], registries: list[list[dict[str, Any]]],
                listed: list[tuple[int, str, str]]) -> "DocNames":
        return DocNames(self, text, regions, registries, listed)

    def strip_honorific(self, bare: str) -> str:
        """"Ms. Sandy Corvin" -> "Sandy Corvin", when a member title will lead the name."""
        words = bare.split()
        if len(words) > 1 and words[0].rstrip(".") in self.titles.honorifics:
            return " ".join(words[1:])
        return bare

    def strip_lead(self, bare: str) -> str:
        """A name without the honorifics before it, for a member title to lead it
        ("Councillor Jago Eddy" under "County Councillor" -> "Jago Eddy")."""
        words = bare.split()
        while len(words) > 1 and (words[0].rstrip(".") in self.titles.honorifics
                                  or words[0].rstrip(".") in self.councillor_words):
            words = words[1:]
        return " ".join(words)

    def name_and_title_role(self, forms: list[str], title_in_name: bool = True,
                            own: frozenset[Title] = frozenset()) -> tuple[Optional[str], Optional[str]]:
        """The guidelines' name for a person seen in ``forms`` (its canonical form
        first), and the role its titles give. A member title that staff also carry
        ("Director Ashdale" for the library's director) counts only in the canonical
        form, which is the attendance list's when there is one. ``title_in_name`` False:
        the attendance list prints the person without a title, so the name has none
        (the title still gives the role). Titles in ``own`` are the body's own member
        title ("County Councillor" throughout a county council's minutes) and stay as
        printed."""
        if not forms:
            return None, None
        member: Optional[Title] = None
        office_role: Optional[str] = None
        best_bare, best_len = forms[0], -1
        for k, form in enumerate(forms):
            titles, bare = self.titles.split(form)
            if titles and own and any(t in own for t in titles):
                titles, bare = [], form
            for t in titles:
                if t.kind in ("member", "tier") and member is None and (k == 0 or not t.staff_too):
                    member = t
                if t.kind in ("office", "tier") and office_role is None:
                    office_role = t.role
            bare = bare if titles else form
            n = len(_tokens(self.strip_honorific(bare)))
            if n > best_len:
                best_bare, best_len = bare, n
        if member is not None and member.staff_too and office_role and member.name_form.lower() in office_role.lower():
            member = None  # "Director Ashdale" is the "Library Director Sandy Ashdale" of the staff list
        if member is None and office_role is None:
            return forms[0], None
        if member is None or not title_in_name:
            return best_bare, office_role or (member.role if member is not None and member.kind == "member" else None)
        return f"{member.name_form} {self.strip_lead(best_bare)}", office_role or (
            member.role if member.kind == "member" else None)


class DocNames:
    """Speaker names within one document: its meetings' registries and titled forms."""

    def __init__(self, rules: SpeakerNames, text: str, regions: list[Range],
                 registries: list[list[dict[str, Any]]], listed: list[tuple[int, str, str]]) -> None:
        self.rules, self.text, self.regions, self.registries = rules, text, regions, registries
        self.listed = listed  # (start, name as printed in an attendance list, list label)
        self._titled: dict[int, list[Titled]] = {}
        self._initials: dict[int, Initials] = {}
        self._by_surname: dict[int, dict[str, list[tuple[str, list[str]]]]] = {}
        self._listed: dict[int, tuple[list[tuple[list[str], bool, str]], set[str]]] = {}
        self._own: dict[int, frozenset[Title]] = {}
        self._first: dict[int, Optional[FirstNames | re.Pattern[str]]] = {}
        self._surnames: dict[int, tuple[str, ...]] = {}
        self._surname_at: dict[int, list[tuple[int, int, str]]] = {}
        self._bare: dict[str, list[str]] = {}  # registry form -> _bare_tokens (read per short name)
        self._headings: Optional[dict[str, Title]] = None
        self._council_heads: dict[str, str] = {}  # listed name -> councillor role, from its list heading

    def meeting_of(self, pos: int) -> int:
        return next((k for k, (s, e) in enumerate(self.regions) if s <= pos < e), 0)

    def registry(self, meeting: int) -> list[dict[str, Any]]:
        return self.registries[meeting] if meeting < len(self.registries) else []

    def titled_in_meeting(self, meeting: int) -> list[Titled]:
        """Every titled mention of a meeting (read once per meeting)."""
        got = self._titled.get(meeting)
        if got is None:
            lo, hi = self.regions[meeting] if meeting < len(self.regions) else (0, len(self.text))
            got = self._titled[meeting] = list(self.rules.titles.mentions(self.text, lo, hi))
        return got

    def titled_by_surname(self, meeting: int) -> dict[str, list[tuple[str, list[str]]]]:
        """The meeting's titled forms by surname, with their name tokens (built once)."""
        got = self._by_surname.get(meeting)
        if got is None:
            got = self._by_surname[meeting] = {}
            for t in self.titled_in_meeting(meeting):
                toks = _tokens(t.bare)
                if toks:
                    got.setdefault(toks[-1], []).append((t.printed, toks))
        return got

    def initials(self, meeting: int) -> Initials:
        """The meeting's initials tags (read once per meeting)."""
        got = self._initials.get(meeting)
        if got is None:
            lo, hi = self.regions[meeting] if meeting < len(self.regions) else (0, len(self.text))
            known = [self.rules.strip_honorific(f) for e in self.registry(meeting)
                     for f in (e["name"], *(e.get("aliases") or []))]
            got = self._initials[meeting] = Initials(self.text, lo, hi, known)
        return got

    def initial_mentions(self, lo: int, hi: int, taken: list[M.PM]) -> list[M.PM]:
        """People written by their initials ("TI tabled …"), as PMs with the full name."""
        spans = [(p.start, p.after) for p in taken]
        out: list[M.PM] = []
        mi = self.meeting_of(lo)
        for s, e, name in self.initials(mi).mentions(self.text, lo, hi):
            if not any(ps < e and s < pe for ps, pe in spans):
                data = self._short_data(name, mi, known=True)
                if data is not None:
                    data["speaking"] = False  # only a speech verb after the tag makes a speaker
                    out.append(M.PM(s, e, e, data))
        return out

    def _unique_words(self, meeting: int, pick: Callable[[list[str], bool], Optional[str]]) -> list[str]:
        """The words ``pick`` takes from the forms of the meeting's listed people (the form's
        name words without titles, and whether the list prints that form) that stand for
        one listed person only."""
        listed = {name for _, name, _ in self.listed}
        counts: dict[str, int] = {}
        for e in self.registry(meeting):
            forms = [e["name"], *(e.get("aliases") or [])]
            if not any(f in listed for f in forms):
                continue
            words = set()
            for f in forms:
                w = pick(self.rules.strip_honorific(self.rules.titles.split(f)[1] or f).split(), f in listed)
                if w:
                    words.add(w)
            for w in words:
                counts[w] = counts.get(w, 0) + 1
        return sorted(w for w, c in counts.items() if c == 1)

    def first_names(self, meeting: int) -> Optional[FirstNames | re.Pattern[str]]:
        """The first names that stand for one listed person of the meeting ("Sheila" for
        "Sheila Farrant", or a list's one-word "Sheila" itself), as one regex; None when there are none (read once per meeting)."""
        if meeting in self._first:
            return self._first[meeting]

        def first(toks: list[str], printed: bool) -> Optional[str]:
            # a club's list may print members by one name only ("Present: Odell, Priya")
            if (len(toks) >= 2 or (len(toks) == 1 and printed)) and len(toks[0]) >= 3 \
                    and toks[0].isalpha() and toks[0][0].isupper() \
                    and toks[0][1:].islower() and toks[0] not in self.rules.titles.not_names:
                return toks[0]
            return None

        unique = self._unique_words(meeting, first)
        got = self._first[meeting] = first_names_matcher(unique) if unique else None
        return got

    def first_name_mentions(self, lo: int, hi: int, taken: list[M.PM]) -> list[M.PM]:
        """People written by their first name alone ("Sheila proposed …", "Alan agreed
        …"), as PMs with the list's full name when one listed person has that first
        name. Like initials, only a speech verb after the name makes a speaker."""
        rx = self.first_names(self.meeting_of(lo))
        hits = [(f.start(), f.end(), f.group()) for f in rx.finditer(self.text, lo, hi)] if rx is not None else []
        return self._word_mentions(lo, hi, taken, hits, titled=False)

    def _word_mentions(self, lo: int, hi: int, taken: list[M.PM], hits: list[tuple[int, int, str]],
                       titled: bool) -> list[M.PM]:
        """PMs for ``hits`` (one listed person's first name or surname, in [lo, hi)) that
        overlap no mention of ``taken``; ``titled``: a title printed just before the word
        joins the mention."""
        if not hits:
            return []
        mi = self.meeting_of(lo)
        spans = sorted((p.start, p.after) for p in taken)
        starts = [ps for ps, _ in spans]
        reach = list(accumulate((pe for _, pe in spans), max))  # the furthest end of the spans so far
        out: list[M.PM] = []
        for s, e, word in hits:
            i = bisect_left(starts, e) - 1
            if i >= 0 and reach[i] > s:
                continue  # inside (or across) a mention already found
            data = self._short_data(word, mi)
            if data is None or data.get("entry") is None:
                continue
            data["speaking"] = False
            if titled:
                # "seconded by Councilman Bunch": the title words before the surname belong to
                # the mention, so a trigger before them still reads (not a trigger word itself)
                t = _TITLE_BEFORE.search(self.text, max(lo, s - 40), s)
                if t is not None and not any(w.lower().rstrip(".") in self.rules.cue_words for w in t.group().split()):
                    s = t.start()
            out.append(M.PM(s, e, e, data))
        return out

    def surnames(self, meeting: int) -> tuple[str, ...]:
        """The surnames that stand for one listed person of the meeting ("Quaile" for
        "Hesper Quaile"), longest first (read once per meeting)."""
        got = self._surnames.get(meeting)
        if got is None:
            def surname(toks: list[str], printed: bool) -> Optional[str]:
                sur = toks[-1].rstrip(".,") if toks else ""
                if len(toks) >= 2 and len(sur) >= 3 and _SURNAME_WORD.fullmatch(sur) \
                        and sur not in self.rules.titles.not_names and sur not in self.rules.surname_stop:
                    return sur
                return None

            got = self._surnames[meeting] = tuple(sorted(self._unique_words(meeting, surname), key=len, reverse=True))
        return got

    def _surname_hits(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(start, end, surname) of each listed surname in [lo, hi) as a whole word, not
        before another capitalised word ("Post Office"): found with ``str.find`` once per
        meeting (a regex of the meeting's surnames cost more to compile than to run)."""
        mi = self.meeting_of(lo)
        hits = self._surname_at.get(mi)
        if hits is None:
            text = self.text
            a, b = self.regions[mi] if mi < len(self.regions) else (0, len(text))
            hits = []
            for sur in self.surnames(mi):
                at = text.find(sur, a, b)
                while at >= 0:
                    end = at + len(sur)
                    # after a slash ("Quorvell/Pitterly Resolved") a capitalised word may follow
                    if (at == 0 or not _WORD_BEFORE_CHAR.match(text, at - 1)) \
                            and (_SURNAME_END.match(text, end) or text[at - 1:at] == "/" and _WORD_END.match(text, end)):
                        hits.append((at, end, sur))
                    at = text.find(sur, end, b)
            hits.sort()
            self._surname_at[mi] = hits
        return hits[bisect_left(hits, (lo,)):bisect_left(hits, (hi,))]

    def surname_mentions(self, lo: int, hi: int, taken: list[M.PM]) -> list[M.PM]:
        """People written by their surname alone or after a title of any kind ("Bunch
        seconded", "Manager Quaile stated", "supported by Vice-Mayor Pellow"), as PMs
        with the list's full name when one listed person has that surname. A title the
        people component does not know would otherwise hide a listed member or officer;
        like initials, only a speech verb after the name or a trigger before it (the
        title passed over) makes a speaker."""
        return self._word_mentions(lo, hi, taken, self._surname_hits(lo, hi), titled=True)

    def forms(self, m: M.PM, registry: list[dict[str, Any]]) -> list[str]:
        """The forms of one person: the registry's canonical name first, then its
        aliases, then titled forms of the same person elsewhere in the meeting."""
        entry_i = m.data.get("entry")
        entry = registry[entry_i] if isinstance(entry_i, int) and 0 <= entry_i < len(registry) else None
        out = [entry["name"], *(entry.get("aliases") or [])] if entry else []
        if m.name and m.name not in out:
            out.append(m.name)  # a titled mention matched to an entry: the list form leads
        toks = [_tokens(self.rules.titles.split(f)[1] or f) for f in out]
        by_surname = self.titled_by_surname(m.data.get("meeting") or 0)
        for k in toks:
            for printed, t_toks in by_surname.get(k[-1] if k else "", ()):
                if printed not in out and _same_person(t_toks, k):
                    out.append(printed)
        if out and toks and all(len(k) == 1 for k in toks if k):
            out += self._unlisted_full_form(toks[0][-1] if toks[0] else "", registry, entry)
        return [f for f in out if f]

    def _unlisted_full_form(self, surname: str, registry: list[dict[str, Any]],
                            entry: Optional[dict[str, Any]]) -> list[str]:
        """The forms of the one other person of the meeting with this surname and a first
        name; the registry keeps a titled surname apart because a member title is no first
        name. That person is the titled one when no list prints their full form
        ("Trustee Corvin" in the list, "Sandy Corvin, Secretary" under the minutes), or
        when a list prints only the full form ("Trustees present: Tamsin Growle", later
        "Trustee Growle asked"); when both forms are listed, the full form is someone
        else ("Gail Corvin" among the staff)."""
        if not surname:
            return []
        listed = {name for _, name, _ in self.listed}
        own_listed = entry is not None and any(f in listed for f in [entry["name"], *(entry.get("aliases") or [])])
        found: list[list[str]] = []
        found_listed: list[list[str]] = []
        for e in registry:
            if e is entry:
                continue
            forms = [e["name"], *(e.get("aliases") or [])]
            full = [f for f in forms if len(_tokens(self.rules.titles.split(f)[1] or f)) >= 2
                    and _tokens(self.rules.titles.split(f)[1] or f)[-1] == surname]
            if full:
                if any(f in listed for f in forms):
                    if own_listed:
                        return []
                    found_listed.append(full)
                else:
                    found.append(full)
        if found_listed:
            return found_listed[0] if len(found_listed) == 1 and not found else []
        return found[0] if len(found) == 1 else []

    def resolve(self, m: M.PM, registry: list[dict[str, Any]], role: Optional[str]) -> tuple[Optional[str], Optional[str]]:
        """The speaker record's name and role for mention ``m`` (``role`` as the mention
        helpers found it: the item's, the chair's or the registry's)."""
        if m.name is None:
            return self._office_holder(registry, role), role
        forms = self.forms(m, registry)
        heading = self._heading_title(forms)
        if heading is not None:
            forms = [f"{heading.name_form} {self.rules.strip_honorific(forms[0])}", *forms]
        own = self.own_titles(m.data.get("meeting") or 0)
        name, title_role = self.rules.name_and_title_role(forms, self._list_gives_title(m, forms), own)
        tier = self._tier_before(m)
        if tier in own:
            tier = None
        if tier is not None:
            return name, tier.role  # "County Cllr P Rendell reported": a councillor of another council
        office = m.data.get("office")  # "Mayor Tremlow called …": the office printed here
        if office and not m.data.get("chair"):
            return name, self._listed_title(forms, registry, office)
        councillor = self.rules.councillor_role
        if role is None or (role == councillor and title_role and title_role != councillor):
            t = self.rules.titles.get(title_role) if title_role else None
            role = self._listed_title(forms, registry, title_role) if t is not None and t.kind == "office" else title_role or role
        if role is None:  # "Councillors:" over the list lines: a councillor with no other role
            role = next((self._council_heads[f] for f in forms if f in self._council_heads), None)
        return name, role

    @staticmethod
    def _listed_title(forms: list[str], registry: list[dict[str, Any]], office: str) -> str:
        """The office printed before a name, or the longer title a list gives the same
        person for it: "Attorney Hawkins" is the list's "Village Attorney"."""
        tail = f" {office}"
        for e in registry:
            if e["name"] in forms:
                for r in e.get("roles") or []:
                    if isinstance(r, str) and r.endswith(tail):
                        return r
        return office

    def _heading_title(self, forms: list[str]) -> Optional[Title]:
        """The plural member title that heads the attendance line of a person listed
        without one ("Directors Present: Arriaga, Oberlin" -> Director): their role.
        The name stays as the list prints it (the gold writes "Ann Bellamy" under
        "Trustees Present:"). None when the list form has a title."""
        if not forms or any(t.kind in ("member", "tier") for t in self.rules.titles.split(forms[0])[0]):
            return None
        if self._headings is None:
            self._headings = {}
            opens = {self.text.rfind("\n", 0, s) + 1 for s, _, _ in self.listed
                     if not self.text[self.text.rfind("\n", 0, s) + 1:s].strip()}
            for s, name, _ in self.listed:
                line = self.text[self.text.rfind("\n", 0, s) + 1:s]
                if not line.strip():
                    line = self._block_heading(s, opens)
                h = _PLURAL_HEAD.match(line)
                t = self.rules.titles.get(h.group(1)) if h else None
                if t is not None and t.plural and t.kind == "member":
                    self._headings.setdefault(name, t)
                elif h and h.group(1) in self.rules.councillor_plurals:
                    self._council_heads.setdefault(name, self.rules.councillor_role)
        for f in forms:
            if f in self._headings:
                return self._headings[f]
        return None

    def heading_role(self, name: str) -> Optional[str]:
        """The role the plural member-title heading of ``name``'s list line gives them
        ("Trustees: Ann Lee, Bo Ray" -> Trustee), for a listed name printed without one."""
        t = self._heading_title([name])
        return t.role if t is not None else self._council_heads.get(name)

    def _block_heading(self, s: int, opens: set[int]) -> str:
        """The line heading the one-per-line list that holds the person listed at ``s``
        ("Councillors:" over "Ann Lee" / "Bo Ray"), when it is a heading alone on its line;
        else ''. Lines that open with a listed person are the list."""
        start = self.text.rfind("\n", 0, s) + 1
        for _ in range(60):
            if start == 0:
                return ""
            above = self.text.rfind("\n", 0, start - 1) + 1
            if above not in opens:
                line = self.text[above:start - 1]
                return line if line.rstrip().endswith(":") else ""
            start = above
        return ""

    def _list_gives_title(self, m: M.PM, forms: list[str]) -> bool:
        """False when an attendance list of the meeting prints this person with no title
        at all ("Attendee Name / Robert Alan Finch" under a "Title" column) and no list
        shares a plural title ("Trustees LaFleche, Corvin, …"): the name then has none."""
        listed, shared = self.listed_in(m.data.get("meeting") or 0)
        if not listed:
            return True
        toks = [_tokens(self.rules.strip_honorific(self.rules.titles.split(f)[1] or f)) for f in forms]
        mine = [(titled, label) for l_toks, titled, label in listed if any(_same_person(l_toks, k) for k in toks)]
        if not mine:
            return True  # in no list: the forms decide
        return any(titled or label in shared for titled, label in mine)

    def own_titles(self, meeting: int) -> frozenset[Title]:
        """Tier titles the meeting's attendance list gives most of its members ("County
        Councillor" in a county council's own minutes): the body's member title there,
        not a councillor of another council."""
        got = self._own.get(meeting)
        if got is None:
            lo, hi = self.regions[meeting] if meeting < len(self.regions) else (0, len(self.text))
            counts: dict[Title, int] = {}
            n = 0
            for s, name, _ in self.listed:
                if lo <= s < hi:
                    n += 1
                    for t in self.rules.titles.split(name)[0][:1]:
                        if t.kind == "tier":
                            counts[t] = counts.get(t, 0) + 1
            got = self._own[meeting] = frozenset(t for t, c in counts.items() if c >= 2 and 2 * c >= n)
        return got

    def listed_in(self, meeting: int) -> tuple[list[tuple[list[str], bool, str]], set[str]]:
        """The meeting's attendance entries (name tokens, whether a member title is
        printed, list label), and the labels of lists that share a plural title."""
        got = self._listed.get(meeting)
        if got is None:
            lo, hi = self.regions[meeting] if meeting < len(self.regions) else (0, len(self.text))
            entries, shared = [], set()
            for s, name, label in self.listed:
                if lo <= s < hi:
                    titles, bare = self.rules.titles.split(name)
                    entries.append((_tokens(self.rules.strip_honorific(bare or name)),
                                    any(t.kind in ("member", "tier") for t in titles), label))
                    if any(t.plural for t in titles):
                        shared.add(label)
            got = self._listed[meeting] = (entries, shared)
        return got

    def _tier_before(self, m: M.PM) -> Optional[Title]:
        """The tier prefix printed just before a mention that opens with a councillor's
        honorific ("County" before "Cllr P Rendell")."""
        w = _WORD_BEFORE.search(self.text, max(0, m.start - 20), m.start)
        first = self.text[m.start:m.end].split(maxsplit=1)
        if w is None or not first:
            return None
        t = self.rules.titles.get(f"{w.group(1)} {first[0]}")
        return t if t is not None and t.kind == "tier" else None

    def _office_holder(self, registry: list[dict[str, Any]], role: Optional[str]) -> Optional[str]:
        """"The Mayor acknowledged …": the one person of the meeting whose name carries
        that office ("Mayor Cr Kate Rowe" in the list -> "Cr Kate Rowe"); else None."""
        if not role:
            return None
        holders = []
        for e in registry:
            forms = [e["name"], *(e.get("aliases") or [])]
            if any(t.kind == "office" and t.role == role for f in forms for t in self.rules.titles.split(f)[0]):
                holders.append(forms)
        if not holders:
            holders = self._role_holders(registry, role)
        if not holders:
            holders = self._qualified_holders(registry, role)
        if len(holders) != 1:
            return None
        return self.rules.name_and_title_role(holders[0])[0]

    @staticmethod
    def _role_holders(registry: list[dict[str, Any]], role: str) -> list[list[str]]:
        """The forms of each person of the meeting given a role that opens with ``role``:
        "The Assistant Director advised" after "Ann Lee, Assistant Director – Housing,
        presented" is Ann Lee (the guidelines' role-only mention of a named holder)."""
        want = _tokens(role)
        holders = []
        for e in registry:
            for r in e.get("roles") or []:
                if _tokens(r.replace("–", " ").replace("-", " "))[:len(want)] == want:
                    holders.append([e["name"], *(e.get("aliases") or [])])
                    break
        return holders

    def _qualified_holders(self, registry: list[dict[str, Any]], role: str) -> list[list[str]]:
        """The forms of each person whose listed role or office is ``role`` under a longer
        title ("Clerk reported" after "Ann Lee (Parish Clerk)"; "Chief" for a "Fire
        Chief"). A rank word before it names another post ("Deputy Clerk"): no match."""
        want = _tokens(role)
        n = len(want)
        rank = self.rules.rank_words
        holders = []
        for e in registry:
            forms = [e["name"], *(e.get("aliases") or [])]
            roles = [*(e.get("roles") or []),
                     *(t.role for f in forms for t in self.rules.titles.split(f)[0] if t.kind == "office")]
            for r in roles:
                got = _tokens(r.replace("–", " ").replace("-", " "))
                if len(got) > n and got[-n:] == want and not rank.intersection(got[:-n]):
                    holders.append(forms)
                    break
        return holders

    def titled_mentions(self, lo: int, hi: int, taken: list[M.PM]) -> list[M.PM]:
        """Mentions like "Commissioner Kessler" in ``text[lo:hi]`` that overlap no people
        mention, as PMs matched to the registry of their meeting."""
        spans = sorted((p.start, p.after) for p in taken)
        starts = [s for s, _ in spans]
        out: list[M.PM] = []
        for t in self.titled_in_meeting(self.meeting_of(lo)):
            if t.start < lo or t.end > hi:
                continue
            i = bisect_right(starts, t.end) - 1
            if i >= 0 and spans[i][1] > t.start:
                continue  # the people component has it
            mi = self.meeting_of(t.start)
            out.append(M.PM(t.start, t.end, t.end, self._data(t, mi, self.registry(mi))))
        return out

    def motion_mentions(self, lo: int, hi: int, taken: list[M.PM]) -> tuple[list[M.PM], set[int]]:
        """Movers and seconders named the short way ("Moved by DaCosta"), as speaking
        PMs with the full name of the one person in the meeting they fit; and the
        indices of ``taken`` mentions that stand in a mover's or seconder's place
        ("RESOLVED (Cr Hale/Cr Tran)", "Moved by:Councillor A. Hale"): the position
        makes them speakers whatever the words around them."""
        spans = [(p.start, p.after) for p in taken]
        out: list[M.PM] = []
        placed: set[int] = set()
        for s, e, printed, cued in self.rules.motions.find(self.text, lo, hi):
            hit = [k for k, (ps, pe) in enumerate(spans) if ps < e and s < pe]
            if not hit:  # "Seconded by Deputy Mayor Helen Ashgrove": the office read as the name
                hit = [k for k, (ps, pe) in enumerate(spans) if e <= ps and _TITLE_GAP.fullmatch(self.text, e, ps)]
            if hit:
                # a bare "proposed" may name a candidate ("Cllr A proposed Cllr B for
                # Chairman"): only "by"/":" or a slash pair says mover or seconder
                if cued or "/" in self.text[max(lo, s - 3):s] or "/" in self.text[e:min(hi, e + 3)] \
                        or _PLACE_CUE.search(self.text, max(lo, s - 24), s):
                    placed.update(hit)
                continue  # the people component (or a titled mention) has it
            mi = self.meeting_of(s)
            # after a cue, a first name and surname is a person even when no list has it
            data = self._short_data(printed, mi, known=cued and len(printed.split()) >= 2)
            if data is not None:
                out.append(M.PM(s, e, e, data))
        return out, placed

    def _bare_tokens(self, form: str) -> list[str]:
        """A registry form's name words without its titles and honorifics: "Councillor
        Kelby Ranworth" is ["kelby", "ranworth"], so "Kelby Ranworth" fits it."""
        got = self._bare.get(form)
        if got is None:
            got = self._bare[form] = _tokens(self.rules.strip_lead(self.rules.titles.split(form)[1] or form))
        return got

    def short_data(self, printed: str, meeting: int) -> Optional[dict[str, Any]]:
        """PM data for a name printed short ("Bruce", "J. Alder"): see ``_short_data``."""
        return self._short_data(printed, meeting)

    def _short_data(self, printed: str, meeting: int, known: bool = False) -> Optional[dict[str, Any]]:
        """PM data for a name printed short, with the full name of the one person in the
        meeting it fits; None for a bare word that fits nobody, unless ``known`` (the
        name came from the document's own initials tags)."""
        titles, bare = self.rules.titles.split(printed)
        short = _short_tokens(self.rules.strip_honorific(bare if titles else printed))
        if not short:
            return None
        registry = self.registry(meeting)
        entries = [i for i, e in enumerate(registry)
                   if any(_fits(short, self._bare_tokens(f))
                          for f in [e["name"], *(e.get("aliases") or [])])]
        entry, name = None, printed
        if len(entries) == 1:
            entry, name = entries[0], registry[entries[0]]["name"]
        elif not entries:
            forms = {t.printed for t in self.titled_in_meeting(meeting) if _fits(short, _tokens(t.bare))}
            if len(forms) == 1:
                name = forms.pop()
            elif not (known or titles or self.rules.strip_honorific(printed) != printed or _INITIALLED.match(printed)):
                return None  # "Zoning/Demolition": a bare word that names nobody in the meeting
        first = name.split()[0].rstrip(".") if name else ""
        return {"name": name, "role": None, "meeting": meeting, "entry": entry, "chair": False,
                "role_only": False, "councillor": first in self.rules.councillor_words, "speaking": True}

    def _data(self, t: Titled, meeting: int, registry: list[dict[str, Any]]) -> dict[str, Any]:
        toks = _tokens(t.bare)
        hits = [i for i, e in enumerate(registry)
                if any(_same_person(toks, self._bare_tokens(f))
                       for f in [e["name"], *(e.get("aliases") or [])])]
        return {"name": t.printed, "role": None, "meeting": meeting, "entry": hits[0] if len(hits) == 1 else None,
                "chair": False, "role_only": False, "councillor": t.title.role == self.rules.councillor_role,
                "office": t.title.role if t.title.kind == "office" else None}
