"""Clauses that leave nobody a task from this meeting (``action_gates._SettledReports``)
and "ACTION:" lines that restate the sentence above them (``action_gates.restated``).

Invented passages (names checked absent from corpus/raw)."""

from __future__ import annotations

from invented import action_data
from extractor.pipeline.action_gates import ActionGates
from extractor.pipeline.patterns import pipeline_dir, read_patterns
from extractor.readers import read_text

_HEAD = """Minutes of the meeting of Orlestone Vale Parish Council held on 3 March 2021

Present: Cllr Ann Quarrie (Chair), Cllr Tom Velland, Cllr Dorran Orlek, Peter Hollox (Clerk)

"""


def _texts(nlp, body: str) -> list[str]:
    return [a["text"] for a in action_data(nlp(read_text(_HEAD + body).text))]


def test_a_promise_reported_from_before_the_meeting_is_no_action(nlp):
    texts = _texts(nlp, "14. Drainage\nThe contractor had agreed to return in May to clear the ditch.\n"
                        "The Clerk to write to the contractor confirming the May date.\n\n"
                        "15. Footpaths\nAt the last meeting Cllr Orlek had promised to look at grant funding for the footpath.\n")
    assert texts == ["The Clerk to write to the contractor confirming the May date"]


def test_taking_the_chair_for_the_meeting_is_no_action(nlp):
    texts = _texts(nlp, "2. Chair\nIn the absence of the Chair, Cllr Velland agreed to chair the meeting.\n"
                        "Cllr Orlek agreed to write to the county about the verges.\n")
    assert texts == ["Cllr Orlek agreed to write to the county about the verges"]


def test_a_change_to_this_meetings_agenda_is_no_action(nlp):
    texts = _texts(nlp, "3. Agenda\nIt was resolved that the agenda be amended to include the bus shelter. Carried.\n\n"
                        "4. Bus shelter\nThe Clerk to add the bus shelter as an agenda item for the next meeting.\n")
    assert texts == ["The Clerk to add the bus shelter as an agenda item for the next meeting"]


def test_an_open_invitation_is_no_action(nlp):
    texts = _texts(nlp, "8. Litter pick\nAnyone wishing to help with the litter pick on 10 April should contact the Clerk.\n")
    assert texts == []


def test_an_action_line_restating_the_sentence_above_is_one_action(nlp):
    acts = action_data(nlp(read_text(_HEAD + (
        "4. Website\nQJ said the new pages were nearly ready. QJ to circulate the press release about the website.\n\n"
        "ACTION: QJ to circulate.\n\n"
        "5. Hall\nRZ to contact the caretaker about the boiler.\n\n"
        "ACTION: RZ to order new chairs for the hall.\n")).text))
    assert sorted((a["owner"], a["text"]) for a in acts) == [
        ("QJ", "QJ to circulate the press release about the website"),
        ("RZ", "RZ to contact the caretaker about the boiler"),  # a second task of the same owner stays
        ("RZ", "RZ to order new chairs for the hall"),
    ]


def test_asking_about_the_future_of_something_is_a_question_not_an_action(nlp):
    texts = _texts(nlp, "15. Questions\nCllr Velland also asked for an update on the future of the Quillet Lane depot.\n"
                        "Cllr Orlek asked the Clerk to update the council on the depot at a future meeting.\n")
    assert len(texts) == 1 and texts[0].endswith("update the council on the depot at a future meeting")


def test_two_action_lines_worded_alike_are_two_actions(nlp):
    acts = action_data(nlp(read_text(_HEAD + (
        "6. Talks\n* A talk on keeping bees at the hall.\nACTION: RZ to ask the speaker.\n"
        "* A talk on laying hedges.\nACTION: RZ to ask the speaker.\n")).text))
    assert [(a["owner"], a["text"]) for a in acts] == [("RZ", "RZ to ask the speaker")] * 2


def test_motion_records_mail_received_hopes_and_questions_are_no_actions():
    """What the classifier sometimes calls a task, read by the gates on the clause alone
    (whether the classifier calls a passage a task varies with the model)."""
    gates = ActionGates(read_patterns(pipeline_dir() / "minutes_actions" / "patterns.json"))
    for clause in ("It was proposed", "MOTION moved", "After discussion of the hedge quotes, it was moved",
                   "Email received from the county stating they will resurface the lane in June",
                   "Quote received for the hall roof to be repaired in the summer",
                   "Cllr Orlek may be interested in taking on the website",
                   "The new noticeboard will hopefully be ready by the end of the month",
                   "For example, will the proposed scheme provide any benefit to local employment?",
                   "The Committee decided to exclude the public from the meeting during the next item"):
        assert gates.reason(clause) is not None, clause
    for clause in ("It was proposed that the Clerk write to the county", "Clerk to reply to the email received from the county",
                   "Motion made to ask the county to resurface the lane",
                   "Clerk to write to anyone who has not paid the allotment rent",
                   "Cllr Quarrie will now organise a meeting with the trust which the county will hopefully attend",
                   "Clerk to ask the county when the lane will be resurfaced?"):
        assert gates.reason(clause) is None, clause
