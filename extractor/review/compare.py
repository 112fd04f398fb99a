"""A prediction against its gold record, record by record, with the pairing of
``minutes evaluate`` (``evaluation.scorer``), so the page marks exactly what the score counts.

Why not re-match here: a review page that disagreed with the score would send a developer
chasing errors that the score does not have (or hide ones it has).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from ..evaluation.scorer import RECORD_TYPES, DocScore, Entry, attribute_disagreements, flatten, score_document
from ..schema import Document


@dataclass
class Comparison:
    """Per record type: which predictions matched (with their gold partner's index), which
    gold records were missed, and where each gold record's item sits in the prediction."""

    score: DocScore
    gold: dict[str, list[Entry]]
    pred: dict[str, list[Entry]]
    partner: dict[str, dict[int, int]] = field(default_factory=dict)  # pred index -> gold index
    missed: dict[str, list[int]] = field(default_factory=dict)  # gold indexes without a partner
    item_map: dict[int, int] = field(default_factory=dict)  # gold item index -> pred item index

    def status(self, record_type: str, pred_index: int) -> str:
        return "tp" if pred_index in self.partner.get(record_type, {}) else "fp"

    def differences(self, record_type: str, pred_index: int) -> list[tuple[str, Any, Any]]:
        """``(attribute, gold value, predicted value)`` where a matched record disagrees."""
        gold_index = self.partner.get(record_type, {}).get(pred_index)
        if gold_index is None:
            return []
        return attribute_disagreements(record_type, self.gold[record_type][gold_index], self.pred[record_type][pred_index])

    def missed_in_item(self, record_type: str, pred_item: Optional[int]) -> list[tuple[int, Entry]]:
        """Missed gold records whose gold item is paired with ``pred_item`` (None: with no
        predicted item, or the gold item itself missed)."""
        found = []
        for i in self.missed.get(record_type, []):
            entry = self.gold[record_type][i]
            where = self.item_map.get(entry.parent) if entry.parent is not None else None
            if where == pred_item:
                found.append((i, entry))
        return found


def compare(gold: Document, pred: Document, name: str = "", strict: bool = False) -> Comparison:
    score = score_document(name, gold, pred, strict=strict)
    result = Comparison(score, {t: flatten(gold, t) for t in RECORD_TYPES}, {t: flatten(pred, t) for t in RECORD_TYPES})
    for record_type in RECORD_TYPES:
        pairs = score.pairs.get(record_type, [])
        result.partner[record_type] = {j: i for i, j, _ in pairs}
        matched = {i for i, _, _ in pairs}
        result.missed[record_type] = [i for i in range(len(result.gold[record_type])) if i not in matched]
    result.item_map = {i: j for i, j, _ in score.pairs.get("items", [])}
    return result
