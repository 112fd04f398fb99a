"""Person-name normalisation for scoring: the spec's "names match" rule.

Minutes write one person many ways ("Councillor Ashdown-Lee", "Cllr Robin
Ashdown-Lee", "Robin Ashdown-Lee"); scoring must not punish the extractor
for choosing another printed form of the same name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

# The scoring spec's honorific list (EXTRACTION_SPEC.md "Scoring"), plus plural forms.
# This defines how scores are computed, so it lives with the scorer rather than in
# any pipeline component's patterns.json.
HONORIFICS = frozenset(
    {"councillor", "councillors", "cllr", "cllrs", "mr", "mrs", "ms", "miss", "dr", "rev", "professor"}
)

_JOINERS = re.compile(r"['\u2019\u2018`\-\u2010\u2011]")  # apostrophes and hyphens join word parts
_NON_WORD = re.compile(r"[^\w]+|_")


def fold(text: str) -> str:
    """Case-fold and strip accents, so "Siân" and "SIAN" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=8192)
def name_tokens(name: Optional[str]) -> tuple[str, ...]:
    """The name's words, case-folded, without punctuation and honorifics.

    Hyphens and apostrophes are removed rather than split on, so a double-barrelled
    surname stays one token and "Ashdown-Lee" is the surname-only form of
    "Robin Ashdown-Lee".
    """
    if not name:
        return ()
    text = _NON_WORD.sub(" ", _JOINERS.sub("", fold(name)))
    return tuple(tok for tok in text.split() if tok not in HONORIFICS)


def name_score(a: Optional[str], b: Optional[str]) -> float:
    """1.0 for the same normalised name, 0.95 for a surname-only form of it, else 0.0.

    The surname-only score is a little lower so that, when pairing, a full-name
    agreement is preferred to a surname-only one.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        # a role-only name that is all honorific ("A Councillor confirmed" -> "Councillor")
        # is still that name: equal printed forms match
        return 1.0 if not ta and not tb and a and b and fold(a).strip() == fold(b).strip() else 0.0
    if ta == tb or "".join(ta) == "".join(tb):  # also "Ashdown Lee" for "Ashdown-Lee"
        return 1.0
    if (len(ta) == 1 or len(tb) == 1) and ta[-1] == tb[-1]:
        return 0.95
    return 0.0


def names_match(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two printed names denote the same person under the spec's rule."""
    return name_score(a, b) > 0.0
