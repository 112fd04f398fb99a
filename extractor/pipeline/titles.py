"""Titles before names: member titles, offices and tier prefixes (the guidelines'
"Titles used as honorifics").

English minutes put "Councillor" before a member's name; minutes elsewhere put
"Trustee", "Commissioner", "Cr", "Alderman", "Council Member" there, and offices too:
"Mayor Ortiz", "Chair Brill", "Library Director Sandy Ashdale". The guidelines treat
them differently. A *member title* stays in a speaker's name, in the singular, and is
also the speaker's role, written out ("Cr L Ashdown", role "Councillor"). An *office*
is a post one person holds: it leaves the name and becomes the role ("Mayor Rosa
Ortiz" -> "Rosa Ortiz", "Mayor"). A *tier prefix* marks a councillor of another
council: "County Cllr P Rendell" -> "Cllr P Rendell", role "County Councillor".

This module reads those titles off a name and finds titled mentions in text that the
people component did not mark ("Commissioner Kessler made a motion"). The word lists are
the speakers patterns' ``member_titles``, ``office_titles`` and ``tier_prefixes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from .patterns import alternation

# a name word: "Corvin", "MacAskill", "LaFleche", "O'Leary", "Santana-Tavarez"; an initial
_WORD = r"(?:[A-Z][a-z]*[A-Z]?[a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z]['’][A-Z][a-z]+)"
# "A.", "A. B.", "A", "A B" (each before a capital), "AB" glued ("Cr FM Quayle")
_INITIAL = r"(?:[A-Z]\.(?:[ \t]?[A-Z]\.)*|[A-Z](?:[ \t]+[A-Z](?=[ \t]+[A-Z]))?(?=[ \t]+[A-Z])|[A-Z]{2}(?=[ \t]+[A-Z][a-z]))"
_NAME = rf"(?:{_INITIAL}[ \t]*)?{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_LIST_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]*)")
_NAME_RE = re.compile(_NAME)
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_NEXT_WORD = re.compile(r"[ \t]+(\S+)")
_GLUED = re.compile(r"[\w.’']")  # a character no title may follow


@dataclass(frozen=True)
class Title:
    """What one printed title means."""

    kind: str  # "member" | "office" | "tier"
    name_form: str  # what the name keeps ("Trustee", "Cr", "Cllr"); for an office, the office
    role: str  # the role it gives ("Trustee", "Councillor", "Mayor", "County Councillor")
    plural: bool = False
    staff_too: bool = False  # a member title staff also carry ("Director")


@dataclass
class Titled:
    """A titled mention found in the text."""

    start: int
    end: int
    title: Title
    bare: str  # the name without its title: "Kessler", "Sandy Corvin"

    @property
    def printed(self) -> str:
        """The mention as a name form, its title in the singular: "Trustee Brandt"."""
        return f"{self.title.name_form} {self.bare}" if self.title.name_form else self.bare


class Titles:
    """The title lexicon, compiled once from the speakers patterns."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        self.table: dict[str, Title] = {}
        for printed, spec in patterns.get("member_titles", {}).items():
            self.table[printed] = Title("member", spec.get("name", printed), spec.get("role", printed),
                                        bool(spec.get("plural")), bool(spec.get("staff_too")))
        for printed, role in patterns.get("office_titles", {}).items():
            self.table[printed] = Title("office", printed, role)
        for printed, spec in patterns.get("tier_prefixes", {}).items():
            self.table[printed] = Title("tier", spec["name"], spec["role"])
        # a header table in capitals: "COMMISSIONER Ann Lee" (short ones such as "CR"
        # would read acronyms as titles)
        for printed, title in list(self.table.items()):
            if len(printed) >= 4 and printed.upper() != printed:
                self.table.setdefault(printed.upper(), title)
        self.not_names = frozenset(patterns.get("not_name_words", []))
        self.honorifics = frozenset(h.rstrip(".") for h in patterns.get("honorifics", []))
        self._split_cache: dict[str, tuple[list[Title], str]] = {}
        alt = alternation(self.table)
        self._lead = re.compile(rf"(?:{alt})(?![\w’'])\.?[ \t]+") if alt else None
        # no look-behind in front: a pattern that opens with the titles lets the regex
        # engine skip to their first letters; ``_GLUED`` checks the character before
        self._mention = (re.compile(rf"(?P<title>{alt})(?![\w’'])\.?[ \t]+(?P<name>{_NAME})")
                         if alt else None)

    def get(self, printed: str) -> Optional[Title]:
        """The title printed ("Cr." and "Cr" may differ; "Chr." is "Chr")."""
        key = " ".join(printed.split())
        return self.table.get(key) or self.table.get(key.rstrip("."))

    # ----------------------------------------------------------- names

    def split(self, name: str) -> tuple[list[Title], str]:
        """The titles a name opens with, and the rest: "Deputy Mayor Ann Lee" -> ([Deputy
        Mayor], "Ann Lee"); "Trustees LaFleche" -> ([Trustee (plural)], "LaFleche").
        Memoised: the same forms are split for every mention of a person."""
        got = self._split_cache.get(name)
        if got is None:
            if len(self._split_cache) > 50_000:
                self._split_cache.clear()
            got = self._split_cache[name] = self._split(name)
        return got

    def _split(self, name: str) -> tuple[list[Title], str]:
        found: list[Title] = []
        pos = 0
        while self._lead is not None:
            m = self._lead.match(name, pos)
            if not m or m.end() >= len(name):
                break
            t = self.get(m.group().strip())
            if t is None:
                break
            found.append(t)
            pos = m.end()
        return found, name[pos:].strip()

    # ----------------------------------------------------------- mentions

    def mentions(self, text: str, start: int, end: int) -> Iterator[Titled]:
        """Titled mentions in ``text[start:end]``; a plural title gives one per listed
        name ("Trustees Brandt and Sato")."""
        if self._mention is None:
            return
        pos = start
        while True:
            m = self._mention.search(text, pos, end)
            if m is None:
                return
            if m.start() and _GLUED.match(text, m.start() - 1):
                pos = m.start() + 1  # "Acr Lee", "e.Mayor": no title starts inside a word
                continue
            pos = m.end()
            title = self.get(m.group("title"))
            if _THE_BEFORE.search(text, max(start, m.start() - 5), m.start()):
                continue  # "The Director Infrastructure advised": a role, not a titled name
            nxt = _NEXT_WORD.match(text, m.end("name"), end)
            bare = self._trim(m.group("name"), nxt.group(1) if nxt else "") if title else ""
            if not bare:
                pos = m.start("name")  # "Chair Director Merrick Alder": the next title may open a name
                continue
            # "Cr. Ada Bardell Cr. Tony Pellow": the next search starts after the kept name
            pos = m.start("name") + len(bare)
            yield Titled(m.start(), pos, title, bare)
            if title.plural:
                pos = m.start("name") + len(bare)
                while True:
                    sep = _LIST_SEP.match(text, pos, end)
                    nm = _NAME_RE.match(text, sep.end(), end) if sep else None
                    more = self._trim(nm.group()) if nm else ""
                    if not more:
                        break
                    yield Titled(nm.start(), nm.start() + len(more), title, more)
                    pos = nm.start() + len(more)

    def _trim(self, name: str, following: str = "") -> str:
        """The name up to the first word that is no name ("Kessler Moved" -> "Kessler"), or
        that opens a two-word title with the next ("Colin Parfitt Alternate Director …":
        a list run on one line); ``following`` is the word after the name in the text."""
        own = name.split()
        words = own + ([following] if following else [])
        keep: list[str] = []
        for i, w in enumerate(own):
            if w.rstrip(".") in self.not_names or w in self.table:
                break
            if i + 1 < len(words) and f"{w} {words[i + 1]}" in self.table:
                break  # "Colin Parfitt Alternate Director …": a list run on one line
            keep.append(w)
        if not keep or all(len(w.rstrip(".")) == 1 for w in keep):
            return ""
        # keep the original spacing of the kept words
        out = name
        while len(out.split()) > len(keep):
            out = out[:out.rstrip().rfind(" ")].rstrip()
        return out
