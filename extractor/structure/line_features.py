"""Features of each line of a document, for the line-role sequence model.

Minutes tell their structure by layout more than by wording: a short line with a number
and no full stop is a heading whatever council wrote it; a run of names after "Present"
is attendance. The features describe that shape (numbering scheme, case, length, colon,
indentation, blank lines around, position, repetition across the document) plus a few
words, so a model trained on some bodies can recognise the same shapes in others.
Word lists are data (``models/minutes/minutes_line_roles/patterns.json``).
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


NUMBERING = (
    ("decimal", re.compile(r"^\d{1,3}\.\d{1,2}(?:\.\d{1,2})?\.?(?=\s|$)")),
    ("file_number", re.compile(r"^\(?\d{2,4}[-/]\d{1,5}\)?(?=\s|$)")),
    ("code", re.compile(r"^[A-Z]{1,5}\s?\d{1,4}[-/.]\d{1,4}\b")),
    ("item_word", re.compile(r"^(?:item|agenda item|minute|min\.?)\s*(?:no\.?\s*)?\d", re.I)),
    ("arabic_dot", re.compile(r"^\d{1,3}[.)](?=\s|$|[A-Za-z])")),
    ("arabic_letter", re.compile(r"^\d{1,3}[a-z][.)]?(?=\s|$)")),
    ("arabic_bare", re.compile(r"^\d{1,3}(?=\s+[A-Z(])")),
    ("bracketed_number", re.compile(r"^\(\d{1,3}\)")),
    ("roman", re.compile(r"^\(?(?:[IVX]{1,5}|[ivx]{1,5})[.)](?=\s|$)")),
    ("lettered", re.compile(r"^\(?[a-zA-Z][.)](?=\s)")),
    ("bullet", re.compile(r"^[•·▪●○◦\-–*]\s")),
)
_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b", re.I)
_MONEY = re.compile(r"[£$€]\s?\d")
_COLUMNS = re.compile(r"\S(?:\t|\s{3,})\S")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_HONORIFIC = re.compile(r"\b(?:Cllr|Councillor|Cr|Mayor|Councilmember|Councilman|Councilwoman|Trustee|Mr|Mrs|Ms|Dr|Commissioner|Alderman|Supervisor|Director)\b\.?")


class LineFeaturizer:
    """Turns a document's lines into CRFsuite feature dicts (one dict per line)."""

    def __init__(self, patterns: dict[str, Any]) -> None:
        self.groups: dict[str, re.Pattern[str]] = {}
        for name in ("attendance_words", "decision_words", "action_words", "header_words", "closing_words"):
            words = patterns.get(name, [])
            if words:
                self.groups[name.replace("_words", "")] = re.compile(rf"\b(?:{alternation(words)})\b", re.I)

    def document(self, lines: list[TextLine], text_length: int) -> list[dict[str, Any]]:
        shapes = Counter(_shape_key(l.text) for l in lines)
        own = [self._line(l, text_length, shapes) for l in lines]
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
            feats.append(merged)
        return feats

    def _line(self, line: TextLine, text_length: int, shapes: Counter) -> dict[str, Any]:
        t = line.text
        words = _WORD.findall(t)
        letters = [c for c in t if c.isalpha()]
        upper = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
        titled = sum(w[0].isupper() for w in words) / len(words) if words else 0.0
        f: dict[str, Any] = {
            "bias": 1.0,
            "num": _numbering(t),
            "len": _bin(len(t), (4, 12, 30, 60, 100, 160)),
            "words": _bin(len(words), (1, 2, 4, 8, 15, 30)),
            "upper": upper,
            "all_caps": float(upper > 0.9 and len(letters) >= 4),
            "titled": titled,
            "end": _end_kind(t),
            "colon_inside": float(":" in t[:-1]),
            "indent": _bin(line.indent, (0, 2, 6, 12)),
            "columns": float(bool(_COLUMNS.search(t))),
            "blank_before": float(line.blank_before),
            "blank_after": float(line.blank_after),
            "pos": _bin(int(10 * line.start / max(text_length, 1)), (0, 1, 2, 4, 7, 9)),
            "repeated": float(shapes[_shape_key(t)] >= 3 and len(t) < 80),
            "date": float(bool(_DATE.search(t))),
            "time": float(bool(_TIME.search(t))),
            "money": float(bool(_MONEY.search(t))),
            "digits_only": float(bool(re.fullmatch(r"[\d\s.,()/-]+", t))),
            "names": _bin(len(_HONORIFIC.findall(t)), (0, 1, 3)),
            "commas": _bin(t.count(","), (0, 1, 3, 6)),
            "sentence_end_inside": float(bool(re.search(r"[a-z]{2}[.!?]\s+[A-Z]", t))),
        }
        if words:
            f["w0"] = words[0].lower()
            f["w0_prefix"] = words[0][:3].lower()
            f["w_last"] = words[-1].lower()
            if len(words) > 1:
                f["w1"] = words[1].lower()
        first = t.split(None, 1)[0]
        f["first_shape"] = _char_shape(first)
        for name, pattern in self.groups.items():
            if pattern.search(t):
                f[f"kw_{name}"] = 1.0
                if pattern.match(_strip_number(t)):
                    f[f"kw_{name}_first"] = 1.0
        return f


_CONTEXT_KEYS = ("num", "len", "all_caps", "end", "blank_before", "blank_after", "w0", "kw_attendance", "kw_attendance_first",
                 "names", "indent", "date", "kw_decision_first")


def _numbering(text: str) -> str:
    for name, pattern in NUMBERING:
        if pattern.match(text):
            return name
    return "none"


def _strip_number(text: str) -> str:
    for _, pattern in NUMBERING:
        m = pattern.match(text)
        if m:
            return text[m.end() :].lstrip(" .):-–\t")
    return text


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
