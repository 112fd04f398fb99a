"""A fifteenth round of invented minutes (issue 12, attendance lists printed on one line):
the offices of Canadian councils ("Reeve", "Deputy Reeve", "Warden", "Deputy Warden") are
honorifics like "Mayor" and "Deputy Mayor": the office is the role and the rest the name,
and in a list parted only by spaces each office opens a new person, as "Prof" does among
"Dr" / "Mr" / "Ms"; a second heading after a list's full stop on the same line opens a list
of its own; "Title A, Title B" is two people. Every passage is
invented (bodies, people and dates; none of the names occurs in corpus/raw); expected
values were read off the passage by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting, people

OFFICES_IN_A_LIST = """\
Minutes of the Regular Council Meeting, March 3, 2021
PRESENT: Deputy Reeve P. Vosk, Deputy Mayor Lin Gorsey, Deputy Warden Ula Ferrant, Warden Obed Trelling

1. CALL TO ORDER
The meeting opened at 7:00 p.m.
"""

OFFICES_AFTER_THE_TITLE = """\
TOWNSHIP OF QUELLBROOK COUNCIL MEETING MINUTES March 3, 2021 PRESENT: Reeve Wendel Tandry Deputy Reeve Pella Vosk Councillors: Rusk Amberlin Lornia Ochterby Dane Peffley STAFF: Clerk Tova Moyle

1. CALL TO ORDER
Reeve Tandry called the meeting to order at 7:00 p.m.
"""


def test_deputy_reeve_and_deputy_warden_are_roles_in_a_list(nlp):
    m = _meeting(nlp, OFFICES_IN_A_LIST)
    assert people(m.present) == [
        ("P. Vosk", "Deputy Reeve"), ("Lin Gorsey", "Deputy Mayor"), ("Ula Ferrant", "Deputy Warden"),
        ("Obed Trelling", "Warden")]


def test_an_office_parts_two_people_printed_with_spaces_only(nlp):
    m = _meeting(nlp, OFFICES_AFTER_THE_TITLE)
    present = people(m.present)
    assert ("Wendel Tandry", "Reeve") in present
    assert ("Pella Vosk", "Deputy Reeve") in present
    assert [n for n, _ in present][2:] == ["Rusk Amberlin", "Lornia Ochterby", "Dane Peffley"]
    assert people(m.officers) == [("Tova Moyle", "Clerk")]


TWO_LISTS_ON_ONE_LINE = """\
Minutes of the Regular Council Meeting, March 3, 2021
Council Present: Mayor Ottley, Councillors Amberlin, Ochterby and Peffley. Staff Present: CAO R. Lindquell, Clerk T. Moyle

1. CALL TO ORDER
Mayor Ottley called the meeting to order.
"""

TWO_TITLED_STAFF = """\
Minutes of the Regular Council Meeting, March 3, 2021
Staff Present: CAO Ray Lindquell, Clerk Tova Moyle

1. CALL TO ORDER
The meeting opened at 7:00 p.m.
"""


def test_a_second_heading_after_a_full_stop_opens_the_staff_list(nlp):
    m = _meeting(nlp, TWO_LISTS_ON_ONE_LINE)
    assert [n.split()[-1] for n, _ in people(m.present)] == ["Ottley", "Amberlin", "Ochterby", "Peffley"]
    assert people(m.officers) == [("R. Lindquell", "CAO"), ("T. Moyle", "Clerk")]


def test_two_staff_each_after_a_title_are_two_people(nlp):
    m = _meeting(nlp, TWO_TITLED_STAFF)
    assert people(m.officers) == [("Ray Lindquell", "CAO"), ("Tova Moyle", "Clerk")]


PROF_AMONG_HONORIFICS = """\
Minutes of the Governing Authority meeting, 3 March 2021
PRESENT: Dr Sela Varrick Mr Tobin Wedd Ms Aine Dulcet Prof Sorin Farrel Ms Lyra Fenn Prof Edda Gulm

1. MINUTES
The minutes were approved.
"""


def test_prof_opens_a_new_person_in_a_list_parted_by_honorifics(nlp):
    m = _meeting(nlp, PROF_AMONG_HONORIFICS)
    assert [n for n, _ in people(m.present)] == [
        "Dr Sela Varrick", "Mr Tobin Wedd", "Ms Aine Dulcet", "Prof Sorin Farrel", "Ms Lyra Fenn", "Prof Edda Gulm"]


COUNCILPERSONS_HEADING = """\
TOWN BOARD MINUTES March 3, 2021
PRESENT: Supervisor Fredo Dietlan Councilpersons: Eldo Beaverton, Norb Noltan, Jos Salinor

1. PRIVILEGE OF THE FLOOR
No one spoke.
"""


def test_councilpersons_heading_inside_a_present_line(nlp):
    m = _meeting(nlp, COUNCILPERSONS_HEADING)
    names = [n for n, _ in people(m.present)]
    assert names[0].endswith("Fredo Dietlan")
    assert [n.split()[-1] for n in names[1:]] == ["Beaverton", "Noltan", "Salinor"]
