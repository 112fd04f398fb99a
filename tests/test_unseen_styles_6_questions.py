"""A sixth round of invented minutes, for questions (issue 12).

The question rules used to need a person mention right before the verb ("Cllr A asked
whether ..."), so minutes from councils and boards nobody tuned on gave no questions at
all. One test per shape: an unnamed asker from the public and "They also asked" after an
answer; "raised the matter of"; looser response triggers ("In response, to a query by",
"In response to a councillor question"); a first name the people component does not know
("Fenwick queried whether"); a bare interrogative bullet and "A question was raised as
to"; present tense ("asks whether"); "She stated ... and asked"; the answer side only
("answered questions from the Board", "Questions from members were answered by"); an
elided subject in a visitor-comments line; "Q (name):" / "A (name):" lines; and what is
not a question (the chair's call for declarations or nominations, a request to write or
to arrange a visit, a questionnaire printed in the minutes). Every passage is invented
(bodies, people, places and dates); expected values were read off the passages by hand.
"""

from __future__ import annotations

from invented import item as _item, meeting as _meeting

PUBLIC_FORUM = """\
Yarrowby Parish Council

Minutes of the meeting held on 3 March 2025 at 7.30 pm

Present: Councillor Idris Pellow (Chair), Councillor Annika Throssel, Councillor Wilhelmina Dorsey

1. Apologies
There were no apologies.

2. Public Forum
A resident asked whether the footpath on Quenby Lane would be resurfaced this year. Councillor Idris Pellow replied that the work was scheduled for August.
They also asked if the bench by the pond could be replaced.

3. Matters Arising
Cllr Annika Throssel raised the matter of the broken streetlight on Pellam Row.
In response, to a query by Councillor Wilhelmina Dorsey, Councillor Idris Pellow advised that the precept was unchanged.
In response to a councillor question it was confirmed that the hall would reopen in May.

4. Any Other Business
The Chair asked if there were any declarations of interest. There were none.
Councillor Annika Throssel asked the Clerk to write to the highways authority.
Councillor Wilhelmina Dorsey asked if a site visit to the depot could be arranged.
The Chair asked for nominations for the footpaths working group.
"""

CHESS_CLUB = """\
Brackenholt Chess Club – Committee Meeting, 12 May 2025

Attending: Tamsin, Oswin, Fenwick, Dorrit

1. Equipment
Fenwick queried whether the club owned the projector or borrowed it. Oswin said it was on loan from the library.

2. Other business
- Should the club buy a second set of clocks?
- The next social will be in June.
- A question was raised as to whether junior members pay the full fee.
"""

LIBRARY_BOARD = """\
FERRISBY PUBLIC LIBRARY DISTRICT
Regular Board Meeting – April 14, 2025

Present: Trustee Halvard Brisk, Trustee Ilse Marrow, Trustee Dorrit Vantreese
Staff: Quentin Abley, Library Director

5. DIRECTOR'S REPORT
Trustee Halvard Brisk asks whether the grant covers staff costs. Director Abley said that it does.
Trustee Ilse Marrow thanked the staff for the spring fair. She stated the roof had leaked again and asked how much the repair would cost. Director Abley said the estimate was $4,000.

6. POLICE REPORT
Sergeant Ruairi Coldwell presented the monthly report and answered questions from the Board.

7. VISITOR COMMENTS
Lorcan Ashby — Questions if the library could open on Sundays
"""

PUBLIC_QA = """\
Quillan Town Council

Minutes of the Council meeting held on 9 June 2025

Present: Councillor Petra Whitlock (Mayor), Councillor Odile Farrant

4. Public Question Time
Q (Mr Lorcan Ashby): When will the swimming pool reopen after the repairs?
A (Councillor Petra Whitlock): The pool will reopen in September.

5. Consultation Questionnaire
The Council considered its answers to the county survey:
What is the main issue facing the town?
How often do you use the bus service?
Which services should be expanded?
Would you support a new leisure centre?
Should parking charges be reduced?
"""

