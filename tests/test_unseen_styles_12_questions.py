"""A twelfth round of invented minutes: questions the held-out train bodies lost or over-read.

Families found on the read-set documents (odd-numbered supplement docs, older train bodies):

- Not questions: the chair inviting questions in reported speech without a question verb
  ("The Chair said does anybody have any questions for Ms A", "Please can any member raise
  their hand if they have a question?"), a report that none were asked ("no written
  questions had been submitted"), and the chair asking members whether they wish to do
  something ("asked Board Members if they wished to pull any items from the consent
  agenda"). Each was a question record.
- Text: an answer spliced onto the question with a comma ("A asked about the boilers, B
  confirmed that ..."): the record's text ran on into the answer, so it matched nothing.
- Written questions printed under a line "Q3  Councillor A to the Leader of the
  Council:-": a question opening "Please can the Leader ..." was missed, and the asker
  and addressee of every such question were lost.

Every passage is invented (bodies, people, places; names checked absent from corpus/raw);
the expected values were read off the passages by hand.
"""

from __future__ import annotations

from invented import item_records

COOP = """\
Fernhollow Housing Cooperative
Minutes of the General Meeting held on 3 May 2025

Present: Cadwallon Harkwright (Chair), Perpetua Rendlesham, Orrin Vastley

3. Finance Report
Orrin Vastley presented the budget. Perpetua Rendlesham asked about the policy on window repairs, Orrin Vastley confirmed that old frames can be mended but new ones must be double glazed.

4. Public Forum
The Chair said does anybody have any questions for Orrin Vastley regarding his report. Please can any member raise their hand if they have a question?
The Chair reported that no written questions had been submitted in advance of the meeting.
The Chair asked members if they wished to pull any items from the consent agenda.
"""

COUNCIL = """\
Wexcombe Town Council
Minutes of the meeting held on 8 April 2025

Present: Councillor Lisbeth Dunstable (Mayor), Councillor Fennimore Harkwright, Councillor Ysolde Brackenridge

5. Members' Questions
Q3  Councillor Brackenridge to the Leader of the Council:-

Please can the Leader of the Council update members on the library opening hours?

The Leader of the Council replied.

6. Car Park
Councillor Harkwright asked whether the Leader, Councillor Dunstable, agreed that the car park should reopen. Councillor Dunstable said that it would.
"""


def _texts(qs) -> list[str]:
    return [q.text for q in qs]


def test_answer_spliced_with_a_comma_is_not_part_of_the_question(nlp):
    qs = item_records(nlp, COOP, "questions")
    boilers = [q for q in qs if "window repairs" in q.text]
    assert len(boilers) == 1
    assert boilers[0].text == "Perpetua Rendlesham asked about the policy on window repairs"
    assert boilers[0].answered_by == ["Orrin Vastley"]


def test_chair_inviting_questions_and_none_submitted_are_not_questions(nlp):
    texts = _texts(item_records(nlp, COOP, "questions"))
    assert not any("anybody have any questions" in t for t in texts)
    assert not any("raise their hand" in t for t in texts)
    assert not any("no written questions" in t for t in texts)
    assert not any("wished to pull" in t for t in texts)


def test_written_question_under_a_colon_line_has_its_asker_and_addressee(nlp):
    qs = item_records(nlp, COUNCIL, "questions")
    library = [q for q in qs if "library opening hours" in q.text]
    assert len(library) == 1
    q = library[0]
    assert q.text == "Please can the Leader of the Council update members on the library opening hours?"
    assert q.asker == "Councillor Ysolde Brackenridge"
    assert q.addressee == "Leader of the Council"


def test_appositive_after_a_comma_does_not_cut_the_question(nlp):
    qs = item_records(nlp, COUNCIL, "questions")
    car = [q for q in qs if "car park" in q.text]
    assert len(car) == 1
    assert car[0].text.endswith("agreed that the car park should reopen.")
