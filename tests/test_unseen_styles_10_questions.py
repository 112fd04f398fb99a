"""A tenth round of invented minutes: questions the held-out train bodies lost (issue 12).

Three families found on the odd-numbered supplement documents and the older train bodies:

- Terse minutes write a question as a bare noun opening the sentence, without article or
  asker: "Query about the bin collection on ...", "Question regarding the hedge ...".
  Only "A question regarding ..." was read. A heading of the same words is no question.
- "asked a question relating to ...", "asked questions of the officer about ...": the
  question noun after "asked" hid the topic, so the sentence was dropped.
- A question in reported speech: "Councillor A said that he wanted to know when ...",
  "Trustee B states that she would like to know ...": the verb after a pronoun, not a name.
- Question time that numbers its questions ("Question 1 from Mr A", then the question on
  the next line): the number hid the asker, read only from "Question from Mr A".
- The answerer "announced" the answer, or answered in the present tense ("Supervisor A
  states yes"), or the name ended a wrapped line with its verb on the next: no answerer
  was read, so the question went unanswered (``answered_by`` empty means a passive answer).

Every passage is invented (body, people, places); the expected values were read off the
passages by hand.
"""

from __future__ import annotations

from invented import item as _item, meeting as _meeting

PARISH = """\
Fennimoor Parish Council
Minutes of the meeting held on 14 May 2025

Present: Councillor Caspian Thornbury (Chair), Councillor Orlaith Pennywhistle, Councillor Zelda Quillfeather
In attendance: the Clerk

4. Open Forum
Query about the bin collection on Tarnwell Road. The Clerk explained that the contractor had changed.
Question regarding the hedge at the Merrowby playing field. Councillor Pennywhistle confirmed it would be cut in March.

5. Questions regarding the precept

The Chair introduced the budget for the coming year.

6. Highways
Councillor Quillfeather asked a question relating to the resurfacing of Kestrelmere Lane. Councillor Thornbury announced that the county had agreed to resurface it in July.
Councillor Pennywhistle asked questions of the Clerk about the grit bins. The Clerk said that two new bins had been ordered.
"""

TOWNSHIP = """\
Oakhollow Township Board
Regular Meeting Minutes - June 2, 2025

Present: Supervisor Caspian Thornbury, Trustee Zelda Quillfeather, Trustee Orlaith Pennywhistle

4. Budget Hearing
Trustee Quillfeather asks if the July meeting is 30 days before the August meeting. Supervisor Thornbury states yes, the hearing comes first.

5. Water
Trustee Quillfeather states that she would like to know how many homes still have lead pipes. Supervisor Thornbury explained that the survey was not finished.
Trustee Pennywhistle said that she had asked the county for the survey last year.

6. Township Attorney
Trustee Pennywhistle asked where the Board stood in the boundary dispute to which Supervisor Thornbury
responded that an appeal had been lodged.
"""

BOROUGH = """\
Kestrelmere Borough Council
Minutes of the meeting of Council held on 9 July 2025

Present: Councillor Caspian Thornbury (Mayor), Councillor Orlaith Pennywhistle

3. Public Question Time

Question 1 from Mr Oswin Merrowby
Will the council repair the footpath on Tarnwell Road?
Response: The footpath is scheduled for repair in June.

Question No. 2 from Mrs Idris Oakhollow
When will the play area reopen?
Response: It will reopen in May.
"""


def test_numbered_questions_in_question_time_keep_their_askers(nlp):
    qt = _item(_meeting(nlp, BOROUGH), "3")
    assert [(q.text, q.asker) for q in qt.questions] == [
        ("Will the council repair the footpath on Tarnwell Road?", "Mr Oswin Merrowby"),
        ("When will the play area reopen?", "Mrs Idris Oakhollow"),
    ]


def test_a_question_written_as_a_bare_noun_is_a_question_with_no_asker(nlp):
    forum = _item(_meeting(nlp, PARISH), "4")
    assert [(q.text, q.asker) for q in forum.questions] == [
        ("Query about the bin collection on Tarnwell Road.", None),
        ("Question regarding the hedge at the Merrowby playing field.", None),
    ]
    # the Clerk answers the first; the councillor the second
    assert forum.questions[1].answered_by == ["Councillor Orlaith Pennywhistle"]


def test_a_heading_made_of_the_same_words_is_not_a_question(nlp):
    precept = _item(_meeting(nlp, PARISH), "5")
    assert precept.questions == []


def test_asked_a_question_relating_to_and_the_answer_announced(nlp):
    highways = _item(_meeting(nlp, PARISH), "6")
    got = [(q.text, q.asker, q.answered_by) for q in highways.questions]
    assert got[0] == (
        "Councillor Quillfeather asked a question relating to the resurfacing of Kestrelmere Lane.",
        "Councillor Zelda Quillfeather", ["Councillor Caspian Thornbury"])
    assert got[1][:2] == (
        "Councillor Pennywhistle asked questions of the Clerk about the grit bins.", "Councillor Orlaith Pennywhistle")
    assert len(got) == 2


def test_answers_in_the_present_tense_and_across_a_wrapped_line(nlp):
    board = _meeting(nlp, TOWNSHIP)
    got = [(q.asker, q.answered_by) for n in ("4", "6") for q in _item(board, n).questions]
    assert got == [("Trustee Zelda Quillfeather", ["Supervisor Caspian Thornbury"]),
                   ("Trustee Orlaith Pennywhistle", ["Supervisor Caspian Thornbury"])]


def test_a_question_in_reported_speech_is_the_speakers(nlp):
    water = _item(_meeting(nlp, TOWNSHIP), "5")
    # the second sentence reports an earlier request to someone else: no question here
    assert [(q.text, q.asker, q.answered_by) for q in water.questions] == [(
        "Trustee Quillfeather states that she would like to know how many homes still have lead pipes.",
        "Trustee Zelda Quillfeather", ["Supervisor Caspian Thornbury"])]
