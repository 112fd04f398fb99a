"""Election result lines headed by the office (GUIDELINES "Elections").

Club and society AGMs print each result as a line of its own, the office first:
"Treasurer: Ann Vale re-elected unopposed", "Club Captain. AV (proposed BK, seconded CT)",
"Secretary – Ann Vale (nominated: B Kerr)", or the result word first: "Acclaimed: Ann Vale",
"Elected: Ann Vale". Each line is one resolution whose text is the line up to the
nomination details ("Treasurer: Ann Vale"); the proposer and seconder are read by the
motions reader from the rest of the line. The offices and result words are pattern data
(``election_offices``, ``line_offices``, ``election_line_results``, ``election_line_heads``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from .patterns import alternation
from .word_gate import Gate, necessary_words


@dataclass(frozen=True)
class OfficeLine:
    """One election line: the record's text is text[start:head_end]; details follow up to end."""

    start: int
    head_end: int
    end: int
    candidate: Optional[tuple[int, int]] = None  # where the office-headed line names the candidate


class OfficeLines:
    """The office-headed election lines of an item (compiled once from the patterns)."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        offices = list(patterns.get("election_offices", [])) + list(patterns.get("line_offices", []))
        results = list(patterns.get("election_line_results", [])) + list(patterns.get("self_nominations", []))
        heads = list(patterns.get("election_line_heads", []))
        hon = alternation(patterns.get("honorifics", [])) or "(?!)"
        self.enabled = bool(offices and results)
        if not self.enabled:
            return
        cand = (rf"(?:(?:{hon})\.?[ \t]+)?(?:[A-Z]{{2,3}}\b|[A-Z][\w’'\-]*\.?(?:[ \t]+[A-Z][\w’'\-]*\.?){{0,3}})")
        # "Treasurer: Ann Vale re-elected", "Club Captain. AV (proposed BK ...)", "- Chair – Ann Vale (nominated ..."
        self._office = re.compile(
            rf"[ \t]*(?:[-•*·][ \t]*)?(?:{alternation(offices)})[ \t]*[:.–—-][ \t]*(?P<cand>{cand})"
            rf"(?=[ \t]*(?:\([ \t]*(?:proposed|nominated|moved)\b|,?[ \t]*(?:was[ \t]+)?(?:{alternation(results)})\b))")
        # "Acclaimed: Ann Vale", "Elected: Ann Vale": the whole line
        self._headed = re.compile(
            rf"[ \t]*(?:[-•*·][ \t]*)?(?:{alternation(heads) or '(?!)'})[ \t]*:[ \t]*{cand}[ \t.]*$")
        # "the following were elected to the Board roles:" over "Chair – Ann Vale" lines: each line
        # is a result (GUIDELINES "Elections": one resolution per line of such a list)
        self._bare = re.compile(
            rf"[ \t]*(?:[-•*·][ \t]*)?(?:{alternation(offices)})[ \t]*[:–—-][ \t]*{cand}[ \t.]*$")
        # ... or the member first: "Ann Vale: president (term ends 2030)", text up to the office
        self._bare_named = re.compile(
            rf"[ \t]*(?:[-•*·][ \t]*)?{cand}[ \t]*[:–—-][ \t]*(?P<office>(?i:{alternation(offices)}))\b[ \t]*(?:\([^()\n]{{0,60}}\))?[ \t.]*$")
        self._intro = re.compile(r"\b(?:elected|appointed|re-elected)\b", re.I)  # in the line ending ":" or the one before
        # "Treasurer: A went forward for this position": the candidate nominated themselves
        selfs = alternation(patterns.get("self_nominations", []))
        self._self = re.compile(rf"\b(?:{selfs})\b", re.I) if selfs else None
        self.gate = Gate(necessary_words(results + heads + ["proposed", "nominated", "moved"]))

    def self_nominated(self, text: str, line: OfficeLine) -> bool:
        """Whether the rest of the line says the candidate put themselves forward (their own
        mover, GUIDELINES "Elections")."""
        return self._self is not None and line.candidate is not None \
            and self._self.search(text, line.head_end, line.end) is not None

    def find(self, text: str, lines: list[tuple[int, int]]) -> list[OfficeLine]:
        """The election lines among ``lines`` ((start, end) of one item's lines)."""
        if not self.enabled or not lines:
            return []
        if self.gate.words is not None and not self.gate.hits(text).any_in(lines[0][0], lines[-1][1]):
            return []
        out: list[OfficeLine] = []
        listed = False  # inside a list of results under "The following were elected:"
        prev: Optional[tuple[int, int]] = None
        for ls, le in lines:
            if le - ls > 200:
                listed, prev = False, (ls, le)
                continue  # a paragraph, not a result line
            named = self._bare_named.match(text, ls, le) if listed else None
            if listed and (named or self._bare.match(text, ls, le)):
                s = ls + len(text[ls:le]) - len(text[ls:le].lstrip(" \t-•*·"))
                out.append(OfficeLine(s, named.end("office") if named else len(text[:le].rstrip(" \t.")), le))
                prev = (ls, le)
                continue
            # "... the following were elected to the\nBoard roles:": the intro may wrap
            listed = text[ls:le].rstrip().endswith(":") and (
                self._intro.search(text, ls, le) is not None
                or (prev is not None and "\n\n" not in text[prev[1]:ls] and self._intro.search(text, *prev) is not None))
            prev = (ls, le)
            m: Optional[re.Match[str]] = self._office.match(text, ls, le)
            if m is not None:
                out.append(OfficeLine(ls + len(text[ls:le]) - len(text[ls:le].lstrip(" \t-•*·")), m.end("cand"), le,
                                      (m.start("cand"), m.end("cand"))))
                continue
            h = self._headed.match(text, ls, le)
            if h is not None:
                s = ls + len(text[ls:le]) - len(text[ls:le].lstrip(" \t-•*·"))
                out.append(OfficeLine(s, len(text[:le].rstrip(" \t.")), le))
        return out
