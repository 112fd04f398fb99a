"""``minutes review``: a minutes file or an extraction record as a review page; a folder
as a site of review pages with an index."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..cli import app
from ..commands.extract_cmd import Ocr, PdfBackend


@app.command("review")
def review_command(
    source: Path = typer.Argument(..., metavar="INPUT", help="A minutes file, an extraction record (.json), or a folder of either.", show_default=False),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="The page to write (default: INPUT's name + .review.html in the current folder); for a folder, the site folder (required)."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="A gold record (a gold folder for a folder INPUT, matched by file name): mark matches, misses and false positives as `minutes evaluate` counts them."),
    strict: bool = typer.Option(False, "--strict", help="Match texts as `minutes evaluate --strict` does."),
    pdf_backend: PdfBackend = typer.Option(PdfBackend.pdfminer, "--pdf-backend", help="PDF text extraction library (as for `minutes extract`)."),
    ocr: Ocr = typer.Option(Ocr.auto, "--ocr", help="OCR scanned PDF pages: auto, always or never (as for `minutes extract`)."),
) -> None:
    """Show every extracted value highlighted in the minutes it came from, with the records
    per item beside them, as one self-contained HTML page (no network access needed).

    Exit status: 0 written, 1 some document of a folder could not be reviewed, 2 usage error.
    """
    from .inputs import ReviewError, load, load_gold
    from .page import render_page
    from .site import build_site

    if not source.exists():
        raise typer.BadParameter(f"{source}: no such file or folder", param_hint="INPUT")
    try:
        if source.is_dir():
            if out is None:
                raise typer.BadParameter("a folder INPUT needs -o SITE_FOLDER", param_hint="-o")
            if out.exists() and not out.is_dir():
                raise typer.BadParameter(f"{out} exists and is not a folder", param_hint="-o")
            if gold is not None and not gold.is_dir():
                raise typer.BadParameter(f"{gold}: with a folder INPUT, --gold is a folder of gold records", param_hint="--gold")
            entries = build_site(source, out, gold, strict, pdf_backend.value, ocr.value,
                                 progress=lambda path: typer.echo(f"reviewing {path}", err=True))
            failed = [e for e in entries if e.error]
            for e in failed:
                typer.echo(e.error, err=True)
            typer.echo(f"wrote {out / 'index.html'} and {len(entries) - len(failed)} page(s)"
                       + (f"; {len(failed)} document(s) could not be reviewed" if failed else ""), err=True)
            raise typer.Exit(1 if failed else 0)
        if gold is not None and gold.is_dir():
            raise typer.BadParameter(f"{gold} is a folder: give the gold record of {source.name}", param_hint="--gold")
        loaded = load(source, pdf_backend=pdf_backend.value, ocr=ocr.value)
        gold_record = load_gold(gold) if gold is not None else None
        page = render_page(loaded, source.name, gold_record, strict)
    except ReviewError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    target = out if out is not None else Path(source.name + ".review.html")
    if target.is_dir():
        target = target / (source.name + ".review.html")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page.html, encoding="utf-8")
    typer.echo(f"wrote {target}", err=True)
