"""Helpers rewritten for speed give what the code before them gave (issue 12, "Speed
stays"): each is compared with the old implementation, kept here as the reference, on
many inputs. Passages and names are invented."""

from __future__ import annotations

import random
import re


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


# ------------------------------------------------------- regexes that open on a class

def _fuzz(rng: random.Random, words: list[str], n: int) -> list[str]:
    """Invented strings: the given words with the punctuation around them that the
    look-arounds test (stops, apostrophes, hyphens, slashes, line breaks)."""
    glue = ["", " ", "  ", "\t", "\n", ".", ". ", ", ", "'", "’", "-", "/", "&", ": ", " (x): ", "é", "٣"]
    return ["".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def _spans(rx: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text, lo, hi)]


def test_first_names_without_a_regex_per_meeting_match_where_the_alternation_did() -> None:
    """``first_names_matcher`` (one precompiled pattern and a set) against
    ``first_name_regex`` (the names compiled as an alternation, as before): the same
    matches, on whole texts and on ranges inside them."""
    from extractor.pipeline.speaker_names import FirstNames, first_name_regex, first_names_matcher

    names = ["Marisande", "Thorvald", "Yselde", "Kestrin", "Tamsk", "Ann", "Anne"]
    words = names + ["Brannoch", "Mr", "Ms", "The", "and", "agreed", "Thorvalds", "Yselde's", "ANN", "Anne-Marie",
                     "annE", "Wenna Tarrock", "Ms Yselde", "Kestrin Brannoch", "12", "Ann3"]
    rng = random.Random(5)
    texts = ["Yselde agreed. Ms Yselde, Thorvald Brannoch and Kestrin; Ann's and Anne-Marie; Anne\ntabled it."]
    texts += _fuzz(rng, words, 5000)
    matcher = first_names_matcher(names)
    assert isinstance(matcher, FirstNames)
    old = first_name_regex(names)
    found = 0
    for text in texts:
        lo = rng.randrange(len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        for a, b in ((0, len(text)), (lo, hi)):
            want = [m.span() for m in old.finditer(text, a, b)]
            assert [m.span() for m in matcher.finditer(text, a, b)] == want, text
            found += len(want)
    assert found > 1000
    # checked by hand: "Yselde" at the start and "Anne" before the line break; not "Ms
    # Yselde", "Thorvald Brannoch", "Kestrin;" (fine: it is one), "Ann's" or "Anne-Marie"
    assert [m.group() for m in matcher.finditer(texts[0], 0, len(texts[0]))] == ["Yselde", "Kestrin", "Anne"]
    # a name outside ASCII keeps the alternation
    assert not isinstance(first_names_matcher(["Eilís", "Thorvald"]), FirstNames)


def test_look_behinds_moved_after_the_first_character_change_no_match() -> None:
    """Patterns rewritten to open on a character class (so that the regex engine skips to
    the next possible first character) against their old form opening on a look-behind."""
    from extractor.pipeline import dollar, initials, lone_names, meeting

    old = {
        dollar._MONTH_FIRST: r"(?<![\d/-])(?:0?[1-9]|1[0-2])(?P<sep>[/-])(?:1[3-9]|2\d|3[01])(?P=sep)(?:19|20)?\d\d(?![\d/-])",
        dollar._CA_POSTCODE: r"(?<![\w-])[A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z][ \t]?\d[A-CEGHJ-NPR-TV-Z]\d(?![\w-])",
        dollar._DOTTED_TIME: r"(?<![\d.])(?:0?[1-9]|1[0-2])\.[0-5]\d[ \t]?(?:[ap]\.?m\b\.?)",
        initials._TOKEN: r"(?<![\w/&.-])[A-Z][A-Z][A-Za-z]{0,3}(?![\w/&-])",
        lone_names._WORD: r"(?<![\w'’.-])[A-Z][a-z]{1,14}(?=[ \t]+[a-z]|[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:)",
        meeting._SHORT_DATE: r"(?<![\d.,/-])[0-3]?\d(?P<sep>[./-])[01]?\d(?P=sep)\d\d(?![\d.,/-])",
    }
    words = ["TI", "NLE", "AHop", "Ali", "The", "Tamsk", "Yselde", "agreed", "x", "AB", "ABCDEFG", "05.05.15",
             "6-22-10", "07/10/16", "1.2.33", "31-12-99", "4/4/44", "3.3.333", "12.12.12.", "0", "7", "45",
             "Kestrin (Chair)", "Thorvald (", "1/13/2020", "10-24-19", "12/31/99", "09/15/2021", "13/14/20", "7.15pm",
             "10.30 a.m.", "12.00PM", "13.00pm", "0.30am", "07.45 AM", "N1H 3A1", "K1A0B1", "Z9Z 9Z9", "1", "01", "10"]
    rng = random.Random(9)
    texts = _fuzz(rng, words, 6000)
    for new, source in old.items():
        ref = re.compile(source, new.flags & re.I)
        found = 0
        for text in texts:
            lo = rng.randrange(len(text) + 1)
            hi = rng.randrange(lo, len(text) + 1)
            for a, b in ((0, len(text)), (lo, hi)):
                want = _spans(ref, text, a, b)
                assert _spans(new, text, a, b) == want, (source, text)
                found += len(want)
        assert found > 300, source
    # checked by hand
    assert [m.group() for m in dollar._MONTH_FIRST.finditer("10/24/2019, 3-18-09, 24/10/2019, 1/13/2020")] \
        == ["10/24/2019", "3-18-09", "1/13/2020"]
    assert [m.group() for m in dollar._DOTTED_TIME.finditer("7.15pm, 10.30 a.m., 19.30pm, 2.7pm")] == ["7.15pm", "10.30 a.m."]
    assert [m.group() for m in initials._TOKEN.finditer("TI and AHop, not x/AB or .NLE or ABCDEFG")] == ["TI", "AHop"]
    # (a comma, stop or fourth digit after the year, or a month field over 19, is no such date)
    assert [m.group() for m in meeting._SHORT_DATE.finditer(
        "on 05.05.15 and 1.2.33; 22-06-10 but not 3.3.333, 6-22-10 or 05.05.15, again")] == ["05.05.15", "1.2.33", "22-06-10"]


# ------------------------------------------------ titled mentions without a look-behind

def test_titled_mentions_without_the_look_behind_are_those_found_with_it() -> None:
    """``Titles.mentions`` now searches a pattern that opens with the titles and checks the
    character before in Python; the old pattern (look-behind first) is the reference."""
    from extractor.pipeline.patterns import alternation, default_patterns
    from extractor.pipeline.titles import _NAME, Titles

    new = Titles(default_patterns("minutes_speakers"))
    old = Titles(default_patterns("minutes_speakers"))
    alt = alternation(old.table)
    old._mention = re.compile(rf"(?<![\w.’'])(?P<title>{alt})(?![\w’'])\.?[ \t]+(?P<name>{_NAME})")
    words = ["Trustee", "Trustees", "Cr", "Cr.", "Cllr", "Councillor", "Mayor", "Deputy", "Chair", "COMMISSIONER",
             "Vellacourt", "Quarnby", "Dorlan", "A.", "J", "B", "and", "the", "The", "x", "e", "9"]
    texts = ["Trustee Vellacourt spoke; e.Trustee Quarnby and xCr Dorlan did not.",
             "Mayor J Dorlan, Trustees Quarnby and Vellacourt"]
    texts += _fuzz(random.Random(5), words, 6000)
    found = 0
    for text in texts:
        got = list(new.mentions(text, 0, len(text)))
        assert got == list(old.mentions(text, 0, len(text))), text
        cut = len(text) // 3  # a range opening inside the text: the character before still counts
        assert list(new.mentions(text, cut, len(text))) == list(old.mentions(text, cut, len(text))), text
        found += len(got)
    assert found > 300
    first = list(new.mentions(texts[0], 0, len(texts[0])))
    assert [m.bare for m in first] == ["Vellacourt"]  # "e.Trustee", "xCr": no title inside a word


# ----------------------------------------------- the sentence splitter's stop gate

def test_the_abbreviation_gate_leaves_every_sentence_cut_as_before() -> None:
    """The splitters with ``tails`` (regex only after a stop that may close an
    abbreviation, initial or list number) against the same splitters without it."""
    from dataclasses import replace

    from extractor.pipeline.sentences import sentences
    from extractor.pipeline.text_lines import abbreviation_tails, wrapped_paragraph_splitter
    from extractor.sentence_roles.units import _split

    abbreviations = ["Cllr", "Mrs", "e.g", "i.e", "approx", "v", "No", "St", "a.m"]
    splitters = [sentences, _split, wrapped_paragraph_splitter(abbreviations)]
    assert all(s.tails for s in splitters)
    assert wrapped_paragraph_splitter(abbreviations).tails == abbreviation_tails(abbreviations)
    words = ["Cllr", "Cllrs", "Mrs", "Dr", "e.g", "i.e", "approx", "etc", "v", "vs", "No", "Nos", "St", "p.m",
             "motion", "Vellacourt", "A", "B", "3", "12", "3-0", "to 2", "٣", "x", "The", "(Q"]
    rng = random.Random(9)
    glue = [". ", ".  ", ".\n", "! ", "? ", ". (", ".\" ", " ", "\n", ". £", "."]
    texts = ["Cllr. Vellacourt moved approx. 40 homes. The vote was 3-0. Item 3. Noted.",
             "Mrs. Quarnby asked, e.g. about St. Anne's. No. 4 was agreed."]
    texts += ["".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 16))) for _ in range(6000)]
    for split in splitters:
        plain = replace(split, tails=None)
        for text in texts:
            assert list(split(text, 0, len(text))) == list(plain(text, 0, len(text))), text
    text = texts[0]
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == [
        "Cllr. Vellacourt moved approx. 40 homes.", "The vote was 3-0.", "Item 3. Noted."]


