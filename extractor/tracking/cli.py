"""``minutes actions`` and ``minutes workprogramme``: thin commands over the tracking modules."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import app
from .userfile import TrackingError

_INPUTS_HELP = "Extraction records (.json) or minutes files (.txt, .html, .pdf), or folders of them."


def _as_of(value: Optional[str]) -> str:
    from .userfile import parse_user_date

    if value is None:
        return dt.date.today().isoformat()
    parsed = parse_user_date(value)
    if parsed is None:
        raise TrackingError(f"--as-of {value!r}: not a date (use YYYY-MM-DD or e.g. 30/09/2021)")
    return parsed


def _format(fmt: Optional[str], out: Optional[Path], allowed: tuple[str, ...], default: str) -> str:
    if fmt is None and out is not None and out.suffix.lower().lstrip(".") in allowed:
        return out.suffix.lower().lstrip(".")
    fmt = (fmt or default).lower()
    if fmt not in allowed:
        raise TrackingError(f"--format {fmt!r}: choose one of {', '.join(allowed)}")
    return fmt


def _write(text: str, out: Optional[Path]) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise TrackingError(f"{out}: cannot write ({exc.strerror or exc.__class__.__name__})") from None


def _prepare(inputs: List[Path], work_programme: Optional[Path], as_of: Optional[str]):
    from .inputs import load_inputs
    from .log import build_log
    from .status import assign, collect_listings
    from .userfile import read_work_programme_csv

    day = _as_of(as_of)
    user_rows = read_work_programme_csv(work_programme) if work_programme else []
    user_file = work_programme.name if work_programme else None
    loaded = load_inputs(list(inputs))
    actions = build_log(loaded)
    assign(actions, loaded, collect_listings(loaded, user_rows, user_file), day)
    return day, loaded, actions, user_rows, user_file


@app.command("actions")
def actions_command(
    inputs: List[Path] = typer.Argument(..., help=_INPUTS_HELP),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="csv, json, md or ics [default: from -o, else csv]."),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="Write to FILE instead of standard output."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Date that decides what is overdue [default: today]."),
    work_programme: Optional[Path] = typer.Option(
        None, "--work-programme", help="Your own work programme (CSV with a topic column; date, owner, status optional)."
    ),
) -> None:
    """One action log across all meetings, with each action's status and its evidence."""
    from . import formats

    try:
        kind = _format(fmt, out, formats.FORMATS, "csv")
        day, _, actions, _, _ = _prepare(inputs, work_programme, as_of)
        if kind == "csv":
            text = formats.log_csv(actions)
        elif kind == "json":
            text = formats.log_json(actions, day)
        elif kind == "md":
            text = formats.log_markdown(actions)
        else:
            text = formats.log_ics(actions, day)
        _write(text, out)
    except TrackingError as exc:
        typer.echo(f"minutes actions: {exc}", err=True)
        raise typer.Exit(2)
    if out is not None:
        counts: dict[str, int] = {}
        for a in actions:
            counts[a.status] = counts.get(a.status, 0) + 1
        summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no actions found"
        typer.echo(f"{len(actions)} actions ({summary}) -> {out}", err=True)


@app.command("workprogramme")
def workprogramme_command(
    inputs: List[Path] = typer.Argument(..., help=_INPUTS_HELP),
    committee: str = typer.Option(..., "--committee", help="The committee whose programme to write (its name as printed)."),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="FILE.csv or FILE.md [default: CSV on standard output]."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="csv or md [default: from -o, else csv]."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Date that decides what is overdue [default: today]."),
    work_programme: Optional[Path] = typer.Option(
        None, "--work-programme", help="The programme as you keep it (CSV); its rows are kept."
    ),
) -> None:
    """A committee's work programme: its rows plus the pending actions not yet on it."""
    from . import formats
    from .workprogramme import WP_COLUMNS, build_programme

    try:
        kind = _format(fmt, out, ("csv", "md"), "csv")
        _, loaded, actions, user_rows, user_file = _prepare(inputs, work_programme, as_of)
        rows = build_programme(loaded, actions, committee, user_rows, user_file)
        dicts = [r.to_dict() for r in rows]
        text = formats.to_csv(dicts, WP_COLUMNS) if kind == "csv" else formats.to_markdown(dicts, WP_COLUMNS)
        _write(text, out)
    except TrackingError as exc:
        typer.echo(f"minutes workprogramme: {exc}", err=True)
        raise typer.Exit(2)
    if not rows:
        typer.echo(f"minutes workprogramme: nothing found for committee {committee!r}", err=True)
