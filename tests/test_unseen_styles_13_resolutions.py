"""A thirteenth round of invented minutes: how a motion was decided, when the minutes
print it in a sentence of its own (issue 12, resolution attributes on unseen bodies).

Read from the misses on the read set of train documents (seed, dev_, the older prefixes,
odd-numbered supplement documents): a bare report of the vote after the decision
("The motion was unanimously agreed.", "This was agreed to.", "Unanimously approved.")
taken as a second decision and lost to the first; a debate note between a motion and its
vote ("There was no discussion on the floor."); "put to the vote and AGREED"; "A moved and
B seconded the motion that ..."; the mover printed after "by" before the seconding ("The
minutes were verified by A and seconded by B"); club movers with initials and no title
("Moved P Quenby seconded O Harrowgate that ..."); and "CARRIED 6/1". Every passage is
invented (names checked absent from corpus/raw); the expected values were read off the
passages by hand, following the guidelines: a vote report belongs to the decision it
follows, "agreed" reports carried, "unanimously" unanimous ("Moved/Seconded blocks",
outcome words); "CARRIED 6/1" is 6 for and 1 against.
"""

from __future__ import annotations

import pytest

from invented import meeting as _meeting, one_resolution as _one, resolution_fields as _fields, rules_only


@pytest.fixture(scope="module")
def rules_nlp():
    return rules_only("minutes_resolutions")


CLUB = """\
MARROWBY LAWN CLUB
Minutes of the committee meeting, 4 March 2019
Present: Oswin Harrowgate (Chair), Pella Quenby, Ines Fenwright, Tobin Corriston

1. Minutes
The draft minutes of the last meeting were reviewed. The minutes were verified by Pella Quenby and seconded by Ines Fenwright. The motion was unanimously agreed.

2. Mower
Tobin Corriston moved that a new mower be bought. Pella Quenby seconded.
This was agreed to.

3. Bar
Oswin Harrowgate moved and Ines Fenwright seconded the motion that the bar close at ten. This motion unanimously carried.

4. Fees
A motion was made by Tobin Corriston and seconded to raise the fees for juniors. There was no discussion on the floor. The motion passed unanimously.

5. Hedges
It was moved by Ines Fenwright and seconded by Tobin Corriston that the hedges be cut in April. The motion was put to the vote and AGREED.

6. Accounts
The accounts for 2018 were approved by Committee, seconded by Pella Quenby.
"""


def test_vote_report_is_the_outcome_of_the_decision_before(rules_nlp):
    """"The motion was unanimously agreed." after the decision is its vote, not a second
    decision; the person after "by" before "seconded by" moved it."""
    m = _meeting(rules_nlp, CLUB)
    assert _fields(_one(m, "1")) == ("The minutes were verified", "Pella Quenby", "Ines Fenwright", "unanimous")
    mower = _one(m, "2")
    assert (mower.text, mower.outcome) == ("a new mower be bought", "carried")


def test_moved_and_seconded_the_motion_that(rules_nlp):
    bar = _one(_meeting(rules_nlp, CLUB), "3")
    assert _fields(bar) == ("the bar close at ten", "Oswin Harrowgate", "Ines Fenwright", "unanimous")


def test_debate_note_between_motion_and_vote(rules_nlp):
    fees = _one(_meeting(rules_nlp, CLUB), "4")
    assert (fees.mover, fees.outcome) == ("Tobin Corriston", "unanimous")


def test_put_to_the_vote_and_agreed_is_carried(rules_nlp):
    assert _one(_meeting(rules_nlp, CLUB), "5").outcome == "carried"


def test_a_body_after_by_is_no_mover(rules_nlp):
    accounts = _one(_meeting(rules_nlp, CLUB), "6")
    assert (accounts.mover, accounts.seconder) == (None, "Pella Quenby")


BOWLS = """\
ASHCOMBE BOWLS CLUB
Committee meeting, 4 March 2019
Present: P Quenby, O Harrowgate, I Fenwright, T Corriston

1. Minutes of February meeting
Moved P Quenby seconded O Harrowgate that Minutes be accepted.

2. Greens
(Mar'19) re Hedge Moved I Fenwright Seconded T Corriston that the hedge by the car park be trimmed in April.
"""


def test_initialled_movers_without_titles(rules_nlp):
    """"Moved P Quenby seconded O Harrowgate that ...": no "by" and no title, still the mover
    and the seconder; "be accepted" is the decision's verb, not its outcome."""
    m = _meeting(rules_nlp, BOWLS)
    assert _fields(_one(m, "1")) == ("Minutes be accepted", "P Quenby", "O Harrowgate", None)
    hedge = _one(m, "2")
    assert hedge.text == "the hedge by the car park be trimmed in April"
    assert (hedge.mover, hedge.seconder) == ("I Fenwright", "T Corriston")


