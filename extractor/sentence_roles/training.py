"""Training the sentence-role model on the train split and scoring it on dev.

Units and labels come from ``labels``; each unit is cut from the tokenised document as
a Span, exactly as the pipeline component cuts it at run time, so the model is trained
on the tokens it will see. Scores are per label over units of the dev split (bodies the
model never saw), with the macro average over labels that occur there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

import numpy
import spacy
from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from ..evaluation.manifest import read_manifest
from ..readers import ReadError, read_path
from ..schema import Document
from ..structure.training import LineScores
from .labels import LABELS, Unit, label_units, vote_cue_regex
from .model import TrainingDoc, TrainSettings, labels_of, score_units, train


@dataclass
class LabelledText:
    id: str
    text: str
    units: list[Unit]


class UnitScores(LineScores):
    """Per-label precision, recall, F1 and support over units, and their macro average
    (the line model's score table; its ``lines`` counts units here)."""

    def as_dict(self) -> dict[str, Any]:
        out = super().as_dict()
        out["units"] = out.pop("lines")
        return out


def load_split(corpus: Path, split: str, progress: Optional[Callable[[str], None]] = None) -> list[LabelledText]:
    """The labelled units of every document of a split that has a gold record, in id order.

    A broken input or gold file is skipped: one bad file costs that file, not the run."""
    rows = sorted(read_manifest(corpus / "manifest.csv"), key=lambda r: r.id)
    cue = vote_cue_regex()
    out: list[LabelledText] = []
    for row in rows:
        if row.split != split:
            continue
        gold_path = corpus / "gold" / f"{row.id}.json"
        if progress:
            progress(row.id)
        if not gold_path.is_file():
            continue
        try:
            text = read_path(corpus / row.file).text
            gold = Document.model_validate_json(gold_path.read_text(encoding="utf-8"))
        except (ReadError, OSError, UnicodeDecodeError, ValidationError):
            continue  # the line-role loader reads the same files first and names the problem
        out.append(LabelledText(row.id, text, label_units(gold, text, cue)))
    return out


_TOKENIZER: Optional[Language] = None


def tokenize(text: str) -> Doc:
    """The Doc the pipeline would make of ``text`` (``spacy.blank("en")`` tokens)."""
    global _TOKENIZER
    if _TOKENIZER is None:
        _TOKENIZER = spacy.blank("en")
        _TOKENIZER.max_length = 10 ** 9
    return _TOKENIZER.make_doc(text)


def token_bounds(doc: Doc, ranges: Iterable[tuple[int, int]]) -> list[Optional[tuple[int, int]]]:
    """The token range of each character range (expanded to whole tokens; None if empty)."""
    out: list[Optional[tuple[int, int]]] = []
    for s, e in ranges:
        span = doc.char_span(s, e, alignment_mode="expand")
        out.append((span.start, span.end) if span is not None and len(span) else None)
    return out


def training_docs(docs: Sequence[LabelledText]) -> list[TrainingDoc]:
    out = []
    for d in docs:
        doc = tokenize(d.text)
        pairs = [(b, u.labels) for u, b in zip(d.units, token_bounds(doc, ((u.start, u.end) for u in d.units)))
                 if b is not None]
        out.append(TrainingDoc(d.id, doc, [b for b, _ in pairs], [set(l) for _, l in pairs]))
    return out


def fit(docs: Sequence[LabelledText], settings: TrainSettings = TrainSettings(),
        progress: Optional[Callable[[int, float], None]] = None) -> Language:
    return train(training_docs(docs), settings, progress)


def predict(model: Language, docs: Sequence[LabelledText]) -> list[numpy.ndarray]:
    """Per document, the label probabilities of each unit (columns: ``labels_of(model)``)."""
    out = []
    for d in docs:
        doc = tokenize(d.text)
        bounds = token_bounds(doc, ((u.start, u.end) for u in d.units))
        keep = [i for i, b in enumerate(bounds) if b is not None]
        probs = numpy.zeros((len(bounds), len(labels_of(model))), dtype="f")
        if keep:
            probs[keep] = score_units(model, doc, [bounds[i] for i in keep])
        out.append(probs)
    return out


def score(model: Language, docs: Sequence[LabelledText], thresholds: Optional[dict[str, float]] = None,
          probs: Optional[list[numpy.ndarray]] = None) -> UnitScores:
    """Unit-level precision, recall and F1 per label (a unit is predicted to have a
    label when its probability reaches the label's threshold, 0.5 by default)."""
    labels = labels_of(model)
    probs = probs if probs is not None else predict(model, docs)
    tp = dict.fromkeys(LABELS, 0)
    fp = dict.fromkeys(LABELS, 0)
    fn = dict.fromkeys(LABELS, 0)
    n = 0
    for d, p in zip(docs, probs):
        for k, u in enumerate(d.units):
            n += 1
            for j, lab in enumerate(labels):
                pred = p[k, j] >= (thresholds or {}).get(lab, 0.5)
                gold = lab in u.labels
                tp[lab] += pred and gold
                fp[lab] += pred and not gold
                fn[lab] += gold and not pred
    result = UnitScores(lines=n)
    for lab in LABELS:
        prec = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        rec = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        result.per_label[lab] = {"precision": prec, "recall": rec, "f1": f1, "support": tp[lab] + fn[lab]}
    return result
