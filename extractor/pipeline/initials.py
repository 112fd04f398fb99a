"""People written by their initials: "TI tabled a form", "MS stated that he would …".

Club and trust minutes often print each name once with a tag, "Sheila Farrant (SF),
Alan Holstead, Chair (AHol)", and write the tags afterwards. The guidelines want the
list's full name ("SF reported" -> "Sheila Farrant"). Tags printed after a name decide;
otherwise a run of capitals stands for the one known person whose initials it spells.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional


_NAME = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*(?:[ \t]+[A-Z][a-z]*[A-Z]?[a-z]+(?:['’-][A-Z]?[a-z]+)*){1,2}"
# "Sheila Farrant (SF)", "Alan Holstead, Chair (AHol)", "Evelyn Lundgren(EL)"
_TAGGED = re.compile(rf"(?P<name>{_NAME})(?:[ \t]*,[^,()\n]{{1,40}})?[ \t]*\((?P<tag>[A-Z][A-Za-z]{{1,4}})\)")
# a tag in running text: two to five letters, the first two capitals ("TI", "AHop",
# "NLE"); "Ali" or "The" is a word. (The look-behind, "not after a word character, /, &,
# . or -", follows the first capital and reaches one character further: a pattern that
# opens on a character class lets the regex engine skip to the next capital, one that
# opens on a look-behind is tried at every position, twice as slow.)
_TOKEN = re.compile(r"[A-Z](?<![\w/&.-].)[A-Z][A-Za-z]{0,3}(?![\w/&-])")
_TAG = re.compile(r"\((?P<tag>[A-Z][A-Za-z]{1,4})\)")


def initials_of(name: str) -> str:
    """"Tamsyn Ivesley" -> "TI"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


class Initials:
    """Tag -> full name for one meeting."""

    def __init__(self, text: str, start: int, end: int, known: Iterable[str]) -> None:
        self.tags: dict[str, Optional[str]] = {}
        for t in _TAG.finditer(text, start, end):  # the tags first: most documents have none
            ls = text.rfind("\n", start, t.start()) + 1
            m = None
            for m in _TAGGED.finditer(text, max(ls, t.start() - 120), t.end()):
                pass
            if m is not None and m.end() == t.end():
                self._put(m.group("tag"), m.group("name"))
        computed: dict[str, Optional[str]] = {}
        for name in known:
            tag = initials_of(name)
            if len(tag) >= 2:
                computed[tag] = None if computed.get(tag, name) != name else name
        for tag, name in computed.items():
            if tag not in self.tags:
                self.tags[tag] = name
        self._any = any(self.tags.values())

    def _put(self, tag: str, name: str) -> None:
        self.tags[tag] = None if self.tags.get(tag, name) != name else name

    def mentions(self, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        """(start, end, full name) of each tag in ``text[start:end]`` that stands for one person."""
        if not self._any:
            return
        for m in _TOKEN.finditer(text, start, end):
            name = self.tags.get(m.group())
            if name:
                yield m.start(), m.end(), name
