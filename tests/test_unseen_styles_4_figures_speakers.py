"""Figures and speakers in shapes from outside England (issue 12).

Every passage is invented (bodies, people, places and numbers); the expected values were
read off the passage by hand, following corpus/GUIDELINES.md: "$" is the dollar of the
document's country; payment-table rows, cheque and file numbers, street numbers, dates,
vote tallies and list labels are not figures; member titles stay in a speaker's name
("Trustee", "Cr") and are the role, offices leave the name for the role ("Reeve Torvik"
-> "Alan Torvik", "Reeve"); short mover names and initials become the list's full name.
"""

from __future__ import annotations

import pytest

from extractor.pipeline.dollar import DollarCountry
from extractor.pipeline.patterns import default_patterns
from invented import figure_values as _figs, figures_pipeline, item as _item, meeting as _meeting


@pytest.fixture(scope="module")
def figures_alone():
    return figures_pipeline()


def _speakers(item) -> list[tuple[str | None, str | None]]:
    return [(s.name, s.role) for s in item.speakers]


# ------------------------------------------------------------------ the dollar

@pytest.mark.parametrize(
    "text, code",
    [
        ("The Ontario grant of $15,000 was received; the Reeve thanked staff.", "CAD"),
        ("Cr Venn asked about the $85,000 spent by the Shire on grading.", "AUD"),
        ("The meeting opened with a karakia. Iwi representatives noted the $2m fund.", "NZD"),
        ("The Illinois Secretary of State awarded $16,900 on 10/24/2024.", "USD"),
        ("The fund has $4,377 in hand.", "USD"),  # no evidence: the default
        ("See www.example.gov.au for the $1,200 insurance schedule.", "AUD"),
    ],
)
def test_the_dollar_is_the_documents_countrys(text, code):
    assert DollarCountry(default_patterns("minutes_figures")).currency(text) == code


def test_dollars_in_a_canadian_township(nlp):
    m = _meeting(nlp, """\
BRIGHTWATER TOWNSHIP COUNCIL
Minutes of the Regular Meeting held on March 4, 2025

Present: Reeve Alan Torvik, Deputy Reeve Jo Baptiste, Councillors Lena Okafor and Sam Lind

1. Call to Order
Reeve Torvik welcomed the gallery and called the meeting to order at 7:02 p.m.

2. Finance
The treasurer reported that the township had spent $48,500 of the $120,000 road budget. The Ontario grant of $15,000 was received.

3. Adjournment
Moved by Okafor, Seconded by Lind that the meeting adjourn. Carried.
""")
    assert [(f.value, f.unit) for f in _item(m, "2").figures] == [(48500, "CAD"), (120000, "CAD"), (15000, "CAD")]
    # an office leaves the name for the role; movers named by surname get the list's name
    assert _speakers(_item(m, "1")) == [("Alan Torvik", "Reeve")]
    assert _speakers(_item(m, "3")) == [("Councillor Lena Okafor", "Councillor"), ("Councillor Sam Lind", "Councillor")]


# ------------------------------------------------------------------ not figures

