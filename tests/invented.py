"""Helpers for the tests on invented minutes passages (tests/test_unseen_styles*.py)."""

from __future__ import annotations

from extractor.api import build_record, extract_doc
from extractor.readers import read_bytes, read_text
from extractor.schema import Document, Item, Meeting


def record(nlp, text: str, fmt: str = "text") -> Document:
    read = read_text(text) if fmt == "text" else read_bytes(text.encode("utf-8"), fmt)
    return build_record(extract_doc(read, nlp), read, None)


def meeting(nlp, text: str, fmt: str = "text") -> Meeting:
    rec = record(nlp, text, fmt)
    assert len(rec.meetings) == 1
    return rec.meetings[0]


def people(attendees) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in attendees]


def item(meeting: Meeting, number: str) -> Item:
    return next(i for i in meeting.items if i.number == number)
