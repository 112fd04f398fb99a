"""Helpers rewritten for speed give what the code before them gave (issue 12, "Speed
stays"): each is compared with the old implementation, kept here as the reference, on
many inputs. Passages and names are invented."""

from __future__ import annotations

import random

import numpy
import pytest
import spacy

from extractor.sentence_roles.features import Units, _gather_units, _ragged_forward

PASSAGE = ("Councillor Wenlock Farrowby moved that the grant of £450 to the Tindle Brook allotment society be "
           "approved.\nSeconded by Cllr Ossory Plenth. CARRIED (6 for, 1 against).\n\n"
           "7. Correspondence\nA letter from Mrs Ivel Quorne about the bus shelter was noted.")


def _old_ragged_rows(arr: numpy.ndarray, bounds: list[tuple[int, int]], blank: numpy.ndarray):
    """The per-unit slicing the gather replaced: a unit's rows, or one blank row if empty."""
    parts = [arr[s:e] if e > s else blank for s, e in bounds]
    return (numpy.concatenate(parts) if parts else blank[:0]), [len(p) for p in parts]


@pytest.mark.parametrize("seed", range(40))
def test_gathering_units_gives_the_rows_slicing_gave(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(1, 60)
    arr = numpy.arange(n * 4, dtype="uint64").reshape(n, 4) * numpy.uint64(7)
    blank = numpy.zeros((1, 4), dtype="uint64")
    bounds = []
    for _ in range(rng.randint(0, 25)):
        s = rng.randint(0, n)
        e = rng.choice([s, s + rng.randint(1, 8), rng.randint(0, n)])  # empty, forward and backward ranges
        bounds.append((s, min(e, n)))
    got = _gather_units(arr, bounds, blank)
    assert got is not None
    rows, lengths = got
    want_rows, want_lengths = _old_ragged_rows(arr, bounds, blank)
    assert lengths == want_lengths
    assert rows.dtype == want_rows.dtype and rows.shape == want_rows.shape
    assert (rows == want_rows).all()


def test_a_range_outside_the_rows_is_left_to_slicing() -> None:
    arr = numpy.ones((5, 4), dtype="uint64")
    blank = numpy.zeros((1, 4), dtype="uint64")
    assert _gather_units(arr, [(0, 3), (4, 9)], blank) is None  # the end is past the last row
    assert _gather_units(arr, [(-1, 2)], blank) is None


def test_the_unit_tokens_layer_reads_a_document_as_before() -> None:
    """Every unit's token ids in order, an empty unit as one blank row: the layer's output
    over an invented passage equals the per-unit slices of the Doc's id array."""
    from spacy.attrs import IDS

    nlp = spacy.blank("en")
    doc, other = nlp(PASSAGE), nlp("Apologies were received from Cllr Tamsin Vredge.")
    bounds = [(0, 5), (5, 5), (5, 21), (21, len(doc)), (3, 2), (len(doc), len(doc))]
    ragged, _ = _ragged_forward(_layer(), Units([(doc, s, e) for s, e in bounds] + [(other, 0, 4), (doc, 2, 6)]), False)
    cols = [IDS[a] for a in ("LOWER", "PREFIX", "SUFFIX", "SHAPE")]
    blank = numpy.zeros((1, 4), dtype="uint64")
    a, b = doc.to_array(cols).astype("uint64"), other.to_array(cols).astype("uint64")
    want = [a[s:e] if e > s else blank for s, e in bounds] + [b[0:4], a[2:6]]
    assert ragged.lengths.tolist() == [len(p) for p in want]
    assert (numpy.asarray(ragged.data) == numpy.concatenate(want)).all()
    assert len(doc[21:]) > 0 and ragged.lengths.tolist()[1] == 1  # the empty unit is one blank row


def _layer():
    from thinc.api import Model

    return Model("minutes_unit_tokens", _ragged_forward)


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
