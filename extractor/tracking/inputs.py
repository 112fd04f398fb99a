"""Read the tracking commands' inputs: extraction records (.json) or minutes files.

Why one pipeline for all: loading spaCy costs more than extracting a page, so
minutes files given directly are extracted with a single loaded pipeline, and
only when at least one input needs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from spacy.language import Language

from .. import records
from ..schema import Document
from .log import Loaded
from .userfile import TrackingError

MINUTES_SUFFIXES = (".txt", ".html", ".htm", ".pdf")


def expand(paths: list[Path]) -> list[Path]:
    """Folders stand for their records (.json), or their minutes files when they hold no records."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            records = sorted(path.glob("*.json"))
            out.extend(records or sorted(p for p in path.iterdir() if p.suffix.lower() in MINUTES_SUFFIXES))
        else:
            out.append(path)
    return out


def read_record(path: Path) -> Document:
    try:
        return records.read_record(path)
    except records.RecordProblem as p:
        if p.kind == "missing":
            raise TrackingError(f"{path}: no such file") from None
        if p.kind == "unreadable":
            raise TrackingError(f"{path}: cannot read it ({p.cause.__class__.__name__})") from None
        raise TrackingError(f"{path}: not a minutes extraction record ({p.where or 'top level'}: {p.msg})") from None


def load_inputs(paths: list[Path], nlp: Optional[Callable[[], Language]] = None) -> list[Loaded]:
    """Records for every input, in the order given; raises TrackingError naming the file."""
    from .. import api
    from ..readers import ReadError

    pipeline: Optional[Language] = None
    out: list[Loaded] = []
    for path in expand(paths):
        if path.suffix.lower() == ".json":
            out.append(Loaded(read_record(path), str(path)))
            continue
        if not path.exists():
            raise TrackingError(f"{path}: no such file")
        if pipeline is None:
            pipeline = nlp() if nlp else api.load()
        try:
            out.append(Loaded(api.extract(path, nlp=pipeline), str(path)))
        except ReadError as exc:
            raise TrackingError(f"{path}: {exc}") from None
    if not out:
        raise TrackingError("no inputs: give extraction records (.json) or minutes files")
    return out
