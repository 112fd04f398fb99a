"""Items on the dev split with the rules only, the line-role model only, and both combined.

Issue 12 asks every component to be decided by measurement: ``minutes train --ablation``
runs the pipeline in each ``minutes_items`` mode on the dev split's documents and scores
them against their gold records, so the README's ablation table can be reproduced.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from spacy.language import Language

from ..api import build_record
from ..evaluation.manifest import read_manifest
from ..evaluation.scorer import RECORD_TYPES, Result, score_document
from ..readers import ReadError, ReadResult, read_path
from ..schema import Document

MODES = ("rules", "model", "combined")


@dataclass
class ModeScore:
    mode: str
    items_f1: float
    items_precision: float
    items_recall: float
    macro_f1: float
    per_type: dict[str, float]


def _inputs(corpus: Path, split: str, problems: list[str],
            progress: Optional[Callable[[str], None]]) -> list[tuple[str, Document, ReadResult]]:
    """Gold record and read input of every document of the split that has both."""
    out = []
    for row in sorted(read_manifest(corpus / "manifest.csv"), key=lambda r: r.id):
        if row.split != split:
            continue
        gold_path = corpus / "gold" / f"{row.id}.json"
        if not gold_path.is_file():
            continue
        try:
            gold = Document.model_validate_json(gold_path.read_text(encoding="utf-8"))
            read = read_path(corpus / row.file)
        except (ReadError, OSError, ValueError) as exc:
            problems.append(f"{row.id}: left out of the ablation ({str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__})")
            continue
        out.append((row.id, gold, read))
        if progress:
            progress(row.id)
    return out


def ablation(nlp: Language, corpus: Path, split: str = "dev", problems: Optional[list[str]] = None,
             progress: Optional[Callable[[str], None]] = None) -> list[ModeScore]:
    """Scores of the pipeline on ``split`` with ``minutes_items`` in each mode (the pipeline's
    own mode is restored afterwards)."""
    problems = problems if problems is not None else []
    docs = _inputs(corpus, split, problems, progress)
    items = nlp.get_pipe("minutes_items")
    saved = items.mode
    out: list[ModeScore] = []
    try:
        for mode in MODES:
            items.mode = mode
            scored = [score_document(name, gold, build_record(nlp(read.text), read, None)) for name, gold, read in docs]
            result = Result(scored, strict=False, warnings=[])
            counts = result.counts
            per_type = {t: counts[t].f1 or 0.0 for t in RECORD_TYPES if counts[t].gold}
            it = counts["items"]
            out.append(ModeScore(mode, it.f1 or 0.0, it.precision or 0.0, it.recall or 0.0, result.macro_f1, per_type))
    finally:
        items.mode = saved
    return out
