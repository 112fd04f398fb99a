"""Writers for the action log: CSV (spreadsheets), JSON, Markdown table, iCalendar.

Why flat columns: officers open the log in a spreadsheet, so every row carries its
meeting and item, dates are ISO, and several sources or evidence lines are joined
with "; " inside one cell rather than spread over rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from typing import Iterable, Sequence

from .log import LoggedAction

FORMATS = ("csv", "json", "md", "ics")

LOG_COLUMNS = [
    "due",
    "due_text",
    "action",
    "kind",
    "owner",
    "status",
    "evidence",
    "body",
    "meeting_date",
    "item_number",
    "item_title",
    "source_file",
    "span",
]


def _log_row(a: LoggedAction) -> dict[str, str]:
    files = list(dict.fromkeys(s.file for s in a.sources))
    spans = "; ".join(f"{s.span[0]}-{s.span[1]}" for s in a.sources if s.span)
    return {
        "due": a.due or "",
        "due_text": a.due_text or "",
        "action": a.text,
        "kind": a.kind,
        "owner": a.owner or "",
        "status": a.status,
        "evidence": "; ".join(a.evidence),
        "body": a.body or "",
        "meeting_date": a.meeting_date or "",
        "item_number": a.item_number or "",
        "item_title": a.item_title or "",
        "source_file": "; ".join(files),
        "span": spans,
    }


def to_csv(rows: Iterable[dict[str, str]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: " ".join(str(row.get(k, "")).split()) for k in columns})
    return buf.getvalue()


def _md_cell(value: str) -> str:
    return " ".join(value.split()).replace("|", "\\|")


def to_markdown(rows: Iterable[dict[str, str]], columns: Sequence[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(_md_cell(str(row.get(c, ""))) for c in columns) + " |")
    return "\n".join(lines) + "\n"


def log_csv(actions: list[LoggedAction]) -> str:
    return to_csv((_log_row(a) for a in actions), LOG_COLUMNS)


def log_markdown(actions: list[LoggedAction]) -> str:
    columns = [c for c in LOG_COLUMNS if c != "due_text"]
    return to_markdown((_log_row(a) for a in actions), columns)


def log_json(actions: list[LoggedAction], as_of: str) -> str:
    return json.dumps({"as_of": as_of, "actions": [a.to_dict() for a in actions]}, indent=2, ensure_ascii=False) + "\n"


def action_uid(a: LoggedAction) -> str:
    """Stable across runs: the first source's file name (not how its path was typed), span and text."""
    first = a.sources[0] if a.sources else None
    name = first.file.replace("\\", "/").rsplit("/", 1)[-1] if first else ""
    key = f"{name}|{first.span if first else ''}|{a.text}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20] + "@minutes-extractor"


def shorten(text: str, limit: int = 75) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def log_ics(actions: list[LoggedAction], as_of: str) -> str:
    """One all-day event per dated action, on its due date."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//minutes-extractor//action log//EN")
    cal.add("version", "2.0")
    stamp = dt.datetime.fromisoformat(as_of).replace(tzinfo=dt.timezone.utc)
    for a in actions:
        try:
            day = dt.date.fromisoformat(a.due or "")
        except ValueError:
            continue  # undated (or a due date that is not a day): no event
        meeting = " ".join(x for x in (a.body or "meeting", f"of {a.meeting_date}" if a.meeting_date else "") if x)
        item = f", item {a.item_number or ''} '{a.item_title}'" if a.item_title else ""
        description = "\n".join(
            [
                f"Action: {a.text}",
                f"Owner: {a.owner or 'not stated'}",
                f"Meeting: {meeting}{item}",
                f"Status: {a.status}" + (f" ({'; '.join(a.evidence)})" if a.evidence else ""),
                "Source: " + "; ".join(s.label() for s in a.sources),
            ]
        )
        event = Event()
        event.add("uid", action_uid(a))
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", shorten(a.text))
        event.add("description", description)
        event.add("categories", [a.kind])
        cal.add_component(event)
    return cal.to_ical().decode("utf-8")