# ------------------------------------------------------------ Motions.find's memo

def test_a_motion_read_twice_is_read_alike_and_owned_by_each_caller() -> None:
    """``Motions.find`` keeps what it read for a range of the document: a second call gives
    the same facts, and a caller filling in its copy changes no other caller's."""
    from extractor.pipeline.motions import Motions
    from extractor.pipeline.patterns import default_patterns

    motions = Motions(default_patterns("minutes_resolutions"))
    text = "Moved by Cllr Vellacourt, seconded by Cllr Quarnby and carried (7 for, 2 against).\n"
    first = motions.find(text, 0, len(text))
    assert first.mover is not None and first.mover.text == "Cllr Vellacourt"
    assert first.seconder is not None and first.seconder.text == "Cllr Quarnby"
    assert first.outcome == "carried" and first.votes == {"for": 7, "against": 2, "abstain": None}
    first.mover.text, first.outcome = "Cllr Dorlan", "lost"
    first.votes["for"] = 0  # type: ignore[index]
    first.cut.clear()
    again = motions.find(text, 0, len(text))
    assert again.mover is not None and again.mover.text == "Cllr Vellacourt" and again.outcome == "carried"
    assert again.votes == {"for": 7, "against": 2, "abstain": None} and again.cut
    other = "Moved by Cllr Pessworth, seconded by Cllr Ombrell and carried (7 for, 2 against).\n"
    assert motions.find(other, 0, len(other)).mover.text == "Cllr Pessworth"  # type: ignore[union-attr]


