"""Questions put by members or the public, and who answered.

PLACEHOLDER: passes the Doc through unchanged until the component is written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternComponent


class QuestionsComponent(PatternComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory(
    "minutes_questions",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_questions"}},
)
def make_questions(nlp: Language, name: str, patterns: dict[str, Any]) -> QuestionsComponent:
    return QuestionsComponent(nlp, name, patterns)
