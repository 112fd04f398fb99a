"""``minutes train``: fit the trained components on the corpus's train split, score them on dev."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any, Optional

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
    ablation: bool = typer.Option(
        False, "--ablation", help="Also score items on dev with the rules only, the model only and both combined "
        "(with --only sentence_roles: resolutions, actions and questions)."
    ),
    only: Optional[str] = typer.Option(
        None, "--only", help="Train only this model: line_roles or sentence_roles (default: both)."
    ),
) -> None:
    """Train the line-role and sentence-role models on the train split and report their dev-split scores.

    Deterministic: the same corpus gives the same model bytes (their sha256 is printed)."""
    from ..evaluation.manifest import ManifestError
    from ..pipeline.line_roles import MODEL_FILE
    from ..pipeline.patterns import pipeline_dir, read_patterns
    from .line_features import LineFeaturizer
    from .training import TRAIN_PAIRS, fit, load_split, score

    if only not in (None, "line_roles", "sentence_roles"):
        typer.echo(f"minutes train: --only {only!r}: expected line_roles or sentence_roles", err=True)
        raise typer.Exit(2)
    if not (corpus / "manifest.csv").is_file():
        typer.echo(f"minutes train: {corpus / 'manifest.csv'} not found (run from the repository root or pass --corpus)", err=True)
        raise typer.Exit(2)
    if out is not None and out.exists() and not out.is_dir():
        typer.echo(f"minutes train: --out {out} is a file, not a folder", err=True)
        raise typer.Exit(2)
    target = (out or pipeline_dir()) / "minutes_line_roles"
    live = not quiet and sys.stderr.isatty()
    say = (lambda msg: typer.echo(msg, err=True)) if not quiet else (lambda msg: None)

    def progress(stage: str):
        def show(doc_id: str) -> None:
            if live:
                sys.stderr.write(f"\r{stage}: {doc_id[:50]:50}")
                sys.stderr.flush()
        return show

    if only == "sentence_roles":
        _train_sentence_roles_only(corpus, out, as_json, progress, ablation)
        return
    patterns = read_patterns(pipeline_dir() / "minutes_line_roles" / "patterns.json")
    featurizer = LineFeaturizer(patterns)
    problems: list[str] = []
    cropped: list[str] = []
    try:
        train = load_split(corpus, "train", featurizer, progress("reading train"), problems, cropped, crop=True)
        dev = load_split(corpus, "dev", featurizer, progress("reading dev"), problems)
    except ManifestError as exc:
        typer.echo(f"minutes train: {exc}", err=True)
        raise typer.Exit(2)
    if live:
        sys.stderr.write("\n")
    for p in problems:
        typer.echo(f"minutes train: warning: {p}", err=True)
    for note in cropped:
        say(f"minutes train: cropped to its minutes: {note}")
    if not train:
        typer.echo("minutes train: the train split has no documents with gold records", err=True)
        raise typer.Exit(2)
    say(f"training the line-role model on {len(train)} documents ...")
    model = fit(train, featurizer, pairs=TRAIN_PAIRS)  # see TRAIN_PAIRS (0: off)
    scores = score(model, dev)
    target.mkdir(parents=True, exist_ok=True)
    (target / MODEL_FILE).write_bytes(model.model)
    if out is not None:
        (target / "patterns.json").write_text(json.dumps(patterns, indent=2, ensure_ascii=False), encoding="utf-8")
    digest = hashlib.sha256(model.model).hexdigest()[:16]
    report: dict[str, Any] = {"line_roles": {
        "train_documents": len(train), "train_lines": sum(len(d.lines) for d in train),
        "cropped": cropped, "dev_documents": len(dev), "dev": scores.as_dict(), "model": str(target / MODEL_FILE),
        "bytes": len(model.model), "sha256": digest}}
    if ablation and dev:
        report["items_ablation"] = _ablation(corpus, model.model, say, progress)
    from ..sentence_roles.cli import describe, train_sentence_roles  # the sentence-role model (issue 12)

    if only is None:
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
    for line in describe(report) if "sentence_roles" in report else ():
        typer.echo(line)
    if "items_ablation" in report:
        typer.echo("items on the dev split (minutes_items mode):")
        typer.echo(f"  {'mode':10} {'items P':>8} {'items R':>8} {'items F1':>9} {'macro F1':>9}")
        for row in report["items_ablation"]:
            typer.echo(f"  {row['mode']:10} {row['items_precision']:8.3f} {row['items_recall']:8.3f} "
                       f"{row['items_f1']:9.3f} {row['macro_f1']:9.3f}")


def _train_sentence_roles_only(corpus: Path, out: Optional[Path], as_json: bool, progress, ablation: bool) -> None:
    """``--only sentence_roles``: the sentence-role model alone (the line-role model is left
    as it is); with ``--ablation``, resolutions, actions and questions on dev in each mode."""
    from ..sentence_roles.cli import decision_ablation, describe, train_sentence_roles

    report = train_sentence_roles(corpus, out, progress)
    if ablation:
        report["decisions_ablation"] = decision_ablation(corpus, Path(report["sentence_roles"]["model"]), progress)
    typer.echo(json.dumps(report, indent=2) if as_json else "\n".join(describe(report)))


def _ablation(corpus: Path, model: bytes, say, progress) -> list[dict[str, Any]]:
    """Items in the three modes on dev, with the model just trained."""
    from dataclasses import asdict

    from .. import api
    from .ablation import ablation

    nlp = api.load()
    nlp.get_pipe("minutes_line_roles").set_model(model)
    problems: list[str] = []
    say("scoring items on dev in rules, model and combined mode ...")
    rows = ablation(nlp, corpus, "dev", problems, progress("reading dev inputs"))
    for p in problems:
        typer.echo(f"minutes train: warning: {p}", err=True)
    return [asdict(r) for r in rows]
