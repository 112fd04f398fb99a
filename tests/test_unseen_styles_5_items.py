"""Item headings in shapes the held-out dev documents showed (issue 12), on invented passages.

Every passage is invented (bodies, people, places, businesses); the expected values were
read off the passage by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting

# a hearing's entries numbered "1).", with a labelled address line under each
PAREN_DOT = """\
Westmere Licensing Commission

Minutes of the hearing held on Thursday 14 March 2024 at 10:00 am

Present: Commissioner Odile Varnstrom (Chair), Commissioner Pell Graystock

1). Quillon Tavern LLC, doing business as: The Copper Kettle
Location: 12 Fenwick Row
The Commission found no violation.

2). Brisa Foods Inc., doing business as: Brisa Kitchen
Location: 40 Tallow Street
The Commission granted the transfer of the licence.

3). Marrowby Hall Trust
Location: 3 Abbot Lane
The application was deferred to the next hearing.
"""


def test_bracket_and_full_stop_numbers_are_item_headings(nlp):
    m = _meeting(nlp, PAREN_DOT)
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Quillon Tavern LLC, doing business as: The Copper Kettle"),  # "as:" runs on into the trading name
        ("2", "Brisa Foods Inc., doing business as: Brisa Kitchen"),
        ("3", "Marrowby Hall Trust"),
    ]
    # the first entry's "Location:" is that entry's address, not the meeting's venue
    assert (m.body, m.date, m.time, m.venue) == ("Westmere Licensing Commission", "2024-03-14", "10:00", None)


# ----------------------------------------------------------------------------- meeting body and date

BODY_WITH_TAIL = """\
Minutes of the Inaugural Meeting of the Harrowgate Vale Community Board following the triennial election

Held on Thursday 3 November 2022 at 2.00 pm in the Board Room

Present: Member R Anstey (Chair), Member P Quarles

1. Election of Chair
Member Anstey was elected Chair.

2. Meeting Schedule
The schedule for 2023 was adopted.
"""

BODY_AFTER_INNER_OPENER = """\
Ordinary Council Meeting OF THE Kestrel Bay District Council

Held on Wednesday 5 March 2025 at 9.00 am in the Council Chamber
Present:
Mayor F Dunmore
Councillor S Pike
Councillor W Ebbright
1. Apologies
There were none.
2. Roading Report
The roading report for the quarter was received and the works programme noted.
"""

# a web page flattened to one line: no header line to read, but its opening dates it
FLATTENED = ("MINUTES ORDINARY MEETING TUESDAY, 4 MARCH 2025 FELLMOOR The Ordinary Meeting of the Wrenfield "
             "Shire Council was held in Fellmoor on Tuesday, 4 March 2025 at 10:00am. 1. OPENING The meeting "
             "opened at 10:04am. 2. APOLOGIES None were received.")


def test_body_ends_before_a_following_clause(nlp):
    m = _meeting(nlp, BODY_WITH_TAIL)
    assert (m.body, m.date) == ("Harrowgate Vale Community Board", "2022-11-03")


def test_body_named_after_meeting_of_the(nlp):
    m = _meeting(nlp, BODY_AFTER_INNER_OPENER)
    assert (m.body, m.date) == ("Kestrel Bay District Council", "2025-03-05")
    assert [i.title for i in m.items] == ["Apologies", "Roading Report"]


# no header at all: the opening sentence names the body
MET_SENTENCE = ("The Pine Vale Board of Commissioners met in the Commissioners' office at 9 am on Monday April 7. "
                "Chr. Ostrander asked the Deputy Clerk to take roll call.\n"
                "Chr. Ostrander said that the first order of business is the road report.\n")


def test_a_page_flattened_to_one_line_is_dated_and_named_from_its_opening(nlp):
    m = _meeting(nlp, FLATTENED)
    assert (m.body, m.date) == ("Wrenfield Shire Council", "2025-03-04")


def test_body_named_in_a_headerless_opening_sentence(nlp):
    assert _meeting(nlp, MET_SENTENCE).body == "Pine Vale Board of Commissioners"


WRAPPED_HEADER = """\
fn20250301special

FELLMOOR COUNCIL

MINUTES of the SPECIAL MEETING of FELLMOOR COUNCIL held in the COUNCIL
CHAMBERS, OLD BRIDGE, FELLMOOR on THURSDAY 6 MARCH 2025 at 9.30 AM

Present:

Provost Ada QUENBY (in the Chair)
Councillor Rhys TALLANT

