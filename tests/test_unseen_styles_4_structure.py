"""A fourth round of invented minutes, for document structure (issue 12): the item-heading
shapes held-out councils print that the first corpus lacked, several meetings in one file,
a minutes file stamped with the agenda item it was filed under, the start time in "called
the meeting to order at", the body named only on the first line, and numeric dates read in
the document's own convention.

Every passage is invented (councils, people, places and numbers); the expected values were
read off the passage by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting, record as _record


def _items(m) -> list[tuple[str | None, str | None]]:
    return [(i.number, i.title) for i in m.items]


# ----------------------------------------------------------------------------- passages

COLON_HEADINGS = """\
Little Haddon Parish Council

Minutes of the meeting held on Tuesday 9 April 2024 at 7.30 pm in the Reading Room

Present: Cllr J Oakes (Chair), Cllr M Pryor, Cllr S Quill, Cllr T Ruddock

Village Hall Lettings:
The Clerk reported that bookings for the spring had risen and the committee agreed to review the hire charges in June.

Footpaths and Verges:
Cllr Pryor reported that the stile on footpath 7 was broken. The Clerk was asked to report it to the county council.

Payments:
The following payments were approved:
Clerk's salary     £412.50
Haddon Hall hire   £36.00
Total              £448.50

Date of next meeting:
Tuesday 14 May 2024 at 7.30 pm.
"""

CAPITALS = """\
EASTLEIGH VALE COMMUNITY COUNCIL

MINUTES OF THE ORDINARY MEETING HELD ON 2 OCTOBER 2023 AT 7.00 PM IN ST MARY'S CHURCH HALL

PRESENT: Cllr A Brightwell (Chair), Cllr C Dunmore, Cllr E Fairlie
APOLOGIES: Cllr G Hanbury

CORRESPONDENCE
A letter from the Highways Department about the resurfacing of Mill Lane was noted.

PLANNING
The council had no objection to application 23/0456 for a rear extension at 4 Brook Close.

FINANCE
The bank reconciliation for September was accepted. Proposed by Cllr Dunmore, seconded by Cllr Fairlie, all in favour.

ANY OTHER BUSINESS
Cllr Brightwell thanked volunteers for the litter pick.
"""

ROMAN = """\
Westmoor Library Board

Minutes of the regular meeting held on November 14, 2022 at 6:30 p.m.

Present: Trustees Abernathy, Blackwood, Castellano and Durant

I. CALL TO ORDER
President Abernathy called the meeting to order at 6:31 p.m.

II. APPROVAL OF MINUTES
Trustee Blackwood moved to approve the October minutes. Trustee Durant seconded. Ayes: 4. Nays: 0.

III. FINANCIAL REPORT
The Director presented the October statements.

IV. REPORTS
a. Director's Report
The Director reported that circulation was up 6 percent on last year.
b. Friends of the Library
The Friends raised $2,340 at the autumn book sale.

V. ADJOURNMENT
The meeting adjourned at 7:40 p.m.
"""

DECIMAL = """\
Northfold Harbour Authority

Minutes of the Board meeting held on 6 March 2024 at 10.00 am

Present: Mr K Ashworth (Chair), Ms L Benn, Mr R Carrow

1.0 WELCOME AND APOLOGIES
1.1 The Chair welcomed members. Apologies were received from Mrs D Elwood.

2.0 MINUTES OF THE LAST MEETING
2.1 The minutes of the meeting held on 7 February 2024 were approved.

3.0 OPERATIONS REPORT
3.1 The Harbour Master reported 214 vessel movements in February.
3.2 Dredging of the inner basin would start in April.

4.0 FINANCE
4.1 The management accounts showed a surplus of £18,200 for the year to date.
"""

ITEM_BELOW = """\
Kelburn District Council

Minutes of the Licensing Sub-Committee held on Wednesday 17 January 2024 at 2.00 pm in Committee Room 3

Present: Councillor P Atherton (Chair), Councillor R Bhatt, Councillor F Connolly

Declarations of Interest
(Item 5)
No declarations were made.

Application for a Premises Licence, The Old Forge
(Item 6)
The Licensing Officer introduced the application. The Sub-Committee heard from the applicant and two residents.
RESOLVED: That the licence be granted subject to the conditions in the report.

Review of Street Trading Consent, Market Square
(Item 7)
The consent holder did not attend. RESOLVED: That the review be adjourned to the next meeting.
"""

FILE_NUMBERS = """\
City of Ardmore Planning Commission

Minutes of the meeting held on September 12, 2022 at 7:00 p.m.

Present: Commissioners Baptiste, Corrigan, Delacroix and Esposito

(22-101) Variance request, 418 Linden Avenue
Staff summarized the request for a reduced side setback. Motion by Corrigan, second by Esposito, to approve the variance; motion passed 4-0.

