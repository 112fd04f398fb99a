"""Invented US and Canadian motions (issue 12, North America): how the mover, seconder
and outcome are printed there.

"Mrs. A made a motion, seconded by Dr. B, to approve ...", "A motion was offered by A and
seconded by B to ...", "Trustee C also moved, seconded by ...", "B 2nd. All commissioners
were in favor.", "Motion duly seconded. Motion called and passed.", "The Board approved the
motion 3-0." Every passage is invented (names checked absent from corpus/raw); expected
values read off by hand.
"""

from __future__ import annotations

import pytest

from invented import meeting as _meeting, rules_only


@pytest.fixture(scope="module")
def rules_nlp():
    return rules_only("minutes_resolutions")


HEAD = """\
MARLOWBY TOWNSHIP BOARD
Minutes of the Regular Meeting held March 4, 2021
Present: Trustee Orrin Brannock, Trustee Tessaly Dunmere, Trustee Ysolde Penhallow

"""

BOARD = HEAD + """\
1. Minutes
Mrs. Dunmere made a motion, seconded by Dr. Brannock, to approve the minutes of the regular meeting of February 4, 2021.

2. Consent Agenda
A motion was offered by Trustee Brannock and seconded by Trustee Dunmere to approve the consent agenda. The motion carried (3-0).

3. Building
Trustee Brannock moved, seconded by Trustee Dunmere, to approve the quote for the roof. The motion carried unanimously. Trustee Penhallow also moved, seconded by Trustee Dunmere, to approve the quote for the windows.

4. Agenda
Orrin moved to approve the agenda.  Tessaly 2nd.  All trustees were in favor.

5. Expenditures
Orrin made a motion to accept the expenditures of $1,234.00.  Tessaly 2nd and all trustees were in favor.

6. Park
Motion made to approve the park plan as presented.  Motion duly seconded.  Motion called and passed.

7. Adjournment
At 8:00 PM Orrin Brannock made a motion to adjourn the meeting. Tessaly Dunmere 2nd the motion. The Board approved the motion 3-0.
"""


def _by_text(m) -> dict[str, object]:
    return {r.text: r for i in m.items for r in i.resolutions}


def _one(m, words: str):
    found = [r for t, r in _by_text(m).items() if words in t]
    assert len(found) == 1, (words, list(_by_text(m)))
    return found[0]


def _who(m, words: str) -> tuple:
    """The surnames of the mover and seconder of the one decision holding ``words``."""
    r = _one(m, words)
    return (r.mover.split()[-1] if r.mover else None, r.seconder.split()[-1] if r.seconder else None)



def test_made_a_motion_comma_seconded(meetings):
    assert _who(meetings["board"], "approve the minutes of the regular meeting") == ("Dunmere", "Brannock")


def test_motion_offered_by(meetings):
    assert _who(meetings["board"], "approve the consent agenda") == ("Brannock", "Dunmere")


def test_also_moved_keeps_the_mover(meetings):
    r = _one(meetings["board"], "quote for the windows")
    assert r.mover and r.mover.endswith("Penhallow")
    assert "also" not in r.text


def test_all_members_by_office_in_favor_is_unanimous(meetings):
    assert _one(meetings["board"], "approve the agenda").outcome == "unanimous"
    assert _one(meetings["board"], "accept the expenditures").outcome == "unanimous"


def test_motion_called_and_passed(meetings):
    assert _one(meetings["board"], "park plan").outcome == "carried"


def test_time_is_no_part_of_the_mover_and_tally_after_the_motion(meetings):
    r = _one(meetings["board"], "adjourn the meeting")
    assert r.mover and "PM" not in r.mover and r.mover.endswith("Brannock")
    assert r.outcome == "carried"


def test_some_members_in_favor_is_not_unanimous(rules_nlp):
    m = _meeting(rules_nlp, HEAD + """\
1. Fees
Orrin made a motion to raise the hall fee to $40.  Tessaly 2nd.  Two trustees were in favor and one against.
""")
    assert _one(m, "raise the hall fee").outcome != "unanimous"


PAIRS = HEAD + """\
1. Adoption of Agenda
Brannock/Dunmere: MTB 101/21

THAT the agenda for March 4, 2021 be adopted as presented.
CARRIED

2. Opening
#166-12-21 O. Brannock – T. Dunmere
THAT the regular meeting be opened at 7:00 p.m.
CARRIED

3. Parks/Recreation
Parks/Recreation
THAT the parks report be received.
CARRIED

4. Minutes
2021-045 Penhallow/Dunmere
THAT the minutes of February 4, 2021 be adopted as circulated.
CARRIED

The parks and recreation reports were filed.
"""



def test_bare_surname_pair_with_resolution_number(meetings):
    assert _who(meetings["pairs"], "agenda for March 4, 2021") == ("Brannock", "Dunmere")
    assert _who(meetings["pairs"], "minutes of February 4, 2021") == ("Penhallow", "Dunmere")


def test_pair_line_after_a_resolution_number(meetings):
    assert _who(meetings["pairs"], "opened at 7:00") == ("Brannock", "Dunmere")


def test_slashed_heading_is_no_pair(meetings):
    assert _who(meetings["pairs"], "parks report be received") == (None, None)


LABELLED = HEAD + """\
1. Consent
Moved Brannock, seconded Dunmere, to approve the consent agenda items. All ayes, motion carried.

2. ADOPTION OF AGENDA MOTION: Penhallow/Dunmere that the agenda be adopted. CARRIED

3. Grants
MOTION #2474: ORRIN BRANNOCK/TESSALY DUNMERE Approve the signing of the grant amendment. CARRIED

4. Minutes
Trustee Brannock moved to approve the minutes as presented. Trustee Penhallow seconded the motion and it passed unanimously.

5. Deposits
Orrin made the motion to check on a higher rate for the deposit. Second was made by Tessaly, all in favor, motion carried.

6. Senate Minutes
Motion to approve the minutes of the 01/28/21 meeting by Trustee Brannock; second by Trustee Dunmere. Motion passed with one abstention.

7. Treasurer
Motion to approve the treasurer report as presented, by Ysolde.
Second by Tessaly.
Motion carried.
"""



def test_moved_bare_surname_seconded(meetings):
    assert _who(meetings["labelled"], "consent agenda items") == ("Brannock", "Dunmere")


def test_slash_pair_after_motion_label(meetings):
    assert _who(meetings["labelled"], "agenda be adopted") == ("Penhallow", "Dunmere")
    assert _who(meetings["labelled"], "signing of the grant amendment") == ("Brannock", "Dunmere")


def test_seconded_the_motion_and_it_passed(meetings):
    assert _who(meetings["labelled"], "approve the minutes as presented") == ("Brannock", "Penhallow")
    assert _one(meetings["labelled"], "approve the minutes as presented").outcome == "unanimous"


def test_bare_by_mover_before_a_semicolon_or_line_break_and_the_second(meetings):
    assert _who(meetings["labelled"], "minutes of the 01/28/21 meeting") == ("Brannock", "Dunmere")
    assert _who(meetings["labelled"], "treasurer report as presented") == ("Penhallow", "Dunmere")


def test_second_was_made_by(meetings):
    assert _who(meetings["labelled"], "higher rate for the deposit") == ("Brannock", "Dunmere")


@pytest.fixture(scope="module")
def meetings(rules_nlp):
    """The invented meetings above, each read once."""
    return {name: _meeting(rules_nlp, text) for name, text in (("board", BOARD), ("pairs", PAIRS), ("labelled", LABELLED))}
