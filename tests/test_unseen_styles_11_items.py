"""Item headings in shapes the held-out errors of the ninth session showed (issue 12): a
title-case line printed straight over its minute after a blank line, and, for the line-role
model, a paragraph that opens with its item's title ("Sewer Main Relining: The clerk ...").

Every passage is invented (bodies, people, places); the expected items and features were
read off the passage by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting, rules_only

from extractor.pipeline.patterns import pipeline_dir, read_patterns
from extractor.structure.line_features import LineFeaturizer, text_lines


def titles(nlp, text: str) -> list[tuple]:
    """(number, title) of each item of the passage's one meeting, in order."""
    return [(i.number, i.title) for i in _meeting(nlp, text).items]


# a township that prints each item's title in title case straight over its minute
TITLED_OVER_TEXT = """\
Hollinsworth Township Board of Supervisors

Minutes of the regular meeting held June 9, 2025 at 7:00 pm.

Present: Supervisors Ardith Vemmel, Corwin Baskerley and Tamsin Oakhurst.

Road Grader Repairs
Supervisor Vemmel reported that the grader needs a new hydraulic pump before the winter season.

Cemetery Mowing Contract
The board reviewed two quotes for mowing and chose the lower one.

Park Pavilion Rental Fees
Supervisor Oakhurst proposed raising the rental fee for residents to forty dollars.
"""


def test_title_case_lines_over_their_minutes_are_items_by_the_rules_alone():
    nlp = rules_only("minutes_items")
    assert titles(nlp, TITLED_OVER_TEXT) == [
        (None, "Road Grader Repairs"),
        (None, "Cemetery Mowing Contract"),
        (None, "Park Pavilion Rental Fees"),
    ]


def test_title_case_lines_over_their_minutes_are_items(nlp):
    assert titles(nlp, TITLED_OVER_TEXT) == [
        (None, "Road Grader Repairs"),
        (None, "Cemetery Mowing Contract"),
        (None, "Park Pavilion Rental Fees"),
    ]


# the first line of a wrapped sentence is no title, however it is capitalised
SENTENCE_OVER_TEXT = """\
Hollinsworth Township Board of Supervisors

Minutes of the regular meeting held June 9, 2025 at 7:00 pm.

The Board Then Heard From Residents
about the condition of the gravel roads after the spring thaw and agreed to grade them.

Road Grader Repairs

Supervisor Vemmel reported that the grader needs a new hydraulic pump.

Cemetery Mowing Contract

The board reviewed two quotes for mowing and chose the lower one.

Park Pavilion Rental Fees

Supervisor Oakhurst proposed raising the rental fee to forty dollars.
"""


def test_a_capitalised_sentence_opening_is_no_item_title():
    nlp = rules_only("minutes_items")
    got = titles(nlp, SENTENCE_OVER_TEXT)
    assert (None, "The Board Then Heard From Residents") not in got
    assert [t for _, t in got][-3:] == ["Road Grader Repairs", "Cemetery Mowing Contract", "Park Pavilion Rental Fees"]


# ----------------------------------------------------------------------------- line features

PARAGRAPHS = """\
MARROWFIELD TOWN BOARD
Minutes of the meeting held on 4 June 2025

Sewer Main Relining: The clerk reported that the contractor had finished relining the main along Quibble Street and that the final invoice would follow at the next meeting of the board, once the inspection was complete.

FOOTPATHS. Councillor Pellingrew reported that the stile on the path to Wexcombe had been replaced by volunteers and that the parish would thank them in the next newsletter, which goes to print in July.

The clerk reported that the contractor had finished relining the main along Quibble Street and that the final invoice would follow at the next meeting of the board.
"""


def _lead_features(text: str) -> dict[str, list[str]]:
    """Each line's own ``lead`` features, by the line's first word."""
    featurizer = LineFeaturizer(read_patterns(pipeline_dir() / "minutes_line_roles" / "patterns.json"))
    lines = text_lines(text)
    return {l.text.split()[0]: sorted(f for f in feats if f.startswith("lead"))
            for l, feats in zip(lines, featurizer.document(lines, len(text)))}


def test_a_paragraph_that_opens_with_a_title_says_so_to_the_line_model():
    feats = _lead_features(PARAGRAPHS)
    # three title-case words closed by a colon
    assert feats["Sewer"] == ["lead=colon", "lead_titled", "lead_words=b1"]
    # one word in capitals closed by a full stop
    assert feats["FOOTPATHS."] == ["lead=stop", "lead_caps", "lead_titled", "lead_words=b0"]
    # a sentence: no colon, dash or stop among its first words
    assert feats["The"] == ["lead=none"]
    # short lines are read whole by the other features
    assert feats["MARROWFIELD"] == [] and feats["Minutes"] == []
