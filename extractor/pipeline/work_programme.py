"""Rows of work-programme and forward-plan tables.

PLACEHOLDER: passes the Doc through unchanged until the component is written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternComponent


class WorkProgrammeComponent(PatternComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory(
    "minutes_work_programme",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_work_programme"}},
)
def make_work_programme(nlp: Language, name: str, patterns: dict[str, Any]) -> WorkProgrammeComponent:
    return WorkProgrammeComponent(nlp, name, patterns)
