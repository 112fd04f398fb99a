"""``speaker_names.first_name_regex`` (speed pass: cheaper to compile) finds exactly
what the pattern it replaced found, on many generated passages and ranges."""

from __future__ import annotations

import random
import re

from extractor.pipeline.speaker_names import first_name_regex

NAMES = ["Orlaith", "Tamsinne", "Brevik", "Orla"]


def _before(names: list[str]) -> re.Pattern[str]:
    """The pattern as it was before the speed pass (the reference)."""
    return re.compile(rf"(?<![\w.’'-])(?<![A-Z][a-z] )(?:{'|'.join(names)})(?![\w’'-])(?![ \t]+[A-Z])")


def test_a_first_name_alone_is_found() -> None:
    rx = first_name_regex(sorted(NAMES))
    text = "Orlaith proposed the motion. Ms Orla Quennell seconded; Tamsinne’s point was noted; Brevik agreed."
    assert [m.group() for m in rx.finditer(text)] == ["Orlaith", "Brevik"]


def test_same_matches_as_before() -> None:
    rng = random.Random(5)
    pieces = NAMES + ["Orlaithe", "orla", "Ms", "Mr", "The", "agreed", "x", "2", "_"]
    glue = [" ", "  ", "\t", "\n", ".", ". ", "’", "'", "-", ", ", " (", ")", "’s ", "é"]
    old, new = _before(sorted(NAMES)), first_name_regex(sorted(NAMES))
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(1, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        a = [(m.start(), m.end()) for m in old.finditer(text, lo, hi)]
        assert [(m.start(), m.end()) for m in new.finditer(text, lo, hi)] == a, (text, lo, hi)
        found += len(a)
    assert found > 1000  # the passages do hold names the pattern takes
