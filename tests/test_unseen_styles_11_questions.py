"""An eleventh round of invented minutes: questions the held-out train bodies lost (issue 12).

Families found on the odd-numbered supplement documents and the older train bodies:

- The chair inviting business is no question: "asked if there were additions to the
  agenda", "asked can I have a motion to approve ...", "asked does any Board member have
  any questions for ...", "asked if everyone was satisfied that ...", "inquired if there
  were any written comments ...". Each was a question record with the chair as asker.
- "In reply to Councillor A, the Clerk stated that ...": the minutes print only the reply,
  so A's question was lost (only "In reply to a question from A" was read).
- An adverb between the asker and the verb ("Councillor A briefly questioned ..."), and an
  address introduced by "representing" ("Mr A, representing 42 Quarrel Lane, questioned
  ...", whose asker was read as the street).
- A wrapped line inside the asker's name or between the pronoun and its verb
  ("... Lavinia⏎Stroud asked", "She⏎asked"), and "He asked" after a sentence whose
  subject the people component did not know ("Member A reported ... She asked ...").
- A bare question after a topic label ("Library hours: When will the library reopen?").
- Answers: a reply printed after a question announced by a heading ("Question 3 from Cllr
  A to the Leader", the question, then "The Leader, Councillor B, replied ...") was not
  read (the search stopped at the question, which names the Leader); and "Cllr A asked the
  Clerk whether ... She confirmed that it had." left the question unanswered.

Every passage is invented (bodies, people, places; names checked absent from corpus/raw);
the expected values were read off the passages by hand.
"""

from __future__ import annotations

from invented import item_records

BOARD = """\
Brackwater Village Board
Minutes of the Regular Meeting held on 12 March 2025

Present: Chair Tamsin Vollery, Trustee Obadiah Quenby, Trustee Hesper Hartigan

1. Approval of Agenda
Chair Vollery asked if there were additions to the agenda. None were offered.
Chair Vollery asked can I have a motion to approve the February minutes. Trustee Quenby so moved.

2. Reports
Chair Vollery asked does any Board member have any questions for Trustee Hartigan at this time. Trustee Quenby asked when the new pump would be installed. Trustee Hartigan replied that it would be in April.
Chair Vollery asked if everyone was satisfied that the minutes were a true record.
Trustee Hartigan inquired if there were any written comments from residents on the plan.
"""

TOWN = """\
Harrowgate Ridge Town Council
Minutes of the meeting held on 8 April 2025

Present: Councillor Bramwell Oxtoby (Mayor), Councillor Seraphina Lowick, Councillor Thaddeus Penhallow

4. Public Forum
Ignatius Farrowby, representing 42 Quarrel Lane, questioned if there had been an assessment of the cost of the new bylaw. The Mayor replied that one was under way.
Councillor Lowick briefly questioned the payment amount. Councillor Penhallow explained the figure.

5. Visitor Centre
The Clerk advised members that a special meeting would be held with the tourism board.
In reply to Councillor Lowick, the Clerk stated that he would find out whether the meeting could be held in public.

6. Library
The Clerk reported on the library survey.
Library hours: When will the library reopen on Sundays? Councillor Penhallow said from May.
"""

WRAPPED = """\
Pellinore Valley Open Space Board
Minutes of the meeting held on 11 March 2025

Present: Melisande Castellane, Lucan Quist, Perpetua Kittering

2. Public Participation
Lucan Quist presented the trail plan. Melisande Castellane asked when the trails would be open for use.
Lucan said they did not have a date yet. Perpetua
Kittering asked why the new gates are better. Lucan said they are safer. Melisande Castellane
asked whether volunteers would help. Lucan said yes. She
asked what the term "seasonal closure" means. Lucan explained it.
"""

COMMITTEE = """\
Quillmere Open Data Advisory Committee
Minutes of the meeting held on 3 April 2025

Present: Chair Ottoline Vantreece, Member Caradoc Ellwood, Member Isolde Marchbank

6. Member reports
Chair Vantreece said that the committee would not use the shared site until the legal advice was received.

Member Marchbank reported she would be visiting the county election office next month, and would be
happy to ask about their new scanners. She asked if members could comment on the draft charter. She
asked what the term "provisional tally" means. Member Ellwood explained it.
"""

QUESTION_TIME = """\
Tansley Marsh Town Council
Minutes of the meeting held on 2 June 2025

Present: Councillor Quorra Albrecka (Mayor), Councillor Dremont Pennick, Councillor Hesper Hartigan
In attendance: Ms Ysolde Harrowmere (Town Clerk)

5. Finance
Councillor Pennick asked the Clerk whether the grant had been received. She confirmed that it had.

6. Questions from Members
Question 3 from Councillor Hartigan to the Leader

Will the Leader confirm the date of the budget consultation?

The Leader, Councillor Pennick, replied that it would start on 1 October.
"""


def _questions(nlp, text: str) -> list:
    return item_records(nlp, text, "questions")


def test_the_chair_inviting_business_is_no_question(nlp):
    qs = _questions(nlp, BOARD)
    # the one real question of the passage, and nothing the chair said
    assert [q.text for q in qs] == ["Trustee Quenby asked when the new pump would be installed."]
    assert qs[0].answered_by and "Hartigan" in qs[0].answered_by[0]


def test_a_reply_to_a_named_member_is_that_members_question(nlp):
    qs = _questions(nlp, TOWN)
    reply = [q for q in qs if q.text.startswith("In reply to Councillor Lowick")]
    assert len(reply) == 1
    assert reply[0].asker is not None and "Lowick" in reply[0].asker
    assert reply[0].answered_by == ["Clerk"]


def test_adverb_before_the_verb_and_a_represented_address(nlp):
    qs = {q.text.split(",")[0].split(" questioned")[0]: q for q in _questions(nlp, TOWN)}
    assert "Councillor Lowick briefly" in qs
    assert "Lowick" in (qs["Councillor Lowick briefly"].asker or "")
    assert qs["Ignatius Farrowby"].asker == "Ignatius Farrowby"  # not "Quarrel Lane"


def test_a_question_after_a_topic_label(nlp):
    texts = [q.text for q in _questions(nlp, TOWN)]
    assert "Library hours: When will the library reopen on Sundays?" in texts


def test_a_name_broken_by_a_wrapped_line(nlp):
    qs = _questions(nlp, WRAPPED)
    gates = [q for q in qs if "new gates" in q.text]
    assert len(gates) == 1
    assert gates[0].asker == "Perpetua Kittering"
    # "She⏎asked": the pronoun and its verb on two lines is still a question
    assert any("seasonal closure" in q.text for q in qs)


def test_she_asked_after_a_member_the_people_component_did_not_know(nlp):
    qs = _questions(nlp, COMMITTEE)
    assert len(qs) == 2
    # both are Member Marchbank's (the subject of the sentence before), not the Chair's
    assert all(q.asker is not None and "Marchbank" in q.asker for q in qs)
    assert "provisional tally" in qs[1].text


def test_replies_after_a_heading_question_and_by_a_pronoun(nlp):
    qs = {q.text: q for q in _questions(nlp, QUESTION_TIME)}
    grant = qs["Councillor Pennick asked the Clerk whether the grant had been received."]
    assert grant.answered_by == ["Ms Ysolde Harrowmere"]  # the Clerk, "She confirmed"
    written = qs["Will the Leader confirm the date of the budget consultation?"]
    assert written.asker is not None and "Hartigan" in written.asker
    assert written.answered_by and "Pennick" in written.answered_by[0]
