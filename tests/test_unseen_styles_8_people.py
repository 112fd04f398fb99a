"""An eighth round of invented minutes, for attendees and speakers (issue 12).

Shapes met in the training supplement's US, Canadian and university minutes that the
rules missed: staff listed by a title of several words and the surname alone ("Also
present were City Manager Boyles, Director of Public Works Galusha, ..."), such a list
wrapped over lines where a PDF export broke the paragraph at the page width, even inside
a title; attendance tables exported as text with bars ("|Present: |A, B, |", a markdown
grid of two name columns under "Court Members | Court Members |" and "---|---|"); "Members
answering roll call:"; people parted only by their bracketed roles ("A B (Chairman) C D
(Secretary)"); "Proposed by A B Seconded by C D" with no stop between; "Office – Name" lines under a
heading ("Deputy Mayor – Ann Lee", "Councillor – Bo Ray", "CAO/Clerk – Cy Fox"). Every passage is invented (bodies, people and dates); the expected values were
read off the passage by hand, following the guidelines ("Staff Present: City Manager Dana
Whitlow" -> name "Dana Whitlow", role "City Manager", in `officers`).
"""

from __future__ import annotations

import pytest

from invented import meeting as _meeting, people as _people

# ----------------------------------------------------------------------------- passages

STAFF_BY_SURNAME = """\
City Council, Regular Meeting
March 4, 2025 7:00 p.m.
The meeting was called to order by Mayor Fenwright with the following
Council Members present: Quarrie, Oakshott and Fenwright.
Also present were City Manager Pevensey, Assistant City Manager Carraway,
City Attorney Ardagh, Director of Public Works Taskworth, Fire Chief Merriday,
City Clerk Penhallow and Secretary to the City Council Quennell.
CONSENT CALENDAR
City Manager Pevensey reported on the budget.
"""

STAFF_BY_SURNAME_WRAPPED = """\
REGULAR CITY COUNCIL MEETING MINUTES
March 4, 2025
CALL TO ORDER
The meeting was called to order at 7:00 p.m. Present were Mayor Fenwright, Councilors Quarrie,
Oakshott and Brack, City Manager Pevensey, City Attorney Ardagh, Assistant City
Manager Carraway, Director of Airports Taskworth, Police Chief Merriday and Executive Assistant
Penhallow.
PUBLIC FORUM
City Manager Pevensey reviewed the process for the public forum.
"""

PIPE_GRID = """\
Board of Regents Minutes 3 March 2025
Present
Board Members | Board Members |
---|---|
Odalys Fenwright (Chair) | Tamsin Quarrie |
Bertram Oakshott | Dr Lucan Pevensey |
Ines Carraway | Hollis Brack |
Staff members in attendance | Role |
---|---|
Merrin Taskworth |
Deputy Secretary |
Fenella Ardagh |
Head of Estates |

1. Welcome
The Chair welcomed members.
"""

PIPE_ROWS = """\
Glenmorrow Community Council

Minutes of the meeting held on Tuesday 4th March 2025

|Present: |Tamsin Quarrie, Bertram Oakshott, Ines Carraway, Hollis Brack, |

| |Odalys Fenwright, Councillor Pevensey |

|Apologies |Councillors Ardagh and Taskworth |

| | | |

|Approve minutes |Proposed by Tamsin, seconded by Hollis | |
"""

ANSWERING_ROLL_CALL = """\
March 2, 2025
Call to order at 7:00 pm by President Fenwright.
Members answering roll call: president Fenwright, Tamsin Quarrie, Bertram Oakshott, Ines Carraway and Hollis Brack.
The minutes from the February meeting were reviewed and accepted.
Motion Carried.
"""

BRACKETS_ONLY = """\
Glenmorrow Community Council
Minutes of the meeting held on 4 March 2025
PRESENT: – Tamsin Quarrie (Chairman) Bertram Oakshott (Secretary) Ines Carraway (Vice Chair) Odalys Fenwright (GCC Member)
APOLOGIES: – Fenella Ardagh (Treasurer)
Verify Minutes of last meeting Proposed by Tamsin Quarrie Seconded by Bertram Oakshott.
"""

OFFICE_DASH_NAME = """\
Township of Glenmorrow
Council Minutes
Wednesday May 3, 2025 @ 9:00 a.m.
Members Present:
Mayor – Tamsin Quarrie
Deputy Mayor – Bertram Oakshott
Councillor – Ines Carraway
Councillor – Hollis Brack
Staff Present:
CAO/Clerk – Odalys Fenwright
1. Call to Order
Mayor Quarrie called the meeting to order.
"""


# ----------------------------------------------------------------------------- staff by title and surname


