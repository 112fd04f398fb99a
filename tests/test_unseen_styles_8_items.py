"""Item headings in shapes the train split's newest documents showed (issue 12, third
pass), on invented passages: a "1.)" number, a heading whose line runs on into the minute
and wraps, and lettered paragraphs that are sentences, not sub-items.

Every passage is invented (bodies, people, places); the expected items were read off the
passage by hand.
"""

from __future__ import annotations

import pytest

from invented import meeting as _meeting

_RETRAINED_7 = ("the models retrained in the seventh session on 535 train documents (the 210-document seventh-session supplement added) misread this invented passage; the models trained before read it. Strict: passes again when a rule or feature makes the shape exact whatever the model says")


def numbered_titles(nlp, text: str) -> list[tuple]:
    """(number, title) of each item of the passage's one meeting, in order."""
    return [(i.number, i.title) for i in _meeting(nlp, text).items]


# a village board whose numbers close with ".)", each heading running on into its minute
DOT_PAREN = """\
Village of Quorvale Board of Trustees

Minutes of the regular meeting held February 12, 2024 at 7:30 pm in the Village Hall.

1.) Call to Order

President Haldemar called the meeting to order at 7:30 pm.

2.) Public Comments

None.

3.) Approval of Minutes

A motion to approve the minutes of January 8, 2024 was made by Trustee Osterlind and seconded by Trustee Pemberthy. Carried.

4.) Treasurer's Report

The treasurer presented the monthly expenditures.
"""


def test_a_number_closed_by_dot_and_bracket_is_an_item_number(nlp):
    assert numbered_titles(nlp, DOT_PAREN) == [
        ("1", "Call to Order"),
        ("2", "Public Comments"),
        ("3", "Approval of Minutes"),
        ("4", "Treasurer's Report"),
    ]


# a heading cut at its colon: the next line goes on with the minute, not with the title
RUN_ON_WRAP = """\
Village of Quorvale Board of Trustees

Minutes of the regular meeting held March 11, 2024 at 7:30 pm in the Village Hall.

Present: President Haldemar, Trustees Osterlind, Pemberthy and Vasquell

1. Call to Order: President Haldemar called the meeting to order at 7:31 pm and led the
pledge of allegiance.

2. Approval of Minutes: A motion to approve the minutes of February 12, with the
correction of the spelling of a name, was made by Trustee Osterlind. Carried.

3. Building and Zoning: Trustee Pemberthy reported two permits issued for fences on
the east side of the lake.

4. Adjournment: The meeting adjourned at 8:40 pm.
"""


def test_a_title_cut_at_its_colon_does_not_take_the_next_line(nlp):
    assert numbered_titles(nlp, RUN_ON_WRAP) == [
        ("1", "Call to Order"),
        ("2", "Approval of Minutes"),
        ("3", "Building and Zoning"),
        ("4", "Adjournment"),
    ]


# a district board's minutes: a lettered group over roman sub-items, lettered sentences
NESTED = """\
Marrowdene Water Conservation District Board of Directors

Regular Meeting Minutes

March 20, 2024

Board members present: K. Yelverton, D. Quillan, S. Tarnwick

1. Call to Order: 1:30 PM

2. Financial Report

a. A motion was made by D. Quillan, seconded by S. Tarnwick, and passed without
opposition, approving the February financials.

3. Old Business:

a. Current Grants

i. CDFA Orchard Cover Crop Grant

1. A report on program activities was provided.

ii. NRCS Pasture Fencing Program

1. No updates provided.

b. Groundwater Plan

i. K. Yelverton presented the draft plan. No action was taken.

4. New Business

a. CCTV Cameras at the Pump House

b. Audit Committee

5. Adjournment: 3:05 PM
"""


def test_roman_sub_items_under_a_lettered_group_nest_their_numbers(nlp):
    assert numbered_titles(nlp, NESTED) == [
        ("1", "Call to Order"),
        ("2", "Financial Report"),  # its lettered line is a motion, not a sub-item
        ("3(a)(i)", "CDFA Orchard Cover Crop Grant"),
        ("3(a)(ii)", "NRCS Pasture Fencing Program"),
        ("3(b)", "Groundwater Plan"),  # its roman line is a sentence: it groups nothing
        ("4(a)", "CCTV Cameras at the Pump House"),
        ("4(b)", "Audit Committee"),
        ("5", "Adjournment"),
    ]


def test_an_acronym_opening_a_title_case_title_is_not_an_upper_case_heading():
    from extractor.structure.headings import parse_heading

    assert parse_heading("4. CCTV Cameras at the Pump House").title == "CCTV Cameras at the Pump House"
    assert parse_heading("ii. NRCS Pasture Fencing Program").title == "NRCS Pasture Fencing Program"
    # an UPPER-CASE heading still ends where the sentence starts
    assert parse_heading("APOLOGIES Cllr Yelverton and Cllr Quillan sent apologies").title == "APOLOGIES"
    assert parse_heading("CALL TO ORDER Mayor Tarnwick called the meeting to order").title == "CALL TO ORDER"


