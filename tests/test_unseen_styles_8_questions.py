"""An eighth round of invented minutes: questions worded as other councils word them (issue 12).

On the blind test split the questions component found almost nothing: its rules fired on
the shapes of the documents it was tuned on. The gates that cut off whole families were
where a rule took its asker (a place or house number named inside the subject, "A resident
of Mill Lane" / "Ms A, 12 Alder Street,", read as the asker, or the sentence dropped when
the subject had a parenthesis or an "of the Garden Club" after the name), which subjects
count as someone unnamed (only a fixed list: "A local business owner", "Two visitors from
..." gave nothing; nor did a clause before the subject, "During the public forum, ..."),
member titles whose first word is no name ("Council Member Yandell"), the verbs ("sought an
assurance", "sought advice", "had a question regarding", "raised the issue of"), question
labels after a name ("Mrs A - Question: ...?") or with an unnamed asker ("Question from a
member of the public: ...?"), the Irish written form ("To ask the Senior Engineer when
..."), a concern answered at once ("Concern was raised about X; the Clerk explained"), a run-in
label before the subject ("Citizen Input - One of the neighbours on Grove Street
questioned"), "There was a question about ...", and more
than three bare questions in an item, each with its answer after it (they were all dropped
as if they were a questionnaire).
A written question's printed reply belongs to the named member it was put to.

What must stay out: the chair's "asked members to note" and "asked if there was any further
discussion", "asked the Clerk to write" / "asked staff to bring back" (actions), "Questions
were invited from the public; none were raised", a letter that asks something (correspondence)
and a "Questions from Members" heading. Every passage is invented (bodies, people, places,
dates); expected values were read off the passages by hand.
"""

from __future__ import annotations

from invented import item as _item, meeting as _meeting


PARISH = """\
Wexcombe Parish Council

Minutes of the Parish Council meeting held on 14 January 2025 at 7.00 pm in the Village Hall

Present: Councillor Brannagh Tolley (Chair), Councillor Osric Penhallow, Councillor Tamsyn Quarrie
In attendance: Mrs Lettice Fairweather (Clerk) and four members of the public

1. Apologies
None.

2. Public Participation
A resident of Mill Lane enquired when the dog bin at the playing field would be emptied. The Clerk explained that the contractor collects it on Fridays.
Mr Anselm Dunning (Orchard Close) asked whether the council had responded to the consultation on the bypass. Councillor Brannagh Tolley replied that a response had been sent in December.
Concern was raised about speeding on Wexcombe Road; the Clerk explained that a speed survey was booked for March.
Questions were invited from the public; none were raised.

3. Finance
The Chair asked members to note the bank reconciliation.
Councillor Osric Penhallow asked the Clerk to write to the bank about the new charges.
Councillor Tamsyn Quarrie wanted to know how much remained in the grass-cutting budget. The Clerk said that £1,200 remained.

4. Highways
Councillor Osric Penhallow expressed concern about the state of the verges on the Wexcombe Road. The Clerk explained that the county had been notified.
Councillor Tamsyn Quarrie expressed concern that the bus shelter had not been repaired.

6. Budget
Councillor Osric Penhallow asked several questions about the reserves policy. The Clerk explained that the policy would be reviewed in March.
Councillor Tamsyn Quarrie asked two questions.
1. She asked whether the hall insurance had been renewed.
2. She asked when the audit would take place.

7. Correspondence
A letter from a resident asked whether the council would cut the hedge on Mill Lane.
The applicant asked for permission to extend the opening hours.
A member asked for it to be minuted that she had abstained.
The Chair asked those present to observe a minute's silence.
Concern was raised about litter near the school. It was agreed to write to the head teacher.
Two members of the public attended.
One of the residents thanked the council for the new bench.
"""

BOROUGH = """\
Harrowmere Borough Council

Minutes of the meeting of the Council held on 22 May 2025

Present: Councillor Perpetua Voss (Mayor), Councillor Jolyon Tarrant, Councillor Ysolde Marchbank, Councillor Casimir Oldroyd

7. Questions from Members
(a) Question from Councillor Jolyon Tarrant to the Cabinet Member for Housing, Councillor Ysolde Marchbank:
"How many empty council homes were brought back into use last year?"
Reply: "Forty-one homes were re-let after refurbishment."

8. Questions from the Public
Question from a member of the public: Why has the recycling centre stopped accepting garden waste on Sundays?
The Cabinet Member for Environment, Councillor Casimir Oldroyd, responded that the change was temporary.
Q. When will the leisure centre car park be resurfaced?
A. Work is programmed for the autumn.
"""

