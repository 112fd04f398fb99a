"""Person mentions and the per-meeting people registry.

PLACEHOLDER: passes the Doc through unchanged until the component is written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternComponent


class PeopleComponent(PatternComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory(
    "minutes_people",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_people"}},
)
def make_people(nlp: Language, name: str, patterns: dict[str, Any]) -> PeopleComponent:
    return PeopleComponent(nlp, name, patterns)