@pytest.mark.parametrize(
    "sentence",
    [
        # payment-table rows, and a cheque list in a sentence
        "Accounts for payment:-\nHall hire (March) - £45.00 (chq 100921)\nGrass cutting, Vale Landscapes - £380.00 (chq 100923) - all approved.",
        "Payments\nPayee   Chq   £\nVillage Hall   100934   45.00\nVale Landscapes   100935   380.00",
        "Finance: cheques were signed as follows: Village Hall £21, Clerk's wages £218.18.",
        # vote tallies
        "Roll call vote: Ayes 4, Nays 0. Motion passed 4-0.",
        "The motion did not carry 7 Ayes, 21 Nays and 5 Abstentions.",
        "For 2 Against 2",
        # street addresses
        "The property at 595 Elm Parkway North was inspected.",
        "Complaints about 664 East 233 Street and 1212 AVENUE M were received.",
        "The lands municipally known as 294, 312 and 316 Grange Road were rezoned.",
        "Trash was reported on East 241 st St. again.",
        # file, licence, cheque and page numbers
        "That Report 14-55 and By-law 2019-45 be received.",
        "Checks 7541 - 7593 were approved. Checks #7554, 7564, 7573, and 7585 are voided.",
        "Application 458218 was noted.",
        "Page 2 of 12",
        # dates
        "Financial situation as of 15-07-2019 (Treasurer).",
        "MINUTES OF THE MEETING HELD ON WEDNESDAY, 18 APRIL 2018",
        "The meeting of 1 st December was cancelled.",
        "The minutes of the meetings held August 13, and 25, 2014 be confirmed.",
        # list labels inside a line, and after a minute reference
        "CALL FOR ITEMS OF GENERAL BUSINESS 1. Late Correspondence 2. Community Services",
        "C101/25      1.         APOLOGIES FOR ABSENCE",
        # numbers that open a name
        "Holder of a Common Victualler 7 Day All Alcoholic Beverages License has petitioned.",
        "Holder of a Common Victualler 7 Day Wines and Malt Beverages License.",
        "The building is in the Four Oaks ward.",
        # a date, not a duration; a phone number; a count of one without stress
        "The footpath flooded three years ago.",
        "Her office can be reached at (718) 822-2049.",
        "The shop has 1 room for retail.",
    ],
)
def test_not_figures_from_other_countries(figures_alone, sentence):
    assert _figs(figures_alone, sentence + "\n") == []


def test_totals_and_balances_beside_a_payment_table_stay(figures_alone):
    text = ("Accounts for payment:-\nHall hire (March) - £45.00 (chq 100921)\n"
            "Clerk's salary (March) - £612.40 (chq 100922)\n"
            "Payments this month totalled £1,037.40. The balance at 31 March was £14,206.18.\n")
    assert _figs(figures_alone, text) == [(1037.40, "GBP"), (14206.18, "GBP")]


def test_an_amount_in_a_decision_is_a_figure(figures_alone):
    text = "Approve payment of invoices in the amount of $41,207.33 including checks 8812 – 8870.\n"
    assert _figs(figures_alone, text) == [(41207.33, "USD")]


# ------------------------------------------------------------------ references that are no counts

@pytest.mark.parametrize(
    "sentence, expected",
    [
        # phone numbers after a label, and 3 + 4 digit local numbers
        ("Residents can reach the depot on Tel: 482 7719 or Fax 482 7720.", []),
        ("The Ward Office, 555-0143, logged 12 complaints.", [(12, "count")]),
        ("Contact the Quillon Parish Hall office, 733 4412, about the 40 allotments.", [(40, "count")]),
        # a range of 3 and 4 digits before a noun is no phone number
        ("Between 500-1000 homes will be surveyed.", [(500, "count")]),
        # statute, regulation and standard references
        ("The licensee breached ch. 140 s. 12 by admitting 25 patrons after closing.", [(25, "count")]),
        ("Works must follow O.Reg. 419 and IFRS 9 guidance for the 3 sites.", [(3, "count")]),
        # a number that is part of a firm's name
        ("Gravelmoor Bakes 24, Inc. and Tandy 42, LLC applied for 30 seats.", [(30, "count")]),
        # street numbers in a list, and around a PDF's non-breaking hyphen
        ("Houses at 14, 16, and 18 Pemberly Road and 3 \u2011 5 Ostler Lane were visited.", []),
        # the two counts of a vote
        ("Upon roll call, the motion passed on a vote of 5 to 2, and 3 trees will be felled.", [(3, "count")]),
        # a file code, and a code broken over a line
        ("Variance file 482-61-BZ was renewed for another 10 years.", [(10, "years")]),
        ("The board's delegation, adopted as R-\n482 on May 3, lapses.", []),
        # "No." that the sentence reader takes for a full stop
        ("Meeting of Quillon Board No.  7 held in Hall No. 3, with 40 residents.", [(40, "count")]),
        # a day and its year broken over a line
        ("The fair on Saturday, November 19,\n2021 drew 300 people.", [(300, "count")]),
        # a zip code run into the floor area by the PDF reader
        ("Ventwell Holdings, MA 02116.420SF dining area.", []),
        # a resolution code that ends in its year, then the item's own number
        ("Q.KWD-2024. 3  Appointment of Auditors", []),
        # "Area" names things ("Area 5"), but "dining area. 3 restrooms" ends a sentence
        ("Kitchen and dining area. 3 restrooms serve the premises.", [(3, "count")]),
    ],
)
def test_references_are_no_counts(figures_alone, sentence, expected):
    assert _figs(figures_alone, sentence + "\n") == expected


