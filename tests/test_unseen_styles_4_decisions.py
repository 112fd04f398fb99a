"""A fourth round of invented minutes: the decision and action shapes of issue 12.

Motions opened the North American way ("Motion by A, second by B, to adopt ...; motion
passed 4-1", "A moved approval of ...; seconded by B. Ayes: 4. Nays: 1."), a roll-call vote
under "MOTION: A moved to ...", "A made a motion to ...", a mover and seconder printed as
"J. Alvarez / K. Brennan THAT ...", a resolution code before "Moved by: ... Seconded by:
...", "A proposed ..., seconded by B – Agreed", lettered sub-decisions under one RESOLVED,
licensing decisions printed under each application ("No Violation", "GRANTED"),
"ACTION XY: ..." lines, "Clerk to write to ...", owners as initials in a right-hand
column, and "asked the Clerk to look into it and report back". Every passage is invented
(bodies, people, places and sums); the expected values were read off the passages by
hand, following the extraction spec (texts without mover, seconder and vote words).
"""

from __future__ import annotations

import pytest

from invented import meeting as _meeting
from extractor.schema import Meeting



def _all(m: Meeting, field: str) -> list:
    """Every record of one type in the meeting, whichever items hold them."""
    return [r for item in m.items for r in getattr(item, field)]


def _votes(r) -> tuple:
    return (r.votes.for_, r.votes.against, r.votes.abstain) if r.votes else None


# ----------------------------------------------------------------------------- passages

US_COUNCIL = """\
CITY OF MAPLE HOLLOW
CITY COUNCIL REGULAR MEETING MINUTES
October 8, 2024

Mayor Dana Whitcombe called the meeting to order at 7:02 p.m.

Present: Mayor Dana Whitcombe, Council Members Luis Ortega, Priya Vance, Gareth Holm and Nell Abernathy

1. APPROVAL OF THE AGENDA

Motion by Council Member Ortega, second by Council Member Vance, to adopt the agenda as presented; motion passed 5-0.

2. STREET LIGHTING CONTRACT

Public Works Director Sam Fielding presented the bids. Council Member Holm asked whether the contract included maintenance.

Motion by Council Member Holm, second by Council Member Abernathy, to award the street lighting contract to Brightway Electric; motion passed 4-1.

3. PARKS FEES

Council Member Vance moved approval of the revised park shelter fees; seconded by Council Member Holm. Ayes: 4. Nays: 1. Motion carried.
"""

LIBRARY_BOARD = """\
Elm Prairie Public Library District
Board of Trustees Regular Meeting
Minutes of March 18, 2025

Present: Trustees Okafor, Quinn, Ruiz, Stein and Tate

4. Bills for Payment

MOTION: Trustee Okafor moved to approve the bills for payment in the amount of $48,210.55. Trustee Quinn seconded.
Roll call vote:
Ayes – Trustees Okafor, Quinn, Ruiz and Stein
Nays – Trustee Tate
Absent – None
Motion carried.

5. Meeting Room Policy

Trustee Ruiz made a motion to table the meeting room policy until the April meeting. Trustee Stein seconded the motion. All voted aye. The motion is approved.
"""

REGIONAL_DISTRICT = """\
KESTREL BAY REGIONAL DISTRICT
MINUTES OF THE REGULAR BOARD MEETING held on June 12, 2024

4. CORRESPONDENCE

4.1 Letter dated May 30, 2024 from the Kestrel Bay Hospice Society re Volunteer Week

J. Alvarez / K. Brennan THAT the correspondence from the Kestrel Bay Hospice Society be received.

CARRIED UNANIMOUSLY.
"""

AUSTRALIAN = """\
Minutes of the Ordinary Meeting of Yarrabee Shire Council held on 17 April 2024

11.2 Footpath Renewal Program

R23-114 Moved by: Cr Anika Patel Seconded by: Cr Bao Nguyen
That Council adopts the Footpath Renewal Program 2024/25 as presented.
Carried
"""

PARISH = """\
Minutes of Hollins Cross Parish Council held on 3 September 2024

Present: Cllrs Fenwick (Chair), Gault, Hartley and Imber. Clerk: Mrs R Brampton

7. Bus Shelter Repairs

Two quotes had been received. Cllr Fenwick proposed the quote from Hedgerow Joinery be accepted, seconded by Cllr Gault – Agreed.

8. Tree Management

RESOLVED that the Council:
a) approves the revised tree management policy;
b) asks the Clerk to obtain three quotes for the works at the recreation ground; and
c) notes the tree survey.

9. Highways

Clerk to write to the Highways Authority about the blocked drain on Mill Lane.
Cllr Hartley raised the state of the play area fencing and asked the Clerk to look into it and report back.

ACTION RB: Chase the insurers about the flood claim.
"""

ACTION_TABLE = """\
Minutes of the Meeting of Ashby Fold Village Hall Committee held on 9 July 2024

Present: Jane Turner (Chair), Robert Black, Mary Sykes

5. Matters Arising

Hall windows: quotes to be obtained for the replacement of the rotten frames.          RB
Car park: the Clerk to write to the landowner about the overhanging hedge.           JT
"""

LICENSING = """\
Licensing Board Minutes of the Meeting held on Thursday, May 2, 2024

Premises Inspection Hearings

1. Harbourside Grill LLC
Doing business as: The Jetty
Location: 12 Quay Street
Notice: Failure to notify police of an incident.

No Violation

2. Millrace Tavern Inc.
Location: 9 Mill Road
Application: change of manager.

GRANTED
"""


