"""Agenda items of each meeting, with number and title as printed.

PLACEHOLDER: passes the Doc through unchanged until the component is written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternComponent


class ItemsComponent(PatternComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory(
    "minutes_items",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_items"}},
)
def make_items(nlp: Language, name: str, patterns: dict[str, Any]) -> ItemsComponent:
    return ItemsComponent(nlp, name, patterns)
