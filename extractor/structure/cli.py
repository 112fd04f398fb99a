"""``minutes train``: fit the trained components on the corpus's train split, score them on dev."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Optional

import typer

from ..cli import app


@app.command("train")
def train_command(
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="Corpus folder with manifest.csv, raw/ and gold/."),
    out: Optional[Path] = typer.Option(
        None, "--out", help="Pipeline folder to write the models into (default: the shipped models/minutes)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the dev scores as JSON."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress on stderr."),
) -> None:
    """Train the line-role and sentence-role models on the train split and report their dev-split scores."""
    from ..evaluation.manifest import ManifestError
    from ..pipeline.line_roles import MODEL_FILE
    from ..pipeline.patterns import pipeline_dir, read_patterns
    from .line_features import LineFeaturizer
    from .training import fit, load_split, score

    target = (out or pipeline_dir()) / "minutes_line_roles"
    if not (corpus / "manifest.csv").is_file():
        typer.echo(f"minutes train: {corpus / 'manifest.csv'} not found (run from the repository root or pass --corpus)", err=True)
        raise typer.Exit(2)

    live = not quiet and sys.stderr.isatty()

    def progress(stage: str):
        def show(doc_id: str) -> None:
            if live:
                sys.stderr.write(f"\r{stage}: {doc_id[:50]:50}")
                sys.stderr.flush()
        return show

    try:
        train = load_split(corpus, "train", progress("reading train"))
        dev = load_split(corpus, "dev", progress("reading dev"))
    except ManifestError as exc:
        typer.echo(f"minutes train: {exc}", err=True)
        raise typer.Exit(2)
    if live:
        sys.stderr.write("\n")
    if not train:
        typer.echo("minutes train: the train split has no documents with gold records", err=True)
        raise typer.Exit(2)
    patterns = read_patterns(pipeline_dir() / "minutes_line_roles" / "patterns.json")
    model = fit(train, LineFeaturizer(patterns))
    scores = score(model, dev)
    target.mkdir(parents=True, exist_ok=True)
    (target / MODEL_FILE).write_bytes(model.model)
    if out is not None:
        (target / "patterns.json").write_text(json.dumps(patterns, indent=2, ensure_ascii=False), encoding="utf-8")
    digest = hashlib.sha256(model.model).hexdigest()[:16]
    report = {"line_roles": {"train_documents": len(train), "train_lines": sum(len(d.lines) for d in train),
                             "dev_documents": len(dev), "dev": scores.as_dict(), "model": str(target / MODEL_FILE),
                             "bytes": len(model.model), "sha256": digest}}
    from ..sentence_roles.cli import describe, train_sentence_roles  # the sentence-role model (issue 12)

    report.update(train_sentence_roles(corpus, out, progress))
    if as_json:
        typer.echo(json.dumps(report, indent=2))
        return
    r = report["line_roles"]
    typer.echo(f"line roles: trained on {r['train_documents']} documents ({r['train_lines']} lines); "
               f"model {r['bytes'] / 1e6:.2f} MB, sha256 {digest}, written to {r['model']}")
    typer.echo(f"dev split: {r['dev_documents']} documents, {scores.lines} lines, macro F1 {scores.macro_f1:.3f}")
    typer.echo(f"  {'label':20} {'precision':>9} {'recall':>7} {'F1':>6} {'lines':>6}")
    for label, v in scores.per_label.items():
        typer.echo(f"  {label:20} {v['precision']:9.3f} {v['recall']:7.3f} {v['f1']:6.3f} {v['support']:6d}")
    for line in describe(report):
        typer.echo(line)
