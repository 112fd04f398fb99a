"""An eighth round of invented minutes, for attendees and speakers (issue 12).

Shapes met in the training supplement's US, Canadian and university minutes that the
rules missed: staff listed by a title of several words and the surname alone ("Also
present were City Manager Boyles, Director of Public Works Galusha, ..."), such a list
wrapped over lines where a PDF export broke the paragraph at the page width, even inside
a title; attendance tables exported as text with bars ("|Present: |A, B, |", a markdown
grid of two name columns under "Court Members | Court Members |" and "---|---|"); "Members
answering roll call:"; people parted only by their bracketed roles ("A B (Chairman) C D
(Secretary)"); "Proposed by A B Seconded by C D" with no stop between; "Office – Name" lines under a
heading ("Deputy Mayor – Ann Lee", "Councillor – Bo Ray", "CAO/Clerk – Cy Fox"); a numbered
"RECORD OF ATTENDANCE/APOLOGIES/LEAVE OF ABSENCE" over the councillors, with "Staff:" listing
its officers after an empty "Apologies:"; lists printed in capitals ("COUNCILLORS A. B, ...",
"MR. C. D, CHIEF EXECUTIVE MS. E. F, ..."), with the count of members in brackets; "Her Worship the Mayor (Clr Lam), Councillors A, B
(from 6.35pm), C" with times of arrival in brackets; ditto marks standing for the honorific of
the line above ("PRESENT: Cllr A Lowe (Mayor)" then "“ Mrs B Hart"); a club committee's
Secretary and Treasurer, members holding an office, not staff; "Council Members Brack" / "and
Tolliver were absent." broken over two lines. Every passage is invented (bodies, people and dates); the expected values were
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

RECORD_OF_ATTENDANCE = """\
MINUTES OF ORDINARY MEETING HELD AT GLENMORROW HALL ON 21 MARCH, 2025
1. DECLARATION OF OPENING The Shire President Cr Quarrie declared the meeting open at 3:45pm.
2. RECORD OF ATTENDANCE/APOLOGIES/LEAVE OF ABSENCE
Cr T Quarrie (Shire President) Cr B Oakshott (Deputy Shire President) Cr I Carraway Cr H Brack Cr O Fenwright
Leave of Absence: Nil
Apologies:
Staff: Mr L Merriday (CEO) Mr M Taskworth (DCEO) Mrs F Ardagh (MOW)
3. PUBLIC QUESTION TIME NIL
"""

CAPITALS = """\
MINUTES OF THE ORDINARY MEETING OF COUNTY COUNCIL HELD ON MONDAY 11TH JANUARY 2025

PRESENT: COUNCILLORS T. QUARRIE CATHAOIRLEACH, B. OAKSHOTT, I. CARRAWAY,
H. BRACK, O. FENWRIGHT (5)

IN ATTENDANCE: MR. L. MERRIDAY, CHIEF EXECUTIVE MS. M. TASKWORTH, DIRECTOR OF SERVICES MR. F. ARDAGH, HEAD OF FINANCE

ITEM NO. 1 To confirm minutes.
"""

WORSHIP_AND_TIMES = """\
GLENMORROW COUNCIL

MINUTES OF THE
ORDINARY MEETING OF COUNCIL
ON WEDNESDAY, MARCH 5, 2025
COMMENCING AT 6.30PM

PRESENT

Her Worship the Mayor (Clr Quarrie), Councillors Oakshott, Carraway (from 6.35pm and until
9.46pm), Brack (from 6.32pm), Fenwright, Merriday (except from 9.21pm until 9.23pm) and Taskworth

IN ATTENDANCE

General Manager, Manager Finance and Administration Officer
"""

DITTO_MARKS = """\
GLENMORROW TOWN COUNCIL
Minutes of the meeting held on 9 May 2025

PRESENT: Cllr T. Quarrie (Mayor)

“ B.J. Oakshott

“ Mrs I. Carraway

“ Lady Brack

“ O. Fenwright

The meeting opened with prayers
"""

CLUB_COMMITTEE = """\
Glenmorrow Rowing Club
Committee meeting, 12 March 2025

Present
Tamsin Quarrie (Chair)
Bertram Oakshott (Secretary)
Ines Carraway (Treasurer)
Hollis Brack
Odalys Fenwright

