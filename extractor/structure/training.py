"""Training the line-role model from the gold corpus, and scoring it on held-out bodies.

The train split's gold records give each line its role (``line_labels``); the model is
fitted on those and scored line by line on the dev split, whose bodies it never saw.
Everything is sorted and the optimiser is deterministic, so the same corpus gives the
same model and the same scores.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from pydantic import ValidationError

from ..evaluation.manifest import Row, read_manifest
from ..readers import ReadError, read_path
from ..schema import Document
from .line_features import LineFeaturizer, TextLine, text_lines
from .line_labels import LABELS, line_labels
from .line_model import LineRoleModel, train_crf


@dataclass
class LabelledDoc:
    id: str
    lines: list[TextLine]
    text_length: int
    labels: list[str]


@dataclass
class LineScores:
    """Per-label precision, recall and F1 over lines, and their macro average."""

    per_label: dict[str, dict[str, float]] = field(default_factory=dict)
    lines: int = 0

    @property
    def macro_f1(self) -> float:
        f1s = [v["f1"] for v in self.per_label.values() if v["support"]]
        return sum(f1s) / len(f1s) if f1s else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"lines": self.lines, "macro_f1": self.macro_f1, "labels": self.per_label}


def load_split(corpus: Path, split: str, featurizer: LineFeaturizer,
               progress: Optional[Callable[[str], None]] = None,
               problems: Optional[list[str]] = None,
               notes: Optional[list[str]] = None, crop: bool = False) -> list[LabelledDoc]:
    """The labelled lines of every document of a split (``all`` for every split), in id order.

    A document whose gold record or input cannot be read is left out and named in
    ``problems``: one broken file costs that file, not the run. With ``crop`` (training),
    a document mostly outside its minutes keeps only the lines around them (``minutes_window``),
    each such cut named in ``notes``."""
    rows = sorted(read_manifest(corpus / "manifest.csv"), key=lambda r: r.id)
    chosen = [r for r in rows if split == "all" or r.split == split]
    out: list[LabelledDoc] = []
    for row in chosen:
        try:
            doc = labelled_doc(corpus, row, featurizer)
        except TrainingInputError as exc:
            if problems is not None:
                problems.append(str(exc))
            doc = None
        if doc is not None and crop:
            doc = minutes_window(doc, notes)
        if doc is not None:
            out.append(doc)
        if progress:
            progress(row.id)
    return out


class TrainingInputError(Exception):
    """A gold record or input that cannot be used; the message names the file and the problem."""


def labelled_doc(corpus: Path, row: Row, featurizer: LineFeaturizer) -> Optional[LabelledDoc]:
    """One document's lines and their labels; None when it has no gold record yet."""
    gold_path = corpus / "gold" / f"{row.id}.json"
    if not gold_path.is_file():
        return None
    try:
        gold = Document.model_validate_json(gold_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValidationError) as exc:
        raise TrainingInputError(f"{gold_path}: not a valid gold record ({_first_line(exc)}); left out") from None
    try:
        text = read_path(corpus / row.file).text
    except (ReadError, OSError) as exc:
        raise TrainingInputError(f"{corpus / row.file}: cannot be read ({_first_line(exc)}); left out") from None
    lines = text_lines(text)
    labels = line_labels(gold, text, lines, featurizer.groups.get("attendance"), featurizer.furniture)
    return LabelledDoc(row.id, lines, len(text), labels)


CROP_SHARE = 0.5  # a document whose minutes hold fewer of its lines than this is cropped
CROP_MARGIN = 10  # lines kept on either side of the minutes


