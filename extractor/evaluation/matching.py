"""Similarity of texts and figures, and the one-to-one best-first pairing.

Every record type is paired the same way: score all gold x predicted candidates,
sort best first, take pairs greedily. Greedy best-first (rather than document
order) is what stops one early near-miss from stealing the partner of a later
exact match.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from .names import fold

_JOINERS = re.compile(r"['\u2019\u2018`]")
_DIGIT_SEP = re.compile(r"(?<=\d)[,](?=\d{3})")
_NON_WORD = re.compile(r"[^\w]+|_")

LENIENT = 0.5
STRICT = 0.8
TITLE_THRESHOLD = 0.8
ROLE_THRESHOLD = 0.5
FIGURE_TOLERANCE = 0.005


@lru_cache(maxsize=16384)
def text_tokens(text: Optional[str]) -> frozenset[str]:
    """The normalised token set: lower-case, punctuation stripped, "10,000" kept whole."""
    if not text:
        return frozenset()
    text = _DIGIT_SEP.sub("", _JOINERS.sub("", fold(text)))
    return frozenset(_NON_WORD.sub(" ", text).split())


def token_f1(a: Optional[str], b: Optional[str]) -> float:
    """Token-set F1 of two texts (1.0 when both are empty, 0.0 when only one is)."""
    ta, tb = text_tokens(a), text_tokens(b)
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def values_agree(gold: float, pred: float, tolerance: float = FIGURE_TOLERANCE) -> bool:
    """Relative agreement within ``tolerance``; a gold 0 must be predicted exactly."""
    if gold == 0:
        return pred == 0
    return abs(gold - pred) <= tolerance * abs(gold)


def units_equal(a: Optional[str], b: Optional[str]) -> bool:
    return (a or "").strip().casefold() == (b or "").strip().casefold()


Scorer = Callable[[int, int], Optional[float]]


def pair_best_first(
    n_gold: int,
    n_pred: int,
    score: Scorer,
    bonus: Optional[Callable[[int, int], float]] = None,
) -> list[tuple[int, int, float]]:
    """One-to-one pairs ``(gold index, pred index, score)``, best candidate first.

    ``score`` returns None when the two cannot match (below threshold); ``bonus`` is
    added only for ranking, never to pass a threshold. Ties go to the pair whose
    relative positions in the two lists are closest, then to document order.
    """
    candidates: list[tuple[float, float, int, int, float]] = []
    for i in range(n_gold):
        for j in range(n_pred):
            s = score(i, j)
            if s is None:
                continue
            rank = s + (bonus(i, j) if bonus else 0.0)
            drift = abs(i / max(n_gold, 1) - j / max(n_pred, 1))
            candidates.append((-rank, drift, i, j, s))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for _, _, i, j, s in candidates:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j, s))
    return sorted(pairs)
