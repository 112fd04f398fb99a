"""A fifteenth round of invented minutes, for attendance (issue 12, board layouts): a
school board's "The following were present:" block lists the members under "Trustees:"
and then the staff one title per line ("Superintendents: ...", "Secretary-Treasurer:
..."); the staff lines are officers with the title in the singular, and the last trustee
is not run into the line below. Every passage is invented (bodies, people and dates;
none of the names occurs in corpus/raw); expected values were read off the passage by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting, people

SCHOOL_BOARD = """\
Regular Meeting of the Board of Trustees of the Quillane River School Division
August 23, 2016

The following were present:
Chair: R. Vantongeren
Trustees: A. Ottaway, P. Threlkeld, M. Brisbourne, B. Stephen
Superintendents: J. Sorrell-Dunmarrow, K. Pellinore
Transportation Coordinator: L. Quenby
Absent: T. Harlowe

1. MINUTES
The minutes of the previous meeting were adopted.
"""


def test_staff_lines_after_the_trustees_are_officers(nlp):
    m = _meeting(nlp, SCHOOL_BOARD)
    assert people(m.officers) == [("J. Sorrell-Dunmarrow", "Superintendent"), ("K. Pellinore", "Superintendent"),
                                  ("L. Quenby", "Transportation Coordinator")]


def test_the_last_trustee_is_kept(nlp):
    m = _meeting(nlp, SCHOOL_BOARD)
    names = [name for name, _ in people(m.present)]
    assert names[0] == "R. Vantongeren" and "B. Stephen" in names and "T. Harlowe" not in names
    assert people(m.apologies) == [("T. Harlowe", None)]


def test_a_minute_secretary_among_the_present_is_an_officer(nlp):
    m = _meeting(nlp, """\
MINUTES OF THE ORDINARY MEETING OF THE QUILLANE DISTRICT COUNCIL
March 4, 2021

Present: Cr P Threlkeld (Mayor), Cr M Brisbourne, Cr A Ottaway and Mr J Sorrell (Minute Secretary)

1. MINUTES
The minutes of the previous meeting were confirmed.
""")
    assert people(m.officers) == [("Mr J Sorrell", "Minute Secretary")]
    assert "Mr J Sorrell" not in [name for name, _ in people(m.present)]


def test_a_vice_mayor_is_an_office_not_part_of_the_name(nlp):
    m = _meeting(nlp, """\
VILLAGE OF QUILLANE
Minutes of the regular council meeting of March 4, 2021

Present: Mayor Evan Dunmarrow, Vice-Mayor Ilse Parrow, Council Member Bo Venner

1. AGENDA
The agenda was approved.
""")
    assert people(m.present)[:2] == [("Evan Dunmarrow", "Mayor"), ("Ilse Parrow", "Vice-Mayor")]
