"""Invented attendance lists that bracket titles squarely (issue 12, new bodies): school
and trust boards print "Ann Lee [Presiding Member], Bo Ray and Cy Dunn – [Elected
Trustees]". A square bracket holding a title is the role; one holding a remark on when
the person attended ("[until 8.10pm]") still names no role. Every passage is invented
(names checked absent from corpus/raw); expected values read off by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting, people


TAIL = """

1. Finance
The board discussed the budget.
"""


def test_square_bracket_title_is_the_role(nlp):
    m = _meeting(nlp, """\
LARKFIELD SCHOOL BOARD
BOARD MINUTES – 4 March 2025

Present: Tovin Esker [Deputy Chair], Mara Quillfeather [Staff Trustee], Wenna Tarrow [until 8.10pm]
""" + TAIL)
    assert people(m.present) == [("Tovin Esker", "Deputy Chair"), ("Mara Quillfeather", "Staff Trustee"),
                                 ("Wenna Tarrow", None)]


def test_dash_before_square_group_title_keeps_the_name(nlp):
    m = _meeting(nlp, """\
LARKFIELD SCHOOL BOARD
BOARD MINUTES – 4 March 2025

Present: Tovin Esker [Deputy Chair], Mara Quillfeather and Dace Vurnell – [Elected Trustees], Orrin Welk
""" + TAIL)
    names = [n for n, _ in people(m.present)]
    assert names == ["Tovin Esker", "Mara Quillfeather", "Dace Vurnell", "Orrin Welk"]


def test_presiding_member_is_the_role_as_printed(nlp):
    # school boards call their chair the "Presiding Member": the post, not the bare "Member"
    m = _meeting(nlp, """\
LARKFIELD SCHOOL BOARD
BOARD MINUTES – 4 March 2025

Present: Tovin Esker (Presiding Member), Mara Quillfeather, Orrin Welk
""" + TAIL)
    assert people(m.present)[0] == ("Tovin Esker", "Presiding Member")
