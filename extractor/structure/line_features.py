"""Features of each line of a document, for the line-role sequence model.

Minutes tell their structure by layout more than by wording: a short line with a number
and no full stop is a heading whatever council wrote it; a run of names after "Present"
is attendance. The features describe that shape (numbering scheme and whether the number
continues the document's sequence, case, length, colon, indentation and columns, blank
lines around, position, repetition across the document) plus a few words, so a model
trained on some bodies can recognise the same shapes in others. Word lists and the page
furniture patterns are data (``models/minutes/minutes_line_roles/patterns.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from ..pipeline.patterns import alternation, phrase_key


@dataclass(frozen=True)
class TextLine:
    """A non-blank line: ``start``/``end`` are offsets of its stripped text in the document."""

    start: int
    end: int
    text: str
    indent: int
    blank_before: bool
    blank_after: bool


def text_lines(text: str) -> list[TextLine]:
    """The non-blank lines of ``text`` with the blank-line context the features need."""
    raw: list[tuple[int, str]] = []
    pos = 0
    for part in text.split("\n"):
        raw.append((pos, part))
        pos += len(part) + 1
    out: list[TextLine] = []
    for k, (offset, part) in enumerate(raw):
        stripped = part.strip()
        if not stripped:
            continue
        lead = len(part) - len(part.lstrip())
        before = k == 0 or not raw[k - 1][1].strip()
        after = k + 1 >= len(raw) or not raw[k + 1][1].strip()
        expanded = part[:lead].replace("\t", "    ")
        out.append(TextLine(offset + lead, offset + lead + len(stripped), stripped, len(expanded), before, after))
    return out


# Order matters: the first scheme that matches names the line's numbering.
NUMBERING = (
    ("item_word", re.compile(r"^\(?(?:agenda\s+item|item|minute|min\.?)\s*(?:no\.?\s*)?\d", re.I)),
    ("decimal_zero", re.compile(r"^\d{1,3}\.0\.?(?=\s|$)")),
    ("decimal", re.compile(r"^\d{1,3}\.\d{1,2}(?:\.\d{1,2})?\.?(?=\s|$)")),
    ("file_number", re.compile(r"^\(?\d{2,4}[-/]\d{1,5}\)?(?=[\s:.]|$)")),
    ("code", re.compile(r"^\(?[A-Z]{1,5}[-.\s]?\d{1,4}(?:[-/.]\d{1,4})?\)?(?=[\s:.]|$)")),
    ("arabic_dot", re.compile(r"^\d{1,3}(?:\)\.|[.)])(?=\s|$|[A-Za-z])")),  # "4.", "4)", "4)."
    ("arabic_letter", re.compile(r"^\d{1,3}[a-z][.)]?(?=\s|$)")),
    ("arabic_bare", re.compile(r"^\d{1,3}(?=\s+[A-Z(]|\t|$)")),
    ("bracketed_number", re.compile(r"^\(\d{1,3}\)")),
    ("roman_upper", re.compile(r"^\(?[IVX]{1,5}[.)](?=\s|$)")),
    ("roman_lower", re.compile(r"^\(?[ivx]{1,5}[.)](?=\s|$)")),
    ("lettered", re.compile(r"^\(?[a-zA-Z][.)](?=\s|$)")),
    ("bullet", re.compile(r"^[•·▪●○◦\-–*]\s")),
)
# the schemes as one regex, tried in the same order (a named group per scheme)
_SCHEMES = re.compile("|".join(
    f"(?P<{name}>{'(?i:' if rx.flags & re.IGNORECASE else '(?:'}{rx.pattern.lstrip('^')}))" for name, rx in NUMBERING))
_NUMBER_OPENERS = "(•·▪●○◦-–*"
_NUMBER_VALUE = re.compile(r"^\(?(?:(?:agenda\s+)?item\s+|minute\s+)?(\d{1,3})(?![\d/-])", re.I)
_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
                 "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15}
_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[ \t]+\d{4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?[ \t]*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b", re.I)
_COLUMNS = re.compile(r"\S(?:\t|[ \t]{3,})\S")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_HEAD = 160  # characters of a line the per-line features read
_LONG = 200  # a line longer than this is running text: it gets the few features that tell so
_LENGTHS = (4, 12, 30, 60, 100, 160, 300)
_LONG_HEAD = 60  # characters of a long line the keyword and pattern searches read
_NAMES = ("names=b0", "names=b1", "names=b2", "names=b2", "names=bmax")  # honorifics on the line: 0, 1, 2-3, 4+


class LineFeaturizer:
    """Turns a document's lines into CRFsuite items (one dict of features per line).

    Why per document rather than per line: the searches for dates, times, money, vote
    tallies, names and keywords run once over the whole text (a few regex passes) instead
    of a dozen times per line, which cost more than tokenising the document."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        self.groups: dict[str, re.Pattern[str]] = {}  # group -> regex (line labels use the attendance one)
        self.phrase_groups: dict[str, set[str]] = {}  # keyword phrase (phrase_key) -> its groups
        for name in ("attendance_words", "decision_words", "action_words", "header_words", "closing_words",
                     "item_words", "furniture_words"):
            words = patterns.get(name, [])
            if words:
                group = name.replace("_words", "")
                self.groups[group] = re.compile(rf"\b(?:{alternation(words)})\b", re.I)
                for phrase in words:
                    self.phrase_groups.setdefault(phrase_key(phrase), set()).add(group)
        phrases = sorted(self.phrase_groups)
        self._phrase_cache: dict[str, set[str]] = {}  # matched text -> groups (bounded by the phrases' spellings)
        self.keywords = re.compile(rf"\b(?:{alternation(phrases)})\b", re.I) if phrases else None
        names = patterns.get("honorific_words", [])
        self.names = re.compile(rf"\b(?:{alternation(names)})\b") if names else None
        tallies = alternation(patterns.get("vote_words", []))
        self.votes = re.compile(r"\b\d{1,2}[ \t]*[-–][ \t]*\d{1,2}\b"
                                + (rf"|\b(?:{tallies})\b[ \t]*[:–-]" if tallies else ""), re.I)
        rx = patterns.get("furniture_patterns", [])
        self.furniture: Optional[re.Pattern[str]] = re.compile("|".join(f"(?:{r})" for r in rx), re.I) if rx else None

    def document(self, lines: list[TextLine], text_length: int) -> list[list[str]]:
        """One CRFsuite item per line: its ``"key=value"`` features (all binary), plus the
        main features of the lines around it (one away: most; two away: a few)."""
        # the searches read each line's opening only (a long line: its first words)
        joined = "\n".join(l.text if len(l.text) <= _LONG else l.text[:_LONG_HEAD] for l in lines)
        starts: list[int] = []
        pos = 0
        for l in lines:
            starts.append(pos)
            pos += (len(l.text) if len(l.text) <= _LONG else _LONG_HEAD) + 1
        hits = {name: _hits(rx, joined, starts) for name, rx in (
            ("date", _DATE), ("time", _TIME), ("votes", self.votes), ("names", self.names)) if rx is not None}
        shapes = Counter(_shape_key(l.text) for l in lines if len(l.text) < 80)
        schemes = [numbering(l.text) for l in lines]
        scheme_count = Counter(schemes)
        seq = _sequence(lines, schemes)
        rests = [strip_number(l.text[:_HEAD]) if schemes[k] != "none" else l.text[:_HEAD] for k, l in enumerate(lines)]
        found, first = self._keywords(joined, starts, lines, rests)
        own: list[list[str]] = []
        ctx: list[list[str]] = []
        far: list[list[str]] = []
        for k, l in enumerate(lines):
            item, context, distant = self._line(l, text_length, shapes, schemes[k], scheme_count, seq[k], rests[k])
            for name, counts in hits.items():
                n = counts.get(k, 0)
                if name == "names":
                    item.append(_NAMES[min(n, 4)])
                    context.append(_NAMES[min(n, 4)])
                elif n:
                    item.append(name)
                    if name in ("date", "votes"):
                        context.append(name)
            for group in sorted(found.get(k, ())):
                item.append(f"kw_{group}")
                if group == "attendance":
                    context.append("kw_attendance")
                    distant.append("kw_attendance")
            for group in sorted(first.get(k, ())):
                item.append(f"kw_{group}_first")
                if group in ("attendance", "decision", "item"):
                    context.append(f"kw_{group}_first")
            own.append(item)
            ctx.append(context)
            far.append(distant)
        n = len(own)
        ends = [_end_kind(l.text) for l in lines]
        before1 = [["-1:" + f for f in c] for c in ctx]
        after1 = [["+1:" + f for f in c] for c in ctx]
        before2 = [["-2:" + f for f in c] for c in far]
        after2 = [["+2:" + f for f in c] for c in far]
        for k, item in enumerate(own):
            item += before2[k - 2] if k >= 2 else ["-2:edge"]
            item += before1[k - 1] if k >= 1 else ["-1:edge"]
            item += after1[k + 1] if k + 1 < n else ["+1:edge"]
            item += after2[k + 2] if k + 2 < n else ["+2:edge"]
            if k + 1 < n:
                item.append(f"next_num_end={schemes[k + 1]}|{ends[k]}")
            if k > 0:
                item.append(f"prev_end_num={ends[k - 1]}|{schemes[k]}")
        return own

    def _keywords(self, joined: str, starts: list[int], lines: list[TextLine],
                  rests: list[str]) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
        """Keyword groups found in each line's opening, and those a line opens with (after its number)."""
        found: dict[int, set[str]] = {}
        first: dict[int, set[str]] = {}
        if self.keywords is None:
            return found, first
        cache = self._phrase_cache
        for m in self.keywords.finditer(joined):
            k = bisect_right(starts, m.start()) - 1
            at = m.start() - starts[k]
            if at >= _HEAD:
                continue
            seen = m.group(0)
            groups = cache.get(seen)
            if groups is None:
                groups = cache[seen] = self.phrase_groups.get(phrase_key(seen), set())
            found.setdefault(k, set()).update(groups)
            if at == min(len(lines[k].text), _HEAD) - len(rests[k]):
                first.setdefault(k, set()).update(groups)
        return found, first

    def _line(self, line: TextLine, text_length: int, shapes: Counter, scheme: str, scheme_count: Counter,
              seq: str, rest: str) -> tuple[list[str], list[str], list[str]]:
        """The line's own features, those the lines next to it see, and those lines two away see."""
        t = line.text
        num, length, end = f"num={scheme}", f"len={_bin(len(t), _LENGTHS)}", f"end={_end_kind(t)}"
        context = [num, length, end, f"seq={seq}", f"indent={_bin(line.indent, (0, 2, 6, 12))}"]
        distant = [num, length, end]
        item = context + ["bias", f"pos={_bin(int(10 * line.start / max(text_length, 1)), (0, 1, 2, 4, 7, 9))}",
                          f"first_chars={_bin(line.start, (0, 200, 600, 1500))}"]
        if line.blank_before:
            item.append("blank_before")
            context.append("blank_before")
            distant.append("blank_before")
        if line.blank_after:
            item.append("blank_after")
            context.append("blank_after")
        head = t[:_HEAD]
        words = _WORD.findall(head)
        if words:
            w0 = "w0=" + words[0].lower()
            item.append(w0)
            context.append(w0)
            distant.append(w0)
        if rest[:1].islower():
            item.append("starts_lower")
        if len(t) > _LONG:
            item.append("long")  # running text: what tells it from a heading is already here
            return item, context, distant
        rest_words = _WORD.findall(rest)
        letters = sum(map(str.isalpha, head))
        upper = sum(map(str.isupper, head)) / letters if letters else 0.0
        titled = sum(1 for w in rest_words if w[0].isupper()) / len(rest_words) if rest_words else 0.0
        lower_words = f"lower_words={_bin(sum(1 for w in rest_words if w[0].islower()), (0, 1, 3, 6, 12))}"
        colon = rest.find(":")
        titled_bin = f"titled_bin={_bin(int(10 * titled), (2, 5, 7, 9))}"
        share = _bin(scheme_count[scheme], (1, 2, 4, 8, 16)) if scheme != "none" else "none"
        colon_at = _bin(len(_WORD.findall(rest[:colon])), (0, 1, 3, 6)) if colon >= 0 else "none"
        digits = _bin(int(10 * sum(map(str.isdigit, head)) / len(head)), (0, 1, 3, 6))
        item += (f"num_share={share}", f"words={_bin(len(words), (1, 2, 4, 8, 15, 30))}", titled_bin, lower_words,
                 f"colon_at={colon_at}", f"pipes={_bin(head.count('|'), (0, 1, 3))}", f"digit_share={digits}",
                 f"commas={_bin(head.count(','), (0, 1, 3, 6))}", f"first_shape={_char_shape(head.split(None, 1)[0])}")
        context += (titled_bin, lower_words)
        flags = (
            ("num_alone", scheme != "none" and not rest, True),
            ("all_caps", upper > 0.9 and letters >= 4, True),
            ("rest_caps", bool(rest_words) and all(w.isupper() for w in rest_words[:4]) and letters >= 4, False),
            ("columns", bool(_COLUMNS.search(head)), True),
            ("furniture", self.furniture is not None and bool(self.furniture.search(t)), False),
            ("repeated", len(t) < 80 and shapes[_shape_key(t)] >= 3, False),
        )
        for key, on, seen in flags:
            if on:
                item.append(key)
                if seen:
                    context.append(key)
        if words:
            item.append(f"w0_prefix={words[0][:3].lower()}")
            item.append(f"w_last={words[-1].lower()}")
            if len(words) > 1:
                item.append(f"w1={words[1].lower()}")
        if rest_words:
            item.append(f"r0={rest_words[0].lower()}")
            if len(rest_words) > 1:
                item.append(f"r01={rest_words[0].lower()} {rest_words[1].lower()}")
        return item, context, distant


