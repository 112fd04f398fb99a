"""US council minutes: a plural member title inside a presence list (issue 12, US batches).

Shapes: "Present were Mayor A, Councilmembers: B, C, and D; City Attorney E" (the plural
title with a colon, shared by the names after it, on ordinary lines and on a page stored as
one long line), and the "-person" titles ("Those Alderpersons present were: ...",
"Alderperson X was absent", "Councilperson X asked"). GUIDELINES "Titles used as
honorifics": a member title is kept in the name, and plurals are split ("Councilmembers: B"
-> "Councilmember B"). Every passage is invented; expected values were read off the passage
by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting, people as _people

LIST_WITH_PLURAL_TITLE = """\
CITY OF PELLWORTH
MINUTES OF THE REGULAR MEETING
The City Council, City of Pellworth, met in regular session at 6:00 p.m. on Monday, 12 March 2001. Present were Mayor Annika Vorlund, Councilmembers: Bertil Quaston, Carla Dunmoor, and Osrik Farrowby; City Attorney Maritza Hentworth, and City Clerk Ida Jornquist. No one was absent. There being a quorum present, Mayor Vorlund called the meeting to order.

1. Approval of minutes
Councilmember Quaston moved to approve the minutes. Councilmember Dunmoor seconded. Motion carried.
"""

ALDERPERSONS = """\
CITY OF PELLWORTH CITY COUNCIL
REGULAR MEETING MINUTES, MARCH 2, 2015
ROLL CALL
Mayor Kelvin Mundrake called the meeting to order at 7:00 p.m. and City Clerk Candra Smeth called the roll. Those
Alderpersons present were: Ulfric Baukstad, Stellan Brasvik, Tobold Langholm, and Jenica Trippwald. Alderperson Chuckson Stoverund was absent.
INVOCATION
A local pastor gave the invocation.
APPROVAL OF THE AGENDA
Alderperson Brasvik asked whether the agenda could be amended. Motion by Alderperson Langholm, second by Alderperson Trippwald, to approve the agenda. Motion carried 4-0.
"""


def test_plural_title_with_colon_is_shared_by_the_names_after_it(nlp):
    m = _meeting(nlp, LIST_WITH_PLURAL_TITLE)
    assert _people(m.present) == [
        ("Annika Vorlund", "Mayor"), ("Councilmember Bertil Quaston", None),
        ("Councilmember Carla Dunmoor", None), ("Councilmember Osrik Farrowby", None)]
    assert _people(m.officers) == [("Maritza Hentworth", "City Attorney"), ("Ida Jornquist", "City Clerk")]


def test_plural_title_on_a_page_stored_as_one_line(nlp):
    # the page lost its line breaks: the reader puts one back before "Councilmembers:", which
    # must not end the list that "Present were" opened
    flat = LIST_WITH_PLURAL_TITLE.replace("\n\n", " ").replace("\n", " ")
    assert len(flat) > 400 and "\n" not in flat.strip()
    m = _meeting(nlp, flat)
    assert [a.name for a in m.present] == [
        "Annika Vorlund", "Councilmember Bertil Quaston", "Councilmember Carla Dunmoor", "Councilmember Osrik Farrowby"]


def test_alderpersons_list_and_absent_alderperson(nlp):
    m = _meeting(nlp, ALDERPERSONS)
    # the plural title is not printed right before the names: they are kept as printed
    names = [a.name for a in m.present]
    for name in ("Ulfric Baukstad", "Stellan Brasvik", "Tobold Langholm", "Jenica Trippwald"):
        assert name in names
    assert "Alderpersons" not in " ".join(names) and "INVOCATION" not in names
    assert [a.name for a in m.apologies] == ["Alderperson Chuckson Stoverund"]
    # the line under "ROLL CALL" is a sentence: the mayor who called the meeting to order is
    # present with the office as the role, not an officer whose "role" is the sentence
    assert ("Kelvin Mundrake", "Mayor") in _people(m.present)
    assert not any("called" in (a.role or "") for a in m.present + m.officers + m.apologies)
    # "Alderperson" is the member title of the speakers
    roles = {s.name: s.role for i in m.items for s in i.speakers}
    assert roles.get("Stellan Brasvik") == "Alderperson"


# the first item after the attendance, the same in the passages below
_MINUTES_ITEM = "\n1. Minutes\nThe minutes were approved.\n"

ROLL_TAKEN_THEN_LIST = """\
MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL OF THE CITY OF PELLWORTH - JULY 6, 1983
The City Council convened in regular session at 6:30 p.m. in the City Council Chambers. Roll was taken and the following Councilmembers were present: Councilmembers Quaston, Dunmoor, Farrowby, Vorlund. Absent: Councilmember Brasvik.
""" + _MINUTES_ITEM

DIRECTORS_IN_A_SENTENCE = """\
PELLWORTH IRRIGATION DISTRICT BOARD OF DIRECTORS
Regular Board Meeting Minutes, September 17, 2015
CALL TO ORDER: Chairman Osrik Farrowby called the meeting to order at 4:37 p.m. at the district office. Also present at the meeting were Directors Bertil Quaston, Carla Dunmoor and Tobold Langholm; District Manager Ida Jornquist.
""" + _MINUTES_ITEM


def test_roll_taken_sentence_does_not_hide_the_list_it_opens(nlp):
    m = _meeting(nlp, ROLL_TAKEN_THEN_LIST)
    assert [a.name for a in m.present] == [
        "Councilmember Quaston", "Councilmember Dunmoor", "Councilmember Farrowby", "Councilmember Vorlund"]
    assert [a.name for a in m.apologies] == ["Councilmember Brasvik"]


def test_plural_directors_are_board_members_not_staff(nlp):
    m = _meeting(nlp, DIRECTORS_IN_A_SENTENCE)
    present = _people(m.present)
    # "Director" is the member title of a board of directors: in the name, no role, present
    for name in ("Director Bertil Quaston", "Director Carla Dunmoor", "Director Tobold Langholm"):
        assert (name, None) in present
    assert ("Ida Jornquist", "District Manager") in _people(m.officers)


ROLL_ANSWERS_AFTER_THE_CLERK = """\
TOWN OF PELLWORTH TOWN BOARD
Regular Meeting, March 3, 2010
Roll call: Ida Jornquist, Town Clerk, called the roll.  Supervisor Osrik Farrowby- present, Councilman Bertil Quaston - present, Councilwoman Carla Dunmoor - present, and Councilman Tobold Langholm - present.
""" + _MINUTES_ITEM


def test_roll_call_answers_in_the_sentence_after_the_clerk_calls_the_roll(nlp):
    m = _meeting(nlp, ROLL_ANSWERS_AFTER_THE_CLERK)
    assert [a.name for a in m.present] == [
        "Supervisor Osrik Farrowby", "Councilman Bertil Quaston", "Councilwoman Carla Dunmoor", "Councilman Tobold Langholm"]
