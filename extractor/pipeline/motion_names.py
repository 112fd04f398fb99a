"""Movers and seconders named the short way: "Moved by DaCosta, Seconded by Brereton",
"Motion to approve by Duncan, seconded by Paul", "Moved: Alley", "A. Varga / M.
Alder THAT …", "RESOLVED (Keith Rowan/Wayne Okoro)", "A. Varga – M. Alder" over
"RESOLVED THAT …", "VARGA: That …".

Proposing and seconding make a speaker, but such names carry no honorific, so the
people component does not see a person there. The position says it is one. The
guidelines want the list's full name for a first name, surname or initial form
("Motion by Duncan" -> the attendance list's "Duncan McAlpin"), so each name is matched
to the meeting's people by surname or first name when exactly one person fits.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from .patterns import alternation
from .word_gate import necessary_words, safe_lower

# a short name: "DaCosta", "DaveK", "Jean-Michel", "A. Varga", "Keith Rowan", "Bea W"
_WORD = r"(?:[A-Z][a-z]*[A-Z]?[a-z]+[A-Z]?(?:[-'’][A-Z][a-z]+)*|[A-Z]['’][A-Z][a-z]+)"
_SHORT = rf"(?:(?:[A-Z]\.[ \t]?){{1,2}}{_WORD}|{_WORD}(?:[ \t]+(?:{_WORD}|[A-Z]\b\.?)){{0,2}})"


_BACK, _AHEAD = 24, 160  # how far a cue may start before its word, and a name end after it


def _hits(low: str, words: tuple[str, ...]) -> list[int]:
    """Where ``words`` occur in ``low``, in order."""
    out: list[int] = []
    for w in words:
        i = low.find(w)
        while i >= 0:
            out.append(i)
            i = low.find(w, i + len(w))
    return sorted(out)


# "moved by", "seconded:": a cue that can only introduce a person ("Proposed Draft Plan"
# and "Second Order" are no such cue)
_INITIAL = re.compile(r"[A-Z]\.")  # "John A. Hale": an initial, not the article
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
# "19/086 HALE: That the minutes …", "2. MINUTES HALE – That …", "M. HALE MOVED to …": the
# mover's surname in capitals (a word that names nobody in the meeting is dropped later)
_CAPS_MOVER = re.compile(r"(?<![\w.’'-])(?P<name>[A-Z][A-Z’'-]*[A-Z])[ \t]*[:–—-][ \t]*(?=That\b|THAT\b)"
                         r"|(?<![\w.’'-])(?P<subject>(?:[A-Z]\.[ \t]?)?[A-Z][A-Z’'-]*[A-Z])[ \t]+(?=MOVED\b|SECONDED\b)")
# "W. Hale – D. Tran" on its own line over "RESOLVED THAT …": mover and seconder by initial
_INITIALLED = r"(?:[A-Z]\.[ \t]?){1,2}[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)*"
_DASH_PAIR = re.compile(rf"(?<![\w.])(?P<a>{_INITIALLED})[ \t]+[–—-][ \t]+(?P<b>{_INITIALLED})[ \t]*\n?[ \t]*(?=RESOLVED\b|Resolved\b|THAT\b|That\b)")
_CAPS_MOVER_NEXT = ("That", "THAT", "MOVED", "SECONDED")  # what _CAPS_MOVER looks ahead for
_DASH_PAIR_NEXT = ("RESOLVED", "Resolved", "THAT", "That")  # what _DASH_PAIR looks ahead for
_EXPLICIT = re.compile(r"(?i:\bby\b|:)")
_NAME_SLASH = re.compile(r"[A-Za-z][ \t]*/[ \t]*[A-Z]")


def _holds(text: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds any of ``words`` (as written)."""
    return any(text.find(w, start, end) >= 0 for w in words)


