"""The tokenizer's quick "no match" gates (``affix_gates``) answer exactly as spaCy's own
prefix, suffix, infix and URL regexes do, so the pipeline's tokens stay spaCy's English
tokens while unseen words cost about half as much to cut. Strings are invented."""

from __future__ import annotations

import pickle
import random
import re

import pytest
import spacy

from extractor.pipeline.affix_gates import InfixFinditer, PrefixSearch, SuffixSearch, UrlMatch, gated

KINDS = ("prefix_search", "suffix_search", "infix_finditer", "url_match")
PIECES = (list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") * 2
          + list(".,;:!?'\"()[]{}<>-–—_/\\#&*+=%$£€¥°²³…’‘“”«»~^|@\n\t ")
          + ["km", "kg", "'s", "’s", "...", "°C", "mph", "http://", "www.", ".com", "é", "ß", "Б", "км", "🙂",
             "𝄞", "⠃", "©", "﷼", "ﬁ", "İ", "\u00a0"])
WORDS = ["Cllr", "Quillfeather's", "12km", "£3.50", "(Chair)", "e-mail", "j.dunmarrow@parish.example",
         "www.parish.example/minutes", "3.0", "items:", "Brackenholt,", "vote…", "O’Neill", "30/11/2024",
         "5-4", "”", "’s", "...", "Mr.", "etc.", "U.K.", "50%", "10am", "20°C.", "\n", "\n\n", "tax--free"]


def _spans(result):
    if result is None:
        return None
    if isinstance(result, re.Match):
        return result.span()
    return [m.span() for m in result]


def _strings(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    made = {"".join(rng.choice(PIECES) for _ in range(rng.randint(0, 7))) for _ in range(n)}
    return sorted(made) + WORDS


@pytest.fixture(scope="module")
def english():
    return spacy.blank("en").tokenizer


@pytest.mark.parametrize("kind", KINDS)
def test_a_gate_is_made_for_each_english_pattern(english, kind: str) -> None:
    plain = getattr(english, kind)
    assert gated(kind, plain) is not plain


@pytest.mark.parametrize("kind", KINDS)
def test_gated_search_finds_what_the_plain_regex_finds(english, kind: str) -> None:
    plain = getattr(english, kind)
    fast = gated(kind, plain)
    differ = [s for s in _strings(40_000) if _spans(fast(s)) != _spans(plain(s))]
    assert differ == []


def test_the_suffix_gate_reads_the_character_before_the_last() -> None:
    """"kg" after a digit, "'s" after an apostrophe, any stop; "$" also matches before a final newline."""
    gate = SuffixSearch(re.compile(r"(?<=[0-9])kg$|'s$|\.$"))
    assert gate.ready
    assert gate.search("5kg").span() == (1, 3)
    assert gate.search("5kg\n").span() == (1, 3)
    assert gate.search("Quillfeather's").span() == (12, 14)
    assert gate.search("hall.").span() == (4, 5)
    for none in ("kg", "bag", "kgs", "halls", "s", ""):
        assert gate.search(none) is None


def test_prefix_infix_and_url_gates_on_small_patterns() -> None:
    prefix = PrefixSearch(re.compile(r"^\(|^US\$"))
    assert prefix.search("(Chair").span() == (0, 1) and prefix.search("US$5").span() == (0, 3)
    assert prefix.search("Chair)") is None and prefix.search("UK") is None
    infix = InfixFinditer(re.compile(r"(?<=[a-z])-(?=[a-z])|\.\.+"))
    assert [m.span() for m in infix.finditer("e-mail...x")] == [(1, 2), (6, 9)]
    assert list(infix.finditer("email")) == []
    url = UrlMatch(re.compile(r"^(?:https?://)?[a-z]+\.[a-z]{2,}$"))
    assert url.match("parish.example").span() == (0, 14)
    assert url.match("parishexample") is None


@pytest.mark.parametrize("pattern", [r"(?i)\.$", r"\w$", r"[^a]$", r"a?$", r"(?=x)"])
def test_no_gate_where_the_pattern_is_not_read(pattern: str) -> None:
    """Flags, categories, negated classes and possibly empty matches: the plain regex runs."""
    search = re.compile(pattern).search
    assert gated("suffix_search", search) is search


def test_pipeline_tokenizer_is_gated_after_loading_and_pickling(nlp) -> None:
    tokenizer = nlp.tokenizer
    for kind in KINDS:
        assert not isinstance(getattr(getattr(tokenizer, kind), "__self__", None), re.Pattern)
    again = pickle.loads(pickle.dumps(tokenizer))
    text = "Cllr Quillfeather's motion (12km of e-mail…) cost £3.50; see www.parish.example/minutes.\n\n"
    assert [t.text for t in again(text)] == [t.text for t in spacy.blank("en")(text)]
    # saved patterns are the plain ones spaCy writes
    plain = spacy.blank("en").tokenizer
    for kind in KINDS:
        assert getattr(tokenizer, kind).__self__.pattern == getattr(plain, kind).__self__.pattern
