"""A written question printed under a heading that only announces it ("(1) Question from
Councillor A"): the question is the sentence below, asked by the one the heading names;
a plural section heading ("Questions to the Leader ...") is no question.

Invented passage (names checked absent from corpus/raw)."""

from __future__ import annotations

import pytest

from invented import item_records

MINUTES = """MINUTES OF THE MEETING OF VENLOW COUNTY COUNCIL held on 14 May 2025

PRESENT: Councillor Caradog Pennant-Lloyd (Chair), Councillor Gwawr Ystrad, Councillor Ilse Harrowgate

7. QUESTIONS

(1) Question from Councillor Gwawr Ystrad

(The member explained that the community council had asked her to put the question).

"Will the Cabinet Member publish the gritting routes before the winter?"

Response from Councillor Ilse Harrowgate, Cabinet Member for Highways

"The routes will be on the website by October."

8. QUESTIONS TO THE LEADER

Questions to the Leader of the Council in accordance with Procedure Rule 4

Councillor Gwawr Ystrad asked the Leader whether the depot would stay open.
"""


@pytest.fixture(scope="module")
def questions(nlp):
    return item_records(nlp, MINUTES, "questions")


def test_the_question_under_its_heading_is_the_record(questions):
    routes = [q for q in questions if "gritting routes" in q.text]
    assert len(routes) == 1
    assert routes[0].text.startswith("Will the Cabinet Member publish")
    assert "Ystrad" in (routes[0].asker or "")


def test_the_heading_itself_is_no_question(questions):
    assert not any(q.text.lstrip("(1) ").startswith("Question from") for q in questions)
    assert not any("Procedure Rule" in q.text for q in questions)


def test_a_question_after_a_section_heading_stays(questions):
    depot = [q for q in questions if "depot" in q.text]
    assert len(depot) == 1
