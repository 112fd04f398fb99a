"""Who presented, reported, asked, answered or stated something.

PLACEHOLDER: passes the Doc through unchanged until the component is written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternComponent


class SpeakersComponent(PatternComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory(
    "minutes_speakers",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_speakers"}},
)
def make_speakers(nlp: Language, name: str, patterns: dict[str, Any]) -> SpeakersComponent:
    return SpeakersComponent(nlp, name, patterns)