(22-102) Site plan review, Ardmore Commons retail building
Staff recommended approval with conditions. Motion by Delacroix, second by Baptiste, to approve; motion passed 3-1.
Ayes: Baptiste, Corrigan, Delacroix
Nays: Esposito

(22-103) Zoning text amendment, accessory dwelling units
Discussion was continued to the October meeting.
"""

BULLETS_AND_TALLIES = """\
Ferncombe Town Council

Minutes of the Town Council meeting held on Monday 8 July 2024 at 7.00 pm in the Guildhall

Present: Cllr H Ashby (Mayor), Cllr J Brook, Cllr K Cole, Cllr L Dunn

1. Apologies
Cllr M Eden sent apologies.

2. Town Centre Improvements
The Town Clerk summarised the consultation responses:
- 64 responses supported wider pavements
- 23 responses asked for more cycle parking
- 9 responses opposed any change
For: 3
Against: 1
RESOLVED: That the scheme proceed to detailed design.

3. Allotments
Two plots had been relet.
"""

TWO_MEETINGS = """\
Brookfield Township Board of Trustees

REGULAR MEETING - March 4, 2024

Present: Trustees Alvarez, Brennan and Okafor
Absent: Trustee Lindqvist

1. Call to Order
Supervisor Alvarez called the meeting to order at 7:02 p.m.

2. Approval of Minutes
Motion by Brennan, second by Okafor, to approve the minutes of February 5, 2024; motion passed 3-0.

3. Road Maintenance Contract
The board discussed the snow removal contract with Harlow Paving.

SPECIAL MEETING - March 18, 2024

Present: Trustees Alvarez, Brennan, Lindqvist and Okafor

1. Call to Order
Supervisor Alvarez called the meeting to order at 6:30 p.m.

2. Fire Station Roof
Motion by Lindqvist, second by Brennan, to accept the bid of $48,500 from Crestline Roofing; motion passed 4-0.

3. Adjournment
The meeting adjourned at 6:52 p.m.
"""

TWO_MINUTES = """\
Marlow Green Parish Council

Minutes of the Parish Council meeting held on Monday 3 June 2024 at 7.30 pm in the Village Hall

Present: Cllr A Pemberton (Chair), Cllr B Quayle, Cllr C Rudd

24/31 Apologies
Apologies were received from Cllr D Sutton.

24/32 Playground Inspection
The Clerk reported that the annual inspection had found two minor defects.

Minutes of the Parish Council meeting held on Monday 1 July 2024 at 7.30 pm in the Village Hall

Present: Cllr A Pemberton (Chair), Cllr B Quayle, Cllr D Sutton

24/40 Apologies
Apologies were received from Cllr C Rudd.

24/41 Allotments
Two plots had been relet.
"""

AGENDA_STAMP = """\
Agenda
Item 4

PLANNING COMMITTEE
Thursday 14 March 2024

Members: Cllr R Ashdown (Chair), Cllr P Bright, Cllr S Carver

1. Apologies for absence
Apologies were received from Cllr T Dean.

2. Allotment rents
It was RESOLVED that allotment rents be held at £42 per plot.

3. Christmas lights
The Clerk reported that three quotations had been received.
"""

US_NUMERIC = """\
Pine Hollow Fire District Board

Minutes of the meeting held 10/03/2023

The meeting was called to order at 7:05 p.m. by Chair Okonjo.

1. Approval of the agenda
The agenda was approved as presented.

2. Apparatus report
The new pumper was delivered on September 28, 2023.
"""

UK_NUMERIC = """\
Hollin Bank Parish Council

Minutes of the meeting held 10/03/2023

Present: Cllr P Ambler (Chair), Cllr R Birtwistle

1. Apologies
None.

