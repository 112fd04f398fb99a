"""A ninth round of invented minutes: questions as the supplement's bodies record them (issue 12).

Three families the questions component got wrong on bodies no rule was written against:

- Who asked and who answered were named as printed ("Jorund", "VD"), while the spec names
  askers and answerers "as for speakers": the fullest form in the meeting ("Jorund
  Castellane"), initials tags resolved to the listed person. A committee written up by
  initials lost its questions altogether ("VD sought clarification on ...").
- Questions written as nouns, nobody named: "There was a question raised about ...",
  "There was a question of whether ...", "A question regarding X; Y said ...", "brought up
  the question of whether ...", "Clarification requested regarding ...", "wants to know".
- Requests read as questions: asking someone (named with a title between commas) to do
  something, asking "if they could" do something, and "asked for comments from ...".

Every passage is invented (bodies, people, places, dates); the expected values were read
off the passages by hand.
"""

from __future__ import annotations

from invented import item as _item, meeting as _meeting

MAKERS_BOARD = """\
Ashgrove Makers Collective
Board Meeting Minutes - March 4, 2025

Present: Ondine Pelletreau, Jorund Castellane, Elspeth Quennell
Absent: Idony Ferreby

1. Treasurer's Report
Jorund asked whether the insurance renewal had been paid. Ondine said it was paid in February.
Elspeth wants to know the cost of the new laser cutter. Ondine said it would be about $4,000.

2. Building
There was a question raised about the leaking skylight and Jorund said the landlord would fix it.
A question regarding the parking permits; Elspeth said that they are on order.
Jorund brought up the question of whether the space could open on Sundays.
Ondine asked Tamsin Lowick, Facilities Lead, to report on the lease at the next meeting.
Elspeth asked if they could keep the back door locked after dark.
Jorund then asked for comments from the members present.
"""

INITIALS_COUNCIL = """\
Harrowfield Community Council
Minutes of the meeting held on 9 April 2025

Present: Wendeline Oakhurst (WO) Chair, Vasquel Dunmore (VD), Corvalis Ravensworth (CR)

1. Apologies
None.

2. Village Hall
VD sought clarification on the hire charges. WO explained that they had not changed.
CR asked how the roof repairs were progressing.
There was a question of whether the hall could host the election count.
Clarification requested regarding the new bin store.
"""

BOROUGH = """\
Brindlecombe Borough Council

Minutes of the meeting of Full Council held on 12 February 2025

Present: Councillor Marisela Thibodaux (Mayor), Councillor Jorund Ravensworth (Leader), Councillor Idony Castellane, Councillor Tamsin Quennell

5. Public Questions

a)    Elspeth Oakhurst of Lowick ward asked the following question of Councillor Jorund Ravensworth, Cabinet Member for Transport

When will the footbridge over the railway at Lowick reopen?

Written response: The contractor expects to finish the repairs by the end of May.

6. Questions from Councillors

In response to a question from Councillor Idony Castellane, the Leader referred to the review of car parking charges.

The Leader received a question from Councillor Tamsin Quennell regarding the closure of the Lowick library. In response, he advised that a consultation would open in March.
"""


def _texts(item) -> list[str]:
    return [q.text for q in item.questions]


def test_first_name_askers_and_answerers_get_the_listed_full_name(nlp):
    report = _item(_meeting(nlp, MAKERS_BOARD), "1")
    got = [(q.asker, q.answered_by) for q in report.questions]
    assert got == [("Jorund Castellane", ["Ondine Pelletreau"]), ("Elspeth Quennell", ["Ondine Pelletreau"])]
    assert report.questions[1].text == "Elspeth wants to know the cost of the new laser cutter."


def test_questions_written_as_nouns_and_requests_that_are_not_questions(nlp):
    building = _item(_meeting(nlp, MAKERS_BOARD), "2")
    # the three requests (report at the next meeting, lock the door, comments) are not questions
    assert _texts(building) == [
        "There was a question raised about the leaking skylight and Jorund said the landlord would fix it.",
        "A question regarding the parking permits; Elspeth said that they are on order.",
        "Jorund brought up the question of whether the space could open on Sundays.",
    ]
    assert [q.asker for q in building.questions] == [None, None, "Jorund Castellane"]
    assert building.questions[1].answered_by == ["Elspeth Quennell"]


def test_initials_askers_are_the_listed_people(nlp):
    hall = _item(_meeting(nlp, INITIALS_COUNCIL), "2")
    assert _texts(hall) == [
        "VD sought clarification on the hire charges.",
        "CR asked how the roof repairs were progressing.",
        "There was a question of whether the hall could host the election count.",
        "Clarification requested regarding the new bin store.",
    ]
    assert [q.asker for q in hall.questions] == ["Vasquel Dunmore", "Corvalis Ravensworth", None, None]
    assert hall.questions[0].answered_by == ["Wendeline Oakhurst"]


def test_public_question_announced_in_the_line_before_and_its_written_response(nlp):
    public = _item(_meeting(nlp, BOROUGH), "5(a)")
    assert _texts(public) == ["When will the footbridge over the railway at Lowick reopen?"]
    q = public.questions[0]
    # the announcing line names who asked and whom; the written response is that member's
    assert (q.asker, q.addressee, q.answered_by) == (
        "Elspeth Oakhurst", "Councillor Jorund Ravensworth", ["Councillor Jorund Ravensworth"])


def test_the_leader_answering_a_members_question_whatever_the_verb(nlp):
    members = _item(_meeting(nlp, BOROUGH), "6")
    got = [(q.asker, q.answered_by) for q in members.questions]
    # "the Leader" is the listed Leader, Councillor Jorund Ravensworth
    assert got == [("Councillor Idony Castellane", ["Councillor Jorund Ravensworth"]),
                   ("Councillor Tamsin Quennell", ["Councillor Jorund Ravensworth"])]
