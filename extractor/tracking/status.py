"""Status of each action across meetings, with the evidence an officer can check.

Order of precedence: ``done`` (a later meeting's minutes has an item on it) over
``scheduled`` (a later work programme, forward plan or agenda lists it) over
``overdue`` (due before the as-of date) over ``open``.

"Later" needs the date a listing was issued. Work-programme rows carry the
meeting they are planned for; agenda lines and undated rows (briefings to
circulate, future items) take the date of their pack's agenda, and failing
that they count as later than the minutes printed in the same pack (a pack
prints the previous meeting's minutes ahead of its own agenda and programme).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

from ..schema import Document
from .log import Loaded, LoggedAction
from .matching import TopicIndex, same_body, thresholds
from .userfile import UserRow

MAX_EVIDENCE = 3


@dataclass(frozen=True)
class Listing:
    """A line that schedules a topic: a work-programme row, an agenda line or a user's CSV row."""

    topic: str
    date: Optional[str]
    issued: Optional[str]
    owner: Optional[str]
    status: Optional[str]
    input_index: Optional[int]  # None for the user's own CSV
    evidence: str
    newest_minutes: Optional[str] = None  # latest minutes date printed in the same input


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def pack_date(record: Document) -> Optional[str]:
    """The date of the pack's own agenda (from its agenda part's title), if printed."""
    from ..pipeline.dates import DATE_RE, parse_date

    dates = []
    for part in record.parts:
        if part.kind == "agenda" and part.title:
            m = DATE_RE.search(part.title)
            if m and (d := parse_date(m.group(0))):
                dates.append(d)
    return max(dates) if dates else None


def newest_minutes(record: Document) -> Optional[str]:
    dates = [m.date for m in record.meetings if m.date]
    return max(dates) if dates else None


def collect_listings(inputs: list[Loaded], user_rows: list[UserRow], user_file: Optional[str]) -> list[Listing]:
    """Every work-programme row and agenda line of every input, plus the user's CSV rows."""
    out: list[Listing] = []
    for i, loaded in enumerate(inputs):
        issued, latest = pack_date(loaded.record), newest_minutes(loaded.record)
        for wp in loaded.record.work_programme:
            when = f" for {wp.meeting_date}" if wp.meeting_date else (f" ({wp.status})" if wp.status else "")
            out.append(
                Listing(
                    topic=wp.topic,
                    date=wp.meeting_date,
                    issued=issued,
                    owner=wp.owner,
                    status=wp.status,
                    input_index=i,
                    evidence=f"work programme row '{_short(wp.topic)}'{when} ({loaded.name})",
                    newest_minutes=latest,
                )
            )
        for entry in loaded.record.agenda:
            if not entry.title:
                continue
            number = f"{entry.number} " if entry.number else ""
            of = f" of {issued} meeting" if issued else ""
            out.append(
                Listing(
                    topic=entry.title,
                    date=None,
                    issued=issued,
                    owner=None,
                    status="agenda",
                    input_index=i,
                    evidence=f"agenda item {number}'{_short(entry.title)}'{of} ({loaded.name})",
                    newest_minutes=latest,
                )
            )
    for row in user_rows:
        e = row.entry
        when = f" for {e.meeting_date}" if e.meeting_date else ""
        out.append(
            Listing(
                topic=e.topic,
                date=e.meeting_date,
                issued=None,
                owner=e.owner,
                status=e.status,
                input_index=None,
                evidence=f"work programme row {row.row} '{_short(e.topic)}'{when} ({user_file})",
            )
        )
    return out


def listed_after(listing: Listing, action: LoggedAction) -> bool:
    """Was the listing made after the action's meeting (see the module note)?"""
    since = action.meeting_date
    if since is None:
        return True  # order unknown: any listing may answer it
    if listing.date:
        return listing.date > since
    if listing.issued:
        return listing.issued > since
    if listing.input_index is None or listing.input_index == action.input_index:
        return True  # the user's current programme, or the pack that prints these minutes
    return listing.newest_minutes is None or listing.newest_minutes >= since