MUNICIPAL_DISTRICT = """\
MINUTES OF THE MEETING OF BALLYCORRIG MUNICIPAL DISTRICT HELD ON 11 MARCH 2025

Members Present: Cllr. Fionnuala Ardagh (Cathaoirleach), Cllr. Donnchadh Breslane, Cllr. Saoirse Killeavy
Officials Present: Mr. Cathal Mulcaire, Senior Engineer; Ms. Aoibheann Corless, Meetings Administrator

4. Questions
Question No. 1 – Cllr. Donnchadh Breslane
To ask the Senior Engineer when the footpath at Church Road will be completed.
Reply: The works will be completed by the end of April.

5. Roads Programme
Cllr. Saoirse Killeavy queried the timeline for the resurfacing of the Kilbeg road. In reply, Mr. Cathal Mulcaire advised that the tender would issue in May.
Cllr. Breslane raised the issue of flooding at the Mill Bridge and Mr. Mulcaire confirmed that drainage works were planned.
"""

CITY_COUNCIL = """\
CITY OF PELLSTON FALLS
CITY COUNCIL REGULAR MEETING MINUTES
June 3, 2025

Present: Mayor Rosamund Teague, Council Member Augustin Hollower, Council Member Marisol Yandell
Staff: Leopold Quaterman, City Manager

5. PUBLIC COMMENT
Ezekiel Brantwood, 412 Alder Street, asked why the library's hours had been reduced. City Manager Quaterman responded that the change followed the budget cuts.
Henrietta Skolnik of the Pellston Falls Garden Club inquired about the status of the community garden lease.

6. NEW BUSINESS
A. Street Lighting Contract
In response to a question from Council Member Hollower, City Manager Quaterman stated that the contract runs for five years.
Council Member Yandell asked staff to bring back a cost comparison at the next meeting.
Mayor Teague asked if there was any further discussion. There was none.
Council Member Yandell had a question regarding the warranty on the fixtures. City Manager Quaterman said it was ten years.
"""

SHIRE = """\
Tarrawong Shire Council
Ordinary Council Meeting - Minutes
Wednesday 19 February 2025

Present: Cr Imelda Worsfold (Mayor), Cr Rafferty Gleeson, Cr Juniper Macalister
Officers: Mr Eamon Strickley, Chief Executive Officer

3. Public Question Time
Mrs Philippa Yeoward - Question: Can Council confirm when the Bore Road bridge will reopen?
Response (Chief Executive Officer): The bridge is expected to reopen in late March.

9. General Business
Cr Gleeson sought an assurance that the footpath program would be delivered this year. The Chief Executive Officer advised that it would.
Cr Macalister sought advice on whether the pool could open earlier.
"""

COMMUNITY_BOARD = """\
Kowhai Bay Community Board
Minutes of a meeting held on Thursday 6 March 2025

Present: Marguerite Haddow (Chairperson), Member Teodor Calloway, Member Ondine Thistlewood

4. Public Forum
During the public forum, a local business owner asked whether the car park time limits would be reviewed. The Chairperson replied that a review was planned.
Two visitors from the tramping club queried the closure of the Ridge Track.
A letter from the bowling club asked whether the board would fund new mats.
The Chairperson asked if there were any further questions; there were none.
"""

ELECTORS = """\
Quenby Marsh Town Council

Minutes of the Annual Town Meeting held on 8 April 2025

Present: Councillor Araminta Scobie (Town Mayor), Councillor Hesketh Ferriby

5. Questions from Electors
Will the Town Council be replacing the Christmas lights this year? The Town Mayor said new lights had been ordered.
Why was the skate park closed in February? Councillor Hesketh Ferriby explained that the ramps had been damaged.
How much did the spring clean cost? The Clerk said the cost was met by volunteers.
Can the allotment waiting list be published? The Town Mayor agreed that it could be put on the website.
"""

VILLAGE_BOARD = """\
VILLAGE OF BIRCH HOLLOW
BOARD OF TRUSTEES - REGULAR MEETING MINUTES
September 9, 2025

Present: President Orrin Vandermeer, Trustee Philomena Gaskarth, Trustee Silas Wickersham

4. CITIZENS' CONCERNS
Public Comment: Delphine Marrack asked whether the Village would plow the school sidewalks this winter. President Vandermeer replied that the Public Works Department would.
Citizen Input - One of the neighbours on Grove Street questioned why the hydrant flushing had been postponed.
There was a question about the cost of the new salt shed. Trustee Gaskarth said the bids were due in October.
There were no further questions.
"""

