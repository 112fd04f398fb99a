"""minutes-extractor: structured, checkable data from UK council meeting minutes.

    from extractor import extract
    record = extract("minutes.pdf")          # or extract(text="...")
    nlp = extractor.load()                   # the spaCy pipeline, for nlp.pipe
"""

from __future__ import annotations

from .api import extract, extract_doc, load
from .schema import Document

__version__ = "0.1.0"
__all__ = ["extract", "extract_doc", "load", "Document", "__version__"]
