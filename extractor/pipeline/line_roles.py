"""``minutes_line_roles``: the trained line-role model as a pipeline component.

It tags every non-blank line with its role (meeting header, attendance heading or
entry, item or sub-item heading, body, table row, page furniture, other) and writes them
to ``doc.spans["minutes_lines"]`` (one span holding every line's role; read them with
``line_roles``), so the structure components can read what a line is
instead of guessing from one more hand-written shape. The model file
(``model.crfsuite``) lives in the component's folder beside its word lists; without it
the component tags nothing and the rules work alone.
"""

from __future__ import annotations

from bisect import bisect_left
from pathlib import Path
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..structure.line_features import LineFeaturizer, text_lines
from ..structure.line_model import LineRoleModel
from . import spans as S
from .patterns import PatternComponent, pipeline_dir

MODEL_FILE = "model.crfsuite"


class LineRolesComponent(PatternComponent):
    model: Optional[LineRoleModel] = None

    def compile(self) -> None:
        self.featurizer = LineFeaturizer(self.patterns)
        if self.model is not None:
            self.model = LineRoleModel(self.featurizer, self.model.model)

    def set_model(self, model: Optional[bytes]) -> None:
        self.model = LineRoleModel(self.featurizer, model) if model else None

    def __call__(self, doc: Doc) -> Doc:
        if self.model is None:
            return doc
        text = S.doc_text(doc)
        tagged = self.model.tag_lines(text_lines(text), len(text))
        if tagged:
            # one span for the document holding every line's role: a span per line cost a
            # quarter of the tokenizer's time
            S.add_span(doc, S.LINES, tagged[0].line.start, tagged[-1].line.end, "lines", {
                "starts": [t.line.start for t in tagged],
                "labels": [t.label for t in tagged],
                "confidence": [t.confidence for t in tagged],
                "heading": [t.heading for t in tagged],
            })
        return doc

    def to_disk(self, path, exclude=tuple()) -> None:
        super().to_disk(path, exclude)
        if self.model is not None:
            (Path(path) / MODEL_FILE).write_bytes(self.model.model)

    def from_disk(self, path, exclude=tuple()):
        super().from_disk(path, exclude)
        file = Path(path) / MODEL_FILE
        self.set_model(file.read_bytes() if file.exists() else None)
        return self


def line_roles(doc: Doc, start: int = 0, end: Optional[int] = None) -> dict[int, tuple[str, float, float]]:
    """Role, its confidence, and the heading probability of every tagged line starting in
    [start, end), by line start (empty when the pipeline has no line-role model)."""
    out: dict[int, tuple[str, float, float]] = {}
    for sp in S.spans(doc, S.LINES):
        d = S.data(sp, S.LINES)
        starts = d["starts"]
        lo = bisect_left(starts, start)
        hi = len(starts) if end is None else bisect_left(starts, end)
        for k in range(lo, hi):
            out[starts[k]] = (d["labels"][k], d["confidence"][k], d["heading"][k])
    return out


def shipped_model() -> Optional[bytes]:
    file = pipeline_dir() / "minutes_line_roles" / MODEL_FILE
    return file.read_bytes() if file.exists() else None


@Language.factory(
    "minutes_line_roles",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_line_roles"}},
)
def make_line_roles(nlp: Language, name: str, patterns: dict[str, Any]) -> LineRolesComponent:
    component = LineRolesComponent(nlp, name, patterns)
    component.set_model(shipped_model())
    return component
