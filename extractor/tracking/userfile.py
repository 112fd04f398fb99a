"""A user's own work programme as a CSV file (``--work-programme FILE.csv``).

Why lenient headers: officers keep these in spreadsheets with their own column
names ("Meeting date", "Report title", "Lead officer"); the accepted names are
data in ``words.json``. Only a topic column is required.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..schema import WorkProgrammeEntry
from .matching import words

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class TrackingError(Exception):
    """A problem with a user's input, worded for the user (file and problem)."""


@dataclass(frozen=True)
class UserRow:
    entry: WorkProgrammeEntry
    row: int  # spreadsheet row number (header is row 1)
    date_text: Optional[str]


def parse_user_date(text: Optional[str]) -> Optional[str]:
    """ISO date of a cell or option value: ISO as is, else day-first ("19/10/2021", "19 October 2021")."""
    if not text or not text.strip():
        return None
    text = text.strip()
    if _ISO.match(text):
        return text
    from ..pipeline.dates import parse_date

    return parse_date(text)


def _column(headers: list[str], names: list[str]) -> Optional[str]:
    folded = {h.strip().lower(): h for h in headers if h}
    for name in names:  # exact header names first, most specific first
        if name in folded:
            return folded[name]
    for name in names:
        for low, original in folded.items():
            if re.search(rf"\b{re.escape(name)}\b", low):
                return original
    return None


def read_work_programme_csv(path: Path) -> list[UserRow]:
    """The rows of a user's work programme; raises TrackingError naming the file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TrackingError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TrackingError(f"{path}: cannot read it as UTF-8 text ({exc.__class__.__name__})") from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    headers = list(reader.fieldnames or [])
    names = words()["csv_columns"]
    cols = {role: _column(headers, names[role]) for role in ("date", "topic", "owner", "status")}
    if cols["topic"] is None:
        raise TrackingError(
            f"{path}: no topic column; the header row should name one of: " + ", ".join(names["topic"])
        )
    rows: list[UserRow] = []
    for n, row in enumerate(reader, start=2):
        topic = (row.get(cols["topic"]) or "").strip()
        if not topic:
            continue
        cell = lambda role: ((row.get(cols[role]) or "").strip() or None) if cols[role] else None  # noqa: E731
        date_text = cell("date")
        entry = WorkProgrammeEntry(
            meeting_date=parse_user_date(date_text), topic=topic, owner=cell("owner"), status=cell("status")
        )
        rows.append(UserRow(entry, n, date_text))
    return rows