class MotionNames:
    """Finds the names in mover and seconder positions."""

    def __init__(self, patterns: dict[str, Any], titles: "Any") -> None:
        self.titles = titles
        lead = alternation(patterns.get("motion_name_triggers", []))
        title_alt = alternation(titles.table)
        hon = alternation(titles.honorifics | set(patterns.get("plural_honorifics", [])) | {"Councillor", "Cllr"})
        pre = rf"(?:(?:{title_alt}|{hon})\.?[ \t]+)?" if title_alt else ""
        # the cue in any case, the name as printed
        self._after = re.compile(rf"\b(?i:{lead})[ \t]*[:\-–]?[ \t]*(?P<name>{pre}{_SHORT})") if lead else None
        # "motion to table until September was made by Duncan"
        # "MOVED BY COUNCILLOR KELLY HALE THAT …": minutes printed in capitals (the name
        # must then fit one person of the meeting)
        caps_lead = alternation([t.upper() for t in patterns.get("motion_name_triggers", [])])
        caps_title = alternation({t for t in titles.table if t.isupper()} | {"COUNCILLOR", "CLLR"})
        self._caps = re.compile(
            rf"\b(?:{caps_lead})[ \t]*[:\-–]?[ \t]*(?:(?:{caps_title})\.?[ \t]+)?"
            rf"(?P<name>[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){{0,2}})") if caps_lead else None
        self._motion_by = re.compile(rf"\b(?i:motion\b[^.;:\n]{{0,120}}?\b(?:made[ \t]+)?by)[ \t]+(?P<name>{pre}{_SHORT})")
        # "A. Varga / M. Alder THAT …", "(Keith Rowan/Wayne Okoro)", "Hart/Tam CARRIED":
        # read from each slash outwards (a scan for the pair from every position was slow)
        self._left = re.compile(rf"{pre}{_SHORT}[ \t]*")
        self._right = re.compile(rf"[ \t]*(?P<b>{pre}{_SHORT})(?=[ \t]*(?:\)|THAT\b|That\b|CARRIED\b|Carried\b|[-–:]|\n|$))")
        # "Motion: move to approve the minutes. Penn, Ray. Approved 5-0.": a mover and a
        # seconder as a bare pair opening the sentence before the outcome word; the outcome
        # words are found with ``str.find`` and the pattern runs only in a short window
        # before each (it ends where the outcome word starts)
        outcomes = tuple(patterns.get("motion_pair_outcomes", []))
        self._pair_next = outcomes
        self._comma_pair = re.compile(
            rf"[.:][ \t]+(?P<a>{pre}{_SHORT})[ \t]*,[ \t]*(?P<b>{pre}{_SHORT})[ \t]*\.[ \t]*$"
        ) if outcomes else None
        self.not_names = titles.not_names
        # a word every cue holds, for the str.find gate in ``find``
        self._gate = necessary_words([t.rstrip(":") for t in patterns.get("motion_name_triggers", [])] + ["motion"])

    def find(self, text: str, start: int, end: int) -> Iterator[tuple[int, int, str, bool]]:
        """(start, end, printed name, after an explicit cue) of each mover or seconder
        named in ``text[start:end]``; the flag is True after "moved by" or "Seconded:",
        False for a slash pair or a bare "proposed", where only the position says that the
        words are names.

        The cues' words are found with ``str.find`` on a lower-cased copy and the regexes
        run only in a short window around each (a PDF paragraph can be one long line)."""
        low = safe_lower(text[start:end])
        if low is None or self._gate is None:
            windows = [(start, end)]
        else:
            windows = [(max(start, start + i - _BACK), min(end, start + i + _AHEAD)) for i in _hits(low, self._gate)]
        found: list[tuple[int, str, bool]] = []
        for rx in (self._after, self._motion_by, self._caps):
            if rx is not None:
                found += [(m.start("name"), m.group("name"),
                           _EXPLICIT.search(text, m.start(), m.start("name")) is not None
                           if rx is not self._caps else self._caps_ends(text, m))
                          for ws, we in windows for m in self._matches(rx, text, ws, we)]
        # each of these three ends in a look-ahead for a word (or holds a slash) that the
        # range must then hold: ``str.find`` says whether it does far quicker than a scan
        if _holds(text, _CAPS_MOVER_NEXT, start, end):
            for m in _CAPS_MOVER.finditer(text, start, end):  # "CARSTENS MOVED to approve …" too
                g = "name" if m.group("name") else "subject"
                found.append((m.start(g), m.group(g), True))
        if _holds(text, _DASH_PAIR_NEXT, start, end):
            for m in _DASH_PAIR.finditer(text, start, end):
                found += [(m.start("a"), m.group("a"), True), (m.start("b"), m.group("b"), True)]
        if self._comma_pair is not None:
            for i in _hits(text[start:end], self._pair_next):
                at = start + i
                if not text[max(start, at - 3):at].rstrip(" \t").endswith("."):
                    continue  # the pair ends its own sentence, right before the outcome
                m = self._comma_pair.search(text, max(start, at - _AHEAD), at)
                if m is not None:
                    found += [(m.start("a"), m.group("a"), True), (m.start("b"), m.group("b"), True)]
        if _holds(text, ("/",), start, end):
            for m in _NAME_SLASH.finditer(text, start, end):
                found += [(s, raw, False) for s, raw in self._pair_at(text, text.index("/", m.start()), start, end)]
        seen: set[int] = set()
        for s, raw, cued in found:
            name = self._trim(raw)
            if name and s not in seen:
                seen.add(s)
                yield s, s + len(name), name, cued

    def _matches(self, rx: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """``rx.finditer``, but a name that ends in words that are no name ("Cr Hale
        Seconder") is searched on from where the name really ends, so the next cue
        ("Seconder Cr Tran") is not swallowed."""
        pos = start
        while pos < end:
            m = rx.search(text, pos, end)
            if m is None:
                return
            yield m
            kept = len(self._trim(m.group("name")))
            pos = m.start("name") + kept if 0 < kept < len(m.group("name")) else max(m.end(), pos + 1)

    def _pair_at(self, text: str, slash: int, start: int, end: int) -> list[tuple[int, str]]:
        """The two names either side of the slash at ``slash``, if both read as names."""
        right = self._right.match(text, slash + 1, end)
        if right is None:
            return []
        lo = max(start, text.rfind("\n", 0, slash) + 1, slash - _BACK * 2)
        for c in range(lo, slash):  # the leftmost start that makes all of the left side a name
            if text[c].isupper() and (c == 0 or not (text[c - 1].isalnum() or text[c - 1] == "/")) \
                    and self._left.fullmatch(text, c, slash):
                return [(c, text[c:slash].rstrip()), (right.start("b"), right.group("b"))]
        return []

    def _caps_ends(self, text: str, m: re.Match[str]) -> bool:
        """Whether a name in capitals visibly ends where it is cut: lower case follows
        ("MOVED BY COUNCILLOR KELLY HALE that …"). Otherwise only a name that fits
        someone in the meeting counts ("… SECONDED BY COUNCILLOR RON HALETHAT COUNCIL")."""
        end = m.start("name") + len(self._trim(m.group("name")))
        return _LOWER_NEXT.match(text, end) is not None

    def _no_name(self, word: str) -> bool:
        """A word that is no name, also in capitals ("THAT", "COUNCIL")."""
        return word in self.not_names or (len(word) > 1 and word.isupper() and word.title() in self.not_names)

    def _trim(self, name: str) -> str:
        """Drop the words from the first that is no name on ("Duncan Moved" -> "Duncan")."""
        words = name.split()
        # a word that is no name ends the name ("Cr Hale Seconder Cr Tran" -> "Cr Hale")
        cut = next((k for k, w in enumerate(words) if k and not _INITIAL.fullmatch(w)
                    and (self._no_name(w.rstrip(".,")) or w.rstrip(".,").lower() in ("and", "the"))), len(words))
        words = words[:cut]
        if not words or self._no_name(words[0].rstrip(".")):
            return ""
        out = name
        while len(out.split()) > len(words):
            out = out[:out.rstrip().rfind(" ")].rstrip()
        return out
