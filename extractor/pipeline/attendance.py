"""Attendance lists: present members with roles, officers with titles, apologies.

PLACEHOLDER: passes the Doc through unchanged until the component is written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternComponent


class AttendanceComponent(PatternComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory(
    "minutes_attendance",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_attendance"}},
)
def make_attendance(nlp: Language, name: str, patterns: dict[str, Any]) -> AttendanceComponent:
    return AttendanceComponent(nlp, name, patterns)
