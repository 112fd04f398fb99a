"""Features of each line of a document, for the line-role sequence model.

Minutes tell their structure by layout more than by wording: a short line with a number
and no full stop is a heading whatever council wrote it; a run of names after "Present"
is attendance. The features describe that shape (numbering scheme, whether the number
continues the document's sequence and how early the document first uses its scheme, case
and share of capitals, length and length against the line above, colon, indentation and
columns, blank lines around, position, repetition across the document, whether the number
is continued within the document's counter and how many lines are printed alike) plus a few words, so a model
trained on some bodies can recognise the same shapes in others. Word lists and the page
furniture patterns are data (``models/minutes/minutes_line_roles/patterns.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from ..pipeline.patterns import alternation, phrase_key
from ..pipeline.word_gate import caseless_outside_ascii, safe_lower


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
_DATE = re.compile(  # the look-ahead (what any date opens with) only spares the engine the other positions
    r"(?=[\djfmasond])\b(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[ \t]+\d{4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?[ \t]*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b", re.I)
# the two written in lower case without re.I, for the lower-cased lines (``word_gate.lowered``:
# the same matches at the same offsets, found about three times quicker)
_DATE_LOW, _TIME_LOW = re.compile(_DATE.pattern), re.compile(_TIME.pattern)
_COLUMNS = re.compile(r"\S(?:\t|[ \t]{3,})\S")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_HEAD = 160  # characters of a line the per-line features read
_LONG = 200  # a line longer than this is running text: it gets the few features that tell so
_LENGTHS = (4, 12, 30, 60, 100, 160, 300)
_LEAD_MIN = 60  # a line longer than this may be a paragraph opening with its title (``_lead``)
_LONG_HEAD = 60  # characters of a long line the keyword and pattern searches read
_NAMES = ("names=b0", "names=b1", "names=b2", "names=b2", "names=bmax")  # honorifics on the line: 0, 1, 2-3, 4+
_AFTER_NUMBER = " .):-–\t"  # what strip_number drops after a line's number


class FurnitureTest:
    """Whether ``furniture`` (the patterns joined, case-insensitive) finds anything in a
    line, tested faster: the patterns anchored at the line's start are tried only there
    (``match``), the others searched as one regex. Searching the joined patterns tried
    every one at every position of every line (15% of the features' time). Compiled
    regexes only, so the featurizer still pickles (worker processes)."""

    def __init__(self, patterns: list[str]) -> None:
        anchored = [r for r in patterns if _starts_anchored(r)]
        free = [r for r in patterns if not _starts_anchored(r)]
        self.at_start = re.compile("|".join(f"(?:{r})" for r in anchored), re.I) if anchored else None
        self.anywhere = re.compile("|".join(f"(?:{r})" for r in free), re.I) if free else None

    def __call__(self, line: str) -> bool:
        return (self.at_start is not None and self.at_start.match(line) is not None
                or self.anywhere is not None and self.anywhere.search(line) is not None)


def furniture_test(patterns: list[str]) -> Optional[FurnitureTest]:
    """The quick furniture test for ``patterns`` (None when there are none)."""
    return FurnitureTest(patterns) if patterns else None


def _starts_anchored(pattern: str) -> bool:
    """Whether every match of ``pattern`` (case-insensitive, not multi-line) starts at the
    string's start: its first top-level element is ``^`` (a top-level ``|`` parses as one
    branch element, so "^a|b" is not anchored)."""
    try:
        from re import _constants as C, _parser as P  # type: ignore[attr-defined]
        parsed = P.parse(pattern, re.I)
    except Exception:  # another Python's private parser: search as before
        return False
    if parsed.state.flags & (re.M | re.X):
        return False
    return bool(parsed.data) and parsed.data[0] == (C.AT, C.AT_BEGINNING)


class LineFeaturizer:
    """Turns a document's lines into CRFsuite items (one list of ``"key=value"`` features per line).

    Why per document rather than per line: the searches for dates, times, money, vote
    tallies, names and keywords run once over the whole text (a few regex passes) instead
    of a dozen times per line, which cost more than tokenising the document. Why the
    tables and the one loop: building ~60 feature strings for each of thousands of lines
    was most of the line-role step's time, so a line's shared facts are computed once,
    binned values are looked up as ready-made strings, and character counts run in C."""

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
        self._phrase_cache: dict[str, tuple[str, ...]] = {}  # matched text -> its groups, sorted
        self.keywords = re.compile(rf"\b(?:{alternation(phrases)})\b", re.I) if phrases else None
        self._keywords_low = re.compile(rf"\b(?:{alternation(phrases)})\b") \
            if phrases and all(map(caseless_outside_ascii, phrases)) else None  # the keys are lower case
        names = patterns.get("honorific_words", [])
        self.names = re.compile(rf"\b(?:{alternation(names)})\b") if names else None
        tallies = alternation(patterns.get("vote_words", []))
        self.votes = re.compile(r"\b\d{1,2}[ \t]*[-–][ \t]*\d{1,2}\b"
                                + (rf"|\b(?:{tallies})\b[ \t]*[:–-]" if tallies else ""), re.I)
        low_tallies = alternation([w.lower() for w in patterns.get("vote_words", [])])
        self._votes_low = re.compile(r"\b\d{1,2}[ \t]*[-–][ \t]*\d{1,2}\b"
                                     + (rf"|\b(?:{low_tallies})\b[ \t]*[:–-]" if low_tallies else "")) \
            if all(map(caseless_outside_ascii, patterns.get("vote_words", []))) else None
        rx = patterns.get("furniture_patterns", [])
        self.furniture: Optional[re.Pattern[str]] = re.compile("|".join(f"(?:{r})" for r in rx), re.I) if rx else None
        self._is_furniture = furniture_test(rx)

    def document(self, lines: list[TextLine], text_length: int) -> list[list[str]]:
        """One CRFsuite item per line: its ``"key=value"`` features (all binary), plus the
        main features of the lines around it (one away: most; two away: a few)."""
        n = len(lines)
        texts = [l.text for l in lines]
        # the searches read each line's opening only (a long line: its first words)
        cut = [t if len(t) <= _LONG else t[:_LONG_HEAD] for t in texts]
        joined = "\n".join(cut)
        starts = list(accumulate([len(c) + 1 for c in cut[:-1]], initial=0))
        low = safe_lower(joined)  # the case-blind searches run on it without re.I (None: on ``joined``)
        searches = [("date", _DATE, _DATE_LOW), ("time", _TIME, _TIME_LOW), ("votes", self.votes, self._votes_low)]
        hits = [(name, _hits(rx_low, low, starts, n) if low is not None and rx_low is not None else _hits(rx, joined, starts, n))
                for name, rx, rx_low in searches]
        names = _hits(self.names, joined, starts, n) if self.names is not None else None
        shape_keys = [_shape_key(t) if len(t) < 80 else "" for t in texts]
        shapes = Counter(k for k in shape_keys if k)
        matches = [_scheme_match(t) for t in texts]
        schemes = [m.lastgroup if m else "none" for m in matches]  # type: ignore[misc]
        scheme_count = Counter(schemes)
        seq = _sequence(lines, schemes)
        keys = [number_key(t, s, m.group(0) if m else "") for t, s, m in zip(texts, schemes, matches)]
        links = number_links(keys)
        ranks = _scheme_ranks(texts, schemes)
        rests = [t[:_HEAD] if m is None else (t[m.end():].lstrip(_AFTER_NUMBER) if len(t) <= _HEAD else strip_number(t[:_HEAD]))
                 for t, m in zip(texts, matches)]
        found, first = self._keywords(joined, low, starts, texts, rests)
        ends = [_end_kind(t) for t in texts]
        styles = line_styles(lines, schemes, rests, ends)
        furniture = self._is_furniture
        word_findall, word_search = _WORD.findall, _WORD.search
        own: list[list[str]] = []
        ctx: list[list[str]] = []
        far: list[list[str]] = []
        for k in range(n):
            line = lines[k]
            t = texts[k]
            scheme = schemes[k]
            rest = rests[k]
            size = len(t)
            num = _NUM_F.get(scheme) or _NUM_F.setdefault(scheme, f"num={scheme}")
            length = _LEN_F[size] if size < len(_LEN_F) else "len=bmax"
            end = _END_F[ends[k]]
            context = [num, length, end, _SEQ_F[seq[k]], _INDENT_F[line.indent] if line.indent < len(_INDENT_F) else "indent=bmax"]
            distant = [num, length, end]
            pos = int(10 * line.start / max(text_length, 1))
            item = context + ["bias", _POS_F[pos] if pos < len(_POS_F) else "pos=bmax",
                              _FIRST_F[line.start] if line.start < len(_FIRST_F) else "first_chars=bmax"]
            if ranks[k]:
                item.append(ranks[k])
                context.append(ranks[k])
            if styles[k]:
                item.append(styles[k])
            if links[k]:
                item += links[k]
            if k:  # a heading is short against the paragraph above it, a wrapped line is not
                above = len(texts[k - 1])
                item.append("len_vs_prev=shorter" if 2 * size < above else "len_vs_prev=longer" if size > 2 * above
                            else "len_vs_prev=similar")
            if line.blank_before:
                item.append("blank_before")
                context.append("blank_before")
                distant.append("blank_before")
            if line.blank_after:
                item.append("blank_after")
                context.append("blank_after")
            head = t[:_HEAD]
            if size > _LONG:  # only its first word is read: no need to find them all
                first_word = word_search(head)
                words = [first_word.group()] if first_word else []
            else:
                words = word_findall(head)
            if words:
                w0 = "w0=" + words[0].lower()
                item.append(w0)
                context.append(w0)
                distant.append(w0)
            if rest[:1].islower():
                item.append("starts_lower")
            if size > _LONG:
                item.append("long")  # running text: what tells it from a heading is already here
            else:
                rest_words = words if scheme == "none" else word_findall(rest)  # then rest is head
                n_head = len(head)
                if head.isascii():  # character classes counted in C (ASCII: isalpha is [A-Za-z] and so on)
                    raw = head.encode("ascii")
                    letters = len(raw.translate(None, _NOT_ALPHA))
                    uppers = len(raw.translate(None, _NOT_UPPER))
                    digit_count = len(raw.translate(None, _NOT_DIGIT))
                else:
                    letters = sum(map(str.isalpha, head))
                    uppers = sum(map(str.isupper, head))
                    digit_count = sum(map(str.isdigit, head))
                upper = uppers / letters if letters else 0.0
                n_rest = len(rest_words)
                caps = sum([w[0] < "a" for w in rest_words])  # a word starts with an ASCII letter
                titled = caps / n_rest if n_rest else 0.0
                lower_words = _LOWER_F[n_rest - caps] if n_rest - caps < len(_LOWER_F) else "lower_words=bmax"
                titled_bin = _TITLED_F[int(10 * titled)]
                colon = rest.find(":")
                if colon >= 0:
                    before = len(word_findall(rest[:colon]))
                    colon_at = _COLON_F[before] if before < len(_COLON_F) else "colon_at=bmax"
                else:
                    colon_at = "colon_at=none"
                count = scheme_count[scheme]
                share = ("num_share=" + (_bin(count, (1, 2, 4, 8, 16)))) if scheme != "none" else "num_share=none"
                pipes, commas = head.count("|"), head.count(",")
                item += (share, _WORDS_F[len(words)] if len(words) < len(_WORDS_F) else "words=bmax", titled_bin,
                         lower_words, colon_at, _PIPES_F[pipes] if pipes < len(_PIPES_F) else "pipes=bmax",
                         _DIGITS_F[int(10 * digit_count / n_head)],
                         _COMMAS_F[commas] if commas < len(_COMMAS_F) else "commas=bmax",
                         "first_shape=" + _char_shape(head.split(None, 1)[0]))
                context.append(titled_bin)
                context.append(lower_words)
                if scheme != "none" and not rest:
                    item.append("num_alone")
                    context.append("num_alone")
                if letters >= 4:
                    if upper > 0.9:
                        item.append("all_caps")
                        context.append("all_caps")
                    if rest_words and all(w.isupper() for w in rest_words[:4]):
                        item.append("rest_caps")
                if ("\t" in head or "   " in head) and _COLUMNS.search(head):  # a column gap needs a tab or 3 spaces
                    item.append("columns")
                    context.append("columns")
                if furniture is not None and furniture(t):
                    item.append("furniture")
                if size < 80 and shapes[shape_keys[k]] >= 3:
                    item.append("repeated")
                if letters >= 4:
                    item.append(_UPPER_F[int(4 * upper)])
                if words:
                    w = words[0]
                    item.append("w0_prefix=" + w[:3].lower())
                    item.append("w_last=" + words[-1].lower())
                    if len(words) > 1:
                        item.append("w1=" + words[1].lower())
                if rest_words:
                    r0 = rest_words[0].lower()
                    item.append("r0=" + r0)
                    if n_rest > 1:
                        item.append("r01=" + r0 + " " + rest_words[1].lower())
            if size > _LEAD_MIN:  # a paragraph that may open with its item's title
                item += _lead(rest)
            for name, counts in hits:
                if counts[k]:
                    item.append(name)
                    if name != "time":
                        context.append(name)
            if names is not None:
                feature = _NAMES[min(names[k], 4)]
                item.append(feature)
                context.append(feature)
            groups = found.get(k)
            if groups:
                for group in groups:
                    item.append(_KW_F.get(group) or _KW_F.setdefault(group, "kw_" + group))
                    if group == "attendance":
                        context.append("kw_attendance")
                        distant.append("kw_attendance")
                groups = first.get(k)
                if groups:
                    for group in groups:
                        item.append(_KW_FIRST_F.get(group) or _KW_FIRST_F.setdefault(group, f"kw_{group}_first"))
                        if group in ("attendance", "decision", "item"):
                            context.append(f"kw_{group}_first")
            own.append(item)
            ctx.append(context)
            far.append(distant)
        # the neighbours' features with their offset ("-1:num=decimal"), from tables of those
        # strings rather than built afresh for every line (a fifth of this method's time)
        b1, a1, b2, a2 = (_BEFORE_1.__getitem__, _AFTER_1.__getitem__, _BEFORE_2.__getitem__, _AFTER_2.__getitem__)
        for k in range(n):
            item = own[k]
            if k >= 2:
                item += map(b2, far[k - 2])
            else:
                item.append("-2:edge")
            if k >= 1:
                item += map(b1, ctx[k - 1])
            else:
                item.append("-1:edge")
            if k + 1 < n:
                item += map(a1, ctx[k + 1])
            else:
                item.append("+1:edge")
            if k + 2 < n:
                item += map(a2, far[k + 2])
            else:
                item.append("+2:edge")
            if k + 1 < n:
                item.append(f"next_num_end={schemes[k + 1]}|{ends[k]}")
            if k > 0:
                item.append(f"prev_end_num={ends[k - 1]}|{schemes[k]}")
        for table in (_BEFORE_1, _AFTER_1, _BEFORE_2, _AFTER_2):
            table.trim()
        return own

    def _keywords(self, joined: str, low: Optional[str], starts: list[int], texts: list[str],
                  rests: list[str]) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
        """Keyword groups found in each line's opening, and those a line opens with (after its
        number), each sorted. ``low``: ``joined`` lower-cased (``safe_lower``), or None."""
        found: dict[int, set[str]] = {}
        first: dict[int, set[str]] = {}
        if self.keywords is None:
            return {}, {}
        cache = self._phrase_cache
        groups_of = self.phrase_groups
        # a match in ``low`` is the lower-cased match in ``joined``: the same phrase key
        scan = self._keywords_low.finditer(low) if low is not None and self._keywords_low is not None \
            else self.keywords.finditer(joined)
        for m in scan:
            at = m.start()
            k = bisect_right(starts, at) - 1
            at -= starts[k]
            if at >= _HEAD:
                continue
            seen = m.group(0)
            groups = cache.get(seen)
            if groups is None:
                groups = cache[seen] = tuple(sorted(groups_of.get(phrase_key(seen), ())))
            if k in found:
                found[k].update(groups)
            else:
                found[k] = set(groups)
            if at == min(len(texts[k]), _HEAD) - len(rests[k]):
                first.setdefault(k, set()).update(groups)
        return ({k: sorted(v) for k, v in found.items()}, {k: sorted(v) for k, v in first.items()})


# "Audit Findings: Mr A reviewed ...", "HIGHWAYS. The Clerk ...", "Play Area – the fence ...":
# a paragraph's opening words up to its first colon, dash or full stop
_LEAD = re.compile(r"(?P<lead>[^:.!?\n–—]{2,80}?)(?P<brk>:|[ \t][-–—][ \t]|\.[ \t])")
_LEAD_BRK = {":": "lead=colon", ".": "lead=stop"}


def _lead(rest: str) -> list[str]:
    """Features of the opening words of a line over 60 characters, up to its first colon,
    dash or full stop.

    Why: a body that prints each item as one paragraph opening with its title ("Pump House
    Repairs: Edna will ...", "LEISURE MATTERS. Mr A reported ...") gives its headings lines
    of running text, whose other features (case, words, capitals: all over the whole line,
    or none at all past 200 characters) say only that. A short, capitalised opening closed
    by a colon, dash or stop is such a title; a sentence's first words are mostly lower case."""
    m = _LEAD.match(rest, 0, 100)
    if m is None:
        return ["lead=none"]
    words = _WORD.findall(m.group("lead"))
    if not words:
        return ["lead=none"]
    brk = _LEAD_BRK.get(m.group("brk")[0], "lead=dash")
    out = [brk, _LEAD_WORDS[len(words)] if len(words) < len(_LEAD_WORDS) else "lead_words=bmax"]
    caps = sum(w[0].isupper() for w in words)
    if 2 * caps >= len(words) + 1 or caps == len(words):
        out.append("lead_titled")
    letters = "".join(words)
    if len(letters) >= 4 and letters.isupper():
        out.append("lead_caps")
    return out


def _hits(pattern: re.Pattern[str], joined: str, starts: list[int], n: int) -> list[int]:
    """How many matches of ``pattern`` start on each of the ``n`` lines (joined by newlines)."""
    counts = [0] * n
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
    return text[m.end():].lstrip(_AFTER_NUMBER) if m else text


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


def _scheme_ranks(texts: list[str], schemes: list[str]) -> list[str]:
    """For each numbered line, which numbering scheme of the document it uses, in order of
    first appearance: "num_rank=1" for the first scheme met, then 2, then "3+" ("" for an
    unnumbered line). Decimal numbers count one scheme per depth (3.1 and 3.1.1 differ).

    Why: whatever a council numbers its items with ("1.", "IV.", "Item 3", "24/118"), that
    scheme is normally the first the minutes use, and the schemes that appear later in the
    document are nested under it ("(a)" under "6.") or number lists inside an item. The
    scheme's name alone cannot tell a sub-item from an item across councils; its rank can."""
    order: dict[str, int] = {}
    out = []
    for t, scheme in zip(texts, schemes):
        if scheme == "none":
            out.append("")
            continue
        key = scheme
        if scheme == "decimal":
            key = "decimal" + str(t.split(None, 1)[0].rstrip(".").count("."))
        rank = order.setdefault(key, len(order) + 1)
        out.append(_RANK_F[rank] if rank < 3 else "num_rank=3+")
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


def _table(key: str, edges: tuple[int, ...]) -> list[str]:
    """``key=<bin>`` for every whole value up to one past the last edge (and at least 0-10):
    the feature strings of a binned count, looked up instead of built for every line."""
    return [f"{key}={_bin(v, edges)}" for v in range(max(edges[-1] + 2, 11))]


_LEN_F = _table("len", _LENGTHS)
_INDENT_F = _table("indent", (0, 2, 6, 12))
_POS_F = _table("pos", (0, 1, 2, 4, 7, 9))
_FIRST_F = _table("first_chars", (0, 200, 600, 1500))
_WORDS_F = _table("words", (1, 2, 4, 8, 15, 30))
_TITLED_F = _table("titled_bin", (2, 5, 7, 9))
_LOWER_F = _table("lower_words", (0, 1, 3, 6, 12))
_COLON_F = _table("colon_at", (0, 1, 3, 6))
_LEAD_WORDS = _table("lead_words", (1, 3, 6, 10))
_PIPES_F = _table("pipes", (0, 1, 3))
_DIGITS_F = _table("digit_share", (0, 1, 3, 6))
_COMMAS_F = _table("commas", (0, 1, 3, 6))
_RANK_F = {1: "num_rank=1", 2: "num_rank=2"}
_UPPER_F = tuple(f"upper_q={q}" for q in range(5))  # share of capitals among a line's letters, in quarters
_END_F = {kind: f"end={kind}" for kind in ("colon", "stop", "comma", "digit", "bracket", "pipe", "word", "other")}
_SEQ_F = {s: f"seq={s}" for s in ("none", "novalue", "first", "start_high", "next", "same", "restart", "back", "jump")}
_NUM_F: dict[str, str] = {}  # scheme -> "num=<scheme>"
_KW_F: dict[str, str] = {}  # keyword group -> "kw_<group>"
_KW_FIRST_F: dict[str, str] = {}  # keyword group -> "kw_<group>_first"
# bytes to delete from an ASCII line to count its letters, capitals and digits in C
_NOT_ALPHA = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_NOT_UPPER = bytes(b for b in range(256) if not 65 <= b <= 90)
_NOT_DIGIT = bytes(b for b in range(256) if not 48 <= b <= 57)


class _Prefixed(dict):
    """Feature string -> the same with a neighbour's offset in front, made on first use.
    Bounded: past ``_PREFIXED_MAX`` strings (line-opening words of a long archive) it is
    emptied and refilled."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def __missing__(self, feature: str) -> str:
        value = self[feature] = self.prefix + feature
        return value

    def trim(self) -> None:
        if len(self) > _PREFIXED_MAX:
            self.clear()


_PREFIXED_MAX = 50_000
_BEFORE_1, _AFTER_1, _BEFORE_2, _AFTER_2 = _Prefixed("-1:"), _Prefixed("+1:"), _Prefixed("-2:"), _Prefixed("+2:")


# ----------------------------------------------------------------------------- document-level numbering

LINK_WINDOW = 80  # lines either side within which a heading's predecessor or successor is looked for
_LAST_DIGITS = re.compile(r"\d+(?!.*\d)")
_LETTERS = re.compile(r"[A-Za-z]+")
_PARENT = re.compile(r"^decimal\|\(?(\d+)\.#")  # "decimal|3.#" -> 3: the item a decimal sub-item sits under
_ITEM_NUMBER = re.compile(r"^\D{0,20}?\d+")
_GLUED = re.compile(r"^(\d{3,5})(?=[A-Z]|\s+[A-Z])")  # "4411Any Other Business", "4411 Apologies"


def number_key(text: str, scheme: str, token: str) -> Optional[tuple[str, int]]:
    """A numbered line's counter: its number with the counting part blanked (the key that a
    successor shares) and that part's value. "4." -> ("arabic_dot|#.", 4); "24/118" ->
    ("file_number|24/#", 118); "b)" -> ("lettered|@)", 2); "IV." -> ("roman_upper|#.", 4);
    an unnumbered line opening with three to five digits glued to its title, as some councils
    print minute numbers ("4411Any Other Business"), -> ("glued|#", 4411). None otherwise.

    Why: whatever a council numbers its items with, item headings count up one by one
    through the minutes, while numbered paragraphs, list entries, dates and references
    restart, repeat or jump; the counter is what a successor is recognised by."""
    if scheme in ("none", "bullet"):
        m = _GLUED.match(text) if scheme == "none" and text[:1].isdigit() else None
        return ("glued|#", int(m.group(1))) if m else None
    if scheme == "item_word":  # its pattern stops at the number's first digit
        m = _ITEM_NUMBER.match(text)
        token = m.group() if m else token
    token = token.strip().lower() if scheme not in ("roman_upper", "roman_lower", "lettered") else token.strip()
    if scheme in ("roman_upper", "roman_lower", "lettered"):
        m = _LETTERS.search(token)
        if m is None:
            return None
        word = m.group().lower()
        value = _ROMAN_VALUES.get(word) if scheme != "lettered" else ord(word) - ord("a") + 1
        if value is None:
            return None
        mark = "#" if m.group()[0].isupper() else "@"
        return f"{scheme}|{token[:m.start()]}{mark}{token[m.end():]}", value
    m = _LAST_DIGITS.search(token)
    if m is None:
        return None
    return f"{scheme}|{token[:m.start()]}#{token[m.end():]}", int(m.group())


def number_links(keys: list[Optional[tuple[str, int]]], window: int = LINK_WINDOW) -> list[list[str]]:
    """For each line with a counter (``number_key``), how it links to the lines around it:
    "link=prev" (the last earlier line with its key holds one less), "link=pred" (some line
    of its key up to ``window`` lines before holds one less), "link=succ" (some line of its
    key up to ``window`` lines after holds one more), "link=dup" (an earlier line within the
    window holds the same number) and "link=child" for a decimal number under the last line
    of the document's main counter, the key the most linked lines share ("5.2" after "5.");
    [] for other lines. Whether a line is in the main counter is not a feature itself: held
    out, it raised item-heading line F1 but lost dev items (see README).

    Why: a scheme's name says little across councils ("1." numbers items in one and list
    entries in another); that a line's number continues an earlier one and is continued
    later, in the document's main counter, is what makes it a heading in any of them."""
    n = len(keys)
    out: list[list[str]] = [[] for _ in range(n)]
    seen: dict[tuple[str, int], int] = {}  # (key, value) -> last index so far
    last: dict[str, int] = {}  # key -> value of its last line so far
    linked = [False] * n
    for k, kv in enumerate(keys):
        if kv is None:
            continue
        key, value = kv
        feats = out[k]
        if last.get(key) == value - 1:
            feats.append("link=prev")
        before = seen.get((key, value - 1))
        if before is not None and k - before <= window:
            feats.append("link=pred")
            linked[k] = True
        same = seen.get(kv)
        if same is not None and k - same <= window:
            feats.append("link=dup")
        seen[kv] = k
        last[key] = value
    ahead: dict[tuple[str, int], int] = {}  # (key, value) -> first index after
    for k in range(n - 1, -1, -1):
        kv = keys[k]
        if kv is None:
            continue
        key, value = kv
        after = ahead.get((key, value + 1))
        if after is not None and after - k <= window:
            out[k].append("link=succ")
            linked[k] = True
        ahead[kv] = k
    counts = Counter(keys[k][0] for k in range(n) if linked[k])  # type: ignore[index]
    if counts:
        dominant = max(counts, key=lambda c: counts[c])
        top: Optional[int] = None  # value of the last line in the dominant counter
        for k, kv in enumerate(keys):
            if kv is None:
                continue
            if kv[0] == dominant:
                top = kv[1]
            elif top is not None:
                parent = _PARENT.match(kv[0])
                if parent and int(parent.group(1)) == top:
                    out[k].append("link=child")
    return out


def line_styles(lines: list[TextLine], schemes: list[str], rests: list[str], ends: list[str]) -> list[str]:
    """For each short line, how many lines of the document share its style (numbering scheme,
    case of its first word after the number, capitals throughout or not, how it ends, blank
    lines around it): "style_n=1", "2-3", "4-9" or "10+" ("" for a line over 100 characters).

    Why: a council prints all its item headings alike and a document holds a dozen of them,
    while the lines of its header are each printed their own way; that a line's look recurs
    tells a heading from a one-off line even when nothing is numbered."""
    keys: list[Optional[tuple[Any, ...]]] = []
    for line, scheme, rest, end in zip(lines, schemes, rests, ends):
        if len(line.text) > 100:
            keys.append(None)
            continue
        case = "U" if rest.isupper() else "T" if rest[:1].isupper() else "l"
        keys.append((scheme, case, end, line.blank_before, line.blank_after, len(line.text) > 60))
    counts = Counter(k for k in keys if k is not None)
    return ["" if k is None else _STYLE_F[min(counts[k], 10)] for k in keys]


_STYLE_F = ["", "style_n=1"] + ["style_n=2-3"] * 2 + ["style_n=4-9"] * 6 + ["style_n=10+"]