1. APOLOGIES
None.
"""


def test_a_header_wrapped_mid_phrase_is_read_whole(nlp):
    # the first line breaks off after "the COUNCIL": the date and time are on the next line
    m = _meeting(nlp, WRAPPED_HEADER)
    assert (m.body, m.date, m.time) == ("FELLMOOR COUNCIL", "2025-03-06", "09:30")


# resolution numbers printed alone above their mover, under unnumbered headings
RESOLUTION_NUMBERS = """\
Minutes of Ashcombe City Council
Held in the Council Chambers, Ashcombe City Hall on
Monday, March 3, 2025 at 6:00 p.m.

Present: Mayor Quarrington, Councillors Abney, Brisco, Caddel and Dray

Call to Order (6:00 p.m.)

Mayor Quarrington called the meeting to order.

Confirmation of Minutes

1.

Moved by Councillor Abney
Seconded by Councillor Brisco

That the minutes of the Council meeting held February 3, 2025 be confirmed as recorded.

CARRIED

Snow Clearing Contract

2.

Moved by Councillor Caddel
Seconded by Councillor Dray

That the snow clearing contract be extended for one year.

CARRIED

Adjournment

3.

Moved by Councillor Dray
Seconded by Councillor Abney

That the meeting be adjourned.

CARRIED
"""


def test_a_resolution_number_over_its_mover_is_no_item(nlp):
    m = _meeting(nlp, RESOLUTION_NUMBERS)
    assert [(i.number, i.title) for i in m.items] == [
        (None, "Call to Order"), (None, "Confirmation of Minutes"), (None, "Snow Clearing Contract"), (None, "Adjournment")]


# the page title names only "Council"; the flattened opening names the council in full
GENERIC_TITLE = ("Minutes of Ordinary Meeting of Council - 3 June 2024\n\n"
                 "1 - MINUTES OF THE ORDINARY MEETING OF THE QUILLBROOK REGIONAL COUNCIL HELD AT MARSDALE ON "
                 "MONDAY, 3 JUNE 2024 AT 9:00 AM 1. PRESENT Mayor Ida Penrose Councillor Tom Acheson "
                 "2. APOLOGIES None. 3. CONFIRMATION OF MINUTES The minutes of 6 May 2024 were confirmed.\n")


def test_a_generic_body_gives_way_to_the_name_in_the_opening(nlp):
    m = _meeting(nlp, GENERIC_TITLE)
    assert (m.body, m.date) == ("QUILLBROOK REGIONAL COUNCIL", "2024-06-03")


# number and letter each alone on a line, the title on the next
LETTERS_ALONE = """\
Minutes of the Regular Meeting of the Board of Trustees of the Glenmoor Public Library District

March 9, 2025

1.

Call to order

President Pellow called the meeting to order at 7:00 p.m.

2.

Correspondence

a.

Letter from resident Ione Farley

The Board discussed a letter asking for longer Sunday hours.

b.

Per Capita Grant Award

The Director reported that the grant had been awarded.

3.

Adjournment

The meeting adjourned at 8:10 p.m.
"""


def test_letters_alone_on_their_line_are_sub_items_of_the_heading_above(nlp):
    m = _meeting(nlp, LETTERS_ALONE)
    # "2. Correspondence" only groups its lettered entries: no item of its own (guidelines)
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Call to order"), ("2(a)", "Letter from resident Ione Farley"), ("2(b)", "Per Capita Grant Award"),
        ("3", "Adjournment")]


# house numbers opening address lines inside a planning item
ADDRESSES = """\
Ferncliff Town Council

Minutes of the meeting held on Monday 10 March 2025 at 7.00 pm

Present: Cllr N Ashdown (Chair), Cllr P Brereton

1. Apologies
None.

2. Planning Applications
The following applications were considered:

412 Brackenridge Road
Two-storey rear extension. No objection.

170 to 178 Quayside Terrace
Change of use to residential. Objection on parking grounds.

3. Date of Next Meeting
Monday 14 April 2025.
"""

# running minute numbers printed bare: the next line continues them
RUNNING_MINUTES = """\
Ferncliff Town Council - Finance Committee - 12 March 2025

PRESENT: Cllr N Ashdown (Chair), Cllr P Brereton

412  APOLOGIES - None.

413  MINUTES - The minutes of 12 February 2025 were approved.

414  BUDGET MONITORING - The committee noted the report.
"""


def test_house_numbers_opening_address_lines_are_no_items(nlp):
    m = _meeting(nlp, ADDRESSES)
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Apologies"), ("2", "Planning Applications"), ("3", "Date of Next Meeting")]


def test_running_three_digit_minute_numbers_are_items(nlp):
    m = _meeting(nlp, RUNNING_MINUTES)
    assert [(i.number, i.title) for i in m.items] == [
        ("412", "APOLOGIES"), ("413", "MINUTES"), ("414", "BUDGET MONITORING")]
