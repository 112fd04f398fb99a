"""Person mentions and the per-meeting people registry.

Minutes name people in many shapes ("Councillor Grey", "Ann Lee - Senior
Practitioner, presented", "The Head of Housing advised"); speakers and
questions need one identity per person, so this component finds every mention,
builds a registry per meeting (attendance lists first, then mentions) and resolves
each mention, including role-only ones, to its registry entry.

Span data (``minutes_people``): name (canonical fullest form or None), surface, role,
plus helpers for later components: meeting (index), entry (registry index or None),
title_end (char offset after an attached title), honorific, chair (bool),
role_only (bool).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import names as N
from . import spans as S
from .claims import Claimed
from .patterns import PatternComponent, alternation
from .text_lines import is_wrap
from .text_regions import meeting_regions, minutes_ranges

NAMEWORD = r"(?:[A-Z][a-z]*[A-Z]?[a-z]+(?:['’](?!s\b)[A-Z]?[a-z]+|-[A-Z]?[a-z]+)*|[A-Z]['’][A-Z][a-z]+)"
INITIAL = r"(?:(?:[A-Z]\.){1,3}|[A-Z])(?=[ \t])"
_PAREN = re.compile(r"[ \t]*\(([^()\n]{1,120})\)")
_ATTACH = re.compile(r"[ \t]*(?:,|[ \t][-–—]|[ \t]as[ \t]+(?=(?:the[ \t]+)?[A-Z]))[ \t]*")
_COMMA = re.compile(r"[ \t]*,")
_IN_THE_CHAIR = re.compile(r"[ \t]+in[ \t]+the[ \t]+[Cc]hair\b")
NAME = rf"(?:{INITIAL}[ \t]*){{0,3}}{NAMEWORD}(?:[ \t]+(?:{INITIAL}[ \t]+)?{NAMEWORD}){{0,2}}"
# NAMEWORD and INITIAL with their first capital taken out, so a scan can start with
# "[A-Z]": Python's regex engine then skips to capitals in C instead of entering the
# pattern at every character (a leading look-behind or \b hides the first character).
# Factoring out a one-way first atom keeps the order alternatives are tried in, so the
# matches are the same.
_NAMEWORD_TAIL = r"(?:[a-z]*[A-Z]?[a-z]+(?:['’](?!s\b)[A-Z]?[a-z]+|-[A-Z]?[a-z]+)*|['’][A-Z][a-z]+)"
_INITIAL_TAIL = r"(?:\.(?:[A-Z]\.){0,2}|)(?=[ \t])"
# "\b[Tt]he" written to start with its first letter (same matches, see above).
_THE = r"[Tt](?<!\w[Tt])he"
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
# "Ann Lee, 12 Orchard Way, asked", "representing 4 Mill Close": a house number before a
# capitalised run makes it a street, not a person
_HOUSE_NUMBER_BEFORE = re.compile(r"(?:[,(]|\b(?:of|at|from|on|representing))[ \t]*\d{1,5}[A-Za-z]?[ \t]+$")
_AS = re.compile(r"[ \t]+as[ \t]")
_CLAUSE_END = re.compile(r",[ \t]*(?=[a-z])|[.;:]\s|\.$|[ \t](?!(?:of|for|and|the|to|in|with)\b)(?=[a-z])")
_LEADING_THE = re.compile(r"^[Tt]he[ \t]+")
_COMMA_ONLY = re.compile(r"[ \t]*,[ \t]*")
_AND_OR_COMMA = re.compile(r"\s+and\s+|,")
_WORD = re.compile(r"\w+")
# One word of a role phrase; run with an end position, where "$" holds as at a slice's end.
_ROLE_TOKEN = re.compile(r"[ \t]*(\S+?)(?=[ \t,.;:()\n]|$)")
_ROLE_STOP = frozenset({",", ".", ";", ":", "(", ")"})
_ROLE_JOINERS = frozenset({"of", "for", "and", "&", "–", "-", "the"})
_ROLE_NUMBER = re.compile(r"\d{1,4}")
# what may follow a role inside a longer one: "for"/"of" (narrowed), a second post
# ("/", "&", ","), or the next entry of an attendance line the reader ran on ("chief
# executive mr r taylor - governance manager")
_NARROWED = re.compile(r"\s+(?:for|of|and|mr|mrs|ms|miss|dr)\b|\s*[/&,(]")
_CACHE_MAX = 50_000  # entries per memo before it is emptied (bounds memory on long runs)
_fold = lru_cache(maxsize=1 << 16)(N.fold)  # names.fold is pure; the same words recur


def _narrower(role: str, other: str) -> bool:
    """Whether ``other`` is ``role`` narrowed by "for"/"of" ("executive member for transport"),
    joined to a second post ("parish clerk/responsible finance officer", "clerk & rfo"), or
    run on into the next attendance entry."""
    return other.startswith(role) and _NARROWED.match(other, len(role)) is not None


@lru_cache(maxsize=1 << 10)
def _word_re(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (compiled once per role word, not per comparison)."""
    return re.compile(rf"\b{re.escape(word)}\b")


