"""Item headings on bodies nobody tuned for (issue 12, the twelfth session's read errors):
- a page flattened onto one line whose minutes count on through the year ("412. PUBLIC
  QUESTIONS ... 413. APOLOGIES ..."): the flattened-page reader found only runs that
  open at item 1 or 2, and numbers of two digits, so the meeting collapsed into one item;
- minute references in three parts: "Item 2017-07-113:" (year, month, running number) and
  "TKB/1718/23" (body, year, minute). They were read as unnumbered headings whose title
  kept the reference, so no title matched;
- lines that are no heading whatever their shape: a numbered motion's mover by initials
  ("2. S. Vale" over "B. Orrin" over "THAT ..."), and the rows of a table of sums
  ("General 7073.47", "Road 22792.03") read as unnumbered headings;
- an item page's table flattened onto lines, each title cell followed by the body's
  "Minutes:" label ("Apologies Minutes: No apologies ..."): the label stayed in the title;
- the agenda number closing the heading's own line ("Health and Safety (Item 3.0)"): two or
  more such lines were read as a single-item page, one untitled item over the meeting.

Every passage is invented (bodies, people, places); the expected items were read off the
passage by hand.
"""

from __future__ import annotations

import re

from invented import meeting as _meeting, rules_only
from test_unseen_styles_13_resolutions import DIVISION

FLAT_YEAR_NUMBERS = (
    "MINUTES OF THE MEETING of Lindwick Parish Council held in the Village Hall at 7pm on "
    "Tuesday 6th March 2018.\n\n"
    "Present: Councillors Ottoline Brackwater (Chair), Peregrine Soddy, Ysolde Haskard. The Clerk "
    "was in attendance.\n\n"
    "412. PUBLIC QUESTIONS – a resident asked about the condition of the footpath near the mill "
    "and whether the council had written to the landowner about it. The Chair replied that a letter "
    "had been sent and that a reply was awaited. The resident thanked the council and left the "
    "meeting at 7:10pm. 413. APOLOGIES FOR ABSENCE – none received. 414. DECLARATIONS OF INTEREST "
    "– no declarations of interest were made at this meeting. 415. MINUTES OF THE MEETING held on "
    "6th February 2018 were agreed and signed as a true record. 416. FINANCE – the clerk presented "
    "the accounts for the month and the payments listed were approved by all members present. "
    "417. PLANNING – there were no planning applications to consider this month and the council "
    "noted the decision notices received from the district council.\n"
)

DASHED_REFERENCES = """\
THRUSHCOMBE COUNTY BOARD OF COMMISSIONERS

Minutes of the regular meeting held on July 11, 2017

Present: Chairman Orlo Pexwell, Commissioner Marigold Sattersby, Commissioner Tobias Quayle

Item 2017-07-113: Approval of Docket
Commissioner Sattersby moved to approve the docket. Motion carried.

Item 2017-07-114: Approval of Minutes
Commissioner Quayle moved to approve the minutes of June 13. Motion carried.

Item 2017-07-115: Road Resurfacing Bids
The county engineer presented three bids for the resurfacing of the quarry road.
"""

SLASHED_REFERENCES = DASHED_REFERENCES.replace("Item 2017-07-11", "TKB/1718/2")

ITEM_NUMBER_AFTER_TITLE = """\
GORSEDALE REGIONAL COUNCIL

Minutes of the council meeting held on 6 November 2018

Present: Chair Ottoline Brackwater, Councillors Peregrine Soddy and Ysolde Haskard

The Chair declared the meeting open at 10.30am.

Apologies (Item 1.0)
Moved (Soddy/Haskard)
That the apologies from Councillor Lindwick be received.
Carried

Health and Safety (Item 3.0)
Report from the Health and Safety Specialist
Moved (Haskard/Soddy)
That the report be received.
Carried

Confirmation of Minutes - 23 October 2018 (Item 4.1)
Moved (Soddy/Haskard)
That the minutes be confirmed as a true and correct record.
Carried
"""

# a date at the head of a line is no item number
DATED_LINES = DASHED_REFERENCES.replace("Item 2017-07-113: ", "07/11/2017 ").replace(
    "Item 2017-07-114: ", "").replace("Item 2017-07-115: ", "")


def titles(nlp, text: str) -> list[tuple]:
    return [(i.number, i.title) for i in _meeting(nlp, text).items]


