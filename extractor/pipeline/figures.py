"""Money, percentages, counts and durations reported in an item.

PLACEHOLDER: passes the Doc through unchanged until the component is written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternComponent


class FiguresComponent(PatternComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory(
    "minutes_figures",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_figures"}},
)
def make_figures(nlp: Language, name: str, patterns: dict[str, Any]) -> FiguresComponent:
    return FiguresComponent(nlp, name, patterns)
