"""Invented US and Canadian attendance (issue 12, North America): roll calls told in a
sentence ("met in regular session ..., with Commissioner A, Commissioner B, and C, Clerk of
the Board present.", "Present at roll call were Council Members A, B and C.", "the
following Council Members answered roll call: ..."), a spaced dash for the colon after a
roll call ("ROLL CALL: Present - Council members A, B. Absent - Council member C."), and
the lower-case plural "Council members". Every passage is invented (names checked absent
from corpus/raw); expected values read off by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting, people


TAIL = """

1. Roads
The board discussed the gravel contract.
"""


def test_with_list_present_sentence(nlp):
    m = _meeting(nlp, """\
MARLOWBY COUNTY COMMISSIONERS
March 7, 2017
The Marlowby County Board of Commissioners met in regular session on March 7, 2017, with Commissioner Orrin Brannock, Commissioner Tessaly Dunmere, Commissioner Ysolde Penhallow, and Anwen Corrigal, Clerk of the Board present.
""" + TAIL)
    names = [n for n, _ in people(m.present)]
    assert names == ["Commissioner Orrin Brannock", "Commissioner Tessaly Dunmere", "Commissioner Ysolde Penhallow"]
    assert people(m.officers) == [("Anwen Corrigal", "Clerk of the Board")]


def test_with_presiding_is_no_list(nlp):
    m = _meeting(nlp, """\
MARLOWBY CITY COUNCIL
March 7, 2017
The City Council met in the council chambers on March 7, 2017, with Mayor Halloway presiding.
""" + TAIL)
    assert m.present == []


def test_present_at_roll_call_were(nlp):
    m = _meeting(nlp, """\
PROCEEDINGS OF THE CITY COUNCIL
July 19, 2010
The city council of the city of Marlowby met in the council chambers on Monday, July 19, 2010 at 5:30 p.m. with Mayor Halloway presiding. Present at roll call were Council Members Brannock, Dunmere, Penhallow, and Corrigal. Absent: Council Member Fenwright.
""" + TAIL)
    names = [n for n, _ in people(m.present)]
    assert names == ["Council Member Brannock", "Council Member Dunmere", "Council Member Penhallow",
                     "Council Member Corrigal"]
    assert [n for n, _ in people(m.apologies)] == ["Council Member Fenwright"]


def test_answered_roll_call_without_the(nlp):
    m = _meeting(nlp, """\
SPECIAL MEETING OF THE CITY COUNCIL
August 7, 2017
The City Council met at the above place and date.  Meeting was called to order at 9:46 a.m.  The following Council Members answered roll call:  Orrin Brannock, Tessaly Dunmere, and Ysolde Penhallow.
""" + TAIL)
    assert [n for n, _ in people(m.present)] == ["Orrin Brannock", "Tessaly Dunmere", "Ysolde Penhallow"]


def test_roll_call_dash_and_lower_case_plural(nlp):
    m = _meeting(nlp, """\
REGULAR COUNCIL MEETING
September 18, 2023
ROLL CALL: Present - Council members Brannock, Dunmere, Penhallow, and Corrigal. Absent - Council member Fenwright.
""" + TAIL)
    assert [n for n, _ in people(m.present)] == ["Council member Brannock", "Council member Dunmere",
                                                  "Council member Penhallow", "Council member Corrigal"]
    assert [n for n, _ in people(m.apologies)] == ["Council member Fenwright"]
