"""Follow-up commitments with owner, kind and due date.

PLACEHOLDER: passes the Doc through unchanged until the component is written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternComponent


class ActionsComponent(PatternComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory(
    "minutes_actions",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_actions"}},
)
def make_actions(nlp: Language, name: str, patterns: dict[str, Any]) -> ActionsComponent:
    return ActionsComponent(nlp, name, patterns)
