"""Lines and sentences of the canonical text, as character offsets.

Every component reads the text through these helpers so that all spans point at the
same characters. Nothing here knows about councils: abbreviation lists that are
pattern data come in as compiled regexes from the component that owns them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, NamedTuple, Optional


class Line(NamedTuple):
    """One line of text: ``start``/``end`` are offsets of the stripped text. A tuple, not
    a dataclass: every line of every document is built, several times over."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text


def iter_lines(text: str, start: int = 0, end: Optional[int] = None, keep_blank: bool = False) -> Iterator[Line]:
    """Lines of ``text[start:end]`` with absolute, whitespace-trimmed offsets.

    ``keep_blank`` keeps blank lines (components that read paragraph breaks need them);
    the range then always yields at least one line, and a final newline yields a blank
    last line."""
    end = len(text) if end is None else end
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        raw = text[pos:stop]
        stripped = raw.strip()
        if stripped or keep_blank:
            s = pos + len(raw) - len(raw.lstrip())
            yield Line(s, s + len(stripped), stripped)
        if nl < 0:
            break
        pos = nl + 1


def all_lines(text: str, start: int = 0, end: Optional[int] = None) -> list[Line]:
    """Every line of ``text[start:end]``, blank ones included, as ``iter_lines`` with
    ``keep_blank`` gives them, from one ``split`` (about twice as fast)."""
    end = len(text) if end is None else end
    out = []
    pos = start
    for raw in text[start:end].split("\n"):
        stripped = raw.strip()
        s = pos + len(raw) - len(raw.lstrip())
        out.append(Line(s, s + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def line_ranges(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the non-blank lines in ``text[start:end]``, trimmed."""
    for line in iter_lines(text, start, end):
        yield line.start, line.end


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` without leading and trailing whitespace."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# --------------------------------------------------------------- wrapped lines

_LIST_START = re.compile(r"[ \t]*(?:[-•*·]\s|\(?[0-9a-zA-Z]{1,3}[.)]\s|[A-Z][A-Za-z ]{0,30}:)")
WRAP_MIN = 50  # a shorter line is a heading or a list entry, not a wrapped paragraph line


def is_wrap(text: str, nl: int) -> bool:
    """Whether the line break at ``nl`` only wraps a paragraph (as in PDF text): the
    line before is long and unfinished and the next line does not start a list entry."""
    if nl + 1 >= len(text) or text[nl + 1] == "\n":
        return False
    line_start = text.rfind("\n", 0, nl) + 1
    prev = text[line_start:nl].rstrip()
    if len(prev) < WRAP_MIN or prev[-1] in ".?!:;\"”’)|":
        return False
    return not _LIST_START.match(text, nl + 1)


# a wrapped line's continuation: the next line opens in lower case or with a number or
# an amount, or the line before ends on a comma, a dash or a joining word ("... of the" /
# "February 14, 2023 regular meeting"); a capitalised next line after a content word may
# be a heading and is not joined
_CONTINUES = re.compile(r"[ \t]*[a-z0-9$(]")
_LOWER_AFTER_BLANK = re.compile(r"[ \t]*[a-z]")
_JOINING_END = re.compile(
    r"(?:[,–—-]|\b(?:and|or|of|the|to|a|an|in|for|by|with|at|on|from|as|that|this|its|their|our|be|is|was|were)\b)[ \t]*$")


def continues_on_next_line(text: str, nl: int) -> bool:
    """Whether the sentence before the line break at ``nl`` runs on after it: the break
    only wraps a paragraph (``is_wrap``) and the next line reads as the same sentence
    (``_CONTINUES`` or ``_JOINING_END``). For readers that cut at every line break but
    must not lose the end of a motion wrapped at the page width."""
    line_start = text.rfind("\n", 0, nl) + 1
    if text.startswith("\n", nl + 1):  # double-spaced PDF text: one blank line, then the rest in lower case
        prev = text[line_start:nl].rstrip()
        return len(prev) >= WRAP_MIN and prev[-1] not in ".?!:;\"”’)|" and _LOWER_AFTER_BLANK.match(text, nl + 2) is not None \
            and not _LIST_START.match(text, nl + 2)
    if not is_wrap(text, nl):
        return False
    return bool(_CONTINUES.match(text, nl + 1) or _JOINING_END.search(text, line_start, nl))


def paragraph_ids(text: str, lo: int, starts: list[int]) -> list[int]:
    """A paragraph number for each position: paragraphs break at newlines that are not wraps."""
    out, para, pos = [], 0, lo
    for st in starts:
        nl = text.find("\n", pos, st)
        while nl != -1:
            if not is_wrap(text, nl):
                para += 1
            nl = text.find("\n", nl + 1, st)
        pos = max(pos, st)
        out.append(para)
    return out


# ------------------------------------------------------------------- sentences

def abbreviation_regex(abbreviations: list[str]) -> re.Pattern[str]:
    """Words after which a full stop does not end a sentence (from pattern data), and initials."""
    alt = "|".join(re.escape(a.rstrip(".")) for a in abbreviations)
    return re.compile(rf"(?:\b(?:{alt})|\b[A-Z])\.$" if alt else r"\b[A-Z]\.$")


# A stop, then any whitespace (a line break too) before a capital or digit; or a line break.
# a numbered or lettered list entry at a line's start ("(c) That ...", "2. ...", "(iv) ..."):
# actions and resolutions both use it to tell a list under a lead-in from running text
LIST_ENTRY = re.compile(r"[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))[ \t]+\S")
STOP_THEN_ANY_SPACE = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n")
# A stop, then spaces on the same line before a capital, digit or "£"; or a line break.
STOP_THEN_SPACE = re.compile(r"[.!?][\"”’)]*[ \t]+(?=[\"“‘(]?[A-Z0-9£])|\n")

def decision_abbreviation_regex(abbreviations: list[str]) -> re.Pattern[str]:
    """The decision components' stop test: the listed words (pattern data), initials
    after a space or bracket, and list numbers ("1."). A vote tally or a ratio ending a
    sentence ("the motion carried 3-0. Member A will ...", "approved 7 to 0. B moved ...")
    is no list number: its stop ends the sentence."""
    alt = "|".join(re.escape(a.rstrip(".")) for a in abbreviations)
    words = rf"\b(?:{alt})|" if alt else ""
    return re.compile(rf"(?:{words}(?:^|[\s(])[A-Z]|(?<![\d][-–/:])(?<!\bto )\b\d)\.$")


def abbreviation_tails(abbreviations: list[str]) -> frozenset[str]:
    """The last three letters (or all, if fewer) of each listed abbreviation: a stop can
    close a listed word only where the text before it ends with one of these, so the
    splitter's ``tails`` gate runs the abbreviation regex only there (or after a capital
    or digit, the regexes' initials and list numbers)."""
    return frozenset(w[-3:] for w in (a.rstrip(".") for a in abbreviations) if w)


@dataclass(frozen=True)
class SentenceSplitter:
    """Cuts ``text[start:end]`` into trimmed sentence ranges.

    Splits at ., ! or ? before a capital (as ``boundary`` defines it) and at line
    breaks, but not after a stop that ``abbrev`` recognises. With ``join_wraps`` a line
    break that only wraps a paragraph (``is_wrap``) does not split. The components
    differ in these three settings on purpose; keeping them explicit keeps each
    component's sentences exactly as they were tuned."""

    abbrev: re.Pattern[str]
    boundary: re.Pattern[str] = STOP_THEN_SPACE
    join_wraps: bool = False
    # ``abbreviation_tails`` of the list ``abbrev`` was built from: a cheap test before
    # the regex, which most stops fail (None: always run the regex)
    tails: Optional[frozenset[str]] = None

    def __call__(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        # (one call per sentence of every component: the match's group and start are
        # read once, and whitespace-only stretches are skipped without slicing)
        pos = start
        abbrev, join_wraps, tails = self.abbrev.search, self.join_wraps, self.tails
        for m in self.boundary.finditer(text, start, end):
            g, at = m.group(), m.start()
            if g == "\n":
                if join_wraps and is_wrap(text, at):
                    continue
                cut = at
            else:
                if g[0] == ".":
                    # run the regex only where the stop may close an initial, a list number
                    # or a listed word (it says "yes" wrongly at times, never "no" wrongly)
                    c = text[at - 1]
                    if ((tails is None or "A" <= c <= "Z" or c.isdigit() or c in tails
                         or text[at - 2:at] in tails or text[at - 3:at] in tails)
                            and abbrev(text[max(pos, at - 12): at + 1])):
                        continue
                cut = at + 1
            s, e = trim(text, pos, cut)
            if s < e:
                yield s, e
            pos = m.end()
        s, e = trim(text, pos, end)
        if s < e:
            yield s, e


def wrapped_paragraph_splitter(abbreviations: list[str]) -> SentenceSplitter:
    """Splitter for running narrative (PDF text wrapped at the page width): a stop may
    end a sentence before a line break, and wrapped lines are joined."""
    return SentenceSplitter(abbreviation_regex(abbreviations), STOP_THEN_ANY_SPACE, join_wraps=True,
                            tails=abbreviation_tails(abbreviations))
