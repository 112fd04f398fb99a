"""Resolutions, actions and questions on a split with the rules only, the sentence-role
model only, and both combined (issue 12: decide each component by measurement).

Everything before the decision components is run once per document; each mode then
reruns only the components from ``minutes_sentence_roles`` on, on the same Doc, after
clearing what they wrote. So the three modes (and any thresholds or classifier one wants
to compare) cost a fraction of three pipeline runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..api import build_record
from ..pipeline import spans as S
from ..pipeline.errors import run_guarded
from ..schema import Document
from ..structure.ablation import _inputs
from ..evaluation.scorer import RECORD_TYPES, Result, score_document
from ..readers import ReadResult

MODES = ("rules", "model", "combined")
COMPONENTS = ("minutes_resolutions", "minutes_actions", "minutes_questions")
TYPES = {"minutes_resolutions": "resolutions", "minutes_actions": "actions", "minutes_questions": "questions"}
FIRST_TAIL = "minutes_sentence_roles"


@dataclass
class Prepared:
    """A document run up to (not including) the sentence-role component."""

    name: str
    gold: Document
    read: ReadResult
    doc: Doc


@dataclass
class ModeRow:
    mode: str
    macro_f1: float
    per_type: dict[str, dict[str, float]] = field(default_factory=dict)
    attributes: dict[str, Optional[float]] = field(default_factory=dict)


def _split_at(nlp: Language) -> int:
    names = [n for n, _ in nlp.pipeline]
    return names.index(FIRST_TAIL) if FIRST_TAIL in names else len(names)


def prepare(nlp: Language, corpus: Path, split: str = "dev", problems: Optional[list[str]] = None,
            progress: Optional[Callable[[str], None]] = None) -> list[Prepared]:
    """The split's documents run through the components before the decision ones."""
    cut = _split_at(nlp)
    out = []
    with nlp.select_pipes(disable=[n for n, _ in nlp.pipeline[cut:]]):
        for name, gold, read in _inputs(corpus, split, problems if problems is not None else [], progress):
            out.append(Prepared(name, gold, read, run_guarded(nlp, read.text)))
    return out


def _tail_keys() -> tuple[str, ...]:
    return (S.SENTENCE_ROLES, S.QUESTIONS, S.RESOLUTIONS, S.FIGURES, S.ACTIONS)


def run_tail(nlp: Language, doc: Doc) -> Doc:
    """Rerun the components from the sentence-role one on, replacing what they wrote."""
    for key in _tail_keys():
        if key in doc.spans:
            del doc.spans[key]
    for name, proc in nlp.pipeline[_split_at(nlp):]:
        doc = proc(doc)
    return doc


def score_prepared(nlp: Language, docs: Iterable[Prepared]) -> Result:
    scored = [score_document(p.name, p.gold, build_record(run_tail(nlp, p.doc), p.read, None)) for p in docs]
    return Result(scored, strict=False, warnings=[])


def row_of(mode: str, result: Result) -> ModeRow:
    counts = result.counts
    per_type = {t: {"precision": counts[t].precision or 0.0, "recall": counts[t].recall or 0.0,
                    "f1": counts[t].f1 or 0.0} for t in RECORD_TYPES if counts[t].gold}
    attrs = {a: acc.as_dict().get("accuracy") for a, acc in result.attributes.items()
             if a.split(".")[0] in ("question", "action", "resolution")}
    return ModeRow(mode, result.macro_f1, per_type, attrs)


def ablation(nlp: Language, docs: list[Prepared], modes: Iterable[str] = MODES,
             components: Iterable[str] = COMPONENTS) -> list[ModeRow]:
    """One row per mode, with every component in ``components`` set to it (their own
    modes are restored afterwards). The components do not read each other's modes, so
    each type's row is that component's score in that mode."""
    pipes = [nlp.get_pipe(c) for c in components]
    saved = [p.mode for p in pipes]
    rows = []
    try:
        for mode in modes:
            for p in pipes:
                p.mode = mode
            rows.append(row_of(mode, score_prepared(nlp, docs)))
    finally:
        for p, m in zip(pipes, saved):
            p.mode = m
    return rows


def table(rows: list[ModeRow]) -> list[str]:
    """The ablation as text lines: P/R/F1 of each decision type per mode."""
    head = f"  {'mode':9}" + "".join(f" {t[:11]:>20}" for t in TYPES.values()) + f" {'macro F1':>9}"
    lines = [head, f"  {'':9}" + "".join(f" {'P     R     F1':>20}" for _ in TYPES) ]
    for r in rows:
        cells = "".join(
            f"   {r.per_type.get(t, {}).get('precision', 0):.3f} {r.per_type.get(t, {}).get('recall', 0):.3f} "
            f"{r.per_type.get(t, {}).get('f1', 0):.3f}" for t in TYPES.values())
        lines.append(f"  {r.mode:9}{cells} {r.macro_f1:9.3f}")
    return lines


def as_dicts(rows: list[ModeRow]) -> list[dict[str, Any]]:
    from dataclasses import asdict

    return [asdict(r) for r in rows]