2. Bus shelter
The replacement shelter was installed on 28 February 2023.
"""


# ----------------------------------------------------------------------------- items


def test_unnumbered_headings_ending_in_a_colon_and_a_payments_table(nlp):
    m = _meeting(nlp, COLON_HEADINGS)
    assert (m.body, m.date, m.time, m.venue) == ("Little Haddon Parish Council", "2024-04-09", "19:30", "Reading Room")
    # the payments table's rows and the lead-in sentence "The following payments were approved:" are no items
    assert _items(m) == [(None, "Village Hall Lettings"), (None, "Footpaths and Verges"), (None, "Payments"),
                         (None, "Date of next meeting")]


def test_upper_case_section_headings(nlp):
    m = _meeting(nlp, CAPITALS)
    assert (m.body, m.date, m.time) == ("EASTLEIGH VALE COMMUNITY COUNCIL", "2023-10-02", "19:00")
    assert _items(m) == [(None, "CORRESPONDENCE"), (None, "PLANNING"), (None, "FINANCE"), (None, "ANY OTHER BUSINESS")]


def test_roman_numbered_sections_with_lettered_sub_items(nlp):
    m = _meeting(nlp, ROMAN)
    assert (m.body, m.date) == ("Westmoor Library Board", "2022-11-14")
    # "IV. REPORTS" only groups its lettered reports: they are the items (guidelines: grouping headings)
    assert _items(m) == [("I", "CALL TO ORDER"), ("II", "APPROVAL OF MINUTES"), ("III", "FINANCIAL REPORT"),
                         ("IV(a)", "Director's Report"), ("IV(b)", "Friends of the Library"), ("V", "ADJOURNMENT")]


def test_decimal_numbering_with_numbered_paragraphs(nlp):
    m = _meeting(nlp, DECIMAL)
    assert m.date == "2024-03-06" and m.time == "10:00"
    # "3.1 The Harbour Master reported ..." is a numbered paragraph, not a sub-item
    assert _items(m) == [("1.0", "WELCOME AND APOLOGIES"), ("2.0", "MINUTES OF THE LAST MEETING"),
                         ("3.0", "OPERATIONS REPORT"), ("4.0", "FINANCE")]


def test_body_named_above_a_generic_board(nlp):
    # "Minutes of the Board meeting" under the authority's name: the board is the authority's
    assert _meeting(nlp, DECIMAL).body == "Northfold Harbour Authority Board"


def test_item_number_printed_on_the_line_below_the_title(nlp):
    m = _meeting(nlp, ITEM_BELOW)
    assert _items(m) == [("5", "Declarations of Interest"), ("6", "Application for a Premises Licence, The Old Forge"),
                         ("7", "Review of Street Trading Consent, Market Square")]


def test_file_number_headings_and_vote_tallies(nlp):
    m = _meeting(nlp, FILE_NUMBERS)
    assert (m.body, m.date, m.time) == ("City of Ardmore Planning Commission", "2022-09-12", "19:00")
    # "Ayes: ..." / "Nays: ..." tallies are no items
    assert _items(m) == [("22-101", "Variance request, 418 Linden Avenue"),
                         ("22-102", "Site plan review, Ardmore Commons retail building"),
                         ("22-103", "Zoning text amendment, accessory dwelling units")]


def test_bullets_and_vote_counts_inside_an_item_are_not_items(nlp):
    m = _meeting(nlp, BULLETS_AND_TALLIES)
    assert _items(m) == [("1", "Apologies"), ("2", "Town Centre Improvements"), ("3", "Allotments")]


# ----------------------------------------------------------------------------- meetings


def test_two_meetings_in_one_file_each_with_its_own_items_and_start_time(nlp):
    rec = _record(nlp, TWO_MEETINGS)
    assert [(m.body, m.date, m.time) for m in rec.meetings] == [
        ("Brookfield Township Board of Trustees", "2024-03-04", "19:02"),  # body from the first line
        ("Brookfield Township Board of Trustees", "2024-03-18", "18:30"),  # time from "called ... to order at"
    ]
    assert [_items(m) for m in rec.meetings] == [
        [("1", "Call to Order"), ("2", "Approval of Minutes"), ("3", "Road Maintenance Contract")],
        [("1", "Call to Order"), ("2", "Fire Station Roof"), ("3", "Adjournment")],
    ]


def test_two_sets_of_minutes_in_one_file(nlp):
    rec = _record(nlp, TWO_MINUTES)
    assert [(m.date, m.time, m.venue) for m in rec.meetings] == [("2024-06-03", "19:30", "Village Hall"),
                                                                  ("2024-07-01", "19:30", "Village Hall")]
    assert [[i.number for i in m.items] for m in rec.meetings] == [["24/31", "24/32"], ["24/40", "24/41"]]


def test_minutes_stamped_with_their_agenda_item_are_not_an_agenda(nlp):
    rec = _record(nlp, AGENDA_STAMP)
    assert [p.kind for p in rec.parts] == ["minutes"] and rec.agenda == []
    [m] = rec.meetings
    assert (m.body, m.date) == ("PLANNING COMMITTEE", "2024-03-14")
    assert [i.title for i in m.items] == ["Apologies for absence", "Allotment rents", "Christmas lights"]


def test_numeric_dates_follow_the_documents_own_convention(nlp):
    # "September 28, 2023" is written month first, so "10/03/2023" is 3 October
    us = _meeting(nlp, US_NUMERIC)
    assert (us.body, us.date, us.time) == ("Pine Hollow Fire District Board", "2023-10-03", "19:05")
    # "28 February 2023" is written day first, so "10/03/2023" is 10 March
    assert _meeting(nlp, UK_NUMERIC).date == "2023-03-10"
