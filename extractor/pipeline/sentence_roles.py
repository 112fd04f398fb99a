"""``minutes_sentence_roles``: the trained sentence-role classifier as a pipeline component.

It cuts the minutes (item by item, else the meetings or minutes parts, as every decision
component reads them) into units (``sentence_roles.units``), scores each with the model
in ``models/minutes/minutes_sentence_roles/model`` (a spaCy pipeline of its own, loaded
with ``spacy.load``), and writes the units that some label reaches ``keep_threshold`` on
to ``doc.spans["minutes_sentence_roles"]``, each with its label probabilities. The
resolutions, actions and questions components read them (``mode`` = model or combined)
to decide which sentences are records; without the model nothing is written and the
rules work alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from ..sentence_roles.units import units
from . import spans as S
from .patterns import PatternComponent, pipeline_dir
from .text_regions import item_regions

MODEL_DIR = "model"


class SentenceRolesComponent(PatternComponent):
    """Scores units with the classifier; ``model`` is the classifier's own spaCy pipeline."""

    def __init__(self, nlp, name: str, patterns: dict[str, Any], keep_threshold: float) -> None:
        self.keep_threshold = keep_threshold
        self.model: Optional[Language] = None
        self._resolved = False  # whether ``model`` was loaded or set (the shipped one is loaded lazily)
        super().__init__(nlp, name, patterns)

    def set_model(self, model: Optional[Language]) -> None:
        self.model = model
        self._resolved = True

    def _classifier(self) -> Optional[Language]:
        if not self._resolved:
            self.set_model(load_model(pipeline_dir() / self.name / MODEL_DIR))
        return self.model

    def __call__(self, doc: Doc) -> Doc:
        model = self._classifier()
        if model is None or not len(doc):
            return doc
        from ..sentence_roles.model import labels_of, score_units

        text = S.doc_text(doc)
        ranges = [u for lo, hi in _merged(item_regions(doc)) for u in units(text, lo, hi)]
        if not ranges:
            return doc
        starts = doc.to_array([IDX]).astype("int64")
        # token range of every unit, all units in one searchsorted each way
        edges = numpy.asarray(ranges, dtype="int64")
        firsts = (numpy.searchsorted(starts, edges[:, 0], "right") - 1).tolist()
        ends = numpy.searchsorted(starts, edges[:, 1], "left").tolist()
        probs = score_units(model, doc, list(zip(firsts, ends)))
        labels = labels_of(model)
        best_of = probs.argmax(axis=1).tolist() if len(probs) else []
        for (s, e), row, best in zip(ranges, probs, best_of):
            if row[best] >= self.keep_threshold:  # the probabilities dict only for kept units
                S.add_span(doc, S.SENTENCE_ROLES, s, e, labels[best],
                           {"p": {lab: round(v, 4) for lab, v in zip(labels, row.tolist())}})
        return doc

    def to_disk(self, path, exclude=tuple()) -> None:
        super().to_disk(path, exclude)
        model = self._classifier()
        if model is not None:
            model.to_disk(Path(path) / MODEL_DIR)

    def from_disk(self, path, exclude=tuple()):
        super().from_disk(path, exclude)
        self.set_model(load_model(Path(path) / MODEL_DIR))
        return self


def load_model(path: Path) -> Optional[Language]:
    """The classifier saved at ``path``, or None when there is none."""
    if not (path / "config.cfg").is_file():
        return None
    from ..sentence_roles.model import load

    return load(path)


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges in order with overlapping ones joined (nested items are read once)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


@Language.factory(
    "minutes_sentence_roles",
    default_config={
        "patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_sentence_roles"},
        "keep_threshold": 0.2,
    },
)
def make_sentence_roles(nlp: Language, name: str, patterns: dict[str, Any], keep_threshold: float) -> SentenceRolesComponent:
    return SentenceRolesComponent(nlp, name, patterns, keep_threshold)
