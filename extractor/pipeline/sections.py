"""Split an agenda pack into its parts: agenda, minutes, reports, work programme.

PLACEHOLDER: passes the Doc through unchanged until the component is written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternComponent


class SectionsComponent(PatternComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory(
    "minutes_sections",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_sections"}},
)
def make_sections(nlp: Language, name: str, patterns: dict[str, Any]) -> SectionsComponent:
    return SectionsComponent(nlp, name, patterns)
