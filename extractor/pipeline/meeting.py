"""Find each meeting's header in the minutes parts: body, date, time, venue.

PLACEHOLDER: passes the Doc through unchanged until the component is written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternComponent


class MeetingComponent(PatternComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory(
    "minutes_meeting",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_meeting"}},
)
def make_meeting(nlp: Language, name: str, patterns: dict[str, Any]) -> MeetingComponent:
    return MeetingComponent(nlp, name, patterns)
