"""Entries of an agenda pack's own agenda.

PLACEHOLDER: passes the Doc through unchanged until the component is written.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternComponent


class AgendaComponent(PatternComponent):
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory(
    "minutes_agenda",
    default_config={"patterns": {"@misc": "minutes.default_patterns.v1", "component": "minutes_agenda"}},
)
def make_agenda(nlp: Language, name: str, patterns: dict[str, Any]) -> AgendaComponent:
    return AgendaComponent(nlp, name, patterns)