def test_a_flattened_page_numbered_on_through_the_year_gives_each_minute(nlp):
    assert titles(nlp, FLAT_YEAR_NUMBERS) == [
        ("412", "PUBLIC QUESTIONS"), ("413", "APOLOGIES FOR ABSENCE"), ("414", "DECLARATIONS OF INTEREST"),
        ("415", "MINUTES OF THE MEETING"), ("416", "FINANCE"), ("417", "PLANNING")]


def test_year_month_running_references_are_item_numbers():
    expected = [("2017-07-113", "Approval of Docket"), ("2017-07-114", "Approval of Minutes"),
                ("2017-07-115", "Road Resurfacing Bids")]
    assert titles(rules_only("minutes_items"), DASHED_REFERENCES) == expected


def test_body_year_minute_references_are_item_numbers():
    expected = [("TKB/1718/23", "Approval of Docket"), ("TKB/1718/24", "Approval of Minutes"),
                ("TKB/1718/25", "Road Resurfacing Bids")]
    assert titles(rules_only("minutes_items"), SLASHED_REFERENCES) == expected


def test_the_shipped_pipeline_reads_both_reference_shapes(nlp):
    assert [n for n, _ in titles(nlp, DASHED_REFERENCES)] == ["2017-07-113", "2017-07-114", "2017-07-115"]
    assert [n for n, _ in titles(nlp, SLASHED_REFERENCES)] == ["TKB/1718/23", "TKB/1718/24", "TKB/1718/25"]


def test_a_date_opening_a_line_is_no_item_number(nlp):
    assert all(n is None or "/" not in n for n, _ in titles(nlp, DATED_LINES))


def test_an_item_number_closing_the_title_line_numbers_the_item(nlp):
    expected = [("1.0", "Apologies"), ("3.0", "Health and Safety"),
                ("4.1", "Confirmation of Minutes - 23 October 2018")]
    assert titles(rules_only("minutes_items"), ITEM_NUMBER_AFTER_TITLE) == expected
    assert titles(nlp, ITEM_NUMBER_AFTER_TITLE) == expected


# the Board's numbered motions, mover over seconder (the resolutions tests' passage)
NUMBERED_MOTIONS = DIVISION + "\nAdjournment\nThe meeting adjourned at 9:15 p.m.\n"
_INITIALLED = re.compile(r"^(?:[A-Z]\. ?){1,2}[A-Z][a-z]+$")


SUMS_TABLE = """\
PEXWELL COUNTY COMMISSIONERS

Minutes of the regular meeting held on August 9, 2016

Present: Commissioners Ottoline Brackwater, Peregrine Soddy and Ysolde Haskard

The meeting was called to order by Chairman Brackwater at 9:00 a.m.

Commissioners approved vouchers from the following accounts:

General 7073.47

Road 22792.03

Health 679.03

Payroll Clearing 2575.50

Commissioner Soddy reported on the condition of the bridge over the quarry creek.
"""


def test_a_numbered_motions_mover_is_no_item(nlp):
    got = titles(nlp, NUMBERED_MOTIONS)
    assert not any(t and _INITIALLED.match(t) for _, t in got)
    assert got[-1] == (None, "Adjournment")


def test_rows_of_a_table_of_sums_are_no_items(nlp):
    assert [t for _, t in titles(nlp, SUMS_TABLE)] == [None]


FLATTENED_ITEM_TABLE = """\
Meeting of Lindwick Standards and Business Committee, Tuesday, 19th March, 2019 5.15 pm
Venue: Committee Room - Town Hall
No. | Item |
Apologies Minutes: No apologies for inability to attend were reported.
Declarations of Interest Minutes: No declarations of interest were reported.
Motions Minutes: The Town Solicitor informed the Committee that four motions had been received.
The Committee considered each motion in turn and agreed the following:
Confirmation of Minutes: The minutes of the last meeting were agreed.
"""


def test_the_minutes_label_after_a_title_cell_is_no_part_of_the_title(nlp):
    got = [t for _, t in titles(nlp, FLATTENED_ITEM_TABLE)]
    assert got[:3] == ["Apologies", "Declarations of Interest", "Motions"]
    assert "Confirmation of Minutes" in got  # "Minutes" after a joining word is the title's own
