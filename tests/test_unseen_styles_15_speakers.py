"""A fifteenth round of invented minutes, for speakers (issue 12, board layouts): a
vice-mayor printed before a surname ("Vice-Mayor Parrow") is an office, so the speaker is
the listed person with role "Vice-Mayor"; "Attorney Growle" is the "Village Attorney" of
the staff list, and keeps that listed title as role. Every passage is invented (bodies,
people and dates; none of the names occurs in corpus/raw); expected values were read off
the passage by hand.
"""

from __future__ import annotations

from invented import item as _item, meeting as _meeting

VILLAGE = """\
VILLAGE OF QUILLANE
Minutes of the regular council meeting of March 4, 2021

Present: Mayor Evan Dunmarrow, Vice-Mayor Ilse Parrow, Council Member Bo Venner
Also present: Tamsin Growle, Village Attorney

1. AGENDA
Vice-Mayor Parrow made a motion to approve the agenda, seconded by Council Member Venner. Carried.

2. LEGAL
Attorney Growle reported that the lease was signed.
"""


def test_a_vice_mayor_before_a_surname_is_the_listed_person(nlp):
    m = _meeting(nlp, VILLAGE)
    assert ("Ilse Parrow", "Vice-Mayor") in [(s.name, s.role) for s in _item(m, "1").speakers]


def test_an_attorney_before_a_surname_keeps_the_listed_title(nlp):
    m = _meeting(nlp, VILLAGE)
    assert [(s.name, s.role) for s in _item(m, "2").speakers] == [("Tamsin Growle", "Village Attorney")]