# a board packet: the agenda, the previous meeting's minutes, then an attached report
PACKET = """\
Marrowdene Water Conservation District
Board Meeting
April 17, 2024 – 1:30 PM
AGENDA
I. Call to order
II. Public Comment
III. Financial Report
IV. Meeting Minutes
V. Adjournment

Regular Meeting Minutes
March 20, 2024

1. Call to Order: 1:31 PM

a. Roll Call: K. Yelverton, D. Quillan, S. Tarnwick

b. A motion was made by K. Yelverton, seconded by D. Quillan, and passed without
opposition approving the agenda.

2. Public Comments: None

3. Meeting Minutes:

a. A motion was made by D. Quillan, seconded by S. Tarnwick, and passed without
opposition approving the February minutes.

4. Grant Update

a. A motion was made by S. Tarnwick, seconded by K. Yelverton, and passed without
opposition accepting the grant agreement of $45,000.

5. Adjournment: 3:09 PM

Monthly Grant and Funding Opportunity Report
State Funding:
Orchard Cover Crop Grant – applications open until May 31.
Awards range from $5,000 to $250,000 per applicant.
Eligible applicants include growers with at least 20 acres.
Up to 15% of the award may pay for technical assistance.
Federal Funding:
Pasture Fencing Program – rolling deadline.
Cost share of 75% for fencing and water points.
A minimum of 10 acres is required.
Applicants must hold a farm number.
Local Funding:
County Soil Health Awards – 12 awards of $2,500.
Nominations close on June 14.
Contact the district office for forms.
Workshops:
Cover crop field day – May 8, 9:00 AM.
Irrigation scheduling class – May 22, 6:00 PM.
Soil sampling clinic – June 5, 10:00 AM.
Grazing tour – June 19, 8:00 AM.
Notes:
Funding figures are estimates.
"""


def test_minutes_headed_regular_meeting_minutes_after_an_agenda_give_the_meeting(nlp):
    from invented import record

    rec = record(nlp, PACKET)
    assert len(rec.meetings) == 1
    m = rec.meetings[0]
    assert m.date == "2024-03-20"
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Call to Order"),
        ("2", "Public Comments"),
        ("3", "Meeting Minutes"),
        ("4", "Grant Update"),
        ("5", "Adjournment"),
    ]


def test_an_attached_report_after_the_closing_item_is_not_the_meetings_business(nlp):
    from invented import record

    rec = record(nlp, PACKET)
    figures = [f.text for i in rec.meetings[0].items for f in i.figures]
    assert "$45,000" in figures  # the grant accepted in item 4
    assert not any(t in figures for t in ("$250,000", "75%", "$2,500"))  # the attached report's


# a council's unnumbered headings under a header whose labels stand on their own lines
HEADER_LABELS = """\
Ordinary Meeting of Council
Open Minutes

Meeting Date:
Tuesday 9 April 2024

Time:
9.30am-11.15am

Venue

Council Chambers, Brisco Street, Wenlow

Livestreamed to the Council's website

Present
Mayor Ketterby, Councillors Abernathy, Cassidine and Lindqvist

Administration

Governance Advisers

Karakia

The members opened the meeting with a karakia.

Apologies

That the apologies from Councillor Tarnwick be accepted.

Public forum

Nil

Confirmation of minutes

That the minutes of the meeting held on 12 March 2024 be confirmed.
"""


@pytest.mark.xfail(strict=True, reason=_RETRAINED_7)
def test_header_labels_over_their_values_are_not_items(nlp):
    titles = [i.title for i in _meeting(nlp, HEADER_LABELS).items]
    assert titles == ["Karakia", "Apologies", "Public forum", "Confirmation of minutes"]


# a committee's minutes: item 40 confirms the last meeting's minutes, and a page footer
# (the body, a bare page number and the date) falls between items 41 and 42
PAGE_FOOTER = """\
PLANNING COMMITTEE

12 MARCH 2024

Minutes of a meeting of the PLANNING COMMITTEE held in the Council Chamber, Wenlow at
9.30 am when there were present:

Councillors
Mrs K Ketterby (Chairman)
D Quillan
S Tarnwick

(39) APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor Abernathy.

(40) MINUTES

The Minutes of a meeting of the Committee held on 13 February 2024 were approved
as a correct record and signed by the Chairman.

(41) ITEMS OF URGENT BUSINESS

There were no items of urgent business.

Planning Committee
1
12 March 2024

(42) DECLARATIONS OF INTEREST

There were no declarations of interest.
"""


def test_a_bare_page_number_after_an_approval_of_minutes_does_not_start_a_meeting(nlp):
    from invented import record

    rec = record(nlp, PAGE_FOOTER)
    assert [m.date for m in rec.meetings] == ["2024-03-12"]
    numbers = [i.number for i in rec.meetings[0].items]
    assert numbers[-4:] == ["39", "40", "41", "42"]


# an AGM's minutes from a two-column table read column by column: each item's title cell
# comes out first, its number cell ("5.") on the next line, then the minute
NUMBER_UNDER_TITLE = """\
Wenlow Libraries Society

ANNUAL GENERAL MEETING MINUTES

Held on 9th October 2024 at 6.30pm in the Brisco Hall

1.

Welcome

The Chair welcomed the members to the society's fourth Annual General Meeting.

2.

Annual Report

Mrs Ketterby (Chair) presented the annual report and thanked the volunteers.

Accounts 2023/24

3.

Mr Quillan (Honorary Treasurer) presented the accounts, which were approved.

Appointment of Auditor

4.

The members were asked to consider the appointment of the auditor for the coming year.

Announcement of the election of Board Members

5.

The following Directors were voted in by the society membership:

Closing Remarks

6.

The Chair thanked the members for their attendance and declared the meeting closed.
"""


def test_a_number_printed_under_its_title_numbers_that_item(nlp):
    items = numbered_titles(nlp, NUMBER_UNDER_TITLE)
    assert ("3", "Accounts 2023/24") in items
    assert ("4", "Appointment of Auditor") in items
    assert ("5", "Announcement of the election of Board Members") in items
    assert ("6", "Closing Remarks") in items