# ----------------------------------------------------------------------------- tests


def test_motion_by_second_by_with_a_tally(nlp):
    m = _meeting(nlp, US_COUNCIL)
    got = {r.text: r for r in _all(m, "resolutions")}
    agenda = got["to adopt the agenda as presented"]
    # the list's fullest form ("Council Members Luis Ortega, ..."): GUIDELINES "Moved/Seconded
    # blocks" and "Titles used as honorifics" (the scorer does not match "Council Member
    # Ortega" to "Council Member Luis Ortega")
    assert (agenda.mover, agenda.seconder, agenda.outcome, _votes(agenda)) == \
        ("Council Member Luis Ortega", "Council Member Priya Vance", "carried", (5, 0, None))
    contract = got["to award the street lighting contract to Brightway Electric"]
    assert (contract.mover, contract.seconder, contract.outcome, _votes(contract)) == \
        ("Council Member Gareth Holm", "Council Member Nell Abernathy", "carried", (4, 1, None))


def test_moved_approval_seconded_and_ayes_count(nlp):
    m = _meeting(nlp, US_COUNCIL)
    [fees] = [r for r in _all(m, "resolutions") if "park shelter fees" in r.text]
    assert fees.text == "approval of the revised park shelter fees"
    assert (fees.mover, fees.seconder, fees.outcome, _votes(fees)) == \
        ("Council Member Priya Vance", "Council Member Gareth Holm", "carried", (4, 1, None))


def test_roll_call_under_a_motion_and_a_motion_made_by_a_trustee(nlp):
    m = _meeting(nlp, LIBRARY_BOARD)
    bills, table = _all(m, "resolutions")
    assert bills.text == "to approve the bills for payment in the amount of $48,210.55"
    # four names after "Ayes", one after "Nays"; "Absent – None" is no vote
    assert (bills.seconder, bills.outcome, _votes(bills)) == ("Trustee Quinn", "carried", (4, 1, None))
    assert bills.mover is not None and bills.mover.endswith("Okafor")
    assert table.text == "to table the meeting room policy until the April meeting"
    # "All voted aye. The motion is approved." reports this motion's outcome: no second record
    assert (table.seconder, table.outcome) == ("Trustee Stein", "unanimous")
    assert table.mover is not None and table.mover.endswith("Ruiz")


def test_initials_slash_pair_before_that(nlp):
    m = _meeting(nlp, REGIONAL_DISTRICT)
    [r] = _all(m, "resolutions")
    assert r.text == "the correspondence from the Kestrel Bay Hospice Society be received"
    assert (r.mover, r.seconder, r.outcome) == ("J. Alvarez", "K. Brennan", "unanimous")


def test_resolution_code_before_moved_by_and_seconded_by(nlp):
    m = _meeting(nlp, AUSTRALIAN)
    [r] = _all(m, "resolutions")
    assert (r.label, r.text) == ("R23-114", "Council adopts the Footpath Renewal Program 2024/25 as presented")
    assert (r.mover, r.seconder, r.outcome) == ("Cr Anika Patel", "Cr Bao Nguyen", "carried")


def test_proposed_seconded_agreed_and_lettered_sub_decisions(nlp):
    m = _meeting(nlp, PARISH)
    got = {r.text: r for r in _all(m, "resolutions")}
    quote = got["the quote from Hedgerow Joinery be accepted"]
    assert (quote.mover, quote.seconder) == ("Cllr Fenwick", "Cllr Gault")
    lettered = [(r.label, r.text) for r in _all(m, "resolutions") if r.label]
    assert lettered == [("a", "approves the revised tree management policy"),
                        ("b", "asks the Clerk to obtain three quotes for the works at the recreation ground"),
                        ("c", "notes the tree survey")]


def test_note_form_actions_and_action_lines_with_initials(nlp):
    m = _meeting(nlp, PARISH)
    got = {a.text: a for a in _all(m, "actions")}
    # the header names the Clerk ("Clerk: Mrs R Brampton"), so a request to the Clerk is owned by
    # the holder (GUIDELINES hard case "Mover named only by office": the same rule for owners);
    # a note-form line keeps its label as printed (GUIDELINES "owner exactly as printed")
    assert got["asks the Clerk to obtain three quotes for the works at the recreation ground"].owner == "Mrs R Brampton"
    assert got["Clerk to write to the Highways Authority about the blocked drain on Mill Lane"].owner == "Clerk"
    look = got["asked the Clerk to look into it and report back"]
    assert (look.owner, look.kind) == ("Mrs R Brampton", "report")
    assert got["Chase the insurers about the flood claim"].owner == "RB"
    # a request to the Clerk is an action, not a question
    assert _all(m, "questions") == []


def test_owners_in_a_right_hand_column_of_initials(nlp):
    m = _meeting(nlp, ACTION_TABLE)
    assert [(a.text, a.owner) for a in _all(m, "actions")] == [
        ("quotes to be obtained for the replacement of the rotten frames", "RB"),
        ("the Clerk to write to the landowner about the overhanging hedge", "JT"),
    ]


def test_decisions_printed_under_each_application(nlp):
    m = _meeting(nlp, LICENSING)
    assert [r.text for r in _all(m, "resolutions")] == ["No Violation", "GRANTED"]
    # the headings and the notice lines are not decisions
    assert all(r.mover is None and r.outcome is None for r in _all(m, "resolutions"))
