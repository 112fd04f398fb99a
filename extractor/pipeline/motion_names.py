"""Movers and seconders named the short way: "Moved by DeSousa, Seconded by Hough",
"Motion to approve by Duncan, seconded by Paul", "Moved: Alley", "A. Rebane / M.
Anderson THAT …", "RESOLVED (Keith Rory/Wayne Runyu)".

Proposing and seconding make a speaker, but such names carry no honorific, so the
people component does not see a person there. The position says it is one. The
guidelines want the list's full name for a first name, surname or initial form
("Motion by Duncan" -> the attendance list's "Duncan McNeish"), so each name is matched
to the meeting's people by surname or first name when exactly one person fits.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from .patterns import alternation

# a short name: "DeSousa", "SteveH", "Jean-Michel", "A. Rebane", "Keith Rory", "Meg T"
_WORD = r"(?:[A-Z][a-z]*[A-Z]?[a-z]+[A-Z]?(?:[-'’][A-Z][a-z]+)*|[A-Z]['’][A-Z][a-z]+)"
_SHORT = rf"(?:(?:[A-Z]\.[ \t]?){{1,2}}{_WORD}|{_WORD}(?:[ \t]+(?:{_WORD}|[A-Z]\b\.?)){{0,2}})"


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
        self._motion_by = re.compile(rf"\b(?i:motion\b[^.;:\n]{{0,120}}?\b(?:made[ \t]+)?by)[ \t]+(?P<name>{pre}{_SHORT})")
        # "A. Rebane / M. Anderson THAT …", "(Keith Rory/Wayne Runyu)", "Hale/Tran CARRIED"
        self._pair = re.compile(
            rf"(?<![\w/])(?P<a>{pre}{_SHORT})[ \t]*/[ \t]*(?P<b>{pre}{_SHORT})"
            rf"(?=[ \t]*(?:\)|THAT\b|That\b|CARRIED\b|Carried\b|[-–:]|\n|$))")
        self.not_names = titles.not_names

    def find(self, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        """(start, end, printed name) of each mover or seconder named in ``text[start:end]``."""
        seen: set[int] = set()
        for rx, groups in ((self._after, ("name",)), (self._motion_by, ("name",)), (self._pair, ("a", "b"))):
            if rx is None:
                continue
            for m in rx.finditer(text, start, end):
                for g in groups:
                    s = m.start(g)
                    name = self._trim(m.group(g))
                    if name and s not in seen:
                        seen.add(s)
                        yield s, s + len(name), name

    def _trim(self, name: str) -> str:
        """Drop trailing words that are no name ("Duncan Moved" -> "Duncan")."""
        words = name.split()
        while words and (words[-1].rstrip(".,") in self.not_names or words[-1].rstrip(".,").lower() in ("and", "the")):
            words.pop()
        if not words or words[0].rstrip(".") in self.not_names:
            return ""
        out = name
        while len(out.split()) > len(words):
            out = out[:out.rstrip().rfind(" ")].rstrip()
        return out
