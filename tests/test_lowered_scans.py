"""Case-blind scans run as lower-case regexes on the lower-cased text (``word_gate.lowered``)
find what the re.I regexes find in the text: the phrases that qualify
(``caseless_outside_ascii``), and the dollar-country cues read that way (speed, issue 12).
Passages are invented."""

from __future__ import annotations

import random
import re

from extractor.pipeline.word_gate import caseless_outside_ascii, safe_lower


def test_phrases_whose_letters_fold_with_others_do_not_qualify() -> None:
    for phrase in ("all voted “aye”", "hapū", "Québec", "MĀORI", "x–y"):
        assert caseless_outside_ascii(phrase), phrase
    for phrase in ("straße", "ıslak", "ſtreet", "σύνοδος", "βeta", "İzmir"):
        assert not caseless_outside_ascii(phrase), phrase


def test_a_lowered_phrase_matches_in_the_lowered_text_where_re_i_matched() -> None:
    phrases = ["hapū", "Québec", "Māori marae", "aye", "Kelvin", "ÿes", "ǆungla"]
    alphabet = list("aeiouykKsSqQbBcCmMrRhHpP ") + ["ū", "Ū", "é", "É", "ā", "Ā", "ÿ", "Ÿ", "ǅ", "Ǆ", "ǆ",
                                                  "\u212a", "\u212b", "å", "Σ", "σ", "ς", "–"]
    rng = random.Random(2)
    pieces = phrases + [p.upper() for p in phrases] + alphabet
    checked = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        low = safe_lower(text)
        if low is None:
            continue
        for phrase in phrases:
            assert caseless_outside_ascii(phrase)
            want = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.I)]
            got = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", low)]
            assert got == want, (phrase, text)
            checked += bool(want)
    assert checked > 100


def test_the_dollar_country_cues_are_read_as_before(nlp) -> None:
    dollar = nlp.get_pipe("minutes_figures").dollar
    assert dollar._blind_low is not None
    ref = type(dollar).__new__(type(dollar))
    ref.__dict__.update(dollar.__dict__)
    ref._blind_low = None  # the re.I scan on the text itself, as before
    lines = ["The marae committee met on 3 March 2021 at 7.30pm.", "HAPŪ REPRESENTATIVES: Wenna Tarrock",
             "Grant of $4,000 from the Québec fund (QUÉBEC).", "Contact: clerk@hall.example.nz, Ontario",
             "The iwi trust paid $250.", "Māori ward: MAORI WARD", "Meeting at 10.00 a.m. on 12/04/2022, zip 90210"]
    rng = random.Random(6)
    texts = ["\n".join(rng.choice(lines) for _ in range(rng.randint(1, 6))) for _ in range(400)]
    texts += [t.upper() for t in texts[:100]] + [t.lower() for t in texts[:100]]
    voted = 0
    for text in texts:
        got = dollar.votes(text)
        assert got == ref.votes(text), text
        voted += bool(got)
    assert voted > 300
