"""Item headings read off the line-role model's labels.

The model marks heading lines; this turns each run of them into one heading with its
printed number and title (``headings.parse_heading``): a number or code alone on a line
takes its title from the next line ("22-101" / "Village Hall Lettings", "3." / "FINANCE",
"(Item 6)" under the title), a title that runs on in lower case takes the next line, and
a heading followed at once by lettered sub-headings only groups them ("6 Correspondence"
then "(a) Letter from ..." gives items 6(a), 6(b), not 6).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Optional, Sequence

from ..pipeline.dates import DATE_RE
from ..pipeline.text_lines import Line
from .headings import NO_WORDING, Wording, continues_title, parse_heading, split_number, title_of

HEADING_ROLES = ("item_heading", "sub_item_heading")
MAX_WRAPS = 2  # lines a heading's title may run on over
Roles = dict[int, tuple[str, float, float]]  # line start -> (role, its confidence, heading probability)


@dataclass
class ModelHeading:
    start: int
    end: int
    line: int  # index of the heading's last line
    number: Optional[str]
    title: Optional[str]
    role: str


def _next(ls: Sequence[Line], i: int) -> Optional[int]:
    for j in range(i + 1, len(ls)):
        if not ls[j].blank:
            return j
    return None


def _is_heading(roles: Roles, line: Line, threshold: float) -> bool:
    role = roles.get(line.start)
    return bool(role and role[2] >= threshold and (role[0] in HEADING_ROLES or threshold > 0))


def read_heading(ls: Sequence[Line], i: int, roles: Roles, clean: Callable[[str], str],
                 wording: Wording = NO_WORDING) -> Optional[ModelHeading]:
    """The heading starting on line ``i``: number and title, and the line it ends on."""
    role = roles.get(ls[i].start, ("item_heading", 0.0))[0]
    parsed = parse_heading(clean(ls[i].text), wording)
    last = i
    number, title = parsed.number, parsed.title
    if parsed.number_only:
        j = _next(ls, i)
        if j is None:
            return None
        inner = parse_heading(clean(ls[j].text), wording)
        if inner.number_only:
            return None
        if inner.number is not None and not _ref_line(ls[i].text):
            number = inner.number  # a file code above "1. ROLL CALL": the item's own number counts
        title, last = inner.title, j
    elif number is None:
        # "(Item 6)" printed on the line under its title
        j = _next(ls, i)
        if j is not None and _ref_line(ls[j].text):
            number, last = split_number(ls[j].text)[0], j
        elif j is not None and title and _NUMBER_UNDER.match(ls[j].text):
            # "Accounts 2024/25" over "5." over the minute's text: a table's number cell printed
            # after its title cell (a PDF read column by column)
            k = _next(ls, j)
            after = parse_heading(clean(ls[k].text), wording) if k is not None else None
            if after is not None and after.number is None and (
                    after.title is None or ls[k].text.rstrip().endswith((".", ":"))):
                number, last = _NUMBER_UNDER.match(ls[j].text).group(1), j
    for _ in range(MAX_WRAPS):  # a long title may wrap twice ("7. ITEMS TO BE ACTED UPON ..." over two more lines)
        if not (title and _title_ends_line(title, ls[last].text)):
            break
        j = _next(ls, last)
        if not (j is not None and continues_title(title, ls[j].text) and not _ref_line(ls[j].text)
                and (j == last + 1 or _is_heading(roles, ls[j], 0.0))):
            break
        title = title_of(f"{title} {ls[j].text}", wording) or title
        last = j
    title = clean(title) if title else None
    if title and DATE_RE.fullmatch(title.strip(" ,.")):
        return None  # "11 March 2021": the date printed at the top of a page
    if not title and (number is None or not number[0].isdigit()):
        # "There were no declarations ...", "Q1: Ms A asked ...": sentences, no headings (only a
        # numbered paragraph standing for its item keeps its number: "5. Bob will not stand ...")
        return None
    return ModelHeading(ls[i].start, ls[last].end, last, number, title or None, role)


_NUMBER_UNDER = re.compile(r"^\s*(\d{1,3})\.\s*$")  # "5." alone: with its stop, so no page number


def _title_ends_line(title: str, line: str) -> bool:
    """The title runs to the end of its line, so it may wrap onto the next one. A title cut
    before the line's end ("Approval of Minutes: A motion to approve, with the") was followed
    by the item's text, and the next line goes on with that text, not with the title."""
    words = re.findall(r"[^\W_]+", title)
    tail = re.findall(r"[^\W_]+", line)
    return not words or not tail or words[-1].casefold() == tail[-1].casefold()


def _ref_line(text: str) -> bool:
    return bool(re.fullmatch(r"\(\s*(?:agenda\s+)?item\s+\S{1,6}\s*\)", text.strip(), re.IGNORECASE))


def model_headings(ls: Sequence[Line], floor: int, roles: Roles, threshold: float,
                   clean: Callable[[str], str], wording: Wording = NO_WORDING,
                   memo: Optional[dict[int, Optional[ModelHeading]]] = None) -> list[ModelHeading]:
    """Every heading the model marks in ``ls`` after ``floor``, grouping headings left out.

    ``memo`` (line index -> ``read_heading``'s reading) lets a second reading of the same
    lines at another threshold reuse the first's: the reading of a line does not depend on
    the threshold, and a copy is returned since ``_ungroup`` renumbers sub-items in place."""
    out: list[ModelHeading] = []
    i = 0
    while i < len(ls):
        line = ls[i]
        if not line.blank and line.start >= floor and _is_heading(roles, line, threshold):
            if memo is None:
                h = read_heading(ls, i, roles, clean, wording)
            else:
                if i not in memo:
                    memo[i] = read_heading(ls, i, roles, clean, wording)
                got = memo[i]
                h = replace(got) if got is not None else None
            if h is not None:
                out.append(h)
                i = h.line + 1
                continue
        i += 1
    return _ungroup(ls, out)


_SUB_MARK = re.compile(r"^(?:[a-z]|[ivx]{1,4}|\d{1,2})$")


def _ungroup(ls: Sequence[Line], heads: list[ModelHeading]) -> list[ModelHeading]:
    """Drop a heading whose first sub-heading follows at once, numbering its sub-items under it."""
    out: list[ModelHeading] = []
    parent: Optional[ModelHeading] = None
    index = {line.start: k for k, line in enumerate(ls)}
    for k, h in enumerate(heads):
        sub = h.role == "sub_item_heading" or (h.number is not None and bool(_SUB_MARK.match(h.number)) and not h.number.isdigit())
        if sub and parent is not None and parent.number and h.number and _SUB_MARK.match(h.number):
            h.number = f"{parent.number}({h.number})"
        if not sub:
            parent = h
            nxt = heads[k + 1] if k + 1 < len(heads) else None
            if (nxt is not None and _next(ls, h.line) == index.get(nxt.start)
                    and (nxt.role == "sub_item_heading" or (nxt.number or "") in ("a", "A", "1", "i"))
                    and h.number is not None and nxt.number not in (None, h.number)):
                continue  # a grouping heading: its sub-items are the items
        out.append(h)
    return out