def test_staff_listed_by_title_and_surname_are_officers(nlp):
    m = _meeting(nlp, STAFF_BY_SURNAME)
    assert _people(m.officers) == [
        ("Pevensey", "City Manager"),
        ("Carraway", "Assistant City Manager"),
        ("Ardagh", "City Attorney"),
        ("Taskworth", "Director of Public Works"),
        ("Merriday", "Fire Chief"),
        ("Penhallow", "City Clerk"),
        ("Quennell", "Secretary to the City Council"),
    ]
    assert [a.name for a in m.present] == ["Quarrie", "Oakshott", "Fenwright"]


def test_staff_list_wrapped_inside_a_title(nlp):
    """"Assistant City" / "Manager Carraway": the export broke the line inside the title;
    "Director of Airports Taskworth" is a title of three words and a surname, not
    "Director of" and a person called "Airports Taskworth"."""
    m = _meeting(nlp, STAFF_BY_SURNAME_WRAPPED)
    assert _people(m.officers) == [
        ("Pevensey", "City Manager"),
        ("Ardagh", "City Attorney"),
        ("Carraway", "Assistant City Manager"),
        ("Taskworth", "Director of Airports"),
        ("Merriday", "Police Chief"),
        ("Penhallow", "Executive Assistant"),
    ]
    assert _people(m.present) == [
        ("Fenwright", "Mayor"),
        ("Councilor Quarrie", None),
        ("Councilor Oakshott", None),
        ("Councilor Brack", None),
    ]


def test_a_full_name_after_a_title_keeps_both_words(nlp):
    """The surname-only reading must not take a first name for a title word."""
    m = _meeting(nlp, STAFF_BY_SURNAME.replace("City Clerk Penhallow", "City Clerk Odalys Penhallow"))
    assert ("Odalys Penhallow", "City Clerk") in _people(m.officers)


# ----------------------------------------------------------------------------- tables with bars


def test_markdown_grid_of_two_name_columns(nlp):
    """Both columns of the members' grid are present; the header rows and the "---|---|"
    rule name nobody; the staff grid's people are officers."""
    m = _meeting(nlp, PIPE_GRID)
    assert sorted(_people(m.present)) == sorted([
        ("Odalys Fenwright", "Chair"),
        ("Tamsin Quarrie", None),
        ("Bertram Oakshott", None),
        ("Dr Lucan Pevensey", None),
        ("Ines Carraway", None),
        ("Hollis Brack", None),
    ])
    assert [a.name for a in m.officers] == ["Merrin Taskworth", "Fenella Ardagh"]
    assert ("Fenella Ardagh", "Head of Estates") in _people(m.officers)
    assert not m.apologies


def test_bar_table_rows_with_blank_lines_between(nlp):
    """"|Present: |..., |" goes on in the next row after a blank line; "|Apologies |..." is
    the apologies; the label cells are headings, not names."""
    m = _meeting(nlp, PIPE_ROWS)
    assert [a.name for a in m.present] == [
        "Tamsin Quarrie", "Bertram Oakshott", "Ines Carraway", "Hollis Brack", "Odalys Fenwright", "Councillor Pevensey",
    ]
    assert [a.name for a in m.apologies] == ["Councillor Ardagh", "Councillor Taskworth"]


# ----------------------------------------------------------------------------- roll calls, brackets, movers


def test_members_answering_roll_call_are_present(nlp):
    m = _meeting(nlp, ANSWERING_ROLL_CALL)
    names = [a.name for a in m.present]
    assert names[1:] == ["Tamsin Quarrie", "Bertram Oakshott", "Ines Carraway", "Hollis Brack"]
    assert names[0] == "Fenwright"  # "president Fenwright": the office is not part of the name
    assert not m.apologies and not m.officers


def test_people_parted_only_by_their_bracketed_roles(nlp):
    m = _meeting(nlp, BRACKETS_ONLY)
    assert _people(m.present) == [
        ("Tamsin Quarrie", "Chairman"),
        ("Bertram Oakshott", "Secretary"),
        ("Ines Carraway", "Vice Chair"),
        ("Odalys Fenwright", "GCC Member"),
    ]
    assert [a.name for a in m.apologies] == ["Fenella Ardagh"]


def test_proposer_and_seconder_run_together_without_a_stop(nlp):
    """"Proposed by Tamsin Quarrie Seconded by Bertram Oakshott": two speakers, and
    "Seconded" is no part of the proposer's name."""
    m = _meeting(nlp, BRACKETS_ONLY)
    names = [s.name for i in m.items for s in i.speakers]
    assert names == ["Tamsin Quarrie", "Bertram Oakshott"]


def test_office_dash_name_lines(nlp):
    """An office before the dash is the role; the plain member title stays in the name
    (guidelines, "Titles used as honorifics"); a title of two posts is an officer's."""
    m = _meeting(nlp, OFFICE_DASH_NAME)
    assert _people(m.present) == [
        ("Tamsin Quarrie", "Mayor"),
        ("Bertram Oakshott", "Deputy Mayor"),
        ("Councillor Ines Carraway", None),
        ("Councillor Hollis Brack", None),
    ]
    assert _people(m.officers) == [("Odalys Fenwright", "CAO/Clerk")]