def _hits(pattern: re.Pattern[str], joined: str, starts: list[int]) -> Counter:
    """How many matches of ``pattern`` start on each line (the lines joined by newlines)."""
    counts: Counter = Counter()
    for m in pattern.finditer(joined):
        counts[bisect_right(starts, m.start()) - 1] += 1
    return counts


def _scheme_match(text: str) -> Optional[re.Match[str]]:
    """The match of the first numbering scheme that opens ``text`` (one combined regex)."""
    if not text or not (text[0].isalnum() or text[0] in _NUMBER_OPENERS):
        return None  # every scheme starts with a letter, a digit, a bracket or a bullet
    return _SCHEMES.match(text)


def numbering(text: str) -> str:
    """The numbering scheme a line opens with ("decimal", "roman_upper", "file_number", ... or "none")."""
    m = _scheme_match(text)
    return m.lastgroup if m else "none"


def strip_number(text: str) -> str:
    """The line without its leading number and the punctuation after it."""
    m = _scheme_match(text)
    return text[m.end():].lstrip(" .):-–\t") if m else text


def number_value(text: str, scheme: str) -> Optional[int]:
    """The top-level value of a line's number ("3" for "3.", "3.0" and "Item 3"; 4 for "IV.")."""
    if scheme in ("roman_upper", "roman_lower"):
        m = re.match(r"^\(?([IVXivx]{1,5})", text)
        return _ROMAN_VALUES.get(m.group(1).lower()) if m else None
    if scheme in ("lettered",):
        m = re.match(r"^\(?([a-zA-Z])", text)
        return ord(m.group(1).lower()) - ord("a") + 1 if m else None
    m = _NUMBER_VALUE.match(text)
    return int(m.group(1)) if m else None


