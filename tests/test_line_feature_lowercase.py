"""The line featurizer's case-blind searches (dates, times, vote tallies, keywords) run
on a lower-cased copy of the lines without re.I (quicker): every line's features are the
ones the re.I searches on the lines themselves give, on invented minutes in any case and
with characters whose case folding is unusual (the Kelvin sign, a final sigma, a dotted
capital I, which turns the copy off). Speed, issue 12; passages and names are invented."""

from __future__ import annotations

import random

import pytest

from extractor.structure import line_features as lf

LINES = [
    "MINUTES OF THE PARISH MEETING HELD ON 14TH MARCH 2023 AT 7.30 PM",
    "Minutes of the meeting held on March 14, 2023 at 7:30pm",
    "3. APOLOGIES: Cllr Quillfeather, Cllr Dunmarrow",
    "RESOLVED: that the accounts be approved. Carried 5-2.",
    "Ayes: Ottersley, Brackenholt. Nays: none. ABSTAINED: Quillfeather",
    "The motion was moved and seconded; the vote was 4 – 1.",
    "Next meeting: 2/4/2024 at 10.00 a.m.",
    "ITEM 6 – PLANNING",
    "Action: the Clerk to write to the owner of the hall.",
    "Σ ΣΥΝΕΔΡΙΑΣΗ 12 \u212aM of footpath; AYES – 3",
    "\u212aEY DATES: 1 Jan 2025",
]


def _texts() -> list[str]:
    rng = random.Random(4)
    out = ["\n".join(LINES), "\n".join(l.upper() for l in LINES), "\n".join(LINES) + "\nİlkay Tarrock spoke."]
    for _ in range(300):
        lines = [rng.choice(LINES) for _ in range(rng.randint(1, 8))]
        lines = [l.upper() if rng.random() < 0.3 else l.lower() if rng.random() < 0.3 else l for l in lines]
        out.append("\n".join(lines))
    return out


def test_lower_case_searches_give_the_features_the_case_blind_ones_gave(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    featurizer = nlp.get_pipe("minutes_line_roles").featurizer
    assert featurizer._keywords_low is not None and featurizer._votes_low is not None
    texts = _texts()
    got = [featurizer.document(lf.text_lines(t), len(t)) for t in texts]
    monkeypatch.setattr(lf, "safe_lower", lambda text: None)  # no copy: the re.I searches, as before
    want = [featurizer.document(lf.text_lines(t), len(t)) for t in texts]
    assert got == want
    first = {f for line in got[0] for f in line}
    assert {"date", "time", "votes", "kw_decision"} <= first  # the searches did find something