SHIRE = """\
Minutes of the Ordinary Meeting of the Brackenfold Shire Council
Held 4 March 2019

Present: Cr Oswin Harrowgate (Mayor), Cr Pella Quenby, Cr Ines Fenwright

5. ROADS

Moved Cr Quenby Seconded Cr Fenwright
That the Chief Executive Officer seek quotes for roadside mowing on the northern roads.
CARRIED 6/1
"""


def test_carried_with_a_slash_tally(rules_nlp):
    roads = _one(_meeting(rules_nlp, SHIRE), "5")
    assert roads.outcome == "carried"
    assert (roads.votes.for_, roads.votes.against, roads.votes.abstain) == (6, 1, None)


DIVISION = """\
MARROWBY SCHOOL DIVISION
Minutes of the Regular Meeting of the Board of Trustees, September 6, 2016
Present: P. Quenby, O. Harrowgate, I. Fenwright, T. Corriston
Secretary-Treasurer: L. Brackenfold
1. P. Quenby
O. Harrowgate
THAT the Minutes of the regular meeting of June 28, 2016 be adopted.
CARRIED.
2. I. Fenwright
T. Corriston
THAT the Board resolve into a meeting of the Committee of the Whole.
CARRIED.
"""


def test_numbered_mover_over_seconder_lines(rules_nlp):
    """"1. P. Quenby" over "O. Harrowgate" over "THAT ...": the motion's number and mover,
    then its seconder, a line each (whether or not the numbered line is read as an item)."""
    res = [r for it in _meeting(rules_nlp, DIVISION).items for r in it.resolutions]
    got = {r.text: (r.mover, r.seconder, r.outcome) for r in res}
    assert got["the Minutes of the regular meeting of June 28, 2016 be adopted"] == ("P. Quenby", "O. Harrowgate", "carried")
    assert got["the Board resolve into a meeting of the Committee of the Whole"] == ("I. Fenwright", "T. Corriston", "carried")


FOUNDATION = """\
CORRISTON PARK FOUNDATION
Minutes of the directors' meeting, 9 May 2022
Present: Oswin Harrowgate, Pella Quenby, Ines Fenwright

3. Budget
RESOLVED, that the Foundation adopt the budget proposed by the Treasurer for 2023.
Approved, 4-0-2.

4. Adjourn
P. Quenby made a motion to adjourn the meeting.
I. Fenwright seconded the motion.
The committee VOTED unanimously to approve the motion.
"""


def test_tally_and_voted_to_approve_the_motion_are_outcomes(rules_nlp):
    """"Approved, 4-0-2." under a RESOLVED clause is its vote (4 for, none against, 2
    abstaining); "The committee VOTED unanimously to approve the motion." is how the motion
    above was decided, not a decision of its own."""
    m = _meeting(rules_nlp, FOUNDATION)
    budget = _one(m, "3")
    assert budget.outcome == "carried"
    assert (budget.votes.for_, budget.votes.against, budget.votes.abstain) == (4, 0, 2)
    adjourn = _one(m, "4")
    assert (adjourn.text, adjourn.outcome) == ("to adjourn the meeting", "unanimous")


TOWNSHIP = """\
TOWNSHIP OF BRACKENFOLD
Minutes of the Regular Meeting of Council, April 2, 2019

Present:
Reeve: Oswin Harrowgate
Councillors: Pella Quenby, Ines Fenwright, Tobin Corriston

3. Accounts
ON MOTION (No. 32-19) of Tobin Corriston, seconded by Pella Quenby that council donates $50.00 to the library fundraiser. CARRIED

4. Appointment of Officers
- Secretary – Ines Fenwright – proposed Pella Quenby, seconded Tobin Corriston
- Treasurer – Tobin Corriston – proposed Oswin Harrowgate, seconded Ines Fenwright
"""


def test_motion_number_before_the_mover(rules_nlp):
    """"ON MOTION (No. 32-19) of A, seconded by B that ...": the number sits between the cue and
    the mover."""
    donation = _one(_meeting(rules_nlp, TOWNSHIP), "3")
    assert _fields(donation) == ("council donates $50.00 to the library fundraiser", "Tobin Corriston",
                                 "Pella Quenby", "carried")


def test_proposed_name_without_by(rules_nlp):
    """"- Secretary – A – proposed B, seconded C": B nominated, C seconded (GUIDELINES
    "Elections": the proposer is the mover), the text is the office and the candidate."""
    officers = {r.text: (r.mover, r.seconder) for r in _meeting(rules_nlp, TOWNSHIP).items[-1].resolutions}
    assert officers == {"Secretary – Ines Fenwright": ("Pella Quenby", "Tobin Corriston"),
                        "Treasurer – Tobin Corriston": ("Oswin Harrowgate", "Ines Fenwright")}
