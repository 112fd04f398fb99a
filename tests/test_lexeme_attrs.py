"""The pipeline's vocabulary computes ``like_num`` and ``is_ascii`` with quicker functions
(``lexeme_attrs``) that give spaCy's values: on words read by hand, on many generated
strings, and on every token of an invented passage. Strings are invented."""

from __future__ import annotations

import random

import spacy
from spacy import attrs

from extractor.pipeline.lexeme_attrs import faster_getters, like_num_en

PIECES = (list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + list(".,/+-±~'’ é") +
          ["one", "Twenty", "first", "ELEVENTH", "st", "nd", "rd", "th", "½", "٣", "²", "ǅ", "İ", "🙂"])


def test_number_words_and_ordinals_by_hand() -> None:
    for word in ("twelve", "Twelve", "TWELFTH", "million", "21st", "3/4", "+1,000", "4.5", "~7"):
        assert like_num_en(word), word
    for word in ("twelves", "Quillfeather", "st", "", "3/4/5", "first-class", "one two"):
        assert not like_num_en(word), word


def test_replaced_getters_agree_with_spacy_on_generated_strings() -> None:
    spacy_getters = spacy.blank("en").vocab.lex_attr_getters
    ours = faster_getters(spacy_getters)
    replaced = [a for a in spacy_getters if ours[a] is not spacy_getters[a]]
    assert sorted(replaced) == sorted([attrs.LIKE_NUM, attrs.IS_ASCII])
    rng = random.Random(3)
    strings = {"".join(rng.choice(PIECES) for _ in range(rng.randint(0, 6))) for _ in range(30_000)}
    for attr in replaced:
        assert [ours[attr](s) for s in sorted(strings)] == [spacy_getters[attr](s) for s in sorted(strings)]


def test_pipeline_tokens_carry_spacys_attributes(nlp) -> None:
    text = "Cllr Quillfeather noted twenty-one items (3/4 of the 1st list, ~£1,200) on 21st May; ELEVENTH é 🙂."
    names = ("like_num", "is_ascii", "shape_", "is_punct", "lang_", "norm_", "is_stop", "like_url")
    ours = [[getattr(t, n) for n in names] for t in nlp.make_doc(text)]
    assert ours == [[getattr(t, n) for n in names] for t in spacy.blank("en")(text)]
