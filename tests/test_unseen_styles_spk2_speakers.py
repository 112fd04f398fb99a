"""Invented motions that name the mover and seconder as a bare pair of surnames between
the motion and its outcome (issue 12, new bodies): "Motion: move to approve the minutes.
Penn, Ray. Approved 5-0." Moving and seconding make a speaker (guidelines), and the pair
names people of the attendance list. A pair of words that fits nobody listed stays no
speaker. Every passage is invented (names checked absent from corpus/raw); expected
values read off by hand.
"""

from __future__ import annotations

from invented import meeting as _meeting

BOARD = """\
LARKFIELD BOARD OF EDUCATION
Regular Meeting
Tuesday July 17, 2018
Minutes
ATTENDANCE:
Larkfield Board of Education members: Esker, Quillfeather, Vurnell, Welk, Tarrow
Absent: Ormsby
APPROVAL OF MINUTES
Motion: move to approve minutes from the June 26, 2018 meeting. Quillfeather, Welk. Approved 5-0. Vurnell abstained.
TEXTBOOKS
Motion: move to approve new textbooks for the Marbury Road campus. Tarrow, Esker. Approved. Unanimous.
BUDGET
The budget was reviewed by the department. Stationery, Fuel. Approved.
"""


def _speakers(m, title: str) -> list[str]:
    return [s.name for it in m.items if it.title and it.title.startswith(title) for s in it.speakers]


def test_bare_pair_before_the_outcome_moves_and_seconds(nlp):
    m = _meeting(nlp, BOARD)
    assert _speakers(m, "APPROVAL OF MINUTES") == ["Quillfeather", "Welk"]
    assert _speakers(m, "TEXTBOOKS") == ["Tarrow", "Esker"]


def test_pair_of_words_fitting_nobody_is_no_speaker(nlp):
    m = _meeting(nlp, BOARD)
    assert _speakers(m, "BUDGET") == []
