"""The line-role model: a linear-chain CRF (CRFsuite, L-BFGS) over line features.

Why a CRF: a document's lines are a long sequence whose roles depend on their
neighbours (a name list follows "Present:", a heading follows a blank line and precedes
body); a CRF learns those transitions from ~10k lines in seconds, tags a document in
milliseconds and ships as a ~1 MB file (measured figures in ``../shared/design``).
L-BFGS training is deterministic: the same corpus gives the same model bytes.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from typing import Any, Optional, Sequence

import pycrfsuite

from .line_features import LineFeaturizer, TextLine, text_lines
from .line_labels import HEADING_LABELS

DEFAULT_PARAMS: dict[str, Any] = {"c1": 0.05, "c2": 1.0, "max_iterations": 200, "feature.possible_transitions": True}


@dataclass
class Tagged:
    """A line and the role the model gives it, with the model's confidence, and how likely the
    model holds it to be an item or sub-item heading whatever label won."""

    line: TextLine
    label: str
    confidence: float
    heading: float = 0.0


def train_crf(sequences: Sequence[tuple[list[dict[str, Any]], list[str]]], params: Optional[dict[str, Any]] = None) -> bytes:
    """Model bytes trained on (features, labels) sequences; deterministic for the same input."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params({**DEFAULT_PARAMS, **(params or {})})
    for feats, labels in sequences:
        trainer.append(pycrfsuite.ItemSequence(feats), labels)
    fd, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(fd)
    try:
        trainer.train(path)
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        os.unlink(path)


class LineRoleModel:
    """Tags every non-blank line of a text with its role."""

    def __init__(self, featurizer: LineFeaturizer, model: bytes) -> None:
        self.featurizer = featurizer
        self.model = model
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(model)

    @property
    def labels(self) -> list[str]:
        return list(self._tagger.labels())

    def tag_lines(self, lines: list[TextLine], text_length: int) -> list[Tagged]:
        if not lines:
            return []
        feats = self.featurizer.document(lines, text_length)
        self._tagger.set(feats)  # a list, not an ItemSequence: that would be copied once more in C++
        labels = self._tagger.tag()
        known = set(self._tagger.labels())
        heads = [h for h in HEADING_LABELS if h in known]
        return [
            Tagged(line, label, self._tagger.marginal(label, k), sum(self._tagger.marginal(h, k) for h in heads))
            for k, (line, label) in enumerate(zip(lines, labels))
        ]

    def tag(self, text: str) -> list[Tagged]:
        return self.tag_lines(text_lines(text), len(text))

    def __getstate__(self) -> dict[str, Any]:
        return {"featurizer": self.featurizer, "model": self.model}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["featurizer"], state["model"])