# ------------------------------------------------------------------ units and ranges

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The premises consist of 2,400 sq. ft. of retail space and a patio of 700SF.",
         [(2400, "square feet"), (700, "square feet")]),
        ("The kitchen (+/ 1,150 SF) and 12,255 square feet on Floor 35.", [(1150, "square feet"), (12255, "square feet")]),
        ("A fence 1.8m high and a 30m easement are required.", [(1.8, "metres"), (30, "metres")]),
        ("Each planter is 150cm long; keep 6 feet apart.", [(150, "cm"), (6, "feet")]),
        ("Staff expect full hours within the next 1-2 months.", [(1, "months"), (2, "months")]),
        ("General reserves of £5-7k were agreed.", [(5000, "GBP"), (7000, "GBP")]),
        ("Costs rose 4-5% this year.", [(4, "percent"), (5, "percent")]),
        ("DOT review takes 12-14months.", [(12, "months"), (14, "months")]),
        ("They will have up to three months to pay with no penalty.", [(3, "months")]),
        ("Only 1 objection was received.", [(1, "count")]),
        # the unit after "or more"
        ("Members who are 4 or more months overdue will be removed.", [(4, "months")]),
        # digits in brackets repeat the word: one figure
        ("The premises have three (3) rooms and four (4) exits.", [(3, "count"), (4, "count")]),
    ],
)
def test_units_and_ranges(figures_alone, sentence, expected):
    assert _figs(figures_alone, sentence + "\n") == expected


def test_a_procedural_limit_is_still_no_figure(figures_alone):
    assert _figs(figures_alone, "Members of the public may speak for up to three minutes.\n") == []


# ------------------------------------------------------------------ speakers

LIBRARY_BOARD = """\
HOLLOWAY VALLEY LIBRARY DISTRICT
Regular Meeting of the Board of Trustees
Wednesday, May 14, 2025, 7:00 p.m.

1. Call to order
Trustee Marsh welcomed the public and called the meeting to order at 7:04 p.m.

2. Roll Call
ATTENDING: Trustees Marsh, Okoro, Pell, Quint
STAFF ATTENDING: Library Director Dana Whitlow, Tom Greer

3. Approval of the agenda
Trustee Okoro asked to move item 7 ahead of item 5. Director Whitlow said the change was fine.

4. Consent agenda
a. Approve payment of invoices in the amount of $41,207.33 for the period of April 16, 2025 – May 13, 2025 including electronic payments and checks 8812 – 8870.
MOTION: Trustee Pell moved to approve the consent agenda, seconded by Trustee Quint. Roll call vote: Ayes 4, Nays 0. Motion passed 4-0.

5. Director's Report
Director Whitlow stated that 1,250 people attended the spring reading program, up 12% on last year. The new wing will add 2,400 sq. ft. of study space.
"""


def test_trustees_and_a_library_director(nlp):
    m = _meeting(nlp, LIBRARY_BOARD)
    # a member title stays in the name and is the role; the staff list's office is the director's role
    assert _speakers(_item(m, "1")) == [("Trustee Marsh", "Trustee")]
    assert _speakers(_item(m, "3")) == [("Trustee Okoro", "Trustee"), ("Dana Whitlow", "Library Director")]
    assert _speakers(_item(m, "4")) == [("Trustee Pell", "Trustee"), ("Trustee Quint", "Trustee")]
    # the tally and the check numbers are no figures; the amount approved is
    assert [(f.value, f.unit) for f in _item(m, "4").figures] == [(41207.33, "USD")]
    assert [(f.value, f.unit) for f in _item(m, "5").figures] == [(1250, "count"), (12, "percent"), (2400, "square feet")]


