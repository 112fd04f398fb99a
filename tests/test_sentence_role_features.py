"""The sentence-role model's context and bigram features (``minutes.UnitCBOW.v1`` with
``context`` / ``bigrams``): what a unit's rows hold, read off invented passages by hand.

A unit's context is the last heading-like line above it (a few words, not ending in a
full stop), whether it opens its line, and the two tokens before it; with bigrams, each
pair of adjacent tokens is a feature too. The same sentence under "Public Questions" and
under "Resolutions" must reach the model differently with context, identically without.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDS

from extractor.sentence_roles.features import Units, _DocContext, _ragged_forward, build_unit_cbow
from extractor.sentence_roles.model import TrainSettings, labels_of, load, score_units
from extractor.sentence_roles.training import LabelledText, fit, token_bounds, tokenize
from extractor.sentence_roles.labels import Unit

COLS = [IDS[a] for a in ("LOWER", "PREFIX", "SUFFIX", "SHAPE")]

PASSAGE = """\
Minutes of the Quillon Parish Council

7. Public Questions
Mr Marrowby asked when the bus shelter would be repaired.
The Clerk replied that it was ordered. Mr Tansley asked about the verge.

8. Resolutions
Mr Marrowby asked when the bus shelter would be repaired.
"""
ASKED = "Mr Marrowby asked when the bus shelter would be repaired."


def _rows(model, doc, bounds) -> list[numpy.ndarray]:
    ragged, _ = _ragged_forward(model.layers[0], Units.of_doc(doc, bounds), False)
    data, lengths = numpy.asarray(ragged.dataXd), numpy.asarray(ragged.lengths)
    return numpy.split(data, numpy.cumsum(lengths)[:-1])


def _word(doc, text: str) -> int:
    return int(doc.vocab.strings[text.lower()])


def test_heading_above_a_unit_is_the_last_short_line_without_a_full_stop():
    doc = tokenize(PASSAGE)
    ctx = _DocContext(doc, COLS)
    first_q = PASSAGE.index(ASKED)
    second_q = PASSAGE.index(ASKED, first_q + 1)
    tansley = PASSAGE.index("Mr Tansley")
    for at, heading in ((first_q, "7. Public Questions"), (tansley, "7. Public Questions"),
                        (second_q, "8. Resolutions")):
        (s, _), = token_bounds(doc, [(at, at + 2)])
        line = ctx.heading_before[ctx.line_of[s]]
        assert doc[ctx.line_start[line]:ctx.line_end[line]].text == heading
    # the title line is a heading too (four words, no full stop); nothing is above it
    (s, _), = token_bounds(doc, [(0, 7)])
    assert ctx.heading_before[ctx.line_of[s]] == -1


def test_a_sentence_ending_in_a_full_stop_is_not_a_heading():
    text = "Apologies were received.\nThe minutes were signed.\n"
    doc = tokenize(text)
    ctx = _DocContext(doc, COLS)
    (s, _), = token_bounds(doc, [(text.index("The"), text.index("The") + 3)])
    assert ctx.heading_before[ctx.line_of[s]] == -1


def test_context_makes_the_same_sentence_under_two_headings_differ():
    doc = tokenize(PASSAGE)
    first_q = PASSAGE.index(ASKED)
    second_q = PASSAGE.index(ASKED, first_q + 1)
    bounds = token_bounds(doc, [(first_q, first_q + len(ASKED)), (second_q, second_q + len(ASKED))])
    plain = _rows(build_unit_cbow(), doc, bounds)
    assert numpy.array_equal(plain[0], plain[1])  # without context the two are one input
    rich = _rows(build_unit_cbow(context=True), doc, bounds)
    assert not numpy.array_equal(rich[0], rich[1])
    n_words = bounds[0][1] - bounds[0][0]
    assert numpy.array_equal(rich[0][:n_words], plain[0])  # the unit's own rows come first, unchanged
    # heading rows: "7. Public Questions" salted, its word "questions" not as itself
    assert _word(doc, "questions") not in rich[0][n_words:, 0]
    assert _word(doc, "questions") not in rich[1][:, 0]


def test_a_unit_opening_its_line_is_told_from_one_in_mid_line():
    doc = tokenize(PASSAGE)
    tansley = PASSAGE.index("Mr Tansley")
    first_q = PASSAGE.index(ASKED)
    bounds = token_bounds(doc, [(first_q, first_q + len(ASKED)), (tansley, PASSAGE.index("verge.") + 6)])
    rows = _rows(build_unit_cbow(context=True), doc, bounds)
    n0 = bounds[0][1] - bounds[0][0]
    n1 = bounds[1][1] - bounds[1][0]
    # both start with "Mr": the first-token row differs between line start and mid-line
    first_at_start, first_mid = rows[0][n0], rows[1][n1]
    assert first_at_start[0] != first_mid[0]
    # only the unit right under the heading gets the after-heading row: one more row
    # (first token, two tokens before, three heading words "7", ".", "Public", "Questions")
    assert len(rows[0]) == n0 + 1 + 2 + 4 + 1
    assert len(rows[1]) == n1 + 1 + 2 + 4


def test_bigrams_add_one_row_per_adjacent_pair_and_keep_order():
    text = "Motion carried not.\nMotion not carried.\n"
    doc = tokenize(text)
    bounds = token_bounds(doc, [(0, 19), (20, 39)])
    plain = _rows(build_unit_cbow(), doc, bounds)
    rows = _rows(build_unit_cbow(bigrams=True), doc, bounds)
    assert [len(r) for r in rows] == [4 + 3, 4 + 3]  # "Motion carried not ." : three pairs
    # the same words in another order: the same unigram rows, different pair rows
    assert sorted(plain[0][:, 0].tolist()) == sorted(plain[1][:, 0].tolist())
    assert sorted(rows[0][4:, 0].tolist()) != sorted(rows[1][4:, 0].tolist())


def test_a_model_with_context_and_bigrams_trains_saves_and_reloads(tmp_path):
    texts = []
    for n, (head, body, label) in enumerate([
        ("3. Public Questions", "Mrs Osgrove asked whether the footpath would be lit.", "question"),
        ("4. Resolutions", "RESOLVED that the footpath lighting quote be accepted.", "resolution"),
        ("5. Actions", "ACTION: the Clerk to order the lamps by May.", "action"),
    ] * 3):
        text = f"Minutes of the Hetherwick Council\n\n{head}\n{body}\nThe meeting closed.\n"
        s = text.index(body)
        close = text.index("The meeting")
        texts.append(LabelledText(f"d{n}", text, [Unit(s, s + len(body), {label}), Unit(close, close + 19)]))
    settings = TrainSettings(epochs=3, model_options=(("bigrams", True), ("context", True)))
    model = fit(texts, settings)
    model.to_disk(tmp_path / "m")
    again = load(tmp_path / "m")
    doc = tokenize(texts[0].text)
    bounds = token_bounds(doc, [(u.start, u.end) for u in texts[0].units])
    a, b = score_units(model, doc, bounds), score_units(again, doc, bounds)
    assert numpy.allclose(a, b)
    assert labels_of(again) == labels_of(model)
    cfg = again.get_pipe("textcat_multilabel").model.layers[0].attrs
    assert cfg["context"] is True and cfg["bigrams"] is True


def test_crossval_settings_override_fields_and_model_options():
    import pytest

    from extractor.sentence_roles.crossval import parse_settings

    base = TrainSettings(epochs=5, model_options=(("context", True),))
    got = parse_settings(["epochs=8", "model.bigrams=true", "model.rows=4000"], base)
    assert got.epochs == 8 and got.balance == base.balance
    assert dict(got.model_options) == {"context": True, "bigrams": True, "rows": 4000}
    with pytest.raises(ValueError, match="unknown setting 'epoch'"):
        parse_settings(["epoch=8"], base)
