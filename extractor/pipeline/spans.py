"""Where pipeline results live on the Doc.

Every component writes ``doc.spans[KEY]`` and attaches a plain dict to each span
through a span extension named after the key. One extension per key, because
spaCy stores span extension values by character offsets: an item and a meeting
with the same offsets would otherwise overwrite each other's data. Plain dicts
(no Span objects) keep Docs picklable and serialisable.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from spacy.tokens import Doc, Span, SpanGroup

PARTS = "minutes_parts"  # label: agenda | minutes | report | work_programme
MEETINGS = "minutes_meetings"  # data: body, date, time, venue
MEETING_FIELDS = "minutes_meeting_fields"  # label: body|date|time|venue; data: value
ATTENDEES = "minutes_attendees"  # label: present|apologies|officers; data: name, role
ITEMS = "minutes_items"  # data: number, title, heading_end (char offset)
AGENDA = "minutes_agenda"  # data: number, title, pages
WORK_PROGRAMME = "minutes_work_programme"  # data: meeting_date, topic, owner, status
PEOPLE = "minutes_people"  # data: name (canonical), surface, role
SPEAKERS = "minutes_speakers"  # data: name, role
QUESTIONS = "minutes_questions"  # data: asker, addressee, answered_by, text
RESOLUTIONS = "minutes_resolutions"  # data: label, text, mover, seconder, outcome, votes
FIGURES = "minutes_figures"  # data: text, value, unit, measure
ACTIONS = "minutes_actions"  # data: text, owner, due, due_text, kind
LINES = "minutes_lines"  # one span per document; data: starts, labels, confidence, heading (line_roles.py)
SENTENCE_ROLES = "minutes_sentence_roles"  # label: most likely role (sentence_roles.py); data: p (per label)

ALL_KEYS = (
    PARTS, MEETINGS, MEETING_FIELDS, ATTENDEES, ITEMS, AGENDA, WORK_PROGRAMME,
    PEOPLE, SPEAKERS, QUESTIONS, RESOLUTIONS, FIGURES, ACTIONS, LINES, SENTENCE_ROLES,
)

for _key in ALL_KEYS:
    if not Span.has_extension(_key):
        Span.set_extension(_key, default=None)
if not Doc.has_extension("minutes_registry"):
    # Per-meeting people registry: list (one per meeting, in order) of
    # [{"name", "aliases", "roles"}]; plain data so it serialises.
    Doc.set_extension("minutes_registry", default=None)
if not Doc.has_extension("minutes_meeting_dates"):
    Doc.set_extension("minutes_meeting_dates", default=None)


_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def remember_text(doc: Doc, text: str) -> None:
    """Cache the string ``doc`` was tokenised from (see ``tokenizer.py``)."""
    _TEXTS[doc] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc: spaCy rebuilds it from the tokens on every
    access (~12 ms for a 90 KB pack), which dominated the pipeline before caching."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def add_span(
    doc: Doc, key: str, start: int, end: int, label: str = "", data: Optional[dict[str, Any]] = None
) -> Optional[Span]:
    """Add a span over characters [start, end) to ``doc.spans[key]``.

    Offsets snap outwards to token boundaries; returns None for an empty range.
    The data dict keeps the exact character offsets as ``start``/``end`` so the
    output can point at the characters rather than the tokens.
    """
    text = doc_text(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:
        return None
    payload = dict(data or {})
    payload.setdefault("start", start)
    payload.setdefault("end", end)
    doc.user_data[_ext_key(key, span)] = payload
    group = doc.spans[key] if key in doc.spans else None
    if group is None:
        doc.spans[key] = [span]
    else:
        group.append(span)
    return span


def reset(doc: Doc, key: str) -> None:
    """Empty ``doc.spans[key]``, so a component run twice on a Doc does not add its results twice."""
    doc.spans[key] = []


def data(span: Span, key: str) -> dict[str, Any]:
    """The plain data a component attached to ``span`` under ``key``."""
    value = span.doc.user_data.get(("._.", key, span.start_char, span.end_char))  # _ext_key, inlined (hot)
    return value if value is not None else {}


def _ext_key(key: str, span: Span) -> tuple[str, str, int, int]:
    """Where ``span._.<key>`` lives in ``doc.user_data`` (spaCy's own key for span
    extensions). Read and written directly: building ``span._`` for each look-up cost
    more than the look-up."""
    return ("._.", key, span.start_char, span.end_char)


def char_range(span: Span, key: str) -> tuple[int, int]:
    """Exact character offsets recorded for a span (token-snapped offsets as fallback)."""
    s, e = span.start_char, span.end_char  # read once: each is a property of the Span
    d = span.doc.user_data.get(("._.", key, s, e))  # data(), inlined: called for every span of every look-up
    if d is None:
        return s, e
    return d.get("start", s), d.get("end", e)


def spans(doc: Doc, key: str) -> Iterator[Span]:
    """The spans of ``doc.spans[key]`` in the order added, the index's ready-made Span
    objects while it holds them. Like the SpanGroup's own iteration, the spans there when
    iterating began: one added meanwhile is not yielded."""
    if key not in doc.spans:
        return
    group = doc.spans[key]
    index = _INDEXES.get(doc, {}).get(key)
    members = index.members if index is not None and index.group is group else []
    for pos in range(len(group)):
        yield members[pos] if pos < len(members) else group[pos]


def within(doc: Doc, key: str, start: int, end: int) -> list[Span]:
    """Spans of ``key`` whose recorded range lies inside [start, end), in the order added."""
    index = _index(doc, key)
    if index is None:
        return []
    lo, hi = bisect_left(index.starts, start), bisect_right(index.starts, end)
    hits = [pos for s, e, pos in index.entries[lo:hi] if e <= end]
    hits.sort()
    members = index.members
    return [members[pos] for pos in hits]


def overlapping(doc: Doc, key: str, start: int, end: int) -> list[Span]:
    """Spans of ``key`` whose recorded range overlaps [start, end), in the order added."""
    index = _index(doc, key)
    if index is None:
        return []
    lo, hi = bisect_left(index.starts, start - index.longest), bisect_left(index.starts, end)
    hits = [pos for s, e, pos in index.entries[lo:hi] if s < end and start < e]
    hits.sort()
    members = index.members
    return [members[pos] for pos in hits]


@dataclass
class _Index:
    """A span group's recorded ranges sorted by start, so range queries bisect instead
    of reading every span's data (which made per-item and per-name look-ups quadratic)."""

    group: SpanGroup  # held, so its id is not reused while the index lives
    size: int
    starts: list[int]
    entries: list[tuple[int, int, int]]  # (start, end, position in the group)
    longest: int
    # the group's Span objects, made once: ``group[pos]`` builds a new Span (and reads
    # tokens for its offsets) on every access, about 2 % of the pipeline when each
    # range query did it
    members: list[Span]


_INDEXES: "weakref.WeakKeyDictionary[Doc, dict[str, _Index]]" = weakref.WeakKeyDictionary()


def _index(doc: Doc, key: str) -> Optional[_Index]:
    """The index of ``doc.spans[key]``, rebuilt when the group was replaced or grew
    (``add_span`` only appends; ``reset`` replaces the group)."""
    if key not in doc.spans:
        return None
    group = doc.spans[key]
    per_doc = _INDEXES.get(doc)
    if per_doc is None:
        per_doc = _INDEXES[doc] = {}
    index = per_doc.get(key)
    if index is None or index.group is not group or index.size != len(group):
        # add_span only appends: a group that grew keeps the Spans made for its first members
        kept = index.members if index is not None and index.group is group else []
        members = kept + [group[pos] for pos in range(len(kept), len(group))]
        entries = sorted((*char_range(sp, key), pos) for pos, sp in enumerate(members))
        longest = max((e - s for s, e, _ in entries), default=0)
        index = per_doc[key] = _Index(group, len(group), [s for s, _, _ in entries], entries, max(longest, 0), members)
    return index
