"""The pipeline's vocabulary computes ``like_num``, ``is_ascii``, ``like_url``, ``like_email``,
``is_punct``, ``is_currency``, the quote and bracket tests, ``is_stop``, ``lang``, ``norm``,
``lower``, ``prefix``, ``suffix`` and the str-method tests (``is_alpha``, ...) with quicker functions
(``lexeme_attrs``) that give spaCy's values: on words read by hand, on many generated
strings, and on every token of an invented passage. Strings are invented."""

from __future__ import annotations

import random

import spacy
from spacy import attrs

from extractor.pipeline.lexeme_attrs import faster_getters, like_num_en

PIECES = (list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + list(".,/+-±~'’ é") +
          ["one", "Twenty", "first", "ELEVENTH", "st", "nd", "rd", "th", "½", "٣", "²", "ǅ", "İ", "🙂"] +
          list('"`«»‘“”„‹›❮❯()[]{}<>$£€¥@:;!?#%&*_|^\\') +
          ["http://", "https://", "www.", "''", "``", ".com", ".uk", "the", "The", "US$", "--", "…", "’s", "\n", "\t"])
REPLACED = [attrs.LIKE_NUM, attrs.IS_ASCII, attrs.LIKE_URL, attrs.LIKE_EMAIL, attrs.IS_PUNCT, attrs.IS_CURRENCY,
            attrs.IS_QUOTE, attrs.IS_LEFT_PUNCT, attrs.IS_RIGHT_PUNCT, attrs.IS_BRACKET, attrs.IS_STOP, attrs.LANG,
            attrs.NORM, attrs.LOWER, attrs.IS_ALPHA, attrs.IS_DIGIT, attrs.IS_LOWER, attrs.IS_SPACE, attrs.IS_TITLE,
            attrs.IS_UPPER, attrs.PREFIX, attrs.SUFFIX]


def _outcome(fn, s: str):
    """The value, or the kind of error (spaCy's ``like_url`` fails on the empty string: so must ours)."""
    try:
        return fn(s)
    except Exception as exc:  # noqa: BLE001
        return type(exc)


def test_number_words_and_ordinals_by_hand() -> None:
    for word in ("twelve", "Twelve", "TWELFTH", "million", "21st", "3/4", "+1,000", "4.5", "~7"):
        assert like_num_en(word), word
    for word in ("twelves", "Quillfeather", "st", "", "3/4/5", "first-class", "one two"):
        assert not like_num_en(word), word


def test_other_stand_ins_by_hand() -> None:
    from extractor.pipeline.lexeme_attrs import is_currency, is_punct, like_email, like_url

    assert like_url("http://x") and not like_url("http:x") and like_url("www.quillfeather.org") and like_url("quillfeather.com")
    assert not like_url("Quillfeather") and not like_url("3pm") and not like_url("a@b.com")
    assert like_email("clerk@quillfeather.org") and not like_email("clerk.quillfeather.org")
    assert is_punct("...") and is_punct("“") and is_punct("") and not is_punct("$") and not is_punct("a.")
    assert is_currency("$") and is_currency("£") and is_currency("") and not is_currency("$5")


def test_replaced_getters_agree_with_spacy_on_generated_strings() -> None:
    spacy_getters = spacy.blank("en").vocab.lex_attr_getters
    ours = faster_getters(spacy_getters)
    replaced = [a for a in spacy_getters if ours[a] is not spacy_getters[a]]
    assert sorted(replaced) == sorted(REPLACED)
    rng = random.Random(3)
    strings = sorted({"".join(rng.choice(PIECES) for _ in range(rng.randint(0, 6))) for _ in range(30_000)} | set(PIECES))
    for attr in replaced:
        assert [_outcome(ours[attr], s) for s in strings] == [_outcome(spacy_getters[attr], s) for s in strings], attr


def test_pipeline_tokens_carry_spacys_attributes(nlp) -> None:
    text = ("Cllr Quillfeather noted twenty-one items (3/4 of the 1st list, ~£1,200) on 21st May; ELEVENTH é 🙂. "
            "“Write to clerk@quillfeather.org or see www.quillfeather.org,” he said -- it's US$5 [approx] «sic».")
    names = ("like_num", "is_ascii", "shape_", "is_punct", "lang_", "norm_", "is_stop", "like_url", "like_email",
             "is_currency", "is_quote", "is_left_punct", "is_right_punct", "is_bracket", "is_alpha", "is_title",
             "lower_", "is_digit", "is_lower", "is_space", "is_upper", "prefix_", "suffix_")
    ours = [[getattr(t, n) for n in names] for t in nlp.make_doc(text)]
    assert ours == [[getattr(t, n) for n in names] for t in spacy.blank("en")(text)]