def _sequence(lines: list[TextLine], schemes: list[str]) -> list[str]:
    """Whether each numbered line continues the sequence of earlier lines numbered the same way.

    Headings count 1, 2, 3 through a meeting while numbered paragraphs and list entries
    restart or repeat; "next" (one more than the last of its scheme), "first" (1 with none
    before), "restart", "same" or "jump" says which."""
    last: dict[str, int] = {}
    out: list[str] = []
    for line, scheme in zip(lines, schemes):
        if scheme in ("none", "bullet"):
            out.append("none")
            continue
        family = "roman" if scheme.startswith("roman") else ("arabic" if scheme not in ("lettered", "bracketed_number") else scheme)
        value = number_value(line.text, scheme)
        if value is None:
            out.append("novalue")
            continue
        prev = last.get(family)
        if prev is None:
            out.append("first" if value <= 1 else "start_high")
        elif value == prev + 1:
            out.append("next")
        elif value == prev:
            out.append("same")
        elif value < prev:
            out.append("restart" if value <= 1 else "back")
        else:
            out.append("jump")
        last[family] = value
    return out


def _end_kind(text: str) -> str:
    last = text[-1]
    if last == ":":
        return "colon"
    if last in ".!?":
        return "stop"
    if last in ",;":
        return "comma"
    if last.isdigit():
        return "digit"
    if last in ")]":
        return "bracket"
    if last == "|":
        return "pipe"
    return "word" if last.isalpha() else "other"


def _bin(value: float, edges: tuple[float, ...]) -> str:
    """The bin of ``value``: "b<k>" for the first edge it does not exceed, "bmax" past the last."""
    k = bisect_left(edges, value)
    return f"b{k}" if k < len(edges) else "bmax"


_SHAPE_TABLE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "X" * 26 + "x" * 26 + "d" * 10)
_DIGITS = re.compile(r"\d+")


def _char_shape(token: str) -> str:
    """"Xxxx" for "Item", "d." for "4.": the first characters' classes."""
    return token[:6].translate(_SHAPE_TABLE)


def _shape_key(text: str) -> str:
    """A line with its digits blanked, for spotting running headers and page numbers."""
    return _DIGITS.sub("0", text.lower())


def line_at(lines: list[TextLine], offset: int) -> Optional[int]:
    """Index of the line holding ``offset`` (or the first line after it)."""
    lo, hi = 0, len(lines)
    while lo < hi:
        mid = (lo + hi) // 2
        if lines[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(lines) else None