def test_commissioners_and_an_abbreviated_chairman(nlp):
    rec_meeting = _meeting(nlp, (
        "The Dunmore County Board of Commissioners met at 9 am on Monday April 7, 2025. "
        "Chr. Ealing asked the Deputy Clerk to take roll call.\n"
        "Chr. Ealing said that the first order of business is the approval of the agenda. Commissioner Brandt made "
        "a motion to approve the agenda as presented. Commissioner Hale seconded the motion. All voted \"AYE\". "
        "The motion is approved.\n"))
    speakers = [s for it in rec_meeting.items for s in _speakers(it)]
    assert speakers == [("Ealing", "Chairman"), ("Commissioner Brandt", "Commissioner"), ("Commissioner Hale", "Commissioner")]


def test_cr_movers_by_surname_and_slash_pairs(nlp):
    m = _meeting(nlp, """\
WATTLE CREEK SHIRE COUNCIL
Minutes of the Ordinary Meeting held on 18 June 2025

PRESENT: Cr T Pryde, Cr L Ashdown, Cr M Venn

1. Confirmation of Minutes
Moved: Pryde
Seconded: Ashdown
That the minutes of the meeting held on 21 May 2025 be confirmed.
CARRIED

2. Road Maintenance
Cr Venn asked when the grading would be finished. The Director Infrastructure advised that $85,000 had been spent and 12 km remained.
L. Ashdown / T. Pryde THAT the report be received. CARRIED
""")
    assert _speakers(_item(m, "1")) == [("Cr T Pryde", "Councillor"), ("Cr L Ashdown", "Councillor")]
    assert _speakers(_item(m, "2")) == [("Cr M Venn", "Councillor"), ("Cr L Ashdown", "Councillor"),
                                        ("Cr T Pryde", "Councillor")]
    assert [(f.value, f.unit) for f in _item(m, "2").figures] == [(85000, "AUD"), (12, "km")]


def test_initials_tags_and_a_tier_prefix(nlp):
    m = _meeting(nlp, """\
Minutes of the Committee of the Friends of Elmstead Library
Meeting of 3rd February 2025

Present; Nora Quill (NQ), Peter Ashby, Chair (PAsh), Ruth Keele (RK), Paul Askew (PAsk)

1. Minutes
The minutes were accepted as a true record.

2. Treasurer's Report
RK reported that the bank balance stands at £2,140. NQ asked whether the book sale had been banked. PAsk confirmed that it had.

3. Any other business
County Cllr P Rendell reported on the new bus timetable.
""")
    assert [name for name, _ in _speakers(_item(m, "2"))] == ["Ruth Keele", "Nora Quill", "Paul Askew"]
    assert _speakers(_item(m, "3")) == [("Cllr P Rendell", "County Councillor")]


def test_council_members_offices_slash_pairs_and_nominators(nlp):
    m = _meeting(nlp, """\
CITY OF ALDER CREEK
Minutes of the Regular Council Meeting held on May 12, 2025

Present: Mayor Rosa Lind, Deputy Mayor Helen Ashgrove, Council Members Pruitt, Voss, Frey and Osei

1. Approval of Minutes
Motion by Pruitt, second by Voss, carried 5-0 to approve the March 3, 2025 regular meeting minutes.

2. Treasurer's Report
Moved by Council Member Frey
Seconded by Deputy Mayor Helen Ashgrove
That Council receive the Treasurer's report showing $12,400 in the reserve.
VOTING IN FAVOUR: Mayor Lind, Deputy Mayor Ashgrove, Council Members Frey, Osei (4)
VOTING AGAINST: (0)
CARRIED

3. Agenda
#2025-117  Frey/Osei  THAT the agenda be adopted as circulated.  CARRIED

4. Annual Meeting Elections
President: Ruth Kwan (nominated: Sam Deller; seconded: Ana Lobo). Elected unopposed.
""")
    # movers and seconders named by surname get the member title; an office is the role
    assert _speakers(_item(m, "1")) == [("Council Member Pruitt", "Council Member"), ("Council Member Voss", "Council Member")]
    assert _speakers(_item(m, "2")) == [("Council Member Frey", "Council Member"), ("Helen Ashgrove", "Deputy Mayor")]
    assert _speakers(_item(m, "3")) == [("Council Member Frey", "Council Member"), ("Council Member Osei", "Council Member")]
    # nominators and seconders are speakers; the candidate is not
    assert [name for name, _ in _speakers(_item(m, "4"))] == ["Sam Deller", "Ana Lobo"]
    # the tally, the vote counts and the resolution code are no figures
    assert [(f.value, f.unit) for it in m.items for f in it.figures] == [(12400, "USD")]


