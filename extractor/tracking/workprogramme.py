"""A committee's work programme as officers keep it: its existing rows plus the
actions from its meetings that are still to come back and are not on it yet.

Why "not on it yet" uses the same topic matching as statuses: a briefing already
listed under "Briefings to circulate" must not be added a second time just
because the minutes word it differently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..evaluation.matching import token_f1
from .log import Loaded, LoggedAction
from .matching import TopicIndex, same_body, thresholds
from .status import _short
from .userfile import UserRow

WP_COLUMNS = ["date", "topic", "owner", "status", "source"]
PENDING = ("open", "overdue", "scheduled")


@dataclass
class ProgrammeRow:
    date: Optional[str]
    topic: str
    owner: Optional[str]
    status: Optional[str]
    source: str

    def to_dict(self) -> dict[str, str]:
        return {
            "date": self.date or "",
            "topic": self.topic,
            "owner": self.owner or "",
            "status": self.status or "",
            "source": self.source,
        }


def belongs_to(loaded: Loaded, committee: str) -> bool:
    """The input is the committee's: a meeting body or an agenda/work-programme heading names it."""
    names = [m.body for m in loaded.record.meetings] + [
        p.title for p in loaded.record.parts if p.kind in ("agenda", "work_programme")
    ]
    return any(same_body(n, committee) >= thresholds().committee_f1 for n in names if n)


def _action_is_committees(action: LoggedAction, inputs: list[Loaded], committee: str) -> bool:
    if action.body:
        return same_body(action.body, committee) >= thresholds().committee_f1
    return belongs_to(inputs[action.input_index], committee)


def _add_unless_duplicate(row: ProgrammeRow, kept: list[ProgrammeRow], by_date: dict) -> None:
    """Keep ``row`` unless a kept row has its date and nearly its topic (token F1 >= 0.8)."""
    same_date = by_date.setdefault(row.date, [])
    if any(token_f1(k.topic, row.topic) >= 0.8 for k in same_date):
        return
    same_date.append(row)
    kept.append(row)


def build_programme(
    inputs: list[Loaded],
    actions: list[LoggedAction],
    committee: str,
    user_rows: list[UserRow],
    user_file: Optional[str],
) -> list[ProgrammeRow]:
    """Existing rows (the committee's packs, then the user's CSV), then pending actions
    not yet on them; sorted by date with undated rows last, each row saying where it came from."""
    existing: list[ProgrammeRow] = []
    by_date: dict[Optional[str], list[ProgrammeRow]] = {}
    for loaded in inputs:
        if not belongs_to(loaded, committee):
            continue
        for wp in loaded.record.work_programme:
            row = ProgrammeRow(wp.meeting_date, wp.topic, wp.owner, wp.status, f"work programme ({loaded.name})")
            _add_unless_duplicate(row, existing, by_date)
    for ur in user_rows:
        e = ur.entry
        row = ProgrammeRow(e.meeting_date, e.topic, e.owner, e.status, f"work programme row {ur.row} ({user_file})")
        _add_unless_duplicate(row, existing, by_date)

    on_it = TopicIndex([row.topic for row in existing])
    added: list[ProgrammeRow] = []
    for a in actions:
        if a.status not in PENDING or not _action_is_committees(a, inputs, committee):
            continue
        if on_it.matches(a.subject):
            continue
        item = f", item {a.item_number + ' ' if a.item_number else ''}'{_short(a.item_title)}'" if a.item_title else ""
        when = f" of {a.meeting_date}" if a.meeting_date else ""
        status = f"action {a.status}" + (f": {a.evidence[0]}" if a.status == "scheduled" and a.evidence else "")
        added.append(
            ProgrammeRow(
                a.due, a.text, a.owner, status, f"action from meeting{when}{item} ({inputs[a.input_index].name})"
            )
        )
    rows = existing + added
    rows.sort(key=lambda r: (r.date is None, r.date or ""))
    return rows
