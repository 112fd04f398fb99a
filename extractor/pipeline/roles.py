"""How a decision component reads the sentence-role classifier's results.

Each of minutes_resolutions, minutes_actions and minutes_questions has a ``mode``:
``rules`` (its hand-written readers alone), ``model`` (the units the classifier gives its
label decide which sentences are records; the rules only read the fields inside them) or
``combined`` (the rules' records, plus the classifier's units that no rule record
covers). Without a classifier in the pipeline, ``model`` finds nothing and ``combined``
is ``rules``.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from . import spans as S

MODES = ("rules", "model", "combined")


class RoleUnit(NamedTuple):
    start: int
    end: int
    p: dict[str, float]


def mode_config(component: str) -> dict:
    """The default config of a component with a mode: its patterns, rules only, threshold 0.5."""
    return {"patterns": {"@misc": "minutes.default_patterns.v1", "component": component},
            "mode": "rules", "model_threshold": 0.5}


def check_mode(component: str, mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"{component}: mode must be one of {', '.join(MODES)}, not {mode!r}")
    return mode


def role_units(doc: Doc, label: str, threshold: float, start: int, end: int) -> list[RoleUnit]:
    """The classifier's units inside [start, end) whose probability of ``label`` reaches
    ``threshold``, in text order."""
    out = []
    for sp in S.overlapping(doc, S.SENTENCE_ROLES, start, end):
        s, e = S.char_range(sp, S.SENTENCE_ROLES)
        p = S.data(sp, S.SENTENCE_ROLES).get("p", {})
        if start <= s and e <= end and p.get(label, 0.0) >= threshold:
            out.append(RoleUnit(s, e, p))
    return sorted(out)


def units_near(doc: Doc, start: int, end: int) -> list[RoleUnit]:
    """Every unit the classifier kept inside [start, end), in text order."""
    return role_units(doc, "", -1.0, start, end)