def test_a_one_line_list_of_directors_and_alternates(nlp):
    """A PDF runs the attendance onto one line: "… Director Tamsin Corvell Alternate
    Director Peveril Dunmarsh"; the next title ends each name, so "T. Corvell" and "P.
    Dunmarsh" in a slash pair are the listed directors."""
    m = _meeting(nlp, """\
KESTLEY REGIONAL BOARD
MINUTES – August 20, 2025

Present: Director Ann Kestley, Chair Director Orrin Wybourne Director Tamsin Corvell Alternate Director Peveril Dunmarsh

1. CORRESPONDENCE
T. Corvell / P. Dunmarsh THAT the letter from the hospice society be received.
MOTION CARRIED UNANIMOUSLY.
""")
    assert _speakers(_item(m, "1")) == [("Director Tamsin Corvell", "Director"),
                                        ("Alternate Director Peveril Dunmarsh", "Alternate Director")]


def test_an_officer_named_only_by_one_of_two_joined_posts(nlp):
    """"The Parish Clerk reported" names the one listed "Parish Clerk/Responsible Finance
    Officer"; the role is the one printed in the item."""
    m = _meeting(nlp, """\
Minutes of Fennimore Parish Council 12 March 2025

PRESENT: Cllr A Brackwater (Chair), Cllr D Halvering
IN ATTENDANCE: Mrs J Wybourne, Parish Clerk/Responsible Finance Officer

1. PLANNING
The Parish Clerk reported that no applications had been received.
""")
    assert _speakers(_item(m, "1")) == [("Mrs J Wybourne", "Parish Clerk")]


def test_an_election_gives_the_chair_from_that_point(nlp):
    """Proposer and seconder printed without "by" are speakers, the candidate is not;
    from the election on, the new chair speaks as "Chair", and "The Chair" is them."""
    m = _meeting(nlp, """\
Minutes of the annual meeting of Halvering Parish Council held Tuesday 13th May 2025 at 7 pm

Present: Councillors Brackwater, Corvell and Dunmarsh
In attendance: Mrs J Wybourne (clerk)

1. To elect a chair for the year 2025/26
Resolved, proposed Cllr Brackwater, seconded Cllr Dunmarsh, to elect Councillor Tamsin Corvell as Chair. Unanimously agreed.
2. To elect a vice-chair for the year 2025/26
Resolved, proposed Cllr Brackwater, seconded Cllr Corvell, to elect Councillor Dunmarsh as Vice-chair. Unanimously agreed.
3. Village hall
The Chair reported that the roof repair was complete. Cllr Brackwater thanked the volunteers.
""")
    assert _speakers(_item(m, "1")) == [("Councillor Brackwater", "Councillor"), ("Councillor Dunmarsh", "Councillor")]
    assert _speakers(_item(m, "2")) == [("Councillor Brackwater", "Councillor"), ("Councillor Tamsin Corvell", "Chair")]
    assert _speakers(_item(m, "3")) == [("Councillor Tamsin Corvell", "Chair"), ("Councillor Brackwater", "Councillor")]


def test_a_trustees_full_name_from_the_signature(nlp):
    """The list prints "Trustees Kestley, Wybourne"; the secretary signs "Orrin Wybourne,
    Secretary": the fullest form with the list's title is "Trustee Orrin Wybourne". A
    listed staff member with the same surname would be someone else."""
    m = _meeting(nlp, """\
DUNMARSH PUBLIC LIBRARY DISTRICT
Regular Meeting of the Board of Trustees
Wednesday, June 11, 2025, 7:00 p.m.

1. Roll Call
ATTENDING: Trustees Kestley, Wybourne
STAFF ATTENDING: Library Director Tamsin Corvell

2. Approval of the agenda
MOTION: Trustee Wybourne moved to approve the agenda. Trustee Kestley seconded. Motion carried.

3. Adjournment
MOTION: Trustee Kestley moved to adjourn at 8:02 p.m. Trustee Wybourne seconded. Motion carried.

Respectfully submitted,
Orrin Wybourne, Secretary
""")
    assert _speakers(_item(m, "2")) == [("Trustee Orrin Wybourne", "Trustee"), ("Trustee Kestley", "Trustee")]


