"""People written by one word only and listed nowhere: "Don reported ...", "Val thanked ...".

Club and society minutes without an attendance list name members by first name, and
the guidelines keep a name found in no list as printed. The people component reads
names of two words or more, so such a word is found here, for speakers only, under
three conditions that keep ordinary words out:

- it opens a clause (a line, after a bullet or a number, or after a stop, a colon or a
  dash) and a speech verb follows at once (the caller tests the verb);
- it is no title, role or stop word (``lone_name_stop`` and the titles' own words);
- the document never writes it in lower case ("Members noted" has "members" elsewhere,
  "Everyone agreed" has "everyone").
"""

from __future__ import annotations

import re
from typing import Any, Iterator, Optional

# a capitalised word followed by a lower-case word or a colon (found first: a scan for
# the clause openings themselves took five times as long); not after a word character,
# apostrophe, stop or hyphen: that look-behind follows the capital, reaching one character
# further, so that the regex engine skips to the next capital (see ``initials._TOKEN``)
_WORD = re.compile(r"[A-Z](?<![\w'’.-].)[a-z]{1,14}(?=[ \t]+[a-z]|[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:)")
# where a clause opens, before the word: a line start after a bullet or "3." / "a)"; or
# ": ", "; ", " – ", or a stop that closes no initial or honorific ("Vanessa L. Gibson",
# "Mr. Gibson")
_LINE_LEAD = re.compile(r"[ \t]*(?:[-*•·▪‣◦]|\(?\d{1,2}[.)]|\(?[a-z][.)])?[ \t]*")
_STOP_BEFORE = re.compile(
    r"(?:[!?:;]|[ \t][–—-]|(?<![\s.][A-Z])(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bRev)(?<!\bProf)\.)[ \t]+$")


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,15}(?![\w'’-])")


class LoneNames:
    """One-word names opening a clause, for one document."""

    def __init__(self, text: str, stop: frozenset[str]) -> None:
        self.text, self.stop = text, stop
        self._lower: set[str] | None = None  # the document's lower-case words, read when first needed

    def candidates(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """(start, end) of each capitalised word in ``text[lo:hi]`` before a lower-case
        word or a colon that is no stop word, nor a stop word's plural ("Officers"); the
        caller tests the verb, then ``opens_clause`` and ``is_name``."""
        stop = self.stop
        for m in _WORD.finditer(self.text, lo, hi):
            word = m.group()
            if word not in stop and not (word.endswith("s") and word[:-1] in stop):
                yield m.start(), m.end()

    def opens_clause(self, lo: int, start: int) -> bool:
        """Whether a clause opens at ``start`` (see ``_LINE_LEAD`` and ``_STOP_BEFORE``)."""
        text = self.text
        ls = max(lo, text.rfind("\n", 0, start) + 1)
        return _LINE_LEAD.fullmatch(text, ls, start) is not None or \
            _STOP_BEFORE.search(text, max(ls, start - 12), start) is not None

    def is_name(self, word: str) -> bool:
        """Whether ``word`` is never written in lower case in the document."""
        if self._lower is None:
            self._lower = set(_LOWER_WORD.findall(self.text))
        return word.lower() not in self._lower

    @staticmethod
    def listed_as(word: str, registry: list[dict[str, Any]]) -> Optional[int]:
        """The one registry entry with ``word`` among its name words ("Wystan" in
        "Orla Wystan Pellow", "Pellow"), or None (nobody, or several)."""
        low = word.lower()
        hits = [i for i, e in enumerate(registry)
                if any(low in (w.strip(".,").lower() for w in f.split()) for f in [e["name"], *(e.get("aliases") or [])])]
        return hits[0] if len(hits) == 1 else None