PLANNING = """\
Quillan Town Council

Minutes of the Planning Committee held on 2 July 2025

Present: Councillor Petra Whitlock (Chair), Councillor Odile Farrant
Officers: Tamsin Ferrow, Head of Planning

6. Local Plan Review
Tamsin Ferrow, Head of Planning, presented the report. Questions from members were answered by Tamsin Ferrow.
"""



def _asked(item):
    return [(q.asker, q.answered_by) for q in item.questions]


def test_unnamed_resident_and_they_also_asked_after_an_answer(nlp):
    forum = _item(_meeting(nlp, PUBLIC_FORUM), "2")
    # the Chair's reply answers the resident; "They also asked" is the resident again, unanswered
    assert _asked(forum) == [(None, ["Councillor Idris Pellow"]), (None, [])]
    assert forum.questions[1].text == "They also asked if the bench by the pond could be replaced."


def test_raised_the_matter_and_loose_response_triggers(nlp):
    arising = _item(_meeting(nlp, PUBLIC_FORUM), "3")
    assert _asked(arising) == [
        ("Councillor Annika Throssel", []),  # nobody answers the streetlight matter
        ("Councillor Wilhelmina Dorsey", ["Councillor Idris Pellow"]),
        (None, []),  # "a councillor question ... it was confirmed": nobody named
    ]
    assert arising.questions[2].text.startswith("In response to a councillor question")


def test_chair_procedure_and_requests_to_act_are_not_questions(nlp):
    aob = _item(_meeting(nlp, PUBLIC_FORUM), "4")
    # declarations and nominations are procedure; "asked the Clerk to write" and
    # "asked if a site visit could be arranged" ask for something after the meeting
    assert aob.questions == []


def test_first_names_the_people_component_does_not_know(nlp):
    equipment = _item(_meeting(nlp, CHESS_CLUB), "1")
    assert _asked(equipment) == [("Fenwick", ["Oswin"])]
    assert equipment.questions[0].text == "Fenwick queried whether the club owned the projector or borrowed it."


def test_bare_interrogative_bullet_and_passive_question(nlp):
    other = _item(_meeting(nlp, CHESS_CLUB), "2")
    assert [q.text for q in other.questions] == [
        "Should the club buy a second set of clocks?",
        "A question was raised as to whether junior members pay the full fee.",
    ]
    assert _asked(other) == [(None, []), (None, [])]


def test_present_tense_and_a_question_after_a_statement(nlp):
    report = _item(_meeting(nlp, LIBRARY_BOARD), "5")
    assert [q.asker for q in report.questions] == ["Trustee Halvard Brisk", "Trustee Ilse Marrow"]
    assert report.questions[1].text.startswith("She stated the roof had leaked again and asked how much")
    # "Director Abley" is the Library Director listed as staff
    assert all(q.answered_by == ["Quentin Abley"] for q in report.questions)


def test_answer_side_only_gives_a_question_answered_by_the_presenter(nlp):
    police = _item(_meeting(nlp, LIBRARY_BOARD), "6")
    assert len(police.questions) == 1
    assert police.questions[0].asker is None
    assert [a.split()[-1] for a in police.questions[0].answered_by] == ["Coldwell"]
    planning = _item(_meeting(nlp, PLANNING), "6")
    assert _asked(planning) == [(None, ["Tamsin Ferrow"])]


def test_visitor_line_with_elided_subject(nlp):
    visitors = _item(_meeting(nlp, LIBRARY_BOARD), "7")
    assert _asked(visitors) == [("Lorcan Ashby", [])]
    assert "open on Sundays" in visitors.questions[0].text


def test_q_and_a_lines_name_asker_and_answerer(nlp):
    m = _meeting(nlp, PUBLIC_QA)
    public = _item(m, "4")
    assert _asked(public) == [("Mr Lorcan Ashby", ["Councillor Petra Whitlock"])]
    assert public.questions[0].text == "When will the swimming pool reopen after the repairs?"
    # five survey questions printed in the minutes are a questionnaire, not questions put at the meeting
    assert _item(m, "5").questions == []