def _word_start_alternation(words: list[str]) -> str:
    """``\\b(?:alternation(words))`` for phrases starting with a word character, written
    so the regex starts with a literal: each first letter once, then a look-behind for
    the word boundary and the phrases' remainders, longest first. Phrases with different
    first letters cannot match at the same place, so the matches are the same."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    for w in parts:
        if not re.match(r"\w", w[0]):
            raise ValueError(f"phrase does not start with a word character: {w!r}")
        by_first.setdefault(w[0], []).append(w[1:])
    branches = []
    for c, rests in by_first.items():
        ec = re.escape(c)
        alt = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in rests)
        branches.append(rf"{ec}(?<!\w{ec})(?:{alt})")
    return "(?:" + "|".join(branches) + ")"


@dataclass
class Mention:
    """One person mention before it is written to the Doc."""

    start: int
    end: int
    surface: str
    honorific: str = ""
    title: Optional[str] = None
    title_end: Optional[int] = None
    role_only: bool = False
    chair: bool = False
    entry: Optional[int] = None
    local: bool = False  # title given "as Chair of ..." holds for this sentence only


@dataclass
class Entry:
    """A registry entry: one person in one meeting."""

    forms: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    chair: bool = False
    listed: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)  # forms seen only as unanchored capitalised pairs
    tokens: list[tuple[str, ...]] = field(default_factory=list)


class Registry(list):
    """A meeting's entries, with the name forms indexed by surname and first name so a
    mention is compared only with entries that could be the same person (comparing
    with every entry made a long attendance list quadratic).

    ``names.same_person`` needs the same surname, except: with ``fuzzy``, the same
    first name (a surname one or two letters off), or a one-word form on either side
    (surnames one or two letters off, when longer than five letters)."""

    def __init__(self) -> None:
        super().__init__()
        self.by_surname: dict[str, set[int]] = {}
        self.by_first: dict[str, set[int]] = {}
        self.one_word: set[int] = set()  # entries with a one-word form

    def indexed(self, i: int, toks: tuple[str, ...]) -> None:
        """Note that entry ``i`` now has the name form ``toks``."""
        self.by_surname.setdefault(toks[-1], set()).add(i)
        if len(toks) == 1:
            self.one_word.add(i)
        else:
            self.by_first.setdefault(toks[0], set()).add(i)

    def candidates(self, toks: tuple[str, ...], fuzzy: bool) -> list[int]:
        """Entries that may be the person ``toks`` names, in entry order."""
        found = set(self.by_surname.get(toks[-1], ()))
        if fuzzy and len(toks[-1]) > 5:
            if len(toks) == 1:
                return list(range(len(self)))
            found |= self.one_word
        if fuzzy and len(toks) > 1:
            found |= self.by_first.get(toks[0], set())
        return sorted(found)


class PeopleComponent(PatternComponent):
    def compile(self) -> None:
        p = self.patterns
        self.honorifics: list[str] = p.get("honorifics", [])
        # for splitting names; names.split_honorific goes word by word, so a honorific of
        # several words ("County Councillor") lends its words too
        self._folded_hons = N.Honorifics(self.honorifics + [w for h in self.honorifics for w in h.split()[:-1]])
        self.councillor_hons = {_fold(h) for h in p.get("councillor_honorifics", [])}
        plural = p.get("plural_honorifics", [])
        singular = [h for h in self.honorifics if h not in plural]
        hon = rf"(?:{alternation(singular)})\.?"
        caps = r"[A-Z]{2,}(?:['’\-][A-Z]{2,})*\b"  # "Councillor SMITH": capitals only after an honorific
        lead = rf"{_word_start_alternation(singular)}\.?"  # hon after \b
        # after an honorific a surname may open with a lowercase particle ("Councillor J de Souza")
        parts = alternation(p.get("name_particles", []))
        self._particle_words = frozenset(w for ph in p.get("name_particles", []) for w in ph.split())
        part = rf"(?:(?:{parts})[ \t]+)?" if parts else ""
        hon_name = rf"(?:{INITIAL}[ \t]*){{0,3}}{part}{NAMEWORD}(?:[ \t]+(?:{INITIAL}[ \t]+)?{part}{NAMEWORD}){{0,2}}"
        self.hon_re = re.compile(rf"(?P<hon>{lead}(?:[ \t]+{hon})*)[ \t]+(?P<name>{hon_name}|(?:{INITIAL}[ \t]*){{0,3}}{caps})")
        self.plural_re = re.compile(rf"(?P<hon>{_word_start_alternation(plural)}\.?)[ \t]+(?=[A-Z])")
        # Where any honorific starts a word: the only places plural_re and hon_re can match.
        self.hon_cue_re = re.compile(_word_start_alternation(self.honorifics + plural))
        self.list_item_re = re.compile(
            rf"(?P<hon>{hon}[ \t]+)?(?P<name>{NAME})(?:[ \t]+[A-Z]{{2,4}}\b)?(?:[ \t]*\((?P<paren>[^()\n]{{1,100}})\))?"
        )
        self.list_sep_re = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)")
        # (?<![\w’'\-])(?:NAMEWORD|INITIAL)(?:[ \t]+(?:INITIAL|NAMEWORD)){1,3} with the first
        # capital factored out, and each name word atomic: a shorter split of a word ends
        # before a letter, apostrophe or hyphen, where only the end of the pattern could
        # follow, and the end could follow the longest split as well (which is tried first);
        # so the matches are the same, without re-entering every split of every long word.
        self.bare_re = re.compile(
            rf"[A-Z](?<![\w’'\-][A-Z])(?:(?>{_NAMEWORD_TAIL})|{_INITIAL_TAIL})(?:[ \t]+(?:{INITIAL}|(?>{NAMEWORD}))){{1,3}}")
        self.non_name = set(p.get("non_name_words", [])) | set(self.honorifics)
        self.stop_in_hon = set(self.honorifics) | set(p.get("role_heads", [])) | {"The"}
        heads = p.get("role_heads", [])
        self.head_re = re.compile(
            rf"\b(?:{alternation(heads)})(?=$|\s*(?:(?:of|for|to|and)\b|[-–—,()]))", re.IGNORECASE
        )
        self.heads_folded = {_fold(h) for h in heads}
        self.lower_roles = {_fold(r) for r in p.get("lowercase_roles", [])}
        verbs = p.get("anchor_verbs", [])
        self.verb_re = re.compile(rf"\b(?:{alternation(verbs)})\b")
        # the verb right after the name, or after a street address between commas ("Ann Lee,
        # 412 Juniper Lane, asked ...", as US public-comment minutes print speakers)
        self.anchor_after_re = re.compile(
            rf"(?:[ \t]*,[ \t]*\d{{1,6}}[A-Za-z]?[ \t]+[A-Z][^,;\n]{{0,60}},)?[ \t]*,?[ \t]*(?:{alternation(verbs)})\b")
        before = p.get("anchor_before", [])
        self.anchor_before_re = re.compile(rf"\b(?:{alternation(before)})[ \t]+$", re.IGNORECASE)
        self.chair_words = {_fold(w) for w in p.get("chair_words", [])}
        self.chair_role = p.get("chair_role", "Chair")
        self.councillor_role = p.get("councillor_role", "Councillor")
        self.article_title_re = re.compile(
            rf",[ \t]+(?:a|an)[ \t]+(?P<t>[a-z][^,.;()\n]{{2,80}}),[ \t]*(?:{alternation(verbs)})\b")
        # "Ms Amis, the applicant's agent, spoke": "the" only before a lowercase role word
        self.the_title_re = re.compile(
            rf",[ \t]+the[ \t]+(?P<t>(?:{alternation(p.get('lowercase_roles', []))})(?:['’]s[ \t]+[a-z]+)?),[ \t]*"
            rf"(?:{alternation(verbs)})\b")
        self.connectors = set(p.get("title_connectors", []))
        self.not_role_start = {_fold(w) for w in p.get("role_phrase_not_first", [])}
        self.plural_map: dict[str, str] = p.get("plural_to_singular", {})
        self.verbs_folded = {_fold(v) for v in p.get("anchor_verbs", [])}
        self.nicknames = N.nickname_groups(p.get("nicknames", {}))
        self.role_word = re.compile(r"(?:[A-Z][\w’'\-]*|of|for|and|&|–|-|the)")
        self.the_re = re.compile(rf"{_THE}[ \t]+(?=[A-Z])")
        # Every "the" that can start a role mention: before a capital (the_re, acronym_re)
        # or a lowercase role (lower_role_re).
        self.the_cue_re = re.compile(
            rf"{_THE}[ \t]+(?=[A-Z]|(?:{alternation(p.get('lowercase_roles', []))}))")
        # Memos of pure functions of strings, per component (pattern data differs)
        self._bare_cuts: dict[str, Optional[tuple[int, str]]] = {}
        self._token_cache: dict[str, tuple[str, ...]] = {}
        self._same_cache: dict[tuple[tuple[str, ...], tuple[str, ...], bool], bool] = {}
        self._shape_cache: dict[str, tuple[int, int, int, bool]] = {}
        chairs = [w for w in p.get("chair_words", []) if " " not in w]
        self.elected_re = re.compile(
            rf"[ \t]*,?[ \t]*(?:was|be|is|has[ \t]+been|being)[ \t]+(?:duly[ \t]+)?(?:re-?)?(?:elected|appointed)[ \t]+"
            rf"(?:as[ \t]+)?(?:the[ \t]+)?(?P<chair>{alternation(chairs)})\b|[ \t]+took[ \t]+the[ \t]+(?P<chair2>Chair)\b")
        self.role_ext_re = re.compile(
            rf",[ \t]+(?P<more>[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|and|&|of|for)){{0,8}})(?=[ \t]+(?:{alternation(verbs)})\b)")
        self.lower_role_re = re.compile(
            rf"{_THE}[ \t]+(?P<role>(?:{alternation(p.get('lowercase_roles', []))})(?:['’]s[ \t]+[a-z]+)?)"
            rf"(?=[ \t]+(?:{alternation(verbs)})\b)")
        self.acronym_re = re.compile(rf"{_THE}[ \t]+(?P<role>[A-Z]{{2,5}})(?=[ \t]+(?:{alternation(verbs)})\b)")

    # ------------------------------------------------------------------ titles
    def _is_title(self, title: str, paren: bool = False) -> bool:
        """A job title: capitalised words with a role head ("Head of Housing Services")."""
        t = title.strip(" ,-–—")
        if not t or len(t) > 120:
            return False
        if paren:
            return bool(self.head_re.search(t)) or _fold(t).split(" for ")[0] in self.lower_roles
        if t.lower().startswith("the "):
            t = t[4:]
        return t[:1].isupper() and bool(self.head_re.search(t))

    def _attached_title(self, text: str, end: int, limit: int, preceding: str = "") -> tuple[Optional[str], Optional[int]]:
        """The title written right after a name: "(...)", ", Title," or " - Title,".

        ``preceding`` is the text just before the name: after "a question from" or
        "seconded by" the name is an object, so "..., the Director explained" with no
        comma closing the title starts a new clause rather than describing the name."""
        m = _PAREN.match(text, end, limit)
        if m:
            inner = m.group(1)
            if self._is_title(inner, paren=True):
                return inner.strip(), m.end()
            return None, None
        m = self.article_title_re.match(text, end, limit) or self.the_title_re.match(text, end, limit)
        if m:  # "Mrs Hallam, a local resident, spoke"
            return m.group("t"), m.end("t")
        m = _ATTACH.match(text, end, limit)
        if not m:
            return None, None
        s = m.end()
        stop = limit
        nl = text.find("\n", s, limit)
        if nl != -1:
            stop = nl
        seg = text[s:stop]
        v = None
        for vm in self.verb_re.finditer(seg):
            before = seg[: vm.start()]
            if before.strip() and (before.endswith(" ") or before.endswith(",")):
                v = vm
                break
        if v is not None:
            cand = seg[: v.start()].rstrip(" ,")
        else:
            cm = _CLAUSE_END.search(seg)
            cand = seg[: cm.start()] if cm else seg
            cand = cand.rstrip(" ,.:;")  # "Response from X, Cabinet Member for Y:"
        words = cand.split()
        if not words or len(words) > 14:
            return None, None
        ok_words = all(w[:1].isupper() or w in self.connectors for w in words)
        if (v is not None and cand.lower().startswith("the ") and not seg[: v.start()].rstrip().endswith(",")
                and self.anchor_before_re.search(preceding)):
            return None, None
        if ok_words and (self._is_title(cand) or (v is not None and len(words) <= 6 and cand.lower().startswith("the "))):
            title = _LEADING_THE.sub("", cand.strip())  # ", the Leader of the Council, replied"
            return title, s + len(cand)
        return None, None

    def _is_chair_title(self, title: Optional[str]) -> bool:
        if not title:
            return False
        parts = _AND_OR_COMMA.split(_fold(title))
        return any(p.strip() in self.chair_words for p in parts)

    # --------------------------------------------------------------- mentions
    def _clean_name(self, name: str) -> str:
        words = name.split()
        out = []
        for w in words:
            if (w.rstrip(".") in self.stop_in_hon or _fold(w) in self.verbs_folded) and out:
                break
            out.append(w)
        return " ".join(out)

    def _bad_hon_name(self, name: str) -> bool:
        """"Deputy Chairman", "Councillor Items": an honorific before a non-name."""
        words = name.split()
        if not words or words[0].rstrip(".") in self.stop_in_hon:
            return True
        return all(w in self.non_name and w.endswith("s") for w in words)

    def _find(self, text: str, start: int, end: int) -> list[Mention]:
        found: list[Mention] = []
        taken = Claimed()  # ranges already read as someone; a bisection per test
        hons = self._honorific_starts(text, start, end)
        self._plural_mentions(text, start, end, found, taken, hons)
        self._honorific_mentions(text, start, end, found, taken, hons)
        self._role_mentions(text, start, end, found, taken)
        self._bare_mentions(text, start, end, found, taken)
        found.sort(key=lambda x: x.start)
        return self._appositives(text, found, end)

    def _honorific_starts(self, text: str, start: int, end: int) -> list[int]:
        """Every place in [start, end) where an honorific starts a word (one scan serves
        both honorific patterns; each search resumes one character on, so none is hidden)."""
        out: list[int] = []
        search = self.hon_cue_re.search
        m = search(text, start, end)
        while m is not None:
            out.append(m.start())
            m = search(text, m.start() + 1, end)
        return out

    def _matches_at(self, rx: re.Pattern[str], text: str, starts: list[int], start: int,
                    end: int) -> Iterator[re.Match[str]]:
        """``rx.finditer(text, start, end)`` when ``rx`` can match only at ``starts`` (sorted)."""
        last = start
        for s in starts:
            if s < last:
                continue
            m = rx.match(text, s, end)
            if m is not None:
                last = m.end()
                yield m

    def _plural_mentions(self, text: str, start: int, end: int, found: list[Mention], taken: Claimed,
                         hons: list[int]) -> None:
        """Plural honorifics distribute over a list: "Councillors Penrose (Vice-Chair), Ashdown and Treloar"."""
        for m in self._matches_at(self.plural_re, text, hons, start, end):
            pos = m.end()
            hon = m.group("hon")
            while pos < end:
                im = self.list_item_re.match(text, pos, end)
                if not im:
                    break
                nm_s, nm_e = im.start("name"), im.end("name")
                name = self._clean_name(im.group("name"))
                nm_e = nm_s + len(name)
                paren = im.group("paren")
                title = paren.strip() if paren and self._is_title(paren, paren=True) else None
                sing = im.group("hon").strip() if im.group("hon") else self._singular(hon)
                found.append(Mention(nm_s if im.group("hon") is None else im.start(), nm_e,
                                     f"{sing} {name}", honorific=sing, title=title,
                                     title_end=im.end() if title else None, chair=self._is_chair_title(title)))
                taken.append((im.start(), im.end()))
                pos = im.end()
                sm = self.list_sep_re.match(text, pos, end)
                if not sm or sm.end() == pos:
                    break
                pos = sm.end()
            taken.append((m.start(), m.end()))

    def _honorific_mentions(self, text: str, start: int, end: int, found: list[Mention], taken: Claimed,
                            hons: list[int]) -> None:
        """"Councillor A Bell", with a title written after the name or an election to the chair."""
        for m in self._matches_at(self.hon_re, text, hons, start, end):
            if taken.overlaps(m.start(), m.end()):
                continue
            name = self._clean_name(m.group("name"))
            if self._bad_hon_name(name):
                continue
            hon = m.group("hon")
            e = m.start("name") + len(name)
            title, tend = self._attached_title(text, e, end, text[max(start, m.start() - 20):m.start()])
            if title is None:
                em = self.elected_re.match(text, e, end)
                if em:
                    title = em.group("chair") or em.group("chair2")
            found.append(Mention(m.start(), e, f"{hon} {name}", honorific=hon, title=title, title_end=tend,
                                 chair=self._is_chair_title(title) or self._in_the_chair(text, e, end),
                                 local=bool(tend and _AS.match(text[e:e + 5]))))
            taken.append((m.start(), max(e, tend or e)))

    def _role_mentions(self, text: str, start: int, end: int, found: list[Mention], taken: Claimed) -> None:
        """Roles after "the": "the objector", "the CEO", "the Head of Housing".

        One scan finds every "the" that can start one; each kind is then matched only
        there, in the order the kinds take precedence (what each claims shadows the next),
        skipping places inside its own previous match as a scan would."""
        lower: list[int] = []
        upper: list[tuple[int, int]] = []
        for m in self.the_cue_re.finditer(text, start, end):
            if "A" <= text[m.end()] <= "Z":
                upper.append((m.start(), m.end()))
            else:
                lower.append(m.start())
        # an acronym needs a second capital: test that before entering the regex
        acronyms = [s for s, after in upper if "A" <= text[after + 1:after + 2] <= "Z"]
        for rx, starts in ((self.lower_role_re, lower), (self.acronym_re, acronyms)):
            for m in self._matches_at(rx, text, starts, start, end):
                if not taken.overlaps(m.start(), m.end()):
                    found.append(Mention(m.start(), m.end(), m.group(), title=m.group("role"), role_only=True))
                    taken.append((m.start(), m.end()))
        for s, after in upper:  # each is a the_re match
            role, rend = self._role_phrase(text, after, end)
            if not role or taken.overlaps(s, rend):
                continue
            found.append(Mention(s, rend, text[s:rend], title=role, role_only=True, chair=self._is_chair_title(role)))
            taken.append((s, rend))

    def _bare_mentions(self, text: str, start: int, end: int, found: list[Mention], taken: Claimed) -> None:
        """Capitalised word runs read as names: kept when anchored by a title or a speech
        verb, otherwise marked (entry -1) to count only for people already known."""
        cuts = self._bare_cuts
        for m in self.bare_re.finditer(text, start, end):
            run = m.group()
            cut = cuts.get(run, False)
            if cut is False:
                cut = self._bare_cut(run)
            if cut is None:
                continue
            s = m.start() + cut[0]
            surface = cut[1]
            e = s + len(surface)
            if taken.overlaps(s, e) or _THE_BEFORE.search(text[max(start, s - 4):s]) \
                    or (any(c.isdigit() for c in text[max(start, s - 4):s])
                        and _HOUSE_NUMBER_BEFORE.search(text[max(start, s - 24):s])):
                continue
            title, tend = self._attached_title(text, e, end, text[max(start, s - 20):s])
            anchored = title is not None
            if not anchored:
                anchored = bool(self.anchor_after_re.match(text, e, end)) or bool(
                    self.anchor_before_re.search(text[max(start, s - 20):s]))
            found.append(Mention(s, e, surface, title=title, title_end=tend, chair=self._is_chair_title(title),
                                 role_only=False, entry=None if anchored else -1))
            taken.append((s, max(e, tend or e)))

    def _bare_cut(self, run: str) -> Optional[tuple[int, str]]:
        """The name inside a capitalised run, as (offset in the run, surface), or None:
        leading non-name words dropped, cut at the next one, at least two words and not
        ending in an initial. It depends only on the run, so it is worked out once per
        distinct run (memo ``_bare_cuts``, read by the caller)."""
        words = run.split()
        s = 0
        non_name = self.non_name
        while words and words[0].rstrip(".") in non_name:
            s = run.index(words[0], s) + len(words[0])
            words = words[1:]
            while s < len(run) and run[s] in " \t":
                s += 1
        for i, w in enumerate(words):
            if w in non_name:
                words = words[:i]
                break
        got = None
        if len(words) >= 2 and len(words[-1].rstrip(".")) != 1:
            surface = " ".join(words)
            if run[s:s + len(surface)] == surface:
                got = (s, surface)
        if len(self._bare_cuts) >= _CACHE_MAX:
            self._bare_cuts.clear()
        self._bare_cuts[run] = got
        return got

    def _appositives(self, text: str, found: list[Mention], end: int) -> list[Mention]:
        """"the Vice-Chairman, Councillor A Bell, took ...": the role is that person's title."""
        drop: set[int] = set()
        for i, r in enumerate(found[:-1]):
            p = found[i + 1]
            if not r.role_only or p.role_only or p.title is not None:
                continue
            if _COMMA_ONLY.fullmatch(text[r.end:p.start]) and _COMMA.match(text, p.end, end):
                p.title, p.chair = r.title, self._is_chair_title(r.title)
                p.title_end = None
                drop.add(i)
        return [m for i, m in enumerate(found) if i not in drop]

    def _singular(self, hon: str) -> str:
        h = hon.rstrip(".")
        return self.plural_map.get(h, h)

    def _in_the_chair(self, text: str, end: int, limit: int) -> bool:
        return bool(_IN_THE_CHAIR.match(text, end, limit))

    def _role_phrase(self, text: str, pos: int, limit: int) -> tuple[Optional[str], int]:
        """A capitalised role phrase after "the" ("Head of Housing Services")."""
        stop = min(limit, pos + 120)
        first = _ROLE_TOKEN.search(text, pos, stop)  # the loop's first word
        if first is None or _fold(first.group(1)) in self.not_role_start:
            return None, pos  # "the Council ...": the commonest case, decided by its first word
        words: list[tuple[str, int]] = []
        for m in _ROLE_TOKEN.finditer(text, pos, stop):
            w = m.group(1)
            # "Section 151 Officer": a number inside a role, never its first or last word
            number = words and _ROLE_NUMBER.fullmatch(w) is not None
            if not (self.role_word.fullmatch(w) or number) or (w == "the" and (not words or words[-1][0] != "of")):
                break
            words.append((w, m.end()))
            nxt = text[m.end():m.end() + 1]
            if nxt in _ROLE_STOP or (nxt == "\n" and not is_wrap(text, m.end())):
                break
        while words and (words[-1][0] in _ROLE_JOINERS or _ROLE_NUMBER.fullmatch(words[-1][0])):
            words.pop()
        if not words or _fold(words[0][0]) in self.not_role_start:
            return None, pos
        # "the Head of Care for Adults, Home Support and Reablement introduced"
        ext = self.role_ext_re.match(text, words[-1][1], limit)
        if ext:
            words.append((ext.group("more"), ext.end("more")))
        phrase = " ".join(w for w, _ in words)
        if not self.head_re.search(phrase):
            return None, pos
        return phrase, words[-1][1]

    # --------------------------------------------------------------- registry
    def _join_particles(self, toks: list[str], surface: str) -> tuple[str, ...]:
        """"j de souza" -> ("j", "de souza"): a particle printed in lower case belongs to
        the surname, so "Councillor de Souza" is the surname-only form of "Councillor J de
        Souza" (a capitalised "Di" is a first name)."""
        if len(toks) < 2 or not self._particle_words.intersection(toks[:-1]):
            return tuple(toks)
        lower = {w for w in surface.split() if w in self._particle_words}
        if not lower:
            return tuple(toks)
        out: list[str] = []
        i = 0
        while i < len(toks):
            j = i
            while j < len(toks) - 1 and toks[j] in lower:
                j += 1
            out.append(" ".join(toks[i:j + 1]))
            i = j + 1
        return tuple(out)

    def _tokens(self, surface: str) -> tuple[str, ...]:
        """Folded name words of a surface form (memoised: each form recurs many times)."""
        toks = self._token_cache.get(surface)
        if toks is None:
            if len(self._token_cache) >= _CACHE_MAX:
                self._token_cache.clear()
            toks = self._token_cache[surface] = self._join_particles(N.name_tokens(surface, self._folded_hons), surface)
        return toks

    def _same(self, a: tuple[str, ...], b: tuple[str, ...], fuzzy: bool) -> bool:
        """``names.same_person`` memoised: a mention is compared with the same forms again and again."""
        key = (a, b, fuzzy)
        got = self._same_cache.get(key)
        if got is None:
            if len(self._same_cache) >= _CACHE_MAX:
                self._same_cache.clear()
            got = self._same_cache[key] = N.same_person(a, b, self.nicknames, fuzzy=fuzzy)
        return got

    def _form_shape(self, form: str) -> tuple[int, int, int, bool]:
        """What ranks a form as canonical, fullest first: (-name words, -length without
        honorifics, -has honorific) and whether an honorific is a councillor's."""
        got = self._shape_cache.get(form)
        if got is None:
            if len(self._shape_cache) >= _CACHE_MAX:
                self._shape_cache.clear()
            hon, bare = N.split_honorific(form, self._folded_hons)
            councillor = any(_fold(h).rstrip(".") in self.councillor_hons for h in hon.split())
            got = self._shape_cache[form] = (-len(self._tokens(form)), -len(bare), -bool(hon), councillor)
        return got

    def _match(self, entries: "Registry", toks: tuple[str, ...]) -> Optional[int]:
        for fuzzy in (False, True):
            cands = []
            for i in entries.candidates(toks, fuzzy):
                for t in entries[i].tokens:
                    if self._same(toks, t, fuzzy):
                        cands.append(i)
                        break
            if len(cands) > 1 and len(toks) >= 2:
                exact = [i for i in cands if any(t == toks for t in entries[i].tokens)]
                cands = exact if len(exact) == 1 else cands
            if len(cands) == 1:
                return cands[0]
            if len(cands) > 1:
                return None
        return None

    def _add(self, entries: "Registry", surface: str, title: Optional[str], chair: bool,
             create: bool = True, listed: bool = False, weak: bool = False) -> Optional[int]:
        toks = self._tokens(surface)
        if not toks:
            return None
        idx = self._match(entries, toks)
        if idx is None:
            if not create:
                return None
            entries.append(Entry())
            idx = len(entries) - 1
        e = entries[idx]
        if surface not in e.counts:
            e.forms.append(surface)
            e.tokens.append(toks)
            entries.indexed(idx, toks)
        e.counts[surface] = e.counts.get(surface, 0) + 1
        if title and self._role_key(title) not in {self._role_key(r) for r in e.roles}:
            e.roles.append(title)
        if listed:
            e.listed.add(surface)
        if weak and e.counts[surface] == 1:
            e.weak.add(surface)
        elif not weak:
            e.weak.discard(surface)
        e.chair = e.chair or chair
        return idx

    @staticmethod
    @lru_cache(maxsize=1 << 14)
    def _role_key(role: str) -> str:
        return " ".join(_WORD.findall(_fold(role)))

    def _canonical(self, e: Entry) -> str:
        def key(f: str) -> tuple:
            words, length, hon, _ = self._form_shape(f)
            return (f in e.weak, words, length, hon, f not in e.listed, e.forms.index(f))
        return sorted(e.forms, key=key)[0]

    def _resolve_role(self, entries: list[Entry], role: str, chair: bool) -> Optional[int]:
        if chair:
            holders = [i for i, e in enumerate(entries) if e.chair]
            return holders[0] if len(holders) == 1 else None
        f = _fold(role)
        f = f[4:] if f.startswith("the ") else f
        exact = [i for i, e in enumerate(entries) if any(_fold(r).removeprefix("the ") == f for r in e.roles)]
        if len(exact) == 1:
            return exact[0]
        # "the Executive Member" for the one "Executive Member for Transport" in the meeting
        prefix = [i for i, e in enumerate(entries) if any(_narrower(f, _fold(r).removeprefix("the ")) for r in e.roles)]
        if not exact and len(prefix) == 1:
            return prefix[0]
        if len(f.split()) == 1 and f in self.heads_folded:
            loose = [i for i, e in enumerate(entries)
                     if any(_word_re(f).search(_fold(r)) for r in e.roles)]
            if len(loose) == 1:
                return loose[0]
        return None

    # ------------------------------------------------------------------- run
    def __call__(self, doc: Doc) -> Doc:
        text = S.doc_text(doc)
        registries: list[list[dict[str, Any]]] = []
        allowed = minutes_ranges(doc)
        attendees = [(S.char_range(a, S.ATTENDEES), S.data(a, S.ATTENDEES)) for a in S.spans(doc, S.ATTENDEES)]
        for mi, (ms, me) in enumerate(meeting_regions(doc)):
            entries = Registry()
            for (a_s, a_e), d in sorted(attendees, key=lambda x: x[0]):
                if ms <= a_s and a_e <= me and d.get("name"):
                    role = d.get("role")
                    self._add(entries, d["name"], role, self._is_chair_title(role), listed=True)
            mentions: list[Mention] = []
            for s, e in allowed:
                lo, hi = max(s, ms), min(e, me)
                if lo < hi:
                    mentions.extend(self._find(text, lo, hi))
            persons = [m for m in mentions if not m.role_only]
            # Full names first so surname-only forms can find them, then short forms.
            for m in sorted(persons, key=lambda x: (len(self._tokens(x.surface)) < 2, x.start)):
                if m.entry == -1:
                    continue
                m.entry = self._add(entries, m.surface, None if m.local else m.title, m.chair and not m.local)
            for m in persons:
                if m.entry == -1:  # unanchored capitalised pair: a person only if already known
                    m.entry = self._add(entries, m.surface, m.title, m.chair, create=False, weak=True)
                    if m.entry is None:
                        m.entry = -2
            for m in mentions:
                if m.role_only:
                    m.entry = self._resolve_role(entries, m.title or "", m.chair)
            canon = [self._canonical(e) for e in entries]
            for m in mentions:
                if m.entry == -2:
                    continue
                name = canon[m.entry] if m.entry is not None else None
                role = m.title
                if m.chair and (not role or _fold(role) not in self.chair_words):
                    role = self.chair_role
                S.add_span(doc, S.PEOPLE, m.start, m.end, "role" if m.role_only else "person", {
                    "name": name, "surface": m.surface, "role": role, "meeting": mi, "entry": m.entry,
                    "title_end": m.title_end, "honorific": m.honorific, "chair": m.chair,
                    "role_only": m.role_only,
                    "councillor": self._is_councillor(entries[m.entry] if m.entry is not None else None, m),
                })
            registries.append([
                {"name": canon[i], "aliases": [f for f in e.forms if f != canon[i]],
                 "roles": self._chair_first(e)}
                for i, e in enumerate(entries)
            ])
        doc._.minutes_registry = registries
        return doc

    def _chair_first(self, e: Entry) -> list[str]:
        """An entry's roles, the chair's first when it chairs: the chair word its list
        printed ("Chairman"), else "Chair"."""
        if not e.chair:
            return list(e.roles)
        printed = [r for r in e.roles if _fold(r) in self.chair_words][:1]
        return (printed or [self.chair_role]) + [r for r in e.roles if r not in printed]

    def _is_councillor(self, entry: Optional[Entry], m: Mention) -> bool:
        forms = entry.forms if entry is not None else [m.surface]
        return any(self._form_shape(f)[3] for f in forms)


@Language.factory(
    "minutes_people",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_people"}},
)
def make_people(nlp: Language, name: str, patterns: dict[str, Any]) -> PeopleComponent:
    return PeopleComponent(nlp, name, patterns)