def test_cathaoirleach_after_a_name_is_the_chairing_role(nlp):
    m = _meeting(nlp, """\
Minutes of the meeting of the Brackwater Joint Policing Committee held on 4 March 2025

Present: Cllr. Peveril Dunmarsh, Cllr. Ann Kestley

1. Welcome
Cllr. Peveril Dunmarsh, Cathaoirleach welcomed the new community representative to the meeting.
""")
    assert _speakers(_item(m, "1")) == [("Cllr. Peveril Dunmarsh", "Cathaoirleach")]


def test_first_names_stand_for_the_one_listed_person(nlp):
    """A club's minutes name members by first name after the list: "Orla proposed …"
    is Orla Fenwick. A first name two members share ("Odile") names nobody."""
    m = _meeting(nlp, """\
Minutes of the Committee of the Friends of Hartwell Library
Meeting of 4th March 2025

Present; Orla Fenwick (OF), Odile Ashcombe (OA), Odile Hartwell (OH), Tamsin Corvell (TC)

1. Matters Arising
Orla proposed that the book sale move to the spring. Odile reported that the hall was booked.

2. Treasurer
Tamsin confirmed that the accounts had been examined.
""")
    assert _speakers(_item(m, "1")) == [("Orla Fenwick", None)]
    assert _speakers(_item(m, "2")) == [("Tamsin Corvell", None)]


def test_a_role_in_an_attendance_line_run_on_to_the_next_entry(nlp):
    """An "In Attendance" line the reader runs on, so that Mr R Fenwick's role reads "Chief
    Executive Mr R Ashcombe - Governance Manager": he is still the one Chief Executive."""
    m = _meeting(nlp, """\
Minutes of the first meeting of the Brackwater Community Board held on Wednesday 5 March 2025 at 11.00am.

Present
Messrs P Corvell, W Dunmarsh and Orla Kestley.

In Attendance
Mrs O Hartwell - Her Worship the Mayor Mr R Fenwick - Chief Executive Mr R Ashcombe - Governance Manager

1. Opening
1.1 The Chief Executive welcomed all those present to the meeting.
""")
    assert _speakers(_item(m, "1")) == [("Mr R Fenwick", "Chief Executive")]


def test_a_plural_title_heading_the_attendance_line_gives_the_role(nlp):
    """"Directors Present: Corvell, Dunmarsh" shares the member title: the directors
    speak as "Director". Calling the meeting to order is no speech."""
    m = _meeting(nlp, """\
MINUTES OF THE BOARD OF DIRECTORS MEETING OF THE KESTLEY WATER DISTRICT
March 4, 2025
1. The meeting was called to order by President Fenwick at 3:30 p.m.
2. ROLL CALL
Directors Present: Ashcombe, Corvell, Dunmarsh, Fenwick
Staff Present: General Manager Orla Hartwell
3. APPROVAL OF AGENDA
A motion was made by Director Corvell, seconded by Director Dunmarsh and carried to approve the agenda.
""")
    assert not any(name and "Fenwick" in name for it in m.items for name, _ in _speakers(it))
    assert [role for _, role in _speakers(_item(m, "3"))] == ["Director", "Director"]


def test_capitalised_motion_verbs_and_the_clerk_in_lower_case(nlp):
    """"Councillor Ashcombe Moved, Councillor Kestley Seconded" capitalises the verbs;
    "The clerk agreed …" names the one listed clerk, with the role the item prints."""
    m = _meeting(nlp, """\
Minutes of the meeting of Dunmarsh Parish Council held Monday 9th June 2025 at 7 pm

Present: Councillors Ashcombe, Kestley and Corvell
In attendance: Mrs O Fenwick (parish clerk)

1. Standing orders
Councillor Ashcombe Moved, Councillor Kestley Seconded and it was resolved that standing orders be suspended.

2. Allotments
Councillor Corvell passed on a complaint about an overgrown plot. The clerk agreed to write to the tenant.
""")
    assert _speakers(_item(m, "1")) == [("Councillor Ashcombe", "Councillor"), ("Councillor Kestley", "Councillor")]
    assert ("Mrs O Fenwick", "clerk") in _speakers(_item(m, "2"))
