"""Clauses that record what the meeting settled or did rather than set anyone a task
(``action_gates._SettledReports``: settled passives, standing requests, recorded thanks)
and tasks marked finished on their own line ("-Action cleared").

Invented passages (names checked absent from corpus/raw)."""

from __future__ import annotations

import pytest

from invented import action_data
from extractor.pipeline.action_gates import ActionGates
from extractor.pipeline.patterns import pipeline_dir, read_patterns
from extractor.readers import read_text

_HEAD = """Minutes of the meeting of Ostlecombe Parish Council held on 9 February 2022

Present: Cllr Mara Quenby (Chair), Cllr Jon Harrowfield, Cllr Tessa Wendacott, Ruth Pellingham (Clerk)

"""


def _check(reason: str, gated: tuple[str, ...], kept: tuple[str, ...]) -> None:
    """Each of ``gated`` is refused for ``reason``; each of ``kept`` passes every gate."""
    gates = ActionGates(read_patterns(pipeline_dir() / "minutes_actions" / "patterns.json"))
    assert [c for c in gated if gates.reason(c) != reason] == []
    assert [c for c in kept if gates.reason(c) is not None] == []


def test_a_decision_recorded_as_taken_in_the_passive_is_no_action():
    _check("settled_passive",
           ("The draft minutes of the previous meeting had been circulated and were accepted",
            "The agenda was adopted without change except for the order of the items",
            "The revised terms of reference for the hall committee were ratified and have been filed",
            "The bowls club's request for the green on Sunday mornings was agreed"),
           ("It was agreed that the Clerk would write to the bowls club",
            "The minutes were approved and will be sent to the county",
            "Cllr Wendacott agreed to write to the club to confirm what had been agreed",
            "The grant application will be approved at the next meeting",
            "The quote was accepted and the Clerk to order the benches",
            "Clerk to tell the bowls club that its request was agreed",
            "The quote of £900 from Brambleigh Joinery for new gates was accepted"))


def test_a_standing_request_to_declare_interests_is_no_action():
    _check("standing_request",
           ("Members are requested to declare any interests in items on the agenda",
            "Councillors are reminded to identify the item their interest relates to and its nature"),
           ("Residents are requested to report any damage to the play area to the Clerk",
            "Members are asked to send their comments on the draft plan to the Clerk by 1 March"))


def test_thanks_recorded_as_given_are_no_action():
    _check("recorded_thanks",
           ("Thanks were offered to the volunteers for repairing the fence after the storm",
            "A vote of thanks was given to the retiring treasurer"),
           ("A letter of thanks be sent to the volunteers",
            "Clerk to write thanking the contractor for the quick repair"))


def test_a_next_meeting_line_with_its_day_and_no_verb_is_no_action():
    _check("meeting_announced",
           ("Next meeting 14th March to discuss the footpath survey",
            "Next meeting: Thursday 2 June in the pavilion"),
           ("Next meeting: Clerk to book the pavilion for 2 June",
            "Cllr Quenby to arrange the next meeting with the county in June"))


def test_someones_own_place_on_the_body_changing_is_no_action():
    _check("membership_change",
           ("Subsequently Tessa Wendacott agreed to join the committee",
            "He will be rejoining",
            "Cllr Harrowfield will stand down at the annual meeting in May"),
           ("Cllr Harrowfield will join the county forum to represent the council",
            "Cllr Quenby agreed to join the working group and report back",
            "The Clerk will contact the resident approached to consider joining the council"))


def test_a_decision_only_to_note_and_a_report_received_are_no_actions():
    _check("settled_noting",
           ("The committee agreed to note the contents of the hedge survey",
            "Members resolved to receive the treasurer's update"),
           ("Members resolved to note the survey and ask the Clerk to send it to the county",))
    _check("received_item",
           ("Treasurer's report received", "Police report received stating two thefts from sheds"),
           ("Clerk to report received complaints about the bonfire to the district council",))


@pytest.mark.parametrize("line", ["JH to send the hedge survey to all members. -Action cleared",
                                  "JH to send the hedge survey to the county: Done"])
def test_a_task_marked_finished_on_its_line_is_no_action(nlp, line):
    texts = [a["text"] for a in action_data(nlp(read_text(
        _HEAD + f"4. Matters arising\n{line}\nTW to ask the county about the faded road markings.\n").text))]
    assert texts == ["TW to ask the county about the faded road markings"]


def test_what_a_thing_will_do_is_no_action():
    _check("thing_future",
           ("It will reimburse the parish for the interest on the loan",
            "It would allow time for members to read the accounts before the vote",
            "It will be lunch and a talk, and the cost is £12"),
           ("This will be reviewed again in September",
            "It will be paid from the hall reserves",
            "It will continue to be promoted on the noticeboard",
            "It will need to be repaired before the winter",
            "This will go to the next meeting",
            "this could go ahead, and that Tessa would contact the hirers"))
