"""``minutes_line_roles``: the trained line-role model as a pipeline component.

It tags every non-blank line with its role (meeting header, attendance heading or
entry, item or sub-item heading, body, other) and writes them to
``doc.spans["minutes_lines"]``, so the structure components can read what a line is
instead of guessing from one more hand-written shape. The model file
(``model.crfsuite``) lives in the component's folder beside its word lists; without it
the component tags nothing and the rules work alone.
"""

from __future__ import annotations

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
        for t in self.model.tag_lines(text_lines(text), len(text)):
            S.add_span(doc, S.LINES, t.line.start, t.line.end, t.label, {"confidence": round(t.confidence, 4), "heading": round(t.heading, 4)})
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
