"""Finding gold records and the predictions to score against them.

Every problem a user can cause (a missing folder, a gold file that is not valid
JSON or not a Document) becomes an ``EvaluationError`` whose message names the file;
problems with one prediction become warnings and that document scores as all missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from ..records import RecordProblem, read_record
from ..schema import Document
from .manifest import ManifestError, Row, read_manifest


class EvaluationError(Exception):
    """A usage problem: the message is shown to the user as is."""


@dataclass
class GoldFile:
    path: Path
    record: Document

    @property
    def name(self) -> str:
        return self.path.stem


def _parse(path: Path, what: str) -> Document:
    try:
        return read_record(path)
    except RecordProblem as p:
        if p.kind != "invalid":
            raise EvaluationError(f"{path}: cannot read {what} file ({p.cause.__class__.__name__}: {p.cause})") from None
        raise EvaluationError(
            f"{path}: not a valid {what} record: {p.msg} at {p.where or '(top level)'}"
            + (f" (and {p.count - 1} more problems)" if p.count > 1 else "")
        ) from None


def manifest_for(gold_dir: Path) -> Optional[Path]:
    """The corpus manifest beside a gold folder (``corpus/manifest.csv`` for ``corpus/gold``), if any."""
    path = gold_dir.parent / "manifest.csv"
    return path if path.is_file() else None


def load_manifest(gold_dir: Path) -> dict[str, Row]:
    """Manifest rows by document id; empty when the gold folder has no manifest."""
    path = manifest_for(gold_dir)
    if path is None:
        return {}
    try:
        return {r.id: r for r in read_manifest(path)}
    except ManifestError as exc:
        raise EvaluationError(str(exc)) from None


def select_split(golds: list[GoldFile], rows: dict[str, Row], split: str,
                 warnings: Optional[list[str]] = None) -> list[GoldFile]:
    """The gold files of one split (``all``: every file). Needs a manifest for anything but ``all``.

    Gold files the manifest does not list yet (being annotated) have no split: they are
    left out with a warning."""
    if split == "all":
        return golds
    if not rows:
        raise EvaluationError(f"--split {split} needs a corpus manifest (manifest.csv beside the gold folder); use --split all")
    unlisted = [g.name for g in golds if g.name not in rows]
    if unlisted and warnings is not None:
        warnings.append(f"{len(unlisted)} gold file(s) not in the manifest, so in no split, left out: {', '.join(unlisted[:5])}")
    chosen = [g for g in golds if g.name in rows and rows[g.name].split == split]
    if not chosen:
        raise EvaluationError(f"no gold file is in the {split} split")
    return chosen


def load_gold(gold_dir: Path, only: Optional[str | list[str]] = None) -> list[GoldFile]:
    """All ``*.json`` gold records in ``gold_dir`` (those whose name contains one of ``only``)."""
    if not gold_dir.is_dir():
        problem = "is not a folder" if gold_dir.exists() else "does not exist"
        raise EvaluationError(f"gold folder {gold_dir} {problem} (run from the repository root or pass --gold DIR)")
    paths = sorted(gold_dir.glob("*.json"))
    if only:
        wanted = [only] if isinstance(only, str) else list(only)
        paths = [p for p in paths if any(w in p.name for w in wanted)]
        if not paths:
            raise EvaluationError(f"no gold file in {gold_dir} has {' or '.join(map(repr, wanted))} in its name")
    if not paths:
        raise EvaluationError(f"gold folder {gold_dir} has no *.json records")
    return [GoldFile(p, _parse(p, "gold")) for p in paths]


def read_prediction(pred_dir: Path, gold: GoldFile) -> tuple[Optional[Document], Optional[str]]:
    """``pred_dir/<gold file name>``, else ``pred_dir/<input stem>.json`` (what ``extract -o`` writes)."""
    candidates = [pred_dir / gold.path.name]
    if gold.record.source.path:
        candidates.append(pred_dir / (Path(gold.record.source.path).stem + ".json"))
    for path in candidates:
        if path.is_file():
            return _parse(path, "prediction"), None
    return None, f"{gold.name}: no prediction {candidates[0]}; every gold record counts as missed"


def input_path(gold: GoldFile) -> Optional[Path]:
    """The input the gold record describes: ``source.path`` relative to the repository root."""
    if not gold.record.source.path:
        return None
    path = Path(gold.record.source.path)
    return path if path.is_absolute() else gold.path.resolve().parent.parent.parent / path


def predictor() -> Callable[[GoldFile], tuple[Optional[Document], Optional[str]]]:
    """Run the extractor on each gold file's input with one pipeline loaded once.

    A crash in one document (components are under construction) is reported as a
    warning and scored as all missed, so one bug cannot hide the rest of the scores.
    """
    from .. import api

    nlp = api.load()

    def run(gold: GoldFile) -> tuple[Optional[Document], Optional[str]]:
        path = input_path(gold)
        if path is None:
            return None, f"{gold.name}: gold record has no source.path; every gold record counts as missed"
        if not path.is_file():
            return None, f"{gold.name}: input {path} named by the gold record does not exist; every gold record counts as missed"
        try:
            return api.extract(path, nlp=nlp), None
        except Exception as exc:  # noqa: BLE001  (reported, scored as missed)
            return None, f"{gold.name}: extractor failed on {path.name}: {exc.__class__.__name__}: {exc}"

    return run
