"""A thirteenth round of invented minutes, for speakers (issue 12, leftovers of the
attendance work): an office mentioned alone ("Clerk reported", "The Chief reported") is
the one person listed under a longer title for it ("Parish Clerk", "Fire Chief"), but
not a "Deputy Clerk"; movers and seconders the people component does not know are
speakers all the same; a roll call answered "yes"/"no" is a vote, not attendance.
Every passage is invented (bodies, people and dates; none of the names occurs in
corpus/raw); expected values were read off the passage by hand.
"""

from __future__ import annotations

from invented import item as _item, meeting as _meeting, people

QUALIFIED_OFFICES = """\
MINUTES OF THE MEETING OF THE DORRANCE PARISH COUNCIL
March 4, 2021

Present: Cllr Tom Quillby (Chair), Cllr Ed Marchetti, Cllr Ray Dunwoody
In attendance: Ilse Parrow (Parish Clerk), Bo Venner (Fire Chief)

1. FINANCE
The accounts were circulated. Clerk reported that the bank reconciliation was complete.

2. SAFETY
The Chief reported two callouts in February.
"""

DEPUTY = """\
MINUTES OF THE MEETING OF THE HOLLENBY VILLAGE BOARD
March 4, 2021

Present: Trustee Tom Quillby, Trustee Ed Marchetti
Also present: Ilse Parrow (Deputy Clerk)

1. CORRESPONDENCE
Clerk reported that three letters had been received.
"""

UNLISTED_MOVERS = """\
HOLLENBY PUBLIC LIBRARY BOARD
Minutes of the meeting of March 4, 2021

Meeting called to order at 5:05. Quillby, Marchetti & Dunwoody present.

1. MINUTES
Motion to approve by Dunwoody, seconded Marchetti, approved unanimously.

2. BILLS
Motion to pay the bills by Marchetti, seconded by Quillby, unanimously approved.
"""

VOTE_ROLL_CALL = """\
MINUTES OF THE MEETING OF THE DORRANCE PARISH COUNCIL
March 4, 2021

Present: Cllr Tom Quillby (Chair), Cllr Ed Marchetti, Cllr Ray Dunwoody

1. BUDGET
Motion to approve the budget. Roll Call: Quillby, yes; Marchetti, yes; Dunwoody, no. Motion carried.
"""


def test_an_office_alone_is_its_holder_under_a_longer_title(nlp):
    m = _meeting(nlp, QUALIFIED_OFFICES)
    assert [s.name for s in _item(m, "1").speakers] == ["Ilse Parrow"]
    assert [s.name for s in _item(m, "2").speakers] == ["Bo Venner"]


def test_a_deputy_is_not_the_office_holder(nlp):
    m = _meeting(nlp, DEPUTY)
    assert [(s.name, s.role) for s in _item(m, "1").speakers] == [(None, "Clerk")]


def test_movers_and_seconders_no_list_names_are_speakers(nlp):
    m = _meeting(nlp, UNLISTED_MOVERS)
    assert sorted(s.name for s in _item(m, "1").speakers) == ["Dunwoody", "Marchetti"]
    assert sorted(s.name for s in _item(m, "2").speakers) == ["Marchetti", "Quillby"]


def test_a_mover_already_speaking_is_not_added_twice(nlp):
    m = _meeting(nlp, """\
MINUTES OF THE MEETING OF THE DORRANCE PARISH COUNCIL
March 4, 2021

Present: Cllr Tom Quillby (Chair), Cllr Ed Marchetti, Cllr Ray Dunwoody

1. PLAYGROUND
Cllr Marchetti reported that the swings were broken. Motion to repair them by Marchetti, seconded by Dunwoody, carried.
""")
    names = [s.name for s in _item(m, "1").speakers]
    assert len(names) == 2 and sum("Marchetti" in n for n in names) == 1


def test_a_roll_call_vote_is_no_attendance(nlp):
    m = _meeting(nlp, VOTE_ROLL_CALL)
    assert people(m.present) == [("Cllr Tom Quillby", "Chair"), ("Cllr Ed Marchetti", None), ("Cllr Ray Dunwoody", None)]