# ---------------------------------------------------- Motions.head's word gate

def test_the_motion_head_gate_skips_only_ranges_no_head_can_match() -> None:
    """``Motions.head`` returns at once on a range without any of its heads' words; the
    same reader with that gate off is the reference, on invented ranges."""
    from extractor.pipeline.motions import Motions
    from extractor.pipeline.patterns import default_patterns
    from extractor.pipeline.word_gate import GateSet

    gated = Motions(default_patterns("minutes_resolutions"))
    plain = Motions(default_patterns("minutes_resolutions"))
    plain._gate = GateSet({**plain._gate.groups, "head": None})
    assert gated._gate.groups["head"] is not None  # the gate is on with the shipped patterns
    words = ["Motion", "motion", "MOVED", "moved by", "Moved", "proposed", "was made", "made", "a", "the", "by",
             "seconded", "second", "and", "carried", "to", "approve", "that", "THAT", "Cllr", "Vellacourt",
             "Quarnby", "A. Dorlan", "B. Pessworth", "/", "recommended", "Trustee"]
    rng = random.Random(13)
    texts = ["A. Dorlan / B. Pessworth THAT the hall be let.", "Motion by Cllr Vellacourt, second by Cllr Quarnby, to approve.",
             "Trustee Quarnby made a motion to approve the grant.", "The grant was approved."]
    texts += _fuzz(rng, words, 5000)
    found = 0
    for text in texts:
        s = rng.randint(0, len(text) // 2) if rng.random() < 0.3 else 0
        got = gated.head(text, s, len(text))
        assert got == plain.head(text, s, len(text)), text
        found += got is not None
    assert found > 100
    assert gated.head(texts[3], 0, len(texts[3])) is None
    first = gated.head(texts[1], 0, len(texts[1]))
    assert first is not None and first.mover is not None and first.mover.text == "Cllr Vellacourt"


def test_span_overlap_index_agrees_with_a_scan_of_every_span() -> None:
    """The lone-name reader skips a candidate that overlaps a mention already taken; the
    log-time index must answer exactly as the scan of every span it replaced."""
    import random
    from extractor.pipeline.speakers import _Overlaps
    rng = random.Random(11)
    for _ in range(300):
        spans = [(a, a + rng.randint(1, 30)) for a in (rng.randint(0, 500) for _ in range(rng.randint(0, 25)))]
        index = _Overlaps(spans)
        for _ in range(40):
            s = rng.randint(0, 540)
            e = s + rng.randint(1, 20)
            assert index.hit(s, e) == any(ps < e and s < pe for ps, pe in spans), (spans, s, e)
    assert _Overlaps([(10, 20)]).hit(19, 25) and not _Overlaps([(10, 20)]).hit(20, 25)
