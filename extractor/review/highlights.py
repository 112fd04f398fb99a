"""Character spans to properly nested ``<mark>`` elements over escaped text.

Why our own renderer rather than displaCy's span style: displaCy draws spans per token
under the text and needs a spaCy Doc; a review page must nest an item around its
decisions and figures, overlap a speaker with the action they promised, and show text
that no Doc was built for (an extraction record read back from disk). Spans that cross
are split into several marks sharing one ``data-rec``; only the first piece carries the
record's ``id``, which the tables link to.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Iterable, Optional

TYPE_ORDER = ("items", "attendees", "speakers", "questions", "resolutions", "actions", "figures")
"""Outermost first when two spans cover the same text (an item holds everything)."""


@dataclass(frozen=True)
class Mark:
    """One record's span: ``key`` is unique on the page (``r-actions-3``, ``g-figures-0``)."""

    key: str
    record_type: str
    start: int
    end: int
    status: str = "ok"  # ok | tp (matched gold) | fp (false positive) | miss (gold not found)
    tooltip: str = ""
    label: Optional[str] = None  # shown before the first piece (items: "Item 3")


def _order(mark: Mark) -> tuple[int, int, int, str]:
    return (mark.start, -mark.end, TYPE_ORDER.index(mark.record_type) if mark.record_type in TYPE_ORDER else 99, mark.key)


def _open(mark: Mark, first: bool) -> str:
    classes = f"hl t-{mark.record_type} s-{mark.status}" + (" first" if first else "")
    attrs = [f'class="{classes}"', f'data-rec="{escape(mark.key)}"']
    if first:
        attrs.append(f'id="{escape(mark.key)}"')
        if mark.label:
            attrs.append(f'data-label="{escape(mark.label)}"')
    if mark.tooltip:
        attrs.append(f'title="{escape(mark.tooltip)}"')
    return "<mark " + " ".join(attrs) + ">"


def render_text(text: str, marks: Iterable[Mark], page_starts: Optional[list[int]] = None) -> str:
    """``text`` escaped, with ``marks`` as nested ``<mark>`` elements and, for a PDF, a
    ``<span class="pg">`` where each page after the first begins.

    One pass over the span boundaries (not the characters): each segment between two
    boundaries is written once, inside exactly the marks that cover it."""
    size = len(text)
    kept = [m for m in marks if 0 <= m.start < m.end and m.start < size]
    kept = [m if m.end <= size else Mark(m.key, m.record_type, m.start, size, m.status, m.tooltip, m.label) for m in kept]
    breaks = {at: number for number, at in enumerate(page_starts or [], start=1) if number > 1 and 0 < at < size}
    bounds = sorted({0, size} | {m.start for m in kept} | {m.end for m in kept} | set(breaks))
    starting: dict[int, list[Mark]] = {}
    for m in kept:
        starting.setdefault(m.start, []).append(m)
    out: list[str] = []
    stack: list[Mark] = []
    active: list[Mark] = []
    opened: set[str] = set()
    for a, b in zip(bounds, bounds[1:]):
        active = [m for m in active if m.end > a] + starting.get(a, [])
        wanted = sorted(active, key=_order)
        same = 0
        while same < len(stack) and same < len(wanted) and stack[same] is wanted[same]:
            same += 1
        out.append("</mark>" * (len(stack) - same))
        stack = stack[:same]
        if a in breaks:
            out.append(f'<span class="pg" id="page-{breaks[a]}" data-page="page {breaks[a]}"></span>')
        for m in wanted[same:]:
            out.append(_open(m, m.key not in opened))
            opened.add(m.key)
            stack.append(m)
        out.append(escape(text[a:b], quote=False))
    out.append("</mark>" * len(stack))
    return "".join(out)
