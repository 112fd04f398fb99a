"""The library API; the CLI and the batch runner are thin layers over it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import pipeline  # noqa: F401  (registers the components)
from .assemble import assemble
from .pipeline.errors import doc_warnings, run_guarded
from .pipeline.patterns import pipeline_dir
from .readers import ReadResult, read_path, read_text
from .schema import Document, Source


def load(path: Optional[str | Path] = None) -> Language:
    """A fresh copy of the minutes pipeline (the shipped one unless ``path`` is given)."""
    return spacy.load(path or pipeline_dir())


@lru_cache(maxsize=1)
def _default_nlp() -> Language:
    return load()


def extract_doc(read: ReadResult, nlp: Optional[Language] = None) -> Doc:
    """The pipeline run over the canonical text; a component that fails costs only its
    own records, named in the record's ``warnings`` (see ``pipeline.errors``)."""
    return run_guarded(nlp or _default_nlp(), read.text)


def build_record(doc: Doc, read: ReadResult, path: Optional[str], include_text: bool = False) -> Document:
    from . import __version__

    record = assemble(doc)
    record.extractor_version = __version__
    record.source = Source(path=path, format=read.format, sha256=read.sha256, pages=read.pages, ocr_pages=read.ocr_pages)
    record.warnings = list(read.warnings) + doc_warnings(doc) + record.warnings
    if include_text:
        record.text = read.text
    return record


def extract(
    path: Optional[str | Path] = None,
    *,
    text: Optional[str] = None,
    nlp: Optional[Language] = None,
    include_text: bool = False,
    pdf_backend: str = "pdfminer",
    ocr: str = "auto",
) -> Document:
    """Extract one minutes file (or a text) into a validated record. ``ocr``: auto, always
    or never (for PDFs; see ``readers/ocr.py``)."""
    if (path is None) == (text is None):
        raise ValueError("give exactly one of path or text")
    read = read_text(text) if text is not None else read_path(path, pdf_backend=pdf_backend, ocr=ocr)
    doc = extract_doc(read, nlp)
    return build_record(doc, read, str(path) if path is not None else None, include_text)
