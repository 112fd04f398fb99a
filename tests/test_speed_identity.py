"""The speed work keeps behaviour (issue 12, "Speed stays"): phrase alternations grouped by
first character match what the plain alternation matched, the quicker page-furniture test
answers as searching the joined patterns did, and the line features of an invented passage
are the ones read off it by hand. Names and passages are invented."""

from __future__ import annotations

import re

import pytest

from extractor.pipeline.patterns import alternation, pipeline_dir, read_patterns
from extractor.structure.line_features import LineFeaturizer, _starts_anchored, furniture_test, text_lines


def _plain(words: list[str]) -> str:
    """The alternation as it was before grouping: every phrase, longest first."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    firsts = sorted({r"\s" if p[0].isspace() else re.escape(p[0]) for p in parts})
    return f"(?=[{''.join(firsts)}])(?:{'|'.join(re.escape(p).replace(chr(92) + ' ', chr(92) + 's+') for p in parts)})"


PHRASES = ["moved", "moved by", "motion", "minute", "seconded", "seconded by", "carried", "lost", "agreed",
           "resolved", "resolution", "abstained", "a", "aye", "ayes", "nay", "to note", "to agree", "(1)", "5%"]
MIXED = PHRASES + ["Mr", "mr.", "Mrs", "Ms", "ms", "Madam Chair"]  # a letter opening phrases in both cases
TEXT = ("RESOLVED: that the motion, Moved  by Cllr Quillfeather and seconded by Cllr Dunmarrow, was CARRIED.\n"
        "Ayes 5, nays 1; Mr. Brackenholt abstained (1) and Ms Dunmarrow asked the Council to note a 5% fee.\n"
        "Madam Chair agreed; MS Quillfeather:\nmoved\nby nobody. Aye-aye. to\tagree lostx minutes")


@pytest.mark.parametrize("words", [PHRASES, MIXED], ids=["one case", "both cases"])
@pytest.mark.parametrize("flags", [0, re.I], ids=["exact", "ignorecase"])
@pytest.mark.parametrize("wrap", ["(?:{})", r"\b(?:{})\b", r"\b(?:{})"])
def test_grouped_alternation_matches_what_the_plain_one_matched(words: list[str], flags: int, wrap: str) -> None:
    grouped = re.compile(wrap.format(alternation(words)), flags)
    plain = re.compile(wrap.format(_plain(words)), flags)
    assert alternation(words) != _plain(words)  # the grouping is in use for these lists
    assert [m.span() for m in grouped.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


def test_grouped_alternation_still_prefers_the_longest_phrase() -> None:
    rx = re.compile(rf"\b(?:{alternation(PHRASES)})\b", re.I)
    found = [m.group() for m in rx.finditer("Moved  by Cllr Quillfeather, seconded by Cllr Dunmarrow; lost.")]
    assert found == ["Moved  by", "seconded by", "lost"]


def test_short_lists_and_lists_with_a_phrase_opening_outside_ascii_keep_the_plain_alternation() -> None:
    assert alternation(["aye", "nay", "to note"]) == _plain(["aye", "nay", "to note"])
    assert alternation(PHRASES + ["£5"]) == _plain(PHRASES + ["£5"])


FURNITURE = [r"^page\s*\d{1,3}$", r"\bpage\s+\d{1,3}\s+of\s+\d{1,3}\b", r"^-\s*\d{1,3}\s*-$", r"^draft|final$"]


@pytest.mark.parametrize("line, expected", [
    ("Page 3", True),                       # anchored pattern, whole line
    ("Page 3 of 9", True),                   # the unanchored pattern
    ("see page 4 of 5 for the plan", True),  # unanchored, mid-line
    ("- 12 -", True),
    ("DRAFT minutes", True),                 # "^draft|final$": the first branch at the start
    ("the report is final", True),           # ... the second anywhere: not anchored as a whole
    ("final report", False),
    ("Pages of notes 3", False),
    ("Report on page 3", False),             # "^page" only at the start
])
def test_furniture_test_answers_as_searching_the_joined_patterns(line: str, expected: bool) -> None:
    joined = re.compile("|".join(f"(?:{r})" for r in FURNITURE), re.I)
    assert furniture_test(FURNITURE)(line) is expected
    assert bool(joined.search(line)) is expected


def test_only_patterns_opening_with_a_caret_for_every_branch_count_as_anchored() -> None:
    assert _starts_anchored(r"^page\s*\d+$")
    assert _starts_anchored(r"^(?:a|b)c")
    assert not _starts_anchored(r"^draft|final$")
    assert not _starts_anchored(r"(?m)^page")
    assert not _starts_anchored(r"\bpage")


PASSAGE = """MINUTES OF THE PARISH COUNCIL

Present: Cllr Quillfeather, Cllr Dunmarrow
IV. REPORTS
Page 3 of 9
"""


def test_line_features_of_an_invented_passage_are_the_ones_read_off_it() -> None:
    featurizer = LineFeaturizer(read_patterns(pipeline_dir() / "minutes_line_roles" / "patterns.json"))
    lines = text_lines(PASSAGE)
    assert [l.text for l in lines] == ["MINUTES OF THE PARISH COUNCIL", "Present: Cllr Quillfeather, Cllr Dunmarrow",
                                       "IV. REPORTS", "Page 3 of 9"]
    title, present, reports, page = (set(f) for f in featurizer.document(lines, len(PASSAGE)))
    assert {"all_caps", "pos=b0", "first_chars=b0", "-1:edge", "-2:edge", "blank_after", "w0=minutes"} <= title
    # two honorifics, one word and one comma before the colon, opens with an attendance word
    assert {"names=b2", "colon_at=b1", "commas=b1", "kw_attendance", "kw_attendance_first", "w0=present",
            "blank_before", "num=none", "end=word", "-1:all_caps"} <= present
    assert not {"all_caps", "blank_after", "furniture"} & present
    # a roman number opening the document's numbering high, then an item word in capitals
    assert {"num=roman_upper", "seq=start_high", "all_caps", "rest_caps", "w0=iv", "r0=reports", "kw_item",
            "kw_item_first", "-1:names=b2", "-1:kw_attendance_first", "+1:end=digit"} <= reports
    assert "furniture" not in reports
    assert {"furniture", "end=digit", "+1:edge", "+2:edge", "-2:kw_attendance", "-1:num=roman_upper"} <= page


def test_the_featurizer_pickles_for_worker_processes() -> None:
    import pickle

    featurizer = LineFeaturizer(read_patterns(pipeline_dir() / "minutes_line_roles" / "patterns.json"))
    copy = pickle.loads(pickle.dumps(featurizer))
    lines = text_lines(PASSAGE)
    assert copy.document(lines, len(PASSAGE)) == featurizer.document(lines, len(PASSAGE))
