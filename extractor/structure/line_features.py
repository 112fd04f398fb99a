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
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from ..pipeline.patterns import alternation


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
    ("arabic_dot", re.compile(r"^\d{1,3}[.)](?=\s|$|[A-Za-z])")),
    ("arabic_letter", re.compile(r"^\d{1,3}[a-z][.)]?(?=\s|$)")),
    ("arabic_bare", re.compile(r"^\d{1,3}(?=\s+[A-Z(]|\t|$)")),
    ("bracketed_number", re.compile(r"^\(\d{1,3}\)")),
    ("roman_upper", re.compile(r"^\(?[IVX]{1,5}[.)](?=\s|$)")),
    ("roman_lower", re.compile(r"^\(?[ivx]{1,5}[.)](?=\s|$)")),
    ("lettered", re.compile(r"^\(?[a-zA-Z][.)](?=\s|$)")),
    ("bullet", re.compile(r"^[•·▪●○◦\-–*]\s")),
)
_NUMBER_VALUE = re.compile(r"^\(?(?:(?:agenda\s+)?item\s+|minute\s+)?(\d{1,3})(?![\d/-])", re.I)
_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
                 "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15}
_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b", re.I)
_MONEY = re.compile(r"[£$€]\s?\d")
_COLUMNS = re.compile(r"\S(?:\t|\s{3,})\S")
_PIPES = re.compile(r"\|")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_HONORIFIC = re.compile(r"\b(?:Cllr|Councillor|Cr|Mayor|Councilmember|Councilman|Councilwoman|Trustee|Mr|Mrs|Ms|Dr|Commissioner|Alderman|Supervisor|Director)\b\.?")
_VOTES = re.compile(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b|\b(?:ayes?|nays?|noes|yeas?|abstain\w*|absent)\b\s*[:–-]", re.I)
_DASH_SPLIT = re.compile(r"\s[-–—]\s")
_INITIALS = re.compile(r"^(?:[A-Z]{2,4}(?:[/,&\s]+|$))+$")


class LineFeaturizer:
    """Turns a document's lines into CRFsuite feature dicts (one dict per line)."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        self.groups: dict[str, re.Pattern[str]] = {}
        for name in ("attendance_words", "decision_words", "action_words", "header_words", "closing_words",
                     "item_words", "furniture_words"):
            words = patterns.get(name, [])
            if words:
                self.groups[name.replace("_words", "")] = re.compile(rf"\b(?:{alternation(words)})\b", re.I)
        rx = patterns.get("furniture_patterns", [])
        self.furniture: Optional[re.Pattern[str]] = re.compile("|".join(f"(?:{r})" for r in rx), re.I) if rx else None
        self.words = bool(patterns.get("word_features", True))

    def document(self, lines: list[TextLine], text_length: int) -> list[dict[str, Any]]:
        shapes = Counter(_shape_key(l.text) for l in lines)
        schemes = [numbering(l.text) for l in lines]
        scheme_count = Counter(schemes)
        seq = _sequence(lines, schemes)
        own = [self._line(l, text_length, shapes, schemes[k], scheme_count, seq[k]) for k, l in enumerate(lines)]
        feats: list[dict[str, Any]] = []
        for k, f in enumerate(own):
            merged = dict(f)
            for d in (-2, -1, 1, 2):
                j = k + d
                if 0 <= j < len(own):
                    for key in _CONTEXT_KEYS:
                        if key in own[j]:
                            merged[f"{d:+d}:{key}"] = own[j][key]
                else:
                    merged[f"{d:+d}:edge"] = 1.0
            if k + 1 < len(own):
                merged["next_num_end"] = f"{own[k + 1]['num']}|{own[k]['end']}"
            if k > 0:
                merged["prev_end_num"] = f"{own[k - 1]['end']}|{own[k]['num']}"
            feats.append(merged)
        return feats

    def _line(self, line: TextLine, text_length: int, shapes: Counter, scheme: str, scheme_count: Counter,
              seq: str) -> dict[str, Any]:
        t = line.text
        rest = strip_number(t) if scheme != "none" else t
        words = _WORD.findall(t)
        rest_words = _WORD.findall(rest)
        letters = [c for c in t if c.isalpha()]
        upper = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
        titled = sum(w[0].isupper() for w in rest_words) / len(rest_words) if rest_words else 0.0
        lower_words = sum(1 for w in rest_words if w[0].islower())
        colon = rest.find(":")
        dash = _DASH_SPLIT.search(rest)
        f: dict[str, Any] = {
            "bias": 1.0,
            "num": scheme,
            "num_alone": float(scheme != "none" and not rest),
            "num_share": _bin(scheme_count[scheme], (1, 2, 4, 8, 16)) if scheme != "none" else "none",
            "seq": seq,
            "len": _bin(len(t), (4, 12, 30, 60, 100, 160, 300)),
            "words": _bin(len(words), (1, 2, 4, 8, 15, 30)),
            "upper": upper,
            "all_caps": float(upper > 0.9 and len(letters) >= 4),
            "rest_caps": float(bool(rest_words) and all(w.isupper() for w in rest_words[:4]) and len(letters) >= 4),
            "titled": titled,
            "titled_bin": _bin(int(10 * titled), (2, 5, 7, 9)),
            "lower_words": _bin(lower_words, (0, 1, 3, 6, 12)),
            "starts_lower": float(rest[:1].islower()),
            "end": _end_kind(t),
            "colon_inside": float(0 <= colon < len(rest) - 1),
            "colon_at": _bin(len(_WORD.findall(rest[:colon])), (0, 1, 3, 6)) if colon >= 0 else "none",
            "dash_inside": float(bool(dash)),
            "indent": _bin(line.indent, (0, 2, 6, 12)),
            "columns": float(bool(_COLUMNS.search(t))),
            "pipes": _bin(len(_PIPES.findall(t)), (0, 1, 3)),
            "blank_before": float(line.blank_before),
            "blank_after": float(line.blank_after),
            "pos": _bin(int(10 * line.start / max(text_length, 1)), (0, 1, 2, 4, 7, 9)),
            "first_chars": _bin(line.start, (0, 200, 600, 1500)),
            "repeated": float(shapes[_shape_key(t)] >= 3 and len(t) < 80),
            "repeated2": float(shapes[_shape_key(t)] >= 2 and len(t) < 80),
            "date": float(bool(_DATE.search(t))),
            "time": float(bool(_TIME.search(t))),
            "money": float(bool(_MONEY.search(t))),
            "votes": float(bool(_VOTES.search(t))),
            "digits_only": float(bool(re.fullmatch(r"[\d\s.,()/£$€%-]+", t))),
            "digit_share": _bin(int(10 * sum(c.isdigit() for c in t) / len(t)), (0, 1, 3, 6)),
            "initials": float(bool(_INITIALS.match(t)) and len(t) <= 20),
            "names": _bin(len(_HONORIFIC.findall(t)), (0, 1, 3)),
            "commas": _bin(t.count(","), (0, 1, 3, 6)),
            "sentence_end_inside": float(bool(re.search(r"[a-z]{2}[.!?]\s+[A-Z]", t))),
        }
        if self.furniture is not None and self.furniture.search(t):
            f["furniture"] = 1.0
        if words:
            f["w0"] = words[0].lower()
            f["w0_prefix"] = words[0][:3].lower()
            f["w_last"] = words[-1].lower()
            if len(words) > 1:
                f["w1"] = words[1].lower()
        if rest_words:
            f["r0"] = rest_words[0].lower()
            if len(rest_words) > 1:
                f["r01"] = f"{rest_words[0].lower()} {rest_words[1].lower()}"
        if self.words and len(t) <= 120:
            for w in sorted({w.lower() for w in rest_words[:8]}):
                f[f"bow={w}"] = 1.0
        first = t.split(None, 1)[0]
        f["first_shape"] = _char_shape(first)
        for name, pattern in self.groups.items():
            if pattern.search(t):
                f[f"kw_{name}"] = 1.0
                if pattern.match(rest):
                    f[f"kw_{name}_first"] = 1.0
        return f


_CONTEXT_KEYS = ("num", "num_alone", "len", "all_caps", "end", "blank_before", "blank_after", "w0", "kw_attendance",
                 "kw_attendance_first", "names", "indent", "date", "kw_decision_first", "lower_words", "columns",
                 "seq", "titled_bin", "votes", "kw_item_first")


def numbering(text: str) -> str:
    """The numbering scheme a line opens with ("decimal", "roman_upper", "file_number", ... or "none")."""
    for name, pattern in NUMBERING:
        if pattern.match(text):
            return name
    return "none"


def strip_number(text: str) -> str:
    """The line without its leading number and the punctuation after it."""
    for _, pattern in NUMBERING:
        m = pattern.match(text)
        if m:
            return text[m.end() :].lstrip(" .):-–\t")
    return text


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


def _bin(value: float, edges: Iterable[float]) -> str:
    for k, edge in enumerate(edges):
        if value <= edge:
            return f"b{k}"
    return "bmax"


def _char_shape(token: str) -> str:
    shape = re.sub(r"[A-Z]", "X", token[:6])
    shape = re.sub(r"[a-z]", "x", shape)
    return re.sub(r"\d", "d", shape)


def _shape_key(text: str) -> str:
    """A line with its digits blanked, for spotting running headers and page numbers."""
    return re.sub(r"\d+", "0", text.lower())


def crf_items(feats: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """CRFsuite wants strings as ``key=value`` with weight 1 and floats as weights."""
    out = []
    for f in feats:
        item: dict[str, Any] = {}
        for k, v in f.items():
            if isinstance(v, str):
                item[f"{k}={v}"] = 1.0
            elif v:
                item[k] = float(v)
        out.append(item)
    return out


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
