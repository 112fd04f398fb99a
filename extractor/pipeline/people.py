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
from dataclasses import dataclass, field
from typing import Any, Optional

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
    tokens: list[list[str]] = field(default_factory=list)


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

    def indexed(self, i: int, toks: list[str]) -> None:
        """Note that entry ``i`` now has the name form ``toks``."""
        self.by_surname.setdefault(toks[-1], set()).add(i)
        if len(toks) == 1:
            self.one_word.add(i)
        else:
            self.by_first.setdefault(toks[0], set()).add(i)

    def candidates(self, toks: list[str], fuzzy: bool) -> list[int]:
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
        self._folded_hons = N.Honorifics(self.honorifics)  # for splitting names
        self.councillor_hons = {N.fold(h) for h in p.get("councillor_honorifics", [])}
        plural = p.get("plural_honorifics", [])
        singular = [h for h in self.honorifics if h not in plural]
        hon = rf"(?:{alternation(singular)})\.?"
        caps = r"[A-Z]{2,}(?:['’\-][A-Z]{2,})*\b"  # "Councillor SMITH": capitals only after an honorific
        self.hon_re = re.compile(rf"\b(?P<hon>{hon}(?:[ \t]+{hon})*)[ \t]+(?P<name>{NAME}|(?:{INITIAL}[ \t]*){{0,3}}{caps})")
        self.plural_re = re.compile(rf"\b(?P<hon>(?:{alternation(plural)})\.?)[ \t]+(?=[A-Z])")
        self.list_item_re = re.compile(
            rf"(?P<hon>{hon}[ \t]+)?(?P<name>{NAME})(?:[ \t]+[A-Z]{{2,4}}\b)?(?:[ \t]*\((?P<paren>[^()\n]{{1,100}})\))?"
        )
        self.list_sep_re = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)")
        self.bare_re = re.compile(rf"(?<![\w’'\-])(?:{NAMEWORD}|{INITIAL})(?:[ \t]+(?:{INITIAL}|{NAMEWORD})){{1,3}}")
        self.non_name = set(p.get("non_name_words", [])) | set(self.honorifics)
        self.stop_in_hon = set(self.honorifics) | set(p.get("role_heads", [])) | {"The"}
        heads = p.get("role_heads", [])
        self.head_re = re.compile(
            rf"\b(?:{alternation(heads)})(?=$|\s*(?:(?:of|for|to|and)\b|[-–—,()]))", re.IGNORECASE
        )
        self.heads_folded = {N.fold(h) for h in heads}
        self.lower_roles = {N.fold(r) for r in p.get("lowercase_roles", [])}
        verbs = p.get("anchor_verbs", [])
        self.verb_re = re.compile(rf"\b(?:{alternation(verbs)})\b")
        self.anchor_after_re = re.compile(rf"[ \t]*,?[ \t]*(?:{alternation(verbs)})\b")
        before = p.get("anchor_before", [])
        self.anchor_before_re = re.compile(rf"\b(?:{alternation(before)})[ \t]+$", re.IGNORECASE)
        self.chair_words = {N.fold(w) for w in p.get("chair_words", [])}
        self.chair_role = p.get("chair_role", "Chair")
        self.councillor_role = p.get("councillor_role", "Councillor")
        self.article_title_re = re.compile(
            rf",[ \t]+(?:a|an)[ \t]+(?P<t>[a-z][^,.;()\n]{{2,80}}),[ \t]*(?:{alternation(verbs)})\b")
        self.connectors = set(p.get("title_connectors", []))
        self.not_role_start = {N.fold(w) for w in p.get("role_phrase_not_first", [])}
        self.plural_map: dict[str, str] = p.get("plural_to_singular", {})
        self.verbs_folded = {N.fold(v) for v in p.get("anchor_verbs", [])}
        self.nicknames = N.nickname_groups(p.get("nicknames", {}))
        self.role_word = re.compile(r"(?:[A-Z][\w’'\-]*|of|for|and|&|–|-|the)")
        self.the_re = re.compile(r"\b[Tt]he[ \t]+(?=[A-Z])")
        chairs = [w for w in p.get("chair_words", []) if " " not in w]
        self.elected_re = re.compile(
            rf"[ \t]*,?[ \t]*(?:was|be|is|has[ \t]+been|being)[ \t]+(?:duly[ \t]+)?(?:re-?)?(?:elected|appointed)[ \t]+"
            rf"(?:as[ \t]+)?(?:the[ \t]+)?(?P<chair>{alternation(chairs)})\b|[ \t]+took[ \t]+the[ \t]+(?P<chair2>Chair)\b")
        self.role_ext_re = re.compile(
            rf",[ \t]+(?P<more>[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|and|&|of|for)){{0,8}})(?=[ \t]+(?:{alternation(verbs)})\b)")
        self.lower_role_re = re.compile(
            rf"\b[Tt]he[ \t]+(?P<role>(?:{alternation(p.get('lowercase_roles', []))})(?:['’]s[ \t]+[a-z]+)?)"
            rf"(?=[ \t]+(?:{alternation(verbs)})\b)")
        self.acronym_re = re.compile(rf"\b[Tt]he[ \t]+(?P<role>[A-Z]{{2,5}})(?=[ \t]+(?:{alternation(verbs)})\b)")

    # ------------------------------------------------------------------ titles
    def _is_title(self, title: str, paren: bool = False) -> bool:
        """A job title: capitalised words with a role head ("Head of Housing Services")."""
        t = title.strip(" ,-–—")
        if not t or len(t) > 120:
            return False
        if paren:
            return bool(self.head_re.search(t)) or N.fold(t).split(" for ")[0] in self.lower_roles
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
        m = self.article_title_re.match(text, end, limit)
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
            cm = re.search(r",[ \t]*(?=[a-z])|[.;:]\s|\.$|[ \t](?!(?:of|for|and|the|to|in|with)\b)(?=[a-z])", seg)
            cand = seg[: cm.start()] if cm else seg
            cand = cand.rstrip(" ,.")
        words = cand.split()
        if not words or len(words) > 14:
            return None, None
        ok_words = all(w[:1].isupper() or w in self.connectors for w in words)
        if (v is not None and cand.lower().startswith("the ") and not seg[: v.start()].rstrip().endswith(",")
                and self.anchor_before_re.search(preceding)):
            return None, None
        if ok_words and (self._is_title(cand) or (v is not None and len(words) <= 6 and cand.lower().startswith("the "))):
            title = re.sub(r"^[Tt]he[ \t]+", "", cand.strip())  # ", the Leader of the Council, replied"
            return title, s + len(cand)
        return None, None

    def _is_chair_title(self, title: Optional[str]) -> bool:
        if not title:
            return False
        parts = re.split(r"\s+and\s+|,", N.fold(title))
        return any(p.strip() in self.chair_words for p in parts)

    # --------------------------------------------------------------- mentions
    def _clean_name(self, name: str) -> str:
        words = name.split()
        out = []
        for w in words:
            if (w.rstrip(".") in self.stop_in_hon or N.fold(w) in self.verbs_folded) and out:
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

        def free(s: int, e: int) -> bool:
            return not taken.overlaps(s, e)

        # Plural honorifics distribute over a list: "Councillors Penrose (Vice-Chair), Ashdown and Treloar".
        for m in self.plural_re.finditer(text, start, end):
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

        for m in self.hon_re.finditer(text, start, end):
            if not free(m.start(), m.end()):
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
                                 local=bool(tend and re.match(r"[ \t]+as[ \t]", text[e:e + 5]))))
            taken.append((m.start(), max(e, tend or e)))

        for m in self.lower_role_re.finditer(text, start, end):
            if free(m.start(), m.end()):
                found.append(Mention(m.start(), m.end(), m.group(), title=m.group("role"), role_only=True))
                taken.append((m.start(), m.end()))
        for m in self.acronym_re.finditer(text, start, end):
            if free(m.start(), m.end()):
                found.append(Mention(m.start(), m.end(), m.group(), title=m.group("role"), role_only=True))
                taken.append((m.start(), m.end()))
        for m in self.the_re.finditer(text, start, end):
            role, rend = self._role_phrase(text, m.end(), end)
            if not role or not free(m.start(), rend):
                continue
            found.append(Mention(m.start(), rend, text[m.start():rend], title=role, role_only=True,
                                 chair=self._is_chair_title(role)))
            taken.append((m.start(), rend))
        for m in self.bare_re.finditer(text, start, end):
            words = m.group().split()
            s = m.start()
            while words and words[0].rstrip(".") in self.non_name:
                s = text.index(words[0], s) + len(words[0])
                words = words[1:]
                while s < m.end() and text[s] in " \t":
                    s += 1
            cut = next((i for i, w in enumerate(words) if w in self.non_name), len(words))
            words = words[:cut]
            if len(words) < 2 or len(words[-1].rstrip(".")) == 1:
                continue
            surface = " ".join(words)
            e = s + len(surface)
            if text[s:e] != surface or not free(s, e) or re.search(r"\b[Tt]he[ \t]+$", text[max(start, s - 4):s]):
                continue
            title, tend = self._attached_title(text, e, end, text[max(start, s - 20):s])
            anchored = title is not None
            if not anchored:
                anchored = bool(self.anchor_after_re.match(text, e, end)) or bool(
                    self.anchor_before_re.search(text[max(start, s - 20):s]))
            found.append(Mention(s, e, surface, title=title, title_end=tend, chair=self._is_chair_title(title),
                                 role_only=False, entry=None if anchored else -1))
            taken.append((s, max(e, tend or e)))

        found.sort(key=lambda x: x.start)
        return self._appositives(text, found, end)

    def _appositives(self, text: str, found: list[Mention], end: int) -> list[Mention]:
        """"the Vice-Chairman, Councillor A Bell, took ...": the role is that person's title."""
        drop: set[int] = set()
        for i, r in enumerate(found[:-1]):
            p = found[i + 1]
            if not r.role_only or p.role_only or p.title is not None:
                continue
            if re.fullmatch(r"[ \t]*,[ \t]*", text[r.end:p.start]) and _COMMA.match(text, p.end, end):
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
        words: list[tuple[str, int]] = []
        for m in re.finditer(r"[ \t]*(\S+?)(?=[ \t,.;:()\n]|$)", text[pos:min(limit, pos + 120)]):
            w = m.group(1)
            if not self.role_word.fullmatch(w) or (w == "the" and (not words or words[-1][0] != "of")):
                break
            words.append((w, pos + m.end()))
            nxt = text[pos + m.end():pos + m.end() + 1]
            if nxt in {",", ".", ";", ":", "(", ")"} or (nxt == "\n" and not is_wrap(text, pos + m.end())):
                break
        while words and words[-1][0] in {"of", "for", "and", "&", "–", "-", "the"}:
            words.pop()
        if not words:
            return None, pos
        # "the Head of Care for Adults, Home Support and Reablement introduced"
        ext = self.role_ext_re.match(text, words[-1][1], limit)
        if ext:
            words.append((ext.group("more"), ext.end("more")))
        phrase = " ".join(w for w, _ in words)
        if not self.head_re.search(phrase) or N.fold(words[0][0]) in self.not_role_start:
            return None, pos
        return phrase, words[-1][1]

    # --------------------------------------------------------------- registry
    def _tokens(self, surface: str) -> list[str]:
        return N.name_tokens(surface, self._folded_hons)

    def _match(self, entries: "Registry", toks: list[str]) -> Optional[int]:
        for fuzzy in (False, True):
            cands = [i for i in entries.candidates(toks, fuzzy)
                     if any(N.same_person(toks, t, self.nicknames, fuzzy=fuzzy) for t in entries[i].tokens)]
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
    def _role_key(role: str) -> str:
        return " ".join(re.findall(r"\w+", N.fold(role)))

    def _canonical(self, e: Entry) -> str:
        def key(f: str) -> tuple:
            hon, bare = N.split_honorific(f, self._folded_hons)
            return (f in e.weak, -len(self._tokens(f)), -len(bare), -bool(hon), f not in e.listed, e.forms.index(f))
        return sorted(e.forms, key=key)[0]

    def _resolve_role(self, entries: list[Entry], role: str, chair: bool) -> Optional[int]:
        if chair:
            holders = [i for i, e in enumerate(entries) if e.chair]
            return holders[0] if len(holders) == 1 else None
        f = N.fold(role)
        f = f[4:] if f.startswith("the ") else f
        exact = [i for i, e in enumerate(entries) if any(N.fold(r).removeprefix("the ") == f for r in e.roles)]
        if len(exact) == 1:
            return exact[0]
        # "the Executive Member" for the one "Executive Member for Transport" in the meeting
        narrower = re.compile(rf"{re.escape(f)}\s+(?:for|of)\b")
        prefix = [i for i, e in enumerate(entries) if any(narrower.match(N.fold(r).removeprefix("the ")) for r in e.roles)]
        if not exact and len(prefix) == 1:
            return prefix[0]
        if len(f.split()) == 1 and f in self.heads_folded:
            loose = [i for i, e in enumerate(entries)
                     if any(re.search(rf"\b{re.escape(f)}\b", N.fold(r)) for r in e.roles)]
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
                if m.chair and (not role or N.fold(role) not in self.chair_words):
                    role = self.chair_role
                S.add_span(doc, S.PEOPLE, m.start, m.end, "role" if m.role_only else "person", {
                    "name": name, "surface": m.surface, "role": role, "meeting": mi, "entry": m.entry,
                    "title_end": m.title_end, "honorific": m.honorific, "chair": m.chair,
                    "role_only": m.role_only,
                    "councillor": self._is_councillor(entries[m.entry] if m.entry is not None else None, m),
                })
            registries.append([
                {"name": canon[i], "aliases": [f for f in e.forms if f != canon[i]],
                 "roles": ([self.chair_role] if e.chair and self.chair_role not in e.roles else []) + e.roles}
                for i, e in enumerate(entries)
            ])
        doc._.minutes_registry = registries
        return doc

    def _is_councillor(self, entry: Optional[Entry], m: Mention) -> bool:
        forms = entry.forms if entry is not None else [m.surface]
        for f in forms:
            hon, _ = N.split_honorific(f, self._folded_hons)
            if any(N.fold(h).rstrip(".") in self.councillor_hons for h in hon.split()):
                return True
        return False


@Language.factory(
    "minutes_people",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_people"}},
)
def make_people(nlp: Language, name: str, patterns: dict[str, Any]) -> PeopleComponent:
    return PeopleComponent(nlp, name, patterns)
