"""Mover and seconder names are found as before now that three of the scans run only on
ranges holding the word their look-ahead needs (or a slash): the same names as with the
scans always run, on invented passages and many shuffled mixtures of their lines.
Names and passages are invented."""

from __future__ import annotations

import random

import pytest

from extractor.pipeline import motion_names

PASSAGES = [
    "W. Quillfeather – D. Dunmarrow\nRESOLVED THAT the accounts be approved.",
    "QUILLFEATHER: That the minutes be signed.\nDUNMARROW MOVED to adjourn.",
    "M. BRACKENHOLT SECONDED the motion.",
    "RESOLVED (Petra Quillfeather/Odo Dunmarrow) that the grant be paid.",
    "A. Ottersley / M. Brackenholt THAT the plan be adopted. CARRIED",
    "Moved by Quillfeather, seconded by Dunmarrow, that the fee be waived.",
    "The motion to defer was made by Ottersley.\nHart/Brackenholt Carried",
    "Grass cutting 2024/25 was discussed; that is all.",
    "Nothing here moves anyone.",
]


@pytest.fixture(scope="module")
def finder(nlp):
    return nlp.get_pipe("minutes_speakers").names.motions


def _texts() -> list[str]:
    lines = [line for p in PASSAGES for line in p.split("\n")]
    rng = random.Random(11)
    mixed = ["\n".join(rng.choice(lines) for _ in range(rng.randint(1, 6))) for _ in range(400)]
    return PASSAGES + mixed


def test_the_dash_pair_and_the_capitals_are_still_read(finder) -> None:
    text = PASSAGES[0]
    assert [n for _, _, n, _ in finder.find(text, 0, len(text))] == ["W. Quillfeather", "D. Dunmarrow"]
    text = PASSAGES[3]
    assert [n for _, _, n, _ in finder.find(text, 0, len(text))] == ["Petra Quillfeather", "Odo Dunmarrow"]


def test_gated_scans_find_what_the_scans_always_run_found(finder, monkeypatch) -> None:
    def every_range(text: str, start: int, end: int) -> list:
        out = []
        for s in range(0, len(text), 7):
            for e in (len(text), min(len(text), s + 40)):
                out.append(list(finder.find(text, s, e)))
        return out

    gated = [every_range(t, 0, len(t)) for t in _texts()]
    monkeypatch.setattr(motion_names, "_holds", lambda *args: True)
    assert [every_range(t, 0, len(t)) for t in _texts()] == gated
    assert any(any(found) for runs in gated for found in runs)
