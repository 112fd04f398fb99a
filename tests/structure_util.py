"""Run only the structure components (sections, meeting, attendance, items) of the shared
pipeline, so these tests check structure and do not depend on the later components."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from conftest import raw_path
from extractor.assemble import assemble
from extractor.readers import read_path
from extractor.schema import Document

STRUCTURE = ("minutes_sections", "minutes_meeting", "minutes_attendance", "minutes_items")


def structure_doc(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    for name in STRUCTURE:
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return doc


def file_text(prefix: str) -> str:
    return read_path(raw_path(prefix)).text


def record(nlp: Language, prefix: str | None = None, text: str | None = None) -> Document:
    return assemble(structure_doc(nlp, text if text is not None else file_text(prefix)))
