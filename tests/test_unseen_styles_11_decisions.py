"""An eleventh round of invented minutes: motions whose record follows in short sentences
(issue 12, resolutions recall on unseen bodies).

Read from the misses on the odd-numbered supplement documents and the older train
documents: "A moved to approve the agenda." is a motion put to the meeting when the
sentences after it record how it was taken ("Motion seconded. Vote: Aye 3, Nay 0. Motion
carried.", "B 2nd.", "B made the second. All in favor.", "The motion was adopted by a vote
of (5-0)."). The rules asked for a named seconder in the very next sentence, so these
motions were lost whenever the seconder went unnamed, was printed as "2nd", or the
result came first. The sentences that only report the vote ("The Board approved the
motion 4-0.") are the motion's outcome, not decisions of their own; a roll-call line under
"Second: B" is the vote, not the decision's text. The rules read them alone (the model
is switched off). Every passage is invented; the expected values were read off the
passages by hand, following the guidelines (GUIDELINES "Moved/Seconded blocks": a leading
"to" stays; "Motion made … Motion duly seconded" gives a null seconder).
"""

from __future__ import annotations

import pytest

from invented import item as _item, meeting as _meeting, one_resolution as _one, \
    resolution_fields as _fields, rules_only


@pytest.fixture(scope="module")
def rules_nlp():
    return rules_only("minutes_resolutions")


FIRE_BOARD = """\
MINUTES OF THE REGULAR MEETING OF THE MARROWBY FIRE DISTRICT BOARD
January 20, 2016

1. Call to Order
Commissioner Quendry called the meeting to order at 6:00 PM.

2. Approval of Agenda
Commissioner Brightwater moved to approve the agenda of January 20, 2016. Motion seconded. Vote: Aye - 3, Nay - 0. Motion carried.

3. Bills
Commissioner Talbride moved to pay the bills as presented. Motion seconded. Vote: Aye - 2, Nay - 0, Abstain - 1. Motion carried.

4. Minutes
MOTION: Mrs. Pellowe moved to adopt the minutes as presented.
Second: Mr. Tarrant.
Roll Call: Aye: Tarrant, Pellowe, Quendry. Nay: None.
Motion carried.
"""


TOWNSHIP = """\
MINUTES OF THE REGULAR MEETING OF THE FENWHISTLE TOWNSHIP BOARD
March 4, 2019

1. Approval of Agenda
Wendel moved to approve the agenda. Brisco 2nd. All in favor.

2. Minutes
Tamsin made the motion to accept the February 4, 2019 minutes. Glendrath made the second. All in favor. Motion carried.

3. Adjournment
Dara Quillfeather made a motion to adjourn the meeting. Pell Hanrahan 2nd the motion. The Board approved the motion 4-0.

4. Agenda
Supervisor Grellin moved that the Board approve the agenda, as amended. The motion was adopted by a vote of (5-0).
"""


def test_motion_with_unnamed_seconder_and_tally_is_a_resolution(rules_nlp):
    m = _meeting(rules_nlp, FIRE_BOARD)
    agenda = _one(m, "2")
    assert agenda.text == "to approve the agenda of January 20, 2016"
    assert agenda.mover and agenda.mover.endswith("Brightwater")
    assert agenda.seconder is None  # "Motion seconded.": nobody named
    assert agenda.outcome == "carried"
    assert agenda.votes is not None and (agenda.votes.for_, agenda.votes.against) == (3, 0)
    bills = _one(m, "3")
    assert bills.text == "to pay the bills as presented"
    assert (bills.votes.for_, bills.votes.against, bills.votes.abstain) == (2, 0, 1)


def test_second_label_and_roll_call_under_a_motion_line(rules_nlp):
    minutes = _one(_meeting(rules_nlp, FIRE_BOARD), "4")
    assert minutes.text == "to adopt the minutes as presented"
    assert minutes.mover and minutes.mover.endswith("Pellowe")
    assert minutes.seconder and minutes.seconder.endswith("Tarrant")
    assert minutes.outcome == "carried"


def test_second_printed_as_2nd_or_made_the_second(rules_nlp):
    m = _meeting(rules_nlp, TOWNSHIP)
    # "All in favor." is unanimous
    assert _fields(_one(m, "1")) == ("to approve the agenda", "Wendel", "Brisco", "unanimous")
    assert _fields(_one(m, "2"))[:3] == ("to accept the February 4, 2019 minutes", "Tamsin", "Glendrath")


def test_vote_report_after_a_motion_is_not_a_second_decision(rules_nlp):
    m = _meeting(rules_nlp, TOWNSHIP)
    adjourn = _one(m, "3")  # not also "The Board approved the motion 4-0"
    assert adjourn.text == "to adjourn the meeting"
    assert adjourn.seconder == "Pell Hanrahan"
    agenda = _one(m, "4")  # "moved that ...", its result printed without a seconder
    assert agenda.text == "the Board approve the agenda, as amended"
    assert agenda.mover and agenda.mover.endswith("Grellin")


RUN_IN = """\
BRACKENFOLD COMMUNITY COUNCIL
Minutes of the meeting held on 9 March 2022

Present: Cllrs Ottoline Vesey, Bram Hallowell and Edwin Askwith

3231. Apologies for absence: Cllr Tamsin Oxbury.

3232. Approve 2022-23 Budget: Cllrs agreed the proposed budget of £32,510. Clerk to submit this to the county.

3233. Footpaths: The council agreed to write to the landowner about the blocked stile.

3234. Website: The clerk reported that the hosting fee had risen.
"""