SCRUTINY = """\
Harrowmere Borough Council

Minutes of the Scrutiny Committee held on 22 May 2025

Present: Councillor Perpetua Voss (Chair), Councillor Jolyon Tarrant, Councillor Ysolde Marchbank
Officers: Ottoline Penrose, Director of Finance

3. Budget Monitoring
In response to Councillor Tarrant's question about the reserves, the Director of Finance said that they stood at £2m.
"""


def _texts(item) -> list[str]:
    return [q.text for q in item.questions]


def _askers(item) -> list[str | None]:
    return [q.asker for q in item.questions]


def test_public_participation_askers_described_by_where_they_live(nlp):
    forum = _item(_meeting(nlp, PARISH), "2")
    assert _texts(forum) == [
        "A resident of Mill Lane enquired when the dog bin at the playing field would be emptied.",
        "Mr Anselm Dunning (Orchard Close) asked whether the council had responded to the consultation on the bypass.",
        "Concern was raised about speeding on Wexcombe Road; the Clerk explained that a speed survey was booked for March.",
    ]
    # the resident is unnamed (Mill Lane is where they live, not who asks)
    assert _askers(forum) == [None, "Mr Anselm Dunning", None]
    assert forum.questions[1].answered_by == ["Councillor Brannagh Tolley"]


def test_chair_procedure_and_requests_are_not_questions_but_wanting_to_know_is(nlp):
    finance = _item(_meeting(nlp, PARISH), "3")
    assert _texts(finance) == ["Councillor Tamsyn Quarrie wanted to know how much remained in the grass-cutting budget."]
    assert _askers(finance) == ["Councillor Tamsyn Quarrie"]


def test_written_member_question_is_answered_by_the_member_it_was_put_to(nlp):
    members = _item(_meeting(nlp, BOROUGH), "7")
    # one question (not the "Questions from Members" heading), its text without the quotes
    assert _texts(members) == ["How many empty council homes were brought back into use last year?"]
    q = members.questions[0]
    assert (q.asker, q.addressee, q.answered_by) == (
        "Councillor Jolyon Tarrant", "Councillor Ysolde Marchbank", ["Councillor Ysolde Marchbank"])


def test_public_questions_announced_with_an_unnamed_asker_and_q_lines(nlp):
    public = _item(_meeting(nlp, BOROUGH), "8")
    assert _texts(public) == [
        "Why has the recycling centre stopped accepting garden waste on Sundays?",
        "When will the leisure centre car park be resurfaced?",
    ]
    assert _askers(public) == [None, None]
    assert public.questions[0].answered_by == ["Councillor Casimir Oldroyd"]


def test_irish_written_question_and_raised_the_issue(nlp):
    m = _meeting(nlp, MUNICIPAL_DISTRICT)
    questions = _item(m, "4")
    assert _texts(questions) == ["To ask the Senior Engineer when the footpath at Church Road will be completed."]
    assert _askers(questions) == ["Cllr. Donnchadh Breslane"]
    # the printed reply is the Senior Engineer's, whom the officials list names
    assert questions.questions[0].answered_by == ["Mr. Cathal Mulcaire"]
    roads = _item(m, "5")
    assert _askers(roads) == ["Cllr. Saoirse Killeavy", "Cllr. Donnchadh Breslane"]
    assert roads.questions[1].text.startswith("Cllr. Breslane raised the issue of flooding at the Mill Bridge")
    assert roads.questions[1].answered_by == ["Mr. Cathal Mulcaire"]


def test_public_comment_speakers_with_an_address_or_an_organisation(nlp):
    comment = _item(_meeting(nlp, CITY_COUNCIL), "5")
    assert _askers(comment) == ["Ezekiel Brantwood", "Henrietta Skolnik"]
    assert comment.questions[0].answered_by == ["Leopold Quaterman"]
    assert comment.questions[1].text.endswith("inquired about the status of the community garden lease.")


def test_council_member_titles_and_had_a_question(nlp):
    m = _meeting(nlp, CITY_COUNCIL)
    # "6. NEW BUSINESS" only groups "A. Street Lighting Contract": the guidelines' item "6(A)"
    lighting = _item(m, "6(A)")
    # "asked staff to bring back" is an action, "any further discussion" is procedure
    assert [q.text.split(",")[0].split(" had ")[0] for q in lighting.questions] == [
        "In response to a question from Council Member Hollower",
        "Council Member Yandell",
    ]
    assert [a.split()[-1] for a in _askers(lighting)] == ["Hollower", "Yandell"]
    assert all(q.answered_by == ["Leopold Quaterman"] for q in lighting.questions)


