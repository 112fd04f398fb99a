"""Resolutions, their labels, and how they were decided.

PLACEHOLDER: passes the Doc through unchanged until the component is written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternComponent


class ResolutionsComponent(PatternComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory(
    "minutes_resolutions",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_resolutions"}},
)
def make_resolutions(nlp: Language, name: str, patterns: dict[str, Any]) -> ResolutionsComponent:
    return ResolutionsComponent(nlp, name, patterns)
