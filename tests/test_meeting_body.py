"""The meeting's body: the name, without the meeting's kind or the rest of the line.

Invented passages (names checked absent from corpus/raw). Each shape was seen on
train-split minutes of bodies the rules were not written for.
"""

from __future__ import annotations

from extractor import extract


def _meeting(text: str):
    (meeting,) = extract(text=text).meetings
    return meeting


def test_a_name_alone_in_capitals_on_the_first_line() -> None:
    m = _meeting(
        "QUELLBROOK WATER DISTRICT NO.2 BOARD\nREGULAR MEETING\nMarch 3, 2021 6:00 p.m.\n\n"
        "1. CALL TO ORDER\nChair Dana Tenniswood called the meeting to order at 6:04 p.m.\n\n"
        "2. APPROVAL OF MINUTES\nMarrowby moved to approve the minutes. Motion carried.\n"
    )
    assert m.body == "QUELLBROOK WATER DISTRICT NO.2 BOARD"
    assert m.date == "2021-03-03"


def test_the_meeting_kind_after_a_dash_is_not_the_name() -> None:
    m = _meeting(
        "Marrowby Makers Group – Annual General Meeting 2019\n\nHeld on 14 May 2019 at the Old School Hall.\n\n"
        "Present: Lee Fennimore, Sam Halvard\n\n1. Apologies\nNone.\n"
    )
    assert m.body == "Marrowby Makers Group"


def test_held_on_and_what_follows_is_cut() -> None:
    m = _meeting(
        "Minutes of the Extra-Ordinary Meeting of Brindlecombe Parish Council held remotely at 7.30pm on 3 June 2021\n\n"
        "Present: Cllr A Halvard (Chair), Cllr C Ostrava\n\n1. Apologies\nNone were received.\n"
    )
    assert m.body == "Brindlecombe Parish Council"


def test_a_generic_name_in_the_header_gives_way_to_the_full_name_below() -> None:
    m = _meeting(
        "Council Minutes – August 8, 2016\n\n1. CALL TO ORDER – 7:30 P.M.\n\n"
        "The Town of Fennimore Bay Council met in a Regular Session on Monday, August 8, 2016 with Mayor Ostrava presiding.\n\n"
        "2. RECORD OF ATTENDANCE\nCouncillor Halvard and Councillor Marrowby were in attendance.\n"
    )
    assert m.body == "Town of Fennimore Bay Council"


def test_a_name_going_on_with_of() -> None:
    m = _meeting(
        "MINUTES OF THE REGULAR MEETING OF THE COUNCIL OF THE RURAL MUNICIPALITY OF QUELLBROOK NO. 512 "
        "HELD IN THE COUNCIL CHAMBERS ON TUESDAY, APRIL 6, 2021\n\nPRESENT: Reeve Dana Tenniswood\n\n"
        "1. CALL TO ORDER\nThe meeting was called to order at 9:00 a.m.\n"
    )
    assert m.body == "COUNCIL OF THE RURAL MUNICIPALITY OF QUELLBROOK NO. 512"


def test_a_place_named_after_the_council_is_not_its_name() -> None:
    m = _meeting(
        "Minutes for the Ordinary Meeting\n\nDate: 22 November 2021\n\nLocation: Marrowby Shire Council Chambers\n\n"
        "PRESENT\nCouncillors Dana Tenniswood, Lee Fennimore\n\n1. APOLOGIES\nNil.\n"
    )
    assert m.body != "Marrowby Shire Council Chambers"
    assert m.date == "2021-11-22"


def test_an_item_confirming_earlier_minutes_is_not_the_header_of_a_flattened_page() -> None:
    text = (
        "MINUTES ORDINARY MEETING MONDAY, 12 APRIL 2021 The Ordinary Meeting of the Quellbrook Regional Council was held "
        "at the Civic Centre on Monday, 12 April 2021 at 9:30am. 1. OPENING AND ATTENDANCE Meeting commenced at 9:40am. "
        "1.1 MEMBERS PRESENT President Dana Tenniswood Cr. Lee Fennimore Cr. Sam Halvard 2. CONFIRMATION OF MINUTES "
        "2.1 COUNCIL MEETING MINUTES - 15 MARCH 2021 MOTION That Council confirm the minutes of the meeting held on "
        "15 March 2021. Moved: Cr. Fennimore Seconded: Cr. Halvard CARRIED. 3. GENERAL BUSINESS The President noted "
        "the road works programme for the coming year and thanked the staff for their work on the budget papers.\n"
    )
    m = _meeting(text)
    assert m.date == "2021-04-12"
    assert m.body == "Quellbrook Regional Council"


def test_minutes_after_an_agenda_that_take_the_roll_in_prose_are_minutes() -> None:
    """An agenda, then "MINUTES" and the date, then what happened, with no attendance
    block ("The roll was called", "Motion duly seconded. Motion called and passed.")."""
    text = (
        "QUELLBROOK COMMUNITY BOARD\nFULL BOARD MEETING\nAGENDA\nMarch 23, 2023\n6:00 PM\n\n"
        "1.  Call to Order\n\n2.  Roll Call\n\n3.  Approval of Agenda\n\n4.  Chairperson's Report\n\n5.  Adjournment\n\n"
        "MINUTES\nMarch 23, 2023\n\n"
        "Ms. Dana Tenniswood, Chairperson said the meeting is now called to order.\n\n"
        "The roll was called and a quorum was present.\n\n"
        "Motion made to approve the agenda as presented.  Motion duly seconded.  Motion called and passed.\n\n"
        "Ms. Dana Tenniswood, Chairperson gave her report on the spring clean-up in the district.\n\n"
        "Motion made to adjourn.  Motion duly seconded.  Motion called and passed.\n"
    )
    record = extract(text=text)
    assert [p.kind for p in record.parts] == ["agenda", "minutes"]
    (meeting,) = record.meetings
    assert meeting.date == "2023-03-23"
    decisions = [r.text for it in meeting.items for r in it.resolutions]
    assert any("adjourn" in d for d in decisions), decisions  # read as minutes, not as an agenda
