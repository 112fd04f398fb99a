"""A meeting's body name: tidied down to the name, or found in the opening lines.

The header rules take the body from the words around "Minutes of ..." and "held", so
they often keep the meeting's kind or the rest of the line ("Perth Linux Users Group –
Annual General Meeting 2018", "Parish Council held on", "Board of Selectmen Present:
...") or find nothing when the name stands alone in capitals on the first line ("FIRE
PROTECTION AREA NO.1 BOARD"). A body's name ends in a word for an organisation
("Council", "Board", "Trustees", "Township") and may go on with "of <Name>" ("Council of
the Rural Municipality of Westbury"). So the name is read around its last such word:
back over its capitalised words, forward over its "of" tail. The words are pattern data
(``org_heads``, ``body_qualifiers``, ``venue_nouns`` in the meeting patterns).
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

Span = tuple[str, int, int]

_TOKEN = re.compile(r"\S+")
_JOINERS = frozenset({"of", "the", "and", "&", "for", "on", "de", "du", "des"})
_EDGE = " ,.;:()[]\"“”'‘’"
# a numeric date opening a page's file title ("2019-01-23 Library Board Minutes"), never part of a name
_DATE_PREFIX = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}[\s-]+(?=[A-Za-z])")
_STATED_BEFORE = re.compile(r"(?:meeting|minutes|session|proceedings)\s+of(?:\s+the)?\s*$")
_STATED_AFTER = re.compile(r"[\s,]*(?:met|held|was held|convened|meeting|minutes|regular|special|ordinary)\b")


def _bare(word: str) -> str:
    return word.strip(_EDGE).lower()


class BodyNames:
    """Reads body names with the meeting component's word lists."""

    def __init__(self, patterns: dict) -> None:
        self._heads = frozenset(w.lower() for w in patterns.get("org_heads", []))
        self._qualifiers = frozenset(w.lower() for w in patterns.get("body_qualifiers", []))
        self._venue = frozenset(w.lower() for w in patterns.get("venue_nouns", []))

    def _is_head(self, tokens: list[tuple[int, str]], k: int) -> bool:
        word = tokens[k][1].rstrip(",.;:")
        if _bare(word) not in self._heads or not word[:1].isupper():
            return False
        nxt = _bare(tokens[k + 1][1]) if k + 1 < len(tokens) else ""
        return nxt not in self._venue  # "Council Chamber", "Board Room": a place

    def _name_word(self, word: str) -> bool:
        """A word that can stand inside a name: capitalised or a number ("No. 193", "3"),
        not a qualifier such as "Regular" or "Minutes"."""
        bare = _bare(word)
        if not bare or bare in self._qualifiers:
            return False
        core = word.strip(_EDGE)
        return core[:1].isupper() or core[:1].isdigit() or core.lower() in ("no", "no.")

    def _around(self, tokens: list[tuple[int, str]], k: int) -> Optional[tuple[int, int]]:
        """Token indexes [first, last] of the name whose organisation word is token ``k``."""
        first = k
        j = k - 1
        while j >= 0:
            word = tokens[j][1]
            if word.endswith((",", ";", ":", ".")) and not re.fullmatch(r"(?:No|St|[A-Z])\.", word):
                break  # "Present: Board ...", "Tuesday, Board ...": the name starts after it
            if self._name_word(word):
                first = j
            elif _bare(word) in _JOINERS and j > 0 and self._name_word(tokens[j - 1][1]):
                pass  # "Board of Trustees", "Amenities, Leisure and Community Services"
            else:
                break
            j -= 1
        while first < k and _bare(tokens[first][1]) in _JOINERS:
            first += 1
        while first < k and tokens[first][1].strip(_EDGE).isdigit():
            first += 1  # "9226 Mountain Home School District": a number before the name
        last = k
        j = k + 1
        if j < len(tokens) and re.fullmatch(r"\([A-Z][\w'’ -]*\)", tokens[j][1]):
            return first, j  # "Area Planning Sub-Committee (East)"
        if j + 1 < len(tokens) and re.fullmatch(r"(?i)no\.?", tokens[j][1]) and tokens[j + 1][1].strip(_EDGE)[:1].isdigit():
            return first, j + 1  # "School District No. 193"
        if not tokens[k][1].endswith((",", ";", ":")) and j + 1 < len(tokens) and _bare(tokens[j][1]) == "of":
            j += 1  # "Council of the County of Westbury", "Board of Directors of the X District"
            tail = k
            while j < len(tokens):
                word = tokens[j][1]
                bare = _bare(word)
                if self._name_word(word):
                    tail = j
                    if bare in self._heads and (j + 1 >= len(tokens) or _bare(tokens[j + 1][1]) != "of"):
                        break  # "Board of Commissioners District Officers": the name ends
                elif bare not in _JOINERS:
                    break
                if word.endswith((",", ";", ":")):
                    break
                j += 1
            last = tail
        return first, last

    def _last_head(self, tokens: list[tuple[int, str]], k: int) -> int:
        """The last organisation word of the run of name words that holds token ``k``."""
        last = k
        j = k + 1
        while j < len(tokens) and not tokens[j - 1][1].endswith((",", ";", ":")):
            word = tokens[j][1]
            if self._is_head(tokens, j):
                last = j
            elif not (self._name_word(word) or _bare(word) in _JOINERS and _bare(word) != "of"):
                break
            j += 1
        return last

    def tidy(self, body: Span) -> Optional[Span]:
        """``body`` cut to the name around its last organisation word; the body itself when it
        has none and no qualifier either ("Perth Artifactory"); None when it holds only the
        kind of meeting ("regular meeting held on Thursday", "Meeting Date") or is not
        capitalised ("above council")."""
        text, start, _ = body
        tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
        heads = [k for k in range(len(tokens)) if self._is_head(tokens, k)]
        if not heads:
            if any(_bare(w) in self._qualifiers or _bare(w) in self._heads for _, w in tokens):
                return None
            return body
        return self._span(text, start, tokens, heads[-1])

    def _span(self, text: str, start: int, tokens: list[tuple[int, str]], k: int) -> Optional[Span]:
        bounds = self._around(tokens, k)
        if bounds is None:
            return None
        first, last = bounds
        if last + 1 < len(tokens) and not tokens[last][1].endswith((",", ";", ":", ".")):
            after = tokens[last + 1][1]
            if self._name_word(after) and after.strip(_EDGE)[:1].isalpha():
                return None  # "Council Delivery Plan": the word names something else
        s = tokens[first][0]
        e = tokens[last][0] + len(tokens[last][1])
        name = text[s:e].strip(_EDGE.replace(".", ""))
        if name.count("(") > name.count(")") and text[s:e].rstrip().endswith(")"):
            name += ")"  # "Sub-Committee (East)" keeps its bracket
        name = name.rstrip(",;:")
        dated = _DATE_PREFIX.match(name)
        if dated and dated.end() < len(name):  # "2019-01-23 Library Board": a web page's file title
            name = name[dated.end():]
        if not name:
            return None
        s = s + text[s:e].find(name)
        return name, start + s, start + s + len(name)

    def _stated(self, line: str, s: int, e: int) -> bool:
        """Whether the name at ``line[s:e]`` is stated as the meeting's body: a title line
        that is mostly the name ("QUELLBROOK WATER BOARD", "Cabinet - 3 May 2021"), or a
        sentence that says so ("The Town of X Council met ...", "Minutes of the X held")."""
        if len(line.strip()) <= 100 and (e - s) >= 0.4 * len(line.strip()):
            return True
        before = line[max(0, s - 25):s].lower()
        after = line[e:e + 20].lower()
        return bool(_STATED_BEFORE.search(before) or _STATED_AFTER.match(after))

    def fuller(self, body: Span, text: str, start: int, end: int) -> Optional[Span]:
        """A longer name for a generic ``body`` ("Council", "Parish Council") in the opening
        lines, ending in the same organisation word: None when there is none."""
        words = body[0].split()
        if len(words) > 2:
            return None
        head = _bare(words[-1])
        for found in self.candidates(text, start, end, max_lines=10):
            if _bare(found[0].split()[-1]) == head and len(found[0].split()) > len(words):
                return found
        return None

    def find(self, text: str, start: int, end: int, max_lines: int = 8) -> Optional[Span]:
        """The first body name in the opening lines of ``text[start:end]``."""
        return next(self.candidates(text, start, end, max_lines), None)

    def candidates(self, text: str, start: int, end: int, max_lines: int) -> Iterator[Span]:
        """The body names in the first ``max_lines`` non-blank lines of ``text[start:end]``."""
        pos, seen = start, 0
        while pos < end and seen < max_lines:
            nl = text.find("\n", pos, end)
            stop = end if nl < 0 else nl
            line = text[pos:stop]
            if line.strip():
                seen += 1
                tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
                k = 0
                while k < len(tokens):
                    if self._is_head(tokens, k):
                        k = self._last_head(tokens, k)  # "DISTRICT COUNCIL OF MALLALA": read at "COUNCIL"
                        found = self._span(line, pos, tokens, k)
                        if found is not None and self._stated(line, found[1] - pos, found[2] - pos):
                            yield found
                    k += 1
            if nl < 0:
                break
            pos = nl + 1
