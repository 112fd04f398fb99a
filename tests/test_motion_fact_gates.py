"""The motion-fact reader (``Motions.find``) skips ranges without a motion word, and tests
for a cue on the lower-case copy, with the same results as reading every range in full
(speed, issue 12). The gate had been off with the shipped patterns: one outcome phrase
holds curly quotes, and ``necessary_words`` gave up on any non-ASCII piece; it now picks
an ASCII piece of such a phrase. Passages and names are invented."""

from __future__ import annotations

import random
import re

import pytest

from extractor.pipeline.motions import Motions
from extractor.pipeline.patterns import alternation
from extractor.pipeline.word_gate import GateSet, necessary_words, safe_lower

PASSAGES = [
    "Moved by Cllr Quillfeather, seconded by Cllr Dunmarrow, that the fee be waived. CARRIED",
    "Crs Quillfeather/Dunmarrow abstained on the hall lease.",
    "Councillors Ottersley and Brackenholt: all voted “aye” on the grass contract.",
    "The motion was put to the vote: 6 in favour, 2 against, 1 abstention.",
    "Ayes – all. Nays – none.",
    "Dunmarrow seconded the motion, which carried unanimously.",
    "Trustee Ottersley made a motion to table the item; the motion failed 2-3.",
    "The hall roof was inspected and the report noted.",
    "Grass cutting 2024/25 was discussed; that is all.",
    "MOVED: Quillfeather   SECONDED: Brackenholt   Motion withdrawn.",
]


def test_a_phrase_with_curly_quotes_is_covered_by_one_of_its_ascii_words() -> None:
    assert necessary_words(["all voted “aye”"]) == ("voted",)
    assert necessary_words(["ayes – all", "carried"]) == ("ayes", "carried")
    assert necessary_words(["“aye”"]) is None  # no ASCII piece: no gate
    assert necessary_words(["were lost", "lost", "carried"]) == ("carried", "lost")  # ASCII lists as before


def test_every_match_of_a_mixed_phrase_list_holds_one_of_its_words() -> None:
    """What a gate promises: wherever the re.I alternation matches, one of the words
    starts inside the match in the lower-case copy."""
    phrases = ["all voted “aye”", "ayes – all", "nem con", "CARRIED", "«passed» unanimously"]
    words = necessary_words(phrases)
    assert words is not None
    rx = re.compile(alternation(phrases), re.I)
    pieces = ["All", "VOTED", "“Aye”", "ayes", "–", "ALL", "nem", "Con", "carried", "«passed»", "Unanimously",
              " ", "  ", "\n", "\t", ".", "x"]
    rng = random.Random(3)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        low = safe_lower(text)
        assert low is not None
        for m in rx.finditer(text):
            found += 1
            assert any(low.find(w, m.start(), m.end()) >= 0 for w in words), (text, m.group())
    assert found > 500


@pytest.fixture(scope="module")
def motions(nlp) -> Motions:
    return nlp.get_pipe("minutes_resolutions").motions


def test_the_motion_word_gate_is_on_with_the_shipped_patterns(motions: Motions) -> None:
    text = PASSAGES[7]
    hits = motions.fact_hits(text)
    assert hits.gated
    assert not hits.any_in(0, len(text))  # "The hall roof was inspected ...": no motion word
    assert motions.find(text, 0, len(text)).empty()


def _ungated(motions: Motions) -> Motions:
    """The same reader with every word gate off and the cue test on the text itself
    (how ``find`` read every range before)."""
    ref = Motions.__new__(Motions)
    ref.__dict__.update(motions.__dict__)
    ref._gate = GateSet({name: None for name in motions._gate.groups})
    ref._any_low = None
    return ref


def test_find_reads_what_it_read_without_the_gates(motions: Motions) -> None:
    ref = _ungated(motions)
    lines = [line for p in PASSAGES for line in p.split("\n")]
    rng = random.Random(7)
    texts = PASSAGES + ["\n".join(rng.choice(lines) for _ in range(rng.randint(1, 5))) for _ in range(300)]
    texts += [t.upper() for t in texts[:40]]
    read = 0
    for text in texts:
        ranges = [(0, len(text))] + [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(6)]
        for start, end in ranges:
            got, want = motions.find(text, start, end), ref.find(text, start, end)
            assert got == want, (text, start, end)
            read += not want.empty()
    assert read > 300  # movers, seconders, votes and outcomes were found, not only empty Motions
    slash = motions.find(PASSAGES[1], 0, len(PASSAGES[1]))  # a slash pair and "abstained": no gate word
    assert (slash.mover.text, slash.seconder.text) == ("Quillfeather", "Dunmarrow")


# --------------------------------------------------- record text: seconder tails gated

TRIM_PASSAGES = [
    "That the fee be waived, seconded by Cllr Dunmarrow.",
    "Moved by Quillfeather, seconded by Dunmarrow, that the hall be let.",
    "To adopt the budget, by Trustee Ottersley and seconded by Trustee Brackenholt",
    "Approval of the accounts: proposed Quillfeather seconded Dunmarrow.",
    "Motion to approve: Moved / Seconded / Carried by show of hands",
    "That the report be received. Crs Ottersley/Brackenholt Carried",
    "to suspend the rules passed unanimously by the following vote:",
    "That the grant be paid by Trustee Quillfeather.",
    "Resolution No. 4 RESOLVED that the roof be repaired. Agreed",
]


def test_the_record_trim_cuts_what_it_cut_with_every_tail_tried() -> None:
    from extractor.pipeline.record_clause import MotionRecordTrim

    trim = MotionRecordTrim()
    ref = MotionRecordTrim()
    ref._tails = [(("",), rx) for _, rx in trim._tails]  # "" is in every text: every tail searched, as before
    rng = random.Random(9)
    words = [w for p in TRIM_PASSAGES for w in p.split(" ")]
    texts = TRIM_PASSAGES + [" ".join(rng.choice(words) for _ in range(rng.randint(2, 14))) for _ in range(3000)]
    cut = 0
    for text in texts + [t.upper() for t in texts[:200]]:
        got = trim.strip(text)
        assert got == ref.strip(text), text
        cut += got != text.strip()
    assert cut > 80  # the tails did cut, in the invented texts too
    assert trim.strip(TRIM_PASSAGES[0]) == "That the fee be waived"