1. Apologies
None.
"""

ABSENT_OVER_TWO_LINES = """\
City Council, Regular Meeting
March 4, 2025 7:00 p.m.
The meeting was called to order by Mayor Fenwright with the following
Council Members present: Quarrie, Oakshott and Fenwright. Council Members Brack
and Tolliver were absent.
CONSENT CALENDAR
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
    """A column of titles, then the names: an office is the role; the plain member title is
    no role (guidelines, "Titles used as honorifics") and the name is the name cell; a
    title of two posts is an officer's."""
    m = _meeting(nlp, OFFICE_DASH_NAME)
    assert _people(m.present) == [
        ("Tamsin Quarrie", "Mayor"),
        ("Bertram Oakshott", "Deputy Mayor"),
        ("Ines Carraway", None),
        ("Hollis Brack", None),
    ]
    assert _people(m.officers) == [("Odalys Fenwright", "CAO/Clerk")]


def test_record_of_attendance_heading_and_staff_after_empty_apologies(nlp):
    m = _meeting(nlp, RECORD_OF_ATTENDANCE)
    assert _people(m.present) == [
        ("Cr T Quarrie", "Shire President"),
        ("Cr B Oakshott", "Deputy Shire President"),
        ("Cr I Carraway", None),
        ("Cr H Brack", None),
        ("Cr O Fenwright", None),
    ]
    # "Staff:" has its own list: everyone on it is staff, whatever their title's letters
    assert _people(m.officers) == [("Mr L Merriday", "CEO"), ("Mr M Taskworth", "DCEO"), ("Mrs F Ardagh", "MOW")]
    assert not m.apologies


def test_lists_printed_in_capitals(nlp):
    m = _meeting(nlp, CAPITALS)
    assert _people(m.present) == [
        ("Councillor T. QUARRIE", "CATHAOIRLEACH"),
        ("Councillor B. OAKSHOTT", None),
        ("Councillor I. CARRAWAY", None),
        ("Councillor H. BRACK", None),
        ("Councillor O. FENWRIGHT", None),  # "(5)" counts the members: no role
    ]
    assert _people(m.officers) == [
        ("MR. L. MERRIDAY", "CHIEF EXECUTIVE"),
        ("MS. M. TASKWORTH", "DIRECTOR OF SERVICES"),
        ("MR. F. ARDAGH", "HEAD OF FINANCE"),
    ]


def test_worship_the_mayor_and_times_in_brackets(nlp):
    """The office styled "Her Worship the Mayor" with its holder in brackets; a time of
    arrival in brackets is no role."""
    m = _meeting(nlp, WORSHIP_AND_TIMES)
    assert _people(m.present) == [
        ("Clr Quarrie", "Mayor"),
        ("Councillor Oakshott", None),
        ("Councillor Carraway", None),
        ("Councillor Brack", None),
        ("Councillor Fenwright", None),
        ("Councillor Merriday", None),
        ("Councillor Taskworth", None),
    ]
    assert _people(m.officers) == [(None, "General Manager"), (None, "Manager Finance"), (None, "Administration Officer")]


def test_ditto_marks_repeat_the_honorific_above(nlp):
    m = _meeting(nlp, DITTO_MARKS)
    assert _people(m.present) == [
        ("Cllr T. Quarrie", "Mayor"),
        ("Cllr B.J. Oakshott", None),
        ("Cllr Mrs I. Carraway", None),
        ("Cllr Lady Brack", None),
        ("Cllr O. Fenwright", None),
    ]


def test_club_secretary_and_treasurer_are_members(nlp):
    """Nobody in the list has a member's honorific: the Treasurer is a member holding an
    office (present, role Treasurer), not the body's staff."""
    m = _meeting(nlp, CLUB_COMMITTEE)
    assert _people(m.present) == [
        ("Tamsin Quarrie", "Chair"),
        ("Bertram Oakshott", "Secretary"),
        ("Ines Carraway", "Treasurer"),
        ("Hollis Brack", None),
        ("Odalys Fenwright", None),
    ]
    assert not m.officers


def test_council_treasurer_listed_among_councillors_stays_an_officer(nlp):
    """Where the members carry their honorific, a plain name with a staff title is staff."""
    text = CLUB_COMMITTEE.replace("Tamsin Quarrie (Chair)", "Cllr Tamsin Quarrie (Chair)").replace(
        "Hollis Brack", "Cllr Hollis Brack")
    m = _meeting(nlp, text)
    assert _people(m.officers) == [("Ines Carraway", "Treasurer")]


def test_absence_sentence_broken_over_two_lines(nlp):
    m = _meeting(nlp, ABSENT_OVER_TWO_LINES)
    assert [a.name for a in m.apologies] == ["Council Member Brack", "Council Member Tolliver"]
    assert [a.name for a in m.present] == ["Quarrie", "Oakshott", "Fenwright"]
