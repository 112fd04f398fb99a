"""The sentence-role model's part of ``minutes train``: fit on the train split, score on
dev, write the model into the pipeline folder.

``extractor.structure.cli`` (the ``train`` command) calls ``train_sentence_roles`` after
the line-role model and prints ``describe`` of what it returns.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any, Callable, Optional

from ..pipeline.patterns import default_patterns, pipeline_dir, write_patterns
from .model import TrainSettings
from .training import fit, load_split, score

COMPONENT = "minutes_sentence_roles"
MODEL_DIR = "model"
SHIPPED = TrainSettings(epochs=5, balance=4, averages=True)
"""The settings of the shipped model (README, "Decisions, actions and questions"): fewer
epochs, rarer labels repeated up to 4 times, averaged weights; each measured on dev."""


Progress = Callable[[str], Callable[[str], None]]


def _quiet(stage: str) -> Callable[[str], None]:
    return lambda _: None


def train_sentence_roles(corpus: Path, out: Optional[Path] = None, progress: Progress = _quiet,
                         settings: TrainSettings = SHIPPED) -> dict[str, Any]:
    """Train on the train split, score on dev, save under ``out`` (default: the shipped
    pipeline folder); the report for ``minutes train``. ``progress(stage)`` gives the
    function that shows each step of a stage (``minutes train`` passes its own)."""
    train = load_split(corpus, "train", progress("sentence roles, reading train"))
    dev = load_split(corpus, "dev", progress("sentence roles, reading dev"))
    show_epoch = progress("sentence roles, training")
    model = fit(train, settings, lambda n, loss: show_epoch(f"epoch {n}/{settings.epochs}, loss {loss:.1f}"))
    scores = score(model, dev)
    folder = (out or pipeline_dir()) / COMPONENT
    target = folder / MODEL_DIR
    if target.exists():
        shutil.rmtree(target)
    folder.mkdir(parents=True, exist_ok=True)
    model.to_disk(target)
    if out is not None:
        write_patterns(folder, default_patterns(COMPONENT))
    weights = target / "textcat_multilabel" / "model"
    data = weights.read_bytes()
    return {"sentence_roles": {
        "architecture": settings.architecture, "epochs": settings.epochs, "seed": settings.seed,
        "train_documents": len(train), "train_units": sum(len(d.units) for d in train),
        "dev_documents": len(dev), "dev": scores.as_dict(), "model": str(target),
        "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()[:16],
    }}


def decision_ablation(corpus: Path, model_path: Path, progress: Progress = _quiet) -> list[dict[str, Any]]:
    """Resolutions, actions and questions on dev with the rules only, the model at
    ``model_path`` only, and both (``sentence_roles.ablation``), with the shipped config."""
    from .. import api
    from ..pipeline.sentence_roles import load_model
    from .ablation import ablation, as_dicts, prepare

    nlp = api.load()
    nlp.get_pipe(COMPONENT).set_model(load_model(model_path))
    docs = prepare(nlp, corpus, "dev", [], progress("decisions ablation, reading dev"))
    return as_dicts(ablation(nlp, docs))


def describe(report: dict[str, Any]) -> list[str]:
    """The text lines ``minutes train`` prints for the sentence-role model."""
    r = report["sentence_roles"]
    dev = r["dev"]
    lines = [
        f"sentence roles: {r['architecture']} trained on {r['train_documents']} documents ({r['train_units']} units), "
        f"{r['epochs']} epochs, seed {r['seed']}; weights {r['bytes'] / 1e6:.2f} MB, sha256 {r['sha256']}, written to {r['model']}",
        f"dev split: {r['dev_documents']} documents, {dev['units']} units, macro F1 {dev['macro_f1']:.3f}",
        f"  {'label':20} {'precision':>9} {'recall':>7} {'F1':>6} {'units':>6}",
    ]
    for label, v in dev["labels"].items():
        lines.append(f"  {label:20} {v['precision']:9.3f} {v['recall']:7.3f} {v['f1']:6.3f} {v['support']:6d}")
    if "decisions_ablation" in report:
        from .ablation import ModeRow, table

        lines.append("resolutions, actions and questions on the dev split (P R F1 per mode):")
        lines += table([ModeRow(**row) for row in report["decisions_ablation"]])
    return lines