def test_public_question_time_label_after_the_name_and_sought_an_assurance(nlp):
    m = _meeting(nlp, SHIRE)
    public = _item(m, "3")
    assert _texts(public) == ["Can Council confirm when the Bore Road bridge will reopen?"]
    assert _askers(public) == ["Mrs Philippa Yeoward"]
    general = _item(m, "9")
    assert _texts(general) == [
        "Cr Gleeson sought an assurance that the footpath program would be delivered this year.",
        "Cr Macalister sought advice on whether the pool could open earlier.",
    ]
    assert general.questions[0].answered_by == ["Mr Eamon Strickley"]


def test_unnamed_askers_after_a_lead_in_and_a_letter_that_asks(nlp):
    forum = _item(_meeting(nlp, COMMUNITY_BOARD), "4")
    # the letter is correspondence and the chair's call for questions is procedure
    assert _texts(forum) == [
        "During the public forum, a local business owner asked whether the car park time limits would be reviewed.",
        "Two visitors from the tramping club queried the closure of the Ridge Track.",
    ]
    assert _askers(forum) == [None, None]
    assert forum.questions[0].answered_by == ["Marguerite Haddow"]


def test_many_bare_questions_each_with_its_answer_are_all_questions(nlp):
    electors = _item(_meeting(nlp, ELECTORS), "5")
    # four questions, each answered before the next: a question time, not a questionnaire
    # (the "Questions from Electors" heading names no asker and is no question)
    assert _texts(electors) == [
        "Will the Town Council be replacing the Christmas lights this year?",
        "Why was the skate park closed in February?",
        "How much did the spring clean cost?",
        "Can the allotment waiting list be published?",
    ]
    assert _askers(electors) == [None, None, None, None]
    assert electors.questions[1].answered_by == ["Councillor Hesketh Ferriby"]


def test_a_concern_answered_at_once_is_a_question_one_left_standing_is_not(nlp):
    highways = _item(_meeting(nlp, PARISH), "4")
    assert _texts(highways) == [
        "Councillor Osric Penhallow expressed concern about the state of the verges on the Wexcombe Road."]
    assert [(q.asker, q.answered_by) for q in highways.questions] == [
        ("Councillor Osric Penhallow", ["Mrs Lettice Fairweather"])]


def test_run_in_labels_a_neighbour_on_a_street_and_there_was_a_question(nlp):
    concerns = _item(_meeting(nlp, VILLAGE_BOARD), "4")
    assert [q.text.split(" asked ")[0].split(" questioned ")[0] for q in concerns.questions] == [
        "Public Comment: Delphine Marrack",
        "Citizen Input - One of the neighbours on Grove Street",  # Grove Street is where they live
        "There was a question about the cost of the new salt shed.",
    ]  # "There were no further questions" is none
    assert _askers(concerns) == ["Delphine Marrack", None, None]
    assert concerns.questions[2].answered_by == ["Trustee Philomena Gaskarth"]


def test_several_questions_about_a_topic_is_one_but_asked_two_questions_announces_them(nlp):
    budget = _item(_meeting(nlp, PARISH), "6")
    assert _texts(budget) == [
        "Councillor Osric Penhallow asked several questions about the reserves policy.",
        "She asked whether the hall insurance had been renewed.",
        "She asked when the audit would take place.",
    ]
    assert _askers(budget) == ["Councillor Osric Penhallow"] + ["Councillor Tamsyn Quarrie"] * 2
    assert budget.questions[0].answered_by == ["Mrs Lettice Fairweather"]


def test_a_question_named_by_its_askers_possessive(nlp):
    budget = _item(_meeting(nlp, SCRUTINY), "3")
    assert [(q.asker, q.answered_by) for q in budget.questions] == [
        ("Councillor Jolyon Tarrant", ["Ottoline Penrose"])]


def test_letters_requests_procedure_and_an_unanswered_concern_are_not_questions(nlp):
    correspondence = _item(_meeting(nlp, PARISH), "7")
    # a letter only received is correspondence; "asked for permission" and "asked for it to
    # be minuted" are requests; the concern was met by a decision, not an answer
    assert correspondence.questions == []
