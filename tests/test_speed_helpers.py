"""Helpers rewritten for speed give what the code before them gave (issue 12, "Speed
stays"): each is compared with the old implementation, kept here as the reference, on
many inputs. Passages and names are invented."""

from __future__ import annotations

import random


# ------------------------------------------------------------- figures: phone numbers

def test_the_phone_gate_skips_only_sentences_that_hold_no_phone_number() -> None:
    """``_phones`` against searching every sentence, as before, on invented sentences with
    numbers of every length and the separators phone numbers use."""
    from extractor.pipeline.figures import _PHONE, _phones

    rng = random.Random(11)
    pieces = ["0", "1", "7", "9", "23", "(0", ")", " ", "\t", "-", ".", ",", "$", "£", "tel ", "a", "é", "٣"]
    sentences = ["Call Wenna Tarrock on (01632) 960 123 about the hall.", "Ring 555-867-5309 or 0123 456.",
                 "The grant of £450 was approved.", "Tel 01632 960", "٣٣٣٣٣٣٣ in Arabic digits", "12345"]
    sentences += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 24))) for _ in range(20000)]
    found = 0
    for sent in sentences:
        want = [(m.start() + 40, m.end() + 40) for m in _PHONE.finditer(sent)]
        assert _phones(sent, 40) == want, sent
        found += bool(want)
    assert found > 100  # the invented sentences do hold phone numbers, some with six digits
    assert _phones("Call Wenna Tarrock on (01632) 960 123 about the hall.", 0) == [(22, 37)]  # "(01632) 960 123"
