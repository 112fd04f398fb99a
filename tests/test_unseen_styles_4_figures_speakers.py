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
import spacy

from extractor.pipeline import spans as S
from extractor.pipeline.dollar import DollarCountry
from extractor.pipeline.patterns import default_patterns
from invented import item as _item, meeting as _meeting


@pytest.fixture(scope="module")
def figures_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_figures")
    return nlp


def _figs(nlp, text: str) -> list[tuple[float, str]]:
    doc = nlp(text)
    found = sorted(S.spans(doc, S.FIGURES), key=lambda sp: S.char_range(sp, S.FIGURES))
    return [(S.data(sp, S.FIGURES)["value"], S.data(sp, S.FIGURES)["unit"]) for sp in found]


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
Reeve Torvik called the meeting to order at 7:02 p.m.

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
Trustee Marsh called the meeting to order at 7:04 p.m.

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


@pytest.mark.xfail(strict=True, reason="attendance now gives 'Helen Ashgrove' (role Deputy Mayor) for 'Deputy Mayor "
                   "Helen Ashgrove' per the guidelines (offices out of names); the speakers then lose the seconder "
                   "'Deputy Mayor Helen Ashgrove' of item 2 (the mention no longer meets a listed name with the office); "
                   "needs the speaker-name lookup to strip the office before matching the list; see the issue-12 note")
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
