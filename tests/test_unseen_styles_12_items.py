"""Item structure in shapes the held-out errors of the tenth session showed (issue 12):
business recorded between the attendance block and the first item heading is an item with
number and title null (GUIDELINES "Lost headings": "Business recorded before the first
heading ... an item with number and title null. Formalities there ... give nothing"), so
its decision is kept instead of falling outside every item.

Every passage is invented (bodies, people, places); the expected items were read off the
passage by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting, rules_only


def titles(nlp, text: str) -> list[tuple]:
    """(number, title) of each item of the passage's one meeting, in order."""
    return [(i.number, i.title) for i in _meeting(nlp, text).items]


# the previous minutes approved before the first heading, as many small councils print them
DECISION_FIRST = """\
PELLOWMERE PARISH COUNCIL

Minutes of the meeting held on 12 March 2025 at 7.30pm in the Village Hall

Present: Cllrs Quenby Harltrop (Chair), Odessa Wrenfield, Tobin Drussock

The minutes of the meeting held on 12 February 2025 were approved, proposed by
Cllr Wrenfield and seconded by Cllr Drussock.

PLAYING FIELD

The goalposts have been repaired by volunteers and the grass will be cut in April.

CORRESPONDENCE

A letter from the Ambervale bus company about the timetable was noted.

FOOTPATHS

The stile on the path to Tindleby is broken and the clerk will report it to the county.
"""

# only formalities before the first heading: they give no item
FORMALITIES_FIRST = DECISION_FIRST.replace(
    "The minutes of the meeting held on 12 February 2025 were approved, proposed by\n"
    "Cllr Wrenfield and seconded by Cllr Drussock.",
    "The Chair welcomed everyone and opened the meeting at 7.30pm.")


def test_a_decision_before_the_first_heading_is_an_untitled_item(nlp):
    m = _meeting(nlp, DECISION_FIRST)
    assert [(i.number, i.title) for i in m.items] == [(None, None), (None, "PLAYING FIELD"), (None, "CORRESPONDENCE"),
                                                      (None, "FOOTPATHS")]
    # the approval is that item's, not lost outside every item
    texts = [r.text for r in m.items[0].resolutions]
    assert any("minutes of the meeting held on 12 February 2025" in t for t in texts), texts


def test_a_decision_before_the_first_numbered_heading_is_an_item_by_the_rules_alone():
    nlp = rules_only("minutes_items")
    text = DECISION_FIRST.replace("PLAYING FIELD", "1. Playing Field").replace(
        "CORRESPONDENCE\n", "2. Correspondence\n").replace("FOOTPATHS", "3. Footpaths")
    assert titles(nlp, text) == [(None, None), ("1", "Playing Field"), ("2", "Correspondence"), ("3", "Footpaths")]


def test_formalities_before_the_first_heading_give_no_item(nlp):
    assert "welcomed everyone" in FORMALITIES_FIRST
    assert titles(nlp, FORMALITIES_FIRST) == [(None, "PLAYING FIELD"), (None, "CORRESPONDENCE"), (None, "FOOTPATHS")]