def test_decision_after_a_run_in_heading(rules_nlp):
    """The words after a run-in heading's title are the item's text: a decision there is
    read as if it opened its own line (the title is not part of it)."""
    m = _meeting(rules_nlp, RUN_IN)
    assert [r.text for r in _item(m, "3232").resolutions] == ["Cllrs agreed the proposed budget of £32,510"]
    # "the council" in lower case is the body deciding, as "The Committee agreed" is
    assert [r.text for r in _item(m, "3233").resolutions] == [
        "The council agreed to write to the landowner about the blocked stile"]
    assert _item(m, "3231").resolutions == [] and _item(m, "3234").resolutions == []  # a list of names, a report


NOTES = """\
ASHMERE VILLAGE HALL COMMITTEE
Minutes of the meeting held on 14 May 2023

Present: Ottoline Vesey (Chair), Bram Hallowell, Edwin Draycott

1. Apologies
Apologies were received from Cllr Parkwell and Cllr Tilsmore. These were accepted.

2. Projects
- Agreed to remove the heating item from the agenda until quotes arrive.
- Unanimously approved the hire charges for the summer season.
- The caretaker reported that the boiler was serviced in April.

3. Hall report
The caretaker gave an update on the car park. This was noted.
"""


def test_pronoun_passive_and_bulleted_decisions(rules_nlp):
    """"These were accepted." decides what the sentence before put to the meeting; a
    bulleted note that opens with a decision verb is a decision as if unbulleted; noting
    a report in passing ("This was noted.") and a bulleted report are not decisions."""
    m = _meeting(rules_nlp, NOTES)
    assert [r.text for r in _item(m, "1").resolutions] == ["These were accepted"]
    assert [r.text for r in _item(m, "2").resolutions] == [
        "Agreed to remove the heating item from the agenda until quotes arrive",
        "Unanimously approved the hire charges for the summer season"]
    assert _item(m, "3").resolutions == []


PROPOSITION = """\
DRAYCOTT MUNICIPAL DISTRICT
Minutes of the meeting held on 5 June 2019

120. VOTE OF SYMPATHY
On the proposition of Councillor Tam Parkwell and unanimously agreed a vote of sympathy was extended to the family of the late Mr. Ashmere.

121. MINUTES
The minutes of the meeting held on 3 May 2019 were adopted on the proposal of Cllr. T. Vesey, seconded by Cllr. B. Hallowell.
"""


def test_on_the_proposition_of_names_the_mover(rules_nlp):
    """Irish minutes name the mover "On the proposition of A" / "on the proposal of A":
    the mover, and the vote words before the decision are not its text."""
    m = _meeting(rules_nlp, PROPOSITION)
    sympathy = _one(m, "120")
    assert sympathy.text == "a vote of sympathy was extended to the family of the late Mr. Ashmere"
    assert sympathy.mover and sympathy.mover.endswith("Parkwell")
    assert sympathy.outcome == "unanimous"
    minutes = _one(m, "121")
    assert minutes.text == "The minutes of the meeting held on 3 May 2019 were adopted"
    assert minutes.mover and minutes.mover.endswith("Vesey")
    assert minutes.seconder and minutes.seconder.endswith("Hallowell")


US_HEADS = """\
MINUTES OF THE REGULAR MEETING OF THE DRAYCOTT TOWNSHIP BOARD
May 6, 2024

1. Flag poles
A motion was made to install three new flag poles for $11,991, by Trustee Vesey, seconded by Trustee Hallowell. All were in favor.

2. Session
Trustee Vesey moved, and Trustee Hallowell seconded the motion to enter Executive Session. Motion carried.
"""


def test_motion_made_to_and_seconded_the_motion_to(rules_nlp):
    """"A motion was made to ..., by A, seconded by B" and "A moved, and B seconded the
    motion to ...": motions with their mover and seconder (a leading "to" stays)."""
    m = _meeting(rules_nlp, US_HEADS)
    assert _fields(_one(m, "1")) == (  # "All were in favor."
        "to install three new flag poles for $11,991", "Trustee Vesey", "Trustee Hallowell", "unanimous")
    assert _fields(_one(m, "2")) == ("to enter Executive Session", "Trustee Vesey", "Trustee Hallowell", "carried")


LIST_LEAD = """\
MINUTES OF THE REGULAR MEETING OF THE DRAYCOTT VILLAGE COUNCIL
May 6, 2024

2. Bylaws
Moved by Cllr Hallowell, seconded by Cllr Parkwell, that the bylaws be amended as follows: Paragraph 43 shall read "All payments over 50.00 need two signatures". Carried.
"""


def test_clause_introducing_a_list_ends_at_its_colon(rules_nlp):
    """GUIDELINES "A clause that introduces a list": the text ends before its colon, also
    when the list runs on along the same line."""
    bylaws = _one(_meeting(rules_nlp, LIST_LEAD), "2")
    assert bylaws.text == "the bylaws be amended as follows"
    assert (bylaws.mover, bylaws.seconder, bylaws.outcome) == ("Cllr Hallowell", "Cllr Parkwell", "carried")
