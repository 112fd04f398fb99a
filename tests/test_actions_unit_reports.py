"""A sentence the classifier calls an action but that holds no commitment is not an
action: a report of what someone said or did, a unit with nothing forward-looking in it,
a clause cut off at a line break (GUIDELINES Actions: "things already done are left out";
Hard cases "A suggestion nobody agreed to"). Promises, note-form tasks and bare
instructions the classifier finds stay actions.

The classifier is replaced by one that calls every unit an action, so what is tested is
the actions component's reading of the units, whatever a trained model makes of them.
Invented passage (names checked absent from corpus/raw)."""

from __future__ import annotations

import numpy
import pytest

from invented import item_records

MINUTES = """MINUTES OF THE MEETING OF QUILLBROOK PARISH COUNCIL held on 3 March 2025

Present: Cllr Tamsin Orrevale (Chair), Cllr Piers Haskett, Cllr Enid Yarrowby

1. Footpaths
Cllr Orrevale reported that the footpath by the mill had been resurfaced in February.
Cllr Haskett thanked the volunteers for their work on the verges.
The treasurer gave an overview of the quarterly accounts.
Circulate the revised hire charges to all members.
Cllr Yarrowby stated that she would write to the county about the broken stile.
Cllr Haskett to book the hall for the spring litter pick.

2. Car park
Cllr Orrevale asked whether the car park could be resurfaced. The Clerk replied that a new survey would be needed.
Cllr Haskett moved that the car park charges be referred back to the finance group. Seconded by Cllr Yarrowby.
The motion was LOST.
"""


@pytest.fixture(scope="module")
def actions(nlp):
    from extractor.sentence_roles import model as role_model

    pipe = nlp.get_pipe("minutes_sentence_roles")
    saved = (pipe.model, pipe._resolved, role_model.labels_of, role_model.score_units)
    pipe.set_model(object())  # any object: the two functions below stand in for it
    role_model.labels_of = lambda _m: ("action", "other")
    role_model.score_units = lambda _m, _doc, bounds: numpy.tile(numpy.array([0.99, 0.01], dtype="f"), (len(bounds), 1))
    try:
        return item_records(nlp, MINUTES, "actions")
    finally:
        pipe.model, pipe._resolved, role_model.labels_of, role_model.score_units = saved


def _with(actions, words: str) -> list:
    return [a for a in actions if words in a.text]


def test_reports_of_what_was_said_or_done_are_not_actions(actions):
    assert _with(actions, "had been resurfaced") == []
    assert _with(actions, "thanked the volunteers") == []
    assert _with(actions, "quarterly accounts") == []


def test_a_bare_instruction_stays_an_action(actions):
    assert len(_with(actions, "Circulate the revised hire charges")) == 1


def test_a_promise_after_a_report_verb_stays_an_action(actions):
    stile = _with(actions, "broken stile")
    assert len(stile) == 1
    assert stile[0].text.startswith("she would write to the county")


def test_a_note_form_task_stays_an_action(actions):
    hall = _with(actions, "book the hall")
    assert len(hall) == 1
    assert "Haskett" in (hall[0].owner or "")


@pytest.mark.parametrize("unit, reason", [
    ("Funding for the kiosk would be", "fragment"),
    ("Youth workers will", "fragment"),
    ("Cllr Orrevale noted that the grant had been received", "report"),
    ("The treasurer gave an overview of the accounts", "report"),
    ("The hall was repainted in January", "no_forward"),
    ("Ray Orrinsby apologised for his inability to attend the last meeting", "report"),
    ("Mrs Fennimore came in to discuss repairs that need to be made to the kitchen", "report"),
])
def test_units_without_a_commitment(nlp, unit, reason):
    assert nlp.get_pipe("minutes_actions")._no_commitment_reason(unit, 0, len(unit)) == reason


@pytest.mark.parametrize("unit", [
    "Cllr Haskett said he would contact the contractor",
    "Staff to make the revisions as discussed",
    "The draft will be discussed at the next meeting",
    "Send the minutes to the auditor",
    "A replacement bench will be ordered",
    "Jo Ashgrove came in to discuss the fete and will send the plan to members",
])
def test_units_with_a_commitment(nlp, unit):
    assert nlp.get_pipe("minutes_actions")._no_commitment_reason(unit, 0, len(unit)) is None


LIST = """MINUTES OF THE MEETING OF PENDLEMERE VILLAGE HALL COMMITTEE held on 3 March 2025

Present: Tamsin Orrevale (Chair), Piers Haskett, Enid Yarrowby

1. Spring fair
- PH to provide the wording for the poster.
• Clerk to write to the brass band about the date.
(c) EY to contact the caterers.
"""


def test_note_form_tasks_on_bulleted_lines_are_actions():
    from invented import rules_only

    found = item_records(rules_only("minutes_actions", "minutes_resolutions"), LIST, "actions")
    owners = {a.owner: a.text for a in found}
    assert owners.get("PH") == "PH to provide the wording for the poster"
    assert owners.get("Clerk", "").startswith("Clerk to write to the brass band")
    assert owners.get("EY") == "EY to contact the caterers"
    assert len(found) == 3


def test_an_answer_that_states_a_need_is_not_an_action(actions):
    """"replied that a new survey would be needed": nobody undertook to do anything."""
    assert _with(actions, "new survey") == []


def test_a_lost_motion_asks_nobody_to_do_anything(actions):
    """A motion the meeting voted down commits nobody, however much it reads like a request."""
    assert _with(actions, "referred back to the finance group") == []
