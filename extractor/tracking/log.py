"""One action log across many meetings, built from extraction records.

Why a separate row type: an officer's log needs the meeting and item context on
every row (records nest actions inside items inside meetings), and one row may
stand for two mentions of the same commitment (discussion and resolution).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from ..schema import Action, Document, Item, Meeting
from .matching import content_words, same_commitment


@dataclass(frozen=True)
class Loaded:
    """One input: its extraction record and the name it is cited by in evidence."""

    record: Document
    path: str

    @property
    def name(self) -> str:
        """The file name alone, as evidence cites it ("pack.json")."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def source_file(self) -> str:
        """The minutes file the spans point into (the record's source, else the input)."""
        return self.record.source.path or self.path


@dataclass
class SourceRef:
    """Where one mention of an action was found."""

    file: str
    span: Optional[tuple[int, int]]
    item_number: Optional[str]
    item_title: Optional[str]

    def label(self) -> str:
        where = f"{self.span[0]}-{self.span[1]}" if self.span else "?"
        return f"{self.file}:{where}"


@dataclass
class LoggedAction:
    """A row of the action log; ``status`` and ``evidence`` are filled by ``status.assign``."""

    text: str
    kind: str
    owner: Optional[str]
    due: Optional[str]
    due_text: Optional[str]
    body: Optional[str]
    meeting_date: Optional[str]
    item_number: Optional[str]
    item_title: Optional[str]
    sources: list[SourceRef]
    input_index: int
    meeting_index: int
    status: str = "open"
    evidence: list[str] = field(default_factory=list)

    @property
    def source_file(self) -> str:
        return self.sources[0].file if self.sources else ""

    @property
    def subject(self) -> str:
        """What the action is about, for topic matching: its own words, plus its item's
        title when the text alone names no subject ("the paper would be sent to
        members" under item "Parks Investment Strategy")."""
        if len(content_words(self.text)) >= 2 or not self.item_title:
            return self.text
        return f"{self.text} {self.item_title}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "owner": self.owner,
            "due": self.due,
            "due_text": self.due_text,
            "status": self.status,
            "evidence": list(self.evidence),
            "meeting": {"body": self.body, "date": self.meeting_date},
            "item": {"number": self.item_number, "title": self.item_title},
            "sources": [
                {
                    "file": s.file,
                    "span": list(s.span) if s.span else None,
                    "item_number": s.item_number,
                    "item_title": s.item_title,
                }
                for s in self.sources
            ],
        }


def _row(action: Action, item: Item, meeting: Meeting, loaded: Loaded, i: int, m: int) -> LoggedAction:
    return LoggedAction(
        text=action.text,
        kind=action.kind,
        owner=action.owner,
        due=action.due,
        due_text=action.due_text,
        body=meeting.body,
        meeting_date=meeting.date,
        item_number=item.number,
        item_title=item.title,
        sources=[SourceRef(loaded.source_file, action.span, item.number, item.title)],
        input_index=i,
        meeting_index=m,
    )


def _merge(into: LoggedAction, other: LoggedAction) -> None:
    """Fold a second mention into the first: keep both sources, fill what the first lacks."""
    into.sources.extend(other.sources)
    into.owner = into.owner or other.owner
    if into.due is None and other.due is not None:
        into.due, into.due_text = other.due, other.due_text
    into.due_text = into.due_text or other.due_text
    if into.kind == "other":
        into.kind = other.kind


def _dedupe(rows: list[LoggedAction]) -> list[LoggedAction]:
    """One row per commitment within one meeting: similar text and same item or same kind.
    Mentions from another copy of the same minutes count as sources too."""
    kept: list[LoggedAction] = []
    for row in rows:
        for prior in kept:
            same_place = prior.item_number == row.item_number and prior.item_title == row.item_title
            if (same_place or prior.kind == row.kind) and same_commitment(prior.text, row.text):
                _merge(prior, row)
                break
        else:
            kept.append(row)
    return kept


def sort_key(row: LoggedAction) -> tuple:
    """Due date (undated last), then meeting date (undated last), then file order."""
    first = row.sources[0].span if row.sources and row.sources[0].span else (0, 0)
    return (row.due is None, row.due or "", row.meeting_date is None, row.meeting_date or "", row.input_index, first)


def _meeting_key(meeting: Meeting, i: int, m: int) -> tuple:
    """Same dated meeting of the same body, whichever input printed it (a pack and the
    minutes page, or a record and its minutes file); undated meetings stay apart."""
    if not meeting.date:
        return ("input", i, m)
    return ("meeting", meeting.date, content_words(meeting.body))


def build_log(inputs: list[Loaded]) -> list[LoggedAction]:
    """Every action of every meeting of every input, one row per commitment, sorted."""
    groups: dict[tuple, list[LoggedAction]] = {}
    for i, loaded in enumerate(inputs):
        for m, meeting in enumerate(loaded.record.meetings):
            rows = groups.setdefault(_meeting_key(meeting, i, m), [])
            rows.extend(_row(action, item, meeting, loaded, i, m) for item in meeting.items for action in item.actions)
    out = [row for rows in groups.values() for row in _dedupe(rows)]
    out.sort(key=sort_key)
    return out