def minutes_window(doc: LabelledDoc, notes: Optional[list[str]] = None,
                   share: float = CROP_SHARE, margin: int = CROP_MARGIN) -> LabelledDoc:
    """The document cut to its minutes and ``CROP_MARGIN`` lines either side, when the minutes
    hold under ``CROP_SHARE`` of its lines.

    Why: a board packet or agenda pack binds a few pages of minutes into 20 or more pages of
    agenda, reports and invoices. Only the minutes are annotated, so every other line is
    'other', among them the pack's own agenda, whose lines are printed exactly like the
    minutes' item headings ("1. Call to Order"). A thousand such lines taught the model that
    a heading-shaped line is 'other' and that 'other' runs on for pages (dev: whole documents
    tagged 'other'). The lines around the minutes still teach where minutes start and end."""
    inside = [k for k, label in enumerate(doc.labels) if label not in ("other", "page_furniture")]
    if not inside or len(inside) >= share * len(doc.labels):
        return doc
    lo = max(0, inside[0] - margin)
    hi = min(len(doc.lines), inside[-1] + 1 + margin)
    if notes is not None:
        notes.append(f"{doc.id}: the minutes hold {len(inside)} of its {len(doc.lines)} lines "
                     f"(under {share:.0%}); trained on lines {lo + 1}-{hi} only")
    return LabelledDoc(doc.id, doc.lines[lo:hi], doc.text_length, doc.labels[lo:hi])


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__


def concatenated(first: LabelledDoc, second: LabelledDoc) -> LabelledDoc:
    """Two documents printed one after the other, as archives bind several sets of minutes
    into one file: the second meeting's header then sits mid-document, where the model must
    learn to see it as a meeting header rather than an item heading."""
    shift = first.text_length + 2  # a blank line between them
    moved = [replace(l, start=l.start + shift, end=l.end + shift) for l in second.lines]
    if moved:
        moved[0] = replace(moved[0], blank_before=True)
    lines = list(first.lines)
    if lines:
        lines[-1] = replace(lines[-1], blank_after=True)
    return LabelledDoc(f"{first.id}+{second.id}", lines + moved, shift + second.text_length, first.labels + second.labels)


# With TRAIN_PAIRS > 0, ``minutes train`` also trains on every TRAIN_PAIRS-th document bound
# to the next. Measured on held-out bodies (``crossval --pairs 2``, 3 body folds of 305 train
# documents): macro line F1 0.499 -> 0.511, item_heading 0.679 -> 0.684, sub_item_heading
# 0.451 -> 0.465, meeting_header 0.734 -> 0.725; dev items 0.624 -> 0.632. Off for now: that
# model loses two of three glued four-digit minute headings ("4411Any Other Business") in
# tests/test_unseen_styles_6_items.py::test_four_digit_minute_numbers_are_split_from_the_title.
TRAIN_PAIRS = 0


def with_pairs(docs: list[LabelledDoc], every: int = 2) -> list[LabelledDoc]:
    """The documents plus, for every ``every``-th one, it bound together with the next (a fixed choice)."""
    ordered = [d for d in docs if d.lines]
    pairs = [concatenated(ordered[k], ordered[k + 1]) for k in range(0, len(ordered) - 1, every)]
    return ordered + pairs


def fit(docs: Iterable[LabelledDoc], featurizer: LineFeaturizer, params: Optional[dict[str, Any]] = None,
        pairs: int = 0) -> LineRoleModel:
    """The line-role model trained on ``docs`` (and, with ``pairs``, bound pairs of them)."""
    chosen = [d for d in docs if d.lines]
    if pairs:
        chosen = with_pairs(chosen, pairs)
    sequences = [(featurizer.document(d.lines, d.text_length), d.labels) for d in chosen]
    return LineRoleModel(featurizer, train_crf(sequences, params))


def score(model: LineRoleModel, docs: Iterable[LabelledDoc]) -> LineScores:
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    support: Counter = Counter()
    lines = 0
    for d in docs:
        tagged = model.tag_lines(d.lines, d.text_length)
        for gold, t in zip(d.labels, tagged):
            lines += 1
            support[gold] += 1
            if gold == t.label:
                tp[gold] += 1
            else:
                fp[t.label] += 1
                fn[gold] += 1
    return scores_from_counts(tp, fp, fn, support, lines)


def scores_from_counts(tp: Counter, fp: Counter, fn: Counter, support: Counter, lines: int) -> LineScores:
    """Per-label precision, recall and F1 from line counts (shared by dev scoring and cross-validation)."""
    result = LineScores(lines=lines)
    for label in LABELS:
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        result.per_label[label] = {"precision": p, "recall": r, "f1": f1, "support": support[label]}
    return result
