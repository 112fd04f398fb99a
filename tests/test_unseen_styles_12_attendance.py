"""A twelfth round of invented minutes, for attendance lists (issue 12, families read off
the odd-numbered supplement documents and the older train documents).

Shapes: apologies recorded as a resolution ("That the apology from Councillor A be
accepted", "That apologies be received and leave of absence granted for Cr A and Cr B",
a substitute "(Councillor C attending)" in brackets, which is no role); titled members
printed in one column cell parted by spaces only; officers' rows "Name – Title, Name –
Title" on one line under a heading; and an officer's title holding a slash
("Manager of Legislative Services / Municipal Clerk, J. Bunnage"), which is no mover and
seconder pair. Every passage is invented (bodies, people and dates; none of the names
occurs in corpus/raw); expected values were read off the passage by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting, people as _people

APOLOGY_RESOLUTIONS = """\
MINUTES OF THE ORDINARY MEETING OF THE QUORLAND SHIRE COUNCIL HELD ON 3 MARCH 2021

PRESENT: Cr P Vantrell (Mayor), Cr J Oddmere, Cr K Blasket

1. APOLOGIES
That apologies be received and leave of absence granted for Cr. Hartwell and Cr. Nunnery for this meeting.

2. MINUTES
The minutes were confirmed.
"""

SINGLE_APOLOGY = """\
MINUTES OF THE ORDINARY MEETING OF THE QUORLAND SHIRE COUNCIL HELD ON 3 MARCH 2021

PRESENT: Cr P Vantrell (Mayor), Cr J Oddmere, Cr K Blasket

1. APOLOGIES
That the apology from Councillor Tarraway be accepted.

2. MINUTES
The minutes were confirmed.
"""

APOLOGY_WITH_SUBSTITUTE = """\
MINUTES OF THE MEETING OF THE QUORLAND JOINT BOARD HELD ON 3 MARCH 2021

PRESENT: Cr P Vantrell (Chair), Cr J Oddmere, Cr K Blasket

1. APOLOGIES
That apologies be received and noted from Councillor Dora Grelling (Councillor Tim Coxley attending) and Carol Wilkerby.

2. MINUTES
The minutes were confirmed.
"""


def test_apologies_recorded_as_a_resolution_are_apologies(nlp):
    assert _people(_meeting(nlp, APOLOGY_RESOLUTIONS).apologies) == [("Cr. Hartwell", None), ("Cr. Nunnery", None)]
    m = _meeting(nlp, SINGLE_APOLOGY)
    assert _people(m.apologies) == [("Councillor Tarraway", None)]  # not "That"


def test_a_substitute_attending_is_no_role(nlp):
    m = _meeting(nlp, APOLOGY_WITH_SUBSTITUTE)
    assert _people(m.apologies) == [("Councillor Dora Grelling", None), ("Carol Wilkerby", None)]


TITLED_CELL = """\
Minutes of the Extraordinary Wexley Parish Council Meeting held Wednesday 4 May 2022

Present: Cllr L Quarrington(Chair)   Cllr M Dobberley Cllr J Ferncastle Cllr P Maddrell
Also in attendance: Mrs T Oxenbury, Parish clerk

1. MINUTES
The minutes were approved.
"""


def test_titled_members_parted_by_spaces_in_a_column_are_each_present(nlp):
    m = _meeting(nlp, TITLED_CELL)
    assert _people(m.present) == [("Cllr L Quarrington", "Chair"), ("Cllr M Dobberley", None),
                                  ("Cllr J Ferncastle", None), ("Cllr P Maddrell", None)]


DASHED_ROWS = """\
MINUTES OF THE MEETING OF WEXLEY TOWN COUNCIL HELD ON 4 MAY 2022

Present:
Cllrs Hollowday (Chairman), Fennimore and Quarrington.

In Attendance:
Orla Penhallow – Town Clerk, Becca Lindqvist - Assistant Town Clerk.

1. MINUTES
The minutes were approved.
"""


def test_name_dash_title_rows_on_one_line_are_two_officers(nlp):
    m = _meeting(nlp, DASHED_ROWS)
    assert _people(m.officers) == [("Orla Penhallow", "Town Clerk"), ("Becca Lindqvist", "Assistant Town Clerk")]


SLASHED_TITLE = """\
MINUTES OF THE MEETING OF WEXLEY TOWNSHIP COUNCIL HELD ON 4 MAY 2022

Present:
Mayor N. Hollowday
Councillor S. Fennimore

Staff Present:
- Chief Administrative Officer, S. Chalmerson
- Manager of Legislative Services / Municipal Clerk, J. Bunnage
- Museum Assistant, T. Hynesworth

1. MINUTES
The minutes were approved.
"""


def test_a_title_with_a_slash_does_not_end_the_staff_list(nlp):
    m = _meeting(nlp, SLASHED_TITLE)
    assert _people(m.officers) == [
        ("S. Chalmerson", "Chief Administrative Officer"),
        ("J. Bunnage", "Manager of Legislative Services / Municipal Clerk"),
        ("T. Hynesworth", "Museum Assistant"),
    ]


PLURAL_TITLE_BEFORE_AN_OFFICE = """\
MINUTES OF THE REGULAR MEETING OF THE BRAXTON COUNTY COMMISSION
March 4, 2021

1. CALL TO ORDER
The meeting was called to order at 7:00 p.m.
Present: Commissioners Mayor C Dunwoody, Quillby and Marchetti

2. APPROVAL OF MINUTES
Commissioner Quillby moved to approve the minutes. Commissioner Marchetti seconded. Motion carried.
"""


def test_a_plural_member_title_is_not_carried_onto_an_office(nlp):
    m = _meeting(nlp, PLURAL_TITLE_BEFORE_AN_OFFICE)
    present = _people(m.present)
    assert ("C Dunwoody", "Mayor") in present  # the office is the role, as for "Mayor C Dunwoody" alone
    assert ("Commissioner Quillby", None) in present and ("Commissioner Marchetti", None) in present
    assert not any(n.startswith("Commissioner Mayor") for n, _ in present)