@dataclass(frozen=True)
class _LaterItem:
    """An item of a dated meeting, a candidate for ``done``."""

    title: str
    date: str
    where: tuple[int, int]  # (input index, meeting index)
    evidence: str


def _items(inputs: list[Loaded]) -> list[_LaterItem]:
    out = []
    for i, loaded in enumerate(inputs):
        for m, meeting in enumerate(loaded.record.meetings):
            if not meeting.date:
                continue  # cannot tell whether it came later
            for item in meeting.items:
                if item.title:
                    number = f"{item.number} " if item.number else ""
                    where = f"of {meeting.date} meeting ({loaded.name})"
                    out.append(_LaterItem(item.title, meeting.date, (i, m), f"item {number}'{_short(item.title)}' {where}"))
    return out


class _LaterCount:
    """How many listings count as later than a date, without testing each one."""

    def __init__(self, listings: list[Listing]) -> None:
        self.keyed = sorted(ls.date or ls.issued for ls in listings if ls.date or ls.issued)
        self.other = [ls for ls in listings if not (ls.date or ls.issued)]
        self.total = len(listings)

    def count(self, action: LoggedAction) -> int:
        if action.meeting_date is None:
            return self.total
        later = len(self.keyed) - bisect.bisect_right(self.keyed, action.meeting_date)
        return later + sum(1 for ls in self.other if listed_after(ls, action))


def _best(candidates: list[tuple[float, str]]) -> list[str]:
    candidates.sort(key=lambda c: -c[0])
    return [ev for _, ev in candidates[:MAX_EVIDENCE]]


def _held_meetings(inputs: list[Loaded]) -> dict[str, list[tuple[Optional[str], str]]]:
    """Meeting date -> (body, input name) of each meeting whose minutes are among the inputs."""
    out: dict[str, list[tuple[Optional[str], str]]] = {}
    for loaded in inputs:
        for meeting in loaded.record.meetings:
            if meeting.date and meeting.items:
                out.setdefault(meeting.date, []).append((meeting.body, loaded.name))
    return out


def _slipped(action: LoggedAction, matched: list[tuple[float, Listing]], held: dict) -> list[str]:
    """Warnings for listings whose meeting has been held (the same body's minutes of that date
    are among the inputs) without an item on the action: an officer should look again."""
    notes = []
    for d in sorted({ls.date for _, ls in matched if ls.date and ls.date in held}):
        names = [
            name for body, name in held[d]
            if not body or not action.body or same_body(body, action.body) >= thresholds().committee_f1
        ]
        if names:
            notes.append(f"listed for {d}, but the minutes of that meeting ({names[0]}) have no item on it")
    return notes


def assign(actions: list[LoggedAction], inputs: list[Loaded], listings: list[Listing], as_of: str) -> None:
    """Set ``status`` and ``evidence`` on every action (in place)."""
    items = _items(inputs)
    item_index = TopicIndex([it.title for it in items])
    listing_index = TopicIndex([ls.topic for ls in listings])
    counter = _LaterCount(listings)
    held = _held_meetings(inputs)
    for action in actions:
        since = action.meeting_date
        done = []
        if since is not None:
            for k, score in item_index.matches(action.subject).items():
                it = items[k]
                if it.date > since and it.where != (action.input_index, action.meeting_index):
                    done.append((score, it.evidence))
        matched = [
            (score, listings[k]) for k, score in listing_index.matches(action.subject).items()
            if listed_after(listings[k], action)
        ]
        scheduled = [(score, ls.evidence) for score, ls in matched]
        if done:
            action.status = "done"
            action.evidence = _best(done) + _best(scheduled)
        elif scheduled:
            action.status = "scheduled"
            action.evidence = _best(scheduled) + _slipped(action, matched, held)
        else:
            checked = counter.count(action)
            none = (
                f"not on any of {checked} later work-programme rows or agenda lines, and no later minutes item matches"
                if checked
                else "no later work programme or agenda among the inputs, and no later minutes item matches"
            )
            if action.due and action.due < as_of:
                action.status = "overdue"
                action.evidence = [f"due {action.due}, before {as_of}", none]
            else:
                action.status = "open"
                action.evidence = ([f"due {action.due}"] if action.due else []) + [none]
