"""``minutes extract``: one JSON record per input file.

PLACEHOLDER for the archive runner (folders, --jobs, resumable output).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import app


@app.command("extract")
def extract_command(
    files: List[Path] = typer.Argument(..., help="Minutes files (.txt, .html, .htm, .pdf)."),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="Write FILE.json per input into this folder."),
    include_text: bool = typer.Option(False, "--include-text", help="Put the canonical text into each record."),
    pretty: bool = typer.Option(False, "--pretty", help="Indent the JSON."),
) -> None:
    """Extract meetings, items, attendance, decisions and actions from minutes files."""
    from .. import api
    from ..readers import ReadError

    if len(files) > 1 and out is None:
        raise typer.BadParameter("several inputs need -o DIR", param_hint="-o")
    failed = 0
    for path in files:
        try:
            record = api.extract(path, include_text=include_text)
        except ReadError as exc:
            typer.echo(f"{path}: {exc}", err=True)
            failed += 1
            continue
        text = record.to_json(pretty=pretty)
        if out is None:
            sys.stdout.write(text + "\n")
        else:
            out.mkdir(parents=True, exist_ok=True)
            (out / (path.stem + ".json")).write_text(text + "\n", encoding="utf-8")
    raise typer.Exit(1 if failed else 0)
