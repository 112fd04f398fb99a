"""``minutes evaluate``: score the extractor (or a folder of predictions) against corpus/gold."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..cli import app


@app.command("evaluate")
def evaluate_command(
    gold: Optional[Path] = typer.Option(None, "--gold", help="Gold records folder (default: corpus/gold under the current folder)."),
    pred: Optional[Path] = typer.Option(
        None, "--pred", help="Score these records (DIR/<gold file name>) instead of running the extractor."
    ),
    strict: bool = typer.Option(False, "--strict", help="Text fields need token F1 >= 0.8 (default 0.5)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    errors: bool = typer.Option(False, "--errors", help="List every miss, false positive and attribute mismatch."),
    fail_under: Optional[float] = typer.Option(None, "--fail-under", help="Exit 1 when macro F1 is below this."),
    doc: Optional[list[str]] = typer.Option(
        None, "--doc", help="Only gold files whose name contains this (repeat for several)."
    ),
    split: Optional[str] = typer.Option(
        None,
        "--split",
        help="train, dev, test or all (from corpus/manifest.csv). Default: dev when the corpus has a manifest, else all. "
        "Score test only for the final figure of a finished piece of work.",
    ),
    by: Optional[list[str]] = typer.Option(
        None, "--by", help="Also break the scores down by kind, country or length (repeat for several)."
    ),
) -> None:
    """Precision, recall and F1 per record type, and attribute accuracy, against the gold corpus."""
    from rich.console import Console

    from .corpus import EvaluationError, load_gold, load_manifest, predictor, read_prediction, select_split
    from .manifest import GROUPINGS, SPLITS
    from .report import group_results, print_breakdown, print_report, to_json
    from .scorer import Result, score_document

    gold_dir = gold if gold is not None else Path.cwd() / "corpus" / "gold"
    try:
        if split is not None and split not in SPLITS + ("all",):
            raise EvaluationError(f"--split {split!r}: expected one of {', '.join(SPLITS + ('all',))}")
        bad_by = [b for b in by or [] if b not in GROUPINGS]
        if bad_by:
            raise EvaluationError(f"--by {bad_by[0]!r}: expected one of {', '.join(GROUPINGS)}")
        if pred is not None and not pred.is_dir():
            raise EvaluationError(f"prediction folder {pred} {'is not a folder' if pred.exists() else 'does not exist'}")
        rows = load_manifest(gold_dir)
        if by and not rows:
            raise EvaluationError("--by needs a corpus manifest (manifest.csv beside the gold folder)")
        split = split or ("dev" if rows else "all")
        warnings: list[str] = []
        golds = select_split(load_gold(gold_dir, doc), rows, split, warnings)
        docs = []
        get = (lambda g: read_prediction(pred, g)) if pred is not None else predictor()
        for g in golds:
            record, warning = get(g)
            if warning:
                warnings.append(warning)
            docs.append(score_document(g.name, g.record, record, strict=strict))
    except EvaluationError as exc:
        typer.echo(f"minutes evaluate: {exc}", err=True)
        raise typer.Exit(2)

    result = Result(docs, strict=strict, warnings=warnings)
    breakdowns = {b: group_results(result, {i: getattr(r, b) for i, r in rows.items()}) for b in by or []}
    if as_json:
        sys.stdout.write(to_json(result, errors=errors, breakdowns=breakdowns, split=split if rows else None) + "\n")
        for w in warnings:
            typer.echo(f"warning: {w}", err=True)
    else:
        console = Console(highlight=False, width=max(Console().width, 110))  # the breakdown tables need the room
        if rows:
            console.print(f"split: {split}")
        print_report(result, console, errors=errors)
        for b, groups in breakdowns.items():
            print_breakdown(b, groups, console)
    if fail_under is not None and result.macro_f1 < fail_under:
        typer.echo(f"macro F1 {result.macro_f1:.3f} is below the floor {fail_under:.3f}", err=True)
        raise typer.Exit(1)
